"""What the tests of a raise-only reader (the blind reader, the turn reader) judge it against."""

from __future__ import annotations

import asyncio
from typing import Literal

from minigate.guard.protocol import ScanContext, Verdict
from minigate.guard.scanners.injection import InjectionScanner

PROMPT = ScanContext(direction="input", source="prompt")


def scan_without(
    scanner: InjectionScanner,
    reader: Literal["blind_reader", "turn_reader"],
    text: str,
    ctx: ScanContext = PROMPT,
) -> Verdict:
    """``scanner``'s verdict on ``text`` with ``reader`` taken out: the shipped reading that
    the reader may only raise."""
    saved = getattr(scanner, reader)
    setattr(scanner, reader, None)
    try:
        return asyncio.run(scanner.scan(text, ctx))
    finally:
        setattr(scanner, reader, saved)
