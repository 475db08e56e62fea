"""Answers held for review as keys see them: only the key that asked learns of its review, and
what the guard redacted stays redacted in the queue until the answer goes back to its caller."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
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
UPSTREAM_MODEL = "stub-2024-07-18"  # the upstream's own name for what the gateway calls "reviewed"


POLICY: dict[str, Any] = {"id": "reviewed", "models": ["reviewed"], "review_all": True}


@pytest.fixture
def model() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(text="Noted: {user}"))  # echoes what the model was sent
    yield thread
    thread.close()


@pytest.fixture
def gateway(start_app: AppFactory, model: StubThread) -> InProcessGateway:
    policy = {**POLICY, "input": [{"type": "pii", "action": "redact"}]}
    config = {
        "models": [
            upstream(model.base_url, "reviewed", upstream_model=UPSTREAM_MODEL, max_retries=0),
            upstream(model.base_url, "plain", upstream_model=UPSTREAM_MODEL, max_retries=0),
        ],
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


def answered(gateway: InProcessGateway, model: str, endpoint: str, stream: bool) -> httpx.Response:
    body: dict[str, Any] = {"model": model, "stream": stream}
    if stream:
        body["stream_options"] = {"include_usage": True}
    if endpoint == "chat":
        body["messages"] = [{"role": "user", "content": "Say hello to the reviewers"}]
    else:
        body["prompt"] = "Say hello to the reviewers"
    path = f"/v1/{endpoint.replace('chat', 'chat/completions')}"
    return gateway.http.post(path, json=body, headers=ADMIN)


def model_and_usage(answer: httpx.Response, stream: bool) -> tuple[str, dict[str, Any]]:
    if not stream:
        return answer.json()["model"], answer.json()["usage"]
    lines = [line.removeprefix("data: ") for line in answer.text.splitlines() if line]
    chunks = [json.loads(line) for line in lines if line != "[DONE]"]
    return chunks[0]["model"], chunks[-1]["usage"]


def ledger_tokens(gateway: InProcessGateway, request_id: str) -> tuple[int, int]:
    with sqlite3.connect(gateway.settings.store.url.removeprefix("sqlite:///")) as db:
        query = "SELECT prompt_tokens, completion_tokens FROM requests WHERE id = ?"
        return db.execute(query, (request_id,)).fetchone()


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("endpoint", ["chat", "completions"])
def test_the_released_answer_names_the_answers_model_and_carries_its_usage(
    gateway: InProcessGateway, endpoint: str, stream: bool
) -> None:
    """Before: the released completion named the gateway's model ("reviewed") and had no
    usage. Now it has what the same request unheld has: the model the upstream named, and the
    usage the request was counted (a stream's as the gateway counted it), which the ledger
    recorded."""
    model, usage = model_and_usage(answered(gateway, "plain", endpoint, stream), stream)
    held = answered(gateway, "reviewed", endpoint, stream)
    assert held.status_code == 202, held.text
    review_id = held.json()["id"]
    gateway.http.post(
        f"/v1/admin/reviews/{review_id}/approve", json={"reviewer": "alice"}, headers=ADMIN
    )
    poll = gateway.http.get(f"/v1/reviews/{review_id}", headers=ADMIN).json()
    assert model == UPSTREAM_MODEL
    assert (poll["completion"]["model"], poll["completion"]["usage"]) == (model, usage)
    tokens = ledger_tokens(gateway, poll["request_id"])
    assert tokens == (usage["prompt_tokens"], usage["completion_tokens"])


def test_an_edited_answer_keeps_the_usage_the_request_was_counted(
    gateway: InProcessGateway,
) -> None:
    """Before: no usage. Now a reviewer's edit is released with the held answer's usage: it
    is what the request cost, whatever text the reviewer wrote."""
    _, usage = model_and_usage(answered(gateway, "plain", "chat", False), False)
    review_id = answered(gateway, "reviewed", "chat", False).json()["id"]
    edit = {"reviewer": "bob", "answer": "A much longer answer than the model gave, edited."}
    gateway.http.post(f"/v1/admin/reviews/{review_id}/approve", json=edit, headers=ADMIN)
    poll = gateway.http.get(f"/v1/reviews/{review_id}", headers=ADMIN).json()
    assert poll["completion"]["usage"] == usage


def test_an_answer_held_before_the_migration_is_released_under_the_gateways_model(
    gateway: InProcessGateway,
) -> None:
    """A row held before migration 0022 has no answer_model and no usage: it is released as
    it was before, under the gateway's model name and without usage, not refused."""
    review_id = answered(gateway, "reviewed", "chat", False).json()["id"]
    with sqlite3.connect(gateway.settings.store.url.removeprefix("sqlite:///")) as db:
        db.execute("UPDATE reviews SET answer_model = NULL, usage = NULL")
    gateway.http.post(
        f"/v1/admin/reviews/{review_id}/approve", json={"reviewer": "alice"}, headers=ADMIN
    )
    completion = gateway.http.get(f"/v1/reviews/{review_id}", headers=ADMIN).json()["completion"]
    assert completion["model"] == "reviewed" and "usage" not in completion


@pytest.mark.parametrize("stream", [False, True])
def test_a_held_tool_call_is_shown_and_released_as_the_model_made_it(
    gateway: InProcessGateway, model: StubThread, stream: bool
) -> None:
    """Before: the queue stored ``answer: [""]``, the reviewer saw an empty draft, and the
    approved completion was an empty message with no tool_calls and finish_reason "stop"."""
    model.stub.tool_arguments = '{"to": "<EMAIL_1>", "q": "olga"}'
    key = create_key(gateway)
    review_id = held(gateway, key, stream=stream).json()["id"]
    shown = gateway.http.get(f"/v1/admin/reviews/{review_id}", headers=ADMIN).json()
    [choice] = shown["answer_choices"]
    assert choice["finish_reason"] == "tool_calls"
    [call] = choice["tool_calls"]
    assert call["function"] == {"name": "lookup", "arguments": '{"to": "<EMAIL_1>", "q": "olga"}'}
    time.sleep(1.1)  # the release's `created` is the hold's time, not the approval's
    approved = gateway.http.post(
        f"/v1/admin/reviews/{review_id}/approve", json={"reviewer": "alice"}, headers=ADMIN
    )
    assert approved.status_code == 200, approved.text
    completion = gateway.http.get(f"/v1/reviews/{review_id}", headers=key).json()["completion"]
    [released] = completion["choices"]
    assert released["finish_reason"] == "tool_calls"
    assert released["message"]["content"] is None
    [call] = released["message"]["tool_calls"]
    assert call["id"] == "call_1" and call["function"]["name"] == "lookup"
    assert json.loads(call["function"]["arguments"]) == {"to": EMAIL, "q": "olga"}
    held_at = datetime.fromisoformat(shown["created_at"]).timestamp()
    assert completion["created"] == int(held_at)


def approve_with(gateway: InProcessGateway, review_id: str, answer: Any) -> httpx.Response:
    edit = {"reviewer": "bob", "answer": answer}
    return gateway.http.post(f"/v1/admin/reviews/{review_id}/approve", json=edit, headers=ADMIN)


def test_a_held_tool_call_cannot_be_edited(gateway: InProcessGateway, model: StubThread) -> None:
    model.stub.tool_arguments = '{"q": "olga"}'
    review_id = held(gateway, create_key(gateway)).json()["id"]
    refused = approve_with(gateway, review_id, "Here is some text instead.")
    assert refused.status_code == 400
    error = refused.json()["error"]
    assert (error["code"], error["param"]) == ("invalid_request", "answer")
    assert error["message"] == (
        f"Review '{review_id}' holds a tool call, which an edit cannot change; approve it as it "
        "is (without an answer), or reject it."
    )
    shown = gateway.http.get(f"/v1/admin/reviews/{review_id}", headers=ADMIN).json()
    assert shown["status"] == "pending"


@pytest.mark.parametrize("answer", ["", "  ", [""]])
def test_an_empty_edit_is_refused(gateway: InProcessGateway, answer: Any) -> None:
    """Before: 200, and the client got ``content: ""``."""
    review_id = held(gateway, create_key(gateway)).json()["id"]
    refused = approve_with(gateway, review_id, answer)
    assert refused.status_code == 400
    error = refused.json()["error"]
    assert (error["code"], error["param"]) == ("invalid_request", "answer")
    assert error["message"].startswith("An edited answer cannot be empty;")


def test_an_edit_of_another_number_of_choices_is_refused(gateway: InProcessGateway) -> None:
    """Before: an edit of a held n=2 answer released one choice; an edit gives a text per
    choice, and one of another count is refused rather than dropping or inventing choices."""
    review_id = held(gateway, create_key(gateway)).json()["id"]
    refused = approve_with(gateway, review_id, ["one", "two"])
    assert refused.status_code == 400
    assert refused.json()["error"]["message"] == (
        f"Review '{review_id}' holds an answer of 1 choice and the edit gives 2 texts; give one "
        "text per choice, in order, or approve it as it is."
    )


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("endpoint", ["chat", "completions"])
@pytest.mark.parametrize("mode", ["placeholder", "http_202"])
def test_a_held_requests_audit_entry_keeps_the_models_draft(
    start_app: AppFactory, model: StubThread, mode: str, endpoint: str, stream: bool
) -> None:
    """Before: the entry kept and hashed the placeholder the client got ("This answer is being
    reviewed ..."), or nothing after a 202, so after an edit the chain never showed what the
    model said. Now it holds the draft as the queue does (placeholders kept), and the review's
    id, which its decision's entry names too."""
    policy = {**POLICY, "input": [{"type": "pii", "action": "redact"}]}
    config: dict[str, Any] = {
        "models": [upstream(model.base_url, "reviewed", max_retries=0)],
        "cache": {"enabled": False},
        "audit": {"retain_text": True},
        "guard": {"review": {"mode": mode}, "policies": [policy]},
    }
    gateway = start_app(config, env={"MINIGATE_MASTER_KEY": MASTER})
    body: dict[str, Any] = {"model": "reviewed", "stream": stream}
    if endpoint == "chat":
        body["messages"] = [{"role": "user", "content": PROMPT}]
    else:
        body["prompt"] = PROMPT
    path = f"/v1/{endpoint.replace('chat', 'chat/completions')}"
    answer = gateway.http.post(path, json=body, headers=ADMIN)
    review_id = answer.headers["x-minigate-review-id"]
    draft = gateway.http.get(f"/v1/admin/reviews/{review_id}", headers=ADMIN).json()["answer"][0]
    if endpoint == "chat":  # the stub echoes a chat's prompt, as the model was sent it
        assert draft == "Noted: Bel me op <PHONE_1> of mail <EMAIL_1>"
    edit = {"reviewer": "alice", "answer": "Call your doctor."}
    gateway.http.post(f"/v1/admin/reviews/{review_id}/approve", json=edit, headers=ADMIN)
    gateway.stop()  # writes what the audit trail queued

    with sqlite3.connect(gateway.settings.store.url.removeprefix("sqlite:///")) as db:
        db.row_factory = sqlite3.Row
        rows = [dict(r) for r in db.execute("SELECT * FROM audit_entries ORDER BY seq")]
    [entry] = [r for r in rows if r["event"] == "request"]
    [decision] = [r for r in rows if r["event"] == "review_approved"]
    assert entry["answer_text"] == draft
    assert entry["answer_hash"] == hashlib.sha256(draft.encode()).hexdigest()
    assert json.loads(entry["detail"]) == {"review_id": review_id}
    assert json.loads(decision["detail"])["review_id"] == review_id
    assert json.loads(decision["detail"])["edited"] is True
