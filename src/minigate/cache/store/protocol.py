"""What every cache store offers; the stage and the admin tools only see this."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np


class StoreUnavailable(Exception):
    """The store cannot be reached (Redis down); the gateway serves uncached meanwhile."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One cached answer. ``namespace`` is a hash, never a raw key or tenant name."""

    namespace: str
    key: str
    model: str
    response: bytes
    semantic_filter: str | None = None
    vector: np.ndarray | None = None
    hits: int = 0
    prompt: str | None = None  # the last user turn embedded as ``vector`` (cache.veto reads it)

    @property
    def size(self) -> int:
        return len(self.response)


@dataclass(frozen=True, slots=True)
class Vectors:
    keys: list[str]
    matrix: np.ndarray  # float32, one row per key

    @classmethod
    def from_blobs(cls, keys: list[str], blobs: list[bytes]) -> Vectors:
        """One matrix from little-endian float32 blobs, without a copy per row."""
        if not keys:
            return cls([], np.zeros((0, 0), dtype=np.float32))
        matrix = np.frombuffer(b"".join(blobs), dtype="<f4").reshape(len(keys), -1)
        return cls(keys, matrix)


@dataclass(slots=True)
class StoreStats:
    backend: str
    entries: int = 0
    bytes: int = 0
    hits: int = 0
    models: dict[str, int] = field(default_factory=dict)
    namespaces: int = 0


class CacheStore(Protocol):
    """Entries keyed by (namespace, key), expiring after ``ttl_s``, evicted least recently used.

    Every method may raise ``StoreUnavailable``.
    """

    name: str

    async def get(self, namespace: str, key: str) -> Entry | None:
        """The live entry, marked as used (for LRU) and counted as a hit; None if absent."""
        ...

    async def put(self, entry: Entry) -> None:
        """Store or replace an entry, then evict the least recently used beyond the limit."""
        ...

    async def vectors(self, namespace: str, semantic_filter: str) -> Vectors:
        """The keys and unit vectors (one row each) of the live entries sharing a filter."""
        ...

    async def prompts(self, namespace: str, keys: list[str]) -> dict[str, str | None]:
        """The prompts of these entries, in one round trip: the veto reads them only for the
        few candidates over the threshold, not for every vector scanned. None for an entry
        stored without one (before prompts were kept) or gone since."""
        ...

    async def stats(self) -> StoreStats: ...

    async def invalidate(self, model: str | None = None, namespace: str | None = None) -> int:
        """Delete the entries of a model and/or a namespace (both None: all); the count."""
        ...

    async def ping(self) -> None:
        """Raise StoreUnavailable when the store cannot be reached."""
        ...

    async def aclose(self) -> None: ...
