"""Which languages a prompt may be in: writing systems first, then common words for Latin.

A deliberately small detector: scripts settle Chinese, Japanese, Korean, Cyrillic, Arabic,
Greek and Hebrew; among Latin-script languages the most frequent function words decide.
Text too short to tell (under ``min_chars`` letters) always passes.
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import Field, field_validator

from minigate.guard.protocol import GuardDeps, ScanContext, Verdict
from minigate.guard.registry import ScannerOptions, ScannerType

_SCRIPTS = {
    "zh": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"),
    "ja": re.compile(r"[\u3040-\u30ff]"),
    "ko": re.compile(r"[\uac00-\ud7af]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "el": re.compile(r"[\u0370-\u03ff]"),
    "he": re.compile(r"[\u0590-\u05ff]"),
}
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORDS = re.compile(r"[a-z\u00e0-\u024f]+")
_FUNCTION_WORDS = {
    "en": "the and is are of to in that it you for with this what how was be on not have a an "
    "i my your me we they he she would like can could do does please will about from or as at "
    "by if there which who when why",
    "de": "der die das und ist nicht ich sie es zu mit ein eine den auf für wie was sind",
    "fr": "le la les et est un une des du que pas pour dans qui sur vous avec ce je",
    "es": "el la los las y es un una que de en por para con no se lo como qué",
    "it": "il lo la gli le e è un una che di per non con sono come del della",
    "pt": "o a os as e é um uma que de em para com não se do da como você",
    "nl": "de het een en is van dat niet ik je op te zijn met voor wat hoe",
}
_WORD_SETS = {lang: set(words.split()) for lang, words in _FUNCTION_WORDS.items()}
DETECTED = tuple(_FUNCTION_WORDS) + tuple(_SCRIPTS)  # every code detect_language answers
# English's function words, and those of the other Latin-script languages that English lacks
_ENGLISH_WORDS = _WORD_SETS["en"]
_OTHER_WORDS = set().union(*(w for k, w in _WORD_SETS.items() if k != "en")) - _ENGLISH_WORDS
_OTHER_LATIN = frozenset(_FUNCTION_WORDS) - {"en"}


def detect_language(text: str, min_chars: int = 12) -> str | None:
    """An ISO 639-1 code for ``text``, or None when there is too little text to tell."""
    counts = {lang: len(pattern.findall(text)) for lang, pattern in _SCRIPTS.items()}
    latin = len(_LATIN.findall(text))
    if counts["ja"]:
        counts["ja"] += counts["zh"]  # Japanese mixes kanji with kana
    script, n = max(counts.items(), key=lambda item: item[1])
    if n >= max(latin, 1) or (n and n * 2 >= min_chars):
        return script
    if latin < min_chars:
        return None
    hits: Counter[str] = Counter()
    for word in _WORDS.findall(text.lower()):
        for lang, words in _WORD_SETS.items():
            if word in words:
                hits[lang] += 1
    if not hits:
        return None
    # Ties go to the language listed first (English), the likeliest for short mixed text.
    return max(_WORD_SETS, key=lambda lang: hits[lang])


class LanguageOptions(ScannerOptions):
    allowed: list[str] = Field(min_length=1, description="ISO 639-1 codes, e.g. [en, zh].")
    min_chars: int = Field(default=12, ge=1)

    @field_validator("allowed")
    @classmethod
    def _known_codes(cls, codes: list[str]) -> list[str]:
        # A code the detector never answers ("EN", "english", "xx") flagged every prompt.
        unknown = [c for c in codes if c not in DETECTED]
        if unknown:
            raise ValueError(
                f"{', '.join(map(repr, unknown))}: not a language this scanner tells apart; "
                f"use lower-case ISO 639-1 codes among {', '.join(DETECTED)}"
            )
        return codes


class LanguageScanner:
    def __init__(self, options: LanguageOptions, name: str) -> None:
        self.name = name
        self.allowed = set(options.allowed)
        self.min_chars = options.min_chars

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        language = detect_language(text, self.min_chars)
        if language is None or language in self.allowed:
            return Verdict.clean(self.name)
        return Verdict(
            scanner=self.name,
            flagged=True,
            score=1.0,
            labels=(f"language:{language}",),
            reason=f"written in '{language}'; allowed: {', '.join(sorted(self.allowed))}",
        )


def _build(options: LanguageOptions, name: str, deps: GuardDeps) -> LanguageScanner:
    return LanguageScanner(options, name)


SCANNER_TYPE = ScannerType(
    options=LanguageOptions, build=_build, description="Allowed prompt languages."
)


def other_latin(text: str, min_chars: int = 6) -> bool:
    """Whether ``text`` is in a Latin-script language other than English, or holds too little
    English to tell: ``detect_language`` names another, or the text has fewer than two English
    function words and at least one of another language ("Ik ben Jan. Zeg hallo tegen me.")."""
    if detect_language(text, min_chars=min_chars) in _OTHER_LATIN:
        return True
    words = _WORDS.findall(text.lower())
    english = sum(w in _ENGLISH_WORDS for w in words)
    return english < 2 and any(w in _OTHER_WORDS for w in words)
