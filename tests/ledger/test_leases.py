"""A lease left by a gateway that stopped is charged when it is reclaimed: the call it held
becomes a ``gateway_stopped`` row at its reservation, in the reclaim's transaction, on SQLite
and PostgreSQL. Before (probe ops15): a restarted gateway released the holds of 4 calls
killed in flight, which the upstream had answered and billed, and wrote no row for them."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, select

from minigate.identity import VirtualKey
from minigate.ledger.leases import reclaim_expired
from minigate.ledger.limits import Reservation, reserve
from minigate.ledger.writer import PendingRow, write_rows
from minigate.store import open_store
from minigate.store.engine import sync_url
from minigate.store.schema import key_spend, requests, reservation_leases
from minigate.testing.postgres import PostgresServer

AT = datetime(2026, 12, 1, 10, 30, tzinfo=UTC)
KEY = VirtualKey("key_a", "team", "mg-a", None, Decimal(1), "total", 10, None, AT, None)
HOLD, TOKENS = 25 * 10**9, 40  # $0.025 and 40 tokens reserved
CALL = {
    "id": "chatcmpl-inflight",
    "created_at": AT.isoformat(),
    "key_id": KEY.id,
    "endpoint": "chat.completions",
    "requested_model": "auto",
    "served_model": "fake",
    "prompt_tokens": 15,
    "stream": True,
}


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database(f"leases_{uuid.uuid4().hex[:8]}")


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    sync = create_engine(sync_url(store_url))
    yield sync
    sync.dispose()


def _reserve(store_url: str, request: dict[str, Any] | None) -> Reservation:
    """Reserve as a gateway does, with a lease that expired at once (its owner is gone)."""

    async def run() -> Reservation:
        store = await open_store(store_url)
        try:
            async with store.begin() as conn:
                return await reserve(conn, KEY, HOLD, TOKENS, AT, ("dead:1:x", 0.0), None, request)
        finally:
            await store.dispose()

    return asyncio.run(run())


def _state(engine: Engine) -> tuple[list[dict[str, Any]], tuple[int, int], int]:
    """(ledger rows, (spent, reserved) of the key, leases left)."""
    with engine.connect() as conn:
        found = [dict(r._mapping) for r in conn.execute(select(requests))]
        spend = conn.execute(select(key_spend.c.spent_pusd, key_spend.c.reserved_pusd)).one()
        leases = len(conn.execute(select(reservation_leases.c.id)).all())
    return found, (int(spend[0]), int(spend[1])), leases


def test_a_reclaimed_call_is_charged_its_reservation_once(store_url: str, engine: Engine) -> None:
    _reserve(store_url, CALL)
    with engine.begin() as conn:
        assert reclaim_expired(conn, AT.timestamp() + 60) == (1, 1)
    with engine.begin() as conn:  # a second reclaim (another gateway) finds nothing
        assert reclaim_expired(conn, AT.timestamp() + 90) == (0, 0)
    found, spend, leases = _state(engine)
    assert spend == (HOLD, 0) and leases == 0  # the hold became spend, nothing is held
    [row] = found
    assert row["id"] == "chatcmpl-inflight" and row["status"] == "gateway_stopped"
    assert (row["cost_pusd"], row["prompt_tokens"], row["completion_tokens"]) == (HOLD, 15, 25)
    assert (row["requested_model"], row["served_model"], row["stream"]) == ("auto", "fake", True)
    assert row["key_id"] == KEY.id and row["day"] == "2026-12-01"
    assert row["latency_ms"] == 60_000


def test_a_call_settled_after_its_lease_was_charged_is_not_charged_again(
    store_url: str, engine: Engine
) -> None:
    """A gateway that stalled past its lease's expiry settles a call the reclaim charged:
    its row would repeat the id (a failed commit, with every row beside it) and its cost."""
    held = _reserve(store_url, CALL)
    with engine.begin() as conn:
        reclaim_expired(conn, AT.timestamp() + 60)
    late = {
        **CALL,
        "created_at": AT,
        "day": "2026-12-01",
        "completion_tokens": 3,
        "cost_pusd": 10**9,
        "saved_pusd": 0,
        "cache": None,
        "latency_ms": 61_000.0,
        "ttft_ms": None,
        "status": "ok",
        "batch_id": None,
    }
    other = {**late, "id": "chatcmpl-other", "key_id": None}
    with engine.begin() as conn:
        write_rows(conn, [PendingRow(late, held, 10**9, 18), PendingRow(other, None, 10**9, 18)])
    found, spend, _ = _state(engine)
    assert sorted((r["id"], r["status"]) for r in found) == [
        ("chatcmpl-inflight", "gateway_stopped"),
        ("chatcmpl-other", "ok"),
    ]
    assert spend == (HOLD, 0)


def test_a_lease_without_its_call_is_released_unbilled(store_url: str, engine: Engine) -> None:
    """A batch line's lease: its line runs again and writes its row then."""
    _reserve(store_url, None)
    with engine.begin() as conn:
        assert reclaim_expired(conn, AT.timestamp() + 60) == (1, 0)
    found, spend, leases = _state(engine)
    assert found == [] and spend == (0, 0) and leases == 0
