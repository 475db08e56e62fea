"""A new batch is ``validating`` until a worker checks its lines, as on OpenAI.

The gateway here runs no worker of its own, so what a client reads right after create does
not depend on how fast a worker is; a `minigate worker` started later takes the batches on.
"""

from __future__ import annotations

from pathlib import Path

from minigate.testing.stub_upstream import StubThread
from tests.batch.conftest import ALICE, Workers, batch_config, chat_line, results, submit, wait_for
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
