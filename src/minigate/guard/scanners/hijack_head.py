"""Round sixty-eight (``benchmarks/guard/inj153.py``): a learned reader of direct hijacks, with
a threshold of its own, for full mode.

The phrase patterns read the wordings they were written from: round sixty-five's seven new
attack shapes fired on none of fresh147's plain misses, the same kinds of attack in other
words (a standing order for later answers, one answer whatever is asked, a maker's claim, a
task dropped for another). This head reads what a user prompt asks the assistant to do from
the MiniLM vectors the injection scanner has already computed for the prompt's windows, so it
costs no encoder pass: a logistic regression on the most telling window, beside the logit of
the score the scanner gave the prompt so far (the stack's: a prompt it nearly flagged needs
less of the head), Platt-scaled (it was fitted on class-balanced weights, which overstate the
odds) on out-of-fold logits, folds by set. Where it reaches its threshold on a plain user
prompt the shipped reading passes and the language gate does not call blind (MiniLM does not
read such a prompt: round sixty-eight's first candidate flagged German look-alikes), the
injection scanner flags the prompt (``InjectionScanner._hijack``).

``injection_hijack_head.json`` holds, under ``head``, the window weights, the intercept and
the threshold (chosen on out-of-fold scores of the design data), read as the other linear
models are (``artifacts.linear_model``); beside them the score's weight (``score_weight``), the
Platt calibration (``artifacts.platt``) and the rows they were fitted on (``provenance``).
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
    logit,
    platt,
)

HEAD_FILE = "injection_hijack_head.json"
SCORE_CLIP = 1e-4  # the score's logit is read within [clip, 1 - clip], as it was fitted


@dataclass(frozen=True, slots=True)
class HijackHead:
    model: LinearModel  # over a window's MiniLM vector, with the head's own threshold
    score_weight: float  # the weight of the logit of the scanner's score so far
    calibration: tuple[float, float]  # Platt scaling of the raw probability

    @property
    def threshold(self) -> float:
        return self.model.threshold

    def window_logit(self, vectors: np.ndarray) -> float:
        """The raw logit of the most telling of the windows' MiniLM vectors (windows, dims),
        without the score's part."""
        return float((vectors @ self.model.coef).max()) + self.model.intercept

    def prob(self, window_logit: float, score: float) -> float:
        """The calibrated hijack probability, from ``window_logit`` and the score the prompt
        was given so far."""
        clipped = min(max(score, SCORE_CLIP), 1.0 - SCORE_CLIP)
        raw = window_logit + self.score_weight * logit(clipped)
        return platt(1.0 / (1.0 + math.exp(-min(max(raw, -60.0), 60.0))), *self.calibration)


def load(dims: int, data_dir: Path | None = None) -> HijackHead | None:
    """The head in ``data_dir`` (the shipped data by default), checked against the embedding
    width; None where a data folder of its own has none (a rebuild of the other models)."""
    path = data_dir / HEAD_FILE if data_dir else data_path(HEAD_FILE)
    if data_dir is not None and not path.exists():
        return None
    doc = load_json(HEAD_FILE, path)
    try:
        model = linear_model(doc, "head", dims, str(path))
    except ConfigError as exc:
        raise ConfigError(f"The direct hijack head: {exc}") from None
    try:
        a, b = (float(v) for v in doc["calibration"])
        weight = float(doc["head"]["score_weight"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"Guard data file '{path}' lacks the direct hijack head's calibration or score "
            f"weight ({exc}); {REBUILD}."
        ) from None
    if not all(math.isfinite(v) for v in (model.intercept, weight, a, b)) or not (
        0.0 < model.threshold <= 1.0
    ):
        raise ConfigError(
            f"Guard data file '{path}': the direct hijack head's intercept, score weight, "
            f"calibration or threshold is not finite or not in (0, 1]; {REBUILD}."
        )
    return HijackHead(model, weight, (a, b))
