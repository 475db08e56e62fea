"""Lines refused for now are tried again; lines refused for good are not."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import openai
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.batch.conftest import ALICE, MASTER, batch_config, chat_line, results, submit, wait_for
from tests.conftest import Gateway, GatewayFactory
from tests.conftest import upstream_model as upstream

RETRIES = 3


@pytest.fixture(scope="module")
def gateway(
    start_gateway: GatewayFactory, module_stub: StubThread, tmp_path_factory: pytest.TempPathFactory
) -> Gateway:
    url = f"sqlite:///{tmp_path_factory.mktemp('retries') / 'minigate.db'}"
    config = batch_config(module_stub, url, per_batch_concurrency=4, concurrency=4, retries=RETRIES)
    # A line's 8 output tokens reserve $0.004 at the batch price; its answer's 6 cost $0.003.
    config["ledger"] = {"prices": {"mini": {"input": 0, "output": 1000, "batch_discount": 0.5}}}
    config["models"][0]["max_retries"] = 0  # one upstream call per attempt of the line
    # Two upstream calls per attempt: the backend's own retries add to the batch's.
    twice = upstream(module_stub.base_url, "twice", upstream_model="gpt-4o-mini")
    config["models"].append({**twice, "max_retries": 1, "backoff_s": 0.01})
    return start_gateway(config, env={"MINIGATE_MASTER_KEY": MASTER})


def _key(gateway: Gateway, name: str, budget: str) -> openai.OpenAI:
    created = httpx.post(
        f"{gateway.base_url}/admin/keys",
        json={"name": name, "budget_usd": budget, "period": "total"},
        headers={"authorization": f"Bearer {MASTER}"},
    )
    assert created.status_code == 201, created.text
    return gateway.client(api_key=created.json()["key"], max_retries=0)


def test_a_budget_held_by_lines_in_flight_is_waited_for_and_a_used_up_one_is_final(
    gateway: Gateway, module_stub: StubThread
) -> None:
    """Four lines start at once on a $0.01 budget: two reservations ($0.008) leave too little
    for a third while they run, though the money is there once they end. Before: the two
    lines refused "held by requests in flight" failed for good with 429 budget_exceeded
    (2 completed, $0.006 spent; probe batch7, defect 1). Now: they are tried again, as a
    per-minute rate limit is; three fit the budget ($0.009) and the fourth, refused because
    the budget is used up, is final at once (not tried ``RETRIES`` times)."""
    module_stub.stub.delay_s = 0.5
    poor = _key(gateway, "poor", "0.01")
    try:
        done = wait_for(poor, submit(poor, [chat_line(n) for n in range(4)]).id, timeout=30)
    finally:
        module_stub.stub.delay_s = 0
    assert done.request_counts is not None
    assert (done.request_counts.completed, done.request_counts.failed) == (3, 1)
    [refused] = results(poor, done.error_file_id)
    error = refused["response"]["body"]["error"]
    assert (refused["response"]["status_code"], error["code"]) == (429, "budget_exceeded")
    assert "in flight:" not in error["message"] and "has $0.001 left" in error["message"]
    assert not refused["response"]["request_id"].endswith(f"-r{RETRIES}")
    usage = httpx.get(
        f"{gateway.base_url}/admin/keys", headers={"authorization": f"Bearer {MASTER}"}
    ).json()
    [row] = [k for k in usage["data"] if k["name"] == "poor"]
    assert Decimal(row["spent_usd"]) == Decimal("0.009"), row


def failed_line(
    gateway: Gateway, stub: StubThread, status: int, message: str, model: str = "mini"
) -> tuple[dict[str, Any], int]:
    """One line sent through an upstream that answers every call with ``status``: the line's
    record in the batch's error file, and how many calls the upstream got for it."""
    alice = gateway.client(api_key=ALICE, max_retries=0)
    before = len(stub.stub.received)
    stub.stub.status, stub.stub.error_message = status, message
    try:
        done = wait_for(alice, submit(alice, [chat_line(1, model=model)]).id, timeout=60)
    finally:
        stub.stub.status, stub.stub.error_message = 200, None
    [failed] = results(alice, done.error_file_id)
    return failed, len(stub.stub.received) - before


def test_a_line_that_failed_each_try_counts_every_attempt(
    gateway: Gateway, module_stub: StubThread
) -> None:
    """Before: the error file said "failed with HTTP 500 after 1 attempt" of a line the
    upstream got 7 calls for (probe batch7, defect 7): each try counted only its own. Now:
    the message counts every call made, and quotes the last try's answer as it was."""
    failed, calls = failed_line(gateway, module_stub, 500, "boom")
    assert calls == RETRIES + 1
    error = failed["response"]["body"]["error"]
    assert failed["response"]["status_code"] == 502
    assert error["message"] == (
        f"The batch tried this request {RETRIES + 1} times (batch.retries); the upstream was "
        f"asked {RETRIES + 1} times in all. The last try's answer: Upstream for model 'mini' "
        "failed with HTTP 500 after 1 attempt: boom"
    )
    assert failed["response"]["request_id"].endswith(f"-r{RETRIES}")


def test_an_upstream_message_that_names_attempts_does_not_change_the_count(
    gateway: Gateway, module_stub: StubThread
) -> None:
    """Before: the worker read each try's count out of its error's text, "after N attempts":
    an upstream's 429 saying "after 7 attempts" (the gateway's rate-limit message names no
    count of its own) counted 7 per try, and the error file said "after 28 attempts" of 4
    calls. Now the count travels beside the message (x-minigate-upstream-attempts), and the
    upstream's words are left as it wrote them."""
    said = "Slow down: you were refused after 7 attempts"
    failed, calls = failed_line(gateway, module_stub, 429, said)
    assert calls == RETRIES + 1
    error = failed["response"]["body"]["error"]
    assert (failed["response"]["status_code"], error["code"]) == (429, "rate_limit_exceeded")
    assert error["message"] == (
        f"The batch tried this request {RETRIES + 1} times (batch.retries); the upstream was "
        f"asked {RETRIES + 1} times in all. The last try's answer: Upstream for model 'mini' "
        f"is rate limited: {said}"
    )


def test_the_upstream_backends_own_retries_are_counted_with_the_batchs(
    gateway: Gateway, module_stub: StubThread
) -> None:
    """Each of the line's tries asked the upstream twice (its model's max_retries: 1): the
    count is every call, 2 x (1 + batch.retries)."""
    failed, calls = failed_line(gateway, module_stub, 500, "boom", model="twice")
    made = 2 * (RETRIES + 1)
    assert calls == made
    assert failed["response"]["body"]["error"]["message"] == (
        f"The batch tried this request {RETRIES + 1} times (batch.retries); the upstream was "
        f"asked {made} times in all. The last try's answer: Upstream for model 'twice' "
        "failed with HTTP 500 after 2 attempts: boom"
    )


@pytest.mark.parametrize("status", [401, 404, 422])
def test_an_upstream_answer_a_retry_gets_again_is_final(
    gateway: Gateway, module_stub: StubThread, status: int
) -> None:
    """Before: a line whose upstream answered 404 (a wrong base_url or upstream_model) or 401
    (a wrong key) was a 502 like a failed upstream, tried 1 + batch.retries times (7 by
    default, over about a minute). Now the first answer is final (x-should-retry: false)."""
    failed, calls = failed_line(gateway, module_stub, status, "no")
    assert calls == 1
    assert failed["response"]["status_code"] == (502 if status < 422 else 400)
    assert failed["response"]["body"]["error"]["message"].startswith("Upstream for model 'mini'")
    assert not failed["response"]["request_id"].endswith("-r1")
