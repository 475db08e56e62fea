"""Round one hundred and thirteen's candidate (``XST_RULE_287``, ``benchmarks/guard/xst287.py``):
the harm state probe, read on request-shaped English user text near the harm threshold.

Exploration 277 (``benchmarks/guard/exp277.py``) found that a linear probe on the built-in
SmolLM2-135M's states tells a harmful request from its safe look-alike where the harm scanner's
own features do not; rounds one hundred and eleven and twelve (``xst277.py``, ``xst281.py``)
narrowed it to where it is read. In full mode, at `strict` and `balanced` with no threshold set,
on a user text the language gate does not call blind, that asks the assistant for something
(``harm_frame_head.request_shaped``) and whose harm logit lies in the point's band (3 logits
either side of its threshold), the model reads the text as the user turn of its chat template;
the probe reads the mean over the text's tokens of layer 16's output (of 30, before the final
norm), its decision is joined with the harm logit (two weights and an intercept), and the joined
score against the point's bar decides the verdict.

``harm_state_probe.json`` holds the probe (the scaler folded into its weights), the join, the
bars and the bands, as ``xst281.fit`` writes them; where it is not shipped the scanner reads no
state. The model is the task-drift reader's (``decoder_states``: one copy per process); a read
cost about 92 ms p50 on one thread (9 of the guard's 150 latency texts were read).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.scanners.artifacts import REBUILD, data_path, logits
from minigate.guard.scanners.decoder_states import shared_states

PROBE_FILE = "harm_state_probe.json"
POINTS = ("strict", "balanced")
# The text as the user turn of SmolLM2's chat template (exp277.FRAME)
TURN = (
    "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n",
    "<|im_end|>\n<|im_start|>assistant\n",
)


@dataclass(frozen=True, slots=True)
class HarmStateProbe:
    """The probe over a text's mean state, its join with the harm logit, and per point the bar
    (joined logits, flagged at or above) and the band of harm logits it reads (inclusive)."""

    layers: int
    max_tokens: int
    weights: np.ndarray
    intercept: float
    join: tuple[float, float, float]
    bars: dict[str, float]
    bands: dict[str, tuple[float, float]]
    provenance: str

    @staticmethod
    def path() -> Path:
        """The shipped probe file."""
        return data_path(PROBE_FILE)

    @classmethod
    def shipped(cls) -> HarmStateProbe | None:
        """The shipped probe; None where no file is shipped (the scanner reads no state)."""
        path = cls.path()
        return cls.load(path) if path.exists() else None

    @classmethod
    def load(cls, path: Path | None = None) -> HarmStateProbe:
        path = path or cls.path()
        try:
            doc = json.loads(path.read_text())
            a, b, c = (float(v) for v in doc["join"])
            bands = {p: _band(doc["bands"][p]) for p in POINTS}
            probe = cls(
                int(doc["layers"]),
                int(doc["max_tokens"]),
                np.asarray(doc["weights"], dtype=np.float64),
                float(doc["intercept"]),
                (a, b, c),
                {p: float(doc["bars"][p]) for p in POINTS},
                bands,
                str(doc["provenance"]),
            )
        except (OSError, KeyError, TypeError, ValueError) as exc:
            raise ConfigError(
                f"Guard data file '{path}' is not a harm state probe ({exc}); {REBUILD}."
            ) from None
        if probe.weights.ndim != 1:
            raise ConfigError(f"Guard data file '{path}' holds weights not one row; {REBUILD}.")
        numbers = [probe.intercept, *probe.join, *probe.bars.values()]
        numbers += [v for band in bands.values() for v in band]
        if not np.isfinite(probe.weights).all() or not all(map(math.isfinite, numbers)):
            raise ConfigError(f"Guard data file '{path}' holds non-finite values; {REBUILD}.")
        if probe.layers < 1 or probe.max_tokens < 1:
            raise ConfigError(
                f"Guard data file '{path}' reads no layer or no token of a text; {REBUILD}."
            )
        return probe

    def reads(self, logit: float, point: str) -> bool:
        """Whether a text of this harm logit lies in ``point``'s band."""
        lo, hi = self.bands[point]
        return lo <= logit <= hi

    def joined(self, state: np.ndarray, harm: float) -> float:
        """The joined logit of a text's mean state and its harm score."""
        probe = float(state.astype(np.float64) @ self.weights) + self.intercept
        a, b, c = self.join
        return a * probe + b * float(logits(harm, 1e-4)) + c  # clipped as xst281 fitted it


def _band(value: Any) -> tuple[float, float]:
    lo, hi = (float(v) for v in value)
    if not lo <= hi:
        raise ValueError(f"band [{lo}, {hi}] is empty")
    return lo, hi


class HarmStateReader:
    """A text's mean state as the probe reads it, from the process's decoder; loaded by
    ``load`` or on the first call."""

    def __init__(self, probe: HarmStateProbe, threads: int = 1) -> None:
        self.probe = probe
        self.decoder = shared_states(threads)
        self.decoder.reach(probe.layers)

    def load(self) -> None:
        """Load the model now, if it is not loaded (the guard does so at start)."""
        self.decoder.load()

    def mean_state(self, text: str) -> np.ndarray:
        probe = self.probe
        state = self.decoder.mean(TURN, text, probe.layers, probe.max_tokens, normed=False)
        if state.shape != probe.weights.shape:
            raise ConfigError(
                f"Guard data file '{PROBE_FILE}' holds {probe.weights.size} weights for the "
                f"decoder's {state.size} state values; {REBUILD}."
            )
        return state
