"""The text the PII detectors read: NFKC-folded, format characters dropped, every position
mapped back to the raw text.

A caller (or whoever wrote a pasted page) can hide an identifier from patterns written for
ASCII without hiding it from a model: a zero-width space inside an e-mail address
(``hank\\u200b@example.org``), full-width forms of ``@``, ``.`` or digits. The detectors read
the folded view; each finding is mapped back to the raw span it came from, so a redaction
replaces the whole raw span, zero-width characters and all, and a restore puts back exactly
what the caller wrote.

NFKC may change lengths (``ﬃ`` becomes three characters, a letter and its combining accent
one), so the view keeps, for each folded character, the raw span of the combining sequence
it came from. Most texts need none of this: ASCII text, and text NFKC leaves as it is without
a format character, is read as it is (``fold`` returns None).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from minigate.guard.pii.windows import Span

# Unicode category Cf (format characters: zero-width space, joiners, word joiner, soft
# hyphen, bidi controls, BOM, tags...), as of Unicode 14 (Python 3.11's unicodedata; a test
# checks the two agree). Written out: deriving it scans all 1.1M code points.
FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)
# A run of non-ASCII characters and the one before it: that one may be the base letter a
# combining mark in the run belongs to. ASCII outside these runs folds to itself.
_RUN = re.compile(r"(?s).?[^\x00-\x7f]+")


@dataclass(frozen=True, slots=True)
class FoldedView:
    """``text`` folded, and for each of its characters the raw span it came from."""

    text: str
    starts: list[int]
    ends: list[int]

    def raw_span(self, start: int, end: int) -> Span:
        """The raw span of the folded ``text[start:end]`` (non-empty): from the start of the
        first character's source to the end of the last's, format characters between them
        included."""
        return self.starts[start], self.ends[end - 1]


def needs_folding(text: str) -> bool:
    """Whether folding would change ``text``: cheap, and false for most texts."""
    if text.isascii():
        return False
    return not unicodedata.is_normalized("NFKC", text) or FORMAT.search(text) is not None


def fold(text: str) -> FoldedView | None:
    """The folded view of ``text``, or None where folding changes nothing."""
    if not needs_folding(text):
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for run in _RUN.finditer(text):
        _keep(text, at, run.start(), pieces, starts, ends)
        for first, last in _sequences(text, run.start(), run.end()):
            folded = unicodedata.normalize("NFKC", text[first:last])
            pieces.append(folded)
            starts += [first] * len(folded)
            ends += [last] * len(folded)
        at = run.end()
    _keep(text, at, len(text), pieces, starts, ends)
    folded_text = "".join(pieces)
    return None if folded_text == text else FoldedView(folded_text, starts, ends)


def folded(value: str) -> str:
    """``value`` as the detectors read it (for comparing values, not for positions)."""
    view = fold(value)
    return value if view is None else view.text


def _keep(
    text: str, start: int, end: int, pieces: list[str], starts: list[int], ends: list[int]
) -> None:
    """ASCII ``text[start:end]``, which folds to itself, one raw character each."""
    pieces.append(text[start:end])
    starts.extend(range(start, end))
    ends.extend(range(start + 1, end + 1))


def _sequences(text: str, start: int, end: int) -> list[Span]:
    """``text[start:end]`` cut into combining sequences (a character and the combining marks
    after it), each folded on its own, with the format characters left out."""
    spans: list[Span] = []
    for at in range(start, end):
        char = text[at]
        if FORMAT.match(char):
            continue
        if spans and spans[-1][1] == at and unicodedata.combining(char):
            spans[-1] = (spans[-1][0], at + 1)
        else:
            spans.append((at, at + 1))
    return spans
