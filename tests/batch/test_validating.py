"""A new batch is ``validating`` until a worker checks its lines, as on OpenAI.

The gateway here runs no worker of its own, so what a client reads right after create does
not depend on how fast a worker is; a `minigate worker` started later takes the batches on.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minigate.batch.intake import RENEW_EVERY
from minigate.testing.stub_upstream import StubThread
from tests.batch.conftest import (
    ALICE,
    Workers,
    batch_config,
    chat_line,
    jsonl,
    results,
    submit,
    wait_for,
)
from tests.conftest import GatewayFactory


def test_validating_is_visible_until_a_worker_takes_the_batch(
    start_gateway: GatewayFactory, stub: StubThread, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'minigate.db'}"
    config = batch_config(stub, url, worker=False)
    alice = start_gateway(config).client(api_key=ALICE, max_retries=0)

    waiting = submit(alice, [chat_line(n) for n in range(5)])
    deleted = submit(alice, [chat_line(n) for n in range(3)])
    dropped = submit(alice, [chat_line(n) for n in range(4)])
    assert waiting.status == "validating" and waiting.in_progress_at is None
    seen = alice.batches.retrieve(waiting.id)
    assert seen.status == "validating"
    assert seen.request_counts is not None and seen.request_counts.total == 0
    assert {b.status for b in alice.batches.list(limit=3)} == {"validating"}
    # The input goes before any worker read it: the batch has its own snapshot.
    alice.files.delete(deleted.input_file_id)
    cancelling = alice.batches.cancel(dropped.id)
    assert cancelling.status == "cancelling" and cancelling.cancelling_at

    pool = Workers(tmp_path, config)
    try:
        pool.start()
        done = wait_for(alice, waiting.id)
        gone = wait_for(alice, deleted.id)
        cancelled = wait_for(alice, dropped.id)
    finally:
        pool.stop()
    assert done.status == "completed" and done.in_progress_at
    assert done.request_counts is not None and done.request_counts.completed == 5
    assert len(results(alice, done.output_file_id)) == 5
    assert gone.status == "completed" and len(results(alice, gone.output_file_id)) == 3
    # Cancelled before it was validated: no line ran, no file was written.
    assert cancelled.status == "cancelled" and cancelled.cancelled_at
    assert cancelled.in_progress_at is None
    assert cancelled.output_file_id is None and cancelled.error_file_id is None
    assert list((tmp_path / "files" / "tmp").glob("*.input")) == []


def test_validation_renews_its_lease_while_it_reads_a_large_file(
    start_gateway: GatewayFactory, stub: StubThread, tmp_path: Path
) -> None:
    """A worker still checking a file keeps its lease on the batch. The input here is a pipe
    that the test feeds, so the worker waits on the test, never on a clock; its lease is made
    to look run out (as after a long validation), and the next lines it checks renew it."""
    url = f"sqlite:///{tmp_path / 'minigate.db'}"
    config = batch_config(stub, url, worker=False)
    alice = start_gateway(config).client(api_key=ALICE, max_retries=0)
    lines = [chat_line(n) for n in range(RENEW_EVERY + 100)]
    batch = submit(alice, lines)
    content = jsonl(lines)
    first = len(jsonl(lines[: RENEW_EVERY + 50]))  # more than one round of checks
    snapshot = tmp_path / "files" / "tmp" / f"{batch.id}.input"
    snapshot.unlink()
    os.mkfifo(snapshot)
    go_on = threading.Event()

    def feed() -> None:
        with snapshot.open("wb") as pipe:  # waits for the worker to open it
            go_on.wait(60)
            pipe.write(content[:first])
            pipe.flush()
            go_on.clear()
            go_on.wait(60)
            pipe.write(content[first:])
            # The lines are read again to be queued: from a plain file in the pipe's place.
            plain = snapshot.with_suffix(".plain")
            plain.write_bytes(content)
            plain.replace(snapshot)

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    pool = Workers(tmp_path, config)
    try:
        pool.start()
        holder = _until(url, batch.id, lambda row: row["claimed_by"] is not None)
        _set_lease(url, batch.id, 0.0)  # what a validation longer than lease_s leaves
        go_on.set()
        renewed = _until(url, batch.id, lambda row: row["lease_until"] > time.time())
        assert renewed["claimed_by"] == holder["claimed_by"]
        assert renewed["status"] == "validating"
        go_on.set()
        queued = wait_for(alice, batch.id, until=lambda b: b.status != "validating")
        assert queued.status == "in_progress"
        assert queued.request_counts is not None
        assert queued.request_counts.total == RENEW_EVERY + 100
        alice.batches.cancel(batch.id)
    finally:
        go_on.set()
        pool.stop()
    feeder.join(10)


def _batch_row(url: str, batch_id: str) -> dict[str, Any]:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        conn.row_factory = sqlite3.Row
        found = conn.execute(
            "SELECT status, claimed_by, lease_until FROM batches WHERE id = ?", (batch_id,)
        )
        return dict(found.fetchone())


def _until(url: str, batch_id: str, holds: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while not holds(row := _batch_row(url, batch_id)):
        assert time.monotonic() < deadline, row
        time.sleep(0.05)
    return row


def _set_lease(url: str, batch_id: str, until: float) -> None:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        conn.execute("UPDATE batches SET lease_until = ? WHERE id = ?", (until, batch_id))
