"""Answers held for review as keys see them: only the key that asked learns of its review, and
what the guard redacted stays redacted in the queue until the answer goes back to its caller."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from typing import Any

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


def held(
    gateway: InProcessGateway, key: dict[str, str], endpoint: str = "chat", stream: bool = False
) -> httpx.Response:
    body: dict[str, Any] = {"model": "reviewed", "stream": stream}
    if endpoint == "chat":
        body["messages"] = [{"role": "user", "content": PROMPT}]
        path = "/v1/chat/completions"
    else:
        body["prompt"] = PROMPT
        path = "/v1/completions"
    answer = gateway.http.post(path, json=body, headers=key)
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


def reviews_table(gateway: InProcessGateway) -> list[dict[str, Any]]:
    with sqlite3.connect(gateway.settings.store.url.removeprefix("sqlite:///")) as db:
        db.row_factory = sqlite3.Row
        return [dict(row) for row in db.execute("SELECT * FROM reviews")]


@pytest.mark.parametrize("stream", [False, True])
def test_the_queue_holds_placeholders_and_the_released_answer_the_callers_values(
    gateway: InProcessGateway, stream: bool
) -> None:
    """Before: the reviewer was shown, and the reviews table kept, the phone number and the
    address the policy redacts. Now the queue holds what the model saw and said (placeholders);
    the key that asked gets its own values back when the answer is released."""
    key = create_key(gateway)
    review_id = held(gateway, key, stream=stream).json()["id"]
    shown = gateway.http.get(f"/v1/admin/reviews/{review_id}", headers=ADMIN).json()
    prompt, answer = json.dumps(shown["prompt"]), shown["answer"][0]
    assert "<PHONE_1>" in prompt and "<EMAIL_1>" in prompt
    assert answer == "Noted: Bel me op <PHONE_1> of mail <EMAIL_1>"
    [row] = reviews_table(gateway)
    assert not [v for v in row.values() if isinstance(v, str) and (PHONE in v or EMAIL in v)]

    approved = gateway.http.post(
        f"/v1/admin/reviews/{review_id}/approve", json={"reviewer": "alice"}, headers=ADMIN
    )
    assert approved.json()["final"] == [answer]  # the reviewer's view: still placeholders
    poll = gateway.http.get(f"/v1/reviews/{review_id}", headers=key).json()
    assert poll["completion"]["choices"][0]["message"]["content"] == f"Noted: {PROMPT}"
    # Only the key that asked holds what opens its values: the master key reads placeholders.
    admin_poll = gateway.http.get(f"/v1/reviews/{review_id}", headers=ADMIN).json()
    assert admin_poll["completion"]["choices"][0]["message"]["content"] == answer


@pytest.mark.parametrize("stream", [False, True])
def test_a_held_text_completions_prompt_is_kept_redacted(
    gateway: InProcessGateway, stream: bool
) -> None:
    review_id = held(gateway, create_key(gateway), "completions", stream).json()["id"]
    shown = gateway.http.get(f"/v1/admin/reviews/{review_id}", headers=ADMIN).json()
    assert shown["prompt"] == ["Bel me op <PHONE_1> of mail <EMAIL_1>"]
    assert not [v for v in reviews_table(gateway)[0].values() if PHONE in str(v)]


def test_a_reviewers_edit_may_name_the_callers_values_by_their_placeholders(
    gateway: InProcessGateway,
) -> None:
    key = create_key(gateway)
    review_id = held(gateway, key).json()["id"]
    edit = {"reviewer": "bob", "answer": "We will call you on <PHONE_1>."}
    gateway.http.post(f"/v1/admin/reviews/{review_id}/approve", json=edit, headers=ADMIN)
    poll = gateway.http.get(f"/v1/reviews/{review_id}", headers=key).json()
    assert poll["completion"]["choices"][0]["message"]["content"] == f"We will call you on {PHONE}."
