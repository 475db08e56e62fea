"""A worker with no active batch looks rarely (``idle_poll_s``), yet a batch created through
its own gateway starts at once: creating it wakes the worker."""

from __future__ import annotations

from pathlib import Path

from minigate.testing.stub_upstream import StubThread
from tests.batch.conftest import ALICE, batch_config, chat_line, submit, wait_for
from tests.conftest import GatewayFactory


def test_a_batch_wakes_a_worker_that_idles_for_ten_minutes(
    start_gateway: GatewayFactory, stub: StubThread, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'minigate.db'}"
    config = batch_config(stub, url, idle_poll_s=600)
    alice = start_gateway(config).client(api_key=ALICE, max_retries=0)

    # The worker's first look, at start, found no batch: it now waits up to 600 s.
    batch = submit(alice, [chat_line(n) for n in range(3)])
    done = wait_for(alice, batch.id, timeout=30)

    assert done.status == "completed"
    assert done.request_counts is not None and done.request_counts.completed == 3
