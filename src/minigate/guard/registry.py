"""Scanner types by name: what ``type:`` in a guard config entry may say.

Each scanner module exposes ``SCANNER_TYPE``; modules are imported on first use so that the
config module can validate options without importing models at import time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

from minigate.guard.protocol import Direction, GuardDeps, Scanner

_MODULES = {
    "keywords": "minigate.guard.scanners.keywords",
    "length": "minigate.guard.scanners.length",
    "language": "minigate.guard.scanners.language",
    "canary": "minigate.guard.scanners.canary",
    "json_schema": "minigate.guard.scanners.json_schema",
    "moderation_api": "minigate.guard.scanners.moderation_api",
    "injection": "minigate.guard.scanners.injection",
    "harm": "minigate.guard.scanners.harm",
    "pii": "minigate.guard.pii.scanner",
}


class ScannerOptions(BaseModel):
    """Base of every scanner's options: unknown keys are an error that names the key."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True, slots=True)
class ScannerType:
    """How to validate a scanner's options and build it."""

    options: type[ScannerOptions]
    build: Callable[[Any, str, GuardDeps], Scanner]  # (options, name, deps) -> scanner
    directions: frozenset[Direction] = frozenset({"input", "output"})
    description: str = ""
    # Where ``action: redact`` can take out what it found: a scanner whose verdict names no
    # spans (injection, harm, length) has nothing to take out, and would let the text through.
    redacts: frozenset[Direction] = frozenset()


def scanner_names() -> list[str]:
    return sorted(_MODULES)


def scanner_type(name: str) -> ScannerType:
    """The registered type called ``name``; KeyError names the known ones."""
    module = _MODULES.get(name)
    if module is None:
        raise KeyError(f"unknown scanner type '{name}'; known types: {', '.join(scanner_names())}")
    found: ScannerType = importlib.import_module(module).SCANNER_TYPE
    return found
