"""Answers held for review as keys see them: only the key that asked learns of its review, and
what the guard redacted stays redacted in the queue until the answer goes back to its caller."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

MASTER = "sk-master-key-for-review-tests"
ADMIN = {"authorization": f"Bearer {MASTER}"}
PHONE, EMAIL = "06-24312407", "jan@example.nl"
PROMPT = f"Bel me op {PHONE} of mail {EMAIL}"


@pytest.fixture
def model() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(text="Noted: {user}"))  # echoes what the model was sent
    yield thread
    thread.close()


@pytest.fixture
def gateway(start_app: AppFactory, model: StubThread) -> InProcessGateway:
    policy = {
        "id": "reviewed",
        "models": ["reviewed"],
        "review_all": True,
        "input": [{"type": "pii", "action": "redact"}],
    }
    config = {
        "models": [upstream(model.base_url, "reviewed", max_retries=0)],
        "cache": {"enabled": False},
        "audit": {"retain_text": False},
        "guard": {"review": {"mode": "http_202"}, "policies": [policy]},
    }
    return start_app(config, env={"MINIGATE_MASTER_KEY": MASTER})


def create_key(gateway: InProcessGateway) -> dict[str, str]:
    made = gateway.http.post(
        "/v1/admin/keys", json={"name": f"t-{uuid.uuid4().hex[:8]}"}, headers=ADMIN
    )
    assert made.status_code == 201, made.text
    return {"authorization": f"Bearer {made.json()['key']}"}


def held(gateway: InProcessGateway, key: dict[str, str], text: str = PROMPT) -> httpx.Response:
    body = {"model": "reviewed", "messages": [{"role": "user", "content": text}]}
    answer = gateway.http.post("/v1/chat/completions", json=body, headers=key)
    assert answer.status_code == 202, answer.text
    return answer


def test_another_keys_poll_is_told_the_review_does_not_exist(gateway: InProcessGateway) -> None:
    """Before: 403 "Only the API key that made the request may poll its review.", which told
    another key that the id exists; an id not the caller's is a 404, as for files and batches."""
    review_id = held(gateway, create_key(gateway)).json()["id"]
    other = gateway.http.get(f"/v1/reviews/{review_id}", headers=create_key(gateway))
    unknown = gateway.http.get("/v1/reviews/rev_nosuchreview", headers=create_key(gateway))
    assert (other.status_code, other.json()["error"]["code"]) == (404, "not_found")
    assert other.json()["error"]["message"] == f"There is no review '{review_id}'."
    assert unknown.json()["error"]["message"] == "There is no review 'rev_nosuchreview'."
