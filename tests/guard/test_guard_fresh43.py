"""Round twenty-one's fresh check set (``benchmarks/guard/fresh43.py``) is whole, has no
duplicates, and shares no run of six words with any hand-written row
(``benchmarks/guard/handwritten.py``) nor across its two lists."""

from __future__ import annotations

from tests.guard.rowsets import handwritten_rows, load, shingles


def test_fresh43_lists_are_whole_and_distinct() -> None:
    fresh = load("fresh43")
    for rows in (fresh.FRESH_ATTACKS_43, fresh.FRESH_BENIGN_43):
        assert len(rows) == 64
        assert all(isinstance(t, str) and t.strip() for t in rows)
        assert len(set(rows)) == len(rows)
    assert not set(fresh.FRESH_ATTACKS_43) & set(fresh.FRESH_BENIGN_43)


def test_fresh43_shares_no_six_words_with_a_handwritten_row() -> None:
    fresh = load("fresh43")
    older = handwritten_rows()
    assert len(older) > 1000
    seen = set().union(*(shingles(t) for t in older))
    clashes = [t for t in [*fresh.FRESH_ATTACKS_43, *fresh.FRESH_BENIGN_43] if shingles(t) & seen]
    assert not clashes


def test_fresh43_attacks_and_benign_share_no_six_words() -> None:
    fresh = load("fresh43")
    benign = set().union(*(shingles(t) for t in fresh.FRESH_BENIGN_43))
    clashes = [t for t in fresh.FRESH_ATTACKS_43 if shingles(t) & benign]
    assert not clashes
