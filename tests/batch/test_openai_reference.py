"""The Files and Batch API checked against OpenAI's API reference, field by field, through the
``openai`` SDK, on an in-process gateway whose worker runs inside it and a loopback upstream."""

from __future__ import annotations

import io
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import orjson
import pytest
from openai.types import FileObject

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.batch.conftest import chat_line, jsonl, upload, wait_for
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InProcessGateway]:
    stub = StubThread(StubUpstream())
    workdir = tmp_path_factory.mktemp("reference")
    gateway = InProcessGateway(workdir, config_for(stub, workdir))
    yield gateway
    gateway.stop()
    stub.close()


@pytest.fixture(scope="module")
def client(gateway: InProcessGateway) -> openai.OpenAI:
    return gateway.client(max_retries=0)


@pytest.mark.parametrize(
    ("metadata", "param"),
    [
        ({"k" * 65: "v"}, "metadata." + "k" * 65),
        ({"k": "v" * 513}, "metadata.k"),
        ({f"k{n}": "v" for n in range(17)}, "metadata"),
    ],
    ids=["key of 65 characters", "value of 513 characters", "17 pairs"],
)
def test_batch_metadata_past_openais_limits_is_a_400(
    client: openai.OpenAI, metadata: dict[str, str], param: str
) -> None:
    file_id = upload(client, jsonl([chat_line(1)]))
    before = len(list(client.batches.list()))
    with pytest.raises(openai.BadRequestError) as caught:
        client.batches.create(
            input_file_id=file_id,
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata=metadata,
        )
    assert caught.value.body["code"] == "invalid_value"  # type: ignore[index]
    assert caught.value.body["param"] == param  # type: ignore[index]
    assert len(list(client.batches.list())) == before  # nothing was created


def test_batch_metadata_at_openais_limits_is_kept(client: openai.OpenAI) -> None:
    metadata = {f"{n:02d}" + "k" * 62: "v" * 512 for n in range(16)}
    file_id = upload(client, jsonl([chat_line(1)]))
    batch = client.batches.create(
        input_file_id=file_id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata=metadata,
    )
    assert client.batches.retrieve(batch.id).metadata == metadata


def config_for(stub: StubThread, workdir: Path) -> dict[str, Any]:
    return {
        "models": [upstream(stub.base_url, "mini")],
        "cache": {"enabled": False},
        "batch": {"poll_s": 0.1, "idle_poll_s": 0.1, "files_dir": str(workdir / "files")},
    }


