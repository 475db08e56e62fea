"""The learned router's artifact: a logistic regression over sentence embeddings and a few
side features (the prompt's log length, its task tag, the task's prior), as JSON.

A router trained "after cheap" (version 3, ``answer_coef``) also weighs features of the cheap
model's own answer: its mean token logprob, its log length in tokens, and whether it was cut off
at the token limit (an answer that never reached its format). Such a router is a
learned cascade: the cheap model answers first, and the router decides whether to keep it.

JSON rather than pickle (or joblib) on purpose: loading a router is loading data, so a
corrupt or hostile file can fail but never run code. Serving needs only numpy: the
probability is ``sigmoid(x . coef + side . side_coef + intercept)``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ArtifactError
from minigate.router.knn import FORMAT as KNN_FORMAT
from minigate.router.knn import KnnArtifact, parse_knn
from minigate.router.numeric import check_vectors, finite, sigmoid

FORMAT = "minigate-learned-router"
VERSION = 3
READABLE = (1, 2, 3)  # version 1: the embedding alone; 2: no answer features
ANSWER_FEATURES = ("cheap_mean_logprob", "log1p_cheap_completion_tokens", "cheap_truncated")

__all__ = [
    "ANSWER_FEATURES",
    "AnyArtifact",
    "ArtifactError",
    "KnnArtifact",
    "RouterArtifact",
    "answer_features",
    "load_artifact",
    "save_artifact",
    "side_features",
]


def answer_features(mean_logprob: float, completion_tokens: int, truncated: bool) -> list[float]:
    """[mean logprob, log(1 + completion tokens), 1 if cut off at the token limit] of the
    cheap model's answer."""
    return [mean_logprob, math.log1p(max(completion_tokens, 0)), float(truncated)]


def side_features(
    prompt: str, task: str | None, tasks: Sequence[str], priors: dict[str, float]
) -> list[float]:
    """[log length, one-hot task..., task prior]; an unknown task has no one-hot and the mean
    prior; without task tags in training, only the log length."""
    if not tasks and not priors:
        return [math.log1p(len(prompt))]
    default = sum(priors.values()) / len(priors) if priors else 0.0
    onehot = [1.0 if task == t else 0.0 for t in tasks]
    return [math.log1p(len(prompt)), *onehot, priors.get(task or "", default)]


@dataclass(frozen=True)
class RouterArtifact:
    """P(the cheap model's answer is good enough | the embedded prompt and side features)."""

    embedding_model: str
    coef: np.ndarray
    intercept: float
    stats: dict[str, Any] = field(default_factory=dict)
    side_coef: np.ndarray = field(default_factory=lambda: np.zeros(0))
    tasks: list[str] = field(default_factory=list)
    priors: dict[str, float] = field(default_factory=dict)
    answer_coef: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def dim(self) -> int:
        return int(self.coef.shape[0])

    @property
    def after_cheap(self) -> bool:
        """Whether the router weighs the cheap model's answer (so that answer comes first)."""
        return bool(self.answer_coef.size)

    @property
    def uses_embedding(self) -> bool:
        """Whether the prompt's embedding counts: an answer-only router (``--answer-only``)
        gives it no weight, so a zero vector stands in for it and no prompt is embedded."""
        return bool(np.any(self.coef))

    def probabilities(
        self,
        vectors: np.ndarray,
        prompts: Sequence[str] | None = None,
        tasks: Sequence[str | None] | None = None,
        answers: np.ndarray | None = None,
    ) -> np.ndarray:
        """P(cheap good enough) for each row of ``vectors`` (n x dim), with the prompts (and
        their task tags) the side features are computed from, and for a router trained after
        cheap, the ``answers`` features (n x 3, ``answer_features``) of the cheap answers."""
        check_vectors(vectors, self.dim, self.embedding_model)
        logits = vectors.astype(np.float64) @ self.coef + self.intercept
        if self.side_coef.size:
            texts = list(prompts) if prompts is not None else [""] * len(vectors)
            tags = list(tasks) if tasks is not None else [None] * len(vectors)
            side = np.asarray(
                [
                    side_features(p, t, self.tasks, self.priors)
                    for p, t in zip(texts, tags, strict=True)
                ]
            ).reshape(len(vectors), self.side_coef.size)  # (0, n) for no rows
            logits = logits + side @ self.side_coef
        if self.after_cheap:
            if answers is None or answers.shape != (len(vectors), self.answer_coef.size):
                raise ArtifactError(
                    "The router was trained after cheap: it needs the cheap answer's "
                    f"features ({', '.join(ANSWER_FEATURES)}) for every row."
                )
            logits = logits + answers.astype(np.float64) @ self.answer_coef
        return sigmoid(logits)

    def to_json(self) -> dict[str, Any]:
        doc = {
            "format": FORMAT,
            # Version 2 unless answer features need 3: a minigate that reads 2 still loads it.
            "version": VERSION if self.after_cheap else 2,
            "embedding_model": self.embedding_model,
            "dim": self.dim,
            "coef": [float(c) for c in self.coef],
            "intercept": self.intercept,
            "side_coef": [float(c) for c in self.side_coef],
            "tasks": self.tasks,
            "priors": self.priors,
        }
        if self.after_cheap:
            doc["answer_features"] = list(ANSWER_FEATURES)
            doc["answer_coef"] = [float(c) for c in self.answer_coef]
        return {**doc, "stats": self.stats}


