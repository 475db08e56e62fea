"""The appender: entries are queued by requests and chained into the table by one writer task.

A request only puts its entry on a queue (no added latency); the writer task takes everything
queued and hands it, as one batch, to the store's writer (minigate.store.writer), which appends
it in a transaction that first locks the chain's head — BEGIN IMMEDIATE on SQLite, a
transaction-scoped advisory lock on PostgreSQL — so that any number of processes sharing the
store extend one chain and never fork it. The writer appends a batch 50 ms after it came, with
the ledger rows pending then in the same transaction: the ledger and the audit trail share one
connection and one thread, and, on SQLite, no longer wait for each other's write lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, Protocol

from sqlalchemy import Connection, insert, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.audit.anchor import FileAnchor
from minigate.audit.chain import CHAINED, GENESIS, TEXTS, entry_hash, utc_stamp
from minigate.audit.models import ModelSources
from minigate.audit.settings import AuditSettings
from minigate.audit.signer import Signer
from minigate.store.health import log_failure
from minigate.store.schema import audit_checkpoints, audit_entries
from minigate.store.writer import StoreWriter

log = logging.getLogger("minigate.audit")
Entry = dict[str, Any]
_PG_LOCK_ID = 7_412_032
_MAX_BATCH = 512
_LINGER_S = 0.05


class AuditTrail(Protocol):
    """What the pipeline and the admin API need from the audit trail."""

    def record(self, entry: Entry) -> None: ...


class AuditLog:
    """Appends entries to the chain and signs its head every ``checkpoint_every`` entries."""

    def __init__(
        self,
        engine: AsyncEngine,
        writer: StoreWriter,
        signer: Signer,
        settings: AuditSettings,
        sources: ModelSources | None = None,
        anchor: FileAnchor | None = None,
    ) -> None:
        self.engine = engine  # for reading
        self._store = writer
        self._batches = writer.channel(self._append_rows, linger=_LINGER_S, late=True)
        self.signer = signer
        self.settings = settings
        self.sources = sources
        self.anchor = anchor
        self._queue: asyncio.Queue[Entry] = asyncio.Queue()
        self._writer: asyncio.Task[None] | None = None
        # The batch the writer task took and has not handed to the store yet: what a cancelled
        # task leaves for ``aclose`` to write.
        self._taken: list[Entry] = []

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
        await self._stop_writer()
        queued = self._take()
        left, self._taken = self._taken + queued, []
        if left:
            await self._write(left)
        for _ in queued:
            self._queue.task_done()
        try:
            if checkpoint:
                await self.checkpoint_head()
        except (SQLAlchemyError, OSError) as exc:
            # A store deleted or corrupted under the gateway: /health has reported it; the
            # shutdown says so in one line and goes on closing the rest.
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            log.error("The audit head was not signed at shutdown; the store failed: %s", reason)
        finally:
            if self.anchor is not None:
                self.anchor.close()

    async def _stop_writer(self) -> None:
        """Let the writer task write what is queued, then stop it. A forced shutdown (a second
        Ctrl-C: asyncio.run's end cancels every task at once) may cancel it first, with entries
        queued: waiting for the queue alone then waited for ever. ``aclose`` writes those."""
        writer = self._writer
        if writer is None:
            return
        if not writer.done():
            joined = asyncio.ensure_future(self._queue.join())
            await asyncio.wait((joined, writer), return_when=asyncio.FIRST_COMPLETED)
            joined.cancel()
            writer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await writer

    def _take(self) -> list[Entry]:
        """What is queued, up to the most one batch holds."""
        batch: list[Entry] = []
        while not self._queue.empty() and len(batch) < _MAX_BATCH:
            batch.append(self._queue.get_nowait())
        return batch

    async def _write_forever(self) -> None:
        while True:
            batch = self._taken = [await self._queue.get()]
            batch += self._take()
            try:
                await self._write(batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _write(self, batch: list[Entry]) -> None:
        try:
            await self._append(batch)
        except Exception as exc:
            self._taken = []  # not written again at shutdown
            # The request has been answered already; losing its entry is logged loudly
            # (one line when the PostgreSQL server is gone, as the other writers log it).
            log_failure(log, f"Could not append {len(batch)} audit entries", exc)

    async def _append(self, batch: list[Entry]) -> None:
        # Lingers (on the writer) so that entries arriving meanwhile share its transaction:
        # under load, one lock, head read and commit per 50 ms instead of per request.
        rows = [await self._complete(entry) for entry in batch]
        written = self._batches.submit(rows)
        self._taken = []  # the store's writer writes them now, whoever waits for it
        await written
        if self.anchor is not None:
            # Committed: the rows hold the seq and hash they were written with.
            every = self.settings.checkpoint_every
            for row in rows:
                if row["seq"] % every == 0:
                    self._anchor_checkpoint(row["seq"], row["entry_hash"])
            self.anchor.head(rows[-1]["seq"], rows[-1]["entry_hash"])

    def _anchor_checkpoint(self, seq: int, head_hash: str) -> None:
        # Ed25519 signatures are deterministic: this is the signature the table holds.
        assert self.anchor is not None
        signature = self.signer.sign(seq, head_hash)
        self.anchor.checkpoint(seq, head_hash, signature, self.signer.key_id)

    def _append_rows(self, conn: Connection, batches: list[list[Entry]]) -> None:
        """Chain ``batches`` onto the head, in the writer's transaction (its thread)."""
        rows = [row for batch in batches for row in batch]
        lock_head(conn)
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
            adapter = await self.sources.adapter(row["served_model"])
            if adapter is not None:  # beside a held answer's review id
                row["detail"] = {**(row["detail"] or {}), **adapter}
        for name in TEXTS:
            row[name] = entry.get(name) if self.settings.retain_text else None
        return row

    async def checkpoint_head(self) -> int | None:
        """Sign the current head unless it is signed already; returns its seq (None: empty)."""
        seq, head_hash = await self._store.transaction(self._checkpoint_head)
        if seq == 0:
            return None
        if self.anchor is not None:
            self._anchor_checkpoint(seq, head_hash)
        return seq

    def _checkpoint_head(self, conn: Connection) -> tuple[int, str]:
        lock_head(conn)
        seq, head_hash = head(conn)
        if seq == 0:
            return seq, head_hash
        signed = conn.execute(select(audit_checkpoints.c.seq).where(audit_checkpoints.c.seq == seq))
        if signed.first() is None:
            self._sign(conn, seq, head_hash)
        return seq, head_hash

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


def lock_head(conn: Connection) -> None:
    """Hold the chain's head until the transaction ends. On SQLite the writer's BEGIN IMMEDIATE
    holds the database's write lock already; PostgreSQL takes an advisory lock."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK_ID})"))


def head(conn: Connection) -> tuple[int, str]:
    """The last entry's (seq, entry_hash); (0, GENESIS) for an empty chain."""
    found = conn.execute(
        select(audit_entries.c.seq, audit_entries.c.entry_hash)
        .order_by(audit_entries.c.seq.desc())
        .limit(1)
    )
    row = found.first()
    return (int(row.seq), str(row.entry_hash)) if row else (0, GENESIS)
