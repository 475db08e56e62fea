"""The one interface every backend and every pipeline stage implements."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from minigate.context import RequestContext
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest, EmbeddingResponse
from minigate.schemas.models import ModelCard


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a model can do; the gateway refuses the rest with a clear 400."""

    chat: bool = True
    completions: bool = True
    embeddings: bool = False
    streaming: bool = True
    tools: bool = False
    images: bool = False
    json_mode: bool = False


@runtime_checkable
class Backend(Protocol):
    """Produces OpenAI-shaped answers. Pipeline stages wrap one Backend in another."""

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion: ...

    def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]: ...

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion: ...

    def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]: ...

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse: ...

    def models(self) -> list[ModelCard]: ...

    async def start(self) -> None: ...

    async def aclose(self) -> None: ...
