"""LoRA adapters over a local model's weights, each asked for as ``model:adapter``.

llama.cpp applies adapters to a context, so to every sequence decoded in it: sequences for
different adapters cannot share a batch. Each adapter therefore gets its own engine (context,
KV cache, decode thread) over the base model's loaded weights, which are not copied; requests
for one adapter batch together, and requests for different adapters run side by side.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Protocol, TypeVar

from minigate.backends.builtin import resolve_weights
from minigate.backends.settings import LlamaCppModel
from minigate.engine import LocalEngine
from minigate.errors import ConfigError, ModelNotFound
from minigate.gguf import check_adapter, read_gguf


class Adaptable(Protocol):
    """What this module needs of the llama_cpp backend (which imports it)."""

    model_id: str
    model_path: Path
    config: LlamaCppModel
    engine: LocalEngine
    adapters: dict[str, Any]


A = TypeVar("A", bound=Adaptable)


def adapter_path(path: str) -> Path:
    resolved = resolve_weights(path)
    if not resolved.is_file():
        raise ConfigError(f"Adapter file '{path}' does not exist.")
    return resolved


def check_adapters(backend: Adaptable) -> None:
    """Refuse, before anything is loaded, an adapter trained for another base model."""
    if not backend.config.adapters:
        return
    base = read_gguf(backend.model_path, tensors=True)
    for adapter in backend.config.adapters:
        try:
            check_adapter(base, read_gguf(adapter_path(adapter.path), tensors=True))
        except ConfigError as exc:
            raise ConfigError(
                f"Model '{backend.model_id}', adapter '{adapter.id}': {exc}"
            ) from None


def adapter_views(backend: A) -> dict[str, A]:
    """One backend per adapter: the base's template and settings, its own engine (loaded)."""
    views: dict[str, A] = {}
    base, config = backend.engine, backend.config
    for adapter in config.adapters:
        view = copy.copy(backend)
        view.model_id = f"{backend.model_id}:{adapter.id}"
        view.adapters = {}
        view.engine = LocalEngine(
            view.model_id,
            base.path,
            n_ctx=config.n_ctx,
            n_batch=config.n_batch,
            settings=config,
            max_queue=config.max_queue,
            queue_timeout_s=config.queue_timeout_s,
            shares=base,
            adapter=adapter_path(adapter.path),
            adapter_scale=adapter.scale,
        )
        view.engine.load()
        views[adapter.id] = view
    return views


def pick(backend: A, name: str) -> A:
    """The view serving adapter ``name``; an unknown one is a 404 naming the configured ones."""
    view: A | None = backend.adapters.get(name)
    if view is None:
        configured = ", ".join(backend.adapters) or "none"
        raise ModelNotFound(
            f"Model '{backend.model_id}' has no adapter '{name}'; configured adapters: "
            f"{configured}.",
            param="model",
        )
    return view
