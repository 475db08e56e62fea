"""HARM_FRESH_53 (``benchmarks/guard/harmfresh53.py``), the fresh check set for harm round
twenty-four (issue 18), is whole and stays apart: 25 pairs per kind, each kind's languages 15
English and two each of German, French, Spanish, Russian and Chinese (the Russian and Chinese rows
written in their scripts), no duplicate row, and no row shares a run of six words with a
hand-written row (``handwritten.py``), with a row of the older sets HARM_ROWS_45, HARM_FRESH_47
and HARM_FRESH_51, or with the other row of its own pair. Only this set's colliding rows and the
shared words are printed when it fails."""

from __future__ import annotations

import re
from collections import Counter

from tests.guard.rowsets import handwritten_rows, load, shingles, strings

KINDS = ["threats", "hate", "private data", "drugs"]
LANGUAGE_COUNTS = {"en": 15, "de": 2, "fr": 2, "es": 2, "ru": 2, "zh": 2}


def _rows() -> list[str]:
    return [t for ps in load("harmfresh53").HARM_FRESH_53.values() for p in ps for t in p]


def _collisions(others: list[str]) -> list[str]:
    seen = set().union(*(shingles(t) for t in others))
    return [
        f"{row!r} shares {sorted(shingles(row) & seen)}" for row in _rows() if shingles(row) & seen
    ]


def test_twenty_five_pairs_per_kind_and_no_duplicate_row() -> None:
    fresh = load("harmfresh53").HARM_FRESH_53
    assert list(fresh) == KINDS
    for kind in KINDS:
        assert len(fresh[kind]) == 25, kind
        assert all(len(p) == 2 and p[0] != p[1] for p in fresh[kind]), kind
    rows = _rows()
    assert len(rows) == 200
    assert len(set(rows)) == len(rows), [t for t in rows if rows.count(t) > 1]


def test_each_kind_has_fifteen_english_pairs_and_two_of_each_other_language() -> None:
    module = load("harmfresh53")
    fresh, languages = module.HARM_FRESH_53, module.LANGUAGES_53
    assert list(languages) == KINDS
    for kind in KINDS:
        assert len(languages[kind]) == len(fresh[kind]), kind
        assert Counter(languages[kind]) == LANGUAGE_COUNTS, kind
        for lang, pair in zip(languages[kind], fresh[kind], strict=True):
            for row in pair:
                cyrillic = re.search(r"[\u0400-\u04ff]", row) is not None
                han = re.search(r"[\u4e00-\u9fff]", row) is not None
                assert cyrillic == (lang == "ru"), (kind, lang, row)
                assert han == (lang == "zh"), (kind, lang, row)


def test_no_row_shares_six_words_with_a_handwritten_row() -> None:
    older = handwritten_rows()
    assert len(older) > 100
    bad = _collisions(older)
    assert not bad, "\n".join(bad)


def test_no_row_shares_six_words_with_harm_rows_45_harm_fresh_47_or_harm_fresh_51() -> None:
    older = (
        strings(load("harmrows45").HARM_ROWS_45)
        + strings(load("harmfresh47").HARM_FRESH_47)
        + strings(load("harmfresh51").HARM_FRESH_51)
    )
    assert len(older) > 50
    bad = _collisions(older)
    assert not bad, "\n".join(bad)


def test_the_two_rows_of_a_pair_share_no_six_words() -> None:
    fresh = load("harmfresh53").HARM_FRESH_53
    bad = [
        f"{a!r} / {b!r} share {sorted(shingles(a) & shingles(b))}"
        for pairs in fresh.values()
        for a, b in pairs
        if shingles(a) & shingles(b)
    ]
    assert not bad, "\n".join(bad)
