"""The ledger's pipeline stage: admit before the backend, settle and record after it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import TypeVar

from minigate.backends.protocol import Backend
from minigate.context import RequestContext
from minigate.errors import GatewayError, failure_status
from minigate.ledger.estimate import (
    chat_prompt_bound,
    completion_prompt_bound,
    embedding_prompt_bound,
)
from minigate.ledger.ledger import Admission, Ledger
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.common import Usage
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest, EmbeddingResponse
from minigate.stage import Stage

R = TypeVar("R")
C = TypeVar("C", ChatCompletionChunk, Completion)


class LedgerStage(Stage):
    def __init__(self, inner: Backend, ledger: Ledger) -> None:
        super().__init__(inner)
        self.ledger = ledger

    async def _admit(
        self,
        ctx: RequestContext,
        model: str,
        prompt_bound: int,
        max_tokens: int | None,
        *,
        stream: bool,
        choices: int = 1,
    ) -> Admission:
        try:
            return await self.ledger.admit(ctx, model, prompt_bound, max_tokens, choices)
        except GatewayError as exc:
            rejected = Admission(model, ctx_time(), prompt_bound)
            await self.ledger.settle(ctx, rejected, None, exc.code, stream=stream)
            raise

    async def _accounted(
        self,
        ctx: RequestContext,
        admission: Admission,
        call: Awaitable[R],
        usage_of: Callable[[R], Usage | None],
    ) -> R:
        try:
            result = await call
        except BaseException as exc:
            # Whatever ended the request (a bug, a cancelled task), its hold is released.
            await self.ledger.settle(ctx, admission, None, failure_status(exc), stream=False)
            raise
        await self.ledger.settle(ctx, admission, usage_of(result), "ok", stream=False)
        return result

    async def _accounted_stream(
        self,
        ctx: RequestContext,
        model: str,
        prompt_bound: int,
        max_tokens: int | None,
        open_stream: Callable[[], AsyncIterator[C]],
        choices: int = 1,
    ) -> AsyncIterator[C]:
        admission = await self._admit(
            ctx, model, prompt_bound, max_tokens, stream=True, choices=choices
        )
        status, chunks = "client_disconnected", 0
        try:
            async for item in open_stream():
                chunks += 1
                yield item
            status = "ok"
        except Exception as exc:
            status = failure_status(exc)
            raise
        finally:
            # A stream cut short has no final usage: count what was produced so far.
            usage = ctx.outcome.usage or Usage(
                prompt_tokens=prompt_bound,
                completion_tokens=chunks,
                total_tokens=prompt_bound + chunks,
            )
            await self.ledger.settle(ctx, admission, usage, status, stream=True)

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        bound = chat_prompt_bound(req)
        admission = await self._admit(
            ctx, req.model, bound, req.output_limit, stream=False, choices=req.n
        )
        return await self._accounted(ctx, admission, self.inner.chat(req, ctx), _usage)

    def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        return self._accounted_stream(
            ctx,
            req.model,
            chat_prompt_bound(req),
            req.output_limit,
            lambda: self.inner.chat_stream(req, ctx),
            req.n,
        )

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        bound = completion_prompt_bound(req)
        admission = await self._admit(
            ctx, req.model, bound, req.max_tokens, stream=False, choices=req.n
        )
        return await self._accounted(ctx, admission, self.inner.complete(req, ctx), _usage)

    def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        return self._accounted_stream(
            ctx,
            req.model,
            completion_prompt_bound(req),
            req.max_tokens,
            lambda: self.inner.complete_stream(req, ctx),
            req.n,
        )

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        bound = embedding_prompt_bound(req)
        admission = await self._admit(ctx, req.model, bound, 1, stream=False)
        return await self._accounted(
            ctx,
            admission,
            self.inner.embed(req, ctx),
            lambda r: Usage(
                prompt_tokens=r.usage.prompt_tokens, total_tokens=r.usage.prompt_tokens
            ),
        )


def _usage(result: ChatCompletion | Completion) -> Usage | None:
    return result.usage


def ctx_time() -> datetime:
    return datetime.now(UTC)
