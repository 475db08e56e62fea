"""The ledger writes its rows on the driver's own cursor (minigate.ledger.writer.insert_rows):
what it stores reads back exactly as SQLAlchemy's own ``requests.insert()`` of the same row,
on SQLite and on PostgreSQL: times, booleans, floats, NULLs."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from minigate.ledger.writer import insert_rows
from minigate.store import open_store
from minigate.store.engine import sync_url
from minigate.store.schema import requests
from minigate.testing.postgres import PostgresServer

AT = datetime(2026, 12, 1, 23, 59, 58, 123456, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'ledger.db'}"
    else:
        server: PostgresServer = request.getfixturevalue("postgres")
        url = server.create_database(f"rows_{uuid.uuid4().hex[:8]}")

    async def migrate() -> None:
        await (await open_store(url)).dispose()

    asyncio.run(migrate())
    return url


def row(n: int, **changes: Any) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{n}",
        "created_at": AT + timedelta(microseconds=n),
        "day": AT.strftime("%Y-%m-%d"),
        "key_id": "key_a",
        "endpoint": "chat.completions",
        "requested_model": "route-cheap",
        "served_model": "cloud",
        "prompt_tokens": 12,
        "completion_tokens": 7,
        "cost_pusd": 2**40 + 3,  # past 32 bits
        "saved_pusd": 0,
        "cache": "miss",
        "latency_ms": 1.25,
        "ttft_ms": 0.5,
        "status": "ok",
        "stream": True,
        "batch_id": "batch_x",
        **changes,
    }


def test_rows_read_back_as_sqlalchemys_insert_stores_them(store_url: str) -> None:
    variants = [
        {},
        {"key_id": None, "served_model": None, "cache": None, "ttft_ms": None},
        {"stream": False, "batch_id": None, "latency_ms": 3, "status": "client_disconnected"},
    ]
    engine = create_engine(sync_url(store_url))
    try:
        with engine.begin() as conn:
            conn.execute(requests.insert(), [row(i, **v) for i, v in enumerate(variants)])
            insert_rows(conn, [row(10 + i, **v) for i, v in enumerate(variants)])
        with engine.connect() as conn:
            read = {r.id: r._asdict() for r in conn.execute(select(requests))}
            # Stored alike, not only read alike: the same text in SQLite's DATETIME column.
            cast = text("SELECT id, CAST(created_at AS TEXT) FROM requests")
            stored = {id_: at for id_, at in conn.execute(cast)}
    finally:
        engine.dispose()
    first = read["chatcmpl-10"]["created_at"]
    assert first.replace(tzinfo=first.tzinfo or UTC) == AT + timedelta(microseconds=10)
    for i in range(len(variants)):
        ours, theirs = read[f"chatcmpl-{10 + i}"], read[f"chatcmpl-{i}"]
        assert ours.pop("id") != theirs.pop("id")
        assert ours.pop("created_at") - theirs.pop("created_at") == timedelta(microseconds=10)
        assert ours == theirs
        assert len(stored[f"chatcmpl-{10 + i}"]) == len(stored[f"chatcmpl-{i}"])
