"""Hostile or broken upstreams: one that echoes the gateway's key in its error, one that hangs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import AppFactory, GatewayFactory
from tests.conftest import upstream_model as upstream
from tests.hardening.helpers import HELLO, MASTER, config, db_of, post, rows, wait_until

UPSTREAM_KEY = "sk-proj-Gateway0wnUpstreamKey1234567890abcdef"


@pytest.fixture
def stub() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


def test_an_upstream_echoing_the_gateways_key_is_redacted(
    start_gateway: GatewayFactory, stub: StubThread, tmp_path: Path
) -> None:
    settings = config(stub, tmp_path)
    settings["models"] = [upstream(stub.base_url, "mini", api_key_env="HARDEN_UPSTREAM_KEY")]
    gateway = start_gateway(
        settings, env={"MINIGATE_MASTER_KEY": MASTER, "HARDEN_UPSTREAM_KEY": UPSTREAM_KEY}
    )
    stub.stub.status = 401
    stub.stub.error_message = f"Incorrect API key provided: Bearer {UPSTREAM_KEY}."
    for stream in (False, True):
        response = post(
            gateway, "/chat/completions", {"model": "mini", "messages": HELLO, "stream": stream}
        )
        assert response.status_code == 502
        assert response.json()["error"]["code"] == "upstream_error"
        assert UPSTREAM_KEY not in response.text and UPSTREAM_KEY[:12] not in response.text
        assert "Incorrect API key provided: Bearer [REDACTED]" in response.text
    assert stub.stub.received[0].headers["authorization"] == f"Bearer {UPSTREAM_KEY}"
    assert UPSTREAM_KEY not in gateway.log.read_text()


def test_secrets_in_any_upstream_error_are_redacted(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    gateway = start_app(config(stub, tmp_path), env={"MINIGATE_MASTER_KEY": MASTER})
    leaked = "AKIAIOSFODNN7EXAMPLE and postgres://app:hunter2pw@db/x"
    stub.stub.status, stub.stub.error_message = 400, f"Bad request from {leaked}"
    response = post(gateway, "/chat/completions", {"model": "mini", "messages": HELLO})
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert "AKIA" not in message and "hunter2pw" not in message
    assert "Bad request from [REDACTED]" in message


def test_a_hung_upstream_fails_after_one_timeout(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """Before: a hung upstream was asked three times, each waiting timeout_s (181 s)."""
    settings = config(stub, tmp_path)
    settings["models"] = [upstream(stub.base_url, "mini", timeout_s=1, max_retries=2)]
    gateway = start_app(settings, env={"MINIGATE_MASTER_KEY": MASTER})
    stub.stub.delay_s = 5
    response = post(gateway, "/chat/completions", {"model": "mini", "messages": HELLO})
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "upstream_timeout"
    assert len(stub.stub.received) == 1


def test_metrics_and_docs_need_a_key_once_keys_exist(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    gateway = start_app(config(stub, tmp_path), env={"MINIGATE_MASTER_KEY": MASTER})
    for path in ("/metrics", "/docs", "/openapi.json"):
        refused = gateway.http.get(f"{gateway.url}{path}")
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "invalid_api_key"
        allowed = gateway.http.get(
            f"{gateway.url}{path}", headers={"authorization": f"Bearer {MASTER}"}
        )
        assert allowed.status_code == 200
    public = config(stub, tmp_path / "public", server={"public_metrics": True})
    opened = start_app(public, env={"MINIGATE_MASTER_KEY": MASTER})
    assert opened.http.get(f"{opened.url}/metrics").status_code == 200
    assert opened.http.get(f"{opened.url}/docs").status_code == 401


def test_the_openapi_document_describes_request_bodies(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    gateway = start_app(config(stub, tmp_path))
    document = gateway.http.get("/openapi.json").json()
    body = document["paths"]["/v1/chat/completions"]["post"]["requestBody"]
    ref = body["content"]["application/json"]["schema"]["$ref"]
    schema = document["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert {"model", "messages"} <= set(schema["required"])
    assert schema["properties"]["seed"]["anyOf"][0]["maximum"] == 2**63 - 1


def test_an_upstream_trickling_its_answer_fails_after_one_timeout(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """Before: an unstreamed answer sent a byte every 50 ms never met the 1 s timeout, which
    bounded each wait for a byte: the request took as long as the upstream liked (15 s here),
    and a byte a second would have held it for good."""
    settings = config(stub, tmp_path)
    settings["models"] = [
        upstream(stub.base_url, "mini", timeout_s=1, connect_timeout_s=1, max_retries=2)
    ]
    gateway = start_app(settings, env={"MINIGATE_MASTER_KEY": MASTER})
    stub.stub.trickle_s = 0.05
    try:
        response = post(gateway, "/chat/completions", {"model": "mini", "messages": HELLO})
    finally:
        stub.stub.trickle_s = 0
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "upstream_timeout"
    assert len([r for r in stub.stub.received if r.path.endswith("/chat/completions")]) == 1


def test_an_upstream_breaking_off_its_answer_is_not_asked_again(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """Before: the request was sent three times (an upstream that answered has done the work,
    and may bill each), and the client was told the upstream was unreachable."""
    settings = config(stub, tmp_path)
    settings["models"] = [upstream(stub.base_url, "mini", max_retries=2)]
    gateway = start_app(settings, env={"MINIGATE_MASTER_KEY": MASTER})
    stub.stub.cut_body = True
    try:
        response = post(gateway, "/chat/completions", {"model": "mini", "messages": HELLO})
    finally:
        stub.stub.cut_body = False
    assert response.status_code == 502
    error = response.json()["error"]
    assert error["code"] == "upstream_error"
    assert "broke off its answer" in error["message"]
    assert len([r for r in stub.stub.received if r.path.endswith("/chat/completions")]) == 1


def test_an_upstream_stream_that_stops_mid_answer_is_recorded_as_failed(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """The upstream closes its stream cleanly halfway: no finish_reason, no [DONE]. The client
    reads an error event in OpenAI's shape (as for a broken connection), and the ledger and
    the audit trail record the failure. Before: the stream ended as if whole, recorded 'ok'."""
    gateway = start_app(config(stub, tmp_path), env={"MINIGATE_MASTER_KEY": MASTER})
    stub.stub.stream_mode = "cut"
    response = post(
        gateway, "/chat/completions", {"model": "mini", "messages": HELLO, "stream": True}
    )
    events = [line[6:] for line in response.text.splitlines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    error = json.loads(events[-2])["error"]
    assert error["code"] == "upstream_error" and error["type"] == "upstream_error"
    assert "ended the stream without [DONE] or a finish_reason" in error["message"]
    assert json.loads(events[0])["choices"][0]["delta"]["role"] == "assistant"  # it had begun
    db = db_of(tmp_path)
    assert [r["status"] for r in wait_until(lambda: rows(db))] == ["upstream_error"]

    def audited() -> list[str]:
        with sqlite3.connect(db) as conn:
            found = conn.execute("SELECT status FROM audit_entries WHERE request_id IS NOT NULL")
            return [status for (status,) in found]

    assert wait_until(audited) == ["upstream_error"]
