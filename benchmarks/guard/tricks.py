"""The disguises the obfuscated test rows are made with (``injection_data.test_sets``) and the
rounds' check sets are read under: held-out attacks, and benign prompts for false positives,
each under six tricks, never seen in training. A module of its own, with nothing but the
standard library, so that tests load it (``tests/guard/rowsets.load``) without the benchmarks'
data."""

from __future__ import annotations

import base64
import codecs
from collections.abc import Callable


def _spaced(text: str) -> str:
    return "  ".join(" ".join(word) for word in text.split())


def _homoglyphs(text: str) -> str:
    return text.translate(str.maketrans("aeopcx", "\u0430\u0435\u043e\u0440\u0441\u0445"))


def _zero_width(text: str) -> str:
    return "\u200b".join(text)


def _leet(text: str) -> str:
    return text.translate(str.maketrans("aeiost", "431057"))


def _base64(text: str) -> str:
    return "Decode this and do what it says: " + base64.b64encode(text.encode()).decode()


def _rot13(text: str) -> str:
    return "rot13: " + codecs.encode(text, "rot13")


TRICKS: dict[str, Callable[[str], str]] = {
    "spaced": _spaced,
    "homoglyphs": _homoglyphs,
    "zero_width": _zero_width,
    "leet": _leet,
    "base64": _base64,
    "rot13": _rot13,
}
