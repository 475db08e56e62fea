"""The ledger on its store for a command that runs alone (``minigate keys``, ``usage``), and
the ledger's own start and stop, which the gateway's runtime uses too.

It lives here, not in ``minigate.runtime`` beside the gateway's own startup: importing the
runtime imports the pipeline, the guard, the documents and the engine, about a second of CPU
that a command listing keys does not need.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.backends.settings import ModelConfig
from minigate.ledger.keys import KeyStore
from minigate.ledger.ledger import Ledger
from minigate.ledger.prices import build_price_book
from minigate.ledger.settings import LedgerSettings
from minigate.store import open_store
from minigate.store.writer import StoreWriter


@asynccontextmanager
async def open_ledger(
    url: str, settings: LedgerSettings, models: Sequence[ModelConfig], *, writes: bool = True
) -> AsyncIterator[tuple[AsyncEngine, KeyStore, Ledger]]:
    """The store at ``url``, migrated, with the key store and a ledger writing through a
    writer of its own; all closed on the way out, the ledger's last writes drained first.
    ``writes``: False for a command that only reads (a read-only store will do)."""
    engine = await open_store(url, writes=writes)
    writer = StoreWriter(url)
    try:
        async with running_ledger(engine, writer, settings, models) as ledger:
            yield engine, KeyStore(engine), ledger
    finally:
        await writer.aclose()
        await engine.dispose()


@asynccontextmanager
async def running_ledger(
    engine: AsyncEngine,
    writer: StoreWriter,
    settings: LedgerSettings,
    models: Sequence[ModelConfig],
) -> AsyncIterator[Ledger]:
    """The ledger on an open store, started (a dead gateway's reservations released, this
    one's leases kept alive); its last writes drained on the way out, also when it failed to
    start. The gateway's runtime and the commands above share it."""
    ledger = Ledger(engine, build_price_book(settings, models), settings, writer)
    try:
        await ledger.start()
        yield ledger
    finally:
        await ledger.drain()
