"""Round twenty-two's design rows (``benchmarks/guard/harmrows45.py``): 45 pairs for each kind,
no row repeated, and no row sharing a run of six words with any hand-written row in
``benchmarks/guard/handwritten.py`` (so the designer's pool is not an older set reworded)."""

from __future__ import annotations

from tests.guard.rowsets import load, shingles, strings

KINDS = ("threats", "hate", "private data", "drugs")


def _rows() -> list[str]:
    rows = load("harmrows45").HARM_ROWS_45
    assert tuple(rows) == KINDS
    return [text for kind in KINDS for pair in rows[kind] for text in pair]


def test_each_kind_has_45_pairs_and_no_row_repeats() -> None:
    rows = load("harmrows45").HARM_ROWS_45
    for kind in KINDS:
        assert len(rows[kind]) == 45, kind
        assert all(len(pair) == 2 and all(pair) for pair in rows[kind]), kind
    texts = _rows()
    assert len(texts) == 360
    assert len(set(texts)) == len(texts)


def test_no_row_shares_six_words_with_a_hand_written_row() -> None:
    hw = load("handwritten")
    older: set[tuple[str, ...]] = set()
    for name, value in vars(hw).items():
        if name.startswith("_") or not isinstance(value, list | tuple | set | frozenset | dict):
            continue
        for text in strings(value):
            older |= shingles(text)
    assert len(older) > 1000
    shared = [text for text in _rows() if shingles(text) & older]
    assert not shared, shared
