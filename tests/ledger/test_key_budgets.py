"""A key's budget as an outside tester drove it: its spend across a change of period, and
what a refusal says when requests in flight, not spend, hold the budget."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import AnyGateway, AppFactory, GatewayFactory
from tests.hardening.helpers import ADMIN, HELLO, MASTER, config, create_key, db_of, post, rows

ENV = {"MINIGATE_MASTER_KEY": MASTER}
PICO = Decimal(10) ** 12


@pytest.fixture
def own_stub() -> Iterator[StubThread]:
    """A stub of this test's own, whose answers it may change."""
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


def spent_usd(gateway: AnyGateway, key_id: str) -> Decimal:
    listed = gateway.http.get(f"{gateway.base_url}/admin/keys", headers=ADMIN).json()["data"]
    return Decimal(next(k["spent_usd"] for k in listed if k["id"] == key_id))


def ledger_spend(work: Path, key_id: str, since: str = "") -> Decimal:
    """What the key's ledger rows of days from ``since`` (YYYY-MM-DD) on cost."""
    return sum(
        (Decimal(r["cost_pusd"]) / PICO for r in rows(db_of(work), key_id) if r["day"] >= since),
        Decimal(0),
    )


def patch(gateway: AnyGateway, key_id: str, **limits: Any) -> None:
    changed = gateway.http.patch(
        f"{gateway.base_url}/admin/keys/{key_id}", json=limits, headers=ADMIN
    )
    assert changed.status_code == 200, changed.text


def test_a_change_of_period_keeps_what_the_key_spent(
    start_app: AppFactory, own_stub: StubThread, tmp_path: Path
) -> None:
    """Before: month to day (and back, and to total) set spent_usd to 0, or to a window's
    stale count, so a spent key got its budget back."""
    gateway = start_app(config(own_stub, tmp_path), env=ENV)
    secret, key_id = create_key(gateway, budget_usd="0.01", period="month")
    sdk = gateway.client(api_key=secret, max_retries=0)
    own_stub.stub.completion_tokens = 600  # gpt-4o: $0.006 of output
    sdk.chat.completions.create(model="big", messages=HELLO, max_tokens=600)
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    first = ledger_spend(tmp_path, key_id)
    assert first > Decimal("0.006")

    patch(gateway, key_id, period="day")
    assert spent_usd(gateway, key_id) == ledger_spend(tmp_path, key_id, today) == first
    with pytest.raises(openai.RateLimitError) as refused:  # $0.005 more does not fit
        sdk.chat.completions.create(model="big", messages=HELLO, max_tokens=500)
    assert refused.value.code == "budget_exceeded"

    own_stub.stub.completion_tokens = 100
    sdk.chat.completions.create(model="big", messages=HELLO, max_tokens=100)  # the day's
    both = ledger_spend(tmp_path, key_id)
    patch(gateway, key_id, period="month")  # the month's count missed the day's spend
    assert spent_usd(gateway, key_id) == ledger_spend(tmp_path, key_id, today[:8] + "01") == both
    patch(gateway, key_id, period="total")
    assert spent_usd(gateway, key_id) == both
    patch(gateway, key_id, rpm=100)  # no change of period: nothing recounted
    assert spent_usd(gateway, key_id) == both
    with pytest.raises(openai.RateLimitError):
        sdk.chat.completions.create(model="big", messages=HELLO, max_tokens=300)
    sdk.chat.completions.create(model="big", messages=HELLO, max_tokens=200)  # what fits

    unbudgeted, other_id = create_key(gateway)
    gateway.client(api_key=unbudgeted).chat.completions.create(model="big", messages=HELLO)
    patch(gateway, other_id, budget_usd="0.01")  # spend before the budget counts too
    assert spent_usd(gateway, other_id) == ledger_spend(tmp_path, other_id) > 0


@pytest.mark.parametrize("period", ["total", "day"])
def test_a_budget_held_by_requests_in_flight_says_retry_soon(
    start_gateway: GatewayFactory, own_stub: StubThread, tmp_path: Path, period: str
) -> None:
    """Before: 17 of 20 parallel requests were refused as if the budget were used up
    (x-should-retry false, no Retry-After, "Set a smaller max_tokens"; for a day budget a
    Retry-After of midnight), though what they waited for was 3 requests in flight."""
    own_stub.stub.delay_s = 1.5
    gateway = start_gateway(config(own_stub, tmp_path / period), env=ENV)
    secret, key_id = create_key(gateway, budget_usd="0.02", period=period)
    ask = {"model": "big", "messages": HELLO, "max_tokens": 500}  # each reserves ~$0.005

    with ThreadPoolExecutor(20) as pool:
        answers = list(
            pool.map(lambda _: post(gateway, "/chat/completions", ask, secret), range(20))
        )
    refused = [a for a in answers if a.status_code == 429]
    assert 0 < len(refused) < 20 and len(refused) + 3 >= 20, [a.status_code for a in answers]
    for answer in refused:
        assert _held_in_flight(answer, period)
    spent = ledger_spend(tmp_path / period, key_id)
    assert spent < Decimal("0.001")  # three answers of 6 tokens: nowhere near the budget


def _held_in_flight(answer: httpx.Response, period: str) -> bool:
    error = answer.json()["error"]
    per = " per day" if period == "day" else ""
    assert error["code"] == "budget_exceeded"
    assert error["message"].startswith(f"Budget of $0.02{per} for key 't-"), error["message"]
    assert "is held by requests in flight: $0.01" in error["message"]
    assert "retry in 2 seconds" in error["message"] and "max_tokens" not in error["message"]
    assert answer.headers["x-should-retry"] == "true"
    assert answer.headers["retry-after"] == "2"
    return True
