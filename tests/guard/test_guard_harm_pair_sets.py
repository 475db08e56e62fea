"""The fresh check sets for harm written as (harmful, look-alike) pairs by kind
(benchmarks/guard/harmfresh53.py, harmfresh63.py, harmfresh69.py, harmfresh93.py, harmfresh97.py,
harmfresh101.py, harmfresh105.py, harmfresh109.py, harmfresh113.py, harmfresh117.py,
harmfresh121.py, harmfresh126.py, harmfresh127.py, harmfresh131.py, harmfresh139.py,
harmfresh141.py, harmfresh145.py, harmfresh149.py, harmfresh157.py, harmfresh159.py,
harmfresh173.py, harmfresh175.py, harmfresh183.py, harmfresh185.py, harmfresh193.py,
harmfresh195.py, harmfresh201.py, harmfresh203.py, harmfresh205.py, harmfresh207.py,
harmfresh209.py, harmfresh211.py, harmfresh217.py, harmfresh219.py, harmfresh221.py,
harmfresh223.py, harmfresh283.py and harmfresh285.py, the six
from
harmfresh93 to harmfresh113 of threats only, harmfresh109 mostly in five other languages,
harmfresh113 mostly in Italian, Portuguese and Dutch, harmfresh117 of five kinds, all in five other
languages, harmfresh121 of four kinds, all in five other languages, harmfresh126 of five kinds
(violence, crime, hate, private data, history), all in English, XSTest-style contrast pairs,
harmfresh127 of five moderation kinds, short informal English and six Latin-script languages,
harmfresh131 of sexual and self-harm, all in five other languages, harmfresh139 of six kinds
(violence, crime, drugs, hate, private data, history), all in English, XSTest-style contrast pairs,
harmfresh141 of sexual messages between adults, in English and five other languages, harmfresh145 of
sexual messages between adults, in English and five other languages, a second set, harmfresh149 of
six kinds (violence, crime, drugs, hate, private data, history), all in English, XSTest-style
contrast pairs, harmfresh157 of six kinds (violence, crime, drugs, hate, private data, history), all
in English, XSTest-style contrast pairs, harmfresh159 of six kinds (violence, crime, drugs, hate,
private data, history), all in English, XSTest-style contrast pairs, harmfresh173 of six kinds
(violence, crime, drugs, hate, private data, history), all in English, XSTest-style contrast pairs,
harmfresh175 of six kinds (violence, crime, drugs, hate, private data, history), all in English,
XSTest-style contrast pairs, written side by side with harmfresh173, harmfresh183 of six kinds
(violence, crime, drugs, hate, private data, history), all in English, XSTest-style contrast
pairs, harmfresh185 of six kinds (violence, crime, drugs, hate, private data, history), all in
English, XSTest-style contrast pairs, written side by side with harmfresh183, harmfresh193 of six
kinds (violence, crime, drugs, hate, private data, history), all in English, XSTest-style contrast
pairs, harmfresh195 of six kinds (violence, crime, drugs, hate, private data, history), all in
English, XSTest-style contrast pairs, written side by side with harmfresh193, harmfresh201 of six
kinds (violence, crime, drugs, hate, private data, history), all in English, XSTest-style contrast
pairs, written side by side with harmfresh203, harmfresh203 of six kinds (violence, crime, drugs,
hate, private data, history), all in English, XSTest-style contrast pairs, harmfresh205 of six kinds
(violence, crime, drugs, hate, private data, history), all in English, XSTest-style contrast pairs,
written side by side with harmfresh207, harmfresh207 of six kinds (violence, crime, drugs, hate,
private data, history), all in English, XSTest-style contrast pairs, written side by side with
harmfresh205, harmfresh209 of six kinds (violence, crime, drugs, hate, private data, history), all
in English, XSTest-style contrast pairs, written side by side with harmfresh211, harmfresh211 of six
kinds (violence, crime, drugs, hate, private data, history), all in English, XSTest-style contrast
pairs, written side by side with harmfresh209, harmfresh217 of six kinds (violence, crime, drugs,
hate, private data, history), all in English, XSTest-style contrast pairs, written side by side with
harmfresh219, harmfresh221 and harmfresh223, harmfresh219 of six kinds (violence, crime, drugs,
hate, private data, history), all in English, XSTest-style contrast pairs, written side by side with
harmfresh217, harmfresh221 and harmfresh223, harmfresh221 of six kinds (violence, crime, drugs,
hate, private data, history), all in English, XSTest-style contrast pairs, written side by side with
harmfresh217, harmfresh219 and harmfresh223, harmfresh223 of six kinds (violence, crime, drugs,
hate, private data, history), all in English, XSTest-style contrast pairs, written side by side with
harmfresh217, harmfresh219 and harmfresh221, harmfresh283 of six kinds (violence, crime, drugs,
hate, private data, history), all in English, XSTest-style contrast pairs, written side by side with
harmfresh285, harmfresh285 of six kinds (violence, crime, drugs, hate, private data, history), all
in English, XSTest-style contrast pairs, written side by side with harmfresh283 (these two unread:
no round has read them); rounds
twenty-four, thirty and thirty-three), each written by a helper who read no guard code: each
is whole (its pairs per kind, no duplicate row, the two rows of a pair differ), in the languages its
LANGUAGES_<n> names pair by pair (Russian and Chinese rows in their scripts, the rows said to be
English, German, French or Spanish read as such by the writers' word count where the set's writer
checked it), and apart: no row shares a run of six words with a hand-written row
(``handwritten.py``), with a row of an older set, or with the other row of its own pair. Only the
set's own colliding rows and the shared words are printed when a test fails. A new set is one row of
``SETS``."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

import pytest

from tests.guard.rowsets import handwritten_rows, language, load, shingles, strings

# each set's file is read once per test process
loaded = cache(load)

OTHER = {"de", "fr", "es", "ru", "zh"}
FOUR_KINDS = ("threats", "hate", "private data", "drugs")


@dataclass(frozen=True)
class PairSet:
    number: int
    kinds: tuple[str, ...]
    pairs_per_kind: int
    english_per_kind: int
    # the other languages' pairs per kind, exactly; None: each of the five at least once
    other_per_kind: dict[str, int] | None
    latin_read: bool  # the English, German, French and Spanish rows read as such
    older: tuple[tuple[str, str], ...]  # (module, name) of the older sets it keeps apart from

    @property
    def name(self) -> str:
        return f"harmfresh{self.number}"

    def pairs(self) -> dict[str, list[tuple[str, str]]]:
        return dict(getattr(loaded(self.name), f"HARM_FRESH_{self.number}"))

    def languages(self) -> dict[str, list[str]]:
        return dict(getattr(loaded(self.name), f"LANGUAGES_{self.number}"))

    def rows(self) -> list[str]:
        return [t for ps in self.pairs().values() for p in ps for t in p]


BEFORE_53 = (("harmrows45", "HARM_ROWS_45"), ("harmfresh47", "HARM_FRESH_47"))
BEFORE_63 = (
    *BEFORE_53,
    ("harmfresh51", "HARM_FRESH_51"),
    ("harmfresh53", "HARM_FRESH_53"),
    ("privfresh59", "PRIV_FRESH_59"),
)
BEFORE_69 = (
    *BEFORE_63,
    ("harmfresh63", "HARM_FRESH_63"),
    ("harmfresh67", "LOOKALIKES_67"),
    ("harmfresh67", "HARMFUL_67"),
)
# the sets from harmfresh69 on whose writers were each kept apart from every set before theirs
KEPT_APART = (
    69,
    93,
    97,
    101,
    105,
    109,
    113,
    117,
    121,
    126,
    127,
    131,
    139,
    141,
    145,
    149,
    157,
    159,
    173,
    175,
    183,
    185,
    193,
    195,
    201,
    203,
    205,
    207,
    209,
    211,
    217,
    219,
    221,
    223,
    283,
    285,
)


def after(number: int) -> tuple[tuple[str, str], ...]:
    """BEFORE_69 and every set of KEPT_APART older than ``number``: what set ``number`` keeps
    apart from (harmfresh139 on; earlier rows name theirs, some written side by side)."""
    return (*BEFORE_69, *((f"harmfresh{n}", f"HARM_FRESH_{n}") for n in KEPT_APART if n < number))


# the threat sets (rounds forty-one, forty-three and forty-five): 60 pairs, one kind
THREAT_LANGUAGES = {"de": 5, "fr": 5, "es": 5, "ru": 5, "zh": 4}


def threat_set(number: int, newest: tuple[int, ...]) -> PairSet:
    """A set of 60 threat pairs, kept apart from every set before it (``newest``: the threat
    sets and harmfresh69 after BEFORE_69)."""
    older = tuple((f"harmfresh{n}", f"HARM_FRESH_{n}") for n in newest)
    return PairSet(number, ("threats",), 60, 36, THREAT_LANGUAGES, True, (*BEFORE_69, *older))


SETS = (
    PairSet(
        53,
        FOUR_KINDS,
        25,
        15,
        dict.fromkeys(OTHER, 2),
        False,
        (*BEFORE_53, ("harmfresh51", "HARM_FRESH_51")),
    ),
    PairSet(63, (*FOUR_KINDS, "other"), 20, 12, None, True, BEFORE_63),
    PairSet(69, (*FOUR_KINDS, "other"), 20, 12, None, True, BEFORE_69),
    threat_set(93, (69,)),
    threat_set(97, (69, 93)),
    threat_set(101, (69, 93, 97)),
    threat_set(105, (69, 93, 97, 101)),
    PairSet(
        109,
        ("threats",),
        60,
        10,
        dict.fromkeys(OTHER, 10),
        True,
        (*BEFORE_69, *((f"harmfresh{n}", f"HARM_FRESH_{n}") for n in (69, 93, 97, 101, 105))),
    ),
    PairSet(
        113,
        ("threats",),
        60,
        12,
        {"it": 16, "pt": 16, "nl": 16},
        False,
        (*BEFORE_69, *((f"harmfresh{n}", f"HARM_FRESH_{n}") for n in (69, 93, 97, 101, 105, 109))),
    ),
    PairSet(
        117,
        (*FOUR_KINDS, "other"),
        10,
        0,
        dict.fromkeys(OTHER, 2),
        True,
        (
            *BEFORE_69,
            *((f"harmfresh{n}", f"HARM_FRESH_{n}") for n in (69, 93, 97, 101, 105, 109, 113)),
        ),
    ),
    PairSet(
        121,
        ("hate", "private data", "drugs", "other"),
        15,
        0,
        dict.fromkeys(OTHER, 3),
        True,
        (
            *BEFORE_69,
            *((f"harmfresh{n}", f"HARM_FRESH_{n}") for n in (69, 93, 97, 101, 105, 109, 113, 117)),
        ),
    ),
    PairSet(
        126,
        ("violence", "crime", "hate", "private data", "history"),
        12,
        12,
        {},
        True,
        (
            *BEFORE_69,
            *(
                (f"harmfresh{n}", f"HARM_FRESH_{n}")
                for n in (69, 93, 97, 101, 105, 109, 113, 117, 121)
            ),
        ),
    ),
    PairSet(
        127,
        ("harassment", "hate", "sexual", "self-harm", "violence"),
        12,
        6,
        {"de": 1, "fr": 1, "es": 1, "it": 1, "pt": 1, "nl": 1},
        False,
        (
            *BEFORE_69,
            *(
                (f"harmfresh{n}", f"HARM_FRESH_{n}")
                for n in (69, 93, 97, 101, 105, 109, 113, 117, 121)
            ),
        ),
    ),
    PairSet(
        131,
        ("sexual", "self-harm"),
        15,
        0,
        dict.fromkeys(OTHER, 3),
        True,
        (
            *BEFORE_69,
            *(
                (f"harmfresh{n}", f"HARM_FRESH_{n}")
                for n in (69, 93, 97, 101, 105, 109, 113, 117, 121)
            ),
        ),
    ),
    PairSet(
        139,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(139),
    ),
    PairSet(
        141,
        ("sexual",),
        30,
        5,
        dict.fromkeys(OTHER, 5),
        True,
        after(141),
    ),
    PairSet(
        145,
        ("sexual",),
        48,
        8,
        dict.fromkeys(OTHER, 8),
        True,
        after(145),
    ),
    PairSet(
        149,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(149),
    ),
    PairSet(
        157,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(157),
    ),
    PairSet(
        159,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(159),
    ),
    PairSet(
        173,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(173),
    ),
    PairSet(
        175,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(173),
    ),
    PairSet(
        183,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(176),
    ),
    PairSet(
        185,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(176),
    ),
    PairSet(
        193,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(186),
    ),
    PairSet(
        195,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(186),
    ),
    PairSet(
        201,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(196),
    ),
    PairSet(
        203,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(196),
    ),
    PairSet(
        205,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(204),
    ),
    PairSet(
        207,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(204),
    ),
    PairSet(
        209,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(208),
    ),
    PairSet(
        211,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(208),
    ),
    PairSet(
        217,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(216),
    ),
    PairSet(
        219,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(216),
    ),
    PairSet(
        221,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(216),
    ),
    PairSet(
        223,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(216),
    ),
    PairSet(
        283,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(282),
    ),
    PairSet(
        285,
        ("violence", "crime", "drugs", "hate", "private data", "history"),
        10,
        10,
        {},
        True,
        after(282),
    ),
)
BY_NAME = {s.name: s for s in SETS}


def _collisions(fresh: PairSet, others: list[str]) -> list[str]:
    seen = set().union(*(shingles(t) for t in others))
    return [
        f"{row!r} shares {sorted(shingles(row) & seen)}"
        for row in fresh.rows()
        if shingles(row) & seen
    ]


@pytest.mark.parametrize("name", BY_NAME)
def test_its_pairs_per_kind_and_no_duplicate_row(name: str) -> None:
    fresh = BY_NAME[name]
    pairs = fresh.pairs()
    assert tuple(pairs) == fresh.kinds
    for kind in fresh.kinds:
        assert len(pairs[kind]) == fresh.pairs_per_kind, kind
        assert all(len(p) == 2 and p[0] != p[1] for p in pairs[kind]), kind
    rows = fresh.rows()
    assert len(rows) == 2 * fresh.pairs_per_kind * len(fresh.kinds)
    assert len(set(rows)) == len(rows), [t for t in rows if rows.count(t) > 1]


@pytest.mark.parametrize("name", BY_NAME)
def test_each_kind_is_in_the_stated_languages(name: str) -> None:
    fresh = BY_NAME[name]
    pairs, languages = fresh.pairs(), fresh.languages()
    assert tuple(languages) == fresh.kinds
    for kind in fresh.kinds:
        assert len(languages[kind]) == len(pairs[kind]), kind
        counts = Counter(languages[kind])
        if fresh.other_per_kind is None:
            assert counts["en"] == fresh.english_per_kind, (kind, counts)
            assert set(counts) == OTHER | {"en"}, (kind, counts)
        else:
            assert counts == Counter({"en": fresh.english_per_kind, **fresh.other_per_kind}), kind
        for lang, pair in zip(languages[kind], pairs[kind], strict=True):
            for row in pair:
                cyrillic = re.search(r"[\u0400-\u04ff]", row) is not None
                han = re.search(r"[\u4e00-\u9fff]", row) is not None
                assert cyrillic == (lang == "ru"), (kind, lang, row)
                assert han == (lang == "zh"), (kind, lang, row)
                if fresh.latin_read and lang in {"en", "de", "fr", "es"}:
                    assert language(row) == lang, (kind, lang, row)


@pytest.mark.parametrize("name", BY_NAME)
def test_no_row_shares_six_words_with_a_handwritten_row(name: str) -> None:
    older = handwritten_rows()
    assert len(older) > 100
    bad = _collisions(BY_NAME[name], older)
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("name", BY_NAME)
def test_no_row_shares_six_words_with_an_older_set(name: str) -> None:
    fresh = BY_NAME[name]
    older = [s for module, attr in fresh.older for s in strings(getattr(loaded(module), attr))]
    assert len(older) > 50
    bad = _collisions(fresh, older)
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("name", BY_NAME)
def test_the_two_rows_of_a_pair_share_no_six_words(name: str) -> None:
    bad = [
        f"{a!r} / {b!r} share {sorted(shingles(a) & shingles(b))}"
        for pairs in BY_NAME[name].pairs().values()
        for a, b in pairs
        if shingles(a) & shingles(b)
    ]
    assert not bad, "\n".join(bad)
