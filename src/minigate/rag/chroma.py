"""The Chroma collection store: embedded (``PersistentClient``) or a shared ``chroma run`` server.

Chroma never embeds anything here: minigate's own embedder makes every vector and passes it
in, so Chroma's default embedding function (which downloads a model) is never called, and
its telemetry is off. Chroma's client is synchronous; every call runs in a worker thread.

Which collections exist, whose they are and their revision live in one registry collection
beside them, so gateways sharing a server share it too. A key's collections are stored under
a name derived from the key's id, so two keys may both have a collection called "docs".
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, TypeVar
from urllib.parse import urlsplit

import numpy as np

from minigate.errors import (
    BackendFailed,
    CollectionExists,
    CollectionNotFound,
    InvalidCollectionName,
    NotFound,
)
from minigate.rag.settings import RagSettings
from minigate.rag.store import LIST_YOURS as LIST_YOURS  # the CLI imports it from here
from minigate.rag.store import Chunk, Collection, Hit, Metadata

T = TypeVar("T")
REGISTRY = "minigate-registry"
LOCK = "minigate.lock"  # in the embedded store's folder: see open_elsewhere
_ADD_BATCH = 1000


def _chroma_settings() -> Any:
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


def open_client(settings: RagSettings) -> Any:
    """A Chroma client for the configured place; the server must be reachable."""
    # Off in the settings passed below, and in the environment for anything Chroma starts
    # that reads only that.
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import chromadb

    if settings.chroma_url:
        url = urlsplit(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=_chroma_settings(),
        )
    # The chunks are documents' text: a folder we make is the gateway user's alone (0700),
    # as the store's database file is (0600); one the operator made keeps its permissions.
    Path(settings.chroma_path).expanduser().mkdir(mode=0o700, parents=True, exist_ok=True)
    return chromadb.PersistentClient(
        path=str(Path(settings.chroma_path).expanduser()), settings=_chroma_settings()
    )


def _lock_path(settings: RagSettings) -> Path:
    return Path(settings.chroma_path).expanduser() / LOCK


def _hold(settings: RagSettings) -> BinaryIO | None:
    """A shared lock on the embedded store's lock file, held while this process has the store
    open, so that another process can tell (``open_elsewhere``)."""
    if settings.chroma_url or os.name != "posix":
        return None
    import fcntl

    try:
        held = _lock_path(settings).open("ab")
    except OSError:  # a folder this process may only read: nothing to tell the others
        return None
    fcntl.flock(held, fcntl.LOCK_SH)
    return held


def open_elsewhere(settings: RagSettings) -> bool:
    """Whether another process (a running gateway, say) has the embedded store open. Chroma's
    embedded store is not shared between processes: that one keeps its vector index in
    memory and does not see what this process writes until it reopens the store. Ask before
    this process opens the store itself."""
    path = _lock_path(settings)
    if settings.chroma_url or os.name != "posix" or not path.exists():
        return False
    import fcntl

    with path.open("ab") as probe:
        try:
            fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
    return False


def storage_name(owner: str, name: str) -> str:
    return f"mg-{hashlib.sha256(owner.encode()).hexdigest()[:12]}-{name}"


class ChromaStore:
    """A ``CollectionStore`` on Chroma."""

    def __init__(self, client: Any, held: BinaryIO | None = None) -> None:
        self._client = client
        self._held = held
        self._registry: Any = None
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, settings: RagSettings) -> ChromaStore:
        try:
            client = await asyncio.to_thread(open_client, settings)
            held = await asyncio.to_thread(_hold, settings)
        except Exception as exc:
            where = settings.chroma_url or settings.chroma_path
            raise BackendFailed(f"Cannot open the Chroma store at {where}: {exc}") from None
        return cls(client, held)

    async def _call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        from chromadb.errors import NotFoundError

        try:
            return await asyncio.to_thread(partial(fn, *args, **kwargs))
        except NotFoundError:
            # A collection's storage dropped by a delete after this request opened it.
            raise _not_found("The collection was deleted while this request ran") from None

    async def _reg(self) -> Any:
        if self._registry is None:
            self._registry = await self._call(
                self._client.get_or_create_collection, REGISTRY, embedding_function=None
            )
        return self._registry

    async def create(self, owner: str, name: str, embedding_model: str) -> Collection:
        registry, key = await self._reg(), storage_name(owner, name)
        async with self._lock:
            if (await self._call(registry.get, ids=[key]))["ids"]:
                raise CollectionExists(
                    f"A collection named '{name}' already exists; pick another name or delete it "
                    "first.",
                    param="name",
                )
            await self._make(name, key)
            record: Metadata = {
                "owner": owner,
                "name": name,
                "created_at": int(time.time()),
                "embedding_model": embedding_model,
                "revision": uuid.uuid4().hex,
            }
            await self._call(registry.upsert, ids=[key], embeddings=[[0.0]], metadatas=[record])
        return _collection(record)

    async def _make(self, name: str, key: str) -> None:
        from chromadb.errors import InvalidArgumentError

        try:
            await self._call(
                self._client.get_or_create_collection,
                key,
                metadata={"hnsw:space": "cosine"},
                embedding_function=None,
            )
        except (InvalidArgumentError, ValueError) as exc:
            # The library checks names by Chroma's rule first; a Chroma (or server) with a
            # stricter one still answers the client with a 400 naming the name, never a 500.
            raise InvalidCollectionName(
                f"The collection name '{name}' is not allowed by the Chroma store: {exc}",
                param="name",
            ) from None

    async def get(self, owner: str, name: str) -> Collection:
        found = await self._call((await self._reg()).get, ids=[storage_name(owner, name)])
        if not found["ids"]:
            raise _not_found(f"The collection '{name}' does not exist")
        collection = _collection(found["metadatas"][0])
        count = await self._call((await self._collection(owner, name)).count)
        return replace(collection, chunks=count)

    async def list_collections(self, owner: str) -> list[Collection]:
        found = await self._call((await self._reg()).get, where={"owner": owner})
        return sorted((_collection(m) for m in found["metadatas"]), key=lambda c: c.name)

    async def delete(self, owner: str, name: str) -> None:
        await self.get(owner, name)
        key = storage_name(owner, name)
        await self._call((await self._reg()).delete, ids=[key])
        await self._drop(key)

    async def _drop(self, key: str) -> None:
        with contextlib.suppress(Exception):
            await self._call(self._client.delete_collection, key)

    async def _collection(self, owner: str, name: str) -> Any:
        return await self._call(
            self._client.get_or_create_collection,
            storage_name(owner, name),
            metadata={"hnsw:space": "cosine"},
            embedding_function=None,
        )

    async def _touch(self, owner: str, name: str) -> bool:
        """A new revision for the collection; False if it is no longer registered."""
        registry, key = await self._reg(), storage_name(owner, name)
        found = await self._call(registry.get, ids=[key])
        if found["ids"]:
            record = {**found["metadatas"][0], "revision": uuid.uuid4().hex}
            await self._call(registry.update, ids=[key], metadatas=[record])
        return bool(found["ids"])

    async def add(self, owner: str, name: str, chunks: Sequence[Chunk]) -> None:
        collection = await self._collection(owner, name)
        lost: NotFound | None = None
        try:
            for first in range(0, len(chunks), _ADD_BATCH):
                batch = chunks[first : first + _ADD_BATCH]
                await self._call(
                    collection.upsert,
                    ids=[c.id for c in batch],
                    documents=[c.text for c in batch],
                    metadatas=[c.metadata for c in batch],
                    embeddings=np.stack([_vector(c) for c in batch]),
                )
        except NotFound as exc:  # its storage was dropped after it was opened above
            lost = exc
        if not await self._touch(owner, name):
            # Deleted while these chunks were embedded or written: an upsert made its storage
            # again, and a new collection of the name would have found them there.
            await self._drop(storage_name(owner, name))
            raise _not_found(f"The collection '{name}' was deleted while this request ran")
        if lost is not None:  # deleted and made again under the same name meanwhile
            raise lost

    async def delete_where(self, owner: str, name: str, where: Mapping[str, Any]) -> int:
        collection = await self._collection(owner, name)
        found = await self._call(collection.get, where=_where(where), include=[])
        if found["ids"]:
            await self._call(collection.delete, ids=found["ids"])
            await self._touch(owner, name)
        return len(found["ids"])

    async def chunks(
        self,
        owner: str,
        name: str,
        where: Mapping[str, Any] | None = None,
        limit: int | None = None,
    ) -> list[Chunk]:
        collection = await self._collection(owner, name)
        found = await self._call(
            collection.get,
            where=_where(where),
            limit=limit,
            include=["documents", "metadatas"],
        )
        return [
            _chunk(i, d, m)
            for i, d, m in zip(found["ids"], found["documents"], found["metadatas"], strict=True)
        ]

    async def nearest(
        self,
        owner: str,
        name: str,
        vector: np.ndarray,
        k: int,
        where: Mapping[str, Any] | None = None,
    ) -> list[Hit]:
        collection = await self._collection(owner, name)
        found = await self._call(
            collection.query,
            query_embeddings=[vector.astype(np.float32)],
            n_results=k,
            where=_where(where),
            include=["documents", "metadatas", "distances"],
        )
        rows = zip(
            found["ids"][0], found["documents"][0], found["metadatas"][0], found["distances"][0],
            strict=True,
        )  # fmt: skip
        # ranked after the ghosts are dropped: the hits after one move up in its place
        kept = [(_chunk(i, d, m), dist) for i, d, m, dist in rows if _stored(d, m)]
        return [
            Hit(chunk, 1.0 - float(dist), {"vector": rank})
            for rank, (chunk, dist) in enumerate(kept, start=1)
        ]

    async def aclose(self) -> None:
        self._registry = None
        if self._held is not None:
            self._held.close()
            self._held = None


def _not_found(what: str) -> CollectionNotFound:
    return CollectionNotFound(f"{what}. {LIST_YOURS}", param="collection")


def _chunk(chunk_id: str, text: str | None, metadata: Mapping[str, Any] | None) -> Chunk:
    """A chunk as Chroma returns it (a document or metadata may come back as None)."""
    return Chunk(chunk_id, text or "", dict(metadata or {}))


def _stored(text: str | None, metadata: Mapping[str, Any] | None) -> bool:
    """Whether a hit is a stored chunk: an embedded Chroma store written by another process
    (``minigate ingest`` beside a running gateway) still finds chunks deleted there in its
    vector index, with no text and no metadata left (ghosts)."""
    return bool(text and metadata and metadata.get("doc_id"))


def _vector(chunk: Chunk) -> np.ndarray:
    if chunk.embedding is None:
        raise ValueError(f"chunk {chunk.id} has no embedding")
    return chunk.embedding.astype(np.float32)


def _where(where: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Chroma wants one condition bare and several under $and."""
    if not where:
        return None
    items = [{key: value} for key, value in where.items()]
    return items[0] if len(items) == 1 else {"$and": items}


def _collection(record: Mapping[str, Any]) -> Collection:
    return Collection(
        name=str(record["name"]),
        owner=str(record["owner"]),
        created_at=int(record["created_at"]),
        embedding_model=str(record["embedding_model"]),
        revision=str(record["revision"]),
    )
