"""Round sixty-two (``benchmarks/guard/min141.py``): ``sexual/minors`` is named only where a
minor is in the text (``guard/scanners/minors.py``); a sexual text between adults the heads
named ``sexual/minors`` is named ``sexual``, and its ``sexual/minors`` score through
``/v1/moderations`` stays under one half, so the categories and the scores agree.

Rows written for these tests (not the check set's), each neutral: a sexual message between
adults, or a wording that only names an age and a sexual category.
"""

from __future__ import annotations

import pytest

from minigate.guard.scanners import minors

CUES = [
    "a 14-year-old",
    "she is 15 yo",
    "elle a 14 ans",
    "tiene 14 años",
    "sie ist 14 Jahre alt",
    "ему 14 лет",
    "她14岁",
    "a teenager",
    "ein Kind",
    "un enfant",
    "una niña",
    "ребёнок",
    "未成年人",
    "a schoolgirl",
    "in 7th grade",
    "the baby",
    "a little girl",
    "un minorenne",
    "een minderjarige",
]
# Adults, endearments and ages of 18 or more: no cue.
NO_CUES = [
    "my wife and I, both 35",
    "hey baby, come to bed",
    "mon bébé, viens ici",
    "малыш, иди ко мне",
    "宝宝，我想你了",
    "she is 25 years old",
    "an 18-year-old woman",
    "what kind of evening do you want",
    "Ich bin 40 Jahre alt",
    "una profesora y su alumno adulto",
    "a college student",
    "ihr erwachsener Sohn",
]


@pytest.mark.parametrize("text", CUES)
def test_a_minor_is_a_cue(text: str) -> None:
    assert minors.minor(text)


@pytest.mark.parametrize("text", NO_CUES)
def test_adults_and_endearments_are_no_cue(text: str) -> None:
    assert not minors.minor(text)


def test_without_a_cue_sexual_minors_is_named_sexual_with_its_score_under_a_half() -> None:
    scores = {"sexual": 0.4, "sexual/minors": 0.8, "violence": 0.1}
    out, passed = minors.name("Komm ins Bett, Schatz.", scores, {"sexual/minors"}, 0.6)
    assert passed == {"sexual"}
    assert out["sexual"] == 0.8
    assert out["sexual/minors"] < 0.5
    assert out["violence"] == 0.1


def test_with_a_cue_nothing_changes() -> None:
    scores = {"sexual": 0.4, "sexual/minors": 0.8}
    out, passed = minors.name("a 14-year-old", scores, {"sexual/minors"}, 0.6)
    assert (out, passed) == (scores, {"sexual/minors"})


def test_a_low_score_is_left_alone() -> None:
    scores = {"sexual": 0.9, "sexual/minors": 0.05}
    assert minors.name("Komm ins Bett.", scores, {"sexual"}, 0.6) == (scores, {"sexual"})
