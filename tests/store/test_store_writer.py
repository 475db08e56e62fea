"""The store's one writer (ledger rows and audit entries in shared group commits), and the
upstream client's lean connection pool."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError

from minigate.backends.http import LeanPool, upstream_client
from minigate.store.writer import StoreWriter
from minigate.testing.stub_upstream import StubThread

# -- the writer --------------------------------------------------------------------------------


def _store(tmp_path: Path) -> str:
    db = tmp_path / "w.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (kind TEXT, v INTEGER NOT NULL, txn INTEGER)")
    return f"sqlite:///{db}"


class Table:
    """A channel writer that records which transaction wrote which values."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.batches: list[list[Any]] = []

    def __call__(self, conn: Connection, items: list[Any]) -> None:
        self.batches.append(list(items))
        txn = id(conn.get_transaction())
        for v in items:
            conn.execute(
                text("INSERT INTO t VALUES (:k, :v, :txn)"), {"k": self.kind, "v": v, "txn": txn}
            )


def rows(url: str) -> list[tuple[str, int | None, int]]:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        return list(conn.execute("SELECT kind, v, txn FROM t ORDER BY rowid"))


def test_concurrent_puts_share_transactions_and_all_commit(tmp_path: Path) -> None:
    url = _store(tmp_path)
    ledger, audit = Table("ledger"), Table("audit")

    async def run() -> None:
        writer = StoreWriter(url)
        rows_ch = writer.channel(ledger)
        audit_ch = writer.channel(audit, linger=0.05, late=True)
        await asyncio.gather(
            *(rows_ch.put(i) for i in range(100)), *(audit_ch.put(i) for i in range(100))
        )
        await writer.aclose()

    asyncio.run(run())
    written = rows(url)
    assert sorted(v for k, v, _ in written if k == "ledger") == list(range(100))
    assert sorted(v for k, v, _ in written if k == "audit") == list(range(100))
    assert len(ledger.batches) < 10  # group commit: many rows per transaction
    assert len(audit.batches) == 1  # all within one linger
    # In the transaction they shared, the ledger's rows were written before the audit entries.
    audit_txn = next(txn for k, _, txn in written if k == "audit")
    kinds = [k for k, _, txn in written if txn == audit_txn]
    assert kinds == sorted(kinds, key=lambda k: k == "audit")


def test_a_lingering_item_waits_its_linger_then_shares_a_transaction(tmp_path: Path) -> None:
    url = _store(tmp_path)
    ledger, audit = Table("ledger"), Table("audit")

    async def run() -> tuple[float, float]:
        writer = StoreWriter(url)
        rows_ch = writer.channel(ledger)
        audit_ch = writer.channel(audit, linger=0.3, late=True)
        started = time.perf_counter()
        lingering = asyncio.ensure_future(audit_ch.put(1))
        await asyncio.sleep(0.01)
        await rows_ch.put(2)  # does not wait for the lingering entry, nor take it along
        urgent = time.perf_counter() - started
        await asyncio.sleep(0.2)
        tail = asyncio.ensure_future(rows_ch.put(3))
        await asyncio.sleep(0)
        await lingering  # written once its linger is over, with what was pending then
        lingered = time.perf_counter() - started
        await tail
        await writer.aclose()
        return urgent, lingered

    urgent, lingered = asyncio.run(run())
    assert urgent < 0.2 and lingered >= 0.29
    assert ledger.batches[0] == [2] and audit.batches == [[1]]
    assert sorted(v for batch in ledger.batches for v in batch) == [2, 3]


def test_a_failing_item_fails_only_its_own_put(tmp_path: Path) -> None:
    url = _store(tmp_path)
    good = Table("good")

    async def run() -> list[BaseException | None]:
        writer = StoreWriter(url)
        ch = writer.channel(good)
        results = await asyncio.gather(
            *(ch.put(v) for v in (1, 2, None, 4)), return_exceptions=True
        )
        await writer.aclose()
        return list(results)

    results = asyncio.run(run())
    assert results[:2] == [None, None] and results[3] is None
    assert "NOT NULL" in str(results[2])
    assert sorted(v for _, v, _ in rows(url) if v is not None) == [1, 2, 4]


