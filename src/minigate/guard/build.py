"""Building the guard stage and what its scanners use from the running gateway."""

from __future__ import annotations

from minigate.backends.embedder import Embedders
from minigate.backends.protocol import Backend
from minigate.backends.settings import BUILTIN_EMBEDDING_MODEL
from minigate.guard.policy import arm_policies
from minigate.guard.protocol import GuardDeps
from minigate.guard.review import Holder
from minigate.guard.settings import GuardSettings
from minigate.guard.stage import GuardStage
from minigate.review import ReviewQueue


def guard_deps(embedders: Embedders) -> GuardDeps:
    """What scanners may use: the local embedding model, when it is configured. Its embedder
    remembers what it embedded last, so the windows that the injection and harm scanners both
    read are embedded once (backends.embedder.EmbedMemo)."""
    embedder = embedders.get(BUILTIN_EMBEDDING_MODEL)
    return GuardDeps(embed=None if embedder is None else embedder.many)


def guard_stage(
    inner: Backend, guard: GuardSettings, deps: GuardDeps, reviews: ReviewQueue | None
) -> Backend:
    """The guard stage for the configured policies; no policies, no stage (and no cost)."""
    if not guard.active_policies:
        return inner
    policies = arm_policies(guard, deps)
    return GuardStage(inner, policies, Holder(reviews, guard.review), guard.stream_window_chars)
