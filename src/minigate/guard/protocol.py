"""What every guard scanner implements, and the typed verdict it returns.

A scanner looks at one text (the prompt's user-visible content on the way in, the answer on
the way out) and says what it saw. It never decides what happens: the action configured for
it (block, redact, flag, review) does, in the guard stage. That keeps scanners reusable by
the moderation endpoint and the benchmarks, which run them without any action at all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:  # reading the config imports this module, and needs no numpy
    import numpy as np

Direction = Literal["input", "output"]
# Where an input text came from: the caller's own words, or data the model will read (tool
# results, retrieved documents), where a planted instruction is an indirect injection.
Source = Literal["prompt", "data"]
Action = Literal["block", "redact", "flag", "review"]

# Unit-length sentence vectors, one row per text (all-MiniLM-L6-v2 by default: 384 columns).
EmbedFn = Callable[[list[str]], Awaitable["np.ndarray"]]


@dataclass(frozen=True, slots=True)
class Finding:
    """A span of the scanned text that a scanner matched (``text[start:end]``)."""

    kind: str
    start: int
    end: int
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class Verdict:
    """What one scanner saw in one text.

    ``reason`` is shown to clients and reviewers, so it names what kind of thing was found,
    never the matched text itself (a blocked secret must not come back in the error).
    ``rewritten`` is the text with findings replaced, for scanners that can redact.
    """

    scanner: str
    flagged: bool
    score: float = 0.0
    labels: tuple[str, ...] = ()
    reason: str = ""
    findings: tuple[Finding, ...] = ()
    rewritten: str | None = None

    @classmethod
    def clean(cls, scanner: str, score: float = 0.0) -> Verdict:
        return cls(scanner=scanner, flagged=False, score=score)

    def summary(self) -> dict[str, Any]:
        """A JSON-ready record of the verdict, without any matched text."""
        return {
            "scanner": self.scanner,
            "flagged": self.flagged,
            "score": round(self.score, 4),
            "labels": list(self.labels),
            "reason": self.reason,
            "findings": len(self.findings),
        }


@dataclass(slots=True)
class ScanContext:
    """What a scanner may know about the request besides the text.

    ``vault`` maps the placeholders a redacting scanner put into the prompt to the original
    values, so the answer can be restored for the caller. ``canary`` is the token the guard
    planted in the system prompt; it must never appear in an answer. ``partial`` is true
    while a streamed answer is scanned window by window, before its end has arrived.
    ``source`` says whether an input text is the caller's prompt or data (a tool result, a
    retrieved document), which some scanners weigh differently.
    """

    direction: Direction
    request_id: str = ""
    route: str = ""
    vault: dict[str, str] = field(default_factory=dict)
    canary: str | None = None
    response_format: dict[str, Any] | None = None
    partial: bool = False
    source: Source = "prompt"


class Scanner(Protocol):
    """One check. ``name`` is what errors, verdicts and metrics call it."""

    name: str

    async def scan(self, text: str, ctx: ScanContext) -> Verdict: ...


@runtime_checkable
class HoldsResources(Protocol):
    """A scanner that holds something to release when the gateway stops (an HTTP client):
    whoever built it (the guard stage, the moderation endpoint) closes it."""

    async def aclose(self) -> None: ...


@runtime_checkable
class ReadsMultilingual(Protocol):
    """A scanner that may read the shared multilingual encoder (guard/scanners/multilingual.py):
    the guard loads that encoder at start when one in its chain does (``reads_multilingual``
    true), so that the first non-English prompt does not pay for the load."""

    @property
    def reads_multilingual(self) -> bool: ...


@runtime_checkable
class SendsTextOut(Protocol):
    """A scanner that sends what it reads to another service (a remote moderation API). In a
    chain it reads the prompt as redacted so far, so that a redaction before it keeps the
    caller's values in; the local detectors read the prompt as sent (``engine.run_chain``)."""

    @property
    def sends_text_out(self) -> bool: ...


@runtime_checkable
class LoadsLate(Protocol):
    """A scanner holding a model that would load on its first text (the injection scanner's
    task-drift reader, about 6 s): the guard loads it at start (``load_now``) instead."""

    def load_now(self) -> None: ...


@dataclass(frozen=True, slots=True)
class GuardDeps:
    """What scanners may use from the running gateway."""

    embed: EmbedFn | None = None
