"""Diagnosis 251: which part of the injection scanner's full mode flags benign text written around
attack words and benign fiction / role play (design data only).

Findings: see FINDINGS below (written after the run).

What it does. Each row is read as a user prompt by main's ``InjectionScanner`` at ``strict``,
``balanced`` and ``permissive``, full mode (MiniLM, one thread, as ``detectors.py`` builds it,
through ``embedcache.cached_minilm``) and cheap mode (``use_embeddings=False``), and by the
``HarmScanner`` (full and cheap) where asked. For each full-mode flag the part that decided it is
read from the verdict's reason (the outermost reader named there; for the stack, whether its
learned score or the heuristics' floor reached the bar), and each part is taken out in turn
(``ABLATIONS``) to count the flags it alone decides: a flagged row that passes without the part.
The rows: helper od251's ``od251_rows`` (``TRIGGER_WORDS_251`` with ``TRIGGER_TOPICS_251``,
``FICTION_251``), and for comparison the attacks and benign rows of the spent direct sets
fresh233 ... fresh249 (``SPENT``). Until ``od251_rows`` exists the benign rows of fresh241 and
fresh243 stand in (``--stand-in``).

    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 \\
        PYTHONPATH=$PWD/src:$PWD/benchmarks/guard .venv/bin/python benchmarks/guard/od251.py

Nothing under ``src/`` is changed: the parts are taken out by swapping the scanner's attributes
for the length of one reading.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast

import build_stack
import numpy as np
from embedcache import cached_minilm

from minigate.guard.protocol import ScanContext
from minigate.guard.scanners import hijack_head
from minigate.guard.scanners.artifacts import sigmoid
from minigate.guard.scanners.harm import HarmOptions, HarmScanner
from minigate.guard.scanners.injection import (
    Assessment,
    InjectionOptions,
    InjectionScanner,
)
from minigate.guard.scanners.injection_stack import DISGUISED, Signals, Stack

FINDINGS = ""
POINTS = ("strict", "balanced", "permissive")
SPENT = (233, 237, 239, 241, 243, 245, 247, 249)
PROMPT = ScanContext(direction="input", source="prompt")


@dataclass(slots=True)
class Row:
    text: str
    group: str  # "od251 trigger words", "od251 fiction", "spent benign", "spent attacks"
    topic: str  # a trigger row's topic, a spent row's language and set
    attack: bool


def od251_rows(stand_in: bool) -> list[Row]:
    """helper od251's rows, or (``stand_in``) the benign rows of fresh241 and fresh243."""
    if stand_in:
        import fresh241
        import fresh243

        rows = [Row(t, "stand-in benign", "fresh241", False) for t in fresh241.FRESH_BENIGN_241]
        return rows + [
            Row(t, "stand-in benign", "fresh243", False) for t in fresh243.FRESH_BENIGN_243
        ]
    module = importlib.import_module("od251_rows")
    words: list[str] = module.TRIGGER_WORDS_251
    topics: list[str] = module.TRIGGER_TOPICS_251
    fiction: list[str] = module.FICTION_251
    rows = [Row(t, "od251 trigger words", o, False) for t, o in zip(words, topics, strict=True)]
    return rows + [Row(t, "od251 fiction", "fiction", False) for t in fiction]


def spent_rows() -> list[Row]:
    rows: list[Row] = []
    for n in SPENT:
        module = importlib.import_module(f"fresh{n}")
        attacks: list[str] = getattr(module, f"FRESH_ATTACKS_{n}")
        benign: list[str] = getattr(module, f"FRESH_BENIGN_{n}")
        langs: list[str] = list(getattr(module, f"LANGUAGES_{n}", ["en"] * len(attacks)))
        rows += [Row(t, "spent attacks", la, True) for t, la in zip(attacks, langs, strict=True)]
        rows += [Row(t, "spent benign", la, False) for t, la in zip(benign, langs, strict=True)]
    return rows


# --- probes: the stack's learned score apart from the heuristics' floor, and switches -------


@dataclass(slots=True)
class Probe:
    floor: bool = True  # the heuristics' probability flags alone (Stack.score's max)
    calls: list[tuple[str, float, float, str]] = field(default_factory=list)


PROBE = Probe()


