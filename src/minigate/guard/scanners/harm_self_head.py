"""Round fifty-nine (``benchmarks/guard/shh135.py``): a learned English self-harm head, with a
threshold of its own, for full mode.

The harm gates flag few English self-harm messages at ``balanced`` (7 of 40 in rounds
fifty-six and fifty-eight's fresh sets): a stated plan, the means at hand, a farewell or a
question about a lethal dose reads as distress, not as a request for harm. Phrase patterns
read the rows they were written from and few fresh ones (round fifty-eight). This head reads
the MiniLM vectors the scanner has already computed for the text's windows, so it costs no
encoder pass: a logistic regression on the most telling window, Platt-scaled (it was fitted on
class-balanced weights, which overstate the odds) on out-of-fold logits. Where it reaches its
threshold on a user text the language gate does not call blind, the harm scanner flags the
text with ``self-harm`` (``harm_categories`` names intent or instructions by their phrases).

``harm_self_head.json`` holds the weights, the calibration, the threshold (chosen on
out-of-fold scores of the design data) and the rows they were fitted on (``provenance``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.scanners.artifacts import REBUILD, data_path, load_json, sigmoid

HEAD_FILE = "harm_self_head.json"


@dataclass(frozen=True, slots=True)
class SelfHarmHead:
    coef: np.ndarray  # over a window's MiniLM vector
    intercept: float
    calibration: tuple[float, float]  # Platt scaling of the raw logit
    threshold: float

    def prob(self, vectors: np.ndarray) -> float:
        """The calibrated self-harm probability on the most telling of the windows' MiniLM
        vectors (windows, dims)."""
        a, b = self.calibration
        return sigmoid(a * (float((vectors @ self.coef).max()) + self.intercept) + b)


def load(dims: int, data_dir: Path | None = None) -> SelfHarmHead | None:
    """The head in ``data_dir`` (the shipped data by default), checked against the embedding
    width; None where a data folder of its own has none (a rebuild of the other models)."""
    path = data_dir / HEAD_FILE if data_dir else data_path(HEAD_FILE)
    if data_dir is not None and not path.exists():
        return None
    doc = load_json(HEAD_FILE, path)
    try:
        coef = np.asarray(doc["coef"], dtype=np.float32)
        intercept = float(doc["intercept"])
        a, b = (float(v) for v in doc["calibration"])
        threshold = float(doc["threshold"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"Guard data file '{path}' lacks its self-harm head ({exc}); {REBUILD}."
        ) from None
    finite = all(math.isfinite(v) for v in (intercept, a, b)) and bool(np.isfinite(coef).all())
    if coef.shape != (dims,) or not finite or not 0.0 < threshold <= 1.0:
        raise ConfigError(
            f"Guard data file '{path}': the self-harm head is not {dims} finite weights and a "
            f"threshold in (0, 1]; {REBUILD}."
        )
    return SelfHarmHead(coef, intercept, (a, b), threshold)
