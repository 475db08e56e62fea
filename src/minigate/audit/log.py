"""The appender: entries are queued by requests and chained into the table by one writer task.

A request only puts its entry on a queue (no added latency); the writer takes everything queued
and appends it as one batch in one transaction that first locks the chain's head — BEGIN
IMMEDIATE on SQLite, a transaction-scoped advisory lock on PostgreSQL — so that any number of
processes sharing the store extend one chain and never fork it. The transaction runs in a
worker thread on a synchronous connection: were it driven from a busy event loop, every
statement would wait its turn there while the lock is held, and the ledger's writes (same
database) would stall behind it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, create_engine, event, insert, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.audit.chain import CHAINED, GENESIS, TEXTS, entry_hash, utc_stamp
from minigate.audit.models import ModelSources
from minigate.audit.signer import Signer
from minigate.config import AuditSettings
from minigate.store.engine import is_sqlite, sync_url
from minigate.store.schema import audit_checkpoints, audit_entries

log = logging.getLogger("minigate.audit")
Entry = dict[str, Any]
_PG_LOCK_ID = 7_412_032
_MAX_BATCH = 512
_LINGER_S = 0.05


class AuditTrail(Protocol):
    """What the pipeline and the admin API need from the audit trail."""

    def record(self, entry: Entry) -> None: ...


def create_writer_engine(url: str) -> Engine:
    """A synchronous engine for the writer thread. On SQLite every transaction starts with
    BEGIN IMMEDIATE: the head read and the insert then happen under the write lock, also
    against other processes."""
    if not is_sqlite(url):
        return create_engine(sync_url(url), pool_size=2, max_overflow=0, pool_pre_ping=True)
    engine = create_engine(
        sync_url(url),
        pool_size=1,
        max_overflow=0,
        connect_args={"timeout": 30, "check_same_thread": False},
    )

    def no_driver_begin(dbapi_connection: Any, _: Any) -> None:
        dbapi_connection.isolation_level = None

    def begin_immediate(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", no_driver_begin)
    event.listen(engine, "begin", begin_immediate)
    return engine


class AuditLog:
    """Appends entries to the chain and signs its head every ``checkpoint_every`` entries."""

    def __init__(
        self,
        engine: AsyncEngine,
        writer: Engine,
        signer: Signer,
        settings: AuditSettings,
        sources: ModelSources | None = None,
    ) -> None:
        self.engine = engine  # for reading
        self._writer_engine = writer
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
            # Linger so that entries arriving meanwhile share one transaction: under load this
            # turns one lock, head read and commit per request into one per batch.
            await asyncio.sleep(_LINGER_S)
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
        await asyncio.to_thread(self._append_rows, rows)

    def _append_rows(self, rows: list[Entry]) -> None:
        with self._locked() as conn:
            seq, prev = head(conn)
            for row in rows:
                seq += 1
                row["seq"], row["prev_hash"] = seq, prev
                prev = row["entry_hash"] = entry_hash(prev, row)
            conn.execute(insert(audit_entries), rows)
            every = self.settings.checkpoint_every
            for row in rows:
                if row["seq"] % every == 0:
                    self._sign(conn, row["seq"], row["entry_hash"])

    async def _complete(self, entry: Entry) -> Entry:
        row: Entry = {name: entry.get(name) for name in CHAINED if name != "seq"}
        if self.sources is not None and row["served_model"] and row["event"] == "request":
            row["model_sha256"], row["upstream"] = await self.sources.describe(row["served_model"])
        for name in TEXTS:
            row[name] = entry.get(name) if self.settings.retain_text else None
        return row

    async def checkpoint_head(self) -> int | None:
        """Sign the current head unless it is signed already; returns its seq (None: empty)."""
        return await asyncio.to_thread(self._checkpoint_head)

    def _checkpoint_head(self) -> int | None:
        with self._locked() as conn:
            seq, head_hash = head(conn)
            if seq == 0:
                return None
            signed = conn.execute(
                select(audit_checkpoints.c.seq).where(audit_checkpoints.c.seq == seq)
            )
            if signed.first() is None:
                self._sign(conn, seq, head_hash)
            return seq

    def _sign(self, conn: Connection, seq: int, head_hash: str) -> None:
        conn.execute(
            insert(audit_checkpoints).values(
                seq=seq,
                head_hash=head_hash,
                at=utc_stamp(),
                public_key_id=self.signer.key_id,
                signature=self.signer.sign(seq, head_hash),
            )
        )

    @contextlib.contextmanager
    def _locked(self) -> Iterator[Connection]:
        with self._writer_engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK_ID})"))
            yield conn


def head(conn: Connection) -> tuple[int, str]:
    """The last entry's (seq, entry_hash); (0, GENESIS) for an empty chain."""
    found = conn.execute(
        select(audit_entries.c.seq, audit_entries.c.entry_hash)
        .order_by(audit_entries.c.seq.desc())
        .limit(1)
    )
    row = found.first()
    return (int(row.seq), str(row.entry_hash)) if row else (0, GENESIS)
