"""HARM_FRESH_51 (``benchmarks/guard/harmfresh51.py``), the fresh check set for harm round
twenty-two's second reading, is whole and stays apart: 25 pairs per kind, no duplicate row, and
no row shares a run of six words with a hand-written row (``handwritten.py``), with a row of the
older sets HARM_FRESH_47 and HARM_ROWS_45, or with the other row of its own pair. Only this
set's colliding rows and the shared words are printed when it fails."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

GUARD = Path(__file__).resolve().parents[2] / "benchmarks" / "guard"
SHINGLE = 6
KINDS = ["threats", "hate", "private data", "drugs"]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, GUARD / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _strings(value: object) -> list[str]:
    """The strings of a list of strings or of tuples of strings, or of a dict of such lists."""
    items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value
    out: list[str] = []
    for item in items if isinstance(items, list) else []:
        out += list(item) if isinstance(item, tuple) else [item]
    return [t for t in out if isinstance(t, str)]


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _rows() -> list[str]:
    return [t for ps in _load("harmfresh51").HARM_FRESH_51.values() for p in ps for t in p]


def _collisions(others: list[str]) -> list[str]:
    seen = set().union(*(_shingles(t) for t in others))
    return [
        f"{row!r} shares {sorted(_shingles(row) & seen)}"
        for row in _rows()
        if _shingles(row) & seen
    ]


def test_twenty_five_pairs_per_kind_and_no_duplicate_row() -> None:
    module = _load("harmfresh51")
    fresh = module.HARM_FRESH_51
    assert list(fresh) == KINDS
    assert len(module.LANGUAGES_51) == 25
    for kind in KINDS:
        assert len(fresh[kind]) == 25, kind
        assert all(len(p) == 2 and p[0] != p[1] for p in fresh[kind]), kind
    rows = _rows()
    assert len(rows) == 200
    assert len(set(rows)) == len(rows), [t for t in rows if rows.count(t) > 1]


def test_no_row_shares_six_words_with_a_handwritten_row() -> None:
    hw = _load("handwritten")
    older = [t for name, value in vars(hw).items() if name.isupper() for t in _strings(value)]
    assert len(older) > 100
    bad = _collisions(older)
    assert not bad, "\n".join(bad)


def test_no_row_shares_six_words_with_harm_fresh_47_or_harm_rows_45() -> None:
    older = _strings(_load("harmfresh47").HARM_FRESH_47) + _strings(
        _load("harmrows45").HARM_ROWS_45
    )
    assert len(older) > 50
    bad = _collisions(older)
    assert not bad, "\n".join(bad)


def test_the_two_rows_of_a_pair_share_no_six_words() -> None:
    fresh = _load("harmfresh51").HARM_FRESH_51
    bad = [
        f"{a!r} / {b!r} share {sorted(_shingles(a) & _shingles(b))}"
        for pairs in fresh.values()
        for a, b in pairs
        if _shingles(a) & _shingles(b)
    ]
    assert not bad, "\n".join(bad)
