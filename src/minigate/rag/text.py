"""Tokens, sentences and words, for English and Chinese alike.

Chinese has no spaces between words, so "tokens" are counted per character for CJK text and
per word or punctuation mark otherwise: close to what a WordPiece embedding model sees (it
splits CJK text into single characters, too). Search words for BM25 come from jieba for CJK
runs and from lower-cased words elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, cast

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
_TOKEN = re.compile(rf"[{CJK}]|[^\W{CJK}]+|[^\w\s]", re.UNICODE)
_CJK_RUN = re.compile(rf"[{CJK}]+")
_WORD = re.compile(rf"[^\W_{CJK}]+", re.UNICODE)
# A sentence ends after . ! ? (and a closing quote or bracket) followed by space, or right after
# the Chinese full stops (with no space needed; NFKC turns the full-width ones into !?;).
_ZH_STOPS = "\u3002\uff01\uff1f\uff1b"  # full stop, exclamation, question mark, semicolon
_ZH_CLOSERS = "\u201d\u2019\u300d\u300f\uff09"  # closing quotes and bracket
_SENTENCE_END = re.compile(
    rf"(?<=[.!?])[\"')\]]*\s+|(?<=[{_ZH_STOPS}])[{_ZH_CLOSERS}]*|(?<=[{CJK}][!?;])"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    "a an and are as at be but by for from has have he her his i in is it its of on or she "
    "that the their them they this to was were what when where which who whom why will with "
    "you your do does did how"
)
ZH_STOPWORDS = _words(
    "的 了 是 在 和 与 及 或 也 就 都 而 之 其 这 那 有 被 把 对 为 中 上 吗 呢 吧 啊 "
    "什么 哪 哪个 哪些 谁 多少 怎么 如何"
)


def count_tokens(text: str) -> int:
    return sum(1 for _ in _TOKEN.finditer(text))


def token_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each token, for cutting an over-long sentence."""
    for match in _TOKEN.finditer(text):
        yield match.start(), match.end()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, surrounding space excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        _add_stripped(spans, text, start, match.end())
        start = match.end()
    _add_stripped(spans, text, start, len(text))
    return spans


def _add_stripped(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    if piece.strip():
        start += len(piece) - len(piece.lstrip())
        spans.append((start, start + len(piece.strip())))


def is_cjk(text: str, share: float = 0.3) -> bool:
    letters = [c for c in text if not c.isspace()]
    return bool(letters) and sum(bool(_CJK_RUN.match(c)) for c in letters) / len(letters) >= share


def normalise(text: str) -> str:
    """NFKC: PDFs map CJK characters to compatibility code points; full-width Latin too."""
    return unicodedata.normalize("NFKC", text)


@cache
def _jieba() -> Any:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@cache
def stemmer(language: str) -> Callable[[list[str]], list[str]]:
    """A Snowball stemmer (PyStemmer), e.g. for "english": "universities" -> "universiti"."""
    import Stemmer

    return cast("Callable[[list[str]], list[str]]", Stemmer.Stemmer(language).stemWords)


def search_words(text: str, stem: str | None = None) -> list[str]:
    """The words BM25 indexes: jieba words for CJK runs, lower-cased words elsewhere, those
    stemmed with the Snowball stemmer for the language ``stem`` names (None: as written)."""
    words: list[str] = []
    text = normalise(text).lower()
    position = 0
    for run in _CJK_RUN.finditer(text):
        words += _latin_words(text[position : run.start()], stem)
        words += [
            w for w in _jieba().lcut_for_search(run.group()) if w.strip() and w not in ZH_STOPWORDS
        ]
        position = run.end()
    words += _latin_words(text[position:], stem)
    return words


def _latin_words(text: str, stem: str | None) -> list[str]:
    words = [w for w in _WORD.findall(text) if w not in STOPWORDS]
    return stemmer(stem)(words) if stem and words else words
