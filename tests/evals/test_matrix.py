"""`minigate eval matrix` on fixed result files: the expected cells, and a routes snippet
that the gateway's config accepts."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from minigate.config import load_settings
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import GatewayFactory
from tests.conftest import upstream_model as upstream


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
    assert result.returncode == 2
    assert f"{bad} is not a results file written by 'minigate eval'" in result.stderr


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (None, "Cannot read results file {path}: No such file or directory."),
        ("{", "The results file {path} is not JSON: Expecting property name enclosed in "
         "double quotes: line 1 column 2 (char 1)."),
        ("\xff", "The results file {path} is not UTF-8 text (line 1); save it as UTF-8."),
    ],
    ids=["missing", "not-json", "not-utf8"],
)  # fmt: skip
def test_a_results_file_that_cannot_be_read_is_one_sentence(
    tmp_path: Path, text: str | None, says: str
) -> None:
    """As the data set, the config and every other file a command reads: the reason in
    words, not Python's '[Errno 2] No such file or directory: '/x.json''."""
    from minigate.evals.dataset import DatasetError
    from minigate.evals.matrix import read_results

    path = tmp_path / "summary.json"
    if text is not None:
        path.write_bytes(text.encode("latin-1"))
    with pytest.raises(DatasetError) as caught:
        read_results([path])
    assert str(caught.value) == says.format(path=path)


# Per row of the headlines run: the cheap target's mean logprob and correctness, and the
# strong target's correctness. Strong: 4/5 = 0.8, so 95% of it is 0.76. Escalating below -0.9
# (row 5 only) gives 4/5 = 0.8 with one escalation in five; keeping every row gives 3/5.
RECORDS = [(-0.1, True, True), (-0.2, True, True), (-0.5, False, True), (-0.9, True, False),
           (-1.5, False, True)]  # fmt: skip
ARTIFACT = {
    "format": "minigate-learned-router",
    "version": 2,
    "embedding_model": "all-minilm-l6-v2",
    "dim": 3,
    "coef": [0.1, 0.2, 0.3],
    "intercept": 0.0,
}


def write_records(folder: Path) -> None:
    lines = []
    for n, (logprob, cheap, strong) in enumerate(RECORDS):
        for target, correct in (("tiny", cheap), ("big", strong)):
            record = {"key": f"r{n}\t{target}", "row": f"r{n}", "target": target}
            lines.append({**record, "correct": correct, "error": None, "mean_logprob": logprob})
    lines[-1]["mean_logprob"] = None  # the strong target's logprob is not needed
    (folder / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines))


def test_the_snippet_holds_cascade_and_learned_thresholds(tmp_path: Path) -> None:
    headlines = tmp_path / "headlines"
    headlines.mkdir()
    doc = {"format": "minigate-eval-results", "task": "headlines"}
    (headlines / "summary.json").write_text(json.dumps({**doc, "targets": RESULTS["headlines"]}))
    write_records(headlines)
    artifact, router_eval = tmp_path / "router.json", tmp_path / "router-eval.json"
    artifact.write_text(json.dumps(ARTIFACT))
    router_eval.write_text(json.dumps({"calibration": {"chosen": {"threshold": 0.42}}}))
    routes = tmp_path / "routes.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "eval", "matrix", str(headlines / "summary.json"),
         "--cascade", "tiny,big", "--learned-artifact", str(artifact),
         "--learned-eval", str(router_eval), "--routes", str(routes), "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    chosen = json.loads(result.stdout)["thresholds"]["eval-selected-cascade-headlines"]
    assert chosen == {
        "min_mean_logprob": -0.9,
        "rows": 5,
        "escalation_share": 0.2,
        "accuracy": 0.8,
        "strong_accuracy": 0.8,
        "target_quality": 0.95,
    }
    snippet = yaml.safe_load(routes.read_text())
    assert snippet["routes"][1:] == [
        {
            "id": "eval-selected-cascade-headlines",
            "cascade": {"tiers": ["tiny", "big"], "min_mean_logprob": -0.9},
        },
        {
            "id": "eval-selected-learned",
            "learned": {"cheap": "tiny", "strong": "big", "artifact": str(artifact),
                        "threshold": 0.42},
        },
    ]  # fmt: skip
    models = [
        {"id": m, "backend": "openai", "base_url": "http://127.0.0.1:1/v1"}
        for m in ("tiny", "small", "big")
    ]
    embedder = {
        "id": "all-minilm-l6-v2",
        "backend": "sentence_transformers",
        "path": "builtin:minilm",
    }
    config = tmp_path / "minigate.yaml"
    config.write_text(yaml.safe_dump({"models": [*models, embedder], **snippet}))
    settings = load_settings(config)
    assert [r.id for r in settings.routes] == [
        "eval-selected",
        "eval-selected-cascade-headlines",
        "eval-selected-learned",
    ]


