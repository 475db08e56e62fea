"""The injection heads of a fine-tuned classifier (``guard/classifier.py``, trained with
harm's heads by ``benchmarks/guard/train_guard.py``).

``planted`` reads one sentence of data that addresses the assistant: the few sentences the
frozen sentence classifier ranks highest (a short extra pass per data text). ``injection``
reads a prompt's windows, the windows the harm scanner reads, so that one classifier file
serving both scanners would run each window once (its memo). Each route's score is the mean,
in logit space, of the stack's and the head's, as harm's ``mean`` mode joins its two gates;
the thresholds were picked on the train side's dev fold (``injection.json``'s ``finetuned``
part). What ships since round ten: ``injection_encoder.*`` for the data route alone
(``routes``), a file of its own beside harm's, so prompts and code run no extra pass.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.classifier import SequenceClassifier
from minigate.guard.scanners.artifacts import REBUILD, data_path, logit, sigmoid
from minigate.guard.scanners.harm_finetuned import shared_classifier

HEADS = ("injection", "planted")
ROUTES = ("prompt", "data", "code")
READS = {"prompt": "injection", "data": "planted", "code": "planted"}  # route -> head


@dataclass(frozen=True, slots=True)
class FineTunedInjection:
    model: SequenceClassifier
    sentences: int  # data: how many of the frozen sentence classifier's top sentences
    operating_points: dict[str, dict[str, float]]  # point -> route -> threshold
    # The routes whose score joins the head's; the others keep the stack's score and do no
    # extra pass (round nine, second question: data alone).
    routes: tuple[str, ...] = ROUTES

    def prompt(self, pieces: list[str]) -> float:
        """The injection head's highest window probability."""
        col = self.model.heads.index("injection")
        return float(self.model.probs(pieces)[:, col].max()) if pieces else 0.0

    def data(self, ranked: list[str]) -> float:
        """The planted head's highest probability over the top ranked sentences."""
        top = ranked[: self.sentences]
        col = self.model.heads.index("planted")
        return float(self.model.probs(top)[:, col].max()) if top else 0.0

    @staticmethod
    def join(stacked: float, mine: float) -> float:
        return sigmoid((logit(stacked) + logit(mine)) / 2.0)


def load_injection_heads(part: Any, data_dir: Path | None, where: str) -> FineTunedInjection:
    """The fine-tuned injection reading ``part`` describes; a ConfigError if anything is off."""
    try:
        file = str(part["file"])
        sentences = int(part["sentences"])
        routes = tuple(str(r) for r in part.get("routes", ROUTES))
        points = {
            str(p): {str(r): float(t) for r, t in by_route.items()}
            for p, by_route in part["operating_points"].items()
        }
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(
            f"Guard model file '{where}' lacks its fine-tuned injection part ({exc}); {REBUILD}."
        ) from None
    thresholds = [t for by_route in points.values() for t in by_route.values()]
    if (
        sentences < 1
        or not routes
        or not set(routes) <= set(ROUTES)
        or not all(set(ROUTES) <= set(by_route) for by_route in points.values())
        or not all(math.isfinite(t) and 0.0 < t <= 1.0 for t in thresholds)
    ):
        raise ConfigError(
            f"Guard model file '{where}': the fine-tuned injection part is inconsistent; {REBUILD}."
        )
    path = data_dir / file if data_dir else data_path(file)
    model = shared_classifier(path)
    needed = [h for h in HEADS if h in {READS[r] for r in routes}]
    missing = [h for h in needed if h not in model.heads]
    if missing:
        raise ConfigError(
            f"Guard classifier '{path}' has no {' or '.join(missing)} head, which "
            f"'{where}' reads; {REBUILD}."
        )
    return FineTunedInjection(model, sentences, points, routes)


def top_sentences(sentences: list[str], probs: np.ndarray, k: int) -> list[str]:
    """The ``k`` sentences with the highest probabilities, highest first."""
    order = np.argsort(-probs, kind="stable")[:k]
    return [sentences[int(i)] for i in order]
