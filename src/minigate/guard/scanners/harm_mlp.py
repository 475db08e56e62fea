"""A small two-layer network over sentence embeddings: the harm gate from round seven.

A logistic regression over frozen MiniLM vectors draws one plane, and "kill a Python process"
and "kill my wife" lie on the same side of it; one hidden layer bends it (chosen by
cross-validation on the train side: ``benchmarks/guard/harm_cv.py``). It runs in numpy, a
matrix product and a ReLU over vectors the guard has already computed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.scanners.artifacts import REBUILD, _load_npy


@dataclass(frozen=True, slots=True)
class MlpModel:
    """``sigmoid(relu(x @ w1 + b1) @ w2 + b2)``."""

    w1: np.ndarray  # (dims, hidden)
    b1: np.ndarray  # (hidden,)
    w2: np.ndarray  # (hidden,)
    b2: float
    threshold: float

    def prob(self, vectors: np.ndarray) -> np.ndarray:
        hidden = np.maximum(vectors @ self.w1 + self.b1, 0.0)
        probs: np.ndarray = 1.0 / (1.0 + np.exp(-(hidden @ self.w2 + self.b2)))
        return probs


def mlp_model(part: dict[str, Any], dims: int, path: Path, where: str) -> MlpModel:
    """The network described by ``part`` (its weights in the ``.npy`` at ``path``: one
    ``(dims + 2, hidden)`` matrix, rows ``w1``, then ``b1``, then ``w2``), checked."""
    matrix = _load_npy(path)
    try:
        hidden = int(part["hidden"])
        b2, threshold = float(part["b2"]), float(part["threshold"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"Guard model file '{where}' lacks its MLP gate ({exc}); {REBUILD}."
        ) from None
    if matrix.shape != (dims + 2, hidden) or not np.isfinite(matrix).all():
        raise ConfigError(
            f"Guard data file '{path}' holds a {matrix.shape} array, not ({dims + 2}, {hidden}) "
            f"finite values; {REBUILD}."
        )
    weights = matrix.astype(np.float32)
    return MlpModel(weights[:dims], weights[dims], weights[dims + 1], b2, threshold)