class ProbeStack(Stack):
    """The shipped stack, recording each score's learned part and heuristics; with
    ``PROBE.floor`` off the heuristics no longer flag alone."""

    __slots__ = ()

    def score(self, found: Signals, route: str) -> float:
        weights = "prompt" if route == DISGUISED else route
        z = float(found.vector() @ self.coef[weights]) + self.intercept[weights]
        learned = sigmoid(max(-60.0, min(60.0, z)))
        shipped = Stack.score(self, found, route)
        assert PROBE.floor is False or math.isclose(
            shipped, learned if route == "code" else max(learned, found.heuristic)
        )
        PROBE.calls.append((route, learned, found.heuristic, found.strongest()))
        if route == "code" or PROBE.floor:
            return shipped
        return learned


@dataclass(slots=True)
class HeadSwitch:
    """A hijack head that can be taken out (its probability read as 0)."""

    head: hijack_head.HijackHead
    off: bool = False

    @property
    def threshold(self) -> float:
        return self.head.threshold

    def window_logit(self, vectors: np.ndarray) -> float:
        return self.head.window_logit(vectors)

    def prob(self, window_logit: float, score: float) -> float:
        return 0.0 if self.off else self.head.prob(window_logit, score)


def install(scanner: InjectionScanner) -> None:
    assert scanner.stack is not None
    s = scanner.stack
    scanner.stack = ProbeStack(s.coef, s.intercept, s.operating_points)
    if scanner.hijack is not None:
        scanner.hijack = cast(Any, HeadSwitch(scanner.hijack))
    if scanner.residual is not None:
        scanner.residual = cast(Any, HeadSwitch(scanner.residual))


Undo = Callable[[], None]


def _attr(scanner: InjectionScanner, name: str, value: Any) -> Undo:
    saved = scanner.__dict__.get(name, getattr(scanner, name))
    had = name in scanner.__dict__
    setattr(scanner, name, value)

    def undo() -> None:
        if had:
            setattr(scanner, name, saved)
        else:
            delattr(scanner, name)

    return undo


def _switch(head: Any) -> Undo:
    if head is None:
        return lambda: None
    head.off = True

    def undo() -> None:
        head.off = False

    return undo


def _floor(_: InjectionScanner) -> Undo:
    PROBE.floor = False

    def undo() -> None:
        PROBE.floor = True

    return undo


def _english(scanner: InjectionScanner) -> Undo:
    return _attr(scanner, "_english_verdict", lambda found, said, stacked: said)


def _structure(_: InjectionScanner) -> Undo:
    saved = hijack_head.structure
    hijack_head.structure = lambda text: None

    def undo() -> None:
        hijack_head.structure = saved

    return undo


def _multilingual(scanner: InjectionScanner) -> Undo:
    """The multilingual injection head raising nothing: neither after the stack nor on the
    language gate's blind path (where it flagged, the stack reads the prompt instead)."""
    original = scanner._blind_prompt

    async def same(text: str, route: str, score: float, reason: str) -> tuple[float, str]:
        return score, reason

    async def blind(text: str, found: Signals) -> Assessment | None:
        said = await original(text, found)
        raised = said is not None and said.reason.startswith("multilingual injection head")
        if raised and said is not None and said.score >= scanner.threshold_for(said.route):
            return None
        return said

    undo_a = _attr(scanner, "_multilingual", same)
    undo_b = _attr(scanner, "_blind_prompt", blind)

    def undo() -> None:
        undo_b()
        undo_a()

    return undo


def _readers(scanner: InjectionScanner) -> Undo:
    undos = [
        _switch(scanner.hijack),
        _structure(scanner),
        _switch(scanner.residual),
        _attr(scanner, "turn_reader", None),
        _attr(scanner, "blind_reader", None),
        _attr(scanner, "blind_hijack", None),
        _multilingual(scanner),
    ]

    def undo() -> None:
        for u in reversed(undos):
            u()

    return undo


ABLATIONS: dict[str, Callable[[InjectionScanner], Undo]] = {
    "heuristics floor": _floor,
    "English route": _english,
    "hijack head": lambda s: _switch(s.hijack),
    "structure reader": _structure,
    "residual hijack head": lambda s: _switch(s.residual),
    "turn reader": lambda s: _attr(s, "turn_reader", None),
    "blind reader": lambda s: _attr(s, "blind_reader", None),
    "multilingual hijack head": lambda s: _attr(s, "blind_hijack", None),
    "multilingual injection head": _multilingual,
    "every reader after the stack": _readers,
}
# Ablations that may flag what the shipped reading passes (the English route decides both ways
# at strict and balanced): read on every row, the others on flagged rows alone.
BOTH_WAYS = {"English route"}


