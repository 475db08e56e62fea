"""Which class speaks for which ``backend:`` kind in the config: a lookup, not an if-chain."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

import httpx

from minigate.backends.base import SingleModelBackend
from minigate.backends.settings import ModelConfig


def _llama_cpp(config: Any, http: httpx.AsyncClient) -> SingleModelBackend:
    from minigate.backends.llama_cpp import LlamaCppBackend

    return LlamaCppBackend(config)


def _sentence_transformers(config: Any, http: httpx.AsyncClient) -> SingleModelBackend:
    from minigate.backends.embeddings import SentenceTransformerBackend

    return SentenceTransformerBackend(config)


def _openai(config: Any, http: httpx.AsyncClient) -> SingleModelBackend:
    from minigate.backends.openai_compat import OpenAIBackend

    return OpenAIBackend(config, http)


BACKEND_KINDS: dict[str, Callable[[Any, httpx.AsyncClient], SingleModelBackend]] = {
    "llama_cpp": _llama_cpp,
    "sentence_transformers": _sentence_transformers,
    "openai": _openai,
}


def create_backend(config: ModelConfig, http: httpx.AsyncClient) -> SingleModelBackend:
    return BACKEND_KINDS[config.backend](config, http)


@asynccontextmanager
async def started_backends(
    models: Sequence[ModelConfig], http: httpx.AsyncClient
) -> AsyncIterator[dict[str, SingleModelBackend]]:
    """``models``' backends by id, started, and closed on leaving: for a command that needs a
    model or two without the gateway around them (the collection commands' embedding model,
    ``guard scan``'s)."""
    async with AsyncExitStack() as stack:
        backends = {m.id: create_backend(m, http) for m in models}
        for backend in backends.values():
            await backend.start()
            stack.push_async_callback(backend.aclose)
        yield backends
