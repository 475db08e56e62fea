"""GET /v1/files/{id}/content with a Range header: a range is served, a Range that is not
one is ignored (the whole file), and one past the end is a 416 in OpenAI's error shape."""

from __future__ import annotations

import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

CONTENT = b'{"custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": {}}\n'


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    return start_app({"models": [upstream(stub.base_url)]})


def uploaded(gateway: InProcessGateway) -> str:
    sent = gateway.http.post(
        "/v1/files", files={"file": ("in.jsonl", CONTENT)}, data={"purpose": "batch"}
    )
    assert sent.status_code == 200, sent.text
    return str(sent.json()["id"])


def test_a_range_is_served(gateway: InProcessGateway) -> None:
    file_id = uploaded(gateway)
    part = gateway.http.get(f"/v1/files/{file_id}/content", headers={"range": "bytes=2-11"})
    assert (part.status_code, part.content) == (206, CONTENT[2:12])
    tail = gateway.http.get(f"/v1/files/{file_id}/content", headers={"range": "bytes=-3"})
    assert (tail.status_code, tail.content) == (206, CONTENT[-3:])


@pytest.mark.parametrize("header", ["bytes=abc", "bytes=", "items=0-5", "bytes=9-2", "0-5"])
def test_a_range_that_is_not_one_is_ignored(gateway: InProcessGateway, header: str) -> None:
    """Before: Starlette's plain-text 400 ("Range header: range must be requested")."""
    file_id = uploaded(gateway)
    whole = gateway.http.get(f"/v1/files/{file_id}/content", headers={"range": header})
    assert (whole.status_code, whole.content) == (200, CONTENT)


@pytest.mark.parametrize("header", [f"bytes={len(CONTENT)}-", "bytes=99999-99999", "bytes=-0"])
def test_a_range_past_the_end_is_a_416_in_openais_shape(
    gateway: InProcessGateway, header: str
) -> None:
    """Before: a 416 with an empty body."""
    file_id = uploaded(gateway)
    past = gateway.http.get(f"/v1/files/{file_id}/content", headers={"range": header})
    assert past.status_code == 416
    assert past.headers["content-range"] == f"bytes */{len(CONTENT)}"
    error = past.json()["error"]
    assert (error["type"], error["code"], error["param"]) == (
        "invalid_request_error",
        "range_not_satisfiable",
        "range",
    )
    assert f"holds {len(CONTENT)} bytes" in error["message"]
