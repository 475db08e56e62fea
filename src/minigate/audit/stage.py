"""The audit stage: one chain entry per request, with what was asked, answered and decided.

It sits just inside the Recorder, outside the ledger, so it sees the final status and cost.
Entries are queued, never awaited: the answer is not delayed by the audit trail.
"""

from __future__ import annotations

from typing import Any

from minigate.audit.chain import canonical_json, sha256_hex
from minigate.audit.log import AuditTrail
from minigate.backends.protocol import Backend
from minigate.context import RequestContext
from minigate.schemas.chat import ChatCompletion, ChatCompletionRequest
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.stage import Answer, Ended, Observer, Request


def audit_stage(inner: Backend, audit: AuditTrail | None) -> Backend:
    return inner if audit is None else AuditStage(inner, audit)


class AuditStage(Observer[str]):
    collects_texts = True
    failures = (BaseException,)

    def __init__(self, inner: Backend, audit: AuditTrail) -> None:
        super().__init__(inner)
        self.audit = audit

    async def before(self, req: Request, ctx: RequestContext, *, stream: bool) -> str:
        ctx.outcome.audit_id = ctx.request_id
        return canonical_json(_prompt(req)).decode("utf-8")

    async def after(self, asked: str, ctx: RequestContext, ended: Ended) -> None:
        outcome = ctx.outcome
        prompt_text = _as_sent(asked, ctx.redactions)
        if outcome.held_answer is not None:  # the model's draft, not the placeholder it got
            answer_text = _joined(_answer(outcome.held_answer))
        else:
            answer_text = _joined(ended.texts if ended.stream else _answer(ended.answer))
        if answer_text is not None:
            answer_text = _as_sent(answer_text, ctx.redactions)
        cost = outcome.cost_usd
        self.audit.record(
            {
                "event": "request",
                "request_id": ctx.request_id,
                "key_id": ctx.key_id,
                "endpoint": ctx.endpoint,
                "route": _route(ctx),
                "served_model": outcome.served_model,
                "prompt_hash": sha256_hex(prompt_text),
                "answer_hash": None if answer_text is None else sha256_hex(answer_text),
                "guard": [g.as_json() for g in outcome.guard] or None,
                "cache": outcome.cache,
                "cost_usd": None if cost is None else str(cost),
                "status": outcome.final_status(ended.status),
                # a held answer's review, whose decision is an entry of its own
                "detail": None if outcome.review_id is None else {"review_id": outcome.review_id},
                "prompt_text": prompt_text,
                "answer_text": answer_text,
            }
        )


def _as_sent(text: str, redactions: dict[str, str]) -> str:
    """``text`` with what the guard redacted put back to its placeholders: the prompt as the
    model was sent it and the answer as the model gave it, as the upstream and the review
    queue saw them. The caller's values (an e-mail address, an SSN) stay out of the trail,
    which outlives the request and is read on the dashboard."""
    # the longest first: a value that holds another is replaced whole
    for token, value in sorted(redactions.items(), key=lambda item: -len(item[1])):
        if value and token != value:  # placeholder_for.reserve_literals maps some to themselves
            text = text.replace(value, token).replace(_json_safe(value), token)
    return text


def _json_safe(value: str) -> str:
    """``value`` as it reads inside canonical JSON (the prompt, and several choices' answers,
    are kept as JSON)."""
    return canonical_json(value).decode("utf-8")[1:-1]


def _route(ctx: RequestContext) -> dict[str, object] | None:
    """The route's decision; for a name a stage answered with a model of its choosing
    (``rag:NAME``), that name and the model, as a route's decision records them."""
    outcome = ctx.outcome
    if outcome.route is not None:
        return outcome.route.as_json()
    asked, served = ctx.asked_model, outcome.served_model
    if asked is None or served is None or asked == served:
        return None
    return {"route": asked, "model": served, "reasons": []}


def _prompt(req: Request) -> Any:
    if isinstance(req, ChatCompletionRequest):
        return req.messages_json()
    if isinstance(req, CompletionRequest):
        return req.prompt
    return req.input


def _answer(answer: Answer | None) -> list[str] | None:
    """Each choice's text in choice order; vectors are no answer anyone reads."""
    if isinstance(answer, ChatCompletion):
        return [
            c.message.content
            if c.message.content is not None
            else canonical_json(c.message.tool_calls or []).decode("utf-8")
            for c in sorted(answer.choices, key=lambda c: c.index)
        ]
    if isinstance(answer, Completion):
        return [c.text for c in sorted(answer.choices, key=lambda c: c.index)]
    return None


def _joined(answer: list[str] | None) -> str | None:
    """The answer text: one choice's text as is, several as a JSON list (in choice order).
    A text with NUL is kept as a JSON list of it too (NUL escaped): PostgreSQL's text columns
    refuse NUL, and a model may repeat one it was sent; the same on every store, so that the
    answer hashes the same."""
    if not answer:
        return None
    if len(answer) == 1 and "\x00" not in answer[0]:
        return answer[0]
    return canonical_json(answer).decode("utf-8")
