"""A second Ctrl-C or SIGTERM (uvicorn's force quit) with streams in flight: the gateway
exits at once, and what it cut is recorded as a single Ctrl-C records it: each ledger row with
its audit entry, the chain's head signed.

Before: uvicorn skipped the lifespan's shutdown and asyncio.run's end cancelled every task at
once. The audit trail's writer task died with the cut streams' entries queued, and the
shutdown waited for that queue for ever: the process stayed until killed, each cut stream's
ledger row committed and charged with no audit entry, no checkpoint signed."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory
from tests.hardening.helpers import HELLO, MASTER, config, create_key, db_of

ENV = {"MINIGATE_MASTER_KEY": MASTER}
STREAMS = 3


@pytest.fixture
def slow_stub() -> Iterator[StubThread]:
    """Streams of 8 events, 1 s apart: still running a second after two signals."""
    thread = StubThread(StubUpstream(stream_delay_s=1.0))
    yield thread
    thread.close()


def _stream(gateway: Gateway, secret: str, started: threading.Event) -> None:
    body = {"model": "big", "messages": HELLO, "stream": True, "max_tokens": 200}
    headers = {"authorization": f"Bearer {secret}"}
    try:
        with httpx.stream(
            "POST", f"{gateway.base_url}/chat/completions", json=body, headers=headers, timeout=30
        ) as answer:
            for _ in answer.iter_lines():
                started.set()
    except httpx.HTTPError:
        pass  # the gateway stopped under it


def _open_streams(gateway: Gateway, secret: str) -> list[threading.Thread]:
    threads = []
    for _ in range(STREAMS):
        started = threading.Event()
        thread = threading.Thread(target=_stream, args=(gateway, secret, started))
        thread.start()
        assert started.wait(30)
        threads.append(thread)
    return threads


def _audit_verify(db: Path, key: Path) -> dict[str, Any]:
    path = db.parent / "verify.yaml"
    settings = {"store": {"url": f"sqlite:///{db}"}, "audit": {"signing_key_path": str(key)}}
    path.write_text(yaml.safe_dump(settings))
    found = subprocess.run(
        [sys.executable, "-m", "minigate", "audit", "verify", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert found.returncode == 0, found.stdout + found.stderr
    return dict(json.loads(found.stdout))


@pytest.mark.parametrize(
    "signals",
    [
        (signal.SIGINT, signal.SIGINT),
        # Before (probe ops15): a second SIGTERM, as systemd, docker and supervisors send it,
        # left the streams to run to their end; as did SIGTERM after Ctrl-C.
        (signal.SIGTERM, signal.SIGTERM),
        (signal.SIGINT, signal.SIGTERM),
    ],
    ids=["int-int", "term-term", "int-term"],
)
def test_a_second_ctrl_c_exits_at_once_with_every_cut_stream_audited(
    start_gateway: GatewayFactory,
    slow_stub: StubThread,
    tmp_path: Path,
    signals: tuple[signal.Signals, signal.Signals],
) -> None:
    gateway = start_gateway(config(slow_stub, tmp_path), env=ENV)
    secret, key_id = create_key(gateway, budget_usd="1", period="total")
    threads = _open_streams(gateway, secret)
    gateway.process.send_signal(signals[0])  # waits for the streams
    time.sleep(1.0)
    gateway.process.send_signal(signals[1])  # does not
    sent = time.monotonic()
    try:
        gateway.process.wait(15)
    except subprocess.TimeoutExpired:
        pytest.fail("the gateway was still running 15 s after the second signal")
    assert time.monotonic() - sent < 8
    for thread in threads:
        thread.join(30)

    with sqlite3.connect(db_of(tmp_path)) as conn:
        found = conn.execute(
            "SELECT r.status, (SELECT count(*) FROM audit_entries a WHERE a.request_id = r.id) "
            "FROM requests r WHERE r.key_id = ?",
            (key_id,),
        ).fetchall()
    assert found == [("client_disconnected", 1)] * STREAMS
    verified = _audit_verify(db_of(tmp_path), tmp_path / "keys" / "audit.pem")
    assert verified["ok"]
    assert verified["signed_up_to"] == verified["last_seq"]  # signed at shutdown
