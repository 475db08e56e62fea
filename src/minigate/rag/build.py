"""Making the library and the ``rag:`` stage from settings and what the gateway runs."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Protocol

import httpx

from minigate.backends.base import SingleModelBackend, serving
from minigate.backends.embedder import Embedders
from minigate.backends.protocol import Backend
from minigate.backends.registry import started_backends
from minigate.backends.settings import ModelConfig
from minigate.errors import ModelNotFound
from minigate.rag.answer import PREFIX, ChunkScanner, RagStage
from minigate.rag.chroma import ChromaStore
from minigate.rag.library import Library, owner_of
from minigate.rag.retrieval import EmbedFn
from minigate.rag.settings import RagSettings
from minigate.schemas.models import ModelCard


class _Model(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def backend(self) -> str: ...


def open_library(
    settings: RagSettings,
    embed_for: Callable[[str], EmbedFn | None],
    background_for: Callable[[str], EmbedFn | None] | None = None,
) -> Library | None:
    """The gateway's collections (Chroma opens at first use); None when rag is off.
    ``embed_for``: a model's embedding function (``Embedders.many_of``, which answers for the
    built-in ``use-multilingual-v3`` too, with the encoder the semantic cache shares);
    ``background_for``: the ones for a document's chunks (default: ``embed_for``'s)."""
    if not settings.enabled:
        return None
    return Library(settings, embed_for, ChromaStore.open, background_for)


@asynccontextmanager
async def library_alone(
    settings: RagSettings, models: Sequence[ModelConfig], http: httpx.AsyncClient
) -> AsyncIterator[Library | None]:
    """The collections without the gateway around them, for the CLI's collection commands:
    ``models`` alone are started (the embedding model, where the command embeds), and no
    pipeline, guard, store or ledger is built, so listing collections does not compile the
    guard's detectors. None when rag is off."""
    async with AsyncExitStack() as stack:
        backends = await stack.enter_async_context(started_backends(models, http))
        embedders = Embedders(backends)
        library = open_library(settings, embedders.many_of, embedders.background_of)
        if library is not None:
            stack.push_async_callback(library.aclose)
        yield library


def answer_model(settings: RagSettings, models: Sequence[_Model]) -> str | None:
    """rag.answer_model, else the first configured model that chats."""
    if settings.answer_model:
        return settings.answer_model
    return next((m.id for m in models if m.backend != "sentence_transformers"), None)


def rag_stage(
    inner: Backend,
    library: Library | None,
    models: Sequence[_Model],
    scan: ChunkScanner | None = None,
    backends: Mapping[str, SingleModelBackend] | None = None,
) -> Backend:
    """The stage answering ``rag:<collection>``; no library or no chat model, no stage.
    ``backends``: the gateway's models, whose tokenizers fit sources to the answering model."""
    model = answer_model(library.settings, models) if library is not None else None
    if library is None or model is None:
        return inner
    return RagStage(inner, library, model, scan, lambda: _serving(backends or {}, model))


def _serving(backends: Mapping[str, SingleModelBackend], name: str) -> SingleModelBackend | None:
    """The backend serving the answering model; None for a route's name (its models are
    chosen per request) or an adapter its model lacks (the request's own 404 says so)."""
    try:
        return serving(backends, name)
    except ModelNotFound:
        return None


async def collection_models(
    library: Library | None,
    models: Sequence[_Model],
    key_id: str | None,
    allowed: frozenset[str] | None,
) -> list[ModelCard]:
    """``rag:<collection>`` for each of the caller's collections, as ``/v1/models`` lists them;
    none for a key that may not use the answering model."""
    model = answer_model(library.settings, models) if library is not None else None
    if library is None or model is None or (allowed is not None and model not in allowed):
        return []
    return [
        ModelCard(id=PREFIX + c.name, created=c.created_at)
        for c in await library.existing(owner_of(key_id))
    ]
