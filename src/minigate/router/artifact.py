"""The learned router's artifact: a logistic regression over sentence embeddings, as JSON.

JSON rather than pickle (or joblib) on purpose: loading a router is loading data, so a
corrupt or hostile file can fail but never run code. Serving needs only numpy: the
probability is ``sigmoid(x . coef + intercept)``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ArtifactError

FORMAT = "minigate-learned-router"
VERSION = 1

__all__ = ["ArtifactError", "RouterArtifact", "load_artifact", "save_artifact"]


@dataclass(frozen=True)
class RouterArtifact:
    """P(the cheap model's answer is good enough | the embedded prompt)."""

    embedding_model: str
    coef: np.ndarray
    intercept: float
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def dim(self) -> int:
        return int(self.coef.shape[0])

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """P(cheap good enough) for each row of ``vectors`` (n x dim)."""
        if vectors.ndim != 2 or vectors.shape[1] != self.dim:
            raise ArtifactError(
                f"The router was trained on {self.dim}-dimensional embeddings, but got "
                f"vectors of shape {vectors.shape}; embed with '{self.embedding_model}'."
            )
        logits = vectors.astype(np.float64) @ self.coef + self.intercept
        probabilities: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
        return probabilities

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "embedding_model": self.embedding_model,
            "dim": self.dim,
            "coef": [float(c) for c in self.coef],
            "intercept": self.intercept,
            "stats": self.stats,
        }


def save_artifact(artifact: RouterArtifact, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(artifact.to_json(), indent=1) + "\n", encoding="utf-8")


def load_artifact(path: Path) -> RouterArtifact:
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


def _parse(data: Any) -> RouterArtifact:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ArtifactError(f"it is not a '{FORMAT}' file (written by 'minigate router train').")
    if data.get("version") != VERSION:
        raise ArtifactError(
            f"it has format version {data.get('version')!r}; this minigate reads version "
            f"{VERSION}. Train it again with this version."
        )
    coef, intercept, dim = data.get("coef"), data.get("intercept"), data.get("dim")
    if not isinstance(coef, list) or not coef or not all(_finite(c) for c in coef):
        raise ArtifactError("'coef' must be a non-empty list of finite numbers.")
    if not isinstance(intercept, int | float) or not _finite(intercept):
        raise ArtifactError("'intercept' must be a finite number.")
    if dim != len(coef):
        raise ArtifactError(f"'dim' is {dim!r} but 'coef' has {len(coef)} numbers.")
    model = data.get("embedding_model")
    if not isinstance(model, str) or not model:
        raise ArtifactError("'embedding_model' must name the model the prompts were embedded with.")
    stats = data.get("stats")
    return RouterArtifact(
        embedding_model=model,
        coef=np.asarray(coef, dtype=np.float64),
        intercept=float(intercept),
        stats=stats if isinstance(stats, dict) else {},
    )


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
