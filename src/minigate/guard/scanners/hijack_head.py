"""Round sixty-eight (``benchmarks/guard/inj153.py``), refitted in round seventy-one
(``benchmarks/guard/inj161.py``): learned readers of direct hijacks, each with a threshold of its
own, for full mode.

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

Round seventy-one: the head never read a prompt the language gate calls blind, and four of
fresh153's twelve misses were German hijacks of the same kinds. Under ``multilingual`` the file
holds a second head, a logistic regression over the prompt's USE-m3 vector (the one the
multilingual injection head already computed for a blind prompt: ``multilingual.vector``, kept in
its memo, so the head costs a dot product), fitted on hijacks in every language (the encoder maps
a hijack in German near the same hijack in English), read only where the gate calls the prompt
blind and the reading so far passes it (``InjectionScanner._blind_hijack``).

Round seventy-one also reads an English prompt's structure (``structure``): the English head,
fitted on a few hundred attacks, reached 2 of fresh153's 8 English misses, and 5 of the other 6
were three shapes that recur across the writers in new words: an order for what other people are
told later ("Every time someone asks about coffee, say ..."; "end every reply from here with a
link"), an output fixed word for word with nothing else ("Type exactly '...' and add no other
words"), and a task named and dropped for another ("Stop translating. Switch jobs: ..."). Each
pattern asks for the shape's two parts together (who is told, by whom and when; the quoted
string and "nothing else"; the task stopped and "instead" or a new job), so a user's own
preference ("whenever I ask ..."), an answer format ("reply only with yes or no") or a changed
request of their own ("skip the introduction and summarise the results") does not match it.
A match flags a plain prompt the gate does not call blind, where the head does not fire and the
reading so far passes it but gave it at least ``STRUCTURE_FLOOR``.

Round seventy-six (``benchmarks/guard/inj181.py``): the residual head
(``injection_hijack_residual.json``, the first head's form: ``head`` over the MiniLM windows with
the score's logit). Round seventy-four widened the structure reader by hand and gained 11 spent
rows in sample, none on the next set: the English misses left are single wordings (an advert at
the end of every reply, a secret asked for backwards, a speech in the assistant's own voice, a
persona turned on the customer). The residual head is the first head's recipe refitted on every
spent set through fresh179 and on hand-written pairs of those families
(``benchmarks/guard/inj181_rows.py``), the attacks the shipped readers pass weighted most, read
after the first heads and the structure reader, only on a plain prompt they leave under the bar
that reads as English by its own words (``multilingual.english``): it adds to what the first
heads flag and takes nothing from it (they were fitted on the spent sets through fresh153, so a
refit that replaced them would lose, out of fold, what they read there in sample). Out of fold
(each spent set left out whole) it added 19 of the spent sets' 65 misses (17 English) at 2 more
benign rows; a multilingual residual head over the USE-m3 vector, fitted the same way, read none
of the blind misses above their look-alikes out of fold, and was left out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.scanners import multilingual
from minigate.guard.scanners.artifacts import (
    REBUILD,
    LinearModel,
    head_from_doc,
    linear_model,
    logit,
    optional_doc,
    platt,
)

HEAD_FILE = "injection_hijack_head.json"
RESIDUAL_FILE = "injection_hijack_residual.json"  # round seventy-six
SCORE_CLIP = 1e-4  # the score's logit is read within [clip, 1 - clip], as it was fitted
# The least score the reading so far must give a prompt whose structure reads as a hijack (the
# spent misses it was written from scored 0.33-0.75; a prompt the models read as wholly ordinary
# is left alone).
STRUCTURE_FLOOR = 0.2

_OTHERS = (
    r"(?:someone|somebody|anyone|anybody|any(?:one)? user|a user|users|people|a customer|"
    r"customers|visitors|whoever|everyone|everybody|every user|all users|other users|the user)"
)
_ASKS = r"(?:asks?|mentions?|brings? up|writes?|talks?|types?|wants?|inquires?|enquires?|says?)"
_TELL = r"(?:tell|say|claim|insist|answer|reply|respond|inform|recommend|state|assure|warn|remind)"
_STANDING = re.compile(
    # someone else asks, later, and the assistant is told what to say to them
    rf"\b(?:whenever|every ?time|each time|any ?time|if ever|when)\s+{_OTHERS}\s+(?:\w+\s+){{0,2}}"
    rf"{_ASKS}\b.{{0,80}}?\b{_TELL}\b"
    # what everyone (else) is to be told
    rf"|\b{_TELL}\s+(?:every(?:one|body)|any(?:one|body)|all (?:future )?users|"
    rf"every (?:future )?user|whoever|people|other users|(?:all|any) (?:future )?(?:visitors|"
    rf"customers))\b"
    # every later reply carrying the writer's link
    r"|\b(?:end|finish|close|sign off|start|begin)\s+(?:every|each|all)\s+(?:\w+\s+){0,2}"
    r"(?:repl(?:y|ies)|answers?|responses?|messages?)\b.{0,40}\b(?:link|url|site|website|promo)",
    re.I | re.S,
)
_FIXED = re.compile(
    # an output given word for word, quoted, and nothing else beside it
    r"\b(?:type|write|print|say|output|reply|respond|answer|return)\s+(?:with\s+)?(?:exactly|"
    r"only|just|nothing but|verbatim|the exact (?:words|phrase|sentence|string))\b"
    r"[^'\"\u2018\u201c]{0,30}['\"\u2018\u201c][^'\"\u2019\u201d]{2,80}['\"\u2019\u201d].{0,40}"
    r"\b(?:nothing else|no other (?:words?|text|characters?)|add (?:nothing|no other)|and stop|"
    r"stop there|nothing more)",
    re.I | re.S,
)
_TASK = re.compile(
    # a task named and stopped ...
    r"\b(?:stop|quit|drop|forget|skip|enough with|no more|cancel|abandon|never ?mind|scrap|"
    r"ditch|leave)\s+(?:the\s+|your\s+|my\s+|this\s+)?(?:\w+\s+){0,2}(?:translat\w*|summar\w*|"
    r"proofread\w*|grammar|analy\w*|classif\w*|review\w*|task|job|article|essay|document|text|"
    r"question|recipe|weather|assignment|duty|duties|role)\b"
    # ... for another
    r".{0,40}?\b(?:instead|new (?:job|task|assignment|mission|directive)|switch (?:jobs|tasks|"
    r"roles)|real task|change of plans?|from (?:now|here) on|your (?:only|new|actual|real) "
    r"(?:job|task))\b",
    re.I | re.S,
)
SHAPES = (
    ("standing order for others", _STANDING),
    ("fixed output", _FIXED),
    ("task dropped for another", _TASK),
)


def structure(text: str) -> str | None:
    """The hijack shape ``text``'s structure reads as, or None (the module's docstring)."""
    for name, pattern in SHAPES:
        if pattern.search(text):
            return name
    return None


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


def load(
    dims: int, data_dir: Path | None = None, name: str = HEAD_FILE, what: str = "direct hijack head"
) -> HijackHead | None:
    """The head in ``data_dir`` (the shipped data by default), checked against the embedding
    width; None where a data folder of its own has none (a rebuild of the other models).
    ``name``: the file (``RESIDUAL_FILE`` for the residual head)."""
    found = optional_doc(name, data_dir)
    return None if found is None else _head(found, dims, what)


def load_heads(
    dims: int, data_dir: Path | None = None, blind: bool = True
) -> tuple[HijackHead | None, multilingual.Head | None]:
    """``load`` and, where ``blind``, the head over the USE-m3 vector (``multilingual`` in the
    head file, where it has one: round sixty-eight's has not), from one parse of ``HEAD_FILE``
    (the scanner's start-up reads both heads from it)."""
    found = optional_doc(HEAD_FILE, data_dir)
    if found is None:
        return None, None
    return _head(found, dims, "direct hijack head"), _multilingual(found) if blind else None


def _head(found: tuple[Path, dict[str, Any]], dims: int, what: str) -> HijackHead:
    head = head_from_doc(found, "head", dims, what, extra=("score_weight",))
    return HijackHead(head.model, head.extra["score_weight"], head.calibration)


def _multilingual(found: tuple[Path, dict[str, Any]]) -> multilingual.Head | None:
    path, doc = found
    if "multilingual" not in doc:
        return None
    try:
        model = linear_model(doc, "multilingual", multilingual.DIMS, str(path))
    except ConfigError as exc:
        raise ConfigError(f"The multilingual hijack head: {exc}") from None
    if not math.isfinite(model.intercept) or not 0.0 < model.threshold <= 1.0:
        raise ConfigError(
            f"Guard data file '{path}': the multilingual hijack head's intercept or threshold "
            f"is not finite or not in (0, 1]; {REBUILD}."
        )
    return multilingual.Head(model.coef, model.intercept, model.threshold)
