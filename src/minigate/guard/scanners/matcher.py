"""Which of many alternation patterns match a text, running as few regexes as possible.

A phrase pattern is an alternation of a dozen phrasings (``(?:ignore ...)|(?:forget ...)``);
Python's ``re`` tries every one of them at every position of the text. But ``A|B`` matches
somewhere exactly when ``A`` or ``B`` does, so each top-level alternative is compiled on its
own, and the anchor gate (``prefilter.Gate``) is asked about alternatives, not whole
patterns: a text that holds the anchor of one phrasing runs that phrasing alone, and a text
that holds none runs nothing. The answer is the same as searching every pattern whole.

An alternative that refers to a group (``\\1``, ``(?P=name)``, ``(?(1)...)``) could not stand
alone, and a verbose pattern's comments may hold any character, so such a pattern is kept
whole.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from minigate.guard.scanners.prefilter import Gate

_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (``[pattern]`` when it has one)."""
    pieces: list[str] = []
    depth, start, index = 0, 0, 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # A "]" right after "[" or "[^" is a member, not the end of the class.
            index += 2 if pattern.startswith("^]", index + 1) else 1
            if pattern.startswith("]", index):
                index += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(pattern[start:index])
            start = index + 1
        index += 1
    pieces.append(pattern[start:])
    return pieces


def split(regex: re.Pattern[str]) -> list[re.Pattern[str]]:
    """``regex`` as one compiled regex per top-level alternative, with its flags (inline
    ones included); ``[regex]`` when it cannot be split."""
    if regex.flags & re.VERBOSE or _GROUP_REFERENCE.search(regex.pattern):
        return [regex]
    pieces = alternatives(regex.pattern)
    if len(pieces) == 1:
        return [regex]
    try:
        return [re.compile(piece, regex.flags) for piece in pieces]
    except re.error:  # a construct the splitter does not know: keep the pattern whole
        return [regex]


class Matcher:
    """Answers "which of these regexes match ``text``?" (by index), exactly as searching each
    one would, running only the alternatives whose anchors the text holds. The alternatives
    and their gate are built at the first question (or ``warm``): that takes a few tenths of
    a second, which a process that never reads a text should not pay at import."""

    def __init__(self, regexes: Sequence[re.Pattern[str]]) -> None:
        self.regexes = tuple(regexes)

    @functools.cached_property
    def _built(self) -> tuple[list[re.Pattern[str]], list[int], Gate]:
        pieces: list[re.Pattern[str]] = []
        owner: list[int] = []  # piece -> index of its regex
        for index, regex in enumerate(self.regexes):
            for piece in split(regex):
                pieces.append(piece)
                owner.append(index)
        return pieces, owner, Gate.of(pieces)

    @property
    def pieces(self) -> list[re.Pattern[str]]:
        return self._built[0]

    def warm(self) -> None:
        """Build the alternatives and their gate now."""
        self._built  # noqa: B018

    def matching(self, text: str) -> set[int]:
        """The indexes of the regexes that match somewhere in ``text``."""
        pieces, owner, gate = self._built
        found: set[int] = set()
        for piece in sorted(gate.candidates(text)):
            if owner[piece] not in found and pieces[piece].search(text):
                found.add(owner[piece])
        return found
