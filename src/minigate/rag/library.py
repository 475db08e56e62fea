"""Collections of documents for one gateway: create, ingest, list, delete, search.

Everything is per owner (the caller's key id): another key's collection does not exist for
you, it is not merely forbidden. The Chroma store opens on first use, so a gateway that never
touches documents never imports Chroma.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Literal

import numpy as np

from minigate.context import Priority
from minigate.errors import (
    CollectionNotFound,
    DocumentNotFound,
    InvalidCollectionName,
    InvalidRequest,
)
from minigate.rag.chunking import Piece, chunk_blocks
from minigate.rag.loaders import LoadError, load
from minigate.rag.multilingual import MULTILINGUAL
from minigate.rag.retrieval import EmbedFn, Method, Retriever
from minigate.rag.settings import RagSettings
from minigate.rag.store import LIST_YOURS, Chunk, Collection, CollectionStore, Hit, Metadata

PUBLIC = "public"  # the owner of collections made on an open gateway, without a key
# Chroma's rule for the name stored (``chroma.storage_name``: a 16-character prefix before it):
# letters, digits, '.', '_' and '-', starting and ending with a letter or digit, no '..'; the
# 47 keep it within the 63 characters that Chroma servers before 1.0 allow.
_NAME = re.compile(r"(?!.*\.\.)[A-Za-z0-9](?:[A-Za-z0-9._-]{0,45}[A-Za-z0-9])?")
_NAME_RULE = (
    "use 1-47 letters, digits, '.', '_' or '-', starting and ending with a letter or digit, "
    "with no '..'"
)
_EMBED_BATCH = 64
_STORE_BATCH = 512  # chunks embedded and stored together by ingest_many
StoreOpener = Callable[[RagSettings], Awaitable[CollectionStore]]
IngestStatus = Literal["added", "replaced", "unchanged", "error"]


@dataclass(slots=True)
class IngestResult:
    """What happened to one file: added, replaced, unchanged, or an error naming why."""

    source: str
    status: IngestStatus
    document_id: str | None = None
    chunks: int = 0
    error: str | None = None
    code: str | None = None

    def to_json(self) -> dict[str, Any]:
        fields = ("source", "status", "document_id", "chunks", "error", "code")
        return {key: getattr(self, key) for key in fields if getattr(self, key) is not None}


@dataclass(frozen=True, slots=True)
class _Pending:
    """A file read and chunked, waiting for its batch to be embedded and stored."""

    source: str
    doc_id: str
    digest: str
    old_hash: str | None
    pieces: list[Piece]
    origin: str | None


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: str
    source: str
    content_hash: str
    chunks: int
    ingested_at: int
    pages: list[int] = field(default_factory=list)


def _exists(path: str) -> bool:
    return Path(path).expanduser().exists()


def owner_of(key_id: str | None) -> str:
    return key_id or PUBLIC


def document_id(source: str) -> str:
    return "doc-" + hashlib.sha256(source.encode()).hexdigest()[:20]


def check_source(source: str) -> str:
    """A document's name: a relative path without '..', never a way out of anywhere."""
    path = PurePosixPath(source)
    bad = (
        not source.strip()
        or len(source) > 512
        or "\\" in source
        or path.is_absolute()
        or any(part in ("..", ".") for part in path.parts)
        or any(ord(ch) < 32 for ch in source)
    )
    if bad:
        raise InvalidRequest(
            f"The file name '{source}' is not allowed: use a plain relative name without '..', "
            "'/' at the start, backslashes or control characters.",
            param="file",
            code="invalid_filename",
        )
    return path.as_posix()


