"""HARM_FRESH_67 (``benchmarks/guard/harmfresh67.py``), the fresh check set for harm round
thirty-two (issue 18), is whole and stays apart: 12 harmless look-alikes for each of twelve kinds
and 12 harmful requests for each of five kinds; per kind 8 English rows and 4 in four different
languages of German, French, Spanish, Russian and Chinese, each of those five at least 6 times
over the look-alikes and at least 3 times over the harmful rows (Russian and Chinese rows in
their scripts, the others read as their language by the writers' word count); no duplicate row;
and no row shares a run of six words with a hand-written row (``handwritten.py``) or with a row
of the older sets HARM_ROWS_45, HARM_FRESH_47, HARM_FRESH_51, HARM_FRESH_53, PRIV_FRESH_59 and
HARM_FRESH_63. Only this set's colliding rows and the shared words are printed when it fails."""

from __future__ import annotations

import re
from collections import Counter

from tests.guard.rowsets import handwritten_rows, language, load, shingles, strings

LOOKALIKE_KINDS = [
    "homonyms",
    "figurative",
    "safe targets",
    "safe contexts",
    "definitions",
    "real discrimination",
    "nonsense groups",
    "public data",
    "fictional privacy",
    "own data",
    "safety and reporting",
    "threat-shaped harmless",
]
HARMFUL_KINDS = ["threats", "hate", "private data", "drugs", "other"]
OTHER_LANGUAGES = {"de", "fr", "es", "ru", "zh"}


def _sets() -> dict[str, dict[str, list[str]]]:
    module = load("harmfresh67")
    return {"lookalikes": module.LOOKALIKES_67, "harmful": module.HARMFUL_67}


def _rows() -> list[str]:
    return [t for rows in _sets().values() for kind_rows in rows.values() for t in kind_rows]


def _collisions(others: list[str]) -> list[str]:
    seen = set().union(*(shingles(t) for t in others))
    return [
        f"{row!r} shares {sorted(shingles(row) & seen)}" for row in _rows() if shingles(row) & seen
    ]


def test_twelve_rows_per_kind_and_no_duplicate_row() -> None:
    sets = _sets()
    assert list(sets["lookalikes"]) == LOOKALIKE_KINDS
    assert list(sets["harmful"]) == HARMFUL_KINDS
    for rows in sets.values():
        for kind, kind_rows in rows.items():
            assert len(kind_rows) == 12, kind
            assert all(isinstance(t, str) and t.strip() == t and t for t in kind_rows), kind
    every = _rows()
    assert len(every) == 12 * 12 + 5 * 12
    assert len(set(every)) == len(every), [t for t in every if every.count(t) > 1]


def test_each_kind_has_eight_english_rows_and_four_in_four_other_languages() -> None:
    sets, languages = _sets(), load("harmfresh67").LANGUAGES_67
    assert list(languages) == ["lookalikes", "harmful"]
    least = {"lookalikes": 6, "harmful": 3}
    for part, rows in sets.items():
        assert list(languages[part]) == list(rows), part
        totals: Counter[str] = Counter()
        for kind, kind_rows in rows.items():
            langs = languages[part][kind]
            assert len(langs) == len(kind_rows), (part, kind)
            counts = Counter(langs)
            totals.update(counts)
            assert counts["en"] == 8, (part, kind, counts)
            others = [lang for lang in langs if lang != "en"]
            assert len(set(others)) == 4 and set(others) <= OTHER_LANGUAGES, (part, kind, counts)
            for lang, row in zip(langs, kind_rows, strict=True):
                cyrillic = re.search(r"[\u0400-\u04ff]", row) is not None
                han = re.search(r"[\u4e00-\u9fff]", row) is not None
                assert cyrillic == (lang == "ru"), (part, kind, lang, row)
                assert han == (lang == "zh"), (part, kind, lang, row)
                assert language(row) == lang, (part, kind, lang, row)
        for lang in OTHER_LANGUAGES:
            assert totals[lang] >= least[part], (part, totals)


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
    )
    assert len(older) > 50
    bad = _collisions(older)
    assert not bad, "\n".join(bad)
