"""Clients that open connections and never finish their requests: each connection is closed
after the headers' deadline (server.header_timeout_s), a stalled body is answered 408
(server.body_timeout_s), and past server.max_connections a new connection is answered 503.
Driven over raw sockets against ``minigate serve``, with the deadlines shortened."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory, upstream_model

DEADLINE_S = 1.5  # both deadlines, shortened from 15 s and 30 s
WAIT_S = 15.0  # far past either deadline: a connection still open then was never closed
BOUNDARY = "x-boundary-x"


@pytest.fixture(scope="module")
def upstream() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory, upstream: StubThread) -> Gateway:
    return start_gateway(
        {
            "models": [upstream_model(upstream.base_url, max_retries=0)],
            "server": {"header_timeout_s": DEADLINE_S, "body_timeout_s": DEADLINE_S},
        }
    )


def connect(gateway: Gateway) -> socket.socket:
    conn = socket.create_connection(("127.0.0.1", gateway.port))
    conn.settimeout(WAIT_S)
    return conn


def read_all(conn: socket.socket) -> bytes:
    """Everything the gateway sends until it closes the connection (b'' if it only closes);
    a timeout (the connection left open) fails the test."""
    data = b""
    while chunk := conn.recv(65536):
        data += chunk
    return data


def read_answer(conn: socket.socket) -> bytes:
    """One whole answer on a kept-alive connection: its head, then its body's content-length
    bytes (a recv may return the head alone, the body coming a moment later)."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += conn.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.lower().split(b"\r\n")
        if line.startswith(b"content-length:")
    )
    while len(body) < length:
        body += conn.recv(65536)
    return head + b"\r\n\r\n" + body


def error_of(answer: bytes) -> tuple[int, str]:
    head, _, body = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, json.loads(body)["error"]["code"]


def test_half_a_request_header_is_closed_after_the_deadline(gateway: Gateway) -> None:
    """Before: open after 120 s, holding a file descriptor. Now: closed, unanswered, once
    header_timeout_s has passed since the connection opened."""
    with connect(gateway) as conn:
        started = time.monotonic()
        conn.sendall(b"GET /v1/models HTTP/1.1\r\nHost: x\r\n")
        assert read_all(conn) == b""
        assert DEADLINE_S * 0.8 < time.monotonic() - started < WAIT_S


def test_a_header_trickled_a_line_at_a_time_is_closed_all_the_same(gateway: Gateway) -> None:
    """Before: a header line every 10 s kept the connection for 120 s. Now: the deadline is
    from the connection's opening, whatever arrives meanwhile."""
    with connect(gateway) as conn:
        started = time.monotonic()
        conn.sendall(b"GET /v1/models HTTP/1.1\r\nHost: x\r\n")
        conn.settimeout(0.25)
        while time.monotonic() - started < WAIT_S:
            try:
                if conn.recv(1) == b"":
                    break  # closed by the gateway
            except TimeoutError:
                pass
            except OSError:
                break
            try:
                conn.sendall(b"X-Trickle: y\r\n")
            except OSError:
                break
        assert DEADLINE_S * 0.8 < time.monotonic() - started < WAIT_S / 2


def test_a_kept_alive_connection_has_the_deadline_again_after_each_answer(
    gateway: Gateway,
) -> None:
    """Before: only the keep-alive timeout closed an idle connection, and the first byte of a
    next request turned it off. Now: the next request's headers have header_timeout_s from
    the previous answer."""
    with connect(gateway) as conn:
        conn.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert b" 200 " in read_answer(conn).split(b"\r\n")[0] + b" "
        conn.sendall(b"GET /v1/models HTTP/1.1\r\n")
        assert read_all(conn) == b""


def test_half_a_body_is_answered_408_and_closed(gateway: Gateway) -> None:
    """Before: a POST with Content-Length: 100 and 10 bytes of body stayed open. Now: 408
    request_timeout once nothing has come for body_timeout_s, and the connection is closed."""
    with connect(gateway) as conn:
        conn.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n" + b'{"model":'
        )
        assert error_of(read_all(conn)) == (408, "request_timeout")


def test_an_upload_cut_off_after_its_boundary_is_answered_408(gateway: Gateway) -> None:
    """Before: a multipart /v1/files upload that stopped after its first boundary was held
    open. Now: 408 request_timeout, and the connection is closed."""
    with connect(gateway) as conn:
        conn.sendall(
            b"POST /v1/files HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n"
            b"Content-Type: multipart/form-data; boundary=%s\r\n\r\n--%s\r\n"
            % (BOUNDARY.encode(), BOUNDARY.encode())
        )
        assert error_of(read_all(conn)) == (408, "request_timeout")


def test_a_slow_upload_that_keeps_going_is_not_cut(gateway: Gateway) -> None:
    """The body's deadline is between two reads: an upload that takes twice the deadline in
    all, a piece every third of it, is stored."""
    line = {
        "custom_id": "slow",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "cloud", "messages": [{"role": "user", "content": "Hi"}]},
    }
    body = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; '
        f'filename="slow.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n'
        f"{json.dumps(line)}\n\r\n--{BOUNDARY}--\r\n"
    ).encode()
    pieces = 6
    step = -(-len(body) // pieces)

    def slowly() -> Iterator[bytes]:
        for start in range(0, len(body), step):
            yield body[start : start + step]
            time.sleep(DEADLINE_S / 3)

    answer = httpx.post(
        f"{gateway.base_url}/files",
        content=slowly(),
        headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"},
        timeout=WAIT_S,
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["bytes"] == len(json.dumps(line)) + 1


def test_connections_past_the_cap_get_503_and_the_gateway_recovers(
    start_gateway: GatewayFactory, upstream: StubThread
) -> None:
    """Before: 19,960 unfinished requests used up the process's 20,000 file descriptors and
    /health failed for everyone, with nothing in the log. Now: past max_connections a new
    connection is answered 503 too_many_connections at once, the refusals are logged, and
    once the idle connections' deadline has passed /health answers again."""
    cap = 4
    gateway = start_gateway(
        {
            "models": [upstream_model(upstream.base_url, max_retries=0)],
            "server": {"header_timeout_s": DEADLINE_S, "max_connections": cap},
        }
    )
    gateway.http.close()  # its kept-alive connection would count against the cap
    time.sleep(0.2)  # for the gateway to see it closed
    held = [connect(gateway) for _ in range(cap)]
    try:
        for conn in held:
            conn.sendall(b"GET /v1/models HTTP/1.1\r\n")
        with connect(gateway) as extra:
            started = time.monotonic()
            assert error_of(read_all(extra)) == (503, "too_many_connections")
            assert time.monotonic() - started < DEADLINE_S  # at once, not at the deadline
        for conn in held:
            assert read_all(conn) == b""  # the deadline frees them
    finally:
        for conn in held:
            conn.close()
    assert httpx.get(f"{gateway.url}/health", timeout=WAIT_S).status_code == 200
    assert (
        "Connections refused with 503 since the previous such line: 1." in gateway.log.read_text()
    )
