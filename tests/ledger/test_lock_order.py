"""The order the ledger locks counter rows in: the same everywhere, so that gateways sharing
PostgreSQL never deadlock (two of them did, under a key with both a budget and rate limits)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, event

from minigate.ledger.limits import Release, release
from minigate.store.schema import metadata


def test_every_rate_window_is_released_before_any_budget() -> None:
    """Before: hold by hold (k's window at s1, k's budget, k's window at s2), while a request
    being admitted held k's window at s2 and waited for k's budget."""
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    updated: list[tuple[str, Any]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def record(conn: Any, cursor: Any, statement: str, params: Any, *args: Any) -> None:
        updated.append((statement.split()[1], params[-2:]))

    holds = [
        Release("key_b", "s1002", "2026-12", 5, 3, 700, 400),
        Release("key_a", "s1002", "2026-12", 5, 3, 700, 400),
        Release("key_a", "s1001", "2026-12", 5, 3, 700, 400),
        Release("key_a", None, "2026-12", 0, 0, 100, 0),  # budget only
        Release("key_b", "s1001", None, 5, 0, 0, 0),  # rate limits only
    ]
    with engine.begin() as conn:
        release(conn, holds)
    assert updated == [
        ("rate_windows", ("key_a", "s1001")),
        ("rate_windows", ("key_a", "s1002")),
        ("rate_windows", ("key_b", "s1001")),
        ("rate_windows", ("key_b", "s1002")),
        ("key_spend", ("key_a", "2026-12")),
        ("key_spend", ("key_a", "2026-12")),
        ("key_spend", ("key_a", "2026-12")),
        ("key_spend", ("key_b", "2026-12")),
    ]
