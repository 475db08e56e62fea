"""A client that leaves before its whole (not streamed) answer is ready, or before its stream's
first chunk: its work is cancelled and the request is recorded as ``client_disconnected``,
whether it left before the gateway's watch on the connection started
(minigate.server.disconnect.WATCH_AFTER_S) or after."""

from __future__ import annotations

import asyncio
import json
import socket
import sqlite3
import time
from collections.abc import Iterator

import pytest
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message

from minigate.server.disconnect import CLIENT_CLOSED, WATCH_AFTER_S, unless_disconnected
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


def ask_and_leave(gateway: Gateway, stay_s: float, stream: bool = False) -> None:
    """Send a chat request (whole-answer unless ``stream``) over a raw connection; close it
    after ``stay_s``."""
    body = json.dumps(
        {"model": "cloud", "stream": stream, "messages": [{"role": "user", "content": "Hi"}]}
    )
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


def tokens_and_audit(gateway: Gateway) -> list[tuple[str, int, int, str]]:
    """Each request's status, prompt and completion tokens, and its audit entry's status."""
    with sqlite3.connect(gateway.workdir / "minigate.db") as db:
        query = (
            "SELECT r.status, r.prompt_tokens, r.completion_tokens, a.status FROM requests r "
            "LEFT JOIN audit_entries a ON a.request_id = r.id ORDER BY r.rowid"
        )
        return list(db.execute(query))


@pytest.mark.parametrize(
    "stay_s", [WATCH_AFTER_S / 5, WATCH_AFTER_S * 6], ids=["before-the-watch", "after"]
)
def test_a_stream_left_before_its_first_chunk_is_cancelled_as_a_whole_answer_is(
    gateway: Gateway, stay_s: float
) -> None:
    """Before: nothing watched a stream's connection until its first chunk came; a client
    that left sooner kept the upstream call going, which then ran into the closed connection,
    often to its end: recorded ok (ledger and audit) and charged the whole answer, or, when
    the connection's watch came first, client_disconnected with a chunk never sent. Now it is
    cancelled once the watch notices, recorded client_disconnected in both, and charged as
    a whole answer its client left: the prompt's estimate and no completion tokens."""
    before = len(statuses(gateway))
    ask_and_leave(gateway, stay_s)
    ask_and_leave(gateway, stay_s, stream=True)
    assert wait_until(lambda: len(statuses(gateway)[before:]) == 2, timeout=ANSWER_S * 0.6)
    # An audit entry may land just after its row.
    assert wait_until(lambda: None not in [r[3] for r in tokens_and_audit(gateway)[before:]])
    whole, streamed = tokens_and_audit(gateway)[before:]
    assert streamed == whole == ("client_disconnected", whole[1], 0, "client_disconnected")
    assert whole[1] > 0


def disconnects_counted(gateway: Gateway) -> float:
    """/metrics' count of chat requests its clients left before their answer."""
    series = 'minigate_requests_total{endpoint="chat.completions",model="cloud",'
    series += 'status="client_disconnected"} '
    text = gateway.http.get("/metrics").text
    return sum(float(line.split()[-1]) for line in text.splitlines() if line.startswith(series))


@pytest.mark.parametrize(
    "stay_s", [WATCH_AFTER_S / 5, WATCH_AFTER_S * 6], ids=["before-the-watch", "after"]
)
def test_metrics_count_a_whole_answer_whose_client_left(gateway: Gateway, stay_s: float) -> None:
    """Before: a whole answer cancelled because its client left was in the ledger and the
    audit trail but not in /metrics (a stream cut short always was)."""
    rows = len(statuses(gateway))
    ask_and_leave(gateway, stay_s)
    assert wait_until(lambda: statuses(gateway)[rows:], timeout=ANSWER_S * 0.6)
    # Every request to this gateway is a chat to "cloud" whose client left: /metrics counts
    # as many as the ledger holds. The count may land just after the row, so it is polled.
    left = statuses(gateway).count("client_disconnected")
    assert wait_until(lambda: disconnects_counted(gateway) == left, timeout=ANSWER_S * 0.6)


def request_that(receive_disconnect: bool) -> Request:
    """A request whose body was read: its next message is a disconnect, or never comes."""

    async def receive() -> Message:
        if receive_disconnect:
            return {"type": "http.disconnect"}
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    return Request({"type": "http", "method": "POST", "headers": []}, receive)


def test_a_quick_answer_is_returned_as_it_is() -> None:
    async def answer() -> str:
        return "ok"

    async def run() -> object:
        return await unless_disconnected(request_that(receive_disconnect=True), answer())

    assert asyncio.run(run()) == "ok"  # done before the watch started: no 499


def test_a_client_gone_cancels_the_work_and_gets_499_and_a_shutdown_still_cancels() -> None:
    cancelled: list[bool] = []

    async def slow() -> str:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise
        return "late"

    async def run() -> None:
        gone = await unless_disconnected(request_that(receive_disconnect=True), slow())
        assert isinstance(gone, Response) and gone.status_code == CLIENT_CLOSED
        assert cancelled == [True]
        current = asyncio.current_task()
        assert current is not None and current.cancelling() == 0  # usable afterwards
        # Cancelled from outside (a shutdown) while the client stays: not turned into a 499.
        handler = asyncio.ensure_future(
            unless_disconnected(request_that(receive_disconnect=False), slow())
        )
        await asyncio.sleep(WATCH_AFTER_S * 2)
        handler.cancel()
        with pytest.raises(asyncio.CancelledError):
            await handler

    asyncio.run(run())


@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/embeddings", "/v1/admin/keys"])
def test_a_client_leaving_while_it_sends_its_body_is_no_server_error(
    gateway: Gateway, path: str
) -> None:
    """Before: the route's read of the body raised ClientDisconnect, logged at ERROR with two
    tracebacks as an unhandled error, once per client that gave up mid-upload."""
    logged = len(gateway.log.read_text())
    with socket.create_connection(("127.0.0.1", gateway.port)) as conn:
        conn.sendall(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            'Content-Length: 1000\r\n\r\n{"model": '.encode()
        )
        time.sleep(0.3)
    assert gateway.http.get("/health").status_code == 200  # served after it, and logged
    time.sleep(0.3)
    log = gateway.log.read_text()[logged:]
    assert "Traceback" not in log and "Unhandled error" not in log
