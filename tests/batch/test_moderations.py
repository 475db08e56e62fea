"""A batch on ``/v1/moderations``, which OpenAI's Batch API takes (the SDK's ``batches.create``
lists it): each line is answered as ``POST /v1/moderations`` answers its body, by the guard's
moderation scanners, with no ledger row and no audit entry, as for an interactive call."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from minigate.testing.stub_upstream import StubThread
from tests.batch.conftest import jsonl, results, upload, wait_for
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

BENIGN = "I like tea with my grandmother."
THREAT = "I am going to kill you and your whole family tonight."
# Each line's body by custom_id: two good requests, and three that POST /v1/moderations refuses.
BODIES: dict[str, dict[str, Any]] = {
    "benign": {"input": BENIGN},
    "threat": {"model": "omni-moderation-latest", "input": [THREAT, BENIGN]},
    "no-input": {"model": "omni-moderation-latest"},
    "empty-list": {"input": []},
    "wrong-type": {"input": 5},
}
REFUSED = ("no-input", "empty-list", "wrong-type")


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread, tmp_path: Path) -> InProcessGateway:
    """The default moderation (the harm scanner, keyword hints alone without an embedding
    model), the ledger and the audit trail on the store, and a batch worker in the app."""
    return start_app(
        {
            "models": [upstream(stub.base_url, "mini")],
            "cache": {"enabled": False},
            "batch": {"poll_s": 0.1, "idle_poll_s": 0.1, "files_dir": str(tmp_path / "files")},
        }
    )


def line(custom_id: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"custom_id": custom_id, "method": "POST", "url": "/v1/moderations", "body": body}


def without_id(body: dict[str, Any]) -> dict[str, Any]:
    """A moderation's ``id`` is new with each answer (``modr-…``), interactive or not."""
    return {k: v for k, v in body.items() if k != "id"}


def stored(db: Path, query: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(query).fetchall()


def test_each_line_is_answered_as_post_v1_moderations(
    gateway: InProcessGateway, tmp_path: Path
) -> None:
    """Before: the batch was refused, a 400 invalid_value for its endpoint."""
    interactive = {name: gateway.http.post("/v1/moderations", json=b) for name, b in BODIES.items()}
    assert [r.status_code for r in interactive.values()] == [200, 200, 400, 400, 400]
    flagged = [interactive[name].json()["results"][0]["flagged"] for name in ("benign", "threat")]
    assert flagged == [False, True]
    assert {interactive[name].json()["error"]["param"] for name in REFUSED} == {"input"}
    client = gateway.client(max_retries=0)
    # One model call, which the ledger and the audit trail record, beside the moderations.
    chat = client.chat.completions.create(
        model="mini", messages=[{"role": "user", "content": "Hi"}]
    )
    lines = [line(name, body) for name, body in BODIES.items()]
    batch = client.batches.create(
        input_file_id=upload(client, jsonl(lines)),
        endpoint="/v1/moderations",
        completion_window="24h",
    )
    done = wait_for(client, batch.id)

    assert done.status == "completed", done
    assert (done.request_counts.total, done.request_counts.completed) == (5, 2)  # type: ignore[union-attr]
    output, errors = results(client, done.output_file_id), results(client, done.error_file_id)
    assert [x["custom_id"] for x in output] == ["benign", "threat"]
    assert [x["custom_id"] for x in errors] == list(REFUSED)
    for answered in output + errors:
        asked = interactive[answered["custom_id"]]
        response = answered["response"]
        assert response["status_code"] == asked.status_code
        assert without_id(response["body"]) == without_id(asked.json())
    assert all(x["response"]["body"]["id"].startswith("modr-") for x in output)
    assert done.usage is not None and done.usage.total_tokens == 0

    # As interactive moderations: no ledger row, no audit entry; the model call has each.
    gateway.stop()  # the ledger and the audit trail write behind: flushed at shutdown
    db = tmp_path / "minigate.db"
    assert stored(db, "SELECT id FROM requests") == [(chat.id,)]
    assert stored(db, "SELECT request_id FROM audit_entries WHERE event = 'request'") == [
        (chat.id,)
    ]


def test_a_moderations_batch_with_another_endpoints_line_fails_validation(
    gateway: InProcessGateway,
) -> None:
    """The line checks apply as for other endpoints: a line for another URL fails the batch."""
    client = gateway.client(max_retries=0)
    chat = {**line("chat", {"model": "mini"}), "url": "/v1/chat/completions"}
    batch = client.batches.create(
        input_file_id=upload(client, jsonl([line("ok", BODIES["benign"]), chat])),
        endpoint="/v1/moderations",
        completion_window="24h",
    )
    done = wait_for(client, batch.id)
    assert done.status == "failed"
    assert [(e.code, e.line) for e in done.errors.data] == [("url_mismatch", 2)]  # type: ignore[union-attr]
