"""A request's ledger row says what it came to, as its client and its audit entry do: an answer
the output guard blocked is ``content_policy_violation``, one held for review is
``review_pending``, though the model call under them ended well (and is charged: the model
ran). Each key reads its own rows and Overview as a user does, and its reservation is freed."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream
from tests.hardening.helpers import ADMIN, HELLO, MASTER, create_key, spend
from tests.parallel import free_port

LEAK = {"type": "keywords", "name": "leak", "deny": ["internal-only"]}
BLOCK = {"id": "block", "models": ["blocked", "routed"], "output": [LEAK]}
REVIEW = {"id": "review", "models": ["held"], "review_all": True}
# A policy that may hold answers reads a stream whole before it checks it: its block comes
# after the model call has ended well (a windowed one cuts the call, as Outcome.cut_by says).
NEVER = {"type": "keywords", "name": "never", "deny": ["never-said"], "action": "review"}
READ_WHOLE = {"id": "whole", "models": ["read-whole"], "output": [LEAK, NEVER]}


@pytest.fixture
def model() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(text="the code is internal-only"))
    yield thread
    thread.close()


def start(start_app: AppFactory, model: StubThread, mode: str) -> InProcessGateway:
    """Priced models (as gpt-4o) under the policies above, named as they are, and the
    route ``routed``, whose first target is down, falling back to ``blocked``."""
    dead = f"http://127.0.0.1:{free_port()}/v1"
    config: dict[str, Any] = {
        "models": [
            upstream(model.base_url, name, upstream_model="gpt-4o", max_retries=0)
            for name in ("blocked", "held", "read-whole")
        ]
        + [upstream(dead, "down", upstream_model="gpt-4o", max_retries=0)],
        "cache": {"enabled": False},
        "routes": [{"id": "routed", "default": {"to": "down", "fallbacks": ["blocked"]}}],
        "guard": {"review": {"mode": mode}, "policies": [BLOCK, REVIEW, READ_WHOLE]},
    }
    return start_app(config, env={"MINIGATE_MASTER_KEY": MASTER})


@pytest.fixture
def gateway(start_app: AppFactory, model: StubThread) -> InProcessGateway:
    return start(start_app, model, "placeholder")


def ask(gateway: InProcessGateway, secret: str, model: str, stream: bool = False) -> Any:
    body = {"model": model, "messages": HELLO, "max_tokens": 50, "stream": stream}
    key = {"authorization": f"Bearer {secret}"}
    return gateway.http.post("/v1/chat/completions", json=body, headers=key)


def statuses(gateway: InProcessGateway, secret: str) -> list[tuple[str, str, Decimal]]:
    """(id, status, cost) of the key's rows, oldest first, as the dashboard lists them."""
    key = {"authorization": f"Bearer {secret}"}
    found = gateway.http.get("/v1/usage/requests", headers=key).json()["data"]
    rows = sorted(found, key=lambda r: (r["created_at"], r["id"]))
    return [(r["id"], r["status"], Decimal(r["cost_usd"])) for r in rows]


def overview(gateway: InProcessGateway, secret: str) -> dict[str, Any]:
    key = {"authorization": f"Bearer {secret}"}
    summary: dict[str, Any] = gateway.http.get("/v1/usage/summary", headers=key).json()
    return summary


def reserved(gateway: InProcessGateway, key_id: str) -> Decimal:
    return spend(Path(gateway.settings.store.url.removeprefix("sqlite:///")), key_id)[1]


@pytest.mark.parametrize(
    ("name", "stream"), [("blocked", False), ("read-whole", True)], ids=["whole", "streamed"]
)
def test_an_answer_the_output_guard_blocks_is_recorded_as_blocked(
    gateway: InProcessGateway, name: str, stream: bool
) -> None:
    """Before: the client got content_policy_violation (400, or the stream's error event) but
    the row said ``ok``, and the Overview counted no block."""
    secret, key_id = create_key(gateway, budget_usd="1")
    answer = ask(gateway, secret, name, stream)
    if stream:
        assert "content_policy_violation" in answer.text
    else:
        assert answer.status_code == 400, answer.text
        assert answer.json()["error"]["code"] == "content_policy_violation"
    ((_, status, cost),) = statuses(gateway, secret)
    assert status == "content_policy_violation" and cost > 0  # the model ran: it is paid for
    summary = overview(gateway, secret)
    assert (summary["guard_blocked"], summary["errors"]) == (1, 0), summary
    assert reserved(gateway, key_id) == 0


def test_a_routed_answer_blocked_marks_only_the_call_that_answered(
    gateway: InProcessGateway,
) -> None:
    """The route's first target is down (its row keeps its own error); the fallback answered,
    and its row takes the request's final status."""
    secret, key_id = create_key(gateway, budget_usd="1")
    answer = ask(gateway, secret, "routed")
    assert answer.json()["error"]["code"] == "content_policy_violation"
    (first, served) = statuses(gateway, secret)
    assert first[1] not in ("ok", "content_policy_violation") and first[2] == 0
    assert served[0] == f"{first[0]}.2" and served[1] == "content_policy_violation"
    assert overview(gateway, secret)["guard_blocked"] == 1
    assert reserved(gateway, key_id) == 0


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_an_answer_held_for_review_is_counted_as_held(
    gateway: InProcessGateway, stream: bool
) -> None:
    """Before: the client got the placeholder, the row said ``ok`` and the Overview's
    held_for_review stayed 0. Approved, the answer is released from the review queue; the
    row, append-only, keeps what the request came to when it was answered."""
    secret, key_id = create_key(gateway, budget_usd="1")
    answer = ask(gateway, secret, "held", stream)
    assert answer.status_code == 200 and "reviewed by a person" in answer.text
    review_id = answer.headers["x-minigate-review-id"]
    ((_, status, cost),) = statuses(gateway, secret)
    assert status == "review_pending" and cost > 0
    # the audit entry says the same (before: ``ok``, the review id in its detail only)
    entry = gateway.http.get(f"/v1/audit/{answer.headers['x-minigate-audit-id']}", headers=ADMIN)
    assert (entry.json()["status"], entry.json()["detail"]) == (
        "review_pending",
        {"review_id": review_id},
    )
    assert overview(gateway, secret)["held_for_review"] == 1
    assert reserved(gateway, key_id) == 0
    approve = f"/v1/admin/reviews/{review_id}/approve"
    assert gateway.http.post(approve, json={"reviewer": "a"}, headers=ADMIN).status_code == 200
    assert [s for _, s, _ in statuses(gateway, secret)] == ["review_pending"]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_an_answer_held_with_http_202_is_counted_as_held(
    start_app: AppFactory, model: StubThread, stream: bool
) -> None:
    """Before: the client got 202 review_pending, the row said ``ok``."""
    gateway = start(start_app, model, "http_202")
    secret, key_id = create_key(gateway, budget_usd="1")
    assert ask(gateway, secret, "held", stream).status_code == 202
    assert [s for _, s, _ in statuses(gateway, secret)] == ["review_pending"]
    assert overview(gateway, secret)["held_for_review"] == 1
    assert reserved(gateway, key_id) == 0
