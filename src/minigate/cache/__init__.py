"""The response cache: exact and semantic, per tenant, streaming-aware.

- ``keys``: canonical request hashes and hashed tenant namespaces;
- ``control``: Cache-Control and the ``cache`` body field;
- ``semantic``: embedding the last user turn and the nearest-neighbour scan;
- ``replay``: a stored answer as a stream, and a stream back into an answer;
- ``store``: SQLite and Redis behind one protocol;
- ``stage``: the pipeline stage that puts them together.
"""

from __future__ import annotations

from collections.abc import Mapping

from minigate.backends.base import SingleModelBackend
from minigate.backends.embedder import Embedders
from minigate.backends.protocol import Backend
from minigate.cache.stage import CacheStage
from minigate.cache.store import open_store
from minigate.config import Settings

__all__ = ["CacheStage", "cache_stage"]


def cache_stage(
    inner: Backend,
    settings: Settings,
    backends: Mapping[str, SingleModelBackend],
    embedders: Embedders,
) -> CacheStage:
    """The cache stage for ``settings``, embedding with the configured model when present."""
    embedder = None
    if settings.semantic_cache_on:
        embedder = embedders.get(settings.cache.semantic.embedding_model)
    chat_models = frozenset(i for i, b in backends.items() if b.capabilities.chat)
    return CacheStage(inner, settings.cache, open_store(settings.cache), embedder, chat_models)
