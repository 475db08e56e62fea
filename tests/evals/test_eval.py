"""`minigate eval` as a user runs it: a subprocess against a real gateway whose upstreams are
loopback stubs that echo the last user turn, so every score, token and cent is known."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory
from tests.conftest import upstream_model as upstream
from tests.evals.conftest import minigate, summary

ROWS: list[dict[str, Any]] = [
    {"id": "a", "prompt": "42", "expected": "42", "scorer": "number"},
    # U+2028 is valid inside a JSON string: the row must not break there.
    {"id": "b", "prompt": "Paris\u2028is big", "expected": "paris", "scorer": "contains"},
    {"id": "c", "prompt": "7", "expected": "8", "scorer": "exact"},
    {"id": "d", "prompt": '{"x": 1}', "expected": {"x": 1}, "scorer": "json"},
    {
        "id": "e",
        "prompt": "B",
        "expected": "B",
        "scorer": {"type": "choice", "choices": ["A", "B"]},
    },
    {"id": "f", "prompt": "abc", "expected": "^a.c$", "scorer": "regex"},
]
TEMPLATE = "Answer: {input}"


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), "utf-8")
    template = tmp_path / "terse.txt"
    template.write_text(TEMPLATE)
    return data, template


def run(
    gateway: Gateway, data: Path, out: Path, template: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    """Three targets: a model, a cascade route, and the model under a prompt template."""
    return minigate(
        data, "--target", "cloud", "--target", "tiered", "--target", f"cloud@{template}",
        "--url", gateway.base_url, "--output", out, "--concurrency", "2", *extra,
    )  # fmt: skip


def test_figures_equal_a_hand_computed_expectation(
    gateway: Gateway, files: tuple[Path, Path], tmp_path: Path
) -> None:
    data, template = files
    out = tmp_path / "out"
    result = run(gateway, data, out, template)
    assert result.returncode == 0, result.stderr
    doc = summary(out)
    assert list(doc["targets"]) == ["cloud", "tiered", "cloud@terse"]
    cloud, tiered, terse = (doc["targets"][t] for t in ("cloud", "tiered", "cloud@terse"))
    # Echoed answers: only row c is wrong; under the template, f's anchored regex fails too.
    assert (cloud["correct"], cloud["accuracy"], cloud["accuracy_ci95"]) == (
        5,
        0.8333,
        [0.4365, 0.9699],
    )
    assert (terse["correct"], terse["accuracy"], terse["accuracy_ci95"]) == (
        4,
        0.6667,
        [0.3, 0.9032],
    )
    # The stub reports 9 prompt and 6 completion tokens a call: 9e-6 + 12e-6 USD on cloud.
    assert (cloud["prompt_tokens"], cloud["completion_tokens"]) == (54, 36)
    assert float(cloud["cost_usd"]) == pytest.approx(6 * 21e-6)
    assert float(cloud["cost_per_1k_usd"]) == pytest.approx(0.021)
    assert cloud["escalation_share"] is None and cloud["errors"] == 0
    # The cascade escalates the four non-numeric answers to big (10x the price), paying both.
    assert tiered["correct"] == 5 and tiered["escalation_share"] == 0.6667
    assert tiered["served_models"] == {"cloud": 2, "big": 4}
    assert float(tiered["cost_usd"]) == pytest.approx(2 * 21e-6 + 4 * (21e-6 + 210e-6))
    pair = next(p for p in doc["paired"] if (p["a"], p["b"]) == ("cloud", "cloud@terse"))
    assert (pair["n"], pair["a_right_b_wrong"], pair["a_wrong_b_right"]) == (6, 1, 0)
    assert pair["mcnemar_p"] == 1.0
    assert cloud["latency_ms"]["p50"] is not None and cloud["ttft_ms"]["p50"] is None
    assert "cloud@terse" in result.stdout and "McNemar" in result.stdout


def test_a_resumed_run_equals_an_uninterrupted_one(
    gateway: Gateway, echo: StubThread, files: tuple[Path, Path], tmp_path: Path
) -> None:
    data, template = files
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    assert run(gateway, data, whole, template).returncode == 0
    # An interrupted run: five records written, the sixth torn mid-line.
    lines = (whole / "results.jsonl").read_text().split("\n")
    resumed.mkdir()
    (resumed / "results.jsonl").write_text("\n".join(lines[:5]) + "\n" + lines[5][:40])
    before = len(echo.stub.received)
    result = run(gateway, data, resumed, template)
    assert result.returncode == 0, result.stderr
    # 18 pairs, 5 done: 13 asked again, each escalated tiered pair asking twice.
    assert 13 <= len(echo.stub.received) - before < 18 + 4

    def stable(doc: dict[str, Any]) -> dict[str, Any]:
        for figures in doc["targets"].values():
            figures.pop("latency_ms")
        return {k: v for k, v in doc.items() if k not in ("started_at", "finished_at")}

    assert stable(summary(resumed)) == stable(summary(whole))


def test_a_run_torn_inside_a_character_resumes(
    gateway: Gateway, files: tuple[Path, Path], tmp_path: Path
) -> None:
    """A write cut off (a full disk, a kill between a long line's chunks) can end inside a
    UTF-8 character. Before: the rerun died with a UnicodeDecodeError traceback."""
    data, template = files
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    assert run(gateway, data, whole, template).returncode == 0
    lines = (whole / "results.jsonl").read_bytes().split(b"\n")
    torn = next(line for line in lines if "\u2028".encode() in line)
    cut = torn.index("\u2028".encode()) + 1  # inside the character's three bytes
    resumed.mkdir()
    kept = [line for line in lines if line and line != torn][:5]
    (resumed / "results.jsonl").write_bytes(b"\n".join(kept) + b"\n" + torn[:cut])
    result = run(gateway, data, resumed, template)
    assert result.returncode == 0, result.stderr
    assert summary(resumed)["targets"].keys() == summary(whole)["targets"].keys()


def test_cache_is_bypassed_unless_asked(
    gateway: Gateway, files: tuple[Path, Path], tmp_path: Path
) -> None:
    data, _ = files
    result = minigate(data, "-t", "cloud", "--url", gateway.base_url, "-o", tmp_path / "o")
    assert result.returncode == 0, result.stderr
    assert summary(tmp_path / "o")["targets"]["cloud"]["cache_hits"] == 0


def test_a_malformed_row_is_named_by_its_line(gateway: Gateway, tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text(
        json.dumps(ROWS[0]) + "\n" + '{"prompt": "x", "expected": \n' + json.dumps(ROWS[1]) + "\n"
        '{"prompt": "y"}\n'
    )
    failed = minigate(data, "-t", "cloud", "--url", gateway.base_url, "-o", tmp_path / "f")
    assert failed.returncode == 2
    assert f"{data}:2: not valid JSON" in failed.stderr and "Traceback" not in failed.stderr
    assert not (tmp_path / "f").exists()  # nothing half-written

    args = ["-t", "cloud", "--url", gateway.base_url, "-o", tmp_path / "s", "--skip-bad-rows"]
    skipped = minigate(data, *args)
    assert skipped.returncode == 0, skipped.stderr
    assert f"skipped {data}:2: not valid JSON" in skipped.stderr
    assert f"skipped {data}:4: the row has no 'expected' answer" in skipped.stderr
    assert summary(tmp_path / "s")["rows"] == 2


@pytest.mark.parametrize(
    ("row", "says"),
    [
        (
            {"id": "x", "expected": "a"},
            "the row has neither 'prompt' (a string) nor 'messages' (a list)",
        ),
        (
            {"id": "x", "promt": "hi", "expected": "a"},
            "the row has neither 'prompt' (a string) nor 'messages' (a list); it has fields "
            "eval does not know: 'promt'",
        ),
        (
            {"prompt": "hi", "messages": [], "expected": "a"},
            "give either 'prompt' (a string) or 'messages' (a list), not both",
        ),
        ({"prompt": "hi", "expected": None}, "the row has no 'expected' answer"),
        (
            {"messages": [{"role": "tool", "content": "hi"}], "expected": "a"},
            'the role "tool" is not allowed here: system, user or assistant',
        ),
        (
            {"messages": [{"content": "hi"}], "expected": "a"},
            "each message needs a 'role': system, user or assistant",
        ),
    ],
    ids=["neither", "misspelt", "both", "null-expected", "tool-role", "no-role"],
)
def test_a_bad_row_says_what_is_wrong_with_it(
    gateway: Gateway, tmp_path: Path, row: dict[str, Any], says: str
) -> None:
    """Before: a row with neither said 'not both', a null answer ran and scored wrong, and
    role 'tool' was said to be missing."""
    data = tmp_path / "bad.jsonl"
    data.write_text(json.dumps(row) + "\n")
    result = minigate(data, "-t", "cloud", "--url", gateway.base_url, "-o", tmp_path / "o")
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"minigate: {data}:1: {says} (use --skip-bad-rows to leave it out).\n"
    assert not (tmp_path / "o").exists()


def test_an_unknown_target_is_named_with_the_configured_ones(
    gateway: Gateway, files: tuple[Path, Path], tmp_path: Path
) -> None:
    data, _ = files
    result = minigate(
        data, "-t", "cloud", "-t", "gpt-9", "--url", gateway.base_url, "-o", tmp_path / "o"
    )
    assert result.returncode == 2
    assert (
        "Target 'gpt-9' is not a model or route of the gateway; "
        "configured: big, cloud, judge, tiered." in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_min_accuracy_gates_the_exit_status(
    gateway: Gateway, files: tuple[Path, Path], tmp_path: Path
) -> None:
    data, template = files
    failed = run(gateway, data, tmp_path / "o", template, "--min-accuracy", "0.8")
    assert failed.returncode == 3
    assert "under --min-accuracy 0.8: cloud@terse (0.667)" in failed.stderr
    passed = run(gateway, data, tmp_path / "o", template, "--min-accuracy", "0.6")
    assert passed.returncode == 0, passed.stderr


def test_sample_is_seeded_and_limit_takes_the_first(
    gateway: Gateway, files: tuple[Path, Path], tmp_path: Path
) -> None:
    data, _ = files
    picked = []
    for n in (1, 2):
        out = tmp_path / f"s{n}"
        args = [
            "-t",
            "cloud",
            "--url",
            gateway.base_url,
            "-o",
            out,
            "--sample",
            "3",
            "--seed",
            "5",
        ]
        assert minigate(data, *args).returncode == 0
        picked.append(
            sorted(
                json.loads(line)["row"]
                for line in (out / "results.jsonl").read_text().split("\n")
                if line
            )
        )
    assert picked[0] == picked[1] and len(picked[0]) == 3
    limited = minigate(
        data, "-t", "cloud", "--url", gateway.base_url, "-o", tmp_path / "l", "--limit", "2"
    )
    assert limited.returncode == 0 and summary(tmp_path / "l")["rows"] == 2


@pytest.mark.parametrize(
    "prompt",
    # U+2028 inside a streamed JSON string must not end the event's line upstream or here.
    ["Paris is big", "Paris\u2028is big"],
)
def test_streaming_measures_time_to_first_token(
    gateway: Gateway, tmp_path: Path, prompt: str
) -> None:
    data = tmp_path / "data.jsonl"
    rows = [{**r, "prompt": prompt} if r["id"] == "b" else r for r in ROWS]
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    args = ["-t", "cloud", "--url", gateway.base_url, "-o", tmp_path / "o", "--stream"]
    result = minigate(data, *args)
    assert result.returncode == 0, result.stderr
    cloud = summary(tmp_path / "o")["targets"]["cloud"]
    assert cloud["ttft_ms"]["p50"] is not None and cloud["correct"] == 5


def test_the_report_opens_offline_in_headless_chromium(
    gateway: Gateway, files: tuple[Path, Path], tmp_path: Path
) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (scripts/bootstrap.sh installs it)")
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    data, template = files
    assert run(gateway, data, tmp_path / "o", template).returncode == 0
    report = tmp_path / "o" / "report.html"
    problems: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True)
        page = browser.new_page()
        page.on(
            "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
        )
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("request", lambda r: None if r.url.startswith("file:") else problems.append(r.url))
        page.goto(report.as_uri())
        assert page.locator("svg").count() == 2
        assert page.locator("table").first.inner_text().count("cloud") >= 2
        browser.close()
    assert problems == []


def test_help_explains_with_an_example() -> None:
    for args in (["--help"], ["run", "--help"], ["matrix", "--help"]):
        result = minigate(*args)
        assert result.returncode == 0 and "Example" in result.stdout


def test_a_judge_model_grades_and_its_calls_are_counted_apart(
    gateway: Gateway, grader: StubThread, tmp_path: Path
) -> None:
    data = tmp_path / "judged.jsonl"
    row = {
        "prompt": "Explain tides.",
        "expected": "The moon's pull.",
        "scorer": {"type": "judge", "rubric": "Mentions the moon."},
    }
    data.write_text(json.dumps(row) + "\n")
    out = tmp_path / "o"
    args = ["-t", "cloud", "--judge-model", "judge", "--url", gateway.base_url, "-o", out]
    result = minigate(data, *args)
    assert result.returncode == 0, result.stderr
    doc = summary(out)
    assert doc["targets"]["cloud"]["correct"] == 1
    assert float(doc["targets"]["cloud"]["cost_usd"]) == pytest.approx(21e-6)  # the target's only
    assert doc["judge"]["calls"] == 1 and doc["judge"]["models"] == ["judge"]
    assert float(doc["judge"]["cost_usd"]) == pytest.approx(9 * 100e-6 + 6 * 200e-6)
    asked = grader.stub.received[-1].body["messages"][-1]["content"]
    assert "Mentions the moon." in asked and "Explain tides." in asked

    unjudged = minigate(data, "-t", "cloud", "--url", gateway.base_url, "-o", tmp_path / "u")
    assert unjudged.returncode == 2
    assert f"{data}:1 is scored by a judge; name one with --judge-model." in unjudged.stderr


def test_no_gateway_is_one_clear_line(files: tuple[Path, Path], tmp_path: Path) -> None:
    data, _ = files
    result = minigate(data, "-t", "cloud", "--url", "http://127.0.0.1:1/v1", "-o", tmp_path / "o")
    assert result.returncode == 1 and "cannot reach the gateway" in result.stderr
    assert "Traceback" not in result.stderr and ".." not in result.stderr


def test_a_gateway_that_answers_an_error_is_a_failure_at_run_time(
    gateway: Gateway, files: tuple[Path, Path], tmp_path: Path
) -> None:
    """Exit 1, as docs/cli.md says: the data and the targets were fine, the gateway refused
    (a URL without /v1: the gateway answers 404)."""
    data, _ = files
    root = gateway.base_url.removesuffix("/v1")
    result = minigate(data, "-t", "cloud", "--url", root, "-o", tmp_path / "o")
    assert result.returncode == 1, result.stderr
    said = result.stderr.strip()
    # The gateway's own message and code; before, the SDK's "Error code: 404 - {...}" dump.
    assert said == (
        "minigate: the gateway answered 404 (not_found): Unknown request URL: GET /models. "
        f"Did you mean /v1/models? Set the client's base_url to {gateway.base_url}."
    )


def test_presets_read_the_shared_data_layout(gateway: Gateway, tmp_path: Path) -> None:
    """A tiny copy of the shared data folder's layout (tasks/, rag/), written here."""
    data = tmp_path / "data"
    (data / "tasks").mkdir(parents=True)
    (data / "rag").mkdir()
    headlines = [
        {"headline": "gold up $5", "label": "up"},
        {"headline": "gold flat", "label": "none"},
    ]
    (data / "tasks" / "headlines.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in headlines)
    )
    corpus = {"doc_id": "d1", "title": "T", "text": "Paris is the capital of France."}
    question = {
        "id": "q1",
        "question": "Capital?",
        "answers": ["Paris"],
        "doc_id": "d1",
        "lang": "en",
    }
    (data / "rag" / "squad_sub_corpus.jsonl").write_text(json.dumps(corpus) + "\n")
    (data / "rag" / "squad_sub_questions.jsonl").write_text(json.dumps(question) + "\n")
    for preset, rows, correct in (("headlines", 2, 1), ("squad", 1, 1)):
        out = tmp_path / preset
        args = ["-t", "cloud", "--url", gateway.base_url, "-o", out, "--data-dir", data]
        result = minigate(f"preset:{preset}", *args)
        assert result.returncode == 0, result.stderr
        doc = summary(out)
        # The echo repeats the headline, whose first choice word is "up" in the first only,
        # and the question's context, which holds "Paris".
        assert (doc["rows"], doc["task"], doc["targets"]["cloud"]["correct"]) == (
            rows,
            preset if preset == "headlines" else "squad_sub",
            correct,
        )
    missing = minigate("preset:gsm8k", "-t", "cloud", "--data-dir", data, "-o", tmp_path / "m")
    assert missing.returncode == 2 and "gsm8k.jsonl is missing" in missing.stderr


def test_a_target_whose_every_request_failed_fails_the_run(
    start_gateway: GatewayFactory, files: tuple[Path, Path], tmp_path: Path
) -> None:
    """Exit 1 with the first refusal on one line; the table counts the errors and has no
    latency to show. Before: exit 0, accuracy 0.000 and p50/p95 0.0."""
    refusing = StubThread(StubUpstream(status=400, error_message="This model does not chat."))
    try:
        gateway = start_gateway({"models": [upstream(refusing.base_url, "mute", max_retries=0)]})
        data, _ = files
        result = minigate(data, "-t", "mute", "--url", gateway.base_url, "-o", tmp_path / "o")
    finally:
        refusing.close()
    assert result.returncode == 1, result.stderr
    assert summary(tmp_path / "o")["targets"]["mute"]["errors"] == 6
    (line,) = result.stderr.splitlines()
    assert line.startswith("minigate: every request to 'mute' failed; the first: 400: ")
    assert "This model does not chat." in line
    row = next(x for x in result.stdout.splitlines() if x.startswith("mute "))
    assert row.split()[3:6] == ["6", "-", "-"]  # errors, p50, p95


def test_one_row_is_one_row(gateway: Gateway, tmp_path: Path) -> None:
    """Before: '1 rows'."""
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps(ROWS[0]) + "\n")
    result = minigate(data, "-t", "cloud", "--url", gateway.base_url, "-o", tmp_path / "o")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"{data}: 1 row"


def test_an_output_that_is_a_file_is_named_as_one(
    gateway: Gateway, files: tuple[Path, Path], tmp_path: Path
) -> None:
    """Before: 'Cannot make the results folder afile: File exists.'"""
    data, _ = files
    afile = tmp_path / "afile"
    afile.write_text("kept\n")
    result = minigate(data, "-t", "cloud", "--url", gateway.base_url, "-o", afile)
    assert result.returncode == 2, result.stderr
    assert (
        result.stderr == f"minigate: {afile} is a file; --output names a folder for the results.\n"
    )
    assert afile.read_text() == "kept\n"
