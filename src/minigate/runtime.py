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
from minigate.config import Settings
from minigate.guard.build import guard_deps
from minigate.guard.moderation import Moderator
from minigate.ledger.keys import KeyStore
from minigate.ledger.leases import new_owner
from minigate.ledger.ledger import Ledger
from minigate.ledger.prices import build_price_book
from minigate.metrics import Metrics
from minigate.pipeline import build_pipeline
from minigate.rag import Library, open_library
from minigate.review import ReviewQueue
from minigate.store import open_store
from minigate.store.health import StoreProbe
from minigate.store.writer import StoreWriter


@dataclass(slots=True)
class Runtime:
    pipeline: Backend
    engine: AsyncEngine | None = None
    keys: KeyStore | None = None
    ledger: Ledger | None = None
    audit: AuditLog | None = None
    reviews: ReviewQueue | None = None
    moderator: Moderator | None = None
    store_probe: StoreProbe | None = None
    rag: Library | None = None


@asynccontextmanager
async def open_ledger(
    settings: Settings, writer: StoreWriter | None = None
) -> AsyncIterator[tuple[AsyncEngine, KeyStore, Ledger]]:
    """The store, migrated, with the key store and ledger on it (for the CLI too). The ledger
    writes through ``writer`` (shared with the audit trail, in a running gateway) or a writer
    of its own."""
    engine = await open_store(settings.store.url)
    own = writer is None
    writer = writer or StoreWriter(settings.store.url)
    prices = build_price_book(settings.ledger, settings.models)
    ledger = Ledger(engine, prices, settings.ledger, writer)
    try:
        await ledger.start()
        yield engine, KeyStore(engine), ledger
    finally:
        try:
            await ledger.drain()
        finally:
            if own:
                await writer.aclose()
            await engine.dispose()


@asynccontextmanager
async def running(
    settings: Settings,
    metrics: Metrics,
    only: Iterable[str] | None = None,
    with_ledger: bool = True,
) -> AsyncIterator[Runtime]:
    """The pipeline with its models loaded; ``only`` limits which models are started."""
    wanted = set(only) if only is not None else None
    async with AsyncExitStack() as stack:
        limits = httpx.Limits(max_connections=1024, max_keepalive_connections=256)
        http = await stack.enter_async_context(upstream_client(limits, timeout=None))
        runtime = Runtime(pipeline=None)  # type: ignore[arg-type]  # set below
        ledger_on = with_ledger and settings.ledger.enabled
        audit_on = with_ledger and settings.audit.enabled
        writer = None
        if ledger_on or audit_on:
            # One writer for both: their writes share its transactions (store/writer.py). It
            # closes last, after the audit trail and the ledger have handed it their last.
            writer = StoreWriter(settings.store.url)
            stack.push_async_callback(writer.aclose)
        if ledger_on:
            runtime.engine, runtime.keys, runtime.ledger = await stack.enter_async_context(
                open_ledger(settings, writer)
            )
        if writer is not None:
            runtime.store_probe = StoreProbe(settings.store.url, writer, new_owner())
            if runtime.keys is not None and runtime.ledger is not None:
                runtime.keys.require_store = runtime.store_probe.require
                runtime.keys.store_failed = runtime.store_probe.failed
                runtime.ledger.store_failed = runtime.store_probe.failed
        if audit_on:
            runtime.audit = await stack.enter_async_context(_audit(settings, runtime.keys, writer))
        if with_ledger and settings.guard.holds_answers:
            if runtime.engine is None:
                runtime.engine = await stack.enter_async_context(_store(settings))
            runtime.reviews = ReviewQueue(runtime.engine)
            if runtime.audit is not None:
                audit = runtime.audit
                runtime.reviews.on_decision = lambda review: audit.record(review_event(review))
        backends = {
            m.id: create_backend(m, http)
            for m in settings.models
            if wanted is None or m.id in wanted
        }
        embedders = Embedders(backends)
        runtime.moderator = Moderator(settings.guard, guard_deps(embedders))
        runtime.rag = open_library(settings.rag, lambda m: getattr(embedders.get(m), "many", None))
        if runtime.rag is not None:
            stack.push_async_callback(runtime.rag.aclose)
        runtime.pipeline = build_pipeline(
            backends,
            metrics,
            settings,
            runtime.ledger,
            runtime.audit,
            runtime.reviews,
            embedders,
            runtime.rag,
        )
        await runtime.pipeline.start()
        stack.push_async_callback(runtime.pipeline.aclose)
        yield runtime


@asynccontextmanager
async def _store(settings: Settings) -> AsyncIterator[AsyncEngine]:
    """The store alone, for the review queue of a gateway that keeps no ledger."""
    engine = await open_store(settings.store.url)
    try:
        yield engine
    finally:
        await engine.dispose()


@asynccontextmanager
async def _audit(
    settings: Settings, keys: KeyStore | None, writer: StoreWriter | None
) -> AsyncIterator[AuditLog]:
    """The audit trail of a running gateway: it records the config it started with, every key
    change made through this process, and (through the pipeline) every request."""
    sources = ModelSources(settings.models)
    sources.start()
    try:
        async with open_audit(settings, sources=sources, writer=writer) as audit:
            audit.record(config_event(settings))
            if keys is not None:
                keys.on_change = lambda action, key: audit.record(key_event(action, key))
            yield audit
    finally:
        sources.cancel()
