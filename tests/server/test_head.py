"""HEAD is answered wherever GET is (RFC 9110: the same status and headers, no body): curl -I,
uptime monitors and load balancers' health checks ask with it."""

from __future__ import annotations

import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

VOLATILE = {"x-minigate-request-id", "x-request-id", "date"}  # a request id is each answer's own


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    return start_app({"models": [upstream(stub.base_url)]})


@pytest.mark.parametrize("path", ["/v1/models", "/v1/models/cloud", "/health", "/metrics"])
def test_head_answers_as_get_does_without_a_body(gateway: InProcessGateway, path: str) -> None:
    """Before: 405 on every GET endpoint but /health, which had its own HEAD route."""
    got = gateway.http.get(path)
    head = gateway.http.head(path)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    drop = VOLATILE | ({"content-length"} if path == "/metrics" else set())  # counts change
    assert {k: v for k, v in head.headers.items() if k not in drop} == {
        k: v for k, v in got.headers.items() if k not in drop
    }


def test_head_keeps_the_get_answers_refusals(start_app: AppFactory, stub: StubThread) -> None:
    gateway = start_app(
        {"models": [upstream(stub.base_url)], "auth": {"api_keys": [{"key": "sk-alpha-key"}]}}
    )
    assert gateway.http.get("/v1/models").status_code == 401
    head = gateway.http.head("/v1/models")
    assert head.status_code == 401
    assert head.content == b""
    assert (
        gateway.http.head(
            "/v1/models/gpt-5", headers={"authorization": "Bearer sk-alpha-key"}
        ).status_code
        == 404
    )


def test_head_is_still_refused_where_get_is_not_served(gateway: InProcessGateway) -> None:
    head = gateway.http.head("/v1/chat/completions")
    assert head.status_code == 405
    assert head.headers["allow"] == "POST"
    assert gateway.http.head("/v1/nowhere").status_code == 404
