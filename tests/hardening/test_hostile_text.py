"""Text a PostgreSQL store cannot hold (NUL characters, over-long names) sent by a client: the
request fails alone, the store stays healthy, and other keys are served."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from minigate.testing.postgres import PostgresServer
from minigate.testing.stub_upstream import COMPLETION_TEXT, StubThread
from tests.conftest import AppFactory, InProcessGateway
from tests.hardening.helpers import ADMIN, HELLO, MASTER, config, create_key, post, wait_until


@pytest.fixture
def gateway(
    start_app: AppFactory, stub: StubThread, postgres: PostgresServer, tmp_path: Path
) -> InProcessGateway:
    settings = config(stub, tmp_path)
    settings["store"]["url"] = postgres.create_database(f"hostile_{uuid.uuid4().hex[:8]}")
    # The price of the dearest models (o1-pro's): a worst case that PostgreSQL's bigint
    # cannot hold is in reach of max_tokens and n.
    settings["ledger"] = {"prices": {"big": {"input": 150, "output": 600}}}
    return start_app(settings, env={"MINIGATE_MASTER_KEY": MASTER})


@pytest.mark.parametrize("model", ["mi\x00ni", "m" * 5000])
def test_an_unstorable_model_name_is_a_404_and_the_store_stays_healthy(
    gateway: InProcessGateway, model: str
) -> None:
    """Before: the ledger row for the 404 failed on PostgreSQL (NUL, varchar(200)); the failure
    marked the store degraded for 30 s, and every keyed request of every tenant got 503."""
    secret, _ = create_key(gateway, budget_usd="5")
    bad = post(gateway, "/chat/completions", {"model": model, "messages": HELLO}, key=secret)
    assert bad.status_code == 404, bad.text
    assert bad.json()["error"]["code"] == "model_not_found"
    other, _ = create_key(gateway, budget_usd="5")
    ok = post(gateway, "/chat/completions", {"model": "mini", "messages": HELLO}, key=other)
    assert ok.status_code == 200, ok.text
    assert gateway.http.get(f"{gateway.url}/health").status_code == 200
    by_model = gateway.http.get(f"{gateway.base_url}/usage", headers=ADMIN).json()["data"]
    assert sum(row["requests"] for row in by_model) == 2, by_model  # the 404 has its row too


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/batches/batch_a%00b"),
        ("POST", "/batches/batch_a%00b/cancel"),
        ("GET", "/batches?after=batch_a%00b"),
        ("GET", "/files/file-a%00b"),
        ("DELETE", "/files/file-a%00b"),
        ("GET", "/files/file-a%00b/content"),
        ("POST", "/admin/keys/key-a%00b/disable"),
        ("PATCH", "/admin/keys/key-a%00b"),
    ],
)
def test_a_nul_in_the_url_is_a_400(gateway: InProcessGateway, method: str, path: str) -> None:
    """Before: each was a 500 on PostgreSQL (a traceback in the log, the connection reset)."""
    response = gateway.http.request(method, f"{gateway.base_url}{path}", headers=ADMIN, json={})
    assert response.status_code == 400, response.text
    assert "NUL" in response.json()["error"]["message"]


@pytest.mark.parametrize("name", ["a\x00b", "line\nbreak"])
def test_a_key_name_with_a_control_character_is_a_400(gateway: InProcessGateway, name: str) -> None:
    """Before: a NUL in the name was a 500 on PostgreSQL; a newline was kept, to be printed in
    the CLI's tables, the dashboard and 429 messages."""
    response = post(gateway, "/admin/keys", {"name": name})
    assert response.status_code == 400, response.text
    assert response.json()["error"]["param"] == "name"


