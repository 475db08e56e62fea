"""Cache stores behind one small protocol: SQLite (default, one machine) and Redis (shared)."""

from __future__ import annotations

from minigate.cache.settings import CacheSettings
from minigate.cache.store.protocol import CacheStore, Entry, StoreStats, StoreUnavailable
from minigate.cache.store.sqlite import SqliteStore

__all__ = ["CacheStore", "Entry", "StoreStats", "StoreUnavailable", "open_store"]


def open_store(settings: CacheSettings) -> CacheStore:
    """The configured store; nothing connects until the first call."""
    if settings.backend == "redis":
        # Imported here: the redis client takes ~0.3 s of CPU to import, which every
        # `minigate` command and gateway on SQLite would pay for nothing.
        from minigate.cache.store.redis import RedisStore

        return RedisStore(settings.redis_url, settings.ttl_s, settings.max_entries)
    return SqliteStore(settings.sqlite_path, settings.ttl_s, settings.max_entries)
