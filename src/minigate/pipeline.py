"""The request pipeline: the one place where the order of concerns is decided.

A request arrives validated from the HTTP layer and flows through stages, each a ``Backend``
wrapping the next::

    record ► audit ► unadmitted ► rag ► guard ► route ► ledger ► cache ► stream usage
        ► resolve model
        ► model backend (llama.cpp | OpenAI-compatible | embeddings)

``Unadmitted`` is the ledger's too: a request refused before any model call (the guard blocked
its prompt, a route or a collection the key may not use) gets a row of cost 0 there.

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

Between the cache and the resolver, ``StreamUsage`` counts a stream that its backend ended
without usage (an upstream that ignores ``stream_options.include_usage``) and gives the client
the usage chunk it asked for: inside the cache and the ledger, so that both store the figure
the client was sent.

The guard sits inside the audit stage, so that a blocked request is still on the record, and
outside the router and the cache: its policies apply to the name the client asked for, it
checks the answer that was finally accepted (also when it came from the cache), and only
redacted prompts reach the cache, the ledger and the model. When it holds an answer for
review, the model call has happened and is in the ledger.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TypeVar

from prometheus_client import Counter, Histogram

from minigate.audit.log import AuditTrail
from minigate.audit.stage import audit_stage
from minigate.backends.base import SingleModelBackend, serving
from minigate.backends.embedder import Embedders
from minigate.backends.protocol import Backend
from minigate.cache import cache_stage
from minigate.config import Settings
from minigate.context import RequestContext
from minigate.errors import GatewayError, ModelNotFound, PermissionDenied
from minigate.guard.build import guard_deps, guard_stage
from minigate.guard.protocol import GuardDeps
from minigate.guard.untrusted import untrusted_check
from minigate.ledger.ledger import Ledger
from minigate.ledger.stage import LedgerStage, StreamUsage, Unadmitted
from minigate.metrics import Metrics
from minigate.rag import Library, rag_stage
from minigate.rag.answer import ChunkScanner
from minigate.review import ReviewQueue
from minigate.router import route_stage
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest, EmbeddingResponse
from minigate.schemas.models import ModelCard
from minigate.stage import Ended, Observer, Request

T = TypeVar("T")


def build_pipeline(
    backends: Mapping[str, SingleModelBackend],
    metrics: Metrics,
    settings: Settings,
    ledger: Ledger | None = None,
    audit: AuditTrail | None = None,
    reviews: ReviewQueue | None = None,
    embedders: Embedders | None = None,
    rag: Library | None = None,
    deps: GuardDeps | None = None,
) -> Backend:
    """Assemble the stages: the last line is the outermost stage, the first the innermost.
    ``deps`` are what the guard's scanners use; the runtime passes the ones its moderation
    endpoint uses too."""
    # One embedder per model for the cache, learned routes and the guard: a prompt read by
    # all three is embedded once.
    embedders = embedders or Embedders(backends)
    deps = deps or guard_deps(embedders)
    pipeline: Backend = StreamUsage(ModelResolver(backends, [m.id for m in settings.models]))
    pipeline = cache_stage(pipeline, settings.cache, backends, embedders)
    if ledger is not None:
        pipeline = LedgerStage(pipeline, ledger)
    if settings.routes:
        pipeline = route_stage(pipeline, settings.routes, settings.router, metrics, embedders)
    pipeline = guard_stage(pipeline, settings.guard, deps, reviews)
    scan = retrieved_text_check(deps) if rag is not None else None  # no library: nothing built
    pipeline = rag_stage(pipeline, rag, settings.models, scan, backends)
    if ledger is not None:
        pipeline = Unadmitted(pipeline, ledger)
    pipeline = audit_stage(pipeline, audit)
    pipeline = Recorder(pipeline, metrics)
    return pipeline


def retrieved_text_check(deps: GuardDeps) -> ChunkScanner:
    """The guard's check for planted instructions, as the documents stage asks for it: why a
    retrieved text must not reach the model, or None. Retrieved text is untrusted input."""
    check = untrusted_check(deps)

    async def scan(text: str) -> str | None:
        verdict = await check(text)
        return (verdict.reason or "planted instructions") if verdict.flagged else None

    return scan


class ModelResolver:
    """The innermost stage: finds the backend that serves the requested model name."""

    def __init__(
        self, backends: Mapping[str, SingleModelBackend], configured: Sequence[str] | None = None
    ) -> None:
        self.backends = dict(backends)
        # What a 404 lists: the config's models, also those a command did not start (a
        # command that starts only the ones it needs listed none: "configured models: .").
        self.configured = list(configured) if configured is not None else list(backends)

    def resolve(self, name: str, ctx: RequestContext) -> SingleModelBackend:
        backend = serving(self.backends, name)
        if backend is None:
            configured = ", ".join(self.configured)
            raise ModelNotFound(
                f"Model '{name}' is not configured; configured models: {configured}.",
                param="model",
            )
        if ctx.allowed_models is not None and name not in ctx.allowed_models:
            raise PermissionDenied.not_allowed("model", name, ctx.allowed_models)
        ctx.outcome.served_model = backend.model_id
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


class Recorder(Observer[None]):
    """Counts requests, latency, time to first token and tokens for /metrics.

    A whole answer cancelled because its client left is counted too, as
    ``client_disconnected`` (a stream its client closed always was)."""

    failures = (GatewayError, asyncio.CancelledError)

    def __init__(self, inner: Backend, metrics: Metrics) -> None:
        super().__init__(inner)
        self.metrics = metrics
        # Each label set's series, looked up once: prometheus_client's labels() takes a lock
        # and builds its key on every call, about 4 us a request for the four used here.
        self._series: dict[tuple[str, str, str], tuple[Counter, Histogram]] = {}
        self._tokens: dict[str, tuple[Counter, Counter]] = {}

    async def before(self, req: Request, ctx: RequestContext, *, stream: bool) -> None:
        ctx.asked_model = req.model  # before any stage inside rewrites it (see RequestContext)

    async def after(self, state: None, ctx: RequestContext, ended: Ended) -> None:
        model = ctx.outcome.served_model or ""
        key = (ctx.endpoint, model, ended.status)
        series = self._series.get(key)
        if series is None:
            series = self._series[key] = (
                self.metrics.requests.labels(*key),
                self.metrics.latency.labels(ctx.endpoint, model),
            )
        requests, latency = series
        requests.inc()
        latency.observe(ctx.elapsed())
        if ctx.first_token_at is not None:
            self.metrics.ttft.labels(model).observe(ctx.first_token_at - ctx.started)
        if (usage := ended.usage(ctx)) is not None:
            tokens = self._tokens.get(model)
            if tokens is None:
                tokens = self._tokens[model] = (
                    self.metrics.tokens.labels(model, "prompt"),
                    self.metrics.tokens.labels(model, "completion"),
                )
            tokens[0].inc(usage.prompt_tokens)
            tokens[1].inc(usage.completion_tokens)


def find_stage(pipeline: Backend, kind: type[T]) -> T | None:
    """The stage of type ``kind`` in the pipeline, for operator endpoints and health."""
    stage: object = pipeline
    while stage is not None:
        if isinstance(stage, kind):
            return stage
        stage = getattr(stage, "inner", None)
    return None
