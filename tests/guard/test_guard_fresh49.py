"""Round twenty-three's fresh check set for planted injection (benchmarks/guard/fresh49.py):
its shape (24 rows per context in each list, no duplicates, 40-250 words, the languages its
docstring names) and its apartness from the hand-written training rows (no six-word run shared
with any string in benchmarks/guard/handwritten.py)."""

from __future__ import annotations

import re
from collections import Counter
from types import ModuleType

import pytest

from tests.guard.rowsets import CJK, language, load, shingles, strings

CONTEXTS = ("email", "document", "code")


@pytest.fixture(scope="module")
def fresh() -> ModuleType:
    return load("fresh49")


@pytest.mark.parametrize("name", ["FRESH_PLANTED_49", "FRESH_CLEAN_49"])
def test_each_list_has_24_rows_per_context_in_the_stated_languages(
    fresh: ModuleType, name: str
) -> None:
    rows = getattr(fresh, name)
    assert Counter(c for c, _ in rows) == dict.fromkeys(CONTEXTS, 24)
    for context in CONTEXTS:
        texts = [t for c, t in rows if c == context]
        expected = ["en"] * 18 + fresh.LANGUAGES_49[context]
        assert [language(t) for t in texts] == expected, context
    languages = Counter(lang for langs in fresh.LANGUAGES_49.values() for lang in langs)
    assert languages == {"de": 4, "fr": 4, "es": 4, "ru": 3, "zh": 3}


@pytest.mark.parametrize("name", ["FRESH_PLANTED_49", "FRESH_CLEAN_49"])
def test_rows_are_40_to_250_words(fresh: ModuleType, name: str) -> None:
    for _, text in getattr(fresh, name):
        if language(text) == "zh":
            # Chinese has no spaces: count its characters, about two to a word
            assert len(CJK.findall(text)) >= 80, text
        else:
            assert 40 <= len(re.findall(r"\w+", text)) <= 250, text


def test_no_duplicates_within_or_across_lists(fresh: ModuleType) -> None:
    texts = [t for _, t in [*fresh.FRESH_PLANTED_49, *fresh.FRESH_CLEAN_49]]
    assert len(texts) == 144
    assert len(set(texts)) == len(texts)


def test_no_row_shares_six_words_with_a_handwritten_string(fresh: ModuleType) -> None:
    hw = load("handwritten")
    older = [s for n, v in vars(hw).items() if not n.startswith("__") for s in strings(v)]
    assert len(older) > 1000
    seen = set().union(*(shingles(t) for t in older))
    clashes = [t for _, t in [*fresh.FRESH_PLANTED_49, *fresh.FRESH_CLEAN_49] if shingles(t) & seen]
    assert not clashes, clashes
