"""`minigate eval matrix` on fixed result files: the expected cells, and a routes snippet
that the gateway's config accepts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from minigate.config import load_settings


def figures(accuracy: float, p95: float, cost_per_1k: str | None) -> dict[str, Any]:
    return {
        "accuracy": accuracy,
        "latency_ms": {"p50": p95 / 2, "p95": p95},
        "cost_per_1k_usd": cost_per_1k,
    }


# Two data sets, three targets: tiny is fast and cheap, small in between, big slow and good.
RESULTS = {
    "gsm8k": {
        "tiny": figures(0.20, 300, "0.01"),
        "small@cot": figures(0.55, 1500, "0.10"),
        "big": figures(0.85, 4000, "2.00"),
    },
    "headlines": {
        "tiny": figures(0.65, 200, "0.01"),
        "small@cot": figures(0.75, 400, "0.05"),
        "big": figures(0.90, 900, "1.00"),
    },
}
SCENARIOS = [
    {"name": "real-time", "max_p95_ms": 500, "min_accuracy": 0.6},
    {"name": "reasoning", "min_accuracy": 0.8},
    {"name": "thrifty", "max_cost_per_1k_usd": 0.5, "min_accuracy": 0.5},
]


def write(tmp_path: Path) -> list[Path]:
    paths = []
    for task, targets in RESULTS.items():
        path = tmp_path / f"{task}.json"
        doc = {
            "format": "minigate-eval-results",
            "dataset": f"{task}.jsonl",
            "task": task,
            "targets": targets,
        }
        path.write_text(json.dumps(doc))
        paths.append(path)
    return paths


def test_cells_name_the_cheapest_target_that_meets_each_scenario(tmp_path: Path) -> None:
    scenarios = tmp_path / "scenarios.yaml"
    scenarios.write_text(yaml.safe_dump(SCENARIOS))
    routes = tmp_path / "routes.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "eval", "matrix", *map(str, write(tmp_path)),
         "--scenarios", str(scenarios), "--routes", str(routes), "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    cells = {s: {c: cell["target"] for c, cell in row.items()} for s, row in doc["cells"].items()}
    assert cells == {
        "real-time": {"gsm8k": None, "headlines": "tiny"},
        "reasoning": {"gsm8k": "big", "headlines": "big"},
        "thrifty": {"gsm8k": "small@cot", "headlines": "tiny"},
    }
    assert doc["cells"]["real-time"]["gsm8k"]["why_not"]["big"] == "p95 4000 ms > 500 ms"

    snippet = yaml.safe_load(routes.read_text())
    assert snippet["routes"][0]["rules"] == [
        {"when": {"task": ["headlines"], "max_latency_budget_ms": 500}, "target": "tiny"},
        {"when": {"task": ["gsm8k"]}, "target": "big"},
        {"when": {"task": ["headlines"]}, "target": "big"},
    ]
    # The gateway accepts the snippet beside models with those ids.
    models = [
        {"id": m, "backend": "openai", "base_url": "http://127.0.0.1:1/v1"}
        for m in ("tiny", "small", "big")
    ]
    config = tmp_path / "minigate.yaml"
    config.write_text(yaml.safe_dump({"models": models, **snippet}))
    settings = load_settings(config)
    assert [r.id for r in settings.routes] == ["eval-selected"]


def test_default_scenarios_and_a_table(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "eval", "matrix", *map(str, write(tmp_path))],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split() == ["scenario", "gsm8k", "headlines"]
    assert "real-time" in result.stdout and "none" in result.stdout


def test_a_file_that_is_no_results_file_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "eval", "matrix", str(bad)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert f"{bad} is not a results file written by 'minigate eval'" in result.stderr
