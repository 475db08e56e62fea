"""A cap on how long a prompt (or answer) may be, in characters."""

from __future__ import annotations

from pydantic import Field

from minigate.guard.protocol import GuardDeps, ScanContext, Verdict
from minigate.guard.registry import ScannerOptions, ScannerType


class LengthOptions(ScannerOptions):
    max_chars: int = Field(ge=1)


class LengthScanner:
    def __init__(self, options: LengthOptions, name: str) -> None:
        self.name = name
        self.max_chars = options.max_chars

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        if len(text) <= self.max_chars:
            return Verdict.clean(self.name)
        return Verdict(
            scanner=self.name,
            flagged=True,
            score=1.0,
            labels=("too_long",),
            reason=f"{len(text)} characters, more than the {self.max_chars} allowed",
        )


def _build(options: LengthOptions, name: str, deps: GuardDeps) -> LengthScanner:
    return LengthScanner(options, name)


SCANNER_TYPE = ScannerType(options=LengthOptions, build=_build, description="Maximum length.")