def test_a_cascade_without_logprobs_says_why_not(tmp_path: Path) -> None:
    (path,) = write(tmp_path)[1:]
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "eval", "matrix", str(path), "--cascade", "tiny,big",
         "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    why = json.loads(result.stdout)["thresholds"]["eval-selected-cascade-headlines"]["why_not"]
    assert "run 'minigate eval --logprobs'" in why


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--cascade", "tiny"], "--cascade takes 'CHEAP,STRONG'"),
        (["--learned-artifact", "router.json"], "Give --learned-artifact and --learned-eval"),
    ],
)
def test_bad_threshold_options_are_one_clear_line(
    tmp_path: Path, extra: list[str], says: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "eval", "matrix", str(write(tmp_path)[0]), *extra],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode != 0 and says in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def labeller() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(text="up"))  # reports -0.1 per token when asked
    yield thread
    thread.close()


def test_eval_records_the_mean_logprob_for_the_cascade(
    start_gateway: GatewayFactory, labeller: StubThread, tmp_path: Path
) -> None:
    gateway = start_gateway({"models": [upstream(labeller.base_url, "tiny", max_retries=0)]})
    data = tmp_path / "data.jsonl"
    data.write_text(
        json.dumps({"prompt": "Gold rose.", "expected": "up", "scorer": "exact"}) + "\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "eval", str(data), "--target", "tiny",
         "--url", gateway.base_url, "--output", str(tmp_path / "out"), "--logprobs",
         "--no-progress"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (record,) = [
        json.loads(x) for x in (tmp_path / "out" / "results.jsonl").read_text().split("\n") if x
    ]
    assert record["mean_logprob"] == -0.1 and record["correct"] is True


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["--cascade", "tiny"], "--cascade takes 'CHEAP,STRONG'"),
        (["--learned-artifact", "router.json"], "Give --learned-artifact and --learned-eval"),
    ],
)
def test_a_bad_option_is_a_usage_error(tmp_path: Path, options: list[str], says: str) -> None:
    """Exit 2, as docs/cli.md says. Before: 1."""
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "eval", "matrix", *map(str, write(tmp_path)), *options],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"minigate: {says}") and len(result.stderr.splitlines()) == 1


def run_folder(tmp_path: Path, name: str, targets: list[str]) -> Path:
    """The summary.json of a run of 'headlines' on ``targets``, with their records."""
    folder = tmp_path / name
    folder.mkdir()
    doc = {"format": "minigate-eval-results", "dataset": "headlines.jsonl", "rows": 5}
    figures = {t: RESULTS["headlines"][t] for t in targets}
    (folder / "summary.json").write_text(json.dumps({**doc, "targets": figures}))
    write_records(folder)
    records = (folder / "results.jsonl").read_text().splitlines()
    kept = [r for r in records if json.loads(r)["target"] in targets]
    (folder / "results.jsonl").write_text("".join(r + "\n" for r in kept))
    return folder / "summary.json"


def test_runs_on_one_data_set_share_a_column(tmp_path: Path) -> None:
    """Their targets are merged, and a cascade may take its tiers from either run. Before:
    the last file replaced the others, and 'real-time' picked small@cot over tiny."""
    first, second = run_folder(tmp_path, "a", ["tiny"]), run_folder(tmp_path, "b", ["big"])
    third = run_folder(tmp_path, "c", ["small@cot"])
    scenarios = tmp_path / "scenarios.yaml"
    scenarios.write_text(yaml.safe_dump(SCENARIOS))
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "eval", "matrix", str(first), str(second), str(third),
         "--scenarios", str(scenarios), "--cascade", "tiny,big", "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["columns"] == ["headlines"]
    cells = {s: row["headlines"]["target"] for s, row in doc["cells"].items()}
    assert cells == {"real-time": "tiny", "reasoning": "big", "thrifty": "tiny"}
    cascade = doc["thresholds"]["eval-selected-cascade-headlines"]
    assert cascade["min_mean_logprob"] == -0.9 and cascade["rows"] == 5


