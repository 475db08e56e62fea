"""The appender: entries are queued by requests and chained into the table by one writer task.

A request only puts its entry on a queue (no added latency); the writer takes everything queued
and appends it as one batch in one transaction that first locks the chain's head — BEGIN
IMMEDIATE on SQLite, a transaction-scoped advisory lock on PostgreSQL — so that any number of
processes sharing the store extend one chain and never fork it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any, Protocol

from sqlalchemy import event, insert, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from minigate.audit.chain import CHAINED, GENESIS, TEXTS, entry_hash, utc_stamp
from minigate.audit.models import ModelSources
from minigate.audit.signer import Signer
from minigate.config import AuditSettings
from minigate.store.engine import is_sqlite
from minigate.store.schema import audit_checkpoints, audit_entries

log = logging.getLogger("minigate.audit")
Entry = dict[str, Any]
_PG_LOCK_ID = 7_412_032
_MAX_BATCH = 512


class AuditTrail(Protocol):
    """What the pipeline and the admin API need from the audit trail."""

    def record(self, entry: Entry) -> None: ...


def make_appends_exclusive(engine: AsyncEngine) -> None:
    """On SQLite, start every transaction with BEGIN IMMEDIATE: the head read and the insert
    then happen under the write lock, also against other processes."""
    if not is_sqlite(engine.url.render_as_string()):
        return

    def no_driver_begin(dbapi_connection: Any, _: Any) -> None:
        dbapi_connection.isolation_level = None

    def begin_immediate(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine.sync_engine, "connect", no_driver_begin)
    event.listen(engine.sync_engine, "begin", begin_immediate)


class AuditLog:
    """Appends entries to the chain and signs its head every ``checkpoint_every`` entries."""

    def __init__(
        self,
        engine: AsyncEngine,
        signer: Signer,
        settings: AuditSettings,
        sources: ModelSources | None = None,
    ) -> None:
        self.engine = engine
        self.signer = signer
        self.settings = settings
        self.sources = sources
        self._queue: asyncio.Queue[Entry] = asyncio.Queue()
        self._writer: asyncio.Task[None] | None = None

    def record(self, entry: Entry) -> None:
        """Queue ``entry`` for the chain; returns at once."""
        entry.setdefault("at", utc_stamp())
        if self._writer is None:
            self._writer = asyncio.create_task(self._write_forever())
        self._queue.put_nowait(entry)

    async def flush(self) -> None:
        """Wait until everything recorded so far is in the table."""
        await self._queue.join()

    async def aclose(self, *, checkpoint: bool = True) -> None:
        """Write what is queued, then (at shutdown) sign the head."""
        await self.flush()
        if self._writer is not None:
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
        if checkpoint:
            await self.checkpoint_head()

    async def _write_forever(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while not self._queue.empty() and len(batch) < _MAX_BATCH:
                batch.append(self._queue.get_nowait())
            try:
                await self._append(batch)
            except Exception:
                # The request has been answered already; losing its entry is logged loudly.
                log.exception("Could not append %d audit entries", len(batch))
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _append(self, batch: list[Entry]) -> None:
        rows = [await self._complete(entry) for entry in batch]
        async with self._locked() as conn:
            seq, prev = await head(conn)
            for row in rows:
                seq += 1
                row["seq"], row["prev_hash"] = seq, prev
                prev = row["entry_hash"] = entry_hash(prev, row)
            await conn.execute(insert(audit_entries), rows)
            every = self.settings.checkpoint_every
            for row in rows:
                if row["seq"] % every == 0:
                    await self._sign(conn, row["seq"], row["entry_hash"])

    async def _complete(self, entry: Entry) -> Entry:
        row: Entry = {name: entry.get(name) for name in CHAINED if name != "seq"}
        if self.sources is not None and row["served_model"] and row["event"] == "request":
            row["model_sha256"], row["upstream"] = await self.sources.describe(row["served_model"])
        for name in TEXTS:
            row[name] = entry.get(name) if self.settings.retain_text else None
        return row

    async def checkpoint_head(self) -> int | None:
        """Sign the current head unless it is signed already; returns its seq (None: empty)."""
        async with self._locked() as conn:
            seq, head_hash = await head(conn)
            if seq == 0:
                return None
            signed = await conn.execute(
                select(audit_checkpoints.c.seq).where(audit_checkpoints.c.seq == seq)
            )
            if signed.first() is None:
                await self._sign(conn, seq, head_hash)
            return seq

    async def _sign(self, conn: AsyncConnection, seq: int, head_hash: str) -> None:
        await conn.execute(
            insert(audit_checkpoints).values(
                seq=seq,
                head_hash=head_hash,
                at=utc_stamp(),
                public_key_id=self.signer.key_id,
                signature=self.signer.sign(seq, head_hash),
            )
        )

    @contextlib.asynccontextmanager
    async def _locked(self) -> AsyncIterator[AsyncConnection]:
        async with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                await conn.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK_ID})"))
            yield conn


async def head(conn: AsyncConnection) -> tuple[int, str]:
    """The last entry's (seq, entry_hash); (0, GENESIS) for an empty chain."""
    found = await conn.execute(
        select(audit_entries.c.seq, audit_entries.c.entry_hash)
        .order_by(audit_entries.c.seq.desc())
        .limit(1)
    )
    row = found.first()
    return (int(row.seq), str(row.entry_hash)) if row else (0, GENESIS)
