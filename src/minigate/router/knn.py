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

A kNN cascade (version 2, ``stack_coef``) answers with the cheap model first and weighs the
neighbours' share beside what the prompt's length and the cheap answer say: P(cheap good) is
``sigmoid(share * a + log1p(prompt chars) * b + answer_features . c + intercept)``. The
neighbours know the tasks they were trained on; the cheap answer's confidence and length are
the same kind of signal on any task, so the fit (on leave-one-out shares) can lean on either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from minigate.errors import ArtifactError
from minigate.router.numeric import check_vectors, finite, sigmoid

FORMAT = "minigate-knn-router"
VERSION = 2
READABLE = (1, 2)  # version 1: the neighbours' share alone
# What stack_coef weighs (the last three are artifact.ANSWER_FEATURES, the cheap answer's).
STACK_FEATURES = (
    "knn_need_share",
    "log1p_prompt_chars",
    "cheap_mean_logprob",
    "log1p_cheap_completion_tokens",
    "cheap_truncated",
)
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
    # A kNN cascade's weights over STACK_FEATURES (empty: the share alone, before any call).
    stack_coef: np.ndarray = field(default_factory=lambda: np.zeros(0))
    stack_intercept: float = 0.0

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    @property
    def after_cheap(self) -> bool:
        """A kNN cascade weighs the cheap answer; a plain kNN router decides before any call."""
        return bool(self.stack_coef.size)

    @property
    def uses_embedding(self) -> bool:
        """Always: the neighbours are found by the prompt's embedding."""
        return True

    def probabilities(
        self,
        vectors: np.ndarray,
        prompts: Sequence[str] | None = None,
        tasks: Sequence[str | None] | None = None,
        answers: np.ndarray | None = None,
    ) -> np.ndarray:
        """P(cheap good enough) for each row of ``vectors`` (n x dim unit vectors). A plain
        kNN router uses nothing else; a kNN cascade also needs the ``prompts`` and the cheap
        ``answers`` (n x 3, ``artifact.answer_features``). Task tags are not used."""
        check_vectors(vectors, self.dim, self.embedding_model)
        share = need_share(vectors.astype(np.float64) @ self.vectors.T, self.needs, self.k)
        if not self.after_cheap:
            result: np.ndarray = 1.0 - share
            return result
        if prompts is None or answers is None or answers.shape != (len(vectors), 3):
            raise ArtifactError(
                "The kNN cascade weighs the prompt's length and the cheap answer's features: "
                "it needs both for every row."
            )
        return stacked(self.stack_coef, self.stack_intercept, share, prompts, answers)

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "format": FORMAT,
            # Version 1 unless the stack needs 2: a minigate that reads 1 still loads it.
            "version": VERSION if self.after_cheap else 1,
            "embedding_model": self.embedding_model,
            "dim": self.dim,
            "k": self.k,
            "needs": [int(n) for n in self.needs],
            "vectors": [[round(float(x), DECIMALS) for x in v] for v in self.vectors],
        }
        if self.after_cheap:
            doc["stack_features"] = list(STACK_FEATURES)
            doc["stack_coef"] = [float(c) for c in self.stack_coef]
            doc["stack_intercept"] = self.stack_intercept
        return {**doc, "stats": self.stats}


def need_share(similar: np.ndarray, needs: np.ndarray, k: int) -> np.ndarray:
    """Per row of ``similar`` (n x training rows, cosine similarities): the similarity-weighted
    share of its ``k`` most similar training rows that needed the strong model. A similarity of
    -inf excludes a row (leave-one-out when fitting a stack)."""
    k = min(k, similar.shape[1])
    nearest = np.argpartition(-similar, k - 1, axis=1)[:, :k]
    weights = np.clip(np.take_along_axis(similar, nearest, axis=1), 1e-6, None)
    share: np.ndarray = (weights * needs[nearest]).sum(axis=1) / weights.sum(axis=1)
    return share


def stack_inputs(share: np.ndarray, prompts: Sequence[str], answers: np.ndarray) -> np.ndarray:
    """The STACK_FEATURES of each row (n x 5)."""
    lengths = np.log1p([len(p) for p in prompts]).reshape(-1, 1)
    return np.hstack([share.reshape(-1, 1), lengths, answers.astype(np.float64)])


def stacked(
    coef: np.ndarray,
    intercept: float,
    share: np.ndarray,
    prompts: Sequence[str],
    answers: np.ndarray,
) -> np.ndarray:
    logits = stack_inputs(share, prompts, answers) @ coef + intercept
    return sigmoid(logits)


def parse_knn(data: dict[str, Any]) -> KnnArtifact:
    """A KnnArtifact from its JSON; every problem is an ArtifactError."""
    if data.get("version") not in READABLE:
        raise ArtifactError(
            f"it has kNN format version {data.get('version')!r}; this minigate reads "
            f"versions {', '.join(map(str, READABLE))}. Train it again with this version."
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
    coef, intercept = _stack(data)
    return KnnArtifact(
        embedding_model=model,
        vectors=vectors,
        needs=np.asarray(needs, dtype=np.float64),
        k=k,
        stats=stats if isinstance(stats, dict) else {},
        stack_coef=np.asarray(coef, dtype=np.float64),
        stack_intercept=intercept,
    )


def _stack(data: dict[str, Any]) -> tuple[list[float], float]:
    coef, intercept = data.get("stack_coef", []), data.get("stack_intercept", 0.0)
    if not isinstance(coef, list) or not all(finite(c) for c in coef):
        raise ArtifactError("'stack_coef' must be a list of finite numbers.")
    if not finite(intercept):
        raise ArtifactError("'stack_intercept' must be a finite number.")
    if coef and (
        len(coef) != len(STACK_FEATURES) or data.get("stack_features") != list(STACK_FEATURES)
    ):
        raise ArtifactError(
            f"'stack_coef' must weigh 'stack_features' {list(STACK_FEATURES)}, one number each."
        )
    return [float(c) for c in coef], float(intercept)


def _vectors(rows: Any, dim: Any, n: int) -> np.ndarray:
    if not isinstance(dim, int) or isinstance(dim, bool) or dim < 1:
        raise ArtifactError("'dim' must be the embedding's dimension.")
    ok = (
        isinstance(rows, list)
        and len(rows) == n
        and all(isinstance(r, list) and len(r) == dim for r in rows)
        and all(finite(x) for r in rows for x in r)
    )
    if not ok:
        raise ArtifactError(f"'vectors' must be {n} lists of {dim} finite numbers, one per need.")
    return np.asarray(rows, dtype=np.float64)
