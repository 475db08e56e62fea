"""OpenAI moderation's categories: which the classifier has a learned head for, and which are
derived from a head and a phrase pattern.

Heads were fitted on labelled data (``harm.json``: OpenAI's moderation samples for sexual,
hate, violence, harassment, self-harm and their sub-categories, AdvBench for illicit). No
labelled set here separates threats from other harassment, or intent from instructions in
self-harm, so those four are a head's score gated by a pattern: "I will kill you" is a threat
whatever the harassment head says, and "how do I..." turns self-harm into instructions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADS: tuple[str, ...] = (
    "harassment",
    "hate",
    "hate/threatening",
    "illicit",
    "self-harm",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)

_PERSON = (
    r"(?:you|u|ya|him|her|them|his|their|your (?:\w+ ){0,2}(?:family|kids?|children|wife|"
    r"husband|mother|dad|friends?))"
)
_THREAT = re.compile(
    r"\b(?:i|we)(?:'m| am| are|'re|'ll| will| shall| gonna| going to| am going to| are going to)"
    r"\s+(?:to\s+)?(?:\w+\s+)?(?:kill|murder|hurt|shoot|stab|beat|rape|burn|strangle|slaughter|"
    r"end|destroy|get|find|hunt down|come for|break)\s+" + _PERSON + r"\b"
    r"|\b(?:you(?:'re| are)|you will|you'll)\s+(?:going to\s+|gonna\s+)?(?:die|be dead|pay for "
    r"this|regret (?:this|it))\b"
    r"|\b(?:watch your back|i know where you live|you(?:'re| are) dead(?: meat)?)\b"
    r"|\bich (?:werde|will) (?:dich|euch|sie) (?:umbringen|töten|fertigmachen)\b"
    r"|\bje vais te (?:tuer|buter)\b|\bte voy a matar\b|\bя (?:тебя )?убью\b|我要杀了你",
    re.IGNORECASE,
)
_INTENT = re.compile(
    r"\b(?:i|i'm|i am)\b[^.!?\n]{0,30}\b(?:want|going|plan(?:ning)?|ready|decided|gonna|will|"
    r"thinking about|about)\b[^.!?\n]{0,20}\b(?:kill myself|end (?:it|my life)|die|suicide|"
    r"cut(?:ting)? myself|hurt(?:ing)? myself|overdose|not wake up)",
    re.IGNORECASE,
)
_HOW_TO = re.compile(
    r"\b(?:how (?:to|do i|can i|much|many)|ways? to|best way|method|steps?|instructions|"
    r"painless|quickest|tell me (?:how|where|what))\b",
    re.IGNORECASE,
)
_WEAPONS = re.compile(
    r"\b(?:bomb|explosive|gun|firearm|weapon|rifle|ammunition|poison|ricin|sarin|nerve agent|"
    r"grenade|molotov|knife attack|toxic gas|kill)\w*\b",
    re.IGNORECASE,
)


# Round cat309 (benchmarks/guard/cat309.py, CAT_RULE_309): a head's category is named only where
# its calibrated probability is at least this as well as its own threshold (chosen for recall,
# as low as 0.08): the common floor the train half's folds chose, out of fold, for precision at
# a point of recall or less.
CATEGORY_FLOOR = 0.3
# ... and only where the text gives it ground: harassment needs a person (one addressed, named
# by a pronoun or a word for people), self-harm the speaker (or the one told to) as its target
# or a self-harm word. The speaker's own "I" in a stated threat is the threatener, not a target.
_ANYONE = re.compile(
    r"\b(?:you|your|yours|yourself|yourselves|u|ur|ya|he|she|him|her|his|hers|they|them|their|"
    r"someone|somebody|people|person|guy|girl|man|woman|men|women|kids?|child(?:ren)?|family|"
    r"wife|husband|mother|mom|dad|father|friend|neighbou?r|boss|teacher|@\w+)\b",
    re.IGNORECASE,
)
_ONESELF = re.compile(
    r"\b(?:i|i'm|im|i've|i'd|i'll|me|my|myself|mine|yourself|yourselves|suicid\w*|"
    r"self[- ]?harm\w*|cutting|cutter|anorexi\w*|bulimi\w*|overdos\w*)\b",
    re.IGNORECASE,
)
_THREATENER = re.compile(r"\b(?:i|i'm|im|i'll|me|my)\b", re.IGNORECASE)


def ungrounded(text: str, named: set[str], threatens: bool) -> set[str]:
    """The categories of ``named`` that ``text`` gives no ground for (``_ANYONE``,
    ``_ONESELF``); ``threatens``: the text holds a stated threat."""
    out: set[str] = set()
    if not _ANYONE.search(text):
        out |= {c for c in named if c.partition("/")[0] == "harassment"}
    oneself = _ONESELF.search(_THREATENER.sub(" ", text) if threatens else text)
    if not oneself:
        out |= {c for c in named if c.partition("/")[0] == "self-harm"}
    return out


DERIVED: tuple[str, ...] = (
    "harassment/threatening",
    "self-harm/intent",
    "self-harm/instructions",
    "illicit/violent",
)


@dataclass(frozen=True, slots=True)
class Phrases:
    """Which of the derived categories' phrase patterns a text has."""

    threat: bool
    intent: bool
    how_to: bool
    weapons: bool


def threat(text: str) -> bool:
    return bool(_THREAT.search(text))


def phrases(text: str) -> Phrases:
    return Phrases(
        threat(text),
        bool(_INTENT.search(text)),
        bool(_HOW_TO.search(text)),
        bool(_WEAPONS.search(text)),
    )


def derived(heads: dict[str, float], found: Phrases) -> dict[str, float]:
    """The four categories without a head of their own (``DERIVED``), from the heads and the
    text's phrases."""
    self_harm = heads.get("self-harm", 0.0)
    return {
        "harassment/threatening": max(
            0.9 if found.threat else 0.0,
            min(heads.get("harassment", 0.0), heads.get("violence", 0.0)),
        ),
        "self-harm/intent": self_harm if found.intent else 0.5 * self_harm,
        "self-harm/instructions": self_harm if found.how_to else 0.25 * self_harm,
        "illicit/violent": heads.get("illicit", 0.0) if found.weapons else 0.0,
    }
