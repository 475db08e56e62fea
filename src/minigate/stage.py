"""The base of every pipeline stage: a Backend that wraps another Backend."""

from __future__ import annotations

from collections.abc import AsyncIterator

from minigate.backends.protocol import Backend
from minigate.context import RequestContext
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest, EmbeddingResponse
from minigate.schemas.models import ModelCard


class Stage:
    """A pipeline stage that passes everything through; stages override what they handle."""

    def __init__(self, inner: Backend) -> None:
        self.inner = inner

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        return await self.inner.chat(req, ctx)

    def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        return self.inner.chat_stream(req, ctx)

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        return await self.inner.complete(req, ctx)

    def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        return self.inner.complete_stream(req, ctx)

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        return await self.inner.embed(req, ctx)

    def models(self) -> list[ModelCard]:
        return self.inner.models()

    async def start(self) -> None:
        await self.inner.start()

    async def aclose(self) -> None:
        await self.inner.aclose()
