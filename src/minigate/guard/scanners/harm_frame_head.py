"""Round sixty-six (``benchmarks/guard/xst149.py``): a learned English frame head, read near the
harm gates' threshold in full mode.

The gates' joined score sits at its error minimum (round sixty-one): a new operating point or a
new weighing of the gates moves as many look-alikes as harmful requests. What separates the
rows near the threshold is the request's frame (a harm asked for, or a harm guarded against)
and its target, which phrase lists read only on the rows they were written from. This head
reads the MiniLM vectors the scanner has already computed for the text's windows, so it costs
no encoder pass: a network of one hidden layer over their mean and the gates' joined score
(its logit's distance from the threshold), fitted on harmful requests against their
XSTest-style look-alikes and Platt-scaled on out-of-fold logits. It moves only a verdict the
gates decided near the threshold: a text just under it that the head calls harmful is flagged
at the threshold, a text just over it that the head calls safe is released just under it. A
request pattern, a stated threat or the self-harm head still decide as before.

``harm_frame_head.json`` holds the network's output bias (its weights in
``harm_frame_head.npy``, float16), the calibration, the band (in logits from the
operating point's threshold), its thresholds (chosen out-of-fold by set on the design
data) and the rows they were fitted on (``provenance``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.scanners.artifacts import (
    REBUILD,
    data_path,
    load_json,
    load_vectors,
    logit,
    sigmoid,
)

HEAD_FILE = "harm_frame_head.json"
BAND = ("below", "flag_at", "near", "flag_near", "above", "release_at")


@dataclass(frozen=True, slots=True)
class FrameHead:
    w1: np.ndarray  # (dims + 1, hidden): the mean window vector and the joined score's place
    b1: np.ndarray  # (hidden,)
    w2: np.ndarray  # (hidden,)
    b2: float
    z_scale: float  # the joined score's logit distance from the threshold is divided by this
    calibration: tuple[float, float]  # Platt scaling of the raw logit
    below: float  # how far under the threshold (in logits) a text may be flagged
    flag_at: float  # the head's probability at which it is
    near: float  # nearer the threshold than this (in logits), a text is flagged at...
    flag_near: float  # ...this probability of the head's
    above: float  # how far over the threshold (in logits) a text may be released
    release_at: float  # the head's probability at or under which it is

    def prob(self, vectors: np.ndarray, z: float) -> float:
        """The calibrated probability that the text asks for harm, from its windows' MiniLM
        vectors (windows, dims) and ``z``, the joined score's logit minus the threshold's."""
        x = np.append(vectors.mean(axis=0), z / self.z_scale).astype(np.float32)
        raw = float(np.maximum(x @ self.w1 + self.b1, 0.0) @ self.w2) + self.b2
        a, b = self.calibration
        return sigmoid(a * raw + b)

    def adjust(self, harm: float, threshold: float, vectors: np.ndarray) -> float:
        """The gates' joined score, moved to the threshold (flagged) or just under it
        (released) where it is within the band and the head is confident; else unchanged."""
        z = logit(harm) - logit(threshold)
        if not -self.below <= z < self.above:
            return harm
        said = self.prob(vectors, z)
        if z < 0 and (said >= self.flag_at or (z >= -self.near and said >= self.flag_near)):
            return threshold
        if z >= 0 and said <= self.release_at:
            return math.nextafter(threshold, 0.0)
        return harm


def load(dims: int, data_dir: Path | None = None) -> FrameHead | None:
    """The head in ``data_dir`` (the shipped data by default), checked against the embedding
    width; None where a data folder of its own has none (a rebuild of the other models)."""
    path = data_dir / HEAD_FILE if data_dir else data_path(HEAD_FILE)
    if data_dir is not None and not path.exists():
        return None
    doc = load_json(HEAD_FILE, path)
    try:
        hidden = int(doc["hidden"])
        file = str(doc["weights"])
        a, b = (float(v) for v in doc["calibration"])
        band = doc["band"]
        numbers = [float(doc["b2"]), float(doc["z_scale"]), a, b]
        numbers += [float(band[k]) for k in BAND]
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"Guard data file '{path}' lacks its frame head ({exc}); {REBUILD}."
        ) from None
    # the network's weights: a float16 (dims + 3, hidden) matrix, rows w1, then b1, then w2
    weights = load_vectors(file, hidden, path.parent / file)
    if weights.shape[0] != dims + 3:
        raise ConfigError(
            f"Guard data file '{path.parent / file}' holds {weights.shape[0]} rows, not "
            f"{dims + 3} (the frame head's weights, biases and output layer); {REBUILD}."
        )
    w1, b1, w2 = weights[: dims + 1], weights[dims + 1], weights[dims + 2]
    finite = all(math.isfinite(v) for v in numbers)
    b2, z_scale, _, _, below, flag_at, near, flag_near, above, release_at = numbers
    if not finite or z_scale <= 0 or min(below, near, above) < 0:
        raise ConfigError(
            f"Guard data file '{path}': the frame head's numbers are not finite, or its band is "
            f"negative; {REBUILD}."
        )
    return FrameHead(
        w1, b1, w2, b2, z_scale, (a, b), below, flag_at, near, flag_near, above, release_at
    )