@contextmanager
def without(scanner: InjectionScanner, name: str) -> Iterator[None]:
    undo = ABLATIONS[name](scanner)
    try:
        yield
    finally:
        undo()


# --- the decider, from the reason ---------------------------------------------------------

_READERS = (
    ("turn reader", "turn reader"),
    ("blind reader", "blind reader"),
    ("multilingual hijack head", "multilingual hijack head"),
    ("multilingual injection head", "multilingual injection head"),
    ("direct hijack head", "hijack head"),
    ("residual hijack head", "residual hijack head"),
    ("stacked injection model, English route", "English route"),
)


def decider(said: Assessment, bar: float, calls: list[tuple[str, float, float, str]]) -> str:
    """The part that put ``said`` over ``bar``, read from its reason (the outermost reader)."""
    reason, prefix = said.reason, ""
    if reason.startswith("pasted code: "):
        reason, prefix = reason.removeprefix("pasted code: "), "pasted code: "
    for start, part in _READERS:
        if reason.startswith(start):
            return prefix + part
    if reason.startswith("direct hijack structure: "):
        shape = reason.removeprefix("direct hijack structure: ").split(" (")[0]
        return f"{prefix}structure reader ({shape})"
    if reason.startswith("prompt-injection signals ("):
        named = reason.removeprefix("prompt-injection signals (").split(";")[0].rstrip(")")
        return f"{prefix}heuristics on the blind path ({named})"
    if reason.startswith("stacked injection model ("):
        mine = [c for c in calls if c[0] == said.route]
        if not mine:
            return prefix + "stack (?)"
        _, learned, heuristic, strongest = mine[-1]
        if learned >= bar:
            name = strongest.split(":")[0].split(" 0")[0].split(" 1")[0]
            both = " (heuristics over the bar too)" if heuristic >= bar else ""
            return f"{prefix}stack, learned score (strongest {name}){both}"
        return f"{prefix}heuristics floor ({strongest.removeprefix('heuristics: ')})"
    return prefix + reason.split(" (")[0]


# --- reading ------------------------------------------------------------------------------


@dataclass(slots=True)
class Read:
    score: float
    bar: float
    reason: str
    part: str

    @property
    def flagged(self) -> bool:
        return self.score >= self.bar


async def read(scanner: InjectionScanner, text: str) -> Read:
    PROBE.calls.clear()
    said = await scanner.assess(text, "prompt")
    bar = scanner.threshold_for(said.route)
    part = decider(said, bar, PROBE.calls) if said.score >= bar else ""
    return Read(said.score, bar, said.reason, part)


def band(r: Read) -> str:
    """Where a full-mode score sits against its bar."""
    d = r.score - r.bar
    if abs(d) < 1e-9:
        return "at the bar (raised by a reader)"
    if d > 0:
        return (
            "over by < 0.05" if d < 0.05 else "over by 0.05-0.10" if d < 0.1 else "over by >= 0.10"
        )
    return (
        "under by < 0.05" if d > -0.05 else "under by 0.05-0.20" if d > -0.2 else "under by > 0.20"
    )


def nested() -> dict[str, Any]:
    return {}


def bump(doc: dict[str, Any], *keys: str, by: int = 1) -> None:
    for k in keys[:-1]:
        doc = doc.setdefault(k, {})
    doc[keys[-1]] = doc.get(keys[-1], 0) + by


