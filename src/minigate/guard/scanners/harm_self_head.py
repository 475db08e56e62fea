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

``harm_self_head.json`` holds, under ``head``, the weights and the threshold (chosen on
out-of-fold scores of the design data), read as the other linear models are
(``artifacts.linear_model``); beside it the Platt calibration (``artifacts.platt``) and the
rows they were fitted on (``provenance``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.scanners.artifacts import (
    REBUILD,
    LinearModel,
    data_path,
    linear_model,
    load_json,
    platt,
)

HEAD_FILE = "harm_self_head.json"


@dataclass(frozen=True, slots=True)
class SelfHarmHead:
    model: LinearModel  # over a window's MiniLM vector, with the head's own threshold
    calibration: tuple[float, float]  # Platt scaling of the raw probability

    @property
    def threshold(self) -> float:
        return self.model.threshold

    def prob(self, vectors: np.ndarray) -> float:
        """The calibrated self-harm probability on the most telling of the windows' MiniLM
        vectors (windows, dims)."""
        return platt(float(self.model.prob(vectors).max()), *self.calibration)


def load(dims: int, data_dir: Path | None = None) -> SelfHarmHead | None:
    """The head in ``data_dir`` (the shipped data by default), checked against the embedding
    width; None where a data folder of its own has none (a rebuild of the other models)."""
    path = data_dir / HEAD_FILE if data_dir else data_path(HEAD_FILE)
    if data_dir is not None and not path.exists():
        return None
    doc = load_json(HEAD_FILE, path)
    try:
        model = linear_model(doc, "head", dims, str(path))
    except ConfigError as exc:
        raise ConfigError(f"The self-harm head: {exc}") from None
    try:
        a, b = (float(v) for v in doc["calibration"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"Guard data file '{path}' lacks the self-harm head's calibration ({exc}); {REBUILD}."
        ) from None
    if not all(math.isfinite(v) for v in (model.intercept, a, b)) or not (
        0.0 < model.threshold <= 1.0
    ):
        raise ConfigError(
            f"Guard data file '{path}': the self-harm head's intercept, calibration or "
            f"threshold is not finite or not in (0, 1]; {REBUILD}."
        )
    return SelfHarmHead(model, (a, b))
