"""Start and stop everything the gateway owns; shared by the server and the CLI."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.audit import AuditLog, config_event, key_event, open_audit, review_event
from minigate.audit.models import ModelSources
from minigate.backends.embedder import Embedders
from minigate.backends.http import upstream_client
from minigate.backends.protocol import Backend
from minigate.backends.registry import create_backend
from minigate.backends.settings import OpenAIModel
from minigate.batch.service import BatchService, open_batches
from minigate.config import Settings
from minigate.engine.metrics import EngineCollector
from minigate.errors import InvalidRequest, NotFound
from minigate.guard.build import guard_deps
from minigate.guard.moderation import MODERATION_MODEL, Moderator
from minigate.guard.redact import redact_secrets
from minigate.identity import VirtualKey
from minigate.ledger.holds import BatchHolds
from minigate.ledger.keys import KeyStore
from minigate.ledger.leases import new_owner
from minigate.ledger.ledger import Ledger
from minigate.ledger.opening import running_ledger
from minigate.ledger.prices import warn_unpriced
from minigate.metrics import Metrics
from minigate.pipeline import build_pipeline
from minigate.rag import Library, open_library
from minigate.review import ReviewQueue
from minigate.schemas.moderations import ModerationRequest, ModerationResponse
from minigate.store import open_store
from minigate.store.health import StoreProbe
from minigate.store.writer import StoreWriter


@dataclass(slots=True)
class Runtime:
    pipeline: Backend
    # None where the runtime was opened with moderation=False (a CLI command that never
    # moderates: chat, ask)
    moderator: Moderator | None
    engine: AsyncEngine | None = None
    keys: KeyStore | None = None
    ledger: Ledger | None = None
    audit: AuditLog | None = None
    reviews: ReviewQueue | None = None
    store_probe: StoreProbe | None = None
    rag: Library | None = None

    async def moderations(self, body: ModerationRequest) -> ModerationResponse:
        """What ``POST /v1/moderations`` answers for ``body``: the route's answer and a
        moderations batch line's are this one call (the worker runs without the server).
        Raises InvalidRequest for an input of images alone or a model that is not a
        moderation model."""
        if not body.has_text():
            raise InvalidRequest(
                "minigate's moderation reads text only, and this input holds images alone; "
                "add a text part, or moderate the images elsewhere.",
                param="input",
                code="unsupported",
            )
        _check_moderation_model(body.model)
        if self.moderator is None:
            raise RuntimeError("this runtime was opened without moderation (moderation=False)")
        return await self.moderator.moderate(body.texts())


# OpenAI's moderation models (the SDK's ModerationModel) and their later snapshots: clients
# written for OpenAI send these, and the guard's moderation scanners answer for each.
OPENAI_MODERATION_FAMILIES = ("omni-moderation-", "text-moderation-")


def _check_moderation_model(model: str | None) -> None:
    """Any name was taken, a chat model's too, and answered as if that model had run."""
    if model is None or model == MODERATION_MODEL or model.startswith(OPENAI_MODERATION_FAMILIES):
        return
    raise InvalidRequest(
        f"'{model}' is not a moderation model. Send omni-moderation-latest, "
        f"text-moderation-latest or {MODERATION_MODEL} (this gateway's moderation scanners "
        "answer for each), or leave model out.",
        param="model",
        code="invalid_value",
    )


