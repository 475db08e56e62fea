"""Phrases that prompt injections and jailbreaks use, in English, German and Chinese (plus the
few other languages that showed up in public attack sets).

Each pattern has a name (what a verdict's reason says) and a weight: how sure a match alone
makes us. Instruction overrides and prompt-leak requests are rarely innocent (0.9); role play
and "new task" markers also open many benign prompts ("act as a tutor"), so they weigh less.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    weight: float
    regex: re.Pattern[str]


def _p(name: str, weight: float, *alternatives: str, flags: int = re.IGNORECASE) -> Pattern:
    return Pattern(name, weight, re.compile("|".join(f"(?:{a})" for a in alternatives), flags))


_PREVIOUS_EN = r"(?:previous|prior|above|preceding|earlier|initial|original|all|any|your|the)"
_RULES_EN = r"(?:instructions?|directions?|rules|prompts?|orders|commands|guidelines|tasks?)"

PATTERNS: tuple[Pattern, ...] = (
    _p(
        "instruction override",
        0.9,
        rf"\b(?:ignore|disregard|forget|abandon|skip|overlook|bypass)\b[^.!?\n]{{0,30}}"
        rf"\b{_PREVIOUS_EN}\b[^.!?\n]{{0,20}}\b(?:{_RULES_EN}|information|everything|said)\b",
        r"\b(?:forget|ignore|disregard)\s+(?:about\s+)?(?:everything|all|that|the above|what)\b",
        r"\b(?:change|override|new)\s+(?:your\s+)?instructions\b",
        r"\bdespite what you(?:'ve| have) been told\b",
        # German
        r"\b(?:vergiss|vergessen sie|ignoriere|ignorieren sie|missachte|höre? nicht auf)\b"
        r"[^.!?\n]{0,40}\b(?:alle|alles|vorherigen?|bisherigen?|obigen?|anweisungen|befehle|"
        r"aufträge|instruktionen|gesagte|davor|zuvor)\b",
        r"\babweichend zu (?:den )?vorherigen\b",
        r"\b(?:die )?obigen ausführungen ignorieren\b",
        # French, Spanish, Russian, Croatian: the few other languages in public attack sets
        r"\boubliez (?:toutes? )?(?:les |vos )?instructions\b",
        r"\bolvid[ae] todo\b",
        r"забудьте (?:все|всё)",
        r"\bzaboravi sve\b",
        # Chinese has no word boundaries
        r"(?:忽略|无视|忘记|忘掉|不要理会)(?:之前|以上|上面|前面|所有|全部|你的)?(?:的)?"
        r"(?:所有|全部)?(?:指令|指示|说明|规则|提示|内容|要求)",
    ),
    _p(
        "prompt leak",
        0.9,
        r"\b(?:reveal|show|print|repeat|output|display|tell me|give me|return)\b[^.!?\n]{0,25}"
        r"\b(?:system prompt|(?:your|the|initial|original|full|hidden)\s+(?:prompt|instructions)"
        r"|prompt ?texts?|embeddings)\b",
        r"\bsystem prompt\b",
        r"\bwhat (?:are|were|is) your (?:initial |original )?instructions\b",
        r"\bwhat (?:was|is) written (?:at the beginning|above|before)\b",
        r"\bzeige?\b[^.!?\n]{0,25}\bprompt",
        r"(?:显示|输出|告诉我|重复)(?:你的)?(?:系统)?(?:提示词?|指令)",
    ),
    _p(
        "jailbreak persona",
        0.9,
        r"\bdo anything now\b",
        r"\b(?:developer|god|jailbreak|dan) mode\b",
        r"\bjailbr(?:eak|oken)\b",
        r"\b(?:without|no|free of)\s+(?:any\s+)?(?:restrictions|filters|limitations|censorship|"
        r"rules)\b",
        r"\b(?:evil|unfiltered|uncensored) (?:ai|assistant|model|chatbot)\b",
        r"(?:开发者模式|越狱|不受限制)",
    ),
    _p("DAN", 0.9, r"\bDAN\b", flags=0),
    _p(
        "role play",
        0.6,
        r"\b(?:you are now|from now on,? you|pretend (?:to be|you are|you can|that)|"
        r"(?:i want you to |please )?act as|stay in (?:character|role)|imagine you are)\b",
        r"\b(?:du bist jetzt|jetzt bist du|nun bist du|ab jetzt bist du|tu so,? als)\b",
        r"\bals [\w-]+ (?:fungieren|auftreten|agieren)\b",
        r"(?:你现在是|假装你是|扮演)",
    ),
    _p(
        "new task marker",
        0.6,
        r"\bnow (?:new|further|a few more) (?:tasks|instructions)\b",
        r"\b(?:new|next|second) (?:task|instructions|test)\b[^.!?\n]{0,20}(?::|follow)",
        r"\bneue (?:aufgaben?|anweisungen)\b",
        r"\bnot (?:by|according to) the (?:articles|(?:provided )?documents)\b",
        r"\bdo not (?:look in|use) the documents\b",
        r"\bsay (?:that )?you hate\b",
        r"(?:新的任务|新指令)",
    ),
    _p(
        "obfuscation",
        0.6,
        r"\bbase64\b|\brot13\b",
        r"[A-Za-z0-9+/]{40,}={0,2}",
        r"(?:\b\w\b ){6,}",  # s a y t h a t: letters spaced to dodge word filters
        r"={4,}\s*end\b",
        r"^\s*(?:human|assistant|system)\s*:",
    ),
)


def fired(text: str) -> list[Pattern]:
    """The patterns that match ``text``, strongest first."""
    return sorted((p for p in PATTERNS if p.regex.search(text)), key=lambda p: -p.weight)


def heuristic_score(patterns: list[Pattern]) -> float:
    """Independent evidence adds up: 1 - prod(1 - w)."""
    miss = 1.0
    for pattern in patterns:
        miss *= 1.0 - pattern.weight
    return 1.0 - miss
