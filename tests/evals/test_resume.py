"""Reruns into the same --output: what a kept record still holds for, what is asked or
scored again, and the exit status of a run some of whose requests the gateway refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory
from tests.conftest import upstream_model as upstream
from tests.evals.conftest import minigate, summary
from tests.hardening.helpers import MASTER, config, create_key


def write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_a_rerun_on_changed_rows_asks_or_scores_again_only_what_changed(
    gateway: Gateway, echo: StubThread, tmp_path: Path
) -> None:
    """Before: the rerun asked nothing and reported the old rows' accuracy (probe M2)."""
    rows = [
        {"id": "a", "prompt": "42", "expected": "42", "scorer": "number"},
        {"id": "b", "prompt": "7", "expected": "8"},
        {"id": "c", "prompt": "x", "expected": "x"},
    ]
    data, out = write(tmp_path / "d.jsonl", rows), tmp_path / "o"
    args = ["-t", "cloud", "--url", gateway.base_url, "-o", out, "--concurrency", "1"]
    assert minigate(data, *args).returncode == 0
    assert summary(out)["targets"]["cloud"]["correct"] == 2

    rows[0]["prompt"] = "43"  # the echo's answer changes: asked again, now wrong
    rows[1]["expected"] = "7"  # the kept answer is now right: scored again, not asked
    before = len(echo.stub.received)
    again = minigate(write(data, rows), *args)
    assert again.returncode == 0, again.stderr
    assert len(echo.stub.received) - before == 1
    assert echo.stub.received[-1].body["messages"][-1]["content"] == "43"
    cloud = summary(out)["targets"]["cloud"]
    assert (cloud["n"], cloud["correct"]) == (3, 2)
    assert again.stderr == (
        f"minigate: 1 answer in {out / 'results.jsonl'} was asked again for a changed prompt, "
        "template, task or max_tokens; 1 answer was scored again for a changed 'expected' or "
        "scorer (a new --output keeps runs apart).\n"
    )

    before = len(echo.stub.received)
    shorter = minigate(data, *args, "--max-tokens", "5")
    assert shorter.returncode == 0 and len(echo.stub.received) - before == 3
    assert "3 answers in" in shorter.stderr
    before = len(echo.stub.received)
    same = minigate(data, *args, "--max-tokens", "5")
    assert (same.returncode, same.stderr, len(echo.stub.received)) == (0, "", before)


@pytest.fixture
def refusing_judge() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(status=500, error_message="The judge is down."))
    yield thread
    thread.close()


def test_a_failing_judge_keeps_the_answers_and_a_rerun_asks_the_judge_only(
    start_gateway: GatewayFactory,
    gateway: Gateway,
    echo: StubThread,
    grader: StubThread,
    refusing_judge: StubThread,
    tmp_path: Path,
) -> None:
    """Before: the run died with the judge's error, results.jsonl empty and no summary, and
    every rerun paid for the targets again (probe M3)."""
    down = start_gateway(
        {
            "models": [
                upstream(echo.base_url, "cloud", max_retries=0),
                upstream(refusing_judge.base_url, "judge", max_retries=0),
            ]
        }
    )
    judged = {"scorer": {"type": "judge", "rubric": "Says the word."}}
    rows = [{"prompt": w, "expected": w, **judged} for w in ("sun", "moon")]
    data, out = write(tmp_path / "j.jsonl", rows), tmp_path / "o"
    args = ["-t", "cloud", "--judge-model", "judge", "-o", out, "--no-progress"]
    failed = minigate(data, *args, "--url", down.base_url)
    assert failed.returncode == 1, failed.stderr
    (line,) = failed.stderr.splitlines()
    assert line.startswith(
        "minigate: the judge could not grade 2 of the 2 answers of 'cloud' (kept: a rerun asks "
        "the judge only); the first: "
    )
    assert "The judge is down." in line
    cloud = summary(out)["targets"]["cloud"]
    assert (cloud["n"], cloud["errors"], cloud["judge_errors"], cloud["correct"]) == (2, 0, 2, 0)

    asked, graded = len(echo.stub.received), len(grader.stub.received)
    rerun = minigate(data, *args, "--url", gateway.base_url)
    assert rerun.returncode == 0, rerun.stderr
    assert (len(echo.stub.received), len(grader.stub.received)) == (asked, graded + 2)
    cloud = summary(out)["targets"]["cloud"]
    assert (cloud["correct"], cloud["judge_errors"], summary(out)["judge"]["calls"]) == (2, 0, 2)


def test_a_run_some_of_whose_requests_were_refused_exits_1_and_says_how_many(
    start_gateway: GatewayFactory, echo: StubThread, tmp_path: Path
) -> None:
    """A key whose budget runs out midway. Before: exit 0, the refusals only counted in the
    table (probe L6; eval.md: exit 1 when the gateway answers an error)."""
    gateway = start_gateway(config(echo, tmp_path), env={"MINIGATE_MASTER_KEY": MASTER})
    secret, _ = create_key(gateway, budget_usd="0.0002", period="total")
    rows = [{"prompt": f"{n}", "expected": f"{n}"} for n in range(5)]
    data, out = write(tmp_path / "d.jsonl", rows), tmp_path / "o"
    args = ["-t", "big", "--url", gateway.base_url, "--api-key", secret, "-o", out]
    result = minigate(data, *args, "--concurrency", "1", "--max-tokens", "4")
    assert result.returncode == 1, result.stderr
    big = summary(out)["targets"]["big"]
    assert 0 < big["errors"] < 5 and big["correct"] == 5 - big["errors"]
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        f"minigate: {big['errors']} of 5 requests to 'big' failed; the first: 429:"
    )
