"""Bad input gets OpenAI's error object with the right status, and the server keeps serving."""

from __future__ import annotations

import gzip
import socket
import sqlite3
import time

import httpx
import openai
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, GatewayFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

HELLO = [{"role": "user", "content": "Hello"}]


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    return start_app({"server": {"max_body_bytes": 2048}, "models": [upstream(stub.base_url)]})


def post(
    gateway: InProcessGateway, body: bytes | str, path: str = "/v1/chat/completions"
) -> httpx.Response:
    return gateway.http.post(path, content=body, headers={"content-type": "application/json"})


def error_of(response: httpx.Response) -> dict[str, object]:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert "Traceback" not in response.text
    return dict(body["error"])


@pytest.mark.parametrize(
    ("body", "status", "code", "param"),
    [
        ('{"model": "cloud", "messages": [', 400, "invalid_request", None),
        ("[1, 2]", 400, "invalid_request", None),
        ('{"model": "cloud"}', 400, "missing_required_parameter", "messages"),
        ('{"model": "cloud", "messages": "hi"}', 400, "invalid_value", "messages"),
        ('{"model": "cloud", "messages": []}', 400, "invalid_value", "messages"),
        (
            '{"model": "cloud", "messages": [{"role": "robot", "content": "x"}]}',
            400,
            "invalid_value",
            "messages.0.role",
        ),
        (
            '{"model": "cloud", "messages": [{"role": "user", "content": "x"}], "max_tokens": 0}',
            400,
            "invalid_value",
            "max_tokens",
        ),
        (
            '{"model": "cloud", "messages": [{"role": "user", "content": "x"}], '
            '"temperature": "hot"}',
            400,
            "invalid_value",
            "temperature",
        ),
        (
            '{"model": "gpt-5", "messages": [{"role": "user", "content": "x"}]}',
            404,
            "model_not_found",
            "model",
        ),
    ],
)
def test_bad_requests(
    gateway: InProcessGateway, body: str, status: int, code: str, param: str | None
) -> None:
    response = post(gateway, body)
    assert response.status_code == status
    error = error_of(response)
    assert error["code"] == code
    if param is not None:
        assert error["param"] == param
    # ... and the server keeps serving.
    assert gateway.client().chat.completions.create(model="cloud", messages=HELLO).choices


@pytest.mark.parametrize(
    ("path", "param"),
    [
        ("/v1/files?limit=0", "limit"),
        ("/v1/batches?limit=abc", "limit"),
        ("/v1/usage/summary?bucket=minute", "bucket"),
        ("/v1/admin/reviews?status=x", "status"),
    ],
)
def test_a_bad_query_parameter_is_named_as_the_client_sent_it(
    gateway: InProcessGateway, path: str, param: str
) -> None:
    """Before: param 'query.limit', and a message 'query.limit: Input should be ...'."""
    response = gateway.http.get(path)
    assert response.status_code == 400
    error = error_of(response)
    assert (error["param"], error["type"]) == (param, "invalid_request_error")
    assert str(error["message"]).startswith(f"Invalid value for '{param}': ")


def test_unknown_model_names_the_configured_ones(gateway: InProcessGateway) -> None:
    with pytest.raises(openai.NotFoundError) as caught:
        gateway.client().chat.completions.create(model="gpt-5", messages=HELLO)
    assert "configured models: cloud" in caught.value.message


def test_oversized_body_gets_413(gateway: InProcessGateway) -> None:
    body = '{"model": "cloud", "messages": [{"role": "user", "content": "' + "x" * 4000 + '"}]}'
    response = post(gateway, body)
    assert response.status_code == 413
    assert error_of(response)["code"] == "request_too_large"

    def chunked() -> object:
        yield body.encode()

    response = gateway.http.post("/v1/chat/completions", content=chunked())
    assert response.status_code == 413


