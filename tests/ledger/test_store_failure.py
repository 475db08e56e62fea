"""A ledger row the store fails to write is reported to the store's watcher once, and the
request that waited for it gets the 503."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from minigate.context import RequestContext
from minigate.errors import StoreUnavailable
from minigate.ledger.ledger import Admission
from minigate.ledger.opening import open_ledger
from minigate.ledger.settings import LedgerSettings
from minigate.schemas.common import Usage


def test_a_failed_row_is_reported_once(tmp_path: Path) -> None:
    """Before: twice, by the write's callback and again by the request that awaited it."""
    db = tmp_path / "ledger.db"
    reports: list[str] = []
    asked: list[str] = []

    def unwritable(reason: str) -> None:
        asked.append(reason)

    async def run() -> None:
        async with open_ledger(f"sqlite:///{db}", LedgerSettings(), []) as (_, _, ledger):
            ledger.store_failed = reports.append
            ledger.store_unwritable = unwritable
            with sqlite3.connect(db) as conn:  # the store breaks under the running ledger
                conn.execute("DROP TABLE requests")
            admission = Admission("m", datetime.now(UTC), 0)
            ctx = RequestContext(endpoint="chat.completions")
            with pytest.raises(StoreUnavailable, match="no such table: requests"):
                await ledger.settle(ctx, admission, Usage(), "ok", stream=False)

    asyncio.run(run())
    assert reports == ["no such table: requests"]
    assert asked == reports  # what the client is told asks the question, and reports nothing
