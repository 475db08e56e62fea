"""Round fifty-six (``benchmarks/guard/cat129.py``): a threat against another person is named
``violence`` / ``harassment/threatening`` and no self-harm category; a self-harm statement
keeps its self-harm category; in cheap mode a stated threat against another person is flagged.

Rows written for these tests (not the check set's, the design sets' nor own129's).
"""

from __future__ import annotations

import asyncio

import pytest

from minigate.guard.protocol import ScanContext
from minigate.guard.scanners.harm import HarmOptions, HarmScanner
from minigate.guard.scanners.harm_categories import SELF_HARM, THREATENING, Aim, aim, name
from tests.conftest import AppFactory

USER = ScanContext(direction="input")

# 706d6c4's cheap mode names self-harm beside the threat (checked at 06:05 UTC on 2026-12-05)
NAMED_SELF_HARM_BEFORE = ["I am going to kill you"]
# 706d6c4's cheap mode passes these (checked at 06:05 UTC); a stated threat is now flagged
PASSED_BEFORE = [
    "I'm going to stab you when you get off the bus tonight.",
    "I swear I'll strangle that landlord of mine if he comes round again.",
]
SELF_HARM_STATEMENTS = ["I'm going to end it all tonight, I've had enough."]
# passed by 706d6c4's cheap mode and by this one (checked at 06:05 UTC)
LOOKALIKES = [
    "I'm going to kill you at chess tonight, I've been practising.",
    "In my novel the villain whispers: I'm going to strangle you, detective.",
    "I'm going to murder this karaoke song tonight, sorry in advance.",
]


def _cheap() -> HarmScanner:
    return HarmScanner(HarmOptions(use_embeddings=False), "harm", None)


def _labels(scanner: HarmScanner, text: str) -> tuple[bool, set[str]]:
    verdict = asyncio.run(scanner.scan(text, USER))
    return verdict.flagged, set(verdict.labels)


@pytest.mark.parametrize("text", NAMED_SELF_HARM_BEFORE + PASSED_BEFORE)
def test_a_threat_is_named_a_threat_and_not_self_harm(text: str) -> None:
    flagged, labels = _labels(_cheap(), text)
    assert flagged
    assert labels & THREATENING
    assert not labels & SELF_HARM


@pytest.mark.parametrize("text", SELF_HARM_STATEMENTS)
def test_a_self_harm_statement_keeps_self_harm(text: str) -> None:
    flagged, labels = _labels(_cheap(), text)
    assert flagged
    assert "self-harm" in labels


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_game_a_report_or_a_promise_is_not_flagged(text: str) -> None:
    assert not _labels(_cheap(), text)[0]


def test_naming_reads_who_the_harm_falls_on() -> None:
    heads = {"self-harm", "self-harm/intent", "harassment"}
    assert name(heads, aim("I'll cut you open")) == {"harassment", *THREATENING}
    assert name(heads, aim("I'll cut you and then myself")) >= heads | THREATENING
    assert name({"violence"}, aim("I want to end my life")) == {"violence", "self-harm"}
    assert name(heads, Aim(False, False)) == heads


def test_moderations_names_a_threat_violence_in_cheap_mode(start_app: AppFactory) -> None:
    server = start_app(
        {
            "cache": {"enabled": False},
            "guard": {"moderation": [{"type": "harm", "use_embeddings": False}]},
        }
    )
    client = server.client(max_retries=0)
    texts = NAMED_SELF_HARM_BEFORE + SELF_HARM_STATEMENTS
    threat, self_harm = client.moderations.create(input=texts).results
    named = threat.categories.model_dump(by_alias=True)
    assert threat.flagged
    assert named["violence"] or named["harassment/threatening"]
    assert not any(named[c] for c in SELF_HARM)
    assert self_harm.flagged
    assert self_harm.categories.model_dump(by_alias=True)["self-harm"]