def test_refusals_before_any_route_are_answered_and_counted_as_the_handlers_do(
    gateway: InProcessGateway,
) -> None:
    """A NUL in the URL, a body declared too large and an encoded body are refused by the
    middlewares, before any route; a value the store refuses (the DataError handler) and a
    body found too large while it is read are refused by the handlers. Before: the first
    three built their answers by hand and were never counted in minigate_http_errors_total."""
    refusals = [
        (gateway.http.get("/v1/batches/batch_a%00b"), 400, "invalid_request"),
        (post(gateway, "x" * 4000), 413, "request_too_large"),
        (
            gateway.http.post("/v1/chat/completions", content=b"{}", headers={
                "content-encoding": "gzip"
            }),
            415,
            "unsupported_content_encoding",
        ),
    ]  # fmt: skip
    for response, status, code in refusals:
        assert response.status_code == status
        assert error_of(response)["code"] == code
    text = gateway.http.get("/metrics").text
    for _, status, code in refusals:
        assert f'minigate_http_errors_total{{code="{code}",status="{status}"}} 1.0' in text, code


@pytest.mark.parametrize("encoding", ["gzip", "br", "deflate, gzip"])
def test_an_encoded_body_is_refused_by_name(gateway: InProcessGateway, encoding: str) -> None:
    """The gateway reads bodies as sent. Before: a gzipped body got 400 'Invalid JSON', which
    sent the client looking for a fault in its JSON."""
    body = gzip.compress(b'{"model": "cloud", "messages": [{"role": "user", "content": "x"}]}')
    headers = {"content-type": "application/json", "content-encoding": encoding}
    response = gateway.http.post("/v1/chat/completions", content=body, headers=headers)
    assert response.status_code == 415
    error = error_of(response)
    assert error["code"] == "unsupported_content_encoding"
    assert f"Content-Encoding '{encoding}'" in str(error["message"])
    identity = {"content-type": "application/json", "content-encoding": "identity"}
    plain = b'{"model": "cloud", "messages": [{"role": "user", "content": "x"}]}'
    response = gateway.http.post("/v1/chat/completions", content=plain, headers=identity)
    assert response.status_code == 200


def test_a_request_without_a_body_may_name_any_encoding(gateway: InProcessGateway) -> None:
    """Before: 415 unsupported_content_encoding, though there was no body to decode."""
    gzipped = {"content-encoding": "gzip"}
    response = gateway.http.get("/v1/models", headers=gzipped)
    assert response.status_code == 200, response.text
    response = gateway.http.post("/v1/chat/completions", content=b"", headers=gzipped)
    assert response.request.headers["content-length"] == "0"
    assert response.status_code == 400  # the body it lacks, not its encoding
    assert error_of(response)["code"] == "invalid_request"


def test_unknown_path_and_wrong_method(gateway: InProcessGateway) -> None:
    response = gateway.http.get("/v1/nothing")
    assert response.status_code == 404 and error_of(response)["code"] == "not_found"
    response = gateway.http.get("/v1/chat/completions")
    assert response.status_code == 405
    error_of(response)


def test_wrong_method_names_the_allowed_ones(gateway: InProcessGateway) -> None:
    """RFC 9110 requires Allow on a 405. Before: none, so a client could not learn the method."""
    response = gateway.http.get("/v1/chat/completions")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    error = error_of(response)
    assert error["code"] == "http_405"
    assert error["message"] == "Method GET is not allowed on /v1/chat/completions; use POST."


def test_a_client_pointed_at_the_root_is_told_to_add_v1(gateway: InProcessGateway) -> None:
    """The commonest first mistake: base_url without /v1. Before: 'Unknown request URL: POST
    /chat/completions', with no word of the fix."""
    sdk = openai.OpenAI(base_url=gateway.url, api_key="x", http_client=gateway.http)
    with pytest.raises(openai.NotFoundError) as caught:
        sdk.chat.completions.create(model="cloud", messages=HELLO)
    message = str(caught.value)
    assert "/v1/chat/completions" in message and f"base_url to {gateway.url}/v1" in message
    unknown = gateway.http.get("/v2/nothing")
    assert unknown.status_code == 404 and "base_url" not in unknown.text


