"""Round twenty-five's fresh check set for planted injection (benchmarks/guard/fresh55.py): its
shape (24 rows per context in each list, no duplicates, 40-250 words, the languages
LANGUAGES_55 names) and its apartness from the hand-written training rows and from the two
older fresh sets (no six-word run shared with any string in benchmarks/guard/handwritten.py,
fresh49.py or fresh43.py)."""

from __future__ import annotations

import re
from collections import Counter
from types import ModuleType

import pytest

from tests.guard.rowsets import CJK, language, load, shingles, strings

CONTEXTS = ("email", "document", "code")
LISTS = {"planted": "FRESH_PLANTED_55", "clean": "FRESH_CLEAN_55"}


@pytest.fixture(scope="module")
def fresh() -> ModuleType:
    return load("fresh55")


@pytest.mark.parametrize("kind", sorted(LISTS))
def test_each_list_has_24_rows_per_context_in_the_stated_languages(
    fresh: ModuleType, kind: str
) -> None:
    rows = getattr(fresh, LISTS[kind])
    assert Counter(c for c, _ in rows) == dict.fromkeys(CONTEXTS, 24)
    stated = fresh.LANGUAGES_55[kind]
    assert len(stated) == len(rows)
    wrong = [i for i, (_, t) in enumerate(rows) if language(t) != stated[i]]
    assert not wrong, wrong
    assert Counter(stated) == {"en": 54, "de": 4, "fr": 4, "es": 4, "ru": 3, "zh": 3}
    for context in CONTEXTS:
        assert (
            sum(
                1
                for (c, _), lang in zip(rows, stated, strict=True)
                if c == context and lang != "en"
            )
            == 6
        )


@pytest.mark.parametrize("kind", sorted(LISTS))
def test_rows_are_40_to_250_words(fresh: ModuleType, kind: str) -> None:
    for i, (_, text) in enumerate(getattr(fresh, LISTS[kind])):
        if language(text) == "zh":
            # Chinese has no spaces: count its characters, about two to a word
            assert len(CJK.findall(text)) >= 80, (kind, i)
        else:
            assert 40 <= len(re.findall(r"\w+", text)) <= 250, (kind, i)


def test_no_duplicates_within_or_across_lists(fresh: ModuleType) -> None:
    texts = [t for _, t in [*fresh.FRESH_PLANTED_55, *fresh.FRESH_CLEAN_55]]
    assert len(texts) == 144
    assert len(set(texts)) == len(texts)


def test_no_row_shares_six_words_with_an_older_set(fresh: ModuleType) -> None:
    older = [
        s
        for name in ("handwritten", "fresh49", "fresh43")
        for n, v in vars(load(name)).items()
        if not n.startswith("__")
        for s in strings(v)
    ]
    assert len(older) > 1000
    seen = set().union(*(shingles(t) for t in older))
    clashes = [
        (kind, i, sorted(shingles(t) & seen))
        for kind, name in LISTS.items()
        for i, (_, t) in enumerate(getattr(fresh, name))
        if shingles(t) & seen
    ]
    # only this set's row ids and the shared words: the older sets' texts stay unprinted
    assert not clashes, clashes
