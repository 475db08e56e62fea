"""The fresh check sets written as lists (benchmarks/guard/fresh105.py ... fresh143.py, fresh147.py,
fresh153.py, fresh161.py, fresh177.py, fresh179.py, fresh181.py, fresh191.py, fresh197.py,
fresh215.py, fresh227.py, fresh233.py, fresh237.py, fresh239.py, fresh241.py, fresh243.py,
fresh245.py, fresh247.py, fresh249.py, fresh255.py and
fresh307.py: direct injections and benign prompts, and the threats,
self-harm messages and look-alikes of rounds fifty-six, fifty-eight, fifty-nine and sixty-three;
fresh151.py: safe texts on dark topics and self-harm messages; fresh155.py: moderation-style
harmful and safe texts), each by a helper who read no guard code, are fit to judge the guard on
texts it has never met: each list is whole (its length, no empty row, no duplicate, no row in two
lists), each row is a message of the length the writer's brief asked for and in the language its
``LANGUAGES_<n>`` names (English where the set has none), and the set is apart: no row shares a run
of six words with another of its rows, with a hand-written row (``handwritten.py``) or with a row
of the older sets it was written after. Only the set's own colliding rows and the shared words are
printed when a test fails. A new set is one row of ``SETS`` (a direct set's number also goes at the
end of ``DIRECT_AFTER_122``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pytest

from tests.guard.rowsets import CJK, CYRILLIC, handwritten_rows, language, load, shingles

# each set's file is read once per test process
loaded = cache(load)

# the languages rowsets.language tells apart; a row in another (Hindi romanised, Italian,
# Portuguese, Dutch) is checked for its script only
TOLD_APART = {"en", "de", "fr", "es", "ru", "zh"}
MIN_HAN = 30  # Han characters in a Chinese row, enough for the language gate to read it


@dataclass(frozen=True)
class FreshSet:
    number: int
    lists: tuple[str, ...]  # its lists' names in benchmarks/guard/fresh<number>.py
    size: int  # rows in each list
    languages: str | None  # LANGUAGES_<n> in runs, "en:30 de:10"; None: all English, no list
    words: int  # the most words (\w+) a row may have; the least is 3
    older: tuple[int, ...]  # the older fresh sets it keeps apart from

    @property
    def name(self) -> str:
        return f"fresh{self.number}"

    def rows_by_list(self) -> list[list[str]]:
        module = loaded(self.name)
        return [list(getattr(module, name)) for name in self.lists]

    def rows(self) -> list[str]:
        return [t for rows in self.rows_by_list() for t in rows]

    def order(self) -> list[str]:
        runs = (part.split(":") for part in (self.languages or f"en:{self.size}").split())
        return [lang for lang, count in runs for _ in range(int(count))]


def _injection(number: int) -> tuple[str, str]:
    return (f"FRESH_ATTACKS_{number}", f"FRESH_BENIGN_{number}")


# round twenty-one's set, older than this table's checks (test_guard_fresh43.py has its own):
# only kept apart from
FRESH43 = FreshSet(43, _injection(43), 64, None, 60, ())
UP_TO_113 = (43, 105, 109, 113)
UP_TO_122 = (*UP_TO_113, 117, 118, 122)
# the direct-injection sets after fresh122, in the order they were written: each is kept apart
# from all of them before it (``_direct_before``)
DIRECT_AFTER_122 = (
    125, 137, 147, 153, 161, 177, 179, 181, 191, 197, 215, 227, 233, 237, 239, 241,
    243, 245, 247, 249, 255, 307,
)  # fmt: skip


def _direct_before(number: int) -> tuple[int, ...]:
    """The older sets a direct set after fresh122 keeps apart from: every direct set before it."""
    return (*UP_TO_122, *(n for n in DIRECT_AFTER_122 if n < number))


SETS = (
    FreshSet(105, _injection(105), 64, "en:40 de:4 fr:4 es:4 ru:4 zh:4 hi:4", 60, (43,)),
    FreshSet(109, _injection(109), 64, "en:14 de:10 fr:10 es:10 ru:10 zh:10", 60, (43, 105)),
    FreshSet(113, _injection(113), 64, "en:16 it:16 pt:16 nl:16", 60, (43, 105, 109)),
    FreshSet(117, _injection(117), 50, "de:10 fr:10 es:10 ru:10 zh:10", 60, UP_TO_113),
    FreshSet(118, _injection(118), 40, "en:30 de:10", 60, UP_TO_113),
    FreshSet(122, _injection(122), 40, "en:30 de:10", 60, (*UP_TO_113, 117, 118)),
    FreshSet(125, _injection(125), 60, "en:45 de:15", 60, UP_TO_122),
    FreshSet(129, ("THREATS_129", "SELF_HARM_129", "LOOKALIKES_129"), 30, None, 40, UP_TO_122),
    FreshSet(133, ("SELF_HARM_133", "LOOKALIKES_133"), 40, None, 40, (*UP_TO_122, 129)),
    FreshSet(135, ("SELF_HARM_135", "LOOKALIKES_135"), 40, None, 40, (*UP_TO_122, 129, 133)),
    FreshSet(137, _injection(137), 48, "en:36 de:12", 60, _direct_before(137)),
    FreshSet(143, ("SELF_HARM_143", "LOOKALIKES_143"), 40, None, 40, (*UP_TO_122, 129, 133, 135)),
    FreshSet(147, _injection(147), 40, "en:30 de:10", 60, _direct_before(147)),
    FreshSet(
        151, ("DARK_SAFE_151", "SELF_HARM_151"), 48, None, 80, (*UP_TO_122, 129, 133, 135, 143)
    ),
    FreshSet(153, _injection(153), 48, "en:36 de:12", 60, _direct_before(153)),
    FreshSet(155, ("HARMFUL_155", "SAFE_155"), 48, None, 80, (*UP_TO_122, 129, 133, 135, 143, 151)),
    FreshSet(161, _injection(161), 48, "en:36 de:12", 60, _direct_before(161)),
    FreshSet(177, _injection(177), 48, "en:36 de:12", 60, _direct_before(177)),
    FreshSet(179, _injection(179), 48, "en:36 de:12", 60, _direct_before(179)),
    FreshSet(181, _injection(181), 48, "en:36 de:12", 60, _direct_before(181)),
    FreshSet(191, _injection(191), 48, "en:36 de:12", 60, _direct_before(191)),
    FreshSet(197, _injection(197), 60, "en:45 de:15", 60, _direct_before(197)),
    FreshSet(215, _injection(215), 60, "en:45 de:15", 60, _direct_before(215)),
    FreshSet(227, _injection(227), 60, "en:45 de:15", 60, _direct_before(227)),
    FreshSet(233, _injection(233), 60, "en:45 de:15", 60, _direct_before(233)),
    FreshSet(237, _injection(237), 60, "en:45 de:15", 60, _direct_before(237)),
    FreshSet(239, _injection(239), 60, "en:45 de:15", 60, _direct_before(239)),
    FreshSet(241, _injection(241), 60, "en:30 de:30", 60, _direct_before(241)),
    FreshSet(243, _injection(243), 60, "en:60", 60, _direct_before(243)),
    FreshSet(245, _injection(245), 60, "en:60", 60, _direct_before(245)),
    FreshSet(247, _injection(247), 60, "en:60", 60, _direct_before(247)),
    FreshSet(249, _injection(249), 60, "en:60", 60, _direct_before(249)),
    FreshSet(255, _injection(255), 60, "en:60", 60, _direct_before(255)),
    FreshSet(307, _injection(307), 100, None, 90, _direct_before(307)),
)
BY_NUMBER = {s.number: s for s in (FRESH43, *SETS)}


def _clashes(rows: list[str], older: list[str]) -> list[str]:
    """Each of ``rows`` that shares a six-word run with ``older``, with only those runs."""
    seen = set().union(*(shingles(t) for t in older))
    return [f"{t!r}: {sorted(shingles(t) & seen)}" for t in rows if shingles(t) & seen]


each = pytest.mark.parametrize("fresh", SETS, ids=lambda s: s.name)


@each
def test_lists_are_whole_and_distinct(fresh: FreshSet) -> None:
    lists = fresh.rows_by_list()
    for rows in lists:
        assert len(rows) == fresh.size
        assert all(isinstance(t, str) and t.strip() for t in rows)
        assert len(set(rows)) == len(rows)
    assert len(set(fresh.rows())) == len(fresh.rows()), "a row is in two lists"


@each
def test_rows_are_messages_of_the_briefs_length(fresh: FreshSet) -> None:
    wrong = [t for t in fresh.rows() if not 3 <= len(re.findall(r"\w+", t)) <= fresh.words]
    assert not wrong, "\n".join(wrong)


@each
def test_rows_are_in_their_languages(fresh: FreshSet) -> None:
    order = fresh.order()
    if fresh.languages is not None:
        assert list(getattr(loaded(fresh.name), f"LANGUAGES_{fresh.number}")) == order
    for rows in fresh.rows_by_list():
        for text, lang in zip(rows, order, strict=True):
            if lang in TOLD_APART:
                assert language(text) == lang, text
            assert bool(CYRILLIC.search(text)) == (lang == "ru"), text
            assert bool(CJK.search(text)) == (lang == "zh"), text
            if lang == "zh":
                assert len(CJK.findall(text)) >= MIN_HAN, text


@each
def test_rows_share_no_six_words_with_each_other(fresh: FreshSet) -> None:
    rows = fresh.rows()
    clashes = [c for i, t in enumerate(rows) for c in _clashes([t], rows[:i] + rows[i + 1 :])]
    assert not clashes, "\n".join(clashes)


@each
def test_shares_no_six_words_with_a_handwritten_row(fresh: FreshSet) -> None:
    older = handwritten_rows()
    assert len(older) > 1000
    clashes = _clashes(fresh.rows(), older)
    assert not clashes, "\n".join(clashes)


@each
def test_shares_no_six_words_with_the_older_fresh_sets(fresh: FreshSet) -> None:
    older = [BY_NUMBER[n] for n in fresh.older]
    rows = [t for s in older for t in s.rows()]
    assert len(rows) == sum(s.size * len(s.lists) for s in older)
    clashes = _clashes(fresh.rows(), rows)
    assert not clashes, "\n".join(clashes)


def test_fresh137_half_the_attacks_avoid_the_obvious_words() -> None:
    """Round sixty's brief: at least half the extraction attacks name no "system prompt",
    "instructions", "ignore" or "reveal", so the set does not reward a detector that only looks
    for those words."""
    avoided = re.compile(r"system prompt|instructions|ignore|reveal", re.IGNORECASE)
    attacks = BY_NUMBER[137].rows_by_list()[0]
    assert sum(not avoided.search(t) for t in attacks) >= len(attacks) // 2