def test_files_list_in_either_order_page_by_page(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    client = start_app(config_for(stub, tmp_path)).client(max_retries=0)
    uploaded = [upload(client, jsonl([chat_line(n)]), f"f{n}.jsonl") for n in range(5)]

    # OpenAI's default is newest first, and a limit of 10,000: one page holds them all.
    page = client.files.list()
    assert [f.id for f in page.data] == uploaded[::-1]
    assert page.has_more is False
    oldest_first = client.files.list(order="asc", limit=2)
    assert [f.id for f in oldest_first.data] == uploaded[:2]
    assert oldest_first.has_more is True
    extra = oldest_first.model_extra or {}
    assert (extra["first_id"], extra["last_id"]) == (uploaded[0], uploaded[1])
    # The SDK's auto-pagination follows `after` from page to page, in the order asked for.
    assert [f.id for f in client.files.list(order="asc", limit=2)] == uploaded
    assert [f.id for f in client.files.list(order="desc", limit=2)] == uploaded[::-1]
    assert [f.id for f in client.files.list(order="asc", after=uploaded[2])] == uploaded[3:]


def test_files_list_refuses_an_order_it_does_not_know(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    client = start_app(config_for(stub, tmp_path)).client(max_retries=0)
    with pytest.raises(openai.BadRequestError) as caught:
        client.files.list(order="sideways")  # type: ignore[arg-type]
    assert caught.value.body["param"] == "order"  # type: ignore[index]


def expiring(client: openai.OpenAI, seconds: int, anchor: str = "created_at") -> FileObject:
    return client.files.create(
        file=("x.jsonl", io.BytesIO(jsonl([chat_line(1)]))),
        purpose="batch",
        expires_after={"anchor": anchor, "seconds": seconds},  # type: ignore[typeddict-item]
    )


def test_a_file_expires_after_what_the_upload_asked(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """OpenAI's expires_after: the file object's expires_at says when, and then the file is
    gone. Before: the fields were read and dropped (expires_at null, the file kept)."""
    gateway = start_app(config_for(stub, tmp_path))
    client = gateway.client(max_retries=0)
    kept = upload(client, jsonl([chat_line(1)]))
    uploaded = expiring(client, 3600)
    assert uploaded.expires_at == uploaded.created_at + 3600
    assert client.files.retrieve(uploaded.id).expires_at == uploaded.expires_at
    assert client.files.retrieve(kept).expires_at is None

    # An hour on: the file is gone from the API and from the disk, the other one stays.
    content = tmp_path / "files" / f"{uploaded.id}.jsonl"
    assert content.exists()
    with sqlite3.connect(tmp_path / "minigate.db") as db:
        db.execute("UPDATE files SET expires_at = ? WHERE id = ?", (int(time.time()), uploaded.id))
    assert [f.id for f in client.files.list()] == [kept]
    for gone in (
        lambda: client.files.retrieve(uploaded.id),
        lambda: client.files.content(uploaded.id),
        lambda: client.batches.create(
            input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
        ),
    ):
        with pytest.raises(openai.NotFoundError):
            gone()
    assert not content.exists()


@pytest.mark.parametrize(
    ("seconds", "anchor", "param"),
    [
        (3599, "created_at", "expires_after.seconds"),
        (2_592_001, "created_at", "expires_after.seconds"),
        (3600, "last_active_at", "expires_after.anchor"),
    ],
)
def test_an_expiry_outside_openais_bounds_is_a_400(
    client: openai.OpenAI, gateway: InProcessGateway, seconds: int, anchor: str, param: str
) -> None:
    before = {f.id for f in client.files.list()}
    with pytest.raises(openai.BadRequestError) as caught:
        expiring(client, seconds, anchor)
    assert caught.value.body["code"] == "invalid_value"  # type: ignore[index]
    assert caught.value.body["param"] == param  # type: ignore[index]
    assert {f.id for f in client.files.list()} == before


def test_an_expiry_with_a_part_missing_is_a_400(gateway: InProcessGateway) -> None:
    files = {"file": ("x.jsonl", jsonl([chat_line(1)]))}
    data = {"purpose": "batch", "expires_after[anchor]": "created_at"}
    answer = gateway.http.post("/v1/files", files=files, data=data)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert (error["code"], error["param"]) == (
        "missing_required_parameter",
        "expires_after.seconds",
    )


def test_a_batch_output_expires_as_output_expires_after_says(client: openai.OpenAI) -> None:
    """OpenAI's output_expires_after: the batch's output and error files expire that long
    after they are written. Before: a 400 'Extra inputs are not permitted'."""
    lines = [chat_line(1), chat_line(2, model="unknown")]
    batch = client.batches.create(
        input_file_id=upload(client, jsonl(lines)),
        endpoint="/v1/chat/completions",
        completion_window="24h",
        output_expires_after={"anchor": "created_at", "seconds": 7200},
    )
    done = wait_for(client, batch.id)
    assert done.output_file_id and done.error_file_id
    for file_id in (done.output_file_id, done.error_file_id):
        written = client.files.retrieve(file_id)
        assert written.expires_at == written.created_at + 7200


@pytest.mark.parametrize(
    ("expiry", "param"),
    [
        ({"anchor": "created_at", "seconds": 60}, "output_expires_after.seconds"),
        ({"anchor": "created_at", "seconds": 2_592_001}, "output_expires_after.seconds"),
        ({"anchor": "completed_at", "seconds": 3600}, "output_expires_after.anchor"),
        ({"seconds": 3600}, "output_expires_after.anchor"),
    ],
)
def test_an_output_expiry_outside_openais_bounds_is_a_400(
    client: openai.OpenAI, expiry: dict[str, Any], param: str
) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        client.batches.create(
            input_file_id=upload(client, jsonl([chat_line(1)])),
            endpoint="/v1/chat/completions",
            completion_window="24h",
            output_expires_after=expiry,  # type: ignore[arg-type]
        )
    assert caught.value.body["param"] == param  # type: ignore[index]


@pytest.mark.parametrize("seconds", ["²", "3600.5", "-3600", "", "1e4"])
def test_expiry_seconds_that_are_no_whole_number_are_a_400(
    gateway: InProcessGateway, seconds: str
) -> None:
    files = {"file": ("x.jsonl", jsonl([chat_line(1)]))}
    data = {
        "purpose": "batch",
        "expires_after[anchor]": "created_at",
        "expires_after[seconds]": seconds,
    }
    answer = gateway.http.post("/v1/files", files=files, data=data)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert (error["code"], error["param"]) == ("invalid_value", "expires_after.seconds")


def test_a_finished_batch_has_its_model_and_the_usage_of_its_output(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """OpenAI's batch object carries ``model`` and ``usage`` (input_tokens and its cached
    tokens, output_tokens and its reasoning tokens, total_tokens). Before: neither field."""
    stub.stub.usage_details = {
        "prompt_tokens_details": {"cached_tokens": 4},
        "completion_tokens_details": {"reasoning_tokens": 2},
    }
    client = start_app(config_for(stub, tmp_path)).client(max_retries=0)
    # A line refused (it asks to stream) goes to the error file and counts no usage.
    lines = [chat_line(n) for n in range(3)] + [chat_line(3, stream=True)]
    batch = client.batches.create(
        input_file_id=upload(client, jsonl(lines)),
        endpoint="/v1/chat/completions",
        completion_window="24h",
    )
    done = wait_for(client, batch.id)
    assert done.status == "completed" and done.error_file_id
    answered = [orjson.loads(x)["response"]["body"]["usage"] for x in output_of(client, done)]
    assert len(answered) == 3
    assert done.model == "mini"
    assert done.usage is not None
    assert done.usage.model_dump() == {
        "input_tokens": sum(u["prompt_tokens"] for u in answered),
        "input_tokens_details": {
            "cached_tokens": sum(u["prompt_tokens_details"]["cached_tokens"] for u in answered)
        },
        "output_tokens": sum(u["completion_tokens"] for u in answered),
        "output_tokens_details": {
            "reasoning_tokens": sum(
                u["completion_tokens_details"]["reasoning_tokens"] for u in answered
            )
        },
        "total_tokens": sum(u["total_tokens"] for u in answered),
    }
    assert (done.usage.input_tokens, done.usage.output_tokens) == (27, 18)
    assert client.batches.list().data[0].usage == done.usage

    # Lines naming different models: the batch has no one model.
    mixed = [chat_line(1), chat_line(2, model="unknown")]
    batch = client.batches.create(
        input_file_id=upload(client, jsonl(mixed)),
        endpoint="/v1/chat/completions",
        completion_window="24h",
    )
    assert wait_for(client, batch.id).model is None


def output_of(client: openai.OpenAI, batch: Any) -> list[str]:
    return client.files.content(batch.output_file_id).text.splitlines()


def create(client: openai.OpenAI, **fields: Any) -> Any:
    """A batch created from a one-line file, with ``fields`` over the valid ones."""
    valid = {"endpoint": "/v1/chat/completions", "completion_window": "24h"}
    file_id = upload(client, jsonl([chat_line(1)]))
    return client.batches.create(input_file_id=file_id, **{**valid, **fields})


@pytest.mark.parametrize(
    ("call", "param"),
    [
        (lambda c: c.files.list(limit=0), "limit"),
        (lambda c: c.files.list(order="sideways"), "order"),
        (lambda c: c.batches.list(limit=101), "limit"),
        (lambda c: c.batches.list(limit="many"), "limit"),
        (lambda c: create(c, completion_window="48h"), "completion_window"),
        (lambda c: create(c, metadata={"k": 1}), "metadata.k"),
    ],
    ids=["files limit", "files order", "batches limit", "no number", "body", "body 2"],
)
def test_a_bad_value_is_invalid_value_in_the_query_as_in_the_body(
    client: openai.OpenAI, call: Any, param: str
) -> None:
    """A value out of range or of the wrong kind is one mistake wherever it is sent. Before:
    a query parameter's was code 'invalid_request', a body field's 'invalid_value'."""
    with pytest.raises(openai.BadRequestError) as caught:
        call(client)
    assert caught.value.body["code"] == "invalid_value"  # type: ignore[index]
    assert caught.value.body["param"] == param  # type: ignore[index]
    assert f"'{param}'" in caught.value.body["message"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("expiry", "part"),
    [
        ({"anchor": "created_at", "seconds": 60}, "seconds"),
        ({"anchor": "created_at", "seconds": 2_592_001}, "seconds"),
        ({"anchor": "completed_at", "seconds": 3600}, "anchor"),
    ],
)
def test_an_upload_and_a_batch_refuse_an_expiry_alike(
    client: openai.OpenAI, expiry: dict[str, Any], part: str
) -> None:
    """One check (schemas/files.py's ExpiresAfter) decides both. Before: the upload's form was
    checked by hand with its own messages, and a batch's said pydantic's ('Input should be
    greater than or equal to 3600')."""
    with pytest.raises(openai.BadRequestError) as uploaded:
        expiring(client, expiry["seconds"], expiry["anchor"])
    with pytest.raises(openai.BadRequestError) as created:
        create(client, output_expires_after=expiry)
    said = [e.value.body["message"] for e in (uploaded, created)]  # type: ignore[index]
    # The value as sent (a form sends text: '60') and then why, the same words both ways.
    assert said[0].startswith(f"Invalid value for 'expires_after.{part}': ")
    assert said[1].startswith(f"Invalid value for 'output_expires_after.{part}': ")
    assert said[0].partition("; ")[2] == said[1].partition("; ")[2] != ""


@pytest.mark.parametrize(
    ("value", "param"),
    [
        ('{"anchor": "created_at", "seconds": -1}', "expires_after.seconds"),
        ('{"anchor": "later", "seconds": 3600}', "expires_after.anchor"),
        ('{"anchor": "created_at", "seconds": NaN}', "expires_after"),
        ('{"anchor": "created_at", "seconds": 1e309}', "expires_after.seconds"),
        ("x", "expires_after"),
        ("3600", "expires_after"),
    ],
)
def test_an_expiry_sent_as_one_field_is_checked(
    gateway: InProcessGateway, value: str, param: str
) -> None:
    """Before: expires_after sent as one form field was ignored, whatever it held, and the
    file kept for good (200, expires_at null)."""
    files = {"file": ("x.jsonl", jsonl([chat_line(1)]))}
    answer = gateway.http.post(
        "/v1/files", files=files, data={"purpose": "batch", "expires_after": value}
    )
    assert answer.status_code == 400, answer.text
    error = answer.json()["error"]
    assert error["param"] == param and error["code"] == "invalid_value"


def test_an_empty_expiry_sent_as_one_field_is_a_400(gateway: InProcessGateway) -> None:
    files = {"file": ("x.jsonl", jsonl([chat_line(1)]))}
    data = {"purpose": "batch", "expires_after": "{}"}
    error = gateway.http.post("/v1/files", files=files, data=data).json()["error"]
    assert error["code"] == "missing_required_parameter"
    assert error["param"] in ("expires_after.anchor", "expires_after.seconds")


def test_an_expiry_sent_as_one_json_field_is_taken(gateway: InProcessGateway) -> None:
    files = {"file": ("x.jsonl", jsonl([chat_line(1)]))}
    value = orjson.dumps({"anchor": "created_at", "seconds": 3600}).decode()
    data = {"purpose": "batch", "expires_after": value}
    made = gateway.http.post("/v1/files", files=files, data=data).json()
    assert made["expires_at"] == made["created_at"] + 3600
    both = {**data, "expires_after[anchor]": "created_at", "expires_after[seconds]": "3600"}
    refused = gateway.http.post("/v1/files", files=files, data=both)
    assert refused.status_code == 400 and refused.json()["error"]["param"] == "expires_after"
    assert "expires_after[seconds]" in refused.json()["error"]["message"]


def test_the_codes_of_odd_requests_are_in_the_errors_table(gateway: InProcessGateway) -> None:
    """Before: http_405, invalid_content_type and invalid_multipart were answered but not in
    http-api.md's Errors table, so a client switching on ``code`` could not know them."""
    line = jsonl([chat_line(1)])
    answers = [
        gateway.http.request("TRACE", "/v1/chat/completions"),
        gateway.http.post("/v1/files", json={"purpose": "batch"}),
        gateway.http.post(
            "/v1/files",
            data={"purpose": "batch"},
            files=[("file", ("a.jsonl", line)), ("file", ("b.jsonl", line))],
        ),
    ]
    codes = [answer.json()["error"]["code"] for answer in answers]
    assert codes == ["http_405", "invalid_content_type", "invalid_multipart"]
    doc = (Path(__file__).resolve().parents[2] / "docs" / "http-api.md").read_text()
    table = doc.split("## Errors", 1)[1].split("\n## ", 1)[0]
    rows = [row.split("|")[2] for row in table.splitlines() if row.startswith("| 4")]
    for code in codes:
        assert any(f"`{code}`" in row for row in rows), code
