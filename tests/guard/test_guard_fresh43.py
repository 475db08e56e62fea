"""Round twenty-one's fresh check set (``benchmarks/guard/fresh43.py``) is whole, has no
duplicates, and shares no run of six words with any hand-written row
(``benchmarks/guard/handwritten.py``) nor across its two lists."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

GUARD = Path(__file__).resolve().parents[2] / "benchmarks" / "guard"
SHINGLE = 6


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, GUARD / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _strings(value: object) -> list[str]:
    """The strings of a list of strings or of tuples of strings, or of a dict's values that
    are such lists."""
    if isinstance(value, dict):
        return [t for v in value.values() for t in _strings(v)]
    if not isinstance(value, list):
        return []
    out: list[str] = []
    for item in value:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, tuple):
            out += [t for t in item if isinstance(t, str)]
    return out


def _handwritten_rows() -> list[str]:
    hw = _load("handwritten")
    return [t for name, v in vars(hw).items() if name.isupper() for t in _strings(v)]


def test_fresh43_lists_are_whole_and_distinct() -> None:
    fresh = _load("fresh43")
    for rows in (fresh.FRESH_ATTACKS_43, fresh.FRESH_BENIGN_43):
        assert len(rows) == 64
        assert all(isinstance(t, str) and t.strip() for t in rows)
        assert len(set(rows)) == len(rows)
    assert not set(fresh.FRESH_ATTACKS_43) & set(fresh.FRESH_BENIGN_43)


def test_fresh43_shares_no_six_words_with_a_handwritten_row() -> None:
    fresh = _load("fresh43")
    older = _handwritten_rows()
    assert len(older) > 1000
    seen = set().union(*(_shingles(t) for t in older))
    clashes = [t for t in [*fresh.FRESH_ATTACKS_43, *fresh.FRESH_BENIGN_43] if _shingles(t) & seen]
    assert not clashes


def test_fresh43_attacks_and_benign_share_no_six_words() -> None:
    fresh = _load("fresh43")
    benign = set().union(*(_shingles(t) for t in fresh.FRESH_BENIGN_43))
    clashes = [t for t in fresh.FRESH_ATTACKS_43 if _shingles(t) & benign]
    assert not clashes