@pytest.mark.parametrize("custom_id", ["a\x00b", "c" * 513])
def test_a_batch_line_whose_custom_id_cannot_be_stored_fails_the_batch(
    gateway: InProcessGateway, custom_id: str
) -> None:
    """Before: queueing its lines failed on PostgreSQL at every try, and the batch stayed
    'validating' for good."""
    sdk = gateway.client(MASTER, max_retries=0)
    line = {
        "custom_id": custom_id,
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "mini", "messages": HELLO},
    }
    upload = sdk.files.create(file=("b.jsonl", json.dumps(line).encode()), purpose="batch")
    batch = sdk.batches.create(
        input_file_id=upload.id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    done = wait_until(
        lambda: (b := sdk.batches.retrieve(batch.id)).status != "validating" and b, timeout=15
    )
    assert done and done.status == "failed", done
    assert done.errors and done.errors.data
    error = done.errors.data[0]
    assert (error.code, error.param, error.line) == ("invalid_custom_id", "custom_id", 1)


def test_an_id_in_a_body_that_the_store_cannot_hold_is_a_400(gateway: InProcessGateway) -> None:
    """Before: a 500 on PostgreSQL (psycopg refuses NUL), with a traceback in the log. Any value
    the store refuses now gets a 400 naming why, whichever route meets it."""
    body = {
        "input_file_id": "file-a\x00b",
        "endpoint": "/v1/chat/completions",
        "completion_window": "24h",
    }
    response = post(gateway, "/batches", body)
    assert response.status_code == 400, response.text
    assert "NUL" in response.json()["error"]["message"]
    assert gateway.http.get(f"{gateway.url}/health").status_code == 200


@pytest.fixture
def sqlite_gateway(start_app: AppFactory, stub: StubThread, tmp_path: Path) -> InProcessGateway:
    settings = config(stub, tmp_path)
    settings["ledger"] = {"prices": {"big": {"input": 150, "output": 600}}}
    return start_app(settings, env={"MINIGATE_MASTER_KEY": MASTER})


@pytest.mark.parametrize("store", ["postgresql", "sqlite"])
def test_a_worst_case_past_what_the_ledger_holds_is_a_400_and_the_store_stays_healthy(
    request: pytest.FixtureRequest, store: str
) -> None:
    """A key with a rate limit and no budget (nothing caps the cost) asks for max_tokens
    2^31-1 and n=16 on a model priced like o1-pro: a worst case of about 20.6 million USD,
    past the 64-bit picodollar columns. Before: on PostgreSQL a 503 (bigint out of range, the
    store marked degraded for every tenant), on SQLite a 500 (OverflowError)."""
    gateway: InProcessGateway = request.getfixturevalue(
        "gateway" if store == "postgresql" else "sqlite_gateway"
    )
    secret, _ = create_key(gateway, rpm=100)
    body = {"model": "big", "messages": HELLO, "max_tokens": 2**31 - 1, "n": 16}
    bad = post(gateway, "/chat/completions", body, key=secret)
    assert bad.status_code == 400, bad.text
    error = bad.json()["error"]
    assert (error["code"], error["param"]) == ("invalid_value", "max_tokens")
    assert "more than the ledger can hold" in error["message"]
    assert gateway.http.get(f"{gateway.url}/health").status_code == 200
    other, _ = create_key(gateway, budget_usd="5")
    ok = post(gateway, "/chat/completions", {"model": "mini", "messages": HELLO}, key=other)
    assert ok.status_code == 200, ok.text


@pytest.fixture
def echoing(stub: StubThread) -> Iterator[StubThread]:
    """The stub answers with the last user turn: a model that repeats what it was sent."""
    stub.stub.text = "{user}"
    yield stub
    stub.stub.text = COMPLETION_TEXT


def test_an_answer_with_nul_keeps_its_audit_entry_and_those_beside_it(
    start_app: AppFactory, echoing: StubThread, postgres: PostgresServer, tmp_path: Path
) -> None:
    """A model that repeats a NUL it was sent, with audit.retain_text on PostgreSQL. Before:
    the answer's text, kept as is, failed the audit writer's insert, and every entry of the
    transaction it shared was lost (16 of 16 requests in the probe), each with a traceback."""
    settings = config(echoing, tmp_path)
    settings["store"]["url"] = postgres.create_database(f"hostile_{uuid.uuid4().hex[:8]}")
    settings["audit"]["retain_text"] = True
    gateway = start_app(settings, env={"MINIGATE_MASTER_KEY": MASTER})
    sdk = gateway.client(MASTER, max_retries=0)
    said = ["a\x00b", "plain", "c\x00d"]
    ids = [sdk.chat.completions.create(model="mini", messages=[user(s)]).id for s in said]
    streamed = sdk.chat.completions.create(model="mini", messages=[user("e\x00f")], stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in streamed if c.choices) == "e\x00f"
    verified = post(gateway, "/admin/audit/verify", {}).json()
    assert verified["ok"] is True, verified
    for request_id, text in zip(ids, said, strict=True):
        shown = gateway.http.get(f"{gateway.base_url}/audit/{request_id}", headers=ADMIN)
        assert shown.status_code == 200, shown.text
        answer = shown.json()["answer_text"]
        # One text as is; with a NUL, as a JSON list of it (as several choices are kept).
        assert (json.loads(answer) == [text]) if "\x00" in text else answer == text


def user(text: str) -> Any:
    return {"role": "user", "content": text}


def test_an_upload_whose_file_name_holds_nul_is_kept(gateway: InProcessGateway) -> None:
    """A raw multipart body (the SDK escapes NUL as %00) names its file 'a<NUL>b.jsonl'.
    Before: a 400 on PostgreSQL that named neither the field nor what to do ('cannot store
    ... NUL'), where SQLite kept the upload; now both keep it, NUL shown as U+FFFD."""
    line = json.dumps({"custom_id": "a", "method": "POST", "url": "/v1/chat/completions",
                       "body": {"model": "mini", "messages": HELLO}}).encode()  # fmt: skip
    body = (
        b'--BB\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'
        b'--BB\r\nContent-Disposition: form-data; name="file"; filename="a\x00b.jsonl"\r\n'
        b"Content-Type: application/jsonl\r\n\r\n" + line + b"\r\n--BB--\r\n"
    )
    headers = {**ADMIN, "content-type": "multipart/form-data; boundary=BB"}
    made = gateway.http.post(f"{gateway.base_url}/files", content=body, headers=headers)
    assert made.status_code == 200, made.text
    assert made.json()["filename"] == "a\ufffdb.jsonl"
    listed = gateway.http.get(f"{gateway.base_url}/files", headers=ADMIN).json()["data"]
    assert [f["filename"] for f in listed] == ["a\ufffdb.jsonl"]


@pytest.mark.parametrize(
    ("decision", "param"),
    [({"reviewer": "a\x00b"}, "reviewer"), ({"reviewer": "ok", "note": "n\x00te"}, "note")],
)
def test_a_review_decision_with_nul_is_a_400_naming_the_field(
    start_app: AppFactory,
    stub: StubThread,
    postgres: PostgresServer,
    tmp_path: Path,
    decision: dict[str, str],
    param: str,
) -> None:
    """Before: on PostgreSQL a 400 that named no field ('cannot store ... NUL'), where SQLite
    kept the NUL (and a reviewer's name with a newline, printed in review list's table)."""
    settings = config(stub, tmp_path)
    settings["store"]["url"] = postgres.create_database(f"hostile_{uuid.uuid4().hex[:8]}")
    settings["guard"] = {"policies": [{"id": "held", "models": ["mini"], "review_all": True}]}
    gateway = start_app(settings, env={"MINIGATE_MASTER_KEY": MASTER})
    held = post(gateway, "/chat/completions", {"model": "mini", "messages": HELLO})
    review_id = held.headers["x-minigate-review-id"]
    path = f"/admin/reviews/{review_id}/approve"
    refused = post(gateway, path, decision)
    assert refused.status_code == 400, refused.text
    assert (refused.json()["error"]["code"], refused.json()["error"]["param"]) == (
        "invalid_value",
        param,
    )
    assert post(gateway, path, {"reviewer": "ok"}).json()["status"] == "approved"


@pytest.mark.parametrize("path", ["/chat/completions", "/admin/keys"])
@pytest.mark.parametrize("escape", ["\\ud800", "\\udc00"])
def test_a_lone_surrogate_escape_is_a_400_that_says_what_to_send(
    gateway: InProcessGateway, path: str, escape: str
) -> None:
    """'"\\ud800"' is valid JSON syntax but no text a store or upstream can take. Before: the
    400 said only 'unexpected end of hex escape' (or 'lone leading surrogate')."""
    body = '{"model": "mini", "name": "k", "messages": [{"role": "user", "content": "a%sb"}]}'
    headers = {**ADMIN, "content-type": "application/json"}
    sent = gateway.http.post(f"{gateway.base_url}{path}", content=body % escape, headers=headers)
    assert sent.status_code == 400, sent.text
    assert "must be one half of a surrogate pair" in sent.json()["error"]["message"]
