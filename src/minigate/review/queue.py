"""Held answers in the store (SQLite or PostgreSQL), so that none is lost on a restart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.errors import Conflict, InvalidRequest, NotFound
from minigate.schemas.common import new_id
from minigate.store.schema import reviews

Status = Literal["pending", "approved", "rejected"]


@dataclass(frozen=True, slots=True)
class HeldAnswer:
    """What the guard stage hands over when it holds an answer."""

    request_id: str
    key_id: str | None
    endpoint: str
    route: str
    served_model: str | None
    reasons: list[dict[str, Any]]
    prompt: Any
    answer: list[str]
    # a rag:NAME request's sources, as its answer gives them: the released answer carries them
    sources: list[dict[str, Any]] | None = None
    # the originals of the placeholders in ``prompt`` and ``answer``, sealed for the caller's
    # key (review.sealed): the released answer gets them back, no one else reads them
    sealed_values: str | None = None
    # the model its answer named (an upstream's own name for it) and the usage the request was
    # counted, which the released completion carries; None for an answer held before 0022
    answer_model: str | None = None
    usage: dict[str, Any] | None = None
    # each chat choice's finish_reason and the calls it made (``tool_calls``, a legacy
    # ``function_call``), placeholders and all, released as they are; None before 0024
    choices: list[dict[str, Any]] | None = None

    @property
    def calls_tools(self) -> bool:
        return any(c.get("tool_calls") or c.get("function_call") for c in self.choices or ())


@dataclass(frozen=True, slots=True)
class Review:
    id: str
    created_at: str
    status: Status
    held: HeldAnswer
    final: list[str] | None
    reviewer: str | None
    decided_at: str | None
    note: str | None

    def public(self, with_prompt: bool = True) -> dict[str, Any]:
        """The review as the admin API and the CLI show it."""
        body: dict[str, Any] = {
            "id": self.id,
            "object": "review",
            "status": self.status,
            "created_at": self.created_at,
            "request_id": self.held.request_id,
            "key_id": self.held.key_id,
            "route": self.held.route,
            "served_model": self.held.served_model,
            "reasons": self.held.reasons,
            "answer": self.held.answer,
            "answer_choices": self.held.choices,
            "sources": self.held.sources,
            "final": self.final,
            "reviewer": self.reviewer,
            "decided_at": self.decided_at,
            "note": self.note,
        }
        if with_prompt:
            body["prompt"] = self.held.prompt
        return body


def unknown(review_id: str) -> NotFound:
    """The answer to an id that is not there, or not the caller's: the same, so that another
    key learns nothing of a review, not even that it exists."""
    return NotFound(f"There is no review '{review_id}'.", param="review_id")


def _check_edit(review: Review, answer: list[str]) -> None:
    """Refuse an edit that would lose part of the answer: the tool calls the model made (an
    edit replaces text, and a call released beside a text its reviewer rewrote would be
    acted on unseen), a choice of several, or all of it (an empty text)."""
    held = review.held
    if held.calls_tools:
        raise InvalidRequest(
            f"Review '{review.id}' holds a tool call, which an edit cannot change; approve it "
            "as it is (without an answer), or reject it.",
            param="answer",
        )
    if len(answer) != len(held.answer):
        held_n, given = len(held.answer), len(answer)
        raise InvalidRequest(
            f"Review '{review.id}' holds an answer of {held_n} choice{'s' * (held_n != 1)} and "
            f"the edit gives {given} text{'s' * (given != 1)}; give one text per choice, in "
            "order, or approve it as it is.",
            param="answer",
        )
    if any(not text.strip() for text in answer):
        raise InvalidRequest(
            "An edited answer cannot be empty; write the text to release, approve the answer "
            "as it is (without an answer), or reject it.",
            param="answer",
        )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _review(row: Any) -> Review:
    held = HeldAnswer(
        request_id=row.request_id,
        key_id=row.key_id,
        endpoint=row.endpoint,
        route=row.route,
        served_model=row.served_model,
        reasons=row.reasons,
        prompt=row.prompt,
        answer=row.answer,
        sources=row.sources,
        sealed_values=row.sealed_values,
        answer_model=row.answer_model,
        usage=row.usage,
        choices=row.answer_choices,
    )
    return Review(
        id=row.id,
        created_at=row.created_at,
        status=row.status,
        held=held,
        final=row.final,
        reviewer=row.reviewer,
        decided_at=row.decided_at,
        note=row.note,
    )


class ReviewQueue:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        # Told of every decision once it is committed (the audit trail records it).
        self.on_decision: Callable[[Review], None] | None = None

    async def hold(self, held: HeldAnswer) -> str:
        """Store the answer as pending; returns the review id once it is committed."""
        review_id = new_id("rev")
        async with self.engine.begin() as conn:
            await conn.execute(
                reviews.insert().values(
                    id=review_id,
                    created_at=_now(),
                    status="pending",
                    request_id=held.request_id,
                    key_id=held.key_id,
                    endpoint=held.endpoint,
                    route=held.route,
                    served_model=held.served_model,
                    reasons=held.reasons,
                    prompt=held.prompt,
                    answer=held.answer,
                    sources=held.sources,
                    sealed_values=held.sealed_values,
                    answer_model=held.answer_model,
                    usage=held.usage,
                    answer_choices=held.choices,
                )
            )
        return review_id

    async def get(self, review_id: str) -> Review:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(reviews).where(reviews.c.id == review_id))).first()
        if row is None:
            raise unknown(review_id)
        return _review(row)

    async def find(self, status: Status | None = "pending", limit: int = 100) -> list[Review]:
        query = select(reviews).order_by(reviews.c.created_at).limit(limit)
        if status is not None:
            query = query.where(reviews.c.status == status)
        async with self.engine.connect() as conn:
            return [_review(row) for row in await conn.execute(query)]

    async def approve(
        self, review_id: str, reviewer: str, answer: list[str] | None = None, note: str = ""
    ) -> Review:
        """Release the held answer, or ``answer`` instead of it (an edit: a text per choice)."""
        held = await self.get(review_id)
        if answer is not None and held.status == "pending":  # else _decide says who decided
            _check_edit(held, answer)
        final = answer if answer is not None else held.held.answer
        return await self._decide(review_id, "approved", reviewer, final, note)

    async def reject(self, review_id: str, reviewer: str, note: str = "") -> Review:
        return await self._decide(review_id, "rejected", reviewer, None, note)

    async def _decide(
        self, review_id: str, status: Status, reviewer: str, final: list[str] | None, note: str
    ) -> Review:
        # The status guard makes a decision happen once, also with two reviewers at once.
        async with self.engine.begin() as conn:
            result = await conn.execute(
                update(reviews)
                .where(reviews.c.id == review_id, reviews.c.status == "pending")
                .values(
                    status=status,
                    final=final,
                    reviewer=reviewer,
                    decided_at=_now(),
                    note=note or None,
                )
            )
        if result.rowcount == 0:
            current = await self.get(review_id)  # raises NotFound for an unknown id
            raise Conflict(
                f"Review '{review_id}' was already {current.status} by {current.reviewer}.",
                param="review_id",
            )
        decided = await self.get(review_id)
        if self.on_decision is not None:
            self.on_decision(decided)
        return decided
