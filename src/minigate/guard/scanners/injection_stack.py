"""The injection signals of one text, and the stack that weighs them in full mode.

Taking the strongest signal (the cheap mode's rule) lets any one of them flag alone, so the
false positives of all add up: the n-gram and planted-instruction models each over-fire on
some clean documents and code. With embeddings, a logistic regression per route (prompt, prose
data, code) weighs the signals' logits and two cosines instead: to the nearest known attack
and to the nearest known benign window (a k = 1 nearest-neighbour reading of the vectors the
classifier already computed). In data, a second classifier reads each line and sentence's own
vector, so that one request to the assistant is not blurred by the window around it; its
runner-up and how far its top sentence sits from the document's others (round eight) tell one
planted instruction from a document full of requests between people, and so do whom its
sentences address (round nine: the assistant and its answer, or people). The code route weighs
only the learned models' probabilities (``benchmarks/guard/build_stack.py``). A prompt in which
normalisation undid a trick (``normalize.variants``: spaced letters, base64 ...) is scored by
the prompt route's weights against a threshold of its own (``DISGUISED``, round fourteen), where
the stack has one: the heuristics give the trick alone 0.6, so disguised benign prompts held
every prompt's threshold up. Since round fifty the shipped file has one, and the scanner reads
such a prompt on its plain reading without the trick's 0.6: the trick counts through that
threshold alone.
``benchmarks/guard/build_stack.py`` fits the stack on out-of-fold signals of the train split
and picks each route's thresholds on them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.protocol import Source
from minigate.guard.scanners.artifacts import logits, sigmoid

FEATURES = (
    "heuristic",
    "ngram",
    "segment",
    "classifier",
    "sentence_classifier",
    "sentence_runner_up",
    "attack_cosine",
    "benign_cosine",
    "sentence_outlier",
    "to_assistant",
    "to_people",
)
_PROBABILITIES = 6  # the first six features enter as logits, the cosines as they are
_CLIP = 1e-4
# A line of code: a keyword that opens one, a statement's last character, or deep indentation.
_CODE_LINE = re.compile(
    r"^\s*(def |class |import |from \S+ import |#include|return\b|public |private |"
    r"function |var |let |const |if \(|for \(|while \(|}|```)|[;{}):]\s*$|^ {4,}\S"
)
CODE_SHARE = 0.3
# The threshold route of a prompt in which normalisation undid a trick (``Signals.disguised``);
# it is scored with the prompt route's weights.
DISGUISED = "disguised"
# Round ninety-four (``benchmarks/guard/inj233.py``, on round ninety-one's English route): the
# route of a plain prompt the language gate does not call blind (``multilingual.blind``: the
# shipped path's English), where the stack has one: its own weights and thresholds over the
# signals of its own prompt n-gram model and window classifier (``Signals.english_ngram``,
# ``Signals.english_classifier``), fitted besides build_stack.py's rows on every spent direct
# set's rows and hand-written ones, read out of fold. It decides a plain English prompt's
# verdict (``Stack.english_score``); the prompt route's shipped score is still read by every
# reader after the stack. A prompt the gate calls blind and a disguised prompt keep the shipped
# reading (the "prompt" and ``DISGUISED`` routes).
ENGLISH = "english"
_INLINE_CODE = re.compile(r"`[^`\n]+`")


def looks_like_code(text: str) -> bool:
    """Whether ``text`` is mostly code: code reads differently to the stack than prose
    (assignments and calls look like instructions), so it has its own weights."""
    # A fenced block or inline code spans: an answer about code reads as code.
    if "```" in text or len(_INLINE_CODE.findall(text)) >= 2:
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 3:
        return False
    return sum(1 for line in lines if _CODE_LINE.search(line)) >= CODE_SHARE * len(lines)


@dataclass(slots=True)
class Signals:
    """What each detector read in one text; ``classifier`` is None without embeddings."""

    heuristic: float
    patterns: tuple[str, ...]
    ngram: float = 0.0
    segment: float = 0.0
    classifier: float | None = None
    sentence_classifier: float = 0.0  # data only: the classifier over each sentence's vector
    # data only: the second highest sentence probability (an e-mail full of requests between
    # people has many; a planted instruction is one or two sentences in benign text)
    sentence_runner_up: float = 0.0
    # data only: how far the most suspect sentence's vector is from the rest of the document's
    # (1 - cosine to their mean): a planted instruction is out of place in what surrounds it
    sentence_outlier: float = 0.0
    # data only (round nine, ``guard/addressee.py``): 1.0 where a sentence addresses the
    # assistant or orders what its answer holds, and the share of the signs of people writing
    # to people (a quoted header, a salutation, a sign-off, "I" or "we")
    to_assistant: float = 0.0
    to_people: float = 0.0
    nearest: float = 0.0  # cosine to the nearest attack of the classifier's top window
    attack_cosine: float = 0.0
    benign_cosine: float = 0.0
    code: bool = False  # data that looks like code (``looks_like_code``)
    disguised: bool = False  # normalisation undid a trick (``Variants.obfuscated``)
    # a prompt's plain reading where it differs from the text (full mode, round fifty): what
    # the multilingual gate and head read, as they would read the plain text
    reading: str | None = None
    # a disguised prompt's decoded base64 or hex payloads, without the words around them (round
    # seventy-five, ``benchmarks/guard/obf179.py``): what the language gate is asked about before
    # the hijack readers read the prompt's plain reading
    payload: str | None = None
    # a plain prompt the language gate does not call blind, read by the English route's own
    # n-gram model and window classifier too (round ninety-four, ``ENGLISH``): their readings
    english: bool = False
    english_ngram: float = 0.0
    english_classifier: float | None = None
    # a prompt's direct-hijack window logit (full mode, round sixty-eight, ``hijack_head``):
    # not a stack feature, read after the stack with the score it gave
    hijack: float | None = None
    # the residual hijack head's window logit (round seventy-six, ``hijack_head``)
    residual: float | None = None

    def english_reading(self) -> Signals:
        """These signals with the English route's own n-gram and classifier readings in place of
        the prompt route's (round ninety-four, ``ENGLISH``)."""
        return replace(self, ngram=self.english_ngram, classifier=self.english_classifier)

    def vector(self) -> np.ndarray:
        raw = [getattr(self, name) or 0.0 for name in FEATURES]
        return np.concatenate([logits(raw[:_PROBABILITIES], _CLIP), raw[_PROBABILITIES:]])

    def named(self) -> str:
        return ", ".join(self.patterns)

    def strongest(self) -> str:
        """The signal with the highest probability, for the verdict's reason."""
        scores = {
            "heuristics": self.heuristic,
            "n-grams": self.ngram,
            "planted-instruction model": self.segment,
            "classifier": self.classifier or 0.0,
            "sentence classifier": self.sentence_classifier,
        }
        name = max(scores, key=scores.__getitem__)
        if name == "heuristics" and self.patterns:
            return f"heuristics: {self.named()}"
        return f"{name} {scores[name]:.2f}"


