"""A lexical veto on semantic hits: two prompts close in embedding, opposite in meaning.

Sentence embeddings place "Is it safe to ...?" and "Is it not safe to ...?" at cosine 0.99,
closer than most true paraphrases, so no threshold separates them. The words do: before a
cached answer is served for a paraphrase, the two prompts' words are compared, and the hit is
refused when they differ by

- ``number``: the numbers they contain (30 vs 31 weeks, 100 vs 1,000 USD);
- ``negation``: one negates and the other does not (not, n't, never, without, nicht, pas,
  不 ...), or one has an un-/in-/dis- form of a word the other has (safe / unsafe);
- ``antonym``: one has a word of a short list of opposites and the other its opposite
  (safe / dangerous, buy / sell, before / after);
- ``order``: the names, codes and numbers they share appear in another order (100 USD to
  EUR / 100 EUR to USD), or "X to Y" in one is "Y to X" in the other.

Refusing costs a cache miss; serving costs a wrong answer: where a rule is unsure it refuses.
It is word lists, not understanding: benchmarks/cache.py measures what it refuses, and
docs/cache.md says what it cannot see.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

Veto = Literal["number", "negation", "antonym", "order"]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|\d+(?:[.,]\d+)*|[^\W\d_{_CJK}]+(?:'[^\W\d_{_CJK}]+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_SENTENCE_END = ".!?:;\"'«“¿¡"

_NEGATIONS = frozenset(
    {
        # English ("n't" is read off the end of a word)
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "nowhere",
        "neither",
        "nor",
        "cannot",
        "without",
        # German
        "nicht",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "keines",
        "nie",
        "niemals",
        "nichts",
        "niemand",
        "ohne",
        # French ("n'" is read off the start of a word)
        "ne",
        "pas",
        "jamais",
        "rien",
        "aucun",
        "aucune",
        "sans",
        # Spanish, Italian ("no" is English's; Spanish "sin" is left out: it is English sin)
        "nunca",
        "nada",
        "nadie",
        "ninguno",
        "ninguna",
        "ningún",
        "jamás",
        "tampoco",
        "non",
    }
)
# Prefixes that negate the word they precede when the other prompt has that word bare.
_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")
# Chinese has no spaces: the characters that negate, once the words that merely contain one
# are taken out (非常 "very", 未来 "future", 不过 "but", 无论 "no matter"...), and the
# A-not-A question (是不是, 能不能: "is it or not?"), which asks rather than negates.
_ZH_NEGATIONS = frozenset("不没沒无無非未勿")
_ZH_NOT_NEGATING = re.compile(
    r"非常|未来|未來|不过|不過|无论|無論|不管|不仅|不僅|不但|除非|莫非|(.)[不没沒]\1"
)

# Opposites whose swap reverses an answer, kept short: safety and truth, quantity and
# direction, time order, trade and transfer, outcome. A word's plain inflections count as
# the word (sell, sells, selling); irregular forms are pairs of their own.
_ANTONYMS = (
    ("safe", "dangerous"),
    ("safe", "harmful"),
    ("true", "false"),
    ("right", "wrong"),
    ("correct", "wrong"),
    ("good", "bad"),
    ("better", "worse"),
    ("best", "worst"),
    ("increase", "decrease"),
    ("more", "less"),
    ("more", "fewer"),
    ("most", "least"),
    ("max", "min"),
    ("maximum", "minimum"),
    ("high", "low"),
    ("higher", "lower"),
    ("highest", "lowest"),
    ("above", "below"),
    ("over", "under"),
    ("up", "down"),
    ("before", "after"),
    ("earlier", "later"),
    ("first", "last"),
    ("start", "stop"),
    ("buy", "sell"),
    ("bought", "sold"),
    ("import", "export"),
    ("upload", "download"),
    ("add", "remove"),
    ("enable", "disable"),
    ("allow", "forbid"),
    ("accept", "reject"),
    ("include", "exclude"),
    ("win", "lose"),
    ("won", "lost"),
    ("gain", "lose"),
    ("pass", "fail"),
    ("positive", "negative"),
    ("cheap", "expensive"),
    ("hot", "cold"),
    ("love", "hate"),
)
_ZH_ANTONYMS = (
    ("安全", "危险"),
    ("安全", "危險"),
    ("真", "假"),
    ("好", "坏"),
    ("好", "壞"),
    ("增加", "减少"),
    ("买", "卖"),
    ("買", "賣"),
    ("之前", "之后"),
    ("以前", "以后"),
    ("最大", "最小"),
    ("最高", "最低"),
    ("上涨", "下跌"),
    ("赢", "输"),
)
# Words an ordered pair is read around: "X to Y", "X into Y".
_DIRECTED = frozenset({"to", "into"})


def _forms(word: str) -> set[str]:
    stem = word[:-1] if word.endswith("e") else word
    return {word, word + "s", word + "es", stem + "ed", stem + "ing", word + "d"}


def _antonym_index() -> dict[str, set[int]]:
    """Each form of each listed word, and the ids of the sides it is on (pair id * 2 + side)."""
    index: dict[str, set[int]] = {}
    for i, pair in enumerate(_ANTONYMS):
        for side, word in enumerate(pair):
            for form in _forms(word):
                index.setdefault(form, set()).add(2 * i + side)
    return index


_ANTONYM_SIDES = _antonym_index()


@dataclass(frozen=True, slots=True)
class Words:
    """What the veto reads of one prompt."""

    words: tuple[str, ...]  # lower-case; a CJK character is a word of its own
    salient: frozenset[str]  # numbers, codes and capitalised words, lower-cased
    numbers: Counter[str]
    negated: bool
    text: str


def read(text: str) -> Words:
    """The words of ``text`` as the veto compares them."""
    text = text.replace("\u2019", "'")  # a typographic apostrophe is a plain one
    words: list[str] = []
    salient: set[str] = set()
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.endswith("'s"):
            token = token[:-2]
        word = token.lower()
        words.append(word)
        if token[0].isdigit() or _is_name(token, text[: match.start()]):
            salient.add(word)
    numbers = Counter(_number(w) for w in words if w[0].isdigit())
    negated = any(_negates(w) for w in words) or _zh_negated(text)
    return Words(tuple(words), frozenset(salient), numbers, negated, text)


def _is_name(token: str, before: str) -> bool:
    """A code (USD) anywhere, or a capitalised word that does not open a sentence."""
    if len(token) > 1 and token.isupper():
        return True
    before = before.rstrip()
    return token != "I" and token[0].isupper() and bool(before) and before[-1] not in _SENTENCE_END


def _number(word: str) -> str:
    return word.replace(",", "") if _THOUSANDS.fullmatch(word) else word


def _negates(word: str) -> bool:
    return word in _NEGATIONS or word.endswith("n't") or word.startswith("n'")


def _zh_negated(text: str) -> bool:
    return any(c in _ZH_NEGATIONS for c in _ZH_NOT_NEGATING.sub("", text))


def veto(cached: str, new: str) -> Veto | None:
    """Why the answer cached for the prompt ``cached`` must not be served for ``new``."""
    a, b = read(cached), read(new)
    if a.numbers != b.numbers:
        return "number"
    if a.negated != b.negated or _prefix_negated(a, b) or _prefix_negated(b, a):
        return "negation"
    if _opposed(a, b):
        return "antonym"
    if _reordered(a, b):
        return "order"
    return None


def _prefix_negated(a: Words, b: Words) -> bool:
    """``b`` has un-/in-/dis-<w> where ``a`` has <w> (safe / unsafe), and neither has both."""
    ours, theirs = set(a.words), set(b.words)
    for word in theirs - ours:
        for prefix in _NEGATING_PREFIXES:
            bare = word[len(prefix) :]
            if word.startswith(prefix) and len(bare) >= 3 and bare in ours - theirs:
                return True
    return False


def _opposed(a: Words, b: Words) -> bool:
    """One prompt has one side of a listed pair and the other its other side, alone."""
    sides_a, sides_b = _sides(a), _sides(b)
    only_a, only_b = sides_a - sides_b, sides_b - sides_a
    return any(side ^ 1 in only_b for side in only_a)


def _sides(words: Words) -> set[int]:
    sides = {s for w in words.words for s in _ANTONYM_SIDES.get(w, ())}
    for i, pair in enumerate(_ZH_ANTONYMS):
        sides |= {2 * (len(_ANTONYMS) + i) + side for side, w in enumerate(pair) if w in words.text}
    return sides


def _reordered(a: Words, b: Words) -> bool:
    """The names, codes and numbers both prompts have come in another order, or one says
    "X to Y" where the other says "Y to X"."""
    shared = (a.salient | b.salient) & set(a.words) & set(b.words)
    if len(shared) > 1 and _sequence(a, shared) != _sequence(b, shared):
        return True
    pairs_b = _directed(b)
    return any((y, x) in pairs_b for x, y in _directed(a) if x != y)


def _sequence(words: Words, keep: set[str] | frozenset[str]) -> list[str]:
    return list(dict.fromkeys(w for w in words.words if w in keep))


def _directed(words: Words) -> set[tuple[str, str]]:
    w = words.words
    return {(w[i - 1], w[i + 1]) for i in range(1, len(w) - 1) if w[i] in _DIRECTED}