def test_close_writes_what_is_pending(tmp_path: Path) -> None:
    url = _store(tmp_path)
    audit = Table("audit")

    async def run() -> None:
        writer = StoreWriter(url)
        ch = writer.channel(audit, linger=60.0)
        pending = asyncio.ensure_future(ch.put(7))
        await asyncio.sleep(0)
        await writer.aclose()
        await pending

    asyncio.run(run())
    assert [v for _, v, _ in rows(url)] == [7]


def test_a_begin_that_failed_fails_its_put_and_the_next_one_commits(tmp_path: Path) -> None:
    """On SQLite the writer keeps its connection between transactions; a BEGIN IMMEDIATE that
    failed (the file locked by another process past the busy timeout) fails that put with
    SQLAlchemy's error, and the next put starts afresh and commits."""
    url = _store(tmp_path)
    ledger = Table("ledger")

    async def run() -> BaseException | None:
        writer = StoreWriter(url)
        ch = writer.channel(ledger)
        await writer.transaction(lambda conn: conn.exec_driver_sql("PRAGMA busy_timeout=50"))
        await ch.put(1)
        other = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # holds the write lock
        try:
            failed = await asyncio.gather(ch.put(2), return_exceptions=True)
        finally:
            other.execute("ROLLBACK")
            other.close()
        await ch.put(3)
        await writer.aclose()
        return failed[0]

    failed = asyncio.run(run())
    assert isinstance(failed, OperationalError) and "locked" in str(failed)
    assert [v for _, v, _ in rows(url)] == [1, 3]


# -- the lean pool -----------------------------------------------------------------------------


def test_the_lean_pool_reuses_connections_and_serves_concurrent_requests(stub: StubThread) -> None:
    stub.stub.record = False
    url = f"{stub.base_url}/chat/completions"

    async def run() -> tuple[type, int]:
        limits = httpx.Limits(max_connections=1024, max_keepalive_connections=256)
        async with upstream_client(limits, timeout=10) as client:

            async def one() -> None:
                for _ in range(20):
                    response = await client.post(url, json={"model": "stub", "messages": []})
                    assert response.status_code == 200

            await asyncio.gather(*(one() for _ in range(16)))
            pool = client._transport._pool  # type: ignore[attr-defined]
            return type(pool), len(pool.connections)

    kind, connections = asyncio.run(run())
    assert kind is LeanPool
    assert connections <= 16  # one per concurrent request at most, reused 20 times each


def test_the_lean_pool_never_reuses_a_connection_the_server_closed(stub: StubThread) -> None:
    url = f"{stub.base_url}/chat/completions"

    async def run() -> list[int]:
        limits = httpx.Limits(max_connections=10, max_keepalive_connections=10)
        async with upstream_client(limits, timeout=10) as client:
            statuses = [(await client.post(url, json={"model": "stub"})).status_code]
            # The server drops its idle keep-alive connection.
            for writer in list(stub.stub.open_writers):
                stub._loop.call_soon_threadsafe(writer.close)
            await asyncio.sleep(0.2)
            statuses.append((await client.post(url, json={"model": "stub"})).status_code)
            return statuses

    assert asyncio.run(run()) == [200, 200]


@pytest.mark.parametrize("limit", [1, 2])
def test_the_lean_pool_queues_requests_beyond_its_limit(stub: StubThread, limit: int) -> None:
    stub.stub.delay_s = 0.02
    url = f"{stub.base_url}/chat/completions"

    async def run() -> int:
        limits = httpx.Limits(max_connections=limit, max_keepalive_connections=limit)
        async with upstream_client(limits, timeout=10) as client:
            responses = await asyncio.gather(
                *(client.post(url, json={"model": "stub"}) for _ in range(8))
            )
            assert {r.status_code for r in responses} == {200}
            return len(client._transport._pool.connections)  # type: ignore[attr-defined]

    assert asyncio.run(run()) <= limit
