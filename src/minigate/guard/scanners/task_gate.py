"""Round one hundred and fifteen (``benchmarks/guard/task305.py``): the task gate, a release.

The full mode flagged about a third of ordinary task prompts with pasted material (P3's
templated tasks: 271 of 818 at `balanced`; the self-instruct seed tasks with an input: 40 of
125): "Classify whether the following email is spam", "Paraphrase the paragraph", a fact to
check. Its training attacks (deepset's, whose labels call any request off its news app's topic
an injection, and the spent sets') and its benign prompts (questions, headlines) taught it that
an order over a block of text is an attack.

The gate reads a user prompt the reading so far flags, where no phrase pattern fired and no
trick was undone, and releases it where its logit is under ``bar``. Two logistic regressions
over the MiniLM window vectors the scanner reads (one more embedding call, for flagged prompts
only):

- the window head: each window's attack logit (fitted on design attacks' windows against
  benign windows, P3's among them; an attack planted in a task's material labels only the
  windows that hold it); its most attack-like window is a feature of
- the row head: over the first window's vector, the mean window vector, the text's log length,
  the score's logit and that window logit.

``bar`` is the 2% quantile of the row head's out-of-fold logits over the design attacks the
shipped reading flags plainly (docs/guard.md). ``injection_task_gate.json`` holds both heads,
the bar and the rows they were fitted on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.scanners.artifacts import REBUILD, optional_doc

FILE = "injection_task_gate.json"
# where it releases: at `strict` it released 21 of 292 planted design attacks out of fold
POINTS = frozenset({"balanced", "permissive"})
_CLIP = 1e-4


@dataclass(frozen=True, slots=True)
class TaskGate:
    window: np.ndarray  # window head: weights over one window's vector
    window_intercept: float
    row: np.ndarray  # row head: first window, mean window, log length, score logit, window max
    row_intercept: float
    bar: float

    def logit(self, vectors: np.ndarray, length: int, score: float) -> float:
        """The row head's logit for a prompt of ``length`` characters whose windows are
        ``vectors`` and whose reading so far scored ``score``."""
        vectors = vectors.astype(np.float64)
        windows = float((vectors @ self.window).max()) + self.window_intercept
        p = min(max(score, _CLIP), 1.0 - _CLIP)
        extra = [math.log(length + 1), math.log(p / (1.0 - p)), windows]
        features = np.concatenate([vectors[0], vectors.mean(axis=0), extra])
        return float(features @ self.row) + self.row_intercept

    def releases(self, vectors: np.ndarray, length: int, score: float) -> tuple[bool, float]:
        z = self.logit(vectors, length, score)
        return z < self.bar, z


def load(dims: int, data_dir: Path | None = None) -> TaskGate | None:
    """The gate in the shipped data (or ``data_dir``'s, None where it has none)."""
    found = optional_doc(FILE, data_dir)
    if found is None:
        return None
    path, doc = found
    try:
        gate = TaskGate(
            np.asarray(doc["window"]["coef"], dtype=np.float64),
            float(doc["window"]["intercept"]),
            np.asarray(doc["row"]["coef"], dtype=np.float64),
            float(doc["row"]["intercept"]),
            float(doc["bar"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"Guard model file '{path}' is damaged ({exc}); {REBUILD}.") from None
    shapes = gate.window.shape == (dims,) and gate.row.shape == (2 * dims + 3,)
    numbers: list[Any] = [
        gate.window,
        gate.row,
        gate.window_intercept,
        gate.row_intercept,
        gate.bar,
    ]
    if not shapes or not all(np.isfinite(n).all() for n in numbers):
        raise ConfigError(
            f"Guard model file '{path}': the task gate's weights are not {dims} and "
            f"{2 * dims + 3} finite numbers; {REBUILD}."
        )
    return gate
