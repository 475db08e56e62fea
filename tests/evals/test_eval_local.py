"""`minigate eval` end to end against the built-in local model, and the same model under a
second prompt template."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CHAT_MODEL, Gateway

pytestmark = pytest.mark.model


def test_eval_runs_the_local_model_and_a_prompt_variant(
    local_gateway: Gateway, tmp_path: Path
) -> None:
    data = tmp_path / "three.jsonl"
    rows = [
        {
            "prompt": "What is 2 + 2? Reply with the number only.",
            "expected": "4",
            "scorer": "number",
        },
        {"prompt": "Name the capital of France.", "expected": "Paris", "scorer": "contains"},
        {
            "prompt": "Is the sky blue? Reply A for yes, B for no.",
            "expected": "A",
            "scorer": "choice",
        },
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    template = tmp_path / "brief.txt"
    template.write_text("You answer in as few words as possible.")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "eval", str(data), "--target", CHAT_MODEL,
         "--prompt-template", str(template), "--max-tokens", "8", "--concurrency", "1",
         "--url", local_gateway.base_url, "--output", str(out), "--no-progress"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = json.loads((out / "summary.json").read_text())
    assert list(doc["targets"]) == [CHAT_MODEL, f"{CHAT_MODEL}@brief"]
    for figures in doc["targets"].values():
        assert figures["n"] == 3 and figures["errors"] == 0
        assert 0 < figures["completion_tokens"] <= 3 * 8
        assert figures["cost_usd"] is not None  # the ledger's local price (0 by default)
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().split("\n") if line]
    assert len(records) == 6 and all(r["served_model"] == CHAT_MODEL for r in records)
    assert (out / "report.html").read_text().count("<svg") == 2
