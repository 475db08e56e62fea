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

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from minigate.guard.scanners.artifacts import (
    LinearModel,
    calibrated_head,
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
    head = calibrated_head(HEAD_FILE, "head", dims, "self-harm head", data_dir)
    return None if head is None else SelfHarmHead(head.model, head.calibration)
