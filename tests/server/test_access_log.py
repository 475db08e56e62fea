"""A key sent in a query string (which the gateway refuses) is not written to the access log:
neither in uvicorn's lines nor in the 499 line of a client that left."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import pytest

from minigate.server.access_log import REDACTED, is_secret_name
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory, upstream_model
from tests.hardening.helpers import wait_until

MASTER = "master-SECRET-for-the-access-log-test"
VIRTUAL = "sk-mg-SECRET-virtual-in-a-query"


@pytest.fixture(scope="module")
def slow_upstream() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(delay_s=5.0))
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory, slow_upstream: StubThread) -> Gateway:
    return start_gateway(
        {
            "models": [upstream_model(slow_upstream.base_url, max_retries=0)],
            "server": {"access_log": True},
        },
        env={"MINIGATE_MASTER_KEY": MASTER},
    )


def test_a_key_in_the_query_is_not_in_the_access_log(gateway: Gateway) -> None:
    """Before: '?api_key=sk-…' and the master key were logged as typed, although the requests
    were refused. Now: their values are [REDACTED]; other parameters stay as sent."""
    refused = gateway.http.get(f"/v1/models?api_key={VIRTUAL}&limit=3")
    assert refused.status_code == 401
    gateway.http.get(f"/v1/admin/keys?Access-Token={MASTER}")
    line = wait_until(lambda: "Access-Token=" in gateway.log.read_text())
    assert line
    log = gateway.log.read_text()
    assert "SECRET" not in log
    assert f"/v1/models?api_key={REDACTED}&limit=3 HTTP/1.1" in log
    assert f"/v1/admin/keys?Access-Token={REDACTED} HTTP/1.1" in log


def test_a_key_in_the_query_of_a_request_whose_client_left_is_not_logged(
    gateway: Gateway,
) -> None:
    """Before: the 499 line (written by the gateway, not uvicorn) had the query as typed.
    Now: it is redacted as uvicorn's lines are."""
    body = json.dumps({"model": "cloud", "messages": [{"role": "user", "content": "Hi"}]})
    head = (
        f"POST /v1/chat/completions?token={MASTER} HTTP/1.1\r\nHost: x\r\n"
        f"Authorization: Bearer {MASTER}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", gateway.port)) as client:
        client.sendall((head + body).encode())
        time.sleep(0.5)
    assert wait_until(lambda: '" 499' in gateway.log.read_text(), timeout=10)
    log = gateway.log.read_text()
    assert f'/v1/chat/completions?token={REDACTED} HTTP/1.1" 499' in log
    assert "SECRET" not in log


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("api_key", True),
        ("api-key", True),
        ("apikey", True),
        ("API_KEY", True),
        ("api%5Fkey", True),
        ("key", True),
        ("x-api-key", True),
        ("token", True),
        ("access_token", True),
        ("client_secret", True),
        ("password", True),
        ("key_id", False),
        ("limit", False),
        ("after", False),
        ("monkey", False),
    ],
)
def test_which_query_parameters_are_credentials(name: str, secret: bool) -> None:
    assert is_secret_name(name) is secret
