"""Which prompts the semantic cache's embedding model can read, asked of its own tokenizer.

all-MiniLM-L6-v2 was trained on English, and its WordPiece vocabulary (that of BERT uncased)
shows it. Every Chinese character of "这只股票应该买吗" (should I buy this stock?) and of
"这只股票应该卖吗" (... sell ...) becomes ``[UNK]``: both prompts reach the model as the same
ten tokens, so their vectors are equal and score 1.0000, and no threshold can part them.
Whatever differs inside ``[UNK]`` is not seen at all: "What does 😂 mean?" and "What does 😭
mean?" are one prompt to it too. Russian, Arabic, Hindi, Korean (after its syllables are split
into jamo) and Japanese kana are not unknown but spelled out a letter a token, a script the
vocabulary holds only as letters and the model never learned to read as words: their pairs
of different meaning score as high as English paraphrases (``benchmarks/cache_language.py``).

So a prompt gets a semantic lookup (and its entry a vector) only when the model's tokenizer
reads it, and otherwise exact hits only, with the miss's reason in ``x-minigate-cache-veto``:

- ``language``: a piece of it is ``[UNK]`` (one is enough: the difference may be all in it),
  or at least a third of its letters are in words the tokenizer spells out, a word of two or
  more characters cut into at least as many pieces as it has characters. English words are
  almost never cut that finely (an acronym is, now and then, hence a share and not "any");
  a multilingual model's vocabulary holds Chinese or Russian pieces, so the same rule lets its
  prompts through;
- ``length``: it is longer than the model's window (256 tokens for MiniLM): two prompts that
  differ only after it are one prompt to the model.

The rule reads the tokenizer of whatever model ``cache.semantic.embedding_model`` names
(``tokenizer.json`` in its folder); a model without one is read as before, trusted.

The built-in multilingual encoder (``use-multilingual-v3``, ``ScriptReader``) has no
``tokenizer.json`` but its own SentencePiece vocabulary, whose pieces the rule cannot count
the same way: Chinese, Japanese and Thai are written without spaces, so a whole sentence is
one "word" cut a character a piece, which is how that vocabulary reads them. Its prompts are
read by what it was trained on instead: every letter in the script of one of its 16 languages
(Latin, Cyrillic, Arabic, Han, kana, Hangul, Thai; Greek, Hebrew or Devanagari are not), and
no piece unknown to its tokenizer (a Vietnamese "ế", Tamil, ➰). It reads every token,
without a window, so it has no ``length``.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from tokenizers import Encoding, Tokenizer

from minigate.backends.multilingual import UNKNOWN_PIECE, MultilingualEncoder

log = logging.getLogger("minigate.cache")

Unread = Literal["language", "length"]
# At least this share of a prompt's letters in spelled-out words: the model reads it as letters.
SPELLED_SHARE = 1 / 3
_WINDOW_FILES = ("sentence_bert_config.json", "tokenizer_config.json")
# The scripts of USE Multilingual v3's 16 languages (ar, de, en, es, fr, it, ja, ko, nl, pl, pt,
# ru, th, tr, zh-cn, zh-tw), as words of a letter's Unicode name ("CJK UNIFIED IDEOGRAPH-4E00",
# "FULLWIDTH LATIN SMALL LETTER A", "IDEOGRAPHIC ITERATION MARK" for 々).
TRAINED_SCRIPTS = frozenset(
    {"LATIN", "CYRILLIC", "ARABIC", "CJK", "IDEOGRAPHIC", "HIRAGANA", "KATAKANA", "HANGUL", "THAI"}
)


class PromptReader(Protocol):
    """What the stage asks of a reader: why the model cannot read a prompt, if it cannot."""

    def unread(self, text: str) -> Unread | None: ...


@dataclass(frozen=True, slots=True)
class Reading:
    """What the tokenizer made of one prompt."""

    unknown: int  # pieces that are the unknown token
    letters: int
    spelled: int  # letters in words cut a character a piece
    tokens: int
    window: int

    @property
    def unread(self) -> Unread | None:
        if self.unknown or (self.letters and self.spelled >= SPELLED_SHARE * self.letters):
            return "language"
        return "length" if self.tokens > self.window else None


class Reader:
    """Reads prompts with an embedding model's tokenizer (a few tens of microseconds each)."""

    def __init__(self, tokenizer: Tokenizer, window: int) -> None:
        tokenizer.no_padding()
        tokenizer.no_truncation()
        self.tokenizer = tokenizer
        self.window = window
        self.unknown_id = _unknown_id(tokenizer)

    @classmethod
    def of_folder(cls, folder: Path) -> Reader | None:
        """The reader of a sentence-transformers model folder; None without a tokenizer.json."""
        path = folder / "tokenizer.json"
        if not path.is_file():
            return None
        tokenizer = Tokenizer.from_file(str(path))
        return cls(tokenizer, _window(folder, tokenizer))

    def unread(self, text: str) -> Unread | None:
        """Why the model cannot read ``text``; None when it can."""
        return self.read(text).unread

    def read(self, text: str) -> Reading:
        encoding = self.tokenizer.encode(text, add_special_tokens=True)
        unknown = encoding.ids.count(self.unknown_id) if self.unknown_id is not None else 0
        letters, spelled = _spelled_letters(text, encoding)
        return Reading(unknown, letters, spelled, len(encoding.ids), self.window)


