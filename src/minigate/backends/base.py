"""Shared behaviour of single-model backends: refusing what a model cannot do."""

from __future__ import annotations

from collections.abc import AsyncIterator

from minigate.backends.protocol import Capabilities
from minigate.context import RequestContext
from minigate.errors import InvalidRequest
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest, EmbeddingResponse
from minigate.schemas.models import ModelCard


class SingleModelBackend:
    """Defaults for a backend serving one model: every operation is refused until overridden."""

    model_id: str
    owned_by: str = "minigate"
    capabilities = Capabilities()

    def _unsupported(self, what: str) -> InvalidRequest:
        return InvalidRequest(
            f"Model '{self.model_id}' does not support {what}.", param="model", code="unsupported"
        )

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        raise self._unsupported("chat completions")

    async def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        raise self._unsupported("chat completions")
        yield  # pragma: no cover - makes this an async generator

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        raise self._unsupported("text completions")

    async def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        raise self._unsupported("text completions")
        yield  # pragma: no cover

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        raise self._unsupported("embeddings")

    def adapter(self, name: str) -> SingleModelBackend | None:
        """This model with LoRA adapter ``name`` (``model:adapter``); None: it takes no adapters."""
        return None

    def models(self) -> list[ModelCard]:
        return [ModelCard(id=self.model_id, owned_by=self.owned_by)]

    async def start(self) -> None:
        return None

    async def aclose(self) -> None:
        return None

    def check_chat_features(self, req: ChatCompletionRequest) -> None:
        """Refuse features this model lacks before any work is queued."""
        caps = self.capabilities
        if req.tools and not caps.tools:
            raise InvalidRequest(
                f"Model '{self.model_id}' does not support tools.",
                param="tools",
                code="unsupported",
            )
        if not caps.images and any(m.has_images() for m in req.messages):
            raise InvalidRequest(
                f"Model '{self.model_id}' does not accept images.",
                param="messages",
                code="unsupported",
            )
