"""Fitting a ``rag:`` prompt into the answering model's context window.

The client sends a short question; the gateway adds instructions and up to ``top_k`` sources,
which in Chinese (more than one token per character in most tokenizers) can outgrow a small
window. A 400 telling the client to shorten messages it did not write would be no help, so
the prompt is fitted before it is sent: the lowest-ranked sources go first, then the last one
kept is cut short. Room stays for the answer: the request's ``max_tokens``, or a quarter of the
window when it sets none.

Tokens are counted with the answering model's own tokenizer and chat template where its
backend offers them (a local GGUF model does), so the fit is exact; otherwise by a
conservative estimate. A model whose window is unknown (an upstream's) is sent the prompt as
it is, and its own limit applies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from minigate.errors import ContextLengthExceeded
from minigate.rag.store import Hit
from minigate.schemas.chat import ChatCompletionRequest

# A chat template adds a few tokens around each message (role markers, separators).
_PER_MESSAGE = 8


class Meter(Protocol):
    """What the answering model's backend says about its context."""

    def context_window(self) -> int | None: ...

    def prompt_tokens(self, req: ChatCompletionRequest) -> int | None: ...


@dataclass(frozen=True, slots=True)
class Budget:
    """A model's window and how to count a prompt's tokens for it."""

    model: str
    window: int
    count: Callable[[ChatCompletionRequest], int]

    @classmethod
    def of(cls, model: str, meter: Meter | None) -> Budget | None:
        """The budget of ``model`` served by ``meter``; None when its window is unknown."""
        window = meter.context_window() if meter is not None else None
        if meter is None or window is None:
            return None

        def count(req: ChatCompletionRequest) -> int:
            exact = meter.prompt_tokens(req)
            return exact if exact is not None else estimate_tokens(req)

        return cls(model, window, count)


def estimate_tokens(req: ChatCompletionRequest) -> int:
    """A count no tokenizer exceeds in practice: a token per UTF-8 byte of text outside ASCII
    (byte-level BPE never spends more; CJK takes three bytes a character) and per three ASCII
    characters (English averages four), plus the template's few tokens per message."""
    total = 0
    for message in req.messages:
        wide = [len(c.encode()) for c in message.text() if ord(c) > 0x7F]
        narrow = len(message.text()) - len(wide)
        total += sum(wide) + narrow // 3 + 1 + _PER_MESSAGE
    return total


def fitted(
    hits: list[Hit], build: Callable[[list[Hit]], ChatCompletionRequest], budget: Budget
) -> list[Hit]:
    """The highest-ranked ``hits`` whose prompt (``build(hits)``) leaves room for the answer,
    the last one cut short where a whole one does not fit.

    Raises:
        ContextLengthExceeded: not even part of one source fits beside the question.
    """
    answer = build([]).output_limit or budget.window // 4
    room = budget.window - answer

    def fits(some: list[Hit]) -> bool:
        return budget.count(build(some)) <= room

    if fits(hits):
        return hits
    whole = 0
    while whole < len(hits) and fits(hits[: whole + 1]):
        whole += 1
    kept = hits[:whole]
    part = _longest_part(hits[whole], lambda hit: fits([*kept, hit]))
    kept += [part] if part is not None else []
    if not kept:
        question = budget.count(build([]))
        raise ContextLengthExceeded(
            f"Model '{budget.model}' holds {budget.window} tokens; this 'rag:' request's "
            f"question and answering instructions take {question} of them and its answer "
            f"{answer} (max_tokens, or a quarter of the context when unset), which leaves no "
            "room for any source. Shorten the question or lower max_tokens.",
            param="messages",
        )
    return kept


def _longest_part(hit: Hit, fits: Callable[[Hit], bool]) -> Hit | None:
    """``hit`` with its text cut to the longest beginning that ``fits``, if any does."""
    low, high = 0, len(hit.chunk.text)  # low chars always fit (0: nothing yet); high never
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(_cut(hit, middle)) else (low, middle)
    return _cut(hit, low) if low else None


def _cut(hit: Hit, chars: int) -> Hit:
    """The first ``chars`` characters of the hit's chunk; its ``end`` offset moves with them."""
    metadata = dict(hit.chunk.metadata)
    start = metadata.get("start")
    if isinstance(start, int):
        metadata["end"] = start + chars
    chunk = replace(hit.chunk, text=hit.chunk.text[:chars], metadata=metadata)
    return replace(hit, chunk=chunk)
