"""The two shapes of a pipeline stage: a Backend that wraps another Backend.

``Stage`` passes every call through; a stage overrides the calls it changes (the cache
answers chat from its store, the router picks the model, the guard rewrites prompts and
answers).

``Observer`` wraps every call the same way, whatever its kind (chat, text completion,
embeddings; streamed or not), the way a Starlette middleware wraps every request: ``before``
runs as the call starts and may refuse it by raising; ``after`` runs once when it has ended,
however it ended (an answer, an error, a client that left mid-stream). The audit trail, the
ledger and /metrics are observers: each states what it does once, and a new endpoint needs
no change in any of them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from minigate.backends.protocol import Backend
from minigate.context import RequestContext
from minigate.errors import GatewayError, failure_status
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.common import Usage
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest, EmbeddingResponse
from minigate.schemas.models import ModelCard

Request = ChatCompletionRequest | CompletionRequest | EmbeddingRequest
Answer = ChatCompletion | Completion | EmbeddingResponse
S = TypeVar("S")
R = TypeVar("R", ChatCompletionRequest, CompletionRequest, EmbeddingRequest)
A = TypeVar("A", ChatCompletion, Completion, EmbeddingResponse)
C = TypeVar("C", ChatCompletionChunk, Completion)


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


@dataclass(slots=True)
class Ended:
    """How a call ended, as an observer sees it."""

    status: str  # "ok", the error's code, or "client_disconnected"
    stream: bool
    answer: Answer | None = None  # the whole answer of a call that was not streamed
    texts: list[str] = field(default_factory=list)  # a stream's text per choice (collected)
    chunks: int = 0  # how many chunks a stream sent

    def usage(self, ctx: RequestContext) -> Usage | None:
        """The usage reported: the answer's, or the final usage of a stream."""
        if self.stream:
            return ctx.outcome.usage
        return None if self.answer is None else usage_of(self.answer)


def usage_of(answer: Answer) -> Usage | None:
    if isinstance(answer, EmbeddingResponse):
        tokens = answer.usage.prompt_tokens
        return Usage(prompt_tokens=tokens, total_tokens=tokens)
    return answer.usage


def stream_texts(chunk: ChatCompletionChunk | Completion) -> list[tuple[int, str]]:
    """The text a stream's chunk adds, per choice index."""
    if isinstance(chunk, Completion):
        return [(choice.index, choice.text) for choice in chunk.choices]
    return [(c.index, c.delta.content) for c in chunk.choices if c.delta.content]


class Observer(Stage, Generic[S]):
    """A stage that wraps every kind of call alike: ``before`` it, and ``after`` it once.

    ``before`` returns the state ``after`` gets back (an admission, a start time, ...).
    Set ``collects_texts`` to have a stream's text gathered into ``Ended.texts``.
    """

    collects_texts: ClassVar[bool] = False
    # The exceptions whose end ``after`` records, with errors.failure_status as the status.
    # The ledger and the audit trail take any: whatever ends a request (a bug, a cancelled
    # task) releases its hold and writes its entry. A stream closed early ends
    # "client_disconnected" whatever this says, or the code of the error an outer stage
    # ended it with (``Outcome.cut_by``).
    failures: ClassVar[tuple[type[BaseException], ...]] = (GatewayError,)

    async def before(self, req: Request, ctx: RequestContext, *, stream: bool) -> S:
        raise NotImplementedError

    async def after(self, state: S, ctx: RequestContext, ended: Ended) -> None:
        raise NotImplementedError

    # Plain methods that return the wrapped call's coroutine: no frame of their own on the
    # await chain, which every resumption of the call (each read from an upstream) walks.
    def chat(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> Coroutine[Any, Any, ChatCompletion]:
        return self._call(req, ctx, self.inner.chat)

    def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        return self._stream(req, ctx, self.inner.chat_stream)

    def complete(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> Coroutine[Any, Any, Completion]:
        return self._call(req, ctx, self.inner.complete)

    def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        return self._stream(req, ctx, self.inner.complete_stream)

    def embed(
        self, req: EmbeddingRequest, ctx: RequestContext
    ) -> Coroutine[Any, Any, EmbeddingResponse]:
        return self._call(req, ctx, self.inner.embed)

    async def _call(
        self, req: R, ctx: RequestContext, call: Callable[[R, RequestContext], Awaitable[A]]
    ) -> A:
        state = await self.before(req, ctx, stream=False)
        try:
            answer = await call(req, ctx)
        except BaseException as exc:
            if isinstance(exc, self.failures):
                await self.after(state, ctx, Ended(failure_status(exc), stream=False))
            raise
        await self.after(state, ctx, Ended("ok", stream=False, answer=answer))
        return answer

    async def _stream(
        self,
        req: R,
        ctx: RequestContext,
        open_stream: Callable[[R, RequestContext], AsyncIterator[C]],
    ) -> AsyncIterator[C]:
        state = await self.before(req, ctx, stream=True)
        ended = Ended("client_disconnected", stream=True)
        texts: dict[int, list[str]] = {}
        try:
            async for chunk in open_stream(req, ctx):
                ended.chunks += 1
                if self.collects_texts:
                    for index, piece in stream_texts(chunk):
                        texts.setdefault(index, []).append(piece)
                yield chunk
            ended.status = "ok"
        except Exception as exc:
            if isinstance(exc, self.failures):
                ended.status = failure_status(exc)
            raise
        finally:
            if ended.status == "client_disconnected" and ctx.outcome.cut_by is not None:
                ended.status = ctx.outcome.cut_by
            ended.texts = ["".join(texts[i]) for i in sorted(texts)]
            await self.after(state, ctx, ended)
