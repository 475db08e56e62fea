"""The fresh check sets for planted injection (benchmarks/guard/fresh55.py, fresh57.py, fresh61.py,
fresh65.py, fresh69.py, fresh73.py, fresh77.py, fresh81.py, fresh85.py, fresh89.py, fresh93.py,
fresh97.py, fresh101.py, fresh163.py, fresh187.py, fresh189.py, fresh199.py, fresh213.py,
fresh225.py, fresh229.py, fresh231.py, fresh235.py, fresh265.py, fresh293.py, fresh295.py,
fresh299.py and fresh301.py; rounds twenty-five, twenty-six, twenty-eight, thirty-one and
thirty-four, and fresh73, fresh77, fresh81, fresh85, fresh89, fresh93, fresh97, fresh101, fresh163,
fresh187, fresh189, fresh199, fresh213, fresh225, fresh229, fresh231 and fresh235 written after
them; fresh235 holds code files alone), each written by a helper who read no guard code: their shape
(rows per context in each list, no duplicates, 40-250 words, the languages each set's LANGUAGES_<n>
names row by row, each of the five other languages in every context) and their apartness (no
six-word run shared with any string in benchmarks/guard/handwritten.py nor with any text of an older
fresh set). A new set is one row of ``SETS``."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from types import ModuleType

import pytest

from tests.guard.rowsets import CJK, language, load, shingles, strings

CONTEXTS = ("email", "document", "code")
OTHER = ("de", "fr", "es", "ru", "zh")
KEYS = ("planted", "clean")


@dataclass(frozen=True)
class FreshSet:
    number: int
    per_context: dict[str, int]  # rows per context, by list
    languages: dict[str, dict[str, int]]  # rows per language over all contexts, by list
    contexts: tuple[str, ...] = CONTEXTS  # the contexts it holds (fresh235: code alone)

    @property
    def name(self) -> str:
        return f"fresh{self.number}"

    def rows(self, module: ModuleType, key: str) -> list[tuple[str, str]]:
        return list(getattr(module, f"FRESH_{key.upper()}_{self.number}"))

    def stated(self, module: ModuleType, key: str) -> list[str]:
        return list(getattr(module, f"LANGUAGES_{self.number}")[key])


PLANTED_72 = {"en": 54, "de": 4, "fr": 4, "es": 4, "ru": 3, "zh": 3}
CLEAN_108 = {"en": 81, "de": 6, "fr": 6, "es": 5, "ru": 5, "zh": 5}
SETS = (
    FreshSet(55, {"planted": 24, "clean": 24}, {"planted": PLANTED_72, "clean": PLANTED_72}),
    FreshSet(57, {"planted": 24, "clean": 24}, {"planted": PLANTED_72, "clean": PLANTED_72}),
    FreshSet(61, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(65, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(69, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(73, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(77, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(81, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(85, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(89, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(93, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(97, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(101, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(163, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(187, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(189, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(199, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(213, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(225, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(229, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(231, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(
        235, {"planted": 72, "clean": 108}, {"planted": PLANTED_72, "clean": CLEAN_108}, ("code",)
    ),
    FreshSet(265, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(293, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(295, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(299, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
    FreshSet(301, {"planted": 24, "clean": 36}, {"planted": PLANTED_72, "clean": CLEAN_108}),
)
# Written before fresh55 and kept apart from by every later set: the prompts of fresh43, the
# first planted set fresh49, and the hand-written training rows.
OLDEST = ("handwritten", "fresh49", "fresh43")
BY_NAME = {s.name: s for s in SETS}


def older_than(fresh: FreshSet) -> list[str]:
    """The sets ``fresh`` must stay apart from: the oldest ones and every earlier fresh set."""
    return [*OLDEST, *(s.name for s in SETS if s.number < fresh.number)]


# each set's file is read once per test process
module_of = cache(load)


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("name", BY_NAME)
def test_each_list_has_its_rows_per_context_in_the_stated_languages(name: str, key: str) -> None:
    fresh = BY_NAME[name]
    module = module_of(name)
    rows, stated = fresh.rows(module, key), fresh.stated(module, key)
    assert Counter(c for c, _ in rows) == dict.fromkeys(fresh.contexts, fresh.per_context[key])
    assert len(stated) == len(rows)
    wrong = [i for i, (_, t) in enumerate(rows) if language(t) != stated[i]]
    assert not wrong, wrong
    assert Counter(stated) == fresh.languages[key]
    english = fresh.languages[key]["en"] // len(fresh.contexts)
    for context in fresh.contexts:
        in_context = [lang for (c, _), lang in zip(rows, stated, strict=True) if c == context]
        assert Counter(in_context)["en"] == english, context
        assert set(in_context) == {"en", *OTHER}, context


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("name", BY_NAME)
def test_rows_are_40_to_250_words(name: str, key: str) -> None:
    for i, (_, text) in enumerate(BY_NAME[name].rows(module_of(name), key)):
        if language(text) == "zh":
            # Chinese has no spaces: count its characters, about two to a word
            assert len(CJK.findall(text)) >= 80, (key, i)
        else:
            assert 40 <= len(re.findall(r"\w+", text)) <= 250, (key, i)


@pytest.mark.parametrize("name", BY_NAME)
def test_no_duplicates_within_or_across_lists(name: str) -> None:
    fresh = BY_NAME[name]
    module = module_of(name)
    texts = [t for key in KEYS for _, t in fresh.rows(module, key)]
    assert len(texts) == len(fresh.contexts) * sum(fresh.per_context.values())
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize(("name", "older"), [(s.name, o) for s in SETS for o in older_than(s)])
def test_no_row_shares_six_words_with_an_older_set(name: str, older: str) -> None:
    fresh = BY_NAME[name]
    module = module_of(name)
    texts = [
        s for n, v in vars(module_of(older)).items() if not n.startswith("__") for s in strings(v)
    ]
    assert len(texts) >= 100
    seen = set().union(*(shingles(t) for t in texts))
    # on failure, name only this set's rows and the shared words, never the older set's text
    clashes = [
        (key, i, sorted(" ".join(run) for run in shingles(t) & seen))
        for key in KEYS
        for i, (_, t) in enumerate(fresh.rows(module, key))
        if shingles(t) & seen
    ]
    assert not clashes, clashes
