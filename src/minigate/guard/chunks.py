"""Overlapping windows over a long text, so that a classifier reads all of it.

MiniLM reads 256 tokens at most, and one vector for a long document blurs the one sentence
that is an attack; windows of a few sentences keep it sharp. Windows overlap by a quarter so
that an attack cut by one boundary is whole in the next window. CJK text has about one token
per character, Latin text about one per four, hence the two sizes.
"""

from __future__ import annotations

import re

LATIN_CHARS = 480
CJK_CHARS = 160
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_BREAK = re.compile("[\\s\u3002\uff01\uff1f\uff1b\uff0c]")  # space, CJK . ! ? ; ,


def window_size(text: str) -> int:
    sample = text[:2000]
    cjk = len(_CJK.findall(sample))
    return CJK_CHARS if cjk > 0.3 * max(1, len(sample.strip())) else LATIN_CHARS


def windows(text: str, size: int | None = None) -> list[str]:
    """``text`` in overlapping windows of about ``size`` characters, cut at whitespace or
    CJK punctuation where one is near; a short text is one window."""
    size = size or window_size(text)
    if len(text) <= size:
        return [text]
    step = size - size // 4
    out: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = _last_break(text, start + size // 2, end)
            end = cut if cut is not None else end
        out.append(text[start:end])
        if end >= len(text):
            break
        nxt = _last_break(text, start + step // 2, start + step)
        start = max(start + 1, (nxt + 1) if nxt is not None else start + step)
    return out


def _last_break(text: str, lo: int, hi: int) -> int | None:
    found = None
    for match in _BREAK.finditer(text, lo, hi):
        found = match.start()
    return found