def test_keys_are_required_when_configured(
    start_app: AppFactory, stub: StubThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINIGATE_MASTER_KEY", "sk-master")
    gateway = start_app({"models": [upstream(stub.base_url)]})
    with pytest.raises(openai.AuthenticationError) as caught:
        gateway.client(api_key="sk-wrong").chat.completions.create(model="cloud", messages=HELLO)
    assert caught.value.code == "invalid_api_key"
    assert gateway.http.get("/v1/models").status_code == 401
    assert (
        gateway.client(api_key="sk-master")
        .chat.completions.create(model="cloud", messages=HELLO)
        .choices
    )
    assert gateway.http.get("/health").status_code == 200


def test_a_key_limited_to_one_model(start_app: AppFactory, stub: StubThread) -> None:
    models = [upstream(stub.base_url, "cheap"), upstream(stub.base_url, "pricey")]
    keys = [{"key": "sk-cheap-only", "models": ["cheap"]}]
    gateway = start_app({"models": models, "auth": {"api_keys": keys}})
    sdk = gateway.client(api_key="sk-cheap-only", max_retries=0)
    assert sdk.chat.completions.create(model="cheap", messages=HELLO).choices
    with pytest.raises(openai.PermissionDeniedError) as caught:
        sdk.chat.completions.create(model="pricey", messages=HELLO)
    assert caught.value.code == "permission_denied"
    assert [m.id for m in sdk.models.list()] == ["cheap"]
    assert gateway.http.get("/v1/models").status_code == 401


def test_metrics_count_requests_and_tokens(gateway: InProcessGateway) -> None:
    gateway.client().chat.completions.create(model="cloud", messages=HELLO)
    list(gateway.client().chat.completions.create(model="cloud", messages=HELLO, stream=True))
    post(gateway, "{")
    text = gateway.http.get("/metrics").text
    assert (
        'minigate_requests_total{endpoint="chat.completions",model="cloud",status="ok"} 2.0' in text
    )
    assert 'minigate_tokens_total{kind="completion",model="cloud"}' in text
    assert 'minigate_http_errors_total{code="invalid_request",status="400"} 1.0' in text
    assert "minigate_request_duration_seconds_bucket" in text


def test_a_server_error_is_one_log_record_with_its_traceback(
    start_gateway: GatewayFactory, stub: StubThread
) -> None:
    """Before: the handler logged the failure, then Starlette re-raised it and uvicorn logged
    it again ("Exception in ASGI application"): one failure read as two tracebacks."""
    gateway = start_gateway({"models": [upstream(stub.base_url)]})
    with sqlite3.connect(gateway.workdir / "minigate.db") as db:
        db.execute("DROP TABLE requests")  # a failing store: what /v1/usage reads is gone
    logged = len(gateway.log.read_text())
    response = gateway.http.get("/v1/usage")
    assert response.status_code == 500
    assert error_of(response)["code"] == "internal_error"
    # Before, uvicorn also closed the connection: the client's next request on it was reset.
    assert gateway.http.get("/health").status_code == 200
    time.sleep(0.3)
    log = gateway.log.read_text()[logged:]
    assert log.count("Unhandled error on GET /v1/usage") == 1
    assert "Exception in ASGI application" not in log
    assert log.count("OperationalError) no such table: requests") == 1  # the one traceback


# What the HTTP parser refuses: a header without a colon, a TLS hello sent to the plain
# port, an unknown HTTP version.
UNPARSEABLE = [
    b"GET /v1/models HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n",
    b"\x16\x03\x01 hello\r\n\r\n",
    b"GET /v1/models HTTP/9.9\r\nHost: x\r\n\r\n",
]


def test_a_request_the_http_parser_refuses_is_a_json_400(
    start_gateway: GatewayFactory, stub: StubThread
) -> None:
    """Before: uvicorn's own plain-text 400 "Invalid HTTP request received.", which an OpenAI
    client cannot read as an error."""
    gateway = start_gateway({"models": [upstream(stub.base_url)]})
    for request in UNPARSEABLE:
        with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as raw:
            raw.sendall(request)
            answer = b""
            while chunk := raw.recv(65536):  # the gateway closes the connection after it
                answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400 "), answer
        assert b"content-type: application/json" in head.lower()
        assert b"\r\nx-minigate-request-id: req-" in head.lower()  # as every answer has
        error = error_of(httpx.Response(400, content=body))
        assert (error["type"], error["code"]) == ("invalid_request_error", "invalid_request")
        assert "not valid HTTP/1.1" in str(error["message"])
    assert gateway.http.get("/health").status_code == 200
