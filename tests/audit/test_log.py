"""The appender at shutdown (minigate.audit.log)."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from minigate.audit import open_audit
from minigate.audit.build import config_event
from minigate.config import Settings


def test_entries_left_by_a_cancelled_writer_task_are_written_at_close(tmp_path: Path) -> None:
    """A second Ctrl-C: asyncio.run's end cancels every task at once, the writer task with
    entries queued among them. Closing waited for that queue for ever; it writes them itself
    and signs the head."""
    db = tmp_path / "store" / "minigate.db"
    db.parent.mkdir()
    settings = Settings(
        store={"url": f"sqlite:///{db}"},
        audit={"signing_key_path": str(tmp_path / "keys" / "audit.pem")},
    )

    async def force_quit() -> None:
        outside = asyncio.all_tasks()  # this test's, and wait_for's
        async with open_audit(settings) as audit:
            audit.record(config_event(settings))
            await audit.flush()
            for n in range(3):
                audit.record({"event": "request", "request_id": f"chatcmpl-{n}", "status": "ok"})
            for task in asyncio.all_tasks() - outside:
                task.cancel()

    asyncio.run(asyncio.wait_for(force_quit(), 10))
    with sqlite3.connect(db) as conn:
        found = conn.execute("SELECT request_id FROM audit_entries ORDER BY seq").fetchall()
        signed = conn.execute("SELECT max(seq) FROM audit_checkpoints").fetchone()
    assert found == [(None,), ("chatcmpl-0",), ("chatcmpl-1",), ("chatcmpl-2",)]
    assert signed == (4,)
