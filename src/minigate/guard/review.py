"""Holding an answer for human review: store it, then tell the client it is pending.

The queue holds the prompt the model was sent and the answer it gave, placeholders and all:
what the guard redacted stays out of the store, and a reviewer judges the answer as the model
wrote it (an edit may name the caller's values by their placeholders). The originals are kept
sealed for the caller's key (review.sealed) and go back into the answer when it is released.
"""

from __future__ import annotations

from typing import Any

from minigate.context import RequestContext
from minigate.errors import BackendFailed, ReviewPending
from minigate.guard.screening import Screening
from minigate.guard.settings import ReviewSettings
from minigate.review import HeldAnswer, ReviewQueue
from minigate.review.sealed import seal
from minigate.schemas.chat import ChatChoice, ChatCompletion, ChatCompletionRequest
from minigate.schemas.common import Usage
from minigate.schemas.completions import Completion, CompletionRequest


class Holder:
    def __init__(self, queue: ReviewQueue | None, settings: ReviewSettings) -> None:
        self.queue = queue
        self.settings = settings

    async def _hold(
        self,
        prompt: Any,
        texts: list[str],
        result: ChatCompletion | Completion,
        screening: Screening,
        ctx: RequestContext,
        choices: list[dict[str, Any]] | None = None,
        draft: ChatCompletion | Completion | None = None,
    ) -> str:
        """Store the answer, then return the placeholder text or raise ReviewPending.

        The answer keeps the model ``result`` names and its usage (a stream's, where its chunks
        carried none, as the gateway counted it), for the released completion to carry.
        ``draft``, the answer as held, is what the request's audit entry records."""
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
            sealed_values=seal(screening.scan.vault, ctx.api_key, ctx.request_id),
            answer_model=result.model[:200],  # the column's width (an upstream's own name)
            usage=_usage(result.usage or ctx.outcome.usage),
            choices=choices,
        )
        review_id = await self.queue.hold(held)
        ctx.outcome.review_id = review_id
        ctx.outcome.held_answer = draft
        if self.settings.mode == "http_202":
            raise ReviewPending(review_id)
        return self.settings.placeholder.format(review_id=review_id)

    async def hold_chat(
        self,
        sent: ChatCompletionRequest,
        result: ChatCompletion,
        texts: list[str],
        screening: Screening,
        ctx: RequestContext,
    ) -> ChatCompletion:
        """Hold ``texts``, the answer before its placeholders were restored, to the request
        ``sent`` to the model; ``result`` becomes the placeholder."""
        choices = [_choice_parts(choice) for choice in result.choices]
        draft = result.model_copy(deep=True)
        for choice, text in zip(draft.choices, texts, strict=True):
            if choice.message.content is not None:
                choice.message.content = text
        placeholder = await self._hold(
            sent.messages_json(), texts, result, screening, ctx, choices, draft
        )
        for choice in result.choices:
            choice.message.content = placeholder
            choice.message.tool_calls = None
            (choice.message.model_extra or {}).pop("function_call", None)
            choice.finish_reason = "stop"
            choice.logprobs = None
        return result

    async def hold_completion(
        self,
        sent: CompletionRequest,
        result: Completion,
        texts: list[str],
        screening: Screening,
        ctx: RequestContext,
    ) -> Completion:
        """As ``hold_chat``, for a text completion."""
        draft = _completion_draft(result, texts)
        placeholder = await self._hold(sent.prompts(), texts, result, screening, ctx, draft=draft)
        for choice in result.choices:
            choice.text = placeholder
            choice.finish_reason = "stop"
        return result


def _completion_draft(result: Completion, texts: list[str]) -> Completion:
    """``result`` with a choice for each of ``texts``: a stream's ``result`` is its last
    chunk, which may carry one choice of several."""
    shapes = result.choices[:1]
    choices = [
        c.model_copy(update={"index": i, "text": t}) for c in shapes for i, t in enumerate(texts)
    ]
    return result.model_copy(update={"choices": choices})


def _usage(usage: Usage | None) -> dict[str, Any] | None:
    return None if usage is None else usage.model_dump(mode="json", exclude_none=True)


def _choice_parts(choice: ChatChoice) -> dict[str, Any]:
    """What a held chat choice releases besides its text: its finish_reason and its calls
    (checked and masked, placeholders not yet restored)."""
    parts: dict[str, Any] = {"finish_reason": choice.finish_reason}
    if choice.message.tool_calls:
        parts["tool_calls"] = choice.message.tool_calls
    called = (choice.message.model_extra or {}).get("function_call")
    if called is not None:
        parts["function_call"] = called
    return parts
