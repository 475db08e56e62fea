"""Where the numeric detectors look: the clusters of digits in a text, with a margin.

Python's regex engine skips quickly to where a pattern can start only when the pattern
begins with a plain character set; a leading lookbehind or optional prefix makes it try
every position. So one such pass finds the places with seven digits or more close together
(grouped by spaces, dashes, dots, parentheses), and the card, ID and phone patterns (none
shorter than seven digits) run only there: on an 8 KB prompt, a few small windows instead of
8,000 start positions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

Span = tuple[int, int]

# No "+" between digits: a number has one only before its country code, which the margin
# before a window takes in; as a link it made "+1 +1 +1 ..." one window of 1-digit numbers.
_CLUSTER = re.compile(r"[0-9](?:[ ().x-]{0,3}[0-9]){6,}")
# Room for what a pattern matches before the first digit ("+", "(") and after the last (an
# extension, " ext. 12345"; lookaheads). Lookbehinds see before a window by themselves.
_BEFORE = 3
_AFTER = 12


def digit_windows(text: str) -> list[Span]:
    """Spans around each cluster of at least seven digits, merged where they touch."""
    windows: list[Span] = []
    for match in _CLUSTER.finditer(text):
        low, high = max(0, match.start() - _BEFORE), match.end() + _AFTER
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def matches_in(
    pattern: re.Pattern[str], text: str, windows: Sequence[Span]
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` inside the windows (a match never spans two of them)."""
    for low, high in windows:
        yield from pattern.finditer(text, low, high)
