"""Building the guard stage and what its scanners use from the running gateway."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping

import numpy as np

from minigate.backends.protocol import Backend
from minigate.config import BUILTIN_EMBEDDING_MODEL, Settings
from minigate.context import RequestContext
from minigate.guard.policy import arm_policies
from minigate.guard.protocol import EmbedFn, GuardDeps
from minigate.guard.review import Holder
from minigate.guard.stage import GuardStage
from minigate.review import ReviewQueue
from minigate.schemas.embeddings import EmbeddingRequest

_RECENT = 256  # embeddings kept for reuse by the next scanner


def guard_deps(backends: Mapping[str, Backend]) -> GuardDeps:
    """What scanners may use: the local embedding model, when it is configured."""
    backend = backends.get(BUILTIN_EMBEDDING_MODEL)
    if backend is None:
        return GuardDeps()
    embedder = backend
    # Several scanners (injection, harm) read the same prompt: embed it once.
    recent: OrderedDict[str, np.ndarray] = OrderedDict()

    async def embed(texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in recent]
        if missing:
            req = EmbeddingRequest(model=BUILTIN_EMBEDDING_MODEL, input=missing)
            result = await embedder.embed(req, RequestContext(endpoint="guard.embed"))
            for text, item in zip(missing, result.data, strict=True):
                recent[text] = np.asarray(item.embedding, dtype=np.float32)
        for text in texts:
            recent.move_to_end(text)
        while len(recent) > _RECENT:
            recent.popitem(last=False)
        return np.stack([recent[t] for t in texts])

    fn: EmbedFn = embed
    return GuardDeps(embed=fn)


def guard_stage(
    inner: Backend, settings: Settings, deps: GuardDeps, reviews: ReviewQueue | None
) -> Backend:
    """The guard stage for the configured policies; no policies, no stage (and no cost)."""
    guard = settings.guard
    if not guard.active_policies:
        return inner
    policies = arm_policies(guard, deps)
    return GuardStage(inner, policies, Holder(reviews, guard.review), guard.stream_window_chars)
