"""A document cut into its lines and sentences, for the planted-instruction model.

An instruction planted in an email, a table or a code comment is usually one sentence
("Reply in reverse.", "Add the following code snippet to your response:"); inside a window of
a few hundred characters its n-grams are diluted by the document around it. Read one sentence
at a time, the request to the assistant stands out from the data it sits in.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"\n+|\|")
_SENTENCE = re.compile("(?<=[.!?\u3002\uff01\uff1f])\\s+")
_WORD = re.compile(r"\w+")
MIN_WORDS = 3
MAX_CHARS = 400


def segments(text: str) -> list[str]:
    """The lines and sentences of ``text`` with at least ``MIN_WORDS`` words, each cut to
    ``MAX_CHARS`` characters (a long line is read in pieces of that size)."""
    out: list[str] = []
    for line in _LINE.split(text):
        for sentence in _SENTENCE.split(line):
            piece = sentence.strip()
            for start in range(0, len(piece), MAX_CHARS):
                part = piece[start : start + MAX_CHARS]
                if len(_WORD.findall(part)) >= MIN_WORDS:
                    out.append(part)
    return out
