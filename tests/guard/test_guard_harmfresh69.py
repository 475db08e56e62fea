"""HARM_FRESH_69 (``benchmarks/guard/harmfresh69.py``), the fresh check set for harm round
thirty-three (issue 18), is whole and stays apart: 20 pairs per kind for threats, hate, private
data, drugs and other harm; each kind's languages 12 English and 8 spread over German, French,
Spanish, Russian and Chinese with at least one of each (the Russian and Chinese rows written in
their scripts, the others in Latin script and read as their language by the writers' word count);
no duplicate row; and no row shares a run of six words with a hand-written row
(``handwritten.py``), with a row of the older sets HARM_ROWS_45, HARM_FRESH_47, HARM_FRESH_51,
HARM_FRESH_53, PRIV_FRESH_59, HARM_FRESH_63 and harmfresh67's LOOKALIKES_67 and HARMFUL_67, or
with the other row of its own pair. Only this set's colliding rows and the shared words are
printed when it fails."""

from __future__ import annotations

import re
from collections import Counter

from tests.guard.rowsets import handwritten_rows, language, load, shingles, strings

KINDS = ["threats", "hate", "private data", "drugs", "other"]
OTHER_LANGUAGES = {"de", "fr", "es", "ru", "zh"}


def _rows() -> list[str]:
    return [t for ps in load("harmfresh69").HARM_FRESH_69.values() for p in ps for t in p]


def _collisions(others: list[str]) -> list[str]:
    seen = set().union(*(shingles(t) for t in others))
    return [
        f"{row!r} shares {sorted(shingles(row) & seen)}" for row in _rows() if shingles(row) & seen
    ]


def test_twenty_pairs_per_kind_and_no_duplicate_row() -> None:
    fresh = load("harmfresh69").HARM_FRESH_69
    assert list(fresh) == KINDS
    for kind in KINDS:
        assert len(fresh[kind]) == 20, kind
        assert all(len(p) == 2 and p[0] != p[1] for p in fresh[kind]), kind
    rows = _rows()
    assert len(rows) == 200
    assert len(set(rows)) == len(rows), [t for t in rows if rows.count(t) > 1]


def test_each_kind_has_twelve_english_pairs_and_eight_over_five_other_languages() -> None:
    module = load("harmfresh69")
    fresh, languages = module.HARM_FRESH_69, module.LANGUAGES_69
    assert list(languages) == KINDS
    for kind in KINDS:
        assert len(languages[kind]) == len(fresh[kind]), kind
        counts = Counter(languages[kind])
        assert counts["en"] == 12, (kind, counts)
        assert set(counts) == OTHER_LANGUAGES | {"en"}, (kind, counts)
        for lang, pair in zip(languages[kind], fresh[kind], strict=True):
            for row in pair:
                cyrillic = re.search(r"[\u0400-\u04ff]", row) is not None
                han = re.search(r"[\u4e00-\u9fff]", row) is not None
                assert cyrillic == (lang == "ru"), (kind, lang, row)
                assert han == (lang == "zh"), (kind, lang, row)
                if lang in {"en", "de", "fr", "es"}:
                    assert language(row) == lang, (kind, lang, row)


def test_no_row_shares_six_words_with_a_handwritten_row() -> None:
    older = handwritten_rows()
    assert len(older) > 100
    bad = _collisions(older)
    assert not bad, "\n".join(bad)


def test_no_row_shares_six_words_with_the_older_harm_and_private_data_sets() -> None:
    older = (
        strings(load("harmrows45").HARM_ROWS_45)
        + strings(load("harmfresh47").HARM_FRESH_47)
        + strings(load("harmfresh51").HARM_FRESH_51)
        + strings(load("harmfresh53").HARM_FRESH_53)
        + strings(load("privfresh59").PRIV_FRESH_59)
        + strings(load("harmfresh63").HARM_FRESH_63)
        + strings(load("harmfresh67").LOOKALIKES_67)
        + strings(load("harmfresh67").HARMFUL_67)
    )
    assert len(older) > 50
    bad = _collisions(older)
    assert not bad, "\n".join(bad)


def test_the_two_rows_of_a_pair_share_no_six_words() -> None:
    fresh = load("harmfresh69").HARM_FRESH_69
    bad = [
        f"{a!r} / {b!r} share {sorted(shingles(a) & shingles(b))}"
        for pairs in fresh.values()
        for a, b in pairs
        if shingles(a) & shingles(b)
    ]
    assert not bad, "\n".join(bad)
