"""Every answer carries ``x-minigate-request-id`` (http-api.md says so), not only model calls:
before, files, moderations, errors and the admin API answered without one."""

from __future__ import annotations

import re

import openai
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

HEADER = "x-minigate-request-id"
OWN_ID = re.compile(r"req-[0-9a-f]{24}")


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    return start_app({"models": [upstream(stub.base_url)]})


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("GET", "/v1/files", None, 200),
        ("POST", "/v1/moderations", {"input": "hello there"}, 200),
        ("GET", "/v1/batches/batch_nope", None, 404),
        ("POST", "/v1/chat/completions", {"model": "cloud"}, 400),
        ("GET", "/no/such/path", None, 404),
        ("GET", "/health", None, 200),
    ],
)
def test_every_answer_carries_a_request_id(
    gateway: InProcessGateway, method: str, path: str, body: object, status: int
) -> None:
    first = gateway.http.request(method, path, json=body)
    second = gateway.http.request(method, path, json=body)
    assert first.status_code == second.status_code == status
    assert OWN_ID.fullmatch(first.headers[HEADER]), first.headers
    assert first.headers[HEADER] != second.headers[HEADER]
    assert len(first.headers.get_list(HEADER)) == 1


def test_a_model_call_keeps_its_own_id(gateway: InProcessGateway) -> None:
    """The ledger row's id, the response's ``id``: the middleware adds no second header."""
    raw = gateway.http.post(
        "/v1/chat/completions",
        json={"model": "cloud", "messages": [{"role": "user", "content": "hi"}]},
    )
    assert raw.status_code == 200
    assert raw.headers.get_list(HEADER) == [raw.json()["id"]]


def test_the_sdk_reads_the_request_id(gateway: InProcessGateway) -> None:
    """OpenAI's ``x-request-id`` carries the same id, so the SDK's ``_request_id`` and an
    error's ``request_id`` are set. Before: both were None (the SDK reads only that header)."""
    client = gateway.client(max_retries=0)
    answer = client.chat.completions.create(
        model="cloud", messages=[{"role": "user", "content": "hi"}]
    )
    assert answer._request_id == answer.id
    raw = client.chat.completions.with_raw_response.create(
        model="cloud", messages=[{"role": "user", "content": "hi"}]
    )
    assert raw.request_id == raw.headers[HEADER] == raw.parse().id
    with pytest.raises(openai.NotFoundError) as missing:
        client.chat.completions.create(model="nope", messages=[{"role": "user", "content": "hi"}])
    assert missing.value.request_id == missing.value.response.headers[HEADER]
    with pytest.raises(openai.NotFoundError) as refused:
        client.files.retrieve("file-nope")
    assert refused.value.request_id == refused.value.response.headers[HEADER]
    assert len(refused.value.response.headers.get_list("x-request-id")) == 1
