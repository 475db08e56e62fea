"""Every command that takes a key says how to give one when a gateway with keys answers 401
for the key it lacks: "pass --api-key KEY or set MINIGATE_API_KEY". Before, 'chat --url',
'batch', 'eval' and 'router label' passed the gateway's own words through, which tell an
HTTP client to send an Authorization header; 'eval' and 'router label' send the key
"not-needed" when given none, which the gateway calls incorrect."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory
from tests.conftest import upstream_model as upstream

HINT = "minigate: You didn't provide an API key; pass --api-key KEY or set MINIGATE_API_KEY.\n"


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory) -> Iterator[Gateway]:
    stub = StubThread(StubUpstream())
    try:
        yield start_gateway(
            {"models": [upstream(stub.base_url, max_retries=0)]},
            env={"MINIGATE_MASTER_KEY": "sk-master-of-the-key-hint-tests"},
        )
    finally:
        stub.close()


def keyless(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``minigate ARGS`` with no key in its environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIGATE_")}
    return subprocess.run(
        [sys.executable, "-m", "minigate", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def command_lines(gateway: Gateway, tmp_path: Path) -> dict[str, list[str | Path]]:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"prompt": "2+2?", "answer": "4", "expected": "4"}) + "\n")
    batch = tmp_path / "batch.jsonl"
    body = {"model": "cloud", "messages": [{"role": "user", "content": "hi"}]}
    line = {"custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": body}
    batch.write_text(json.dumps(line) + "\n")
    url = ["--url", gateway.base_url]
    return {
        "chat": ["chat", "hi", "-m", "cloud", *url],
        "batch submit": ["batch", "submit", batch, "--endpoint", "/v1/chat/completions", *url],
        "batch list": ["batch", "list", *url],
        "eval": ["eval", rows, "-t", "cloud", "-o", tmp_path / "out", "--no-progress", *url],
        "router label": [
            "router",
            "label",
            rows,
            "--cheap",
            "cloud",
            "--strong",
            "cloud",
            "-o",
            tmp_path / "labelled.jsonl",
            *url,
        ],
    }


@pytest.mark.parametrize("command", ["chat", "batch submit", "batch list", "eval", "router label"])
def test_a_401_for_a_missing_key_says_how_to_give_one(
    gateway: Gateway, tmp_path: Path, command: str
) -> None:
    result = keyless(*command_lines(gateway, tmp_path)[command], cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, HINT)


def test_a_wrong_key_is_still_the_gateways_answer(gateway: Gateway, tmp_path: Path) -> None:
    result = keyless(
        "batch", "list", "--url", gateway.base_url, "--api-key", "sk-wrong", cwd=tmp_path
    )
    assert result.returncode == 1
    assert result.stderr == (
        "minigate: the gateway answered 401 (invalid_api_key): Incorrect API key provided.\n"
    )