def test_a_target_in_two_runs_of_one_data_set_is_refused(tmp_path: Path) -> None:
    first = run_folder(tmp_path, "a", ["tiny", "big"])
    second = run_folder(tmp_path, "b", ["small@cot", "big"])
    result = matrix(first, second)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"minigate: {first} and {second} both hold target 'big' on the data set 'headlines'; "
        "give one of them.\n"
    )


def test_runs_of_one_data_set_on_other_rows_are_refused(tmp_path: Path) -> None:
    first, second = run_folder(tmp_path, "a", ["tiny"]), run_folder(tmp_path, "b", ["big"])
    second.write_text(json.dumps({**json.loads(second.read_text()), "rows": 3}))
    result = matrix(first, second)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"minigate: {first} and {second} ran the data set 'headlines' on 5 and 3 rows; give "
        "runs on the same rows.\n"
    )


def matrix(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minigate", "eval", "matrix", *map(str, args)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_a_cascade_target_of_no_run_is_a_usage_error(tmp_path: Path) -> None:
    """Before: exit 0, no message."""
    result = matrix(*write(tmp_path), "--cascade", "tiny,nosuch")
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        "minigate: --cascade names 'nosuch', a target of none of the runs; their targets: big, "
        "small@cot, tiny.\n"
    )


def test_the_table_says_why_no_cascade_route_was_written(tmp_path: Path) -> None:
    """Before: only --json said why."""
    result = matrix(write(tmp_path)[1], "--cascade", "tiny,big")
    assert result.returncode == 0, result.stderr
    last = result.stdout.splitlines()[-1]
    assert last.startswith("no route eval-selected-cascade-headlines: no rows with both tiny")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (
            "- {name: x, max_p95: 5}\n",
            "scenario 0 (x) has 'max_p95', which no scenario knows; a scenario takes "
            "max_cost_per_1k_usd, max_p95_ms, min_accuracy, name.",
        ),
        (
            "- {name: x, max_p95_ms: 5\n- name: [\n",
            "are not YAML: line 2, column 7: expected ',' or '}', but got ':'.",
        ),
    ],
    ids=["unknown-key", "broken-yaml"],
)
def test_a_bad_scenarios_file_is_one_line_saying_what_is_wrong(
    tmp_path: Path, text: str, says: str
) -> None:
    """Before: 'needs a name' though it had one; PyYAML's error over several lines."""
    scenarios = tmp_path / "scenarios.yaml"
    scenarios.write_text(text)
    result = matrix(*write(tmp_path), "--scenarios", scenarios)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.splitlines()) == 1 and says in result.stderr, result.stderr