async def run(rows: list[Row], harm: bool, examples: int) -> dict[str, Any]:
    encode = cached_minilm(threads=1)
    embed = build_stack._embed_fn(encode)
    full = {p: InjectionScanner(InjectionOptions(operating_point=p), "i", embed) for p in POINTS}  # type: ignore[arg-type]
    cheap = {
        p: InjectionScanner(InjectionOptions(operating_point=p, use_embeddings=False), "i", None)  # type: ignore[arg-type]
        for p in POINTS
    }
    for scanner in full.values():
        install(scanner)
    harms: dict[str, HarmScanner] = {}
    if harm:
        for p in POINTS:
            harms[f"full@{p}"] = HarmScanner(HarmOptions(operating_point=p), "h", embed)  # type: ignore[arg-type]
            harms[f"cheap@{p}"] = HarmScanner(
                HarmOptions(operating_point=p, use_embeddings=False),  # type: ignore[arg-type]
                "h",
                None,
            )
    flagged: dict[str, Any] = nested()
    parts: dict[str, Any] = nested()
    sole: dict[str, Any] = nested()
    bands: dict[str, Any] = nested()
    part_bands: dict[str, Any] = nested()
    cheap_reasons: dict[str, Any] = nested()
    harm_flags: dict[str, Any] = nested()
    totals: Counter[str] = Counter()
    shown: list[dict[str, Any]] = []
    for i, row in enumerate(rows):
        g = row.group
        totals[g] += 1
        if row.group.startswith("od251 trigger"):
            totals[f"{g} / {row.topic}"] += 1
        detail: dict[str, Any] = {"text": row.text, "group": g, "topic": row.topic}
        for p in POINTS:
            got = await read(full[p], row.text)
            c = await cheap[p].assess(row.text, "prompt")
            c_flag = c.score >= cheap[p].threshold_for(c.route)
            bump(bands, g, p, band(got))
            if got.flagged:
                bump(flagged, g, p, "full")
                bump(parts, g, p, got.part)
                bump(part_bands, g, p, got.part, band(got))
                if row.group.startswith("od251 trigger"):
                    bump(flagged, f"{g} / {row.topic}", p, "full")
            if c_flag:
                bump(flagged, g, p, "cheap")
                bump(cheap_reasons, g, p, c.reason.split(" (")[0])
                if row.group.startswith("od251 trigger"):
                    bump(flagged, f"{g} / {row.topic}", p, "cheap")
            detail[p] = {
                "full": [round(got.score, 3), got.bar, got.part or "-", got.reason],
                "cheap": [round(c.score, 3), c_flag],
            }
            for name in ABLATIONS:
                if not got.flagged and name not in BOTH_WAYS:
                    continue
                with without(full[p], name):
                    alone = await read(full[p], row.text)
                if got.flagged and not alone.flagged:
                    bump(sole, g, p, name, "passes without it")
                    detail[p].setdefault("sole", []).append(name)
                elif alone.flagged and not got.flagged:
                    bump(sole, g, p, name, "flagged without it")
            for key, h in harms.items():
                if key.endswith(p) and not row.attack:
                    v = await h.scan(row.text, PROMPT)
                    if v.flagged:
                        bump(harm_flags, g, key)
        if (
            not g.startswith("spent")
            and len(shown) < examples
            and any(detail[p]["full"][2] != "-" for p in POINTS)
        ):
            shown.append(detail)
        if (i + 1) % 50 == 0:
            print(f"  read {i + 1}/{len(rows)}", file=sys.stderr, flush=True)
    thresholds = {
        p: {
            "full": full[p].thresholds,
            "cheap": cheap[p].threshold,
            "turn reader bar": full[p]._turn_bar,
            "blind reader bar": full[p]._blind_bar,
            "hijack head": full[p].hijack.threshold if full[p].hijack else None,
            "residual head": full[p].residual.threshold if full[p].residual else None,
        }
        for p in POINTS
    }
    return {
        "rows": dict(totals),
        "thresholds": thresholds,
        "flagged": flagged,
        "deciding part (full mode)": parts,
        "sole decider (ablations)": sole,
        "score against the bar (full mode)": bands,
        "each deciding part's flags against the bar": part_bands,
        "cheap mode's reasons": cheap_reasons,
        "harm flags (benign rows)": harm_flags,
        "examples": shown,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stand-in", action="store_true", help="spent rows for od251's")
    parser.add_argument("--no-spent", action="store_true", help="od251's rows alone")
    parser.add_argument("--no-harm", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="the first N rows of each source")
    parser.add_argument("--examples", type=int, default=200, help="benign flagged rows shown")
    args = parser.parse_args()
    own = od251_rows(args.stand_in)
    spent = [] if args.no_spent else spent_rows()
    if args.limit:
        own, spent = own[: args.limit], spent[: args.limit]
    doc = asyncio.run(run(own + spent, not args.no_harm, args.examples))
    print(json.dumps(doc, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
