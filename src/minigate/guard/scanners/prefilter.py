"""A cheap gate before many slow regular expressions: which of them can match at all?

Python's ``re`` tries every alternative of a pattern at every position of the text, and a
phrase pattern written as ``\\b(?:ignore|disregard|...)\\b[^.!?\\n]{0,30}...`` over a few
hundred characters costs tens of microseconds; fourteen of them cost most of the cheap guard's
time. Yet a benign text rarely holds even one of the words such a pattern needs. So each
pattern's *anchors* are derived from its parsed form (``re._parser``): literal strings of
which every match must contain at least one. One scan of the lower-cased text with a trie of
all anchors (an Aho-Corasick automaton, ``pyahocorasick``: every occurrence of every
anchor, overlapping ones too, in one pass in C) says which patterns are worth running; the
others cannot match and are skipped.

The gate is exact, never a guess: a pattern whose anchors cannot be derived (one of its
alternatives starts with a character class and holds no literal) is always run.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast


class _Parser(Protocol):
    """What is used of ``re._parser`` (private, without stubs): the parsed form of a pattern
    as a sequence of ``(opcode, argument)`` items."""

    def parse(self, pattern: str, flags: int = 0) -> Iterable[tuple[Any, Any]]: ...


class _Automaton(Protocol):
    """What is used of ``ahocorasick.Automaton`` (a C extension without stubs)."""

    def add_word(self, key: str, value: object) -> bool: ...
    def make_automaton(self) -> None: ...
    def iter(self, text: str) -> Iterator[tuple[int, Any]]: ...


class _AhoCorasick(Protocol):
    def Automaton(self) -> _Automaton: ...


class _Constants(Protocol):
    """The opcodes of ``re._constants`` that the anchor derivation reads."""

    LITERAL: Any
    SUBPATTERN: Any
    BRANCH: Any
    MAX_REPEAT: Any
    MIN_REPEAT: Any
    POSSESSIVE_REPEAT: Any


sre_parse = cast(_Parser, importlib.import_module("re._parser"))
sre_constants = cast(_Constants, importlib.import_module("re._constants"))
ahocorasick = cast(_AhoCorasick, importlib.import_module("ahocorasick"))

# An anchor shorter than this many UTF-8 bytes would open the gate on nearly every text
# ("a", "in"); two Chinese characters are six bytes and as rare as a long English word.
MIN_ANCHOR = 3

# Lower-casing alone does not make two letters that ``re.IGNORECASE`` equates the same
# string ("\u0131" dotless i and "i", long "\u017f" and "s", Greek and old Cyrillic variants),
# so text and anchors are both mapped to one member of each such class (found by trying
# every code point against every other of its case class).
_SAME_UNDER_IGNORECASE = str.maketrans(
    "\u0131\u017f\u03bc\u1fbe\u03b9\u1fd3\u03d0\u03f5\u03d1\u03f0\u03d6\u03f1\u03c3"
    "\u03d5\u1fe3\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\ua64b\u1e9b\ufb06",
    "is\xb5\u0345\u0345\u0390\u03b2\u03b5\u03b8\u03ba\u03c0\u03c1\u03c2"
    "\u03c6\u03b0\u0432\u0434\u043e\u0441\u0442\u0442\u044a\u0463\u1c88\u1e61\ufb05",
)


@functools.lru_cache(maxsize=16)
def caseless(text: str) -> str:
    """``text`` lower-cased so that letters ``re.IGNORECASE`` equates are equal. Cached: the
    injection scanner's matcher and its data-only gates (``injection_patterns.
    planted_in_data``) lower the same reading of a text one after the other."""
    if text.isascii():
        return text.lower()
    # Capital dotted I lower-cases to two characters, yet matches a plain "i".
    return text.replace("\u0130", "i").lower().translate(_SAME_UNDER_IGNORECASE)


_LITERAL = sre_constants.LITERAL
_SUBPATTERN = sre_constants.SUBPATTERN
_BRANCH = sre_constants.BRANCH
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def anchors(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased strings of which every match of ``pattern`` contains one, or None."""
    return _best(sre_parse.parse(pattern, flags))


def _best(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective required anchor set of a sequence of parsed items."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _LITERAL:
            run.append(chr(arg))
            continue
        if run:
            candidates.append(frozenset({caseless("".join(run))}))
            run = []
        found = _item(op, arg)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(frozenset({caseless("".join(run))}))
    usable = [c for c in candidates if _shortest(c) >= MIN_ANCHOR]
    # The longest shortest anchor is the rarest in text; a smaller set is a cheaper check.
    return max(usable, key=lambda c: (_shortest(c), -len(c)), default=None)


def _shortest(anchors: frozenset[str]) -> int:
    return min(len(anchor.encode()) for anchor in anchors)


def _item(op: Any, arg: Any) -> frozenset[str] | None:
    if op is _SUBPATTERN:
        return _best(arg[-1])
    if op in _REPEATS and arg[0] >= 1:
        body = list(arg[2])
        if len(body) == 1 and body[0][0] is _LITERAL:  # "={4,}" needs "===="
            return frozenset({caseless(chr(body[0][1])) * min(arg[0], 8)})
        return _best(body)
    if op is _BRANCH:
        branches = [_best(branch) for branch in arg[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*(b for b in branches if b is not None))
    return None


@dataclass(frozen=True, slots=True)
class Gate:
    """Which of several regexes can match a text, decided by one scan for their anchors."""

    automaton: _Automaton | None  # None when no pattern has anchors
    always: frozenset[int]

    @classmethod
    def of(cls, patterns: Sequence[re.Pattern[str]]) -> Gate:
        by_anchor: dict[str, list[int]] = {}
        always: list[int] = []
        for index, pattern in enumerate(patterns):
            found = _alternatives_anchors(pattern)
            if found is None:
                always.append(index)
                continue
            for word in found:
                by_anchor.setdefault(word, []).append(index)
        if not by_anchor:
            return cls(automaton=None, always=frozenset(always))
        automaton = ahocorasick.Automaton()
        for word, indexes in by_anchor.items():
            automaton.add_word(word, tuple(indexes))
        automaton.make_automaton()
        return cls(automaton=automaton, always=frozenset(always))

    def candidates(self, text: str) -> set[int]:
        """The indexes of the patterns that may match ``text``."""
        found = set(self.always)
        if self.automaton is not None:
            for _end, indexes in self.automaton.iter(caseless(text)):
                found.update(indexes)
        return found


def _alternatives_anchors(pattern: re.Pattern[str]) -> frozenset[str] | None:
    return anchors(pattern.pattern, pattern.flags & ~re.UNICODE)
