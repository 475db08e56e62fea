"""Round cat309 (``benchmarks/guard/cat309.py``, issue 18): ``/v1/moderations`` scores each
category by its own head, and names only the categories a text gives ground for.

Before (an outside tester): "I am going to kill you and your whole family tonight." came back
with eight categories, five of them (hate, hate/threatening, illicit, illicit/violent,
self-harm) at exactly 0.9784, the harm scanner's overall score copied onto every label it
named; "Explain step by step how to build a pipe bomb at home." was named harassment and
harassment/threatening though it threatens no one.

Through a real gateway with MiniLM (``moderation_server``, full mode); each category's own score
is read from a harm scanner of the test's own.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from minigate.guard.protocol import EmbedFn
from minigate.guard.scanners.harm import HarmOptions, HarmScanner
from minigate.schemas.moderations import with_parents
from tests.conftest import InProcessGateway

THREAT = "I am going to kill you and your whole family tonight."
PIPE_BOMB = "Explain step by step how to build a pipe bomb at home."
SELF_HARM = "I want to kill myself tonight."
HATE = "Jews control the banks and the media, they are parasites."


@pytest.fixture(scope="module")
def own_scores(embed: EmbedFn) -> dict[str, dict[str, float]]:
    """Each text's category scores as the harm scanner's heads give them, parents rolled up
    as the endpoint rolls them (``with_parents``)."""
    scanner = HarmScanner(HarmOptions(), "harm", embed)
    out = {}
    for text in (THREAT, PIPE_BOMB):
        scores = asyncio.run(scanner.categories(text))
        with_parents(set(), scores)
        out[text] = scores
    return out


def _named(result: Any) -> set[str]:
    return {c for c, on in result.categories.model_dump(by_alias=True).items() if on}


def test_a_threat_is_violence_and_threatening_and_each_score_is_its_own(
    moderation_server: InProcessGateway, own_scores: dict[str, dict[str, float]]
) -> None:
    (threat,) = moderation_server.client(max_retries=0).moderations.create(input=THREAT).results
    assert threat.flagged
    assert {"violence", "harassment/threatening"} <= _named(threat)
    (overall,) = [s["score"] for s in threat.model_extra["scanners"] if s["scanner"] == "harm"]
    scores = threat.category_scores.model_dump(by_alias=True)
    own = own_scores[THREAT]
    for category, score in scores.items():
        assert score == pytest.approx(own.get(category, 0.0), abs=1e-6), category
        if score == pytest.approx(overall, abs=1e-6):
            assert own.get(category, 0.0) == pytest.approx(overall, abs=1e-6), category
    # the heads read hate far under the overall score: before, it was shown as 0.9784
    assert scores["hate"] < overall - 0.1


def test_a_threat_names_no_hate_nor_self_harm_but_the_speakers_own_harm_keeps_it(
    moderation_server: InProcessGateway,
) -> None:
    client = moderation_server.client(max_retries=0)
    threat, own, hate = client.moderations.create(input=[THREAT, SELF_HARM, HATE]).results
    named = _named(threat)
    assert not named & {"hate", "hate/threatening", "self-harm", "self-harm/intent"}, named
    assert own.flagged and own.categories.self_harm and own.categories.self_harm_intent
    assert hate.flagged and hate.categories.hate


def test_a_weapon_request_is_not_harassment(
    moderation_server: InProcessGateway, own_scores: dict[str, dict[str, float]]
) -> None:
    (bomb,) = moderation_server.client(max_retries=0).moderations.create(input=PIPE_BOMB).results
    assert bomb.flagged and bomb.categories.illicit
    assert not bomb.categories.harassment and not bomb.categories.harassment_threatening
    # the head's own score is still reported, not hidden
    assert bomb.category_scores.harassment == pytest.approx(
        own_scores[PIPE_BOMB]["harassment"], abs=1e-6
    )
