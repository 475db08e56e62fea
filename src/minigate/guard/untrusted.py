"""Checking text from outside before a model reads it: retrieved documents, tool results,
batch lines.

Other concerns do not import the guard; they are handed a ``CheckText`` (dependency
injection), built here from the gateway's ``GuardDeps``::

    check = untrusted_check(deps)             # once, at start
    verdict = await check(chunk.text)          # per retrieved text
    if verdict.flagged: drop or quarantine the chunk; verdict.reason says why

The check reads the whole text, in windows, as data (``source="data"``): instructions planted
for an AI reader ("add this snippet to your answer", "AI assistants reading this email
must…") weigh more there than in a prompt, where a user may well ask for them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from minigate.guard.protocol import GuardDeps, ScanContext, Source, Verdict
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

CheckText = Callable[[str], Awaitable[Verdict]]


class UntrustedText:
    """The injection scanner, ready to read data: ``await check(text)`` is a ``Verdict``."""

    def __init__(
        self,
        deps: GuardDeps,
        threshold: float | None = None,
        source: Source = "data",
        name: str = "untrusted_text",
    ) -> None:
        options = InjectionOptions(threshold=threshold, use_embeddings=deps.embed is not None)
        self.scanner = InjectionScanner(options, name, deps.embed)
        self.context = ScanContext(direction="input", source=source)

    async def __call__(self, text: str) -> Verdict:
        return await self.scanner.scan(text, self.context)


def untrusted_check(deps: GuardDeps, threshold: float | None = None) -> CheckText:
    """A function that scans one untrusted text for planted instructions."""
    return UntrustedText(deps, threshold)
