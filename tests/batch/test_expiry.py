"""A batch past its completion window expires: lines not run are cancelled, what ran stays."""

from __future__ import annotations

from pathlib import Path

from minigate.testing.stub_upstream import StubThread
from tests.batch.conftest import ALICE, batch_config, chat_line, results, submit, wait_for
from tests.conftest import GatewayFactory


def test_expiry_returns_what_completed(
    start_gateway: GatewayFactory, stub: StubThread, tmp_path: Path
) -> None:
    stub.stub.delay_s = 0.3
    url = f"sqlite:///{tmp_path / 'minigate.db'}"
    config = batch_config(stub, url, completion_window_s=2, per_batch_concurrency=1)
    alice = start_gateway(config).client(api_key=ALICE, max_retries=0)

    batch = submit(alice, [chat_line(n) for n in range(30)])
    assert batch.expires_at is not None and batch.expires_at - batch.created_at == 2
    done = wait_for(alice, batch.id, timeout=30)

    assert done.status == "expired" and done.expired_at
    counts = done.request_counts
    assert counts is not None and 0 < counts.completed < 30
    assert counts.completed + counts.failed == 30
    output = results(alice, done.output_file_id)
    errors = results(alice, done.error_file_id)
    assert len(output) == counts.completed
    assert {e["error"]["code"] for e in errors} == {"batch_expired"}
    assert all(e["response"] is None for e in errors)
    assert {x["custom_id"] for x in output + errors} == {f"req-{n}" for n in range(30)}
