"""The harm gate and category heads of all-MiniLM-L6-v2 fine-tuned end to end with low-rank
adapters (``guard/classifier.py``; round eight's ``benchmarks/guard/train_harm.py``, round
nine's ``train_guard.py``, which adds the injection heads to the same classifier).

``harm.json``'s ``finetuned`` part names the classifier file, how its gate joins round seven's
stack (``alone``, or ``mean``: the mean of the two logits), the operating points chosen on the
train side's dev fold, and each category head's Platt scaling and threshold.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.classifier import SequenceClassifier, load_classifier
from minigate.guard.scanners.artifacts import REBUILD, data_path, logit, platt, sigmoid

BASE_MODEL = "builtin:minilm"
MODES = ("alone", "mean")


@dataclass(frozen=True, slots=True)
class FineTunedHarm:
    model: SequenceClassifier
    mode: str  # one of MODES
    points: dict[str, float]
    calibration: dict[str, tuple[float, float]]
    thresholds: dict[str, float]

    def gate(self, probs: np.ndarray, stacked: float) -> float:
        """The harm probability from the windows' head probabilities (windows, heads) and
        round seven's stacked score."""
        mine = float(probs[:, 0].max())
        if self.mode == "alone":
            return mine
        return sigmoid((logit(mine) + logit(stacked)) / 2.0)

    def heads(self, probs: np.ndarray) -> dict[str, float]:
        """Each category's calibrated score on its most telling window."""
        out = {}
        for k, head in enumerate(self.model.heads[1:], start=1):
            if head not in self.calibration:
                continue
            a, b = self.calibration[head]
            raw = float(probs[:, k].max())
            out[head] = platt(raw, a, b)
        return out


_LOADED: dict[tuple[str, str], SequenceClassifier] = {}
_LOADING = threading.Lock()


def shared_classifier(path: Path) -> SequenceClassifier:
    """The classifier at ``path``, loaded once per process: the harm and the injection
    scanners that name one file share one model, and its memo of windows already read."""
    from minigate.backends.builtin import resolve_weights

    base = resolve_weights(BASE_MODEL)
    with _LOADING:
        key = (str(path), str(base))
        if key not in _LOADED:
            _LOADED[key] = load_classifier(path, base)
        return _LOADED[key]


def load_finetuned(part: Any, data_dir: Path | None, where: str) -> FineTunedHarm:
    """The fine-tuned gate ``part`` describes, its classifier loaded once per process."""
    try:
        file = str(part["file"])
        mode = str(part["mode"])
        points = {str(k): float(v) for k, v in part["operating_points"].items()}
        calibration = {str(h): (float(a), float(b)) for h, (a, b) in part["calibration"].items()}
        thresholds = {str(h): float(t) for h, t in part["thresholds"].items()}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(
            f"Guard model file '{where}' lacks its fine-tuned gate ({exc}); {REBUILD}."
        ) from None
    if mode not in MODES or not all(
        0.0 < t <= 1.0 for t in (*points.values(), *thresholds.values())
    ):
        raise ConfigError(
            f"Guard model file '{where}': the fine-tuned gate is inconsistent; {REBUILD}."
        )
    if not all(math.isfinite(v) for ab in calibration.values() for v in ab):
        raise ConfigError(
            f"Guard model file '{where}': a fine-tuned head's calibration is not finite; {REBUILD}."
        )
    path = data_dir / file if data_dir else data_path(file)
    model = shared_classifier(path)
    if model.heads[0] != "harmful":
        raise ConfigError(f"Guard classifier '{path}' has no harm gate first; {REBUILD}.")
    if set(calibration) != set(thresholds) or not set(calibration) <= set(model.heads[1:]):
        raise ConfigError(
            f"Guard model file '{where}': the fine-tuned heads' calibration and thresholds name "
            f"other categories than the classifier's; {REBUILD}."
        )
    return FineTunedHarm(model, mode, points, calibration, thresholds)
