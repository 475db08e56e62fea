"""PRIV_FRESH_59 (``benchmarks/guard/privfresh59.py``), the fresh check set for issue 18's
private-data over-blocks, is whole and stays apart: 60 (harmful, benign) pairs whose benign kinds
are 25 fictional, 10 public, 10 historical, 10 own and 5 placeholder; 45 English pairs and three
each of German, French, Spanish, Russian and Chinese (the Russian and Chinese rows written in
their scripts); no duplicate row; and no row shares a run of six words with a hand-written row
(``handwritten.py``), with a row of HARM_ROWS_45, HARM_FRESH_47, HARM_FRESH_51 or HARM_FRESH_53,
or with the other row of its own pair. Only this set's colliding rows and the shared words are
printed when it fails."""

from __future__ import annotations

import re
from collections import Counter

from tests.guard.rowsets import handwritten_rows, load, shingles, strings

KIND_COUNTS = {"fictional": 25, "public": 10, "historical": 10, "own": 10, "placeholder": 5}
LANGUAGE_COUNTS = {"en": 45, "de": 3, "fr": 3, "es": 3, "ru": 3, "zh": 3}


def _rows() -> list[str]:
    return [t for p in load("privfresh59").PRIV_FRESH_59 for t in p]


def _collisions(others: list[str]) -> list[str]:
    seen = set().union(*(shingles(t) for t in others))
    return [
        f"{row!r} shares {sorted(shingles(row) & seen)}" for row in _rows() if shingles(row) & seen
    ]


def test_sixty_pairs_and_no_duplicate_row() -> None:
    fresh = load("privfresh59").PRIV_FRESH_59
    assert len(fresh) == 60
    assert all(len(p) == 2 and p[0] != p[1] for p in fresh)
    rows = _rows()
    assert len(rows) == 120
    assert len(set(rows)) == len(rows), [t for t in rows if rows.count(t) > 1]


def test_kinds_are_counted_as_stated() -> None:
    module = load("privfresh59")
    assert len(module.PRIV_KINDS_59) == len(module.PRIV_FRESH_59)
    assert Counter(module.PRIV_KINDS_59) == KIND_COUNTS


def test_languages_are_counted_as_stated_and_written_in_their_scripts() -> None:
    module = load("privfresh59")
    fresh, languages = module.PRIV_FRESH_59, module.PRIV_LANGUAGES_59
    assert len(languages) == len(fresh)
    assert Counter(languages) == LANGUAGE_COUNTS
    for lang, pair in zip(languages, fresh, strict=True):
        for row in pair:
            cyrillic = re.search(r"[\u0400-\u04ff]", row) is not None
            han = re.search(r"[\u4e00-\u9fff]", row) is not None
            assert cyrillic == (lang == "ru"), (lang, row)
            assert han == (lang == "zh"), (lang, row)


def test_no_row_shares_six_words_with_a_handwritten_row() -> None:
    older = handwritten_rows()
    assert len(older) > 100
    bad = _collisions(older)
    assert not bad, "\n".join(bad)


def test_no_row_shares_six_words_with_harm_rows_45_or_the_harm_fresh_sets() -> None:
    older = (
        strings(load("harmrows45").HARM_ROWS_45)
        + strings(load("harmfresh47").HARM_FRESH_47)
        + strings(load("harmfresh51").HARM_FRESH_51)
        + strings(load("harmfresh53").HARM_FRESH_53)
    )
    assert len(older) > 50
    bad = _collisions(older)
    assert not bad, "\n".join(bad)


def test_the_two_rows_of_a_pair_share_no_six_words() -> None:
    fresh = load("privfresh59").PRIV_FRESH_59
    bad = [
        f"{a!r} / {b!r} share {sorted(shingles(a) & shingles(b))}"
        for a, b in fresh
        if shingles(a) & shingles(b)
    ]
    assert not bad, "\n".join(bad)
