"""Output scanning of a streamed answer, window by window.

Chunks are held until the text they carry has been scanned, then released; the client sees
the answer in bursts of about ``window`` characters instead of token by token, and never a
piece of text that a scanner has not read. Each scan reads the new text plus the window
before it, so a match that straddles two windows is still found; and the last ``window / 4``
characters stay held until the next scan, so that a value cut in two at the end of a window
(half an API key) is seen whole before any of it leaves. Nor does a release end inside a word:
a run of text without spaces (a long link, an e-mail address, a token) stays held until it ends,
up to ``LONGEST_HELD`` characters, so that a value longer than the window is scanned whole (an
outside probe saw the tail of a 150-character link and the head of a long e-mail address leave
unmasked). What the answer passes to tools is held until its choice ends and checked whole
(guard.calls). A block mid-stream raises, which the server turns into an error event that ends the
stream: text already released stays with the client (a harmful answer's first sentences).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Sequence

from minigate.context import RequestContext
from minigate.guard.calls import HeldCalls
from minigate.guard.engine import ArmedScanner, ScanOutcome
from minigate.guard.placeholders import StreamRestorer
from minigate.guard.screening import Screening, check_outcomes
from minigate.schemas.chat import ChatCompletionChunk

# The longest run without spaces held back whole (a signed link, a key); a longer one is
# released a window at a time, as any text was before.
LONGEST_HELD = 2048
# The least held back at a window's end, whatever the window (a phone number with its spaces)
LEAST_KEPT_BACK = 24
_SPACE = re.compile(r"\s")


def word_start(text: str, until: int, floor: int) -> int:
    """``until``, or where the run without spaces that ``until`` falls inside begins, where
    that is after ``floor`` (the run is shorter than the longest held); else ``until``."""
    if (
        until <= 0
        or until >= len(text)
        or _SPACE.match(text, until - 1)
        or _SPACE.match(text, until)
    ):
        return until
    begin = until
    while begin > floor and not _SPACE.match(text, begin - 1):
        begin -= 1
    started = begin == 0 or _SPACE.match(text, begin - 1)  # the run begins at ``begin``
    return begin if begin > floor or started else until


class WindowedRelease:
    def __init__(
        self,
        chain: Sequence[ArmedScanner],
        screening: Screening,
        ctx: RequestContext,
        window: int,
    ) -> None:
        self.chain = chain
        self.screening = screening
        self.ctx = ctx
        self.window = window
        self.keep_back = max(window // 4, LEAST_KEPT_BACK)
        self.tried: dict[int, int] = {}  # each choice's length at its last scan
        self.texts: dict[int, str] = {}
        self.released: dict[int, int] = {}  # characters of each choice already released
        self.outboxes: dict[int, StreamRestorer] = {}
        self.marked: set[tuple[int, str, int]] = set()  # (choice, kind, start) already masked
        self.calls = HeldCalls(chain, screening, ctx)

    async def run(
        self, stream: AsyncIterator[ChatCompletionChunk]
    ) -> AsyncIterator[ChatCompletionChunk]:
        last: ChatCompletionChunk | None = None
        shape: ChatCompletionChunk | None = None  # the last chunk, for what the end sends
        async for chunk in stream:
            shape = chunk
            text_only = all(
                c.finish_reason is None and not c.delta.tool_calls for c in chunk.choices
            )
            for choice in chunk.choices:
                self.texts[choice.index] = self.texts.get(choice.index, "") + (
                    choice.delta.content or ""
                )
            if chunk.choices and text_only:
                # Text travels in the texts above; the chunk is kept as the shape to send it in.
                last = chunk
                if self._window_full():
                    for out in await self._release(last, final=False):
                        yield out
                continue
            # A chunk that ends a choice, carries tool calls or usage: flush what is held first.
            for out in await self._release(last or chunk, final=True):
                yield out
            for choice in chunk.choices:
                choice.delta.content = None
            ending = [c.index for c in chunk.choices if c.finish_reason is not None]
            if not self.calls.take(chunk):
                continue
            for index in ending:
                if (held := await self.calls.release(chunk, index)) is not None:
                    yield held
            yield chunk
        if any(len(t) > self.released.get(i, 0) for i, t in self.texts.items()):
            assert last is not None
            for out in await self._release(last, final=True):
                yield out
        if shape is not None and (held := await self.calls.release(shape)) is not None:
            yield held  # a stream that ended without finishing its calls' choice

    def _masked_slice(
        self, index: int, outcome: ScanOutcome, offset: int, start: int, end: int
    ) -> str:
        """``text[start:end]`` with the findings (relative to ``offset``) masked; the rest of a
        value whose marker already went out in an earlier release is dropped, not marked twice.
        """
        pieces: list[str] = []
        cursor = start
        for f in sorted(outcome.redactions, key=lambda f: f.start):
            lo, hi = f.start + offset, f.end + offset
            if hi <= cursor or lo >= end:
                continue
            seen = (index, f.kind, lo)
            pieces.append(self.texts[index][cursor : max(lo, cursor)])
            if seen not in self.marked:
                pieces.append(f"[REDACTED {f.kind}]")
                self.marked.add(seen)
            cursor = min(hi, end)
        pieces.append(self.texts[index][cursor:end])
        return "".join(pieces)

    def _window_full(self) -> bool:
        """A choice holds a window of unreleased text, and has grown since its last scan (one
        that held a word back whole waits for more text before scanning again)."""
        return any(
            len(t) - self.released.get(i, 0) >= self.window + self.keep_back
            and len(t) - self.tried.get(i, 0) >= self.keep_back
            for i, t in self.texts.items()
        )

    async def _release(self, shape: ChatCompletionChunk, final: bool) -> list[ChatCompletionChunk]:
        """One chunk per choice carrying its newly checked text (masked where configured)."""
        if all(len(t) <= self.released.get(i, 0) for i, t in self.texts.items()):
            return []
        indexes = sorted(self.texts)
        starts = [max(0, self.released.get(i, 0) - self.window) for i in indexes]
        windows = [
            self.texts[i] if final else self.texts[i][start:]
            for i, start in zip(indexes, starts, strict=True)
        ]
        outcomes = await check_outcomes(self.chain, windows, self.screening, self.ctx, not final)
        out = []
        for i, start, outcome in zip(indexes, starts, outcomes, strict=True):
            offset = 0 if final else start
            done = self.released.get(i, 0)
            text = self.texts[i]
            self.tried[i] = len(text)
            until = len(text)
            if not final:
                floor = max(done, len(text) - LONGEST_HELD)
                until = word_start(text, len(text) - self.keep_back, floor)
            if until <= done:
                continue
            piece = self._masked_slice(i, outcome, offset, done, until)
            self.released[i] = until
            outbox = self.outboxes.setdefault(i, StreamRestorer(self.screening.scan.vault))
            content = outbox.feed(piece) + (outbox.flush() if final else "")
            if content:
                out.append(_chunk_with(shape, i, content, first=done == 0))
        return out


def _chunk_with(
    shape: ChatCompletionChunk, index: int, content: str, first: bool
) -> ChatCompletionChunk:
    chunk = shape.model_copy(deep=True)
    chunk.choices = [c for c in chunk.choices if c.index == index][:1] or chunk.choices[:1]
    choice = chunk.choices[0]
    choice.index = index
    choice.delta.content = content
    choice.delta.role = "assistant" if first else None
    choice.finish_reason = None
    return chunk
