"""A client that leaves before its whole (not streamed) answer is ready: its work is cancelled
and the request is recorded as ``client_disconnected``, whether it left before the gateway's
watch on the connection started (minigate.server.disconnect.WATCH_AFTER_S) or after."""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from collections.abc import Iterator

import pytest

from minigate.server.disconnect import WATCH_AFTER_S
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory, upstream_model
from tests.hardening.helpers import wait_until

ANSWER_S = 5.0  # the upstream's delay: far longer than any client here waits


@pytest.fixture(scope="module")
def slow_upstream() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(delay_s=ANSWER_S))
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory, slow_upstream: StubThread) -> Gateway:
    return start_gateway({"models": [upstream_model(slow_upstream.base_url, max_retries=0)]})


def statuses(gateway: Gateway) -> list[str]:
    with sqlite3.connect(gateway.workdir / "minigate.db") as db:
        return [status for (status,) in db.execute("SELECT status FROM requests ORDER BY rowid")]


def ask_and_leave(gateway: Gateway, stay_s: float) -> None:
    """Send a whole-answer chat request over a raw connection; close it after ``stay_s``."""
    body = json.dumps({"model": "cloud", "messages": [{"role": "user", "content": "Hi"}]})
    head = (
        "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", gateway.port)) as client:
        client.sendall((head + body).encode())
        time.sleep(stay_s)


@pytest.mark.parametrize(
    "stay_s", [WATCH_AFTER_S / 5, WATCH_AFTER_S * 6], ids=["before-the-watch", "after"]
)
def test_a_client_leaving_before_its_whole_answer_cancels_it(
    gateway: Gateway, stay_s: float
) -> None:
    before = len(statuses(gateway))
    ask_and_leave(gateway, stay_s)
    # Recorded as cancelled once the watch notices, not as answered when the upstream is done.
    assert wait_until(lambda: statuses(gateway)[before:], timeout=ANSWER_S * 0.6) == [
        "client_disconnected"
    ]
