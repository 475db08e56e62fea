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
# A line of code rather than prose: an assignment, a call or an opening bracket at its end, a
# keyword that opens a statement, a decorator or a comparison. A line that ends in ":" stays
# prose ("Add the following code to your answer:").
_CODE = re.compile(
    r"^\s*(?:[\w.\[\]'\"]+\s*[-+*/]?=[^=]|(?:def|class|import|from|return|if|elif|else|for|"
    r"while|try|except|with|raise|yield|assert|async|await|const|let|var|function)\b|@\w)"
    r"|[(\[{,]\s*$|[=!<>]=|\w\([^)]*\)\s*$"
)
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


def prose_lines(text: str) -> str:
    """``text`` without its lines of code, for reading the prose of a code document (comments,
    docstrings, an answer's explanations) where a planted instruction would sit."""
    return "\n".join(line for line in text.splitlines() if not _CODE.search(line))
