"""The request pipeline: the one place where the order of concerns is decided.

A request arrives validated from the HTTP layer and flows through stages, each a ``Backend``
wrapping the next::

    record ► audit ► rag ► guard ► route ► ledger ► cache ► resolve model ► model backend
                                                (llama.cpp | OpenAI-compatible | embeddings)

The route stage turns a route name into calls of concrete models: one, or several when a
target fails over to its fallbacks or a cascade escalates. It sits outside the ledger so
that every model call is admitted and gets its own ledger row (the first with the request's
id, later ones with ``.2``, ``.3`` appended), failed and escalated ones too; and outside the
cache so that the cache keys on the model that answers, never on the route name, whose
choice may change with the config. The recorder stays outermost: /metrics counts what the
client asked, once, under the model that served it.

The cache sits outside the resolver so that a hit loads no model and calls no upstream, and
inside the ledger so that a hit is still admitted against the key's limits and recorded (at
cost 0, with the cost it saved). The audit stage sits just inside the recorder: it sees the
request as the client made it and its final outcome (served model, cost, cache status, route
decision, guard verdicts) and appends one hash-chained entry for it.

The guard sits inside the audit stage, so that a blocked request is still on the record, and
outside the router and the cache: its policies apply to the name the client asked for, it
checks the answer that was finally accepted (also when it came from the cache), and only
redacted prompts reach the cache, the ledger and the model. When it holds an answer for
review, the model call has happened and is in the ledger.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import TypeVar

from minigate.audit.log import AuditTrail
from minigate.audit.stage import audit_stage
from minigate.backends.base import SingleModelBackend
from minigate.backends.embedder import Embedders
from minigate.backends.protocol import Backend
from minigate.cache import cache_stage
from minigate.config import Settings
from minigate.context import RequestContext
from minigate.errors import GatewayError, ModelNotFound, PermissionDenied
from minigate.guard.build import guard_deps, guard_stage
from minigate.ledger.ledger import Ledger
from minigate.ledger.stage import LedgerStage
from minigate.metrics import Metrics
from minigate.rag import Library, rag_stage
from minigate.review import ReviewQueue
from minigate.router import route_stage
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.common import Usage
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest, EmbeddingResponse
from minigate.schemas.models import ModelCard
from minigate.stage import Stage

T = TypeVar("T")
R = TypeVar("R")


def build_pipeline(
    backends: Mapping[str, SingleModelBackend],
    metrics: Metrics,
    settings: Settings,
    ledger: Ledger | None = None,
    audit: AuditTrail | None = None,
    reviews: ReviewQueue | None = None,
    embedders: Embedders | None = None,
    rag: Library | None = None,
) -> Backend:
    """Assemble the stages: the last line is the outermost stage, the first the innermost."""
    # One embedder per model for the cache, learned routes and the guard: a prompt read by
    # all three is embedded once.
    embedders = embedders or Embedders(backends)
    pipeline: Backend = ModelResolver(backends)
    pipeline = cache_stage(pipeline, settings.cache, backends, embedders)
    if ledger is not None:
        pipeline = LedgerStage(pipeline, ledger)
    if settings.routes:
        pipeline = route_stage(pipeline, settings.routes, settings.router, metrics, embedders)
    pipeline = guard_stage(pipeline, settings.guard, guard_deps(embedders), reviews)
    pipeline = rag_stage(pipeline, rag, settings.models)
    pipeline = audit_stage(pipeline, audit)
    pipeline = Recorder(pipeline, metrics)
    return pipeline


class ModelResolver:
    """The innermost stage: finds the backend that serves the requested model name."""

    def __init__(self, backends: Mapping[str, SingleModelBackend]) -> None:
        self.backends = dict(backends)

    def resolve(self, name: str, ctx: RequestContext) -> SingleModelBackend:
        backend = self.backends.get(name)
        if backend is None:
            configured = ", ".join(self.backends)
            raise ModelNotFound(
                f"Model '{name}' is not configured; configured models: {configured}.",
                param="model",
            )
        if ctx.allowed_models is not None and name not in ctx.allowed_models:
            allowed = ", ".join(sorted(ctx.allowed_models)) or "none"
            raise PermissionDenied(
                f"This API key may not use model '{name}'; it may use: {allowed}.",
                param="model",
            )
        ctx.served_model = backend.model_id
        return backend

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        return await self.resolve(req.model, ctx).chat(req, ctx)

    def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        return self.resolve(req.model, ctx).chat_stream(req, ctx)

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        return await self.resolve(req.model, ctx).complete(req, ctx)

    def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        return self.resolve(req.model, ctx).complete_stream(req, ctx)

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        return await self.resolve(req.model, ctx).embed(req, ctx)

    def models(self) -> list[ModelCard]:
        return [card for backend in self.backends.values() for card in backend.models()]

    async def start(self) -> None:
        for backend in self.backends.values():
            await backend.start()

    async def aclose(self) -> None:
        for backend in self.backends.values():
            await backend.aclose()


class Recorder(Stage):
    """Counts requests, latency, time to first token and tokens for /metrics."""

    def __init__(self, inner: Backend, metrics: Metrics) -> None:
        super().__init__(inner)
        self.metrics = metrics

    def _record(self, ctx: RequestContext, status: str, usage: Usage | None) -> None:
        model = ctx.served_model or ""
        self.metrics.requests.labels(ctx.endpoint, model, status).inc()
        self.metrics.latency.labels(ctx.endpoint, model).observe(ctx.elapsed())
        if ctx.first_token_at is not None:
            self.metrics.ttft.labels(model).observe(ctx.first_token_at - ctx.started)
        if usage is not None:
            self.metrics.tokens.labels(model, "prompt").inc(usage.prompt_tokens)
            self.metrics.tokens.labels(model, "completion").inc(usage.completion_tokens)

    async def _recorded(
        self, ctx: RequestContext, call: Awaitable[R], usage_of: Callable[[R], Usage | None]
    ) -> R:
        try:
            result = await call
        except GatewayError as exc:
            self._record(ctx, exc.code, None)
            raise
        self._record(ctx, "ok", usage_of(result))
        return result

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        return await self._recorded(ctx, self.inner.chat(req, ctx), lambda r: r.usage)

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        return await self._recorded(ctx, self.inner.complete(req, ctx), lambda r: r.usage)

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        return await self._recorded(
            ctx, self.inner.embed(req, ctx), lambda r: Usage(prompt_tokens=r.usage.prompt_tokens)
        )

    def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        return self._recorded_stream(self.inner.chat_stream(req, ctx), ctx)

    def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        return self._recorded_stream(self.inner.complete_stream(req, ctx), ctx)

    async def _recorded_stream(
        self, stream: AsyncIterator[T], ctx: RequestContext
    ) -> AsyncIterator[T]:
        status = "client_disconnected"
        try:
            async for item in stream:
                yield item
            status = "ok"
        except GatewayError as exc:
            status = exc.code
            raise
        finally:
            self._record(ctx, status, ctx.outcome.usage)


def find_stage(pipeline: Backend, kind: type[T]) -> T | None:
    """The stage of type ``kind`` in the pipeline, for operator endpoints and health."""
    stage: object = pipeline
    while stage is not None:
        if isinstance(stage, kind):
            return stage
        stage = getattr(stage, "inner", None)
    return None
