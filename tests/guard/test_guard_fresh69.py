"""Round thirty-four's fresh check set for planted injection (benchmarks/guard/fresh69.py):
its shape (24 planted and 36 clean rows per context, no duplicates, 40-250 words, the
languages LANGUAGES_69 names row by row) and its apartness (no six-word run shared with any
string in benchmarks/guard/handwritten.py nor with any text of the older fresh sets 65, 61,
57, 55, 49 and 43)."""

from __future__ import annotations

import re
from collections import Counter
from types import ModuleType

import pytest

from tests.guard.rowsets import CJK, language, load, shingles, strings

CONTEXTS = ("email", "document", "code")
LISTS = {"planted": "FRESH_PLANTED_69", "clean": "FRESH_CLEAN_69"}
PER_CONTEXT = {"planted": 24, "clean": 36}
# English rows per context; the rest are German, French, Spanish, Russian or Chinese
ENGLISH = {"planted": 18, "clean": 27}
LANGUAGES = {
    "planted": {"en": 54, "de": 4, "fr": 4, "es": 4, "ru": 3, "zh": 3},
    "clean": {"en": 81, "de": 6, "fr": 6, "es": 5, "ru": 5, "zh": 5},
}
OLDER = ["handwritten", "fresh65", "fresh61", "fresh57", "fresh55", "fresh49", "fresh43"]


@pytest.fixture(scope="module")
def fresh() -> ModuleType:
    return load("fresh69")


@pytest.mark.parametrize("key", sorted(LISTS))
def test_each_list_has_its_rows_per_context_in_the_stated_languages(
    fresh: ModuleType, key: str
) -> None:
    rows = getattr(fresh, LISTS[key])
    assert Counter(c for c, _ in rows) == dict.fromkeys(CONTEXTS, PER_CONTEXT[key])
    languages = fresh.LANGUAGES_69[key]
    assert len(languages) == len(rows)
    assert [language(t) for _, t in rows] == languages
    assert Counter(languages) == LANGUAGES[key]
    for context in CONTEXTS:
        in_context = [lang for (c, _), lang in zip(rows, languages, strict=True) if c == context]
        assert Counter(in_context)["en"] == ENGLISH[key], context
        # every one of the five other languages appears in every context
        assert set(in_context) == {"en", "de", "fr", "es", "ru", "zh"}, context


@pytest.mark.parametrize("key", sorted(LISTS))
def test_rows_are_40_to_250_words(fresh: ModuleType, key: str) -> None:
    for i, (_, text) in enumerate(getattr(fresh, LISTS[key])):
        if language(text) == "zh":
            # Chinese has no spaces: count its characters, about two to a word
            assert len(CJK.findall(text)) >= 80, (key, i)
        else:
            assert 40 <= len(re.findall(r"\w+", text)) <= 250, (key, i)


def test_no_duplicates_within_or_across_lists(fresh: ModuleType) -> None:
    texts = [t for _, t in [*fresh.FRESH_PLANTED_69, *fresh.FRESH_CLEAN_69]]
    assert len(texts) == 180
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("older", OLDER)
def test_no_row_shares_six_words_with_an_older_set(fresh: ModuleType, older: str) -> None:
    module = load(older)
    texts = [s for n, v in vars(module).items() if not n.startswith("__") for s in strings(v)]
    assert len(texts) >= 100
    seen = set().union(*(shingles(t) for t in texts))
    # on failure, name only this set's rows and the shared words, never the older set's text
    clashes = [
        (key, i, sorted(" ".join(run) for run in shingles(t) & seen))
        for key, name in LISTS.items()
        for i, (_, t) in enumerate(getattr(fresh, name))
        if shingles(t) & seen
    ]
    assert not clashes, clashes
