"""Building the cache stage from its settings."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from minigate.backends.base import SingleModelBackend
from minigate.backends.embedder import Embedders
from minigate.backends.multilingual import MULTILINGUAL
from minigate.backends.protocol import Backend
from minigate.cache.readable import PromptReader, Reader, ScriptReader
from minigate.cache.settings import CacheSettings
from minigate.cache.stage import CacheStage
from minigate.cache.store import open_store

log = logging.getLogger("minigate.cache")


def cache_stage(
    inner: Backend,
    settings: CacheSettings,
    backends: Mapping[str, SingleModelBackend],
    embedders: Embedders,
) -> CacheStage:
    """The cache stage for ``settings``, embedding with the configured model when present, or
    with the built-in multilingual encoder (the one instance ``embedders`` holds)."""
    if settings.enabled and settings.tenant_header and settings.tenant_across_keys:
        log.warning(
            "cache.tenant_across_keys is on: any key that sends the %s header reads the cached "
            "answers of the tenant it names. Set or strip that header at a proxy in front of "
            "the gateway, or turn the option off.",
            settings.tenant_header,
        )
    semantic = settings.semantic
    embedder = None
    reader: PromptReader | None = None
    if settings.enabled and semantic.enabled is not False:
        embedder = embedders.get(semantic.embedding_model)
        if semantic.embedding_model == MULTILINGUAL:
            reader = ScriptReader(embedders.multilingual)
        else:
            reader = _reader(backends.get(semantic.embedding_model))
    # Adapters too: each ``model:adapter`` name is a model of its own, and the request's model
    # is part of the key, so base and adapter answers never mix.
    chat_models = frozenset(
        name for b in backends.values() if b.capabilities.chat for name in b.served_names()
    )
    return CacheStage(inner, settings, open_store(settings), embedder, chat_models, reader)


def _reader(backend: SingleModelBackend | None) -> Reader | None:
    """The tokenizer's reader of the embedding model (``readable``), when it has one."""
    folder = getattr(backend, "model_path", None)
    reader = Reader.of_folder(folder) if isinstance(folder, Path) else None
    if backend is not None and reader is None:
        log.warning(
            "The semantic cache's embedding model '%s' has no tokenizer.json to read prompts "
            "with: every prompt gets a semantic lookup, whatever its language. Use a model "
            "folder with one, or measure its threshold on the languages it will read.",
            backend.model_id,
        )
    return reader
