"""Round thirteen (ref16): a request that points at content pasted before or after it, sent
alone as a user turn. ``REF_RULE_16`` and ``REF_RULE_17`` (benchmarks/guard/ref16.py) were
not met, so the shipped full mode still flags such requests (docs/guard.md, "Round thirteen:
requests that point at pasted content" and "..., a second rule read")."""

from __future__ import annotations

import asyncio

import pytest

from minigate.guard.protocol import EmbedFn, ScanContext
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

# One of the twenty design probes (never in the held-out set); 0.97 against 0.76 at
# `balanced`, the window classifier at 0.95.
PROBE = "Please translate this paragraph into French."


@pytest.mark.xfail(
    strict=True, reason="the full mode reads it as an attack (REF_RULE_16, _17 not met; guard.md)"
)
def test_a_request_pointing_at_pasted_text_passes_in_full_mode(embed: EmbedFn) -> None:
    scanner = InjectionScanner(InjectionOptions(), "injection", embed)
    ctx = ScanContext(direction="input", source="prompt")
    assert not asyncio.run(scanner.scan(PROBE, ctx)).flagged