def _spelled_letters(text: str, encoding: Encoding) -> tuple[int, int]:
    """(letters in ``text``, letters in words cut into a piece per character or finer)."""
    pieces: dict[int, list[tuple[int, int]]] = {}
    for word, span in zip(encoding.word_ids, encoding.offsets, strict=True):
        if word is not None:
            pieces.setdefault(word, []).append(span)
    spelled = 0
    for spans in pieces.values():
        start, end = spans[0][0], spans[-1][1]
        if end - start >= 2 and len(spans) >= end - start:
            spelled += sum(ch.isalpha() for ch in text[start:end])
    return sum(ch.isalpha() for ch in text), spelled


def _unknown_id(tokenizer: Tokenizer) -> int | None:
    model = json.loads(tokenizer.to_str()).get("model", {})
    token = model.get("unk_token")
    if isinstance(token, str):
        return tokenizer.token_to_id(token)
    if isinstance(model.get("unk_id"), int):  # a unigram (SentencePiece) model
        unk_id: int = model["unk_id"]
        return unk_id
    return None


def _window(folder: Path, tokenizer: Tokenizer) -> int:
    """The tokens the model reads: sentence-transformers' ``max_seq_length``, else the
    tokenizer's own limit."""
    for name in _WINDOW_FILES:
        path = folder / name
        if path.is_file():
            config = json.loads(path.read_text())
            for field in ("max_seq_length", "model_max_length"):
                value = config.get(field)
                if isinstance(value, int) and 0 < value < 1_000_000:
                    return value
    truncation = tokenizer.truncation
    return int(truncation["max_length"]) if truncation else 512


class ScriptReader:
    """Reads prompts for the multilingual encoder: letters of the scripts it was trained on,
    and no piece its SentencePiece vocabulary lacks (about 60 µs for a short question)."""

    def __init__(self, encoder: MultilingualEncoder) -> None:
        self.encoder = encoder

    def unread(self, text: str) -> Unread | None:
        """``language`` when a letter is of another script or a piece is unknown; else None."""
        if not all(_trained_script(ch) for ch in text if ch.isalpha()):
            return "language"
        return "language" if UNKNOWN_PIECE in self.encoder.pieces(text) else None


def _trained_script(letter: str) -> bool:
    return not TRAINED_SCRIPTS.isdisjoint(unicodedata.name(letter, "").replace("-", " ").split())
