"""What both kinds of learned-router artifact compute alike: the logistic link, the check that
vectors come from the embedding model the artifact was trained on, the zero vectors that stand
in for them where the embedding has no weight, and the check that a number read from an
artifact's JSON is finite."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from minigate.errors import ArtifactError


def sigmoid(logits: np.ndarray) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
    return result


def check_vectors(vectors: np.ndarray, dim: int, embedding_model: str) -> None:
    if vectors.ndim != 2 or vectors.shape[1] != dim:
        raise ArtifactError(
            f"The router was trained on {dim}-dimensional embeddings, but got "
            f"vectors of shape {vectors.shape}; embed with '{embedding_model}'."
        )


def unembedded(count: int, dim: int) -> np.ndarray:
    """Zero vectors in place of ``count`` prompts' embeddings, for a router that gives the
    embedding no weight (``--answer-only``): nothing is embedded, no model loads. ``dim`` is
    the artifact's own (``check_vectors`` holds vectors to it); training, before there is an
    artifact, passes the embedding model's width, which the artifact then records."""
    return np.zeros((count, dim), dtype=np.float32)


def finite(value: Any) -> bool:
    """A JSON number (not a bool) that is neither infinite nor NaN."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
