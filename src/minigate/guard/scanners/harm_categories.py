"""OpenAI moderation's categories: which the classifier has a learned head for, and which are
derived from a head and a phrase pattern.

Heads were fitted on labelled data (``harm.json``: OpenAI's moderation samples for sexual,
hate, violence, harassment, self-harm and their sub-categories, AdvBench for illicit). No
labelled set here separates threats from other harassment, or intent from instructions in
self-harm, so those four are a head's score gated by a pattern: "I will kill you" is a threat
whatever the harassment head says, and "how do I..." turns self-harm into instructions.

Round fifty-six (``benchmarks/guard/cat129.py``): the self-harm head reads "kill", "die" and
"end" as much as the person they fall on, so "I am going to kill you" was named ``self-harm``
beside the threat, and a threat the stated-threat pattern does not read ("I'm gonna find you
and make you bleed") was named by whichever heads passed, often ``self-harm`` alone. Naming
(``name``, on a flagged text only; it never flags) reads who the harm falls on: a threat
against another person (``_AT_OTHER``: the speaker's harm aimed at "you", him, her, them or
someone's people) is ``harassment/threatening`` and ``violence`` and no self-harm category,
unless the text also reads reflexively (``_REFLEXIVE``: myself, my life, end it all,
suicide...); a reflexive text keeps its self-harm category, and gets ``self-harm`` where no
head named it.
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


# Naming only (round fifty-six): the speaker's harm aimed at another person. Wider than
# ``_THREAT`` (which flags by itself): it reads only who a flagged text's harm falls on.
_TARGET = (
    r"(?:(?:you|u|ya|him|her|them|ur|your|his|their)\b|every one of them|the (?:bitch|"
    r"bastard)|my (?:boss|landlord|neighbou?r|ex|teacher|wife|husband|brother|sister|"
    r"stepdad|stepfather|dad|mum|mom|father|mother|roommate|flatmate|coworker|colleague)s?\b)"
)
_VIOLENT = (
    r"(?:kill|murder|hurt|harm|shoot|stab|beat|batter|rape|burn|strangle|choke|slit|cut|"
    r"slaughter|end|destroy|break|smash|bash|punch|cripple|maim|torture|poison|bury|drown|"
    r"hang|gut|knife|skin|hunt|find|get|come (?:for|after)|put a bullet in)"
)
# what the speaker will make of the person: "make you bleed", "put him in the hospital"
_OUTCOME = (
    r"(?:make|put|leave|set)\s+" + _TARGET + r"\s+(?:\w+\s+)?(?:bleed|suffer|pay|disappear|"
    r"regret|in (?:the|a) (?:hospital|grave|ground|morgue|wheelchair)|on fire)"
)
_AT_OTHER = re.compile(
    r"\b(?:i|we)(?:'m|'ll|'d| am| are| will| would| shall| gonna| swear| promise)?\b"
    r"[^.!?\n]{0,50}?\b(?:" + _VIOLENT + r"\w*\s+(?:\w+\s+){0,2}?" + _TARGET + "|" + _OUTCOME + ")"
    r"|\b(?:you(?:'re| are)|ur) (?:a )?dead(?: man| meat| woman)?\b"
    r"|\byou(?:'ll| will| are going to| are gonna|'re going to|'re gonna) (?:\w+ )?"
    r"(?:die|bleed|suffer|pay|regret)\b"
    r"|\b(?:will be (?:your|his|her|their) last|watch what happens|start looking behind|"
    r"stop feeling safe)\b"
    r"|\b(?:watch your back|sleep with one eye open|i know where you live|won't be safe|"
    r"(?:or|and) (?:they|you|he|she) (?:get|will get|gets) hurt)\b",
    re.IGNORECASE,
)
# Cheap mode only (round fifty-six): a stated threat against another person that the n-gram
# gate may miss, flagged where no embedding model reads the text (the full mode's flags are
# its gates'). The speaker, a future or a wish, a violent verb that leaves no figurative
# reading, then the person; a game, a match, a story or a joke lets it go (``_PLAY``).
_HARD = (
    r"(?:kill|murder|stab|shoot|strangle|choke|rape|slaughter|butcher|behead|torture|maim|"
    r"cripple|hurt|harm|knife|gut|bury|drown|slit|slash|end|kidnap|run (?:\w+ )?over|"
    r"put a bullet in|put (?:a|my) knife in|"
    r"(?:beat|kick|smash|bash|cave) (?:the (?:shit|hell|life) out of|\w+ (?:head|skull|face|"
    r"teeth) in))"
)
# the speaker and a future or a wish: "I'll", "I am going to", "im gonna", "we swear we will"
_WILL = (
    r"\b(?:(?:i|we|im)(?:'m| am|'re| are)? ?(?:'ll| will| shall| gonna| going to| gon na|"
    r" swear (?:i|we)(?:'ll| will)| promise (?:i|we)(?:'ll| will)| want to| wanna| am going to|"
    r" are going to|'ll make sure (?:i|we))|ill|ima|i'ma)\s+"
)
# the person: _TARGET, or a person word after a determiner ("that referee", "the guy who...")
_PERSON_WORD = (
    r"(?:" + _TARGET + r"|(?:the|that|this|my|our|his|her|your|their) (?:\w+ )?(?:guy|man|woman|"
    r"girl|boy|kid|lady|dude|bitch|bastard|referee|ref|manager|supervisor|boss|teacher|"
    r"neighbou?r|landlord|coworker|co-worker|colleague|ex|wife|husband|partner|brother|sister|"
    r"son|daughter|kids?|children|family|mother|father|mum|mom|dad|roommate|flatmate|"
    r"stepdad|stepfather|cousin|uncle|witness|judge|cop|officer|driver|client|customer|"
    r"student|classmate|coach|players?|fans?|people)\b)"
)
# words between, none a negation: "I'll come over with a bat and break..."
_GAP = r"(?:(?!never\b|not\b|no\b|nobody\b|don'?t\b|won'?t\b)\w+[,\s]+){0,%d}?"
_STATED = re.compile(
    _WILL
    + _GAP % 2
    + _HARD
    + r"\w*\s+(?:\w+\s+){0,2}?"
    + _PERSON_WORD
    + "|"
    + _WILL
    + _GAP % 7
    + r"(?:break (?:every bone in|(?:both |all )?(?:\w+ )?(?:legs?|arms?|knees?|kneecaps?|neck|jaw|"
    r"skull|bones?|fingers?))|burn \w+ (?:alive|house|flat|home|car)|set \w+ (?:\w+ )?on fire|"
    r"cut \w+ (?:up|open|throat)|make \w+ bleed|choke the life|hunt \w+ down and|smash "
    r"(?:his|her|your|their|ur) (?:head|skull|face|teeth)|put (?:him|her|you|them) in (?:the|a) "
    r"(?:hospital|grave|ground|morgue|wheelchair))"
    r"|\b(?:you(?:'re| are)|ur) (?:a )?dead (?:man|woman|meat)\b"
    # what will befall the person: "he won't walk out of there", "leave on a stretcher"
    r"|\b(?:you|he|she|they|u)(?:'ll| will| won'?t| wont| will not| are going to| is going to|"
    r"'re going to|'s going to| gonna) (?:\w+ )?(?:walk (?:out|home|away) (?:of|from)?|leave on "
    r"a stretcher|be found dead|end up (?:dead|in (?:the|a) (?:hospital|morgue|grave|ditch|"
    r"river))|be (?:breathing|walking|alive) (?:by|for|much)|be eating through a straw)"
    r"|\b(?:nobody|no one|none of (?:you|them))\b[^.!?\n]{0,30}\b(?:walk|walking|get|getting|"
    r"make|making|come|coming) (?:out|it out|home) alive\b"
    r"|\bwaiting\b[^.!?\n]{0,40}\bwith (?:a |my |some )?(?:bats?|knife|knives|gun|guns|rifle|"
    r"pistol|crowbar|hammer|machete)\b",
    re.IGNORECASE,
)
_PLAY = re.compile(
    r"\b(?:at|in|on) (?:\w+ ){0,2}(?:game|games|match|chess|cards|poker|mario|kart|fifa|"
    r"fortnite|minecraft|tournament|race|quiz|trivia|debate|scrabble|monopoly|league|"
    r"tennis|golf|pool|darts|ping pong|bowling|karaoke|court|board)\b"
    r"|\b(?:rematch|novel|story|film|movie|script|character|villain|scene|lyrics|song|joke|"
    r"joking|kidding|lol|haha|metaphor|idiom|phrase|saying|process|tickle|hug|kisses|laughing|"
    r"with kindness|mean|means|meaning|should i|texted me|told me|said to me|sent me|"
    r"threatened)\b",
    re.IGNORECASE,
)
# Naming only: harm the speaker aims at themself.
_REFLEXIVE = re.compile(
    r"\b(?:myself|my (?:own )?life|my wrists?|end(?:ing)? it(?: all)?\b|suicid\w*|"
    r"want(?:ed)? to die|wish i (?:was|were) dead|better off (?:dead|without me)|"
    r"(?:don't|do not) want to (?:be alive|live)|(?:never|not) wake up|"
    r"i(?:'m| am) gone|when i'm gone|take all (?:of )?my pills|overdose)",
    re.IGNORECASE,
)
SELF_HARM: frozenset[str] = frozenset({"self-harm", "self-harm/intent", "self-harm/instructions"})
THREATENING: frozenset[str] = frozenset({"harassment/threatening", "violence"})


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


@dataclass(frozen=True, slots=True)
class Aim:
    """Who a flagged text's harm falls on (round fifty-six; read only to name it)."""

    at_other: bool  # another person: ``_AT_OTHER`` or ``_STATED``
    reflexive: bool  # the speaker: ``_REFLEXIVE``


def aim(text: str) -> Aim:
    return Aim(bool(_STATED.search(text) or _AT_OTHER.search(text)), bool(_REFLEXIVE.search(text)))


def stated(text: str) -> bool:
    """A stated threat against another person, for the cheap mode's flag: ``_STATED``, with
    neither a reflexive reading nor a game, a story or a report of it (``_PLAY``)."""
    return bool(_STATED.search(text) and not _REFLEXIVE.search(text) and not _PLAY.search(text))


def name(passed: set[str], found: Aim) -> set[str]:
    """The categories a flagged text is named by (round fifty-six): a threat against another
    person is ``harassment/threatening`` and ``violence`` and, unless the text also reads
    reflexively, no self-harm category; a reflexive text has at least ``self-harm``."""
    named = set(passed)
    if found.at_other:
        named |= THREATENING
        if not found.reflexive:
            named -= SELF_HARM
    if found.reflexive and not named & SELF_HARM:
        named.add("self-harm")
    return named


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
