"""The response cache: exact and semantic, per tenant, streaming-aware.

- ``keys``: canonical request hashes and hashed tenant namespaces;
- ``control``: Cache-Control and the ``cache`` body field;
- ``semantic``: embedding the last user turn and the nearest-neighbour scan;
- ``store``: SQLite and Redis behind one protocol;
- ``stage``: the pipeline stage that puts them together.
"""

from __future__ import annotations

from collections.abc import Mapping

from minigate.backends.base import SingleModelBackend
from minigate.backends.embedder import Embedders
from minigate.backends.protocol import Backend
from minigate.cache.settings import CacheSettings
from minigate.cache.stage import CacheStage
from minigate.cache.store import open_store

__all__ = ["CacheStage", "cache_stage"]


def cache_stage(
    inner: Backend,
    settings: CacheSettings,
    backends: Mapping[str, SingleModelBackend],
    embedders: Embedders,
) -> CacheStage:
    """The cache stage for ``settings``, embedding with the configured model when present."""
    semantic = settings.semantic
    embedder = None
    if settings.enabled and semantic.enabled is not False:
        embedder = embedders.get(semantic.embedding_model)
    chat_models = frozenset(i for i, b in backends.items() if b.capabilities.chat)
    return CacheStage(inner, settings, open_store(settings), embedder, chat_models)
