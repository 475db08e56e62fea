"""What the apartness tests of the hand-written and fresh row sets share: loading a set from
``benchmarks/guard/`` by file, its rows as strings, and the six-word runs two rows may not
share (a fresh check set must not be an older set reworded)."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

GUARD_BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "guard"
SHINGLE = 6


def load(name: str) -> ModuleType:
    """``benchmarks/guard/<name>.py`` as a module (the folder is no package)."""
    spec = importlib.util.spec_from_file_location(name, GUARD_BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shingles(text: str) -> set[tuple[str, ...]]:
    """The runs of six words (``\\w+``, lower-cased) in ``text``."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def strings(value: object) -> list[str]:
    """Every string in a value: itself, a list's, tuple's or set's items, a dict's values."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list | tuple | set | frozenset):
        return [s for v in value for s in strings(v)]
    return []


def handwritten_rows() -> list[str]:
    """Every string of ``handwritten.py``'s upper-case names."""
    hw = load("handwritten")
    return [t for name, value in vars(hw).items() if name.isupper() for t in strings(value)]


STOPWORDS = {
    "en": {"the", "and", "to", "of", "is", "you", "for", "this", "with", "please", "are", "we"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "für", "sie", "wir", "bitte", "zu"},
    "fr": {"le", "les", "et", "est", "vous", "pour", "des", "une", "nous", "dans", "du", "au"},
    "es": {"el", "los", "las", "y", "es", "para", "por", "una", "que", "con", "del", "se"},
}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")


def language(text: str) -> str:
    """A fresh set's row's language, as the writers' tests check it: Chinese or Russian by
    script, else the Latin-script language whose commonest words it holds most."""
    if len(CJK.findall(text)) >= 40:
        return "zh"
    if len(CYRILLIC.findall(text)) > len(LATIN.findall(text)) / 2:
        return "ru"
    words = Counter(re.findall(r"\w+", text.lower()))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in STOPWORDS.items()}
    return max(scores, key=lambda lang: scores[lang])
