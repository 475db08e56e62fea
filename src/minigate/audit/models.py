"""Where each served model comes from: a local GGUF file's SHA-256, or an upstream's name."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from minigate.backends.builtin import resolve_weights
from minigate.backends.settings import LlamaCppModel, ModelConfig, OpenAIModel
from minigate.digest import file_sha256
from minigate.errors import ConfigError

log = logging.getLogger("minigate.audit")


class ModelSources:
    """Hashes every local model file once, off the event loop, as soon as the gateway starts."""

    def __init__(self, models: Sequence[ModelConfig]) -> None:
        self._configs = {m.id: m for m in models}
        self._digests: dict[str, asyncio.Task[str | None]] = {}

    def start(self) -> None:
        for config in self._configs.values():
            if isinstance(config, LlamaCppModel):
                self._digests[config.id] = asyncio.create_task(self._hash(config.id, config.path))
                for name, adapter in zip(config.adapter_names(), config.adapters, strict=True):
                    self._digests[name] = asyncio.create_task(self._hash(name, adapter.path))

    async def _hash(self, name: str, path: str) -> str | None:
        try:
            return await asyncio.to_thread(file_sha256, resolve_weights(path))
        except (ConfigError, OSError) as exc:
            log.warning("Cannot hash the file of '%s' for the audit trail: %s", name, exc)
            return None

    async def adapter(self, served: str | None) -> dict[str, str | None] | None:
        """For ``model:adapter``, the adapter's name and SHA-256 (the entry's detail)."""
        model, colon, adapter = (served or "").rpartition(":")
        task = self._digests.get(served or "") if colon and model in self._configs else None
        return None if task is None else {"adapter": adapter, "adapter_sha256": await task}

    async def describe(self, model_id: str | None) -> tuple[str | None, str | None]:
        """(SHA-256 of the model file, upstream as 'name @ base_url'); either may be None."""
        config = self._configs.get(model_id or "")
        if isinstance(config, OpenAIModel):
            return None, f"{config.upstream_model or config.id} @ {config.base_url}"
        model, colon, _ = (model_id or "").rpartition(":")
        # An adapter's model_sha256 is its base model's; the adapter's own goes in detail.
        task = self._digests.get(model if colon and model in self._configs else model_id or "")
        return (await task if task is not None else None), None

    def cancel(self) -> None:
        for task in self._digests.values():
            task.cancel()