class Library:
    """The gateway's document collections."""

    def __init__(
        self,
        settings: RagSettings,
        embed_for: Callable[[str], EmbedFn | None],
        opener: StoreOpener,
        background_for: Callable[[str], EmbedFn | None] | None = None,
    ) -> None:
        self.settings = settings
        self._embed_for = embed_for
        # A document's chunks yield the shared embedder to interactive calls (questions,
        # other tenants' embeddings); without one, they go as embed_for's do.
        self._background_for = background_for or embed_for
        self._opener = opener
        self._store: CollectionStore | None = None
        self._opening = asyncio.Lock()
        self._retriever: Retriever | None = None

    def embedder(self, model: str, priority: Priority = "interactive") -> EmbedFn:
        lookup = self._background_for if priority == "background" else self._embed_for
        embed = lookup(model)
        if embed is None:
            raise InvalidRequest(
                f"'{model}' is not a configured embedding model; add one to 'models', set "
                f"rag.embedding_model to one that is, or use the built-in '{MULTILINGUAL}' "
                "(for Chinese and other languages than English).",
                code="model_not_found",
            )
        return embed

    async def store(self) -> CollectionStore:
        async with self._opening:
            if self._store is None:
                self._store = await self._opener(self.settings)
                self._retriever = Retriever(self._store, self.embedder, self.settings)
        return self._store

    async def retriever(self) -> Retriever:
        await self.store()
        assert self._retriever is not None
        return self._retriever

    async def aclose(self) -> None:
        if self._store is not None:
            await self._store.aclose()

    # -- collections ------------------------------------------------------------------

    async def create(self, owner: str, name: str, embedding_model: str | None = None) -> Collection:
        """A new, empty collection whose chunks ``embedding_model`` (default: the setting)
        embeds."""
        if not _NAME.fullmatch(name):
            raise InvalidCollectionName(
                f"The collection name '{name}' is not allowed: {_NAME_RULE}.", param="name"
            )
        model = embedding_model or self.settings.embedding_model
        self.embedder(model)
        return await (await self.store()).create(owner, name, model)

    async def existing(self, owner: str) -> list[Collection]:
        """The owner's collections, without creating an embedded store that is not there yet
        (listing models must not leave a Chroma folder behind)."""
        local = self._store is None and self.settings.chroma_url is None
        if local and not await asyncio.to_thread(_exists, self.settings.chroma_path):
            return []
        return await (await self.store()).list_collections(owner)

    async def get(self, owner: str, name: str) -> Collection:
        return await (await self.store()).get(owner, name)

    async def list_collections(self, owner: str) -> list[Collection]:
        """The owner's collections, each with its chunk count (the registry holds none, so a
        count per collection); one deleted meanwhile is left out."""
        store, counted = await self.store(), []
        for collection in await store.list_collections(owner):
            with contextlib.suppress(CollectionNotFound):
                counted.append(await store.get(owner, collection.name))
        return counted

    async def delete(self, owner: str, name: str) -> None:
        await (await self.store()).delete(owner, name)
        (await self.retriever()).forget(owner, name)

    # -- documents --------------------------------------------------------------------

    async def ingest(self, owner: str, name: str, source: str, data: bytes) -> IngestResult:
        """Add a document, replace it when its content changed, or do nothing when not.

        A file that cannot be read gives a result with the error; the store is untouched.
        """
        return (await self.ingest_many(owner, name, [(source, data)]))[0]

    async def ingest_many(
        self,
        owner: str,
        name: str,
        files: Iterable[tuple[str, bytes]],
        on_result: Callable[[IngestResult], None] | None = None,
        origins: Mapping[str, str] | None = None,
        replace_others: bool = False,
    ) -> list[IngestResult]:
        """``ingest`` for many files, read one by one from ``files``; their chunks are embedded
        and stored in batches, which is many times faster than file by file.

        ``origins`` (``minigate ingest``'s): for a source, the file it was read from. Such a
        document is replaced by its own file's new content, but by another file of the same
        name (from another folder) only with ``replace_others``: that is an error
        ``document_exists``. Without an origin (an upload) a name's new content replaces it.
        """
        collection = await self.get(owner, name)
        results: dict[int, IngestResult] = {}
        batch: dict[int, _Pending] = {}
        for n, (source, data) in enumerate(files):
            if any(p.source == check_source(source) for p in batch.values()):
                # The same document again in one call: store the first copy before reading
                # the next, as two calls would (one batch cannot hold a document twice).
                results |= await self._commit(collection, batch, on_result)
                batch = {}
            origin = (origins or {}).get(source)
            item = await self._prepare(owner, name, source, data, origin, replace_others)
            if isinstance(item, _Pending):
                batch[n] = item
            else:
                results[n] = item
                if on_result:
                    on_result(item)
            if sum(len(p.pieces) for p in batch.values()) >= _STORE_BATCH:
                results |= await self._commit(collection, batch, on_result)
                batch = {}
        results |= await self._commit(collection, batch, on_result)
        return [results[n] for n in sorted(results)]

    async def _prepare(
        self,
        owner: str,
        name: str,
        source: str,
        data: bytes,
        origin: str | None,
        replace_others: bool,
    ) -> IngestResult | _Pending:
        source = check_source(source)
        doc_id, digest = document_id(source), hashlib.sha256(data).hexdigest()
        store = await self.store()
        old = await store.chunks(owner, name, {"doc_id": doc_id}, limit=1)
        old_hash = str(old[0].metadata.get("content_hash")) if old else None
        if old_hash == digest:
            count = len(await store.chunks(owner, name, {"doc_id": doc_id}))
            return IngestResult(source, "unchanged", doc_id, count)
        old_origin = old[0].metadata.get("origin") if old else None
        if origin is not None and old_origin not in (None, origin) and not replace_others:
            error = f"{source}: the collection has a document of this name from another file"
            return IngestResult(source, "error", error=error, code="document_exists")
        try:
            pieces = await asyncio.to_thread(self._pieces, source, data)
        except LoadError as exc:
            return IngestResult(source, "error", error=f"{source}: {exc}", code=exc.code)
        limit = self.settings.max_chunks_per_document
        if origin is None and len(pieces) > limit:
            # An upload's chunks hold the embedder every tenant shares while they are
            # embedded (5,455 chunks held it 11 minutes on a 2-core machine); the operator's
            # own minigate ingest is not limited.
            error = (
                f"{source}: the document makes {len(pieces):,} chunks, more than the "
                f"{limit:,} an upload may have (rag.max_chunks_per_document); split it, or "
                "ingest it with minigate ingest"
            )
            return IngestResult(source, "error", error=error, code="too_many_chunks")
        return _Pending(source, doc_id, digest, old_hash, pieces, origin)

    async def _commit(
        self,
        collection: Collection,
        batch: dict[int, _Pending],
        on_result: Callable[[IngestResult], None] | None,
    ) -> dict[int, IngestResult]:
        if not batch:
            return {}
        texts = [piece.indexed_text() for item in batch.values() for piece in item.pieces]
        vectors = iter(await self._embed(collection, texts))
        now = int(time.time())
        chunks = [
            Chunk(
                f"{item.doc_id}-{item.digest[:12]}-{n}",
                piece.text,
                _metadata(piece, n, item, now),
                next(vectors),
            )
            for item in batch.values()
            for n, piece in enumerate(item.pieces)
        ]
        # Once embedded, a batch is stored whole even if the caller is cancelled (a client
        # that left an upload): never half a document, nor a new version beside its old one.
        return await asyncio.shield(self._store_batch(collection, batch, chunks, on_result))

    async def _store_batch(
        self,
        collection: Collection,
        batch: dict[int, _Pending],
        chunks: list[Chunk],
        on_result: Callable[[IngestResult], None] | None,
    ) -> dict[int, IngestResult]:
        store, owner, name = await self.store(), collection.owner, collection.name
        await store.add(owner, name, chunks)
        results = {}
        for index, item in batch.items():
            if item.old_hash is not None:
                where = {"doc_id": item.doc_id, "content_hash": item.old_hash}
                await store.delete_where(owner, name, where)
            status: IngestStatus = "replaced" if item.old_hash else "added"
            results[index] = IngestResult(item.source, status, item.doc_id, len(item.pieces))
            if on_result:
                on_result(results[index])
        return results

    def _pieces(self, source: str, data: bytes) -> list[Piece]:
        blocks = load(source, data, self.settings.max_upload_bytes)
        _, pieces = chunk_blocks(blocks, self.settings.chunk_tokens, self.settings.chunk_overlap)
        if not pieces:
            raise LoadError("no text found in the file", "no_text")
        return pieces

    async def _embed(self, collection: Collection, texts: list[str]) -> np.ndarray:
        """The texts' vectors, a pass at a time. Between passes the collection is looked up:
        one deleted meanwhile ends the upload at once, rather than holding the embedder every
        tenant shares for chunks that would be thrown away."""
        embed = self.embedder(collection.embedding_model, "background")
        parts = []
        for first in range(0, len(texts), _EMBED_BATCH):
            if first:
                await self._still_there(collection)
            parts.append(await embed(texts[first : first + _EMBED_BATCH]))
        return np.concatenate(parts) if parts else np.zeros((0, 1), dtype=np.float32)

    async def _still_there(self, collection: Collection) -> None:
        try:
            await (await self.store()).get(collection.owner, collection.name)
        except CollectionNotFound:
            raise CollectionNotFound(
                f"The collection '{collection.name}' was deleted while this request ran. "
                f"{LIST_YOURS}",
                param="collection",
            ) from None

    async def documents(self, owner: str, name: str) -> list[DocumentInfo]:
        await self.get(owner, name)
        docs: dict[str, dict[str, Any]] = {}
        for chunk in await (await self.store()).chunks(owner, name):
            meta = chunk.metadata
            doc = docs.setdefault(str(meta["doc_id"]), {"meta": meta, "chunks": 0, "pages": set()})
            doc["chunks"] += 1
            if "page" in meta:
                doc["pages"].add(int(meta["page"]))
        return sorted(
            (
                DocumentInfo(
                    id=doc_id,
                    source=str(d["meta"]["source"]),
                    content_hash=str(d["meta"]["content_hash"]),
                    chunks=d["chunks"],
                    ingested_at=int(d["meta"]["ingested_at"]),
                    pages=sorted(d["pages"]),
                )
                for doc_id, d in docs.items()
            ),
            key=lambda d: d.source,
        )

    async def delete_document(self, owner: str, name: str, doc_id: str) -> None:
        await self.get(owner, name)
        if not await (await self.store()).delete_where(owner, name, {"doc_id": doc_id}):
            raise DocumentNotFound(
                f"The collection '{name}' has no document '{doc_id}'.", param="document_id"
            )

    async def search(
        self,
        owner: str,
        name: str,
        query: str,
        k: int | None = None,
        where: Mapping[str, Any] | None = None,
        method: Method | None = None,
    ) -> list[Hit]:
        """The best ``k`` chunks (default rag.top_k) by ``method`` (default rag.method)."""
        collection = await self.get(owner, name)
        retriever = await self.retriever()
        k, method = k or self.settings.top_k, method or self.settings.method
        return await retriever.search(collection, query, k, where, method)


def _metadata(piece: Piece, n: int, item: _Pending, now: int) -> Metadata:
    meta: Metadata = {
        "doc_id": item.doc_id,
        "source": item.source,
        "content_hash": item.digest,
        "chunk": n,
        "start": piece.start,
        "end": piece.end,
        "headings": piece.heading_path,
        "ingested_at": now,
    }
    if piece.page is not None:
        meta["page"] = piece.page
    if item.origin is not None:
        meta["origin"] = item.origin
    return meta
