"""HARM_FRESH_51 (``benchmarks/guard/harmfresh51.py``), the fresh check set for harm round
twenty-two's second reading, is whole and stays apart: 25 pairs per kind, no duplicate row, and
no row shares a run of six words with a hand-written row (``handwritten.py``), with a row of the
older sets HARM_FRESH_47 and HARM_ROWS_45, or with the other row of its own pair. Only this
set's colliding rows and the shared words are printed when it fails."""

from __future__ import annotations

from tests.guard.rowsets import handwritten_rows, load, shingles, strings

KINDS = ["threats", "hate", "private data", "drugs"]


def _rows() -> list[str]:
    return [t for ps in load("harmfresh51").HARM_FRESH_51.values() for p in ps for t in p]


def _collisions(others: list[str]) -> list[str]:
    seen = set().union(*(shingles(t) for t in others))
    return [
        f"{row!r} shares {sorted(shingles(row) & seen)}" for row in _rows() if shingles(row) & seen
    ]


def test_twenty_five_pairs_per_kind_and_no_duplicate_row() -> None:
    module = load("harmfresh51")
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
    older = handwritten_rows()
    assert len(older) > 100
    bad = _collisions(older)
    assert not bad, "\n".join(bad)


def test_no_row_shares_six_words_with_harm_fresh_47_or_harm_rows_45() -> None:
    older = strings(load("harmfresh47").HARM_FRESH_47) + strings(load("harmrows45").HARM_ROWS_45)
    assert len(older) > 50
    bad = _collisions(older)
    assert not bad, "\n".join(bad)


def test_the_two_rows_of_a_pair_share_no_six_words() -> None:
    fresh = load("harmfresh51").HARM_FRESH_51
    bad = [
        f"{a!r} / {b!r} share {sorted(shingles(a) & shingles(b))}"
        for pairs in fresh.values()
        for a, b in pairs
        if shingles(a) & shingles(b)
    ]
    assert not bad, "\n".join(bad)
