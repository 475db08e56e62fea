"""What a collection store does, whatever holds the vectors (Chroma, embedded or server).

Collections belong to an owner (the API key's id). Every method takes the owner, so a store
can never hand one key's collection to another: to any other owner it does not exist.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

Metadata = dict[str, str | int | float | bool]
# Ends a "no such collection" message; the CLI names its own command instead.
LIST_YOURS = "List yours with GET /v1/collections."


@dataclass(frozen=True, slots=True)
class Collection:
    name: str
    owner: str
    created_at: int  # unix seconds, UTC
    embedding_model: str
    revision: str = ""  # new at every change: a BM25 index built at another is stale
    chunks: int = 0


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a document as stored: its text, its metadata and its vector."""

    id: str
    text: str
    metadata: Metadata
    embedding: np.ndarray | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    chunk: Chunk
    score: float
    ranks: dict[str, int] = field(default_factory=dict)  # method -> 1-based rank


class CollectionStore(Protocol):
    """Collections of chunks with vectors, per owner."""

    async def create(self, owner: str, name: str, embedding_model: str) -> Collection: ...

    async def get(self, owner: str, name: str) -> Collection:
        """The collection; ``NotFound`` when this owner has none of that name."""
        ...

    async def list_collections(self, owner: str) -> list[Collection]: ...

    async def delete(self, owner: str, name: str) -> None: ...

    async def add(self, owner: str, name: str, chunks: Sequence[Chunk]) -> None: ...

    async def delete_where(self, owner: str, name: str, where: Mapping[str, Any]) -> int:
        """Delete the chunks whose metadata match ``where`` (equality); how many went."""
        ...

    async def chunks(
        self,
        owner: str,
        name: str,
        where: Mapping[str, Any] | None = None,
        limit: int | None = None,
    ) -> list[Chunk]:
        """Chunks (without vectors) whose metadata match ``where``."""
        ...

    async def nearest(
        self,
        owner: str,
        name: str,
        vector: np.ndarray,
        k: int,
        where: Mapping[str, Any] | None = None,
    ) -> list[Hit]: ...

    async def aclose(self) -> None: ...
