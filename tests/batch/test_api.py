"""The Files and Batch API through the openai SDK, on a gateway whose worker runs inside it."""

from __future__ import annotations

import codecs
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import openai
import orjson
import pytest

from minigate.testing.stub_upstream import COMPLETION_TEXT, StubThread
from tests.batch.conftest import (
    ALICE,
    MASTER,
    chat_line,
    jsonl,
    ledger_rows,
    results,
    submit,
    upload,
    wait_for,
)
from tests.conftest import Gateway

# The stub answers with 9 prompt and 6 completion tokens; gpt-4o-mini costs 0.15 / 0.60 per
# 1M tokens, and half that in a batch.
INTERACTIVE_PUSD = int((9 * Decimal("0.15") + 6 * Decimal("0.60")) * 10**6)


def test_a_chat_batch_of_50_lines_completes(alice: openai.OpenAI, store_url: str) -> None:
    lines = [chat_line(n) for n in range(50)]
    batch = submit(alice, lines)
    assert batch.status == "validating"
    assert batch.endpoint == "/v1/chat/completions"
    assert batch.request_counts is not None and batch.request_counts.total == 0
    valid = wait_for(alice, batch.id, until=lambda b: b.status != "validating")
    assert valid.status in ("in_progress", "finalizing", "completed")
    assert valid.request_counts is not None and valid.request_counts.total == 50

    done = wait_for(alice, batch.id)
    assert done.status == "completed"
    assert done.request_counts is not None
    assert (done.request_counts.completed, done.request_counts.failed) == (50, 0)
    assert done.completed_at and done.finalizing_at and done.in_progress_at
    assert done.error_file_id is None
    output = results(alice, done.output_file_id)
    by_id = {line["custom_id"]: line for line in output}
    assert set(by_id) == {f"req-{n}" for n in range(50)}
    first = by_id["req-0"]
    assert first["id"].startswith("batch_req_") and first["error"] is None
    assert first["response"]["status_code"] == 200
    assert first["response"]["request_id"].startswith("req_")
    body = first["response"]["body"]
    assert body["object"] == "chat.completion"
    assert body["choices"][0]["message"]["content"] == COMPLETION_TEXT

    rows = ledger_rows(store_url, batch.id)
    assert len(rows) == 50 and {r["status"] for r in rows} == {"ok"}
    assert {r["id"] for r in rows} == {line["response"]["request_id"] for line in output}
    assert {r["cost_pusd"] for r in rows} == {INTERACTIVE_PUSD // 2}


def test_interactive_rows_pay_full_price(alice: openai.OpenAI, store_url: str) -> None:
    reply = alice.chat.completions.with_raw_response.create(
        model="mini", messages=[{"role": "user", "content": "Hi"}]
    )
    assert Decimal(reply.headers["x-minigate-cost-usd"]) * 10**12 == INTERACTIVE_PUSD


def test_an_embeddings_batch_works(alice: openai.OpenAI) -> None:
    lines = [
        {
            "custom_id": f"e{n}",
            "method": "POST",
            "url": "/v1/embeddings",
            "body": {"model": "embed", "input": f"text {n}"},
        }
        for n in range(5)
    ]
    done = wait_for(alice, submit(alice, lines, "/v1/embeddings").id)
    assert done.status == "completed"
    output = results(alice, done.output_file_id)
    assert sorted(line["custom_id"] for line in output) == [f"e{n}" for n in range(5)]
    assert output[0]["response"]["body"]["data"][0]["embedding"] == [0.6, 0.8, 0.0]


def test_an_invalid_file_fails_with_an_error_per_line(alice: openai.OpenAI) -> None:
    lines = [
        jsonl([chat_line(1)]),
        b"{not json\n",
        jsonl([{**chat_line(2), "url": "/v1/embeddings"}]),
        jsonl([chat_line(1)]),
        jsonl([{k: v for k, v in chat_line(3).items() if k != "body"}]),
        b"[1, 2]\n",
        jsonl([{**chat_line(7), "body": {**chat_line(7)["body"], "model": 5}}]),
        jsonl([{k: v for k, v in chat_line(8).items() if k != "custom_id"}]),
        jsonl([{**chat_line(9), "custom_id": ""}]),
        jsonl([{**chat_line(10), "custom_id": 10}]),
    ]
    file_id = upload(alice, b"".join(lines))
    created = alice.batches.create(
        input_file_id=file_id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    assert created.status == "validating"
    batch = wait_for(alice, created.id)
    assert batch.status == "failed" and batch.failed_at and not batch.in_progress_at
    assert batch.request_counts is not None and batch.request_counts.total == 0
    assert batch.errors is not None and batch.errors.data is not None
    found = [(e.line, e.code, e.param) for e in batch.errors.data]
    assert found == [
        (2, "invalid_json_line", None),
        (3, "url_mismatch", "url"),
        (4, "duplicate_custom_id", "custom_id"),
        (5, "missing_required_parameter", "body"),
        (6, "invalid_json_line", None),
        (7, "invalid_value", "body.model"),  # before: "Missing required parameter"
        # As docs/batch.md's table says now (it said missing_required_parameter for an empty
        # one, probe batch7): there but empty or no string is invalid_value, as for body.model.
        (8, "missing_required_parameter", "custom_id"),
        (9, "invalid_value", "custom_id"),
        (10, "invalid_value", "custom_id"),
    ]
    said = {e.line: e.message for e in batch.errors.data}
    assert said[2] == "This line is not parseable as valid JSON."
    assert (said[6] or "").startswith("This line is JSON but not an object")
    assert batch.output_file_id is None and batch.error_file_id is None


def test_a_file_saved_with_a_byte_order_mark_runs(alice: openai.OpenAI) -> None:
    """As Windows Notepad saves it: a UTF-8 BOM first and CRLF line ends. Before: the batch
    failed, line 1 'not parseable as valid JSON' (the BOM is not JSON), with nothing said of
    why."""
    lines = b"\r\n".join(orjson.dumps(chat_line(n)) for n in range(3)) + b"\r\n"
    file_id = upload(alice, codecs.BOM_UTF8 + lines)
    created = alice.batches.create(
        input_file_id=file_id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    done = wait_for(alice, created.id)
    assert done.status == "completed", done.errors
    output = results(alice, done.output_file_id)
    assert sorted(line["custom_id"] for line in output) == ["req-0", "req-1", "req-2"]


def test_failed_lines_go_to_the_error_file(alice: openai.OpenAI) -> None:
    lines = [chat_line(1), chat_line(2, model="no-such-model"), chat_line(3, temperature=9)]
    done = wait_for(alice, submit(alice, lines).id)
    assert done.status == "completed"
    assert done.request_counts is not None
    assert (done.request_counts.completed, done.request_counts.failed) == (1, 2)
    errors = {line["custom_id"]: line for line in results(alice, done.error_file_id)}
    assert errors["req-2"]["response"]["status_code"] == 404
    assert errors["req-2"]["response"]["body"]["error"]["code"] == "model_not_found"
    assert errors["req-3"]["response"]["status_code"] == 400
    assert [line["custom_id"] for line in results(alice, done.output_file_id)] == ["req-1"]


def test_a_refused_line_gets_the_error_its_http_call_gets(
    gateway: Gateway, alice: openai.OpenAI
) -> None:
    """Before, the batch runner named the field its own way: 'Invalid value for 'None': Value
    error, JSON nested deeper than 64 levels.' with no param, and 'messages.0.content.str'
    (pydantic's name for a member of a union) where the HTTP call says 'messages.0.content'."""
    nested: list[Any] = []
    for _ in range(70):
        nested = [nested]
    lines = [
        chat_line(1, deep=nested),
        chat_line(2, messages=[{"role": "user", "content": 5}]),
        chat_line(3, temperature=9),
    ]
    done = wait_for(alice, submit(alice, lines).id)
    errors = {line["custom_id"]: line["response"] for line in results(alice, done.error_file_id)}
    assert len(errors) == 3
    for line in lines:
        direct = gateway.http.post(
            "/v1/chat/completions", json=line["body"], headers={"authorization": f"Bearer {ALICE}"}
        )
        answered = errors[line["custom_id"]]
        assert (answered["status_code"], answered["body"]) == (400, direct.json())
    assert errors["req-1"]["body"]["error"]["param"] == "deep" + ".0" * 64
    assert errors["req-2"]["body"]["error"]["param"] == "messages.0.content"


def test_a_secret_in_an_upstream_error_is_redacted_in_the_error_file(
    gateway: Gateway, alice: openai.OpenAI, module_stub: StubThread
) -> None:
    """Before, a line's error body was written as the upstream worded it: the secrets an HTTP
    error response loses (guard/redact.py) went into the batch's error file."""
    leaked = "AKIAIOSFODNN7EXAMPLE and postgres://app:hunter2pw@db/x"
    module_stub.stub.status, module_stub.stub.error_message = 400, f"Bad request from {leaked}"
    try:
        done = wait_for(alice, submit(alice, [chat_line(1)]).id)
        direct = gateway.http.post(
            "/v1/chat/completions",
            json=chat_line(1)["body"],
            headers={"authorization": f"Bearer {ALICE}"},
        )
    finally:
        module_stub.stub.status, module_stub.stub.error_message = 200, None
    assert done.error_file_id is not None
    [line] = results(alice, done.error_file_id)
    body = line["response"]["body"]
    assert "AKIA" not in str(body) and "hunter2pw" not in str(body)
    assert "Bad request from [REDACTED]" in body["error"]["message"]
    assert (line["response"]["status_code"], body) == (direct.status_code, direct.json())


def test_cancel_stops_further_lines_and_keeps_what_finished(
    alice: openai.OpenAI, module_stub: StubThread
) -> None:
    module_stub.stub.delay_s = 0.2
    try:
        batch = submit(alice, [chat_line(n) for n in range(60)])
        wait_for(alice, batch.id, until=lambda b: b.request_counts.completed >= 4)
        cancelling = alice.batches.cancel(batch.id)
        assert cancelling.status in ("cancelling", "cancelled") and cancelling.cancelling_at
        done = wait_for(alice, batch.id)
    finally:
        module_stub.stub.delay_s = 0
    assert done.status == "cancelled" and done.cancelled_at
    counts = done.request_counts
    assert counts is not None and counts.total == 60
    assert 4 <= counts.completed < 60 and counts.completed + counts.failed == 60
    output = results(alice, done.output_file_id)
    errors = results(alice, done.error_file_id)
    assert len(output) == counts.completed
    assert {e["error"]["code"] for e in errors} == {"batch_cancelled"}
    assert {x["custom_id"] for x in output + errors} == {f"req-{n}" for n in range(60)}


def test_cancelling_a_finished_batch_is_a_conflict(alice: openai.OpenAI) -> None:
    done = wait_for(alice, submit(alice, [chat_line(1)]).id)
    with pytest.raises(openai.ConflictError) as caught:
        alice.batches.cancel(done.id)
    assert caught.value.status_code == 409
    assert caught.value.body["code"] == "batch_not_cancellable"  # type: ignore[index]
    assert alice.batches.retrieve(done.id).status == "completed"


def test_another_key_cannot_see_a_batch_or_its_files(
    alice: openai.OpenAI, bob: openai.OpenAI
) -> None:
    done = wait_for(alice, submit(alice, [chat_line(1)]).id)
    for call in (
        lambda: bob.batches.retrieve(done.id),
        lambda: bob.batches.cancel(done.id),
        lambda: bob.files.retrieve(done.input_file_id),
        lambda: bob.files.content(done.output_file_id or ""),
        lambda: bob.files.delete(done.input_file_id),
    ):
        with pytest.raises(openai.NotFoundError) as caught:
            call()
        assert caught.value.body["code"] == "not_found"  # type: ignore[index]
    with pytest.raises(openai.NotFoundError):
        bob.batches.create(
            input_file_id=done.input_file_id,
            endpoint="/v1/chat/completions",
            completion_window="24h",
        )
    assert done.id not in {b.id for b in bob.batches.list()}
    assert done.input_file_id not in {f.id for f in bob.files.list()}
    assert done.id in {b.id for b in alice.batches.list(limit=100)}


def test_list_pages_with_after(alice: openai.OpenAI) -> None:
    ids = [submit(alice, [chat_line(n)]).id for n in range(3)]
    first = alice.batches.list(limit=2)
    assert [b.id for b in first.data] == ids[::-1][:2] and first.has_more
    rest = alice.batches.list(limit=2, after=first.data[-1].id)
    assert rest.data[0].id == ids[0]


def test_an_unknown_after_cursor_is_an_empty_page(alice: openai.OpenAI) -> None:
    """As for files, the lenient answer a client pages through safely (OpenAI's docs say
    nothing of an unknown cursor). Before: a 404 for batches, an empty list for files."""
    submit(alice, [chat_line(1)])
    for page in (
        alice.batches.list(after="batch_unknown"),
        alice.files.list(after="file-unknown"),
    ):
        assert page.data == [] and not page.has_more


def test_files_round_trip(alice: openai.OpenAI) -> None:
    content = jsonl([chat_line(1), chat_line(2)])
    created = alice.files.create(file=("mine.jsonl", io.BytesIO(content)), purpose="batch")
    assert created.id.startswith("file-") and created.bytes == len(content)
    assert created.filename == "mine.jsonl" and created.purpose == "batch"
    assert alice.files.retrieve(created.id).bytes == len(content)
    assert alice.files.content(created.id).read() == content
    assert alice.files.delete(created.id).deleted
    with pytest.raises(openai.NotFoundError):
        alice.files.retrieve(created.id)


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (b"", 400, "empty_file"),
        (b"\n\n", 400, "empty_file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 400, "invalid_file_format"),
        (b'{"a": "\xff\xfe"}\n', 400, "invalid_file_format"),
        (b'{"custom_id": "' + b"x" * (1024 * 1024) + b'"}\n', 400, "line_too_long"),
        (b"{}\n" * 1001, 400, "too_many_tasks"),
    ],
    ids=["zero-bytes", "blank-lines", "binary", "not-utf8", "line-over-1MB", "too-many-lines"],
)
def test_bad_uploads_are_refused_and_leave_nothing(
    alice: openai.OpenAI, store_url: str, content: bytes, status: int, code: str
) -> None:
    before = {f.id for f in alice.files.list(purpose="batch")}
    with pytest.raises(openai.APIStatusError) as caught:
        upload(alice, content)
    assert caught.value.status_code == status
    assert caught.value.body["code"] == code  # type: ignore[index]
    assert caught.value.body["param"] == "file"  # type: ignore[index]
    assert {f.id for f in alice.files.list(purpose="batch")} == before
    files_dir = Path(store_url.removeprefix("sqlite:///")).parent / "files"
    assert list((files_dir / "tmp").glob("*.upload")) == []
    if b"\x00" in content:  # before: "not UTF-8 text", which a NUL byte is
        assert "holds a NUL byte" in caught.value.message


@pytest.mark.parametrize("lines", [3, 1])
def test_a_file_whose_lines_end_in_cr_alone_is_refused(alice: openai.OpenAI, lines: int) -> None:
    """JSONL's lines end in \\n (or \\r\\n), as OpenAI's Batch API takes them; before, a file
    with classic Mac OS line endings was read as one line (probe eighteen)."""
    content = b"".join(orjson.dumps(chat_line(n)) + b"\r" for n in range(lines))
    before = {f.id for f in alice.files.list(purpose="batch")}
    with pytest.raises(openai.BadRequestError) as caught:
        upload(alice, content)
    error: dict[str, Any] = caught.value.body  # type: ignore[assignment]
    assert (error["code"], error["param"]) == ("invalid_file_format", "file")
    assert "carriage return alone" in error["message"]
    assert {f.id for f in alice.files.list(purpose="batch")} == before


def test_a_malformed_multipart_body_is_a_400(
    alice: openai.OpenAI, gateway: Gateway, store_url: str
) -> None:
    """Before: the multipart parser's errors escaped as 500s, for a long file name sent by
    the SDK as for a body that is not multipart at all."""
    with pytest.raises(openai.BadRequestError) as caught:
        alice.files.create(file=("x" * 5000 + ".jsonl", jsonl([chat_line(1)])), purpose="batch")
    assert caught.value.body["code"] == "invalid_multipart"  # type: ignore[index]
    junk = httpx.post(
        f"{gateway.base_url}/files",
        content=b"junk",
        headers={
            "authorization": f"Bearer {ALICE}",
            "content-type": "multipart/form-data; boundary=zz",
        },
    )
    assert junk.status_code == 400, junk.text
    assert junk.json()["error"]["code"] == "invalid_multipart"
    files_dir = Path(store_url.removeprefix("sqlite:///")).parent / "files"
    assert list((files_dir / "tmp").glob("*.upload")) == []


def test_two_files_in_one_upload_are_a_400(
    alice: openai.OpenAI, gateway: Gateway, store_url: str
) -> None:
    """Before: both went into one file, named after the second, their lines run together
    where the first did not end in a newline (a batch then failed on 'line 1')."""
    before = {f.id for f in alice.files.list(purpose="batch")}
    two = httpx.post(
        f"{gateway.base_url}/files",
        headers={"authorization": f"Bearer {ALICE}"},
        data={"purpose": "batch"},
        files=[
            ("file", ("a.jsonl", orjson.dumps(chat_line(1)))),
            ("file", ("b.jsonl", jsonl([chat_line(2)]))),
        ],
    )
    assert two.status_code == 400, two.text
    assert two.json()["error"]["code"] == "invalid_multipart"
    assert two.json()["error"]["param"] == "file"
    assert {f.id for f in alice.files.list(purpose="batch")} == before
    files_dir = Path(store_url.removeprefix("sqlite:///")).parent / "files"
    assert list((files_dir / "tmp").glob("*.upload")) == []


class Generated(io.RawIOBase):
    """A 300 MB JSONL upload made as it is read: the test never holds it in memory."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.name = "huge.jsonl"
        self.line = jsonl([{**chat_line(0), "pad": "x" * 8000}])  # fewer lines than max_lines

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self.left)
        chunk = (self.line * (n // len(self.line) + 1))[:n]
        buffer[:n] = chunk
        self.left -= n
        return n


def test_an_upload_over_the_limit_is_refused_while_streaming(
    alice: openai.OpenAI, store_url: str
) -> None:
    with pytest.raises(openai.APIStatusError) as caught:
        alice.files.create(file=Generated(300 * 1024 * 1024), purpose="batch")
    assert caught.value.status_code == 413
    assert caught.value.body["code"] in ("file_too_large", "request_too_large")  # type: ignore[index]
    files_dir = Path(store_url.removeprefix("sqlite:///")).parent / "files"
    assert list((files_dir / "tmp").glob("*.upload")) == []


def test_an_unknown_endpoint_is_refused(alice: openai.OpenAI) -> None:
    file_id = upload(alice, jsonl([chat_line(1)]))
    with pytest.raises(openai.BadRequestError) as caught:
        alice.batches.create(
            input_file_id=file_id,
            endpoint="/v1/images/generations",
            completion_window="24h",
        )
    assert caught.value.body["code"] == "invalid_value"  # type: ignore[index]
    assert caught.value.body["param"] == "endpoint"  # type: ignore[index]


def test_a_file_deleted_while_its_batch_runs(alice: openai.OpenAI, module_stub: StubThread) -> None:
    module_stub.stub.delay_s = 0.1
    try:
        batch = submit(alice, [chat_line(n) for n in range(10)])
        alice.files.delete(batch.input_file_id)
        done = wait_for(alice, batch.id)
    finally:
        module_stub.stub.delay_s = 0
    # Its lines were queued when it was created: the batch finishes, the file is gone.
    assert done.status == "completed"
    assert len(results(alice, done.output_file_id)) == 10
    with pytest.raises(openai.NotFoundError):
        alice.files.retrieve(batch.input_file_id)


def test_gateway_serves_interactive_requests_meanwhile(gateway: Gateway) -> None:
    sdk = gateway.client(api_key="sk-alice-batch-key", max_retries=0)
    answer = sdk.chat.completions.create(model="mini", messages=[{"role": "user", "content": "Hi"}])
    assert answer.choices[0].message.content == COMPLETION_TEXT


def test_a_line_the_upstream_refuses_for_now_is_retried(
    alice: openai.OpenAI, module_stub: StubThread, store_url: str
) -> None:
    calls = len(module_stub.stub.received)
    module_stub.stub.status = 503
    try:
        batch = submit(alice, [chat_line(1), chat_line(2)])
        # Both lines refused at least once (the upstream backend retries too).
        wait_for(alice, batch.id, until=lambda _: len(module_stub.stub.received) >= calls + 6)
        assert alice.batches.retrieve(batch.id).status == "in_progress"
    finally:
        module_stub.stub.status = 200
    done = wait_for(alice, batch.id)
    assert done.status == "completed"
    assert done.request_counts is not None and done.request_counts.completed == 2
    output = results(alice, done.output_file_id)
    rows = ledger_rows(store_url, batch.id)
    # Every attempt is on the ledger; only the one that answered costs anything.
    ok = {r["id"] for r in rows if r["status"] == "ok"}
    assert ok == {line["response"]["request_id"] for line in output}
    refused = [r for r in rows if r["status"] != "ok"]
    assert len(refused) >= 2 and {r["cost_pusd"] for r in refused} == {0}


def test_a_budget_is_reserved_line_by_line(gateway: Gateway, store_url: str) -> None:
    created = httpx.post(
        f"{gateway.base_url}/admin/keys",
        json={"name": "frugal", "budget_usd": "0.00001"},
        headers={"authorization": f"Bearer {MASTER}"},
    )
    assert created.status_code == 201, created.text
    frugal = gateway.client(api_key=created.json()["key"], max_retries=0)
    done = wait_for(frugal, submit(frugal, [chat_line(n) for n in range(10)]).id)
    assert done.status == "completed"
    counts = done.request_counts
    assert counts is not None and counts.completed >= 1 and counts.failed >= 1
    refused = results(frugal, done.error_file_id)
    assert {e["response"]["status_code"] for e in refused} == {429}
    assert {e["response"]["body"]["error"]["code"] for e in refused} == {"budget_exceeded"}
    spent = sum(r["cost_pusd"] for r in ledger_rows(store_url, done.id))
    assert spent == counts.completed * (INTERACTIVE_PUSD // 2) <= 10 * 10**6


def test_a_405_names_every_method_of_its_path(gateway: Gateway) -> None:
    """Paths served by several routes: Starlette's Allow named the first route's method alone
    (PATCH /v1/files said "use POST", though GET lists the files)."""
    for method, path, allowed in [
        ("PATCH", "/v1/files", "GET, HEAD, POST"),
        ("POST", "/v1/files/file-x", "DELETE, GET, HEAD"),
        ("PATCH", "/v1/batches", "GET, HEAD, POST"),
    ]:
        response = gateway.http.request(method, f"{gateway.url}{path}")
        assert response.status_code == 405, (path, response.text)
        assert response.headers["allow"] == allowed, path
        assert response.json()["error"]["message"].endswith(f"use {allowed}."), path


def test_the_master_key_reads_and_cancels_any_keys_batches(
    gateway: Gateway, module_stub: StubThread
) -> None:
    """Before: the master key got 404 for another key's batches and files, so once a key was
    disabled mid-batch no one could read its partial output (probe batch7). Now: the master
    key retrieves, lists and cancels every key's batches and reads their files; other keys
    still get 404, and no key but the owner deletes a file."""
    headers = {"authorization": f"Bearer {MASTER}"}
    created = httpx.post(f"{gateway.base_url}/admin/keys", json={"name": "leaver"}, headers=headers)
    assert created.status_code == 201, created.text
    leaver = gateway.client(api_key=created.json()["key"], max_retries=0)
    master = gateway.client(api_key=MASTER, max_retries=0)
    module_stub.stub.delay_s = 0.2
    try:
        batch = submit(leaver, [chat_line(n) for n in range(20)])
        wait_for(leaver, batch.id, until=lambda b: b.request_counts.completed >= 2)
        disabled = httpx.post(
            f"{gateway.base_url}/admin/keys/{created.json()['id']}/disable", headers=headers
        )
        assert disabled.status_code == 200, disabled.text
        done = wait_for(master, batch.id)
        alices = submit(
            gateway.client(api_key=ALICE, max_retries=0), [chat_line(n) for n in range(5)]
        )
        assert master.batches.cancel(alices.id).status in ("cancelling", "cancelled")
    finally:
        module_stub.stub.delay_s = 0
    assert done.status == "completed" and done.request_counts is not None
    assert 2 <= done.request_counts.completed < 20
    output = results(master, done.output_file_id)
    assert len(output) == done.request_counts.completed
    refused = results(master, done.error_file_id)
    assert {line["response"]["status_code"] for line in refused} == {401}
    assert done.id in {b.id for b in master.batches.list(limit=100)}
    assert {done.output_file_id, done.input_file_id} <= {f.id for f in master.files.list()}
    assert master.files.retrieve(done.input_file_id).purpose == "batch"
    with pytest.raises(openai.NotFoundError):
        master.files.delete(alices.input_file_id)
