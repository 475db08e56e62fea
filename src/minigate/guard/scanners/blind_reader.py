"""Round ninety-eight (``benchmarks/guard/inj241.py``, ``INJ_RULE_241``): the blind reader, a
raise-only reader of the plain user prompts the language gate calls blind (German above all).

A prompt the gate calls blind (``multilingual.blind``) never reaches the English route (round
ninety-four) nor the English hijack readers: the multilingual injection and hijack heads over
its USE-m3 vector read it, and the spent check sets show them short (German attacks 10-11 of
15 caught at ``balanced`` against 43 of 45 English; round seventy-six found the USE-m3 vector
alone not telling enough). This reader is ``ngrams``' form (hashed words, word pairs and
four-character pieces of the whole prompt, a logistic regression over them) fitted on the rows
the gate calls blind of every spent direct set, deepset's train side and the designers' written
rows, read out of fold on design data. Where the shipped reading passes such a prompt in full
mode, at an operating point whose bar the reader's score reaches, the injection scanner flags it
at the route's threshold (``InjectionScanner._blind_read``); it takes nothing from what the
shipped readers flag, and reads no disguised prompt, no data and nothing in the cheap mode.

``injection.json`` holds its part under ``blind_reader``: the weights file (float16, its
largest weights kept and rounded, xz-packed), the intercept, one bar per operating point, and
how it was built.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minigate.errors import ConfigError
from minigate.guard.scanners.artifacts import REBUILD, load_part_weights
from minigate.guard.scanners.ngrams import BUCKETS, score_text

PART = "blind_reader"
POINTS = ("strict", "balanced", "permissive")


@dataclass(frozen=True, slots=True)
class BlindReader:
    """The reader's weights over ``ngrams``' columns, its intercept and its bar per point."""

    weights: Any  # np.ndarray of BUCKETS float32 weights
    intercept: float
    bars: dict[str, float]

    @classmethod
    def load(cls, part: Any, data_dir: Path | None, where: str) -> BlindReader:
        """The reader ``injection.json``'s ``blind_reader`` part names; any fault (a missing
        or damaged weights file, a malformed part, a bar that is not a probability) is a
        ConfigError naming the blind reader."""
        try:
            name = str(part["file"])
            intercept = float(part["intercept"])
            bars = {p: float(part["operating_points"][p]) for p in POINTS}
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(
                f"Guard model file '{where}' has a malformed blind reader part ({exc}); {REBUILD}."
            ) from None
        if not math.isfinite(intercept) or not all(0.0 < b < 1.0 for b in bars.values()):
            raise ConfigError(
                f"Guard model file '{where}': the blind reader's intercept {intercept} or bars "
                f"{bars} are not finite probabilities; {REBUILD}."
            )
        weights = load_part_weights("blind reader", name, BUCKETS, data_dir)
        return cls(weights, intercept, bars)

    def prob(self, text: str) -> float:
        """The reader's probability that ``text`` (a whole prompt) is a direct injection."""
        return score_text(text, self.weights, self.intercept)
