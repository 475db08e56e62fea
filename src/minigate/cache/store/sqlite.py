"""The default store: one SQLite file, shared safely by the processes of one machine (WAL)."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from minigate.cache.store.protocol import Entry, StoreStats, Vectors
from minigate.store.engine import create_private

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cache_entries (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    model TEXT NOT NULL,
    semantic_filter TEXT,
    vector BLOB,
    response BLOB NOT NULL,
    prompt TEXT,
    size INTEGER NOT NULL,
    hits INTEGER NOT NULL DEFAULT 0,
    expires_at REAL NOT NULL,
    last_used REAL NOT NULL,
    PRIMARY KEY (namespace, key)
);
CREATE INDEX IF NOT EXISTS cache_by_filter ON cache_entries (namespace, semantic_filter);
CREATE INDEX IF NOT EXISTS cache_by_use ON cache_entries (last_used);
CREATE INDEX IF NOT EXISTS cache_by_expiry ON cache_entries (expires_at);
"""


def _add_prompt_column(db: sqlite3.Connection) -> None:
    """A cache file written before prompts were kept gains the column; its entries keep none
    (the veto then serves them only as exact hits until they expire)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(cache_entries)")}
    if "prompt" not in columns:
        db.execute("ALTER TABLE cache_entries ADD COLUMN prompt TEXT")


class SqliteStore:
    name = "sqlite"

    def __init__(self, path: str | Path, ttl_s: float, max_entries: int) -> None:
        self.path = Path(path)
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            create_private(self.path)  # cached answers are prompts and answers: 0600
            db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA busy_timeout=5000")
            db.executescript(_SCHEMA)
            _add_prompt_column(db)
            self._db = db
        return self._db

    async def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        def locked() -> T:
            with self._lock:
                return work(self._connect())

        return await asyncio.to_thread(locked)

    async def get(self, namespace: str, key: str) -> Entry | None:
        def work(db: sqlite3.Connection) -> Entry | None:
            now = time.time()
            row = db.execute(
                "UPDATE cache_entries SET hits = hits + 1, last_used = ? "
                "WHERE namespace = ? AND key = ? AND expires_at > ? "
                "RETURNING model, response, semantic_filter, hits",
                (now, namespace, key, now),
            ).fetchone()
            if row is None:
                return None
            return Entry(namespace, key, row[0], row[1], semantic_filter=row[2], hits=row[3])

        return await self._run(work)

    async def put(self, entry: Entry) -> None:
        vector = None if entry.vector is None else entry.vector.astype("<f4").tobytes()

        def work(db: sqlite3.Connection) -> None:
            now = time.time()
            with db:
                db.execute("BEGIN IMMEDIATE")
                db.execute(
                    "INSERT OR REPLACE INTO cache_entries (namespace, key, model, "
                    "semantic_filter, vector, response, prompt, size, hits, expires_at, "
                    "last_used) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                    (
                        entry.namespace,
                        entry.key,
                        entry.model,
                        entry.semantic_filter,
                        vector,
                        entry.response,
                        entry.prompt,
                        entry.size,
                        now + self.ttl_s,
                        now,
                    ),
                )
                db.execute("DELETE FROM cache_entries WHERE expires_at <= ?", (now,))
                db.execute(
                    "DELETE FROM cache_entries WHERE rowid IN (SELECT rowid FROM cache_entries "
                    "ORDER BY last_used DESC LIMIT -1 OFFSET ?)",
                    (self.max_entries,),
                )

        await self._run(work)

    async def vectors(self, namespace: str, semantic_filter: str) -> Vectors:
        def work(db: sqlite3.Connection) -> Vectors:
            rows = db.execute(
                "SELECT key, vector FROM cache_entries WHERE namespace = ? "
                "AND semantic_filter = ? AND vector IS NOT NULL AND expires_at > ?",
                (namespace, semantic_filter, time.time()),
            ).fetchall()
            return Vectors.from_blobs([row[0] for row in rows], [row[1] for row in rows])

        return await self._run(work)

    async def prompts(self, namespace: str, keys: list[str]) -> dict[str, str | None]:
        def work(db: sqlite3.Connection) -> dict[str, str | None]:
            marks = ", ".join("?" * len(keys))
            rows = db.execute(
                f"SELECT key, prompt FROM cache_entries WHERE namespace = ? AND key IN ({marks})",
                (namespace, *keys),
            ).fetchall()
            found: dict[str, str | None] = dict.fromkeys(keys)
            found.update((key, prompt) for key, prompt in rows)
            return found

        return await self._run(work) if keys else {}

    async def stats(self) -> StoreStats:
        def work(db: sqlite3.Connection) -> StoreStats:
            now = time.time()
            entries, size, hits, namespaces = db.execute(
                "SELECT count(*), coalesce(sum(size), 0), coalesce(sum(hits), 0), "
                "count(DISTINCT namespace) FROM cache_entries WHERE expires_at > ?",
                (now,),
            ).fetchone()
            models = db.execute(
                "SELECT model, count(*) FROM cache_entries WHERE expires_at > ? GROUP BY model",
                (now,),
            ).fetchall()
            return StoreStats(self.name, entries, size, hits, dict(models), namespaces)

        return await self._run(work)

    async def invalidate(self, model: str | None = None, namespace: str | None = None) -> int:
        def work(db: sqlite3.Connection) -> int:
            cursor = db.execute(
                "DELETE FROM cache_entries WHERE (? IS NULL OR model = ?) "
                "AND (? IS NULL OR namespace = ?)",
                (model, model, namespace, namespace),
            )
            return cursor.rowcount

        return await self._run(work)

    async def ping(self) -> None:
        await self._run(lambda db: db.execute("SELECT 1").fetchone())

    async def aclose(self) -> None:
        def close() -> None:
            with self._lock:
                if self._db is not None:
                    self._db.close()
                    self._db = None

        await asyncio.to_thread(close)
