"""Presidio's synthetic PII set (``../shared/data/pii``), split by template: the name and
address taggers are fitted on half of the 205 templates and scored on the other half, so a
test sentence never shares its wording with a training one (only Faker's value lists)."""

from __future__ import annotations

from typing import Any

import guardlib
import numpy as np

SET = "pii/presidio_synth.jsonl"
# Presidio's entity names -> ours.
KIND_OF = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_SSN": "US_SSN",
    "PERSON": "PERSON",
    "STREET_ADDRESS": "ADDRESS",
}


def rows_of(side: str) -> list[dict[str, Any]]:
    """The rows of one side ("train" or "test"), by template."""
    every = guardlib.read_jsonl(SET)
    templates = sorted({str(r["template_id"]) for r in every})
    order = np.random.default_rng(guardlib.SEED + 50).permutation(len(templates))
    test = {templates[i] for i in order[: len(templates) // 2]}
    return [r for r in every if (str(r["template_id"]) in test) == (side == "test")]


def spans(row: dict[str, Any], kind: str) -> list[tuple[int, int]]:
    return [
        (int(s["start_position"]), int(s["end_position"]))
        for s in row["spans"]
        if KIND_OF.get(str(s["entity_type"])) == kind
    ]
