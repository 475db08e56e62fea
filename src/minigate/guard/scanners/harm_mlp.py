"""A small two-layer network over sentence embeddings: round seven's optional harm gate.

A logistic regression over frozen MiniLM vectors draws one plane, and "kill a Python process"
and "kill my wife" can lie on the same side of it; one hidden layer can bend it. The build
ships it (``harm.json`` ``gate_mlp``) only where its stacked out-of-fold detection beats the
regression's (``benchmarks/guard/build_artifacts.py``; ``harm_cv.py`` compares them in full).
It runs in numpy, a matrix product and a ReLU over vectors the guard has already computed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.scanners.artifacts import REBUILD, load_vectors


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
    try:
        hidden = int(part["hidden"])
        b2, threshold = float(part["b2"]), float(part["threshold"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"Guard model file '{where}' lacks its MLP gate ({exc}); {REBUILD}."
        ) from None
    weights = load_vectors(path.name, hidden, path)
    if weights.shape[0] != dims + 2:
        raise ConfigError(
            f"Guard data file '{path}' holds {weights.shape[0]} rows, not {dims + 2} "
            f"(the weights, the biases and the output layer); {REBUILD}."
        )
    return MlpModel(weights[:dims], weights[dims], weights[dims + 1], b2, threshold)
