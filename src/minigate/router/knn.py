"""The kNN router's artifact (RouteLLM's similarity-weighted family, reduced to two tiers): the
labelled training prompts' embeddings and whether each needed the strong model, as JSON.

P(cheap good enough) for a new prompt is one minus the similarity-weighted share of its ``k``
most similar training prompts that needed the strong model. Nothing is fitted, so it keeps
what a linear model over one shared embedding direction loses: each task's prompts sit in their
own region, and a prompt is judged by its own neighbours (in the labelled sets here, which of a
task's prompts the strong model gets right depends on what the prompt says, in a different
direction per task).

It serves through the same ``routes[].learned`` key as the logistic router: the route calls
``probabilities`` on the embedded last user turn and compares it with ``threshold``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from minigate.errors import ArtifactError

FORMAT = "minigate-knn-router"
VERSION = 1
# Stored vectors are rounded: 5 decimals keep cosine similarities to ~1e-5 and the file small.
DECIMALS = 5


@dataclass(frozen=True)
class KnnArtifact:
    """P(the cheap model's answer is good enough) from the ``k`` nearest labelled prompts."""

    embedding_model: str
    vectors: np.ndarray  # n x dim unit vectors of the training prompts
    needs: np.ndarray  # n: 1.0 where the cheap model was wrong and the strong one right
    k: int
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    @property
    def after_cheap(self) -> bool:
        return False  # it decides from the prompt alone, before any model answers

    def probabilities(
        self,
        vectors: np.ndarray,
        prompts: Sequence[str] | None = None,
        tasks: Sequence[str | None] | None = None,
        answers: np.ndarray | None = None,
    ) -> np.ndarray:
        """P(cheap good enough) for each row of ``vectors`` (n x dim unit vectors); the
        prompts, tasks and answers a logistic artifact weighs are not used."""
        if vectors.ndim != 2 or vectors.shape[1] != self.dim:
            raise ArtifactError(
                f"The router was trained on {self.dim}-dimensional embeddings, but got "
                f"vectors of shape {vectors.shape}; embed with '{self.embedding_model}'."
            )
        similar = vectors.astype(np.float64) @ self.vectors.T
        k = min(self.k, len(self.needs))
        nearest = np.argpartition(-similar, k - 1, axis=1)[:, :k]
        weights = np.clip(np.take_along_axis(similar, nearest, axis=1), 1e-6, None)
        share = (weights * self.needs[nearest]).sum(axis=1) / weights.sum(axis=1)
        result: np.ndarray = 1.0 - share
        return result

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "embedding_model": self.embedding_model,
            "dim": self.dim,
            "k": self.k,
            "needs": [int(n) for n in self.needs],
            "vectors": [[round(float(x), DECIMALS) for x in v] for v in self.vectors],
            "stats": self.stats,
        }


def parse_knn(data: dict[str, Any]) -> KnnArtifact:
    """A KnnArtifact from its JSON; every problem is an ArtifactError."""
    if data.get("version") != VERSION:
        raise ArtifactError(
            f"it has kNN format version {data.get('version')!r}; this minigate reads "
            f"version {VERSION}. Train it again with this version."
        )
    model, k, needs = data.get("embedding_model"), data.get("k"), data.get("needs")
    if not isinstance(model, str) or not model:
        raise ArtifactError("'embedding_model' must name the model the prompts were embedded with.")
    if not isinstance(k, int) or isinstance(k, bool) or k < 1:
        raise ArtifactError("'k' must be a whole number of neighbours, at least 1.")
    if not isinstance(needs, list) or not needs or any(n not in (0, 1) for n in needs):
        raise ArtifactError("'needs' must be a non-empty list of 0 and 1.")
    vectors = _vectors(data.get("vectors"), data.get("dim"), len(needs))
    stats = data.get("stats")
    return KnnArtifact(
        embedding_model=model,
        vectors=vectors,
        needs=np.asarray(needs, dtype=np.float64),
        k=k,
        stats=stats if isinstance(stats, dict) else {},
    )


def _vectors(rows: Any, dim: Any, n: int) -> np.ndarray:
    if not isinstance(dim, int) or isinstance(dim, bool) or dim < 1:
        raise ArtifactError("'dim' must be the embedding's dimension.")
    ok = (
        isinstance(rows, list)
        and len(rows) == n
        and all(isinstance(r, list) and len(r) == dim for r in rows)
        and all(_finite(x) for r in rows for x in r)
    )
    if not ok:
        raise ArtifactError(f"'vectors' must be {n} lists of {dim} finite numbers, one per need.")
    return np.asarray(rows, dtype=np.float64)


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