AnyArtifact = RouterArtifact | KnnArtifact


def save_artifact(artifact: AnyArtifact, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(artifact.to_json(), indent=1) + "\n", encoding="utf-8")


def load_artifact(path: Path) -> AnyArtifact:
    """Read and check an artifact; every problem is an ArtifactError naming the path."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ArtifactError(f"Cannot read the router artifact {path}: {exc.strerror}.") from None
    except ValueError:
        raise ArtifactError(
            f"The router artifact {path} is not JSON; write one with 'minigate router train'."
        ) from None
    try:
        return _parse(data)
    except ArtifactError as exc:
        raise ArtifactError(f"The router artifact {path} is unusable: {exc}") from None


def _parse(data: Any) -> AnyArtifact:
    if isinstance(data, dict) and data.get("format") == KNN_FORMAT:
        return parse_knn(data)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ArtifactError(
            f"it is not a '{FORMAT}' or '{KNN_FORMAT}' file (written by 'minigate router train')."
        )
    if data.get("version") not in READABLE:
        raise ArtifactError(
            f"it has format version {data.get('version')!r}; this minigate reads versions "
            f"{', '.join(map(str, READABLE))}. Train it again with this version."
        )
    coef, intercept, dim = data.get("coef"), data.get("intercept"), data.get("dim")
    if not isinstance(coef, list) or not coef or not all(finite(c) for c in coef):
        raise ArtifactError("'coef' must be a non-empty list of finite numbers.")
    if not isinstance(intercept, int | float) or not finite(intercept):
        raise ArtifactError("'intercept' must be a finite number.")
    if dim != len(coef):
        raise ArtifactError(f"'dim' is {dim!r} but 'coef' has {len(coef)} numbers.")
    model = data.get("embedding_model")
    if not isinstance(model, str) or not model:
        raise ArtifactError("'embedding_model' must name the model the prompts were embedded with.")
    tasks, priors, side = _side(data)
    stats = data.get("stats")
    return RouterArtifact(
        embedding_model=model,
        coef=np.asarray(coef, dtype=np.float64),
        intercept=float(intercept),
        stats=stats if isinstance(stats, dict) else {},
        side_coef=np.asarray(side, dtype=np.float64),
        tasks=tasks,
        priors=priors,
        answer_coef=np.asarray(_answer_coef(data), dtype=np.float64),
    )


def _answer_coef(data: dict[str, Any]) -> list[float]:
    coef = data.get("answer_coef", [])
    if not isinstance(coef, list) or not all(finite(c) for c in coef):
        raise ArtifactError("'answer_coef' must be a list of finite numbers.")
    if coef and data.get("answer_features") != list(ANSWER_FEATURES):
        raise ArtifactError(
            f"'answer_features' must be {list(ANSWER_FEATURES)} when 'answer_coef' is given."
        )
    if len(coef) not in (0, len(ANSWER_FEATURES)):
        raise ArtifactError(
            f"'answer_coef' has {len(coef)} numbers; expected 0 or {len(ANSWER_FEATURES)}."
        )
    return [float(c) for c in coef]


def _side(data: dict[str, Any]) -> tuple[list[str], dict[str, float], list[float]]:
    tasks, priors, side = data.get("tasks", []), data.get("priors", {}), data.get("side_coef", [])
    if not isinstance(tasks, list) or not all(isinstance(t, str) for t in tasks):
        raise ArtifactError("'tasks' must be a list of task names.")
    if not isinstance(priors, dict) or not all(finite(p) for p in priors.values()):
        raise ArtifactError("'priors' must map task names to numbers.")
    if not isinstance(side, list) or not all(finite(c) for c in side):
        raise ArtifactError("'side_coef' must be a list of finite numbers.")
    expected = len(side_features("", None, tasks, priors)) if side else 0
    if len(side) != expected:
        raise ArtifactError(f"'side_coef' has {len(side)} numbers; its tasks need {expected}.")
    return tasks, {str(k): float(v) for k, v in priors.items()}, side
