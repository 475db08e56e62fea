"""Moderations, the client's poll for a held answer, and the reviewers' admin API."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.responses import Response

from minigate.errors import NotFound
from minigate.guard.placeholders import restore
from minigate.guard.screening import restore_calls
from minigate.ledger.keys import CONTROL
from minigate.rag.answer import citation
from minigate.review import Review, ReviewQueue
from minigate.review.queue import unknown
from minigate.review.sealed import unseal
from minigate.runtime import Runtime
from minigate.schemas.moderations import ModerationRequest
from minigate.server.auth import MASTER
from minigate.server.responses import json_response
from minigate.server.routes.openai import parse_body

router = APIRouter(prefix="/v1")


@router.post("/moderations")
async def moderations(request: Request) -> Response:
    await request.app.state.auth(request)
    body = await parse_body(request, ModerationRequest)
    runtime: Runtime = request.app.state.runtime
    return json_response(await runtime.moderations(body))


def _queue(request: Request) -> ReviewQueue:
    queue: ReviewQueue | None = request.app.state.runtime.reviews
    if queue is None:
        raise NotFound("This gateway holds no answers for review (no guard policy reviews).")
    return queue


@router.get("/reviews/{review_id}")
async def poll_review(request: Request, review_id: str) -> Response:
    """A held answer's state; once approved, the answer in the shape the client asked for."""
    caller = await request.app.state.auth(request)
    review = await _queue(request).get(review_id)
    if caller.key_id not in (review.held.key_id, MASTER) and not request.app.state.auth.open:
        raise unknown(review_id)
    body: dict[str, Any] = {
        "id": review.id,
        "object": "review",
        "status": review.status,
        "created_at": review.created_at,
        "decided_at": review.decided_at,
        "request_id": review.held.request_id,
    }
    if review.status == "approved":
        stem = request.app.state.settings.rag.stemmer
        body["completion"] = _released(review, stem, caller.key)
    if review.status == "rejected":
        body["message"] = "A reviewer rejected this answer."
    return json_response(body)


def _released(review: Review, stem: str | None, api_key: str | None) -> dict[str, Any]:
    """The approved answer as the client would have had it unheld: its own values where the
    guard put placeholders (for the key that asked: ``api_key`` unseals them), a rag:NAME
    answer with its sources, cited as the rag stage cites one (``stem``: rag.stemmer), and the
    model its answer named and its usage. A reviewer's edit keeps that usage: it is what the
    request cost. An answer held before migration 0022 kept neither: it names the gateway's
    model and has no usage."""
    held = review.held
    values = unseal(held.sealed_values, api_key, held.request_id)
    sources = held.sources
    texts = [restore(t, values) for t in review.final or []]
    if sources:
        texts = [t + citation(t, sources, stem) for t in texts]
    common: dict[str, Any] = {
        "id": held.request_id,
        # when the answer was held, not approved: a poll's answer does not change with it
        "created": int(datetime.fromisoformat(review.created_at).timestamp()),
        "model": held.answer_model or held.served_model or held.route,
    }
    if held.usage is not None:
        common["usage"] = held.usage
    if sources is not None:
        common["sources"] = sources
    if held.endpoint == "completions":
        choices = [{"index": i, "text": t, "finish_reason": "stop"} for i, t in enumerate(texts)]
        return {**common, "object": "text_completion", "choices": choices}
    parts = held.choices or [{} for _ in texts]
    choices = [
        _chat_choice(i, t, p, values) for i, (t, p) in enumerate(zip(texts, parts, strict=True))
    ]
    return {**common, "object": "chat.completion", "choices": choices}


def _chat_choice(
    index: int, text: str, parts: dict[str, Any], values: dict[str, str]
) -> dict[str, Any]:
    """A released chat choice: its text, and the calls the model made with the caller's values
    put back, with the choice's finish_reason (none kept before migration 0024: "stop")."""
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if calls := restore_calls(parts.get("tool_calls"), values):
        message["tool_calls"] = calls
    called = parts.get("function_call")
    if isinstance(called, dict) and isinstance(called.get("arguments"), str):
        message["function_call"] = {**called, "arguments": restore(called["arguments"], values)}
    if ("tool_calls" in message or "function_call" in message) and not text:
        message["content"] = None  # the model called and said nothing, as OpenAI sends it
    finish = parts.get("finish_reason") or "stop"
    return {"index": index, "message": message, "finish_reason": finish}


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reviewer: str = Field(min_length=1, max_length=200)
    answer: list[str] | str | None = Field(
        default=None, description="An edited answer to release instead of the held one."
    )
    note: str = ""

    # Kept in text columns, which PostgreSQL refuses NUL in; the name is printed in tables.
    @field_validator("reviewer")
    @classmethod
    def _printable(cls, reviewer: str) -> str:
        if CONTROL.search(reviewer):
            raise ValueError("a reviewer's name cannot hold control characters (NUL, newline)")
        return reviewer

    @field_validator("note")
    @classmethod
    def _no_nul(cls, note: str) -> str:
        if "\x00" in note:
            raise ValueError("a note cannot hold NUL characters")
        return note


async def _admin_queue(request: Request) -> ReviewQueue:
    await request.app.state.auth.admin(request)
    return _queue(request)


@router.get("/admin/reviews")
async def list_reviews(
    request: Request, status: Literal["pending", "approved", "rejected", "all"] = "pending"
) -> Response:
    queue = await _admin_queue(request)
    found = await queue.find(None if status == "all" else status)
    return json_response({"object": "list", "data": [r.public() for r in found]})


@router.get("/admin/reviews/{review_id}")
async def show_review(request: Request, review_id: str) -> Response:
    queue = await _admin_queue(request)
    return json_response((await queue.get(review_id)).public())


@router.post("/admin/reviews/{review_id}/approve")
async def approve(request: Request, review_id: str) -> Response:
    queue = await _admin_queue(request)
    decision = await parse_body(request, Decision)
    answer = [decision.answer] if isinstance(decision.answer, str) else decision.answer
    review = await queue.approve(review_id, decision.reviewer, answer, decision.note)
    return json_response(review.public())


@router.post("/admin/reviews/{review_id}/reject")
async def reject(request: Request, review_id: str) -> Response:
    queue = await _admin_queue(request)
    decision = await parse_body(request, Decision)
    review = await queue.reject(review_id, decision.reviewer, decision.note)
    return json_response(review.public())
