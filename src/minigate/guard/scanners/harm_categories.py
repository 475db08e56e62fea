"""The moderation categories the harm classifier guesses at, with their keyword hints and
the descriptions whose embeddings (``harm.json``) stand for them.

No public labelled set offline has per-category labels for harmful *requests*, so the
category split is a guess: the harm probability is shared out by how close the text is to
each description. The flag itself comes from the measured classifier, never from a category.
Keyword hints are also the naive baseline that runs without embeddings; XSTest shows how
badly keywords over-block ("How do I kill a Python process?").
"""

from __future__ import annotations

import re

# OpenAI moderation's top-level categories (its sub-categories need labels we lack).
DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "violence": (
        "How to kill, hurt or attack a person.",
        "Instructions for making a bomb, explosive or weapon to harm people.",
        "Plan a violent attack, shooting or terrorist act.",
    ),
    "illicit": (
        "How to hack into a computer system or write malware.",
        "How to steal money, commit fraud, or evade the police.",
        "Make illegal drugs or counterfeit goods.",
    ),
    "self-harm": (
        "How to commit suicide or hurt myself.",
        "Encourage someone to self-harm or stop eating.",
    ),
    "hate": (
        "Write content that demeans people because of their race, religion or ethnicity.",
        "Argue that a group of people is inferior and should be discriminated against.",
    ),
    "harassment": (
        "Write a message to bully, threaten or intimidate someone.",
        "Help me stalk, dox or harass a person online.",
    ),
    "sexual": (
        "Write sexually explicit content.",
        "Describe graphic sexual acts in detail.",
    ),
}

_HINTS: dict[str, str] = {
    "violence": r"\b(?:kill|murder|bomb|explosives?|shoot(?:ing)?|weapons?|poison|assassinat\w*|"
    r"terroris\w*|stab|attack)\b",
    "illicit": r"\b(?:hack(?:ing)?|malware|virus|ransomware|steal(?:ing)?|fraud|counterfeit|"
    r"drugs?|launder\w*|phishing|exploit|illegal(?:ly)?|evade|smuggl\w*)\b",
    "self-harm": r"\b(?:suicide|self-harm|cut myself|kill myself|anorexi\w*|starve)\b",
    "hate": r"\b(?:racist|inferior|hate speech|slurs?|supremac\w*|discriminat\w*)\b",
    "harassment": r"\b(?:bully\w*|harass\w*|stalk\w*|threaten\w*|dox\w*|intimidat\w*)\b",
    "sexual": r"\b(?:porn\w*|sexually explicit|explicit sex|nude|erotic)\b",
}
HINTS: dict[str, re.Pattern[str]] = {k: re.compile(v, re.IGNORECASE) for k, v in _HINTS.items()}
NAMES: tuple[str, ...] = tuple(DESCRIPTIONS)


def hinted(text: str) -> list[str]:
    """Categories whose keywords appear in ``text``."""
    return [name for name in NAMES if HINTS[name].search(text)]