def test_an_unknown_cost_is_said_to_be_unknown(tmp_path: Path) -> None:
    """Before: 'cost per 1k None > 0.5'."""
    path = tmp_path / "unpriced.json"
    doc = {"format": "minigate-eval-results", "task": "t", "targets": {"m": figures(1, 1, None)}}
    path.write_text(json.dumps(doc))
    scenarios = tmp_path / "scenarios.yaml"
    scenarios.write_text(yaml.safe_dump([SCENARIOS[2]]))
    result = matrix(path, "--scenarios", scenarios, "--json")
    assert result.returncode == 0, result.stderr
    why = json.loads(result.stdout)["cells"]["thrifty"]["t"]["why_not"]["m"]
    assert why == "cost unknown (price it: rerun 'minigate eval' with --config)"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (
            '- {name: a, min_accuracy: "high"}\n',
            "1: scenario 0 (a) has min_accuracy: 'high'; it must be a number from 0 to 1.",
        ),
        (
            "- name: a\n  min_accuracy: 0.5\n- name: b\n  max_p95_ms: fast\n",
            "4: scenario 1 (b) has max_p95_ms: 'fast'; it must be a number of milliseconds "
            "above 0.",
        ),
        (
            "- {name: a, min_accuracy: 1.7}\n",
            "1: scenario 0 (a) has min_accuracy: 1.7; it must be a number from 0 to 1.",
        ),
        (
            "- {name: a, max_p95_ms: -5}\n",
            "1: scenario 0 (a) has max_p95_ms: -5; it must be a number of milliseconds above 0.",
        ),
        (
            "- {name: a, max_cost_per_1k_usd: true}\n",
            "1: scenario 0 (a) has max_cost_per_1k_usd: True; it must be a number of USD of 0 "
            "or more.",
        ),
        (
            "- {name: a}\n- {name: b}\n- {name: a, min_accuracy: 0.5}\n",
            "3: the scenario name 'a' is used twice (also on line 1); give each scenario its own.",
        ),
    ],
    ids=["text-accuracy", "text-p95", "accuracy-above-1", "negative-p95", "bool-cost", "twice"],
)
def test_a_scenario_value_out_of_type_or_range_is_one_line_with_its_line(
    tmp_path: Path, text: str, says: str
) -> None:
    """Before: a traceback ('<' not supported between 'float' and 'str'), exit 1; out-of-range
    values and a name given twice were accepted (probe eval10 M5)."""
    scenarios = tmp_path / "scenarios.yaml"
    scenarios.write_text(text)
    result = matrix(*write(tmp_path), "--scenarios", scenarios)
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"minigate: {scenarios}:{says}\n"


@pytest.mark.parametrize(
    ("doc", "says"),
    [
        ({}, "it has no 'targets'"),
        ({"targets": {"m": {"accuracy": 1}}}, "'targets.m.latency_ms.p95' is not a number"),
        (
            {"targets": {"m": {**figures(1, 1, None), "accuracy": "high"}}},
            "'targets.m.accuracy' is not a number",
        ),
        (
            {"targets": {"m": figures(1, 1, "cheap")}},
            "'targets.m.cost_per_1k_usd' is not an amount",
        ),
    ],
    ids=["no-targets", "no-latency", "text-accuracy", "text-cost"],
)
def test_a_partial_results_file_is_one_line_naming_it(
    tmp_path: Path, doc: dict[str, Any], says: str
) -> None:
    """Before: a traceback (KeyError: 'targets'), exit 1 (probe eval10 M5)."""
    path = tmp_path / "summary.json"
    path.write_text(json.dumps({"format": "minigate-eval-results", **doc}))
    result = matrix(path)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"minigate: {path} is no complete results file of 'minigate eval': {says}; rerun "
        "'minigate eval' to write it again.\n"
    )


def test_routes_for_a_data_set_of_several_tasks_name_the_rows_own_tasks(tmp_path: Path) -> None:
    """A client sends a row's task, never the data set's name. Before: 'when: {task: [mixed]}',
    a rule no request matches (probe eval10 L11)."""
    tasks = {
        "math": {"tiny": figures(0.3, 100, "0.01"), "big": figures(0.9, 300, "1.00")},
        "chat": {"tiny": figures(0.9, 100, "0.01"), "big": figures(0.95, 300, "1.00")},
    }
    path = tmp_path / "summary.json"
    doc = {
        "format": "minigate-eval-results",
        "dataset": "mixed.jsonl",
        "task": None,
        "targets": {"tiny": figures(0.6, 100, "0.01"), "big": figures(0.92, 300, "1.00")},
        "tasks": tasks,
    }
    path.write_text(json.dumps(doc))
    scenarios, routes = tmp_path / "scenarios.yaml", tmp_path / "routes.yaml"
    scenarios.write_text(yaml.safe_dump([{"name": "good", "min_accuracy": 0.8}]))
    result = matrix(path, "--scenarios", scenarios, "--routes", routes)
    assert result.returncode == 0, result.stderr
    assert yaml.safe_load(routes.read_text())["routes"][0]["rules"] == [
        {"when": {"task": ["chat"]}, "target": "tiny"},
        {"when": {"task": ["math"]}, "target": "big"},
    ]