@asynccontextmanager
async def running(
    settings: Settings,
    metrics: Metrics,
    only: Iterable[str] | None = None,
    with_ledger: bool = True,
    moderation: bool = True,
) -> AsyncIterator[Runtime]:
    """Everything the gateway owns, each opened once, closed in reverse order: the upstream
    connection pool, the store (migrated once, shared by the ledger, the audit trail and
    the review queue), the models, the pipeline. ``only`` limits which models are started.
    With ``moderation=False`` (a command that never answers a moderation request: ``minigate
    chat``, ``minigate ask``) the moderation endpoint's scanners are not built: building the
    default harm classifier compiles its request patterns, about half a second of CPU.
    A configuration problem found on the way raises ConfigError before any model loads."""
    wanted = models_serving(settings, only) if only is not None else None
    ledger_on = with_ledger and settings.ledger.enabled
    audit_on = with_ledger and settings.audit.enabled
    reviews_on = with_ledger and settings.guard.holds_answers
    async with AsyncExitStack() as stack:
        limits = httpx.Limits(max_connections=1024, max_keepalive_connections=256)
        http = await stack.enter_async_context(upstream_client(limits, timeout=None))
        # The backends first: a model's file that is not there is the one error, before the
        # store is migrated or the audit trail hashes model files (and warns it cannot).
        backends = {
            m.id: create_backend(m, http)
            for m in settings.models
            if wanted is None or m.id in wanted
        }
        engine = writer = keys = ledger = audit = reviews = probe = None
        if ledger_on or audit_on or reviews_on:
            engine = await open_store(settings.store.url)
            stack.push_async_callback(engine.dispose)
        if ledger_on or audit_on:
            # One writer for both: their writes share its transactions (store/writer.py). It
            # closes after the audit trail and the ledger have handed it their last.
            writer = StoreWriter(settings.store.url)
            stack.push_async_callback(writer.aclose)
        if engine is not None and writer is not None and ledger_on:
            keys = KeyStore(engine)
            ledger = await stack.enter_async_context(
                running_ledger(engine, writer, settings.ledger, settings.models)
            )
            warn_unpriced(ledger.prices)
        if writer is not None:
            probe = StoreProbe(settings.store.url, writer, new_owner())
            if keys is not None and ledger is not None:
                keys.require_store = probe.require
                keys.store_failed = ledger.store_failed = probe.failed
                keys.store_unwritable = ledger.store_unwritable = probe.unwritable
        if engine is not None and audit_on:
            audit = await stack.enter_async_context(_audit(settings, keys, writer, engine))
        if engine is not None and reviews_on:
            reviews = ReviewQueue(engine)
            if audit is not None:
                trail = audit
                reviews.on_decision = lambda review: trail.record(review_event(review))
        metrics.registry.register(EngineCollector.of(backends))
        embedders = Embedders(backends)
        deps = guard_deps(embedders)
        moderator = Moderator(settings.guard, deps) if moderation else None
        if moderator is not None:
            stack.push_async_callback(moderator.aclose)
        rag = open_library(settings.rag, embedders.many_of, embedders.background_of)
        if rag is not None:
            stack.push_async_callback(rag.aclose)
        pipeline = build_pipeline(
            backends, metrics, settings, ledger, audit, reviews, embedders, rag, deps
        )
        await pipeline.start()
        stack.push_async_callback(pipeline.aclose)
        if writer is not None:
            # First at shutdown: the audit trail's and the ledger's last writes do not wait
            # for a PostgreSQL server that is gone (store/writer.py, RECONNECT_S).
            stack.callback(writer.stop_waiting)
        yield Runtime(pipeline, moderator, engine, keys, ledger, audit, reviews, probe, rag)


def models_serving(settings: Settings, names: Iterable[str]) -> set[str]:
    """The ids of the models that ``names`` need started, as the gateway resolves each name:
    a model id, ``model:adapter`` (its model), a route (every model it can send to). Before,
    ``minigate chat -m model:adapter`` and ``ask`` with an adapter as ``rag.answer_model``
    started no model at all, and the request then found none configured."""
    ids = {m.id for m in settings.models}
    routes = {r.id: r for r in settings.routes}
    wanted: set[str] = set()
    pending, seen = list(names), set()
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in ids:
            wanted.add(name)
        elif name in routes:
            pending += [ref for _, ref in routes[name].references()]
        elif (model := name.rpartition(":")[0]) in ids:
            wanted.add(model)
    return wanted


@asynccontextmanager
async def _audit(
    settings: Settings, keys: KeyStore | None, writer: StoreWriter | None, engine: AsyncEngine
) -> AsyncIterator[AuditLog]:
    """The audit trail of a running gateway: it records the config it started with, every key
    change made through this process, and (through the pipeline) every request."""
    sources = ModelSources(settings.models)
    sources.start()
    try:
        async with open_audit(settings, sources=sources, writer=writer, engine=engine) as audit:
            audit.record(config_event(settings))
            if keys is not None:
                keys.on_change = lambda action, key: audit.record(key_event(action, key))
            yield audit
    finally:
        sources.cancel()


@asynccontextmanager
async def batches(
    settings: Settings, runtime: Runtime, *, work: bool
) -> AsyncIterator[BatchService | None]:
    """The Files and Batch API on the runtime's store; with ``work``, a worker runs too."""
    if not settings.batch.enabled:
        yield None
        return
    async with AsyncExitStack() as stack:
        engine = runtime.engine
        if engine is None:  # a gateway that keeps no ledger: the store for batches alone
            engine = await open_store(settings.store.url)
            stack.push_async_callback(engine.dispose)
        keys = runtime.keys

        async def virtual_key(key_id: str) -> VirtualKey | None:
            try:
                return await keys.get(key_id) if keys is not None else None
            except NotFound:
                return None  # a static key: no budget of its own

        ledger = runtime.ledger
        service = await stack.enter_async_context(
            open_batches(
                settings.batch,
                settings.store.url,
                engine,
                runtime.pipeline,
                virtual_key,
                work=work,
                moderate=runtime.moderations,
                redact=redact_secrets,
                upstreams={
                    m.id: m
                    for m in settings.models
                    if isinstance(m, OpenAIModel) and m.batch_passthrough
                },
                holds=BatchHolds(ledger) if ledger is not None else None,
            )
        )
        yield service
