"""Round twenty-two's design rows (``benchmarks/guard/harmrows45.py``): 45 pairs for each kind,
no row repeated, and no row sharing a run of six words with any hand-written row in
``benchmarks/guard/handwritten.py`` (so the designer's pool is not an older set reworded)."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

GUARD_BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "guard"
SHINGLE = 6
KINDS = ("threats", "hate", "private data", "drugs")


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, GUARD_BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def _rows() -> list[str]:
    rows = _load("harmrows45").HARM_ROWS_45
    assert tuple(rows) == KINDS
    return [text for kind in KINDS for pair in rows[kind] for text in pair]


def test_each_kind_has_45_pairs_and_no_row_repeats() -> None:
    rows = _load("harmrows45").HARM_ROWS_45
    for kind in KINDS:
        assert len(rows[kind]) == 45, kind
        assert all(len(pair) == 2 and all(pair) for pair in rows[kind]), kind
    texts = _rows()
    assert len(texts) == 360
    assert len(set(texts)) == len(texts)


def test_no_row_shares_six_words_with_a_hand_written_row() -> None:
    hw = _load("handwritten")
    older: set[tuple[str, ...]] = set()
    for name, value in vars(hw).items():
        if name.startswith("_") or not isinstance(value, list | tuple | set | frozenset | dict):
            continue
        for text in _strings(value):
            older |= _shingles(text)
    assert len(older) > 1000
    shared = [text for text in _rows() if _shingles(text) & older]
    assert not shared, shared
