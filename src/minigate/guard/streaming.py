"""Output scanning of a streamed answer, window by window.

Chunks are held until the text they carry has been scanned, then released; the client sees
the answer in bursts of about ``window`` characters instead of token by token, and never a
piece of text that a scanner has not read. Each scan reads the new window plus the window
before it, so a match that straddles two windows is still found. A block mid-stream raises,
which the server turns into an error event that ends the stream.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from minigate.context import RequestContext
from minigate.guard.engine import ArmedScanner
from minigate.guard.placeholders import StreamRestorer
from minigate.guard.screening import Screening, check_answers
from minigate.schemas.chat import ChatCompletionChunk


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
        self.texts: dict[int, str] = {}
        self.released: dict[int, int] = {}  # characters of each choice already released
        self.restorers: dict[int, StreamRestorer] = {}

    async def run(
        self, stream: AsyncIterator[ChatCompletionChunk]
    ) -> AsyncIterator[ChatCompletionChunk]:
        held: list[ChatCompletionChunk] = []
        async for chunk in stream:
            held.append(chunk)
            for choice in chunk.choices:
                self.texts[choice.index] = self.texts.get(choice.index, "") + (
                    choice.delta.content or ""
                )
            if self._window_full():
                for released in await self._release(held, final=False):
                    yield released
                held = []
        for released in await self._release(held, final=True):
            yield released

    def _window_full(self) -> bool:
        return any(len(t) - self.released.get(i, 0) >= self.window for i, t in self.texts.items())

    async def _release(
        self, held: list[ChatCompletionChunk], final: bool
    ) -> list[ChatCompletionChunk]:
        indexes = sorted(self.texts)
        windows = []
        for i in indexes:
            start = max(0, self.released.get(i, 0) - self.window)
            windows.append(self.texts[i] if final else self.texts[i][start:])
        # The restorers put placeholders back as chunks go out, so the check must not.
        checked = await check_answers(
            self.chain, windows, self.screening, self.ctx, not final, restore_answer=False
        )
        masked = {
            i: _unheld_tail(window, out, len(self.texts[i]) - self.released.get(i, 0))
            for i, window, out in zip(indexes, windows, checked, strict=True)
            if out != window
        }
        for i in indexes:
            self.released[i] = len(self.texts[i])
        return [c for c in self._rewrite(held, masked, final) if c is not None]

    def _rewrite(
        self, held: list[ChatCompletionChunk], masked: dict[int, str | None], final: bool
    ) -> list[ChatCompletionChunk | None]:
        """The held chunks with placeholders restored; a masked window goes out in one piece."""
        out: list[ChatCompletionChunk | None] = []
        sent_masked: set[int] = set()
        for chunk in held:
            for choice in chunk.choices:
                i = choice.index
                restorer = self.restorers.setdefault(i, StreamRestorer(self.screening.scan.vault))
                content = choice.delta.content
                if i in masked and content is not None:
                    content = "" if i in sent_masked else masked[i]
                    sent_masked.add(i)
                if content is not None:
                    content = restorer.feed(content)
                if choice.finish_reason is not None or (final and chunk is held[-1]):
                    content = (content or "") + restorer.flush()
                choice.delta.content = content
            out.append(chunk)
        return out


def _unheld_tail(window: str, checked: str, held_chars: int) -> str | None:
    """The part of a checked (masked and restored) window that was still held back.

    Masking may change lengths, so the held part is found from the end: the checked window
    minus the characters of the already released prefix, which masking left unchanged unless
    a finding straddled the boundary (then the whole window goes out masked once more).
    """
    released_chars = len(window) - held_chars
    prefix = window[:released_chars]
    if checked.startswith(prefix):
        return checked[released_chars:]
    return checked
