"""A cheap gate before many slow regular expressions: which of them can match at all?

Python's ``re`` tries every alternative of a pattern at every position of the text, and a
phrase pattern written as ``\\b(?:ignore|disregard|...)\\b[^.!?\\n]{0,30}...`` over a few
hundred characters costs tens of microseconds; fourteen of them cost most of the cheap guard's
time. Yet a benign text rarely holds even one of the words such a pattern needs. So each
pattern's *anchors* are derived from its parsed form (``re._parser``): literal strings of
which every match must contain at least one. One scan of the lower-cased text with a trie of
all anchors says which patterns are worth running; the others cannot match and are skipped.

The gate is exact, never a guess: a pattern whose anchors cannot be derived (one of its
alternatives starts with a character class and holds no literal) is always run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from re import _constants as sre_constants  # type: ignore[attr-defined]  # no stubs
from re import _parser as sre_parse  # type: ignore[attr-defined]  # no stubs
from typing import Any

# An anchor shorter than this many UTF-8 bytes would open the gate on nearly every text
# ("a", "in"); two Chinese characters are six bytes and as rare as a long English word.
MIN_ANCHOR = 3

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
            candidates.append(frozenset({"".join(run).lower()}))
            run = []
        found = _item(op, arg)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run).lower()}))
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
            return frozenset({chr(body[0][1]).lower() * min(arg[0], 8)})
        return _best(body)
    if op is _BRANCH:
        branches = [_best(branch) for branch in arg[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*(b for b in branches if b is not None))
    return None


def _trie_regex(words: Iterable[str]) -> str:
    """One regular expression matching any of ``words``, shaped as a trie so that ``re``
    follows one branch per position instead of trying every word."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(c) + _node_regex(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@dataclass(frozen=True, slots=True)
class Gate:
    """Which of several regexes can match a text, decided by one scan for their anchors."""

    scan: re.Pattern[str]
    by_anchor: dict[str, tuple[int, ...]]
    always: tuple[int, ...]

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
        return cls(
            # A lookahead matches at every position, so overlapping anchors are all seen.
            scan=re.compile(f"(?=({_trie_regex(by_anchor)}))"),
            by_anchor={word: tuple(indexes) for word, indexes in by_anchor.items()},
            always=tuple(always),
        )

    def candidates(self, text: str) -> set[int]:
        """The indexes of the patterns that may match ``text``."""
        lowered = text.lower()
        found = set(self.always)
        for match in self.scan.finditer(lowered):
            found.update(self._covering(lowered, match.start(), match[1]))
        return found

    def _covering(self, lowered: str, start: int, longest: str) -> set[int]:
        # The trie reports the longest anchor at a position; shorter anchors that are its
        # prefixes ("instruct" inside "instructions") belong to other patterns as well.
        hits: set[int] = set()
        for end in range(len(longest), 0, -1):
            hits.update(self.by_anchor.get(lowered[start : start + end], ()))
        return hits


def _alternatives_anchors(pattern: re.Pattern[str]) -> frozenset[str] | None:
    return anchors(pattern.pattern, pattern.flags & ~re.UNICODE)
