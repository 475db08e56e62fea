"""Scanner chains: the configured scanners of one direction, run in order with their actions.

The chain turns verdicts into outcomes: ``block`` stops at the first flag, ``redact`` hands
the rewritten text to the next scanner (and to the model), ``flag`` only records, ``review``
marks the answer to be held for a person. A scanner that crashes is logged and then counts
as a block (fail closed) or is skipped (fail open), as configured.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, field

from minigate.guard.protocol import (
    Action,
    Finding,
    GuardDeps,
    HoldsResources,
    LoadsLate,
    ReadsMultilingual,
    ScanContext,
    Scanner,
    SendsTextOut,
    Verdict,
)
from minigate.guard.registry import scanner_type
from minigate.guard.scanners import multilingual
from minigate.guard.settings import OnError, ScannerSpec

log = logging.getLogger("minigate.guard")


@dataclass(frozen=True, slots=True)
class ArmedScanner:
    """A scanner with what to do when it flags and when it fails."""

    scanner: Scanner
    action: Action
    on_error: OnError


@dataclass(slots=True)
class ScanOutcome:
    text: str
    verdicts: list[Verdict] = field(default_factory=list)
    blocked: Verdict | None = None
    review: bool = False
    # Spans to mask in an answer: output redaction never uses reversible placeholders.
    redactions: list[Finding] = field(default_factory=list)

    @property
    def flagged(self) -> list[str]:
        return [v.scanner for v in self.verdicts if v.flagged]


def build_scanner(spec: ScannerSpec, deps: GuardDeps) -> Scanner:
    kind = scanner_type(spec.type)
    return kind.build(kind.options.model_validate(spec.options), spec.label, deps)


def arm(specs: Sequence[ScannerSpec], deps: GuardDeps, on_error: OnError) -> list[ArmedScanner]:
    """The scanners built, with their models loaded: at start, not at the first request."""
    chain = [
        ArmedScanner(build_scanner(spec, deps), spec.action, spec.on_error or on_error)
        for spec in specs
    ]
    _warm_multilingual(chain)
    for armed in chain:
        if isinstance(armed.scanner, LoadsLate):
            armed.scanner.load_now()
    return chain


# Any text: reading one loads the encoder (the gate, multilingual.blind, is not asked).
_WARM_TEXT = "Guten Morgen."


def _warm_multilingual(chain: Iterable[ArmedScanner]) -> None:
    """Load the multilingual encoder (USE-m3) now when a scanner holds one of its heads (the
    harm and injection scanners in full mode). The scanners load their own models when they are
    built, but the encoder loads on first use, and that was about 1 s on the first non-English
    prompt after start; a second chain (the policies' after the moderation endpoint's) finds
    it loaded."""
    if any(_reads_multilingual(armed.scanner) for armed in chain):
        multilingual.vector(_WARM_TEXT)


def _reads_multilingual(scanner: Scanner) -> bool:
    return isinstance(scanner, ReadsMultilingual) and scanner.reads_multilingual


async def close_scanners(chain: Iterable[ArmedScanner]) -> None:
    """Release what the scanners hold; each is closed even when closing another fails."""
    async with AsyncExitStack() as stack:
        for armed in chain:
            if isinstance(armed.scanner, HoldsResources):
                stack.push_async_callback(armed.scanner.aclose)


FAILED = "scanner_error"  # the label of a verdict made for a scanner that raised


async def _scan_safely(armed: ArmedScanner, text: str, ctx: ScanContext) -> tuple[Verdict, bool]:
    """The verdict, and whether it came from a failure that must block."""
    try:
        return await armed.scanner.scan(text, ctx), False
    except Exception:
        name = armed.scanner.name
        log.exception("Guard scanner '%s' failed; it %s", name, _failure_word(armed.on_error))
        verdict = Verdict(
            scanner=name,
            flagged=armed.on_error == "block",
            labels=(FAILED,),
            reason=f"the scanner failed and is configured to {armed.on_error} on failure",
        )
        return verdict, armed.on_error == "block"


def _failure_word(on_error: OnError) -> str:
    return "blocks (fail closed)" if on_error == "block" else "is skipped (fail open)"


async def run_chain(chain: Sequence[ArmedScanner], text: str, ctx: ScanContext) -> ScanOutcome:
    outcome = ScanOutcome(text=text)
    for armed in chain:
        # A detector reads the prompt as sent: the placeholders an earlier redaction left
        # ("<PHONE_1>, <PERSON_1> me") read as an attack (an outside probe). A redaction reads
        # what the ones before it left, and so does a scanner that sends text out.
        seen = outcome.text if _reads_redacted(armed) else text
        verdict, failed = await _scan_safely(armed, seen, ctx)
        outcome.verdicts.append(verdict)
        if not verdict.flagged:
            continue
        if failed or armed.action == "block":
            outcome.blocked = verdict
            return outcome
        if armed.action == "redact" and ctx.direction == "input" and verdict.rewritten is not None:
            outcome.text = verdict.rewritten
        elif armed.action == "redact":
            outcome.redactions.extend(verdict.findings)
        elif armed.action == "review":
            outcome.review = True
    if outcome.redactions:
        outcome.text = mask(outcome.text, outcome.redactions)
    return outcome


def _reads_redacted(armed: ArmedScanner) -> bool:
    scanner = armed.scanner
    return armed.action == "redact" or (
        isinstance(scanner, SendsTextOut) and scanner.sends_text_out
    )


def mask(text: str, findings: Sequence[Finding]) -> str:
    """``text`` with each finding replaced by ``[REDACTED KIND]``; overlaps merge."""
    pieces: list[str] = []
    cursor = 0
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if finding.end <= cursor:
            continue
        start = max(finding.start, cursor)
        pieces += [text[cursor:start], f"[REDACTED {finding.kind}]"]
        cursor = finding.end
    pieces.append(text[cursor:])
    return "".join(pieces)
