"""Cutting a document's blocks into chunks of about ``max_tokens`` tokens, with overlap.

A chunk never crosses a heading or a page, it ends at a paragraph break when one falls in its
second half, and otherwise at a sentence end; only a sentence longer than a whole chunk is cut
between tokens. The next chunk repeats the last sentences of the previous one, up to
``overlap`` tokens, so that a fact cut in two is still whole in one of them, and always
reaches past it: no chunk lies inside another (two sources of one answer would be one text).
"""

from __future__ import annotations

from dataclasses import dataclass

from minigate.rag.loaders import Block
from minigate.rag.text import count_tokens, sentence_spans, token_spans

SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Piece:
    """A chunk of a document: ``text == document_text[start:end]``."""

    text: str
    start: int
    end: int
    page: int | None
    headings: tuple[str, ...]

    @property
    def heading_path(self) -> str:
        return " > ".join(self.headings)

    def indexed_text(self) -> str:
        """What is embedded and searched: the headings give a chunk its topic."""
        return f"{self.heading_path}\n{self.text}" if self.headings else self.text


@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    tokens: int
    paragraph: int


def document_text(blocks: list[Block]) -> tuple[str, list[int]]:
    """The document's text (blocks joined by blank lines) and each block's offset in it."""
    offsets, position = [], 0
    for block in blocks:
        offsets.append(position)
        position += len(block.text) + len(SEPARATOR)
    return SEPARATOR.join(b.text for b in blocks), offsets


def chunk_blocks(blocks: list[Block], max_tokens: int, overlap: int) -> tuple[str, list[Piece]]:
    """The document text and its chunks."""
    text, offsets = document_text(blocks)
    pieces: list[Piece] = []
    headings: tuple[str, ...] = ()
    section: list[_Unit] = []
    key: tuple[tuple[str, ...], int | None] = ((), None)
    for n, (block, offset) in enumerate(zip(blocks, offsets, strict=True)):
        if block.level:
            headings = (*headings[: block.level - 1], block.text)
            continue
        if (headings, block.page) != key:
            pieces += _pack(text, section, key, max_tokens, overlap)
            section, key = [], (headings, block.page)
        section += _units(block.text, offset, n, max_tokens)
    pieces += _pack(text, section, key, max_tokens, overlap)
    return text, pieces


def _units(paragraph: str, offset: int, index: int, max_tokens: int) -> list[_Unit]:
    units: list[_Unit] = []
    for start, end in sentence_spans(paragraph):
        tokens = count_tokens(paragraph[start:end])
        if tokens <= max_tokens:
            units.append(_Unit(offset + start, offset + end, tokens, index))
            continue
        spans = list(token_spans(paragraph[start:end]))
        for first in range(0, len(spans), max_tokens):
            part = spans[first : first + max_tokens]
            a, b = start + part[0][0], start + part[-1][1]
            units.append(_Unit(offset + a, offset + b, len(part), index))
    return units


def _pack(
    text: str,
    units: list[_Unit],
    key: tuple[tuple[str, ...], int | None],
    max_tokens: int,
    overlap: int,
) -> list[Piece]:
    pieces: list[Piece] = []
    i, done = 0, 0  # done: the units up to it are in a chunk already
    while i < len(units):
        j, total = i, 0
        while j < len(units) and (j == i or total + units[j].tokens <= max_tokens):
            total += units[j].tokens
            j += 1
        if j < len(units):
            j = _paragraph_break(units, i, j, max_tokens, done) or j
        start, end = units[i].start, units[j - 1].end
        pieces.append(Piece(text[start:end], start, end, key[1], key[0]))
        if j >= len(units):
            break
        i, done = _overlap_start(units, i, j, min(overlap, max_tokens - units[j].tokens)), j
    return pieces


def _overlap_start(units: list[_Unit], i: int, j: int, budget: int) -> int:
    """Where the chunk after units[i:j] starts: its last units, up to ``budget`` tokens.
    The caller leaves room in the budget for units[j], so that the next chunk always reaches
    past this one; otherwise (after a sentence cut to a whole chunk's length) a short
    sentence repeated alone would make a chunk lying wholly inside the previous one."""
    k, repeated = j, 0
    while k - 1 > i and repeated + units[k - 1].tokens <= budget:
        k -= 1
        repeated += units[k].tokens
    return k


def _paragraph_break(units: list[_Unit], i: int, j: int, max_tokens: int, done: int) -> int | None:
    """The last paragraph break in units[i:j] after at least half a chunk, if any, and past
    ``done`` (the previous chunk's end), so that a break never ends a chunk inside that one."""
    total, best = 0, None
    for k in range(i + 1, j):
        total += units[k - 1].tokens
        if units[k].paragraph != units[k - 1].paragraph and total >= max_tokens // 2:
            best = k if k > done else best
    return best
