"""Holding an answer for human review: store it, then tell the client it is pending."""

from __future__ import annotations

from typing import Any

from minigate.context import RequestContext
from minigate.errors import BackendFailed, ReviewPending
from minigate.guard.screening import Screening
from minigate.guard.settings import ReviewSettings
from minigate.review import HeldAnswer, ReviewQueue
from minigate.schemas.chat import (
    ChatCompletion,
    ChatCompletionRequest,
)
from minigate.schemas.completions import Completion, CompletionRequest


class Holder:
    def __init__(self, queue: ReviewQueue | None, settings: ReviewSettings) -> None:
        self.queue = queue
        self.settings = settings

    async def _hold(
        self, prompt: Any, texts: list[str], screening: Screening, ctx: RequestContext
    ) -> str:
        """Store the answer, then return the placeholder text or raise ReviewPending."""
        if self.queue is None:
            raise BackendFailed(
                "This answer needs human review, but the review queue has no store; enable "
                "the ledger's store (store.url) to hold answers."
            )
        reasons = [v.as_json() for v in ctx.outcome.guard if v.flagged]
        if not reasons:
            reasons = [{"scanner": "policy", "reason": "every answer on this route is reviewed"}]
        held = HeldAnswer(
            request_id=ctx.request_id,
            key_id=ctx.key_id,
            endpoint=ctx.endpoint,
            route=ctx.asked_model or screening.scan.route,
            served_model=ctx.outcome.served_model,
            reasons=reasons,
            prompt=prompt,
            answer=texts,
            sources=ctx.outcome.rag_context,
        )
        review_id = await self.queue.hold(held)
        ctx.outcome.review_id = review_id
        if self.settings.mode == "http_202":
            raise ReviewPending(review_id)
        return self.settings.placeholder.format(review_id=review_id)

    async def hold_chat(
        self,
        req: ChatCompletionRequest,
        result: ChatCompletion,
        screening: Screening,
        ctx: RequestContext,
    ) -> ChatCompletion:
        texts = [choice.message.content or "" for choice in result.choices]
        placeholder = await self._hold(req.messages_json(), texts, screening, ctx)
        for choice in result.choices:
            choice.message.content = placeholder
            choice.message.tool_calls = None
            choice.finish_reason = "stop"
            choice.logprobs = None
        return result

    async def hold_completion(
        self,
        req: CompletionRequest,
        result: Completion,
        screening: Screening,
        ctx: RequestContext,
        texts: list[str] | None = None,
    ) -> Completion:
        answer = texts if texts is not None else [choice.text for choice in result.choices]
        placeholder = await self._hold(req.prompts(), answer, screening, ctx)
        for choice in result.choices:
            choice.text = placeholder
            choice.finish_reason = "stop"
        return result