@dataclass(frozen=True, slots=True)
class Stack:
    """One logistic regression per route over ``Signals.vector``: ``prompt``, ``data`` (prose:
    emails, documents, tool results) and ``code`` (data that looks like code); and, where the
    operating points have it, a threshold of its own for disguised prompts (``DISGUISED``)."""

    coef: dict[str, np.ndarray]
    intercept: dict[str, float]
    operating_points: dict[str, dict[str, float]]  # point -> source -> threshold
    # Rounds one hundred and five and six (``benchmarks/guard/od259.py``, ``od263.py``):
    # diagnosis 251's lever 1, set only by the permissive overlay's stack (``"persona_only":
    # true``); the shipped stack, which strict, balanced and the cheap mode read, has it off.
    persona_only: bool = False

    def route(self, found: Signals, source: Source) -> str:
        """Whose weights and threshold apply (``DISGUISED``: the prompt route's weights)."""
        if source == "data":
            return "code" if found.code and "code" in self.coef else "data"
        return DISGUISED if found.disguised and self.disguised else "prompt"

    def english_score(self, found: Signals) -> float | None:
        """The English route's score of a plain English prompt (``ENGLISH``: its weights over
        the prompt's signals with the English route's own n-gram and classifier readings in
        place of the prompt route's), or None where the stack or the prompt has none."""
        if not found.english or found.english_classifier is None or ENGLISH not in self.coef:
            return None
        return self.score(found.english_reading(), ENGLISH)

    @property
    def disguised(self) -> bool:
        """Whether disguised prompts have a threshold of their own (at every point or none)."""
        return _has_disguised(self.operating_points)

    def score(self, found: Signals, route: str) -> float:
        """The stack's probability, or the heuristics' where higher: a hand-written pattern
        is precise enough to flag alone (as in the cheap mode), while a signal missing from a
        short text (the n-gram model reads texts of six words or more) would read as benign.
        Where the stack has ``persona_only`` (the permissive overlay's, round one hundred and
        five), not in a prompt where only a jailbreak persona, false authority or role play
        fired (``persona_only``): those name benign fiction and questions about jailbreaking
        phones as often as attacks. Not in code: there identifiers and comments read as words
        ("list ... initial prompt", "skip prompt", "see list above" in the code of an LLM
        tool), so the heuristics enter the stack's sum like every other signal."""
        weights = "prompt" if route == DISGUISED else route
        z = float(found.vector() @ self.coef[weights]) + self.intercept[weights]
        stacked = sigmoid(max(-60.0, min(60.0, z)))
        if route == "code":
            return stacked
        if self.persona_only and route != "data" and persona_only(found.patterns):
            return stacked
        return max(stacked, found.heuristic)

    def thresholds(self, point: str) -> dict[str, float]:
        return dict(self.operating_points[point])

    @classmethod
    def load(cls, part: dict[str, Any], where: str) -> Stack:
        try:
            coef = {s: np.asarray(m["coef"], dtype=np.float64) for s, m in part["sources"].items()}
            intercept = {s: float(m["intercept"]) for s, m in part["sources"].items()}
            points = {
                p: {s: float(t) for s, t in by_source.items()}
                for p, by_source in part["operating_points"].items()
            }
            lever = part.get("persona_only", False)
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(
                f"Guard model file '{where}' has a malformed stack ({exc})."
            ) from None
        if not isinstance(lever, bool):
            raise ConfigError(
                f"Guard model file '{where}': the stack's persona_only is not a bool."
            )
        shapes_wrong = any(c.shape != (len(FEATURES),) for c in coef.values())
        if not {"prompt", "data"} <= set(coef) or shapes_wrong:
            raise ConfigError(
                f"Guard model file '{where}': the stack needs {len(FEATURES)} weights for "
                "each of 'prompt' and 'data' (and 'code' where it has one)."
            )
        if not all(np.isfinite(c).all() for c in coef.values()) or not all(
            math.isfinite(b) for b in intercept.values()
        ):
            raise ConfigError(f"Guard model file '{where}': the stack's weights are not finite.")
        disguised = _has_disguised(points)
        for point, by_route in points.items():
            wanted = set(coef) | ({DISGUISED} if disguised else set())
            wrong = sorted(wanted - set(by_route)) or [
                r for r, t in by_route.items() if not 0.0 < t <= 1.0
            ]
            if wrong:
                raise ConfigError(
                    f"Guard model file '{where}': operating point '{point}' needs a "
                    f"threshold in (0, 1] for route {', '.join(map(repr, wrong))}."
                )
        return cls(coef, intercept, points, lever)


# Round one hundred and three (``benchmarks/guard/od255.py``, diagnosis 251's lever 1), shipped
# in round one hundred and five for the permissive overlay's stack alone: the patterns that no
# longer flag alone in a prompt's full-mode reading there. "What does it mean to jailbreak an
# iPhone?" and benign role play fire them at the heuristics' 0.90, which equals the full mode's
# permissive bar; where one of them fired beside any other pattern, or in data, the heuristics'
# floor holds as before. They still enter the stack's sum (the ``heuristic`` feature).
PERSONA_PATTERNS = frozenset({"jailbreak persona", "false authority", "role play"})


def persona_only(patterns: tuple[str, ...]) -> bool:
    """Whether the patterns fired are some and all among ``PERSONA_PATTERNS``."""
    return bool(patterns) and PERSONA_PATTERNS.issuperset(patterns)


def _has_disguised(points: dict[str, dict[str, float]]) -> bool:
    return any(DISGUISED in by_route for by_route in points.values())
