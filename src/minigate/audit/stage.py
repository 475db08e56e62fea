"""The audit stage: one chain entry per request, with what was asked, answered and decided.

It sits just inside the Recorder, outside the ledger, so it sees the final status and cost.
Entries are queued, never awaited: the answer is not delayed by the audit trail.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from minigate.audit.chain import canonical_json, sha256_hex
from minigate.audit.log import AuditTrail
from minigate.backends.protocol import Backend
from minigate.context import RequestContext
from minigate.errors import failure_status
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest, EmbeddingResponse
from minigate.stage import Stage

R = TypeVar("R")
C = TypeVar("C", ChatCompletionChunk, Completion)


def audit_stage(inner: Backend, audit: AuditTrail | None) -> Backend:
    return inner if audit is None else AuditStage(inner, audit)


class AuditStage(Stage):
    def __init__(self, inner: Backend, audit: AuditTrail) -> None:
        super().__init__(inner)
        self.audit = audit

    def _record(
        self, ctx: RequestContext, prompt: Any, answer: list[str] | None, status: str
    ) -> None:
        prompt_text = canonical_json(prompt).decode("utf-8")
        answer_text = _joined(answer)
        outcome = ctx.outcome
        cost = outcome.cost_usd
        self.audit.record(
            {
                "event": "request",
                "request_id": ctx.request_id,
                "key_id": ctx.key_id,
                "endpoint": ctx.endpoint,
                "route": None if outcome.route is None else outcome.route.as_json(),
                "served_model": outcome.served_model,
                "prompt_hash": sha256_hex(prompt_text),
                "answer_hash": None if answer_text is None else sha256_hex(answer_text),
                "guard": [g.as_json() for g in outcome.guard] or None,
                "cache": outcome.cache,
                "cost_usd": None if cost is None else str(cost),
                "status": status,
                "prompt_text": prompt_text,
                "answer_text": answer_text,
            }
        )

    async def _audited(
        self,
        ctx: RequestContext,
        prompt: Any,
        call: Callable[[], Awaitable[R]],
        answer_of: Callable[[R], list[str] | None],
    ) -> R:
        ctx.outcome.audit_id = ctx.request_id
        try:
            result = await call()
        except BaseException as exc:
            self._record(ctx, prompt, None, failure_status(exc))
            raise
        self._record(ctx, prompt, answer_of(result), "ok")
        return result

    async def _audited_stream(
        self,
        ctx: RequestContext,
        prompt: Any,
        open_stream: Callable[[], AsyncIterator[C]],
        pieces_of: Callable[[C], list[tuple[int, str]]],
    ) -> AsyncIterator[C]:
        ctx.outcome.audit_id = ctx.request_id
        texts: dict[int, list[str]] = {}
        status = "client_disconnected"
        try:
            async for item in open_stream():
                for index, piece in pieces_of(item):
                    texts.setdefault(index, []).append(piece)
                yield item
            status = "ok"
        except Exception as exc:
            status = failure_status(exc)
            raise
        finally:
            answer = ["".join(texts[i]) for i in sorted(texts)]
            self._record(ctx, prompt, answer, status)

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        return await self._audited(
            ctx, req.messages_json(), lambda: self.inner.chat(req, ctx), _chat_answer
        )

    def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        return self._audited_stream(
            ctx, req.messages_json(), lambda: self.inner.chat_stream(req, ctx), _chunk_pieces
        )

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        return await self._audited(
            ctx, req.prompt, lambda: self.inner.complete(req, ctx), _completion_answer
        )

    def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        return self._audited_stream(
            ctx,
            req.prompt,
            lambda: self.inner.complete_stream(req, ctx),
            lambda c: [(choice.index, choice.text) for choice in c.choices],
        )

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        # Vectors are not an answer anyone reads: only the input is pinned.
        return await self._audited(ctx, req.input, lambda: self.inner.embed(req, ctx), _no_answer)


def _joined(answer: list[str] | None) -> str | None:
    """The answer text: one choice's text as is, several as a JSON list (in choice order)."""
    if not answer:
        return None
    return answer[0] if len(answer) == 1 else canonical_json(answer).decode("utf-8")


def _chat_answer(result: ChatCompletion) -> list[str]:
    return [
        c.message.content
        if c.message.content is not None
        else canonical_json(c.message.tool_calls or []).decode("utf-8")
        for c in sorted(result.choices, key=lambda c: c.index)
    ]


def _chunk_pieces(chunk: ChatCompletionChunk) -> list[tuple[int, str]]:
    return [(c.index, c.delta.content) for c in chunk.choices if c.delta.content]


def _completion_answer(result: Completion) -> list[str]:
    return [c.text for c in sorted(result.choices, key=lambda c: c.index)]


def _no_answer(_: EmbeddingResponse) -> None:
    return None
