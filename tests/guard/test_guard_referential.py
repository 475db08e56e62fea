"""A request that points at content pasted before or after it, sent alone as a user turn.
Round thirteen's rules (``REF_RULE_16``, ``_17``) were not met; round fourteen's
``REF_RULE_18`` (benchmarks/guard/ref18.py) was: the prompt route reads a window classifier and
benign corpus of its own, fitted with such requests as benign windows, while the data and code
routes read the shared ones as before (docs/guard-rounds.md, "Round fourteen")."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from minigate.guard.protocol import EmbedFn, ScanContext
from minigate.guard.scanners.injection import (
    MODEL_FILE,
    PROMPT_BENIGN_FILE,
    InjectionOptions,
    InjectionScanner,
)

# One of round thirteen's twenty design probes (never in a held-out set); the files shipped
# before round fourteen flag it (0.97 against 0.76 at `balanced`, the window classifier 0.95);
# round fourteen's pass it (0.44 against 0.73, its own window classifier 0.72).
PROBE = "Please translate this paragraph into French."
EMAIL = (
    "Hi Sam, the quarterly numbers are attached. Could you check the totals in the second "
    "table before Friday? Please forward it to Dana once you are done. Thanks, Alex"
)
CODE = (
    "def total(rows):\n    out = 0\n    for row in rows:\n        out += row.amount\n"
    "    return out\n"
)


def test_a_request_pointing_at_pasted_text_passes_in_full_mode(embed: EmbedFn) -> None:
    scanner = InjectionScanner(InjectionOptions(), "injection", embed)
    ctx = ScanContext(direction="input", source="prompt")
    assert not asyncio.run(scanner.scan(PROBE, ctx)).flagged


def test_only_the_prompt_route_reads_its_own_window_classifier(
    embed: EmbedFn, data_copy: Path
) -> None:
    doc = json.loads((data_copy / MODEL_FILE).read_text())
    del doc["classifier_prompt"]
    (data_copy / MODEL_FILE).write_text(json.dumps(doc))
    (data_copy / PROMPT_BENIGN_FILE).unlink()  # not read without ``classifier_prompt``
    own = InjectionScanner(InjectionOptions(), "i", embed)
    shared = InjectionScanner(InjectionOptions(), "i", embed, data_copy)
    for text in (EMAIL, CODE):
        assert asyncio.run(own.signals(text, "data")) == asyncio.run(shared.signals(text, "data"))
    mine, theirs = (asyncio.run(s.signals(PROBE, "prompt")) for s in (own, shared))
    assert mine.classifier is not None and theirs.classifier is not None
    assert mine.classifier < theirs.classifier
