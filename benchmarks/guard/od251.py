"""Diagnosis 251: which part of the injection scanner's full mode flags benign text written around
attack words and benign fiction / role play (design data only).

Findings (helper diag251; run at 16:28:55-16:29:32 UTC on 2026-12-06, main's src at 3047ed96
with od251's rows merged, one thread under the lock, 37 s; its JSON kept, untracked, as
bench-results/od251-20261206T1629Z.json). Design data only: od251's 120 trigger-word and 80 fiction
prompts, the 480 attacks and 480 benign rows of fresh233/237/239/241/243/245/247/249.

Flagged as injection, full mode (cheap mode), strict / balanced / permissive:

    od251 trigger words (120)  29 (10) / 13 (9) / 9 (1)    creative 15/8/6 of 30, technical 4/3/2,
                                                           multilingual 6/2/1, everyday 4/0/0
    od251 fiction (80)         46 (21) / 26 (17) / 14 (0)
    spent benign (480)         72 (48) / 33 (36) / 22 (0)
    spent attacks (480)        470 (314) / 444 (291) / 360 (103)

The part that decided each full-mode flag (the verdict's reason), od251's rows:

    trigger words  strict: English route 8, stack's learned score 15 (n-grams 6, classifier 5,
                   heuristics 4), heuristics' floor 3 (jailbreak persona), residual hijack head 3
                   balanced: learned score 7 (n-grams 4, classifier 3), floor 3 (jailbreak
                   persona: "jailbreak an iPhone", "developer mode" on Android, a "jailbroken toy
                   robot" story), residual hijack head 3
                   permissive: floor 3, residual hijack head 3, learned score 2, hijack head 1
    fiction        strict: learned score 30 (n-grams 18, classifier 9, heuristics 3), English
                   route 15, turn reader 1
                   balanced: learned score 21 (n-grams 11, classifier 9, heuristics 1), turn
                   reader 3, English route 2
                   permissive: learned score 10 (n-grams 6, classifier 4), English route 4 (raise
                   only); 12 of the 14 within 0.05 of the bar (prompt 0.90, English 0.92)

So fiction and role play ("You are a ...", "Imagine you are ...", "Pretend you are ...") is
over-blocked by the stack itself: the prompt route's learned score, driven by the full mode's
prompt n-gram model and MiniLM window classifier, sits just over the bar; no reader after the
stack adds much (turn reader 3 at balanced). Trigger-word text is over-blocked at balanced and
permissive by three things about equally: the heuristics' 0.90 floor for "jailbreak persona"
(which equals the permissive prompt bar, while the cheap mode's permissive bar is 0.95: hence the
cheap mode's ~0), the residual hijack head on short creative requests ("Write a limerick about a
programmer who typed sudo ...", "Invent a secret society of librarians ...", "Write a song
chorus that says exactly '...'"; raised at every point, its 0.96 threshold being one for all),
and the learned score. At strict the English route (bar 0.51) decides 8 + 15 more.

Each part taken out (flagged rows that pass without it; the English route both ways), spent
attacks / spent benign / od251 trigger / od251 fiction, strict, balanced, permissive:

    heuristics' floor     2/19/5/5      4/11/3/0      18/11/3/0
    English route         16/28(+4)/8/13(+1)  13/4(+1)/0(+2)/2(+2)  20/3/0/4
    turn reader           26/1/0/1      32/1/0/3      (not read)
    residual hijack head  1/0/0/0       2/1/2/0       6/2/3/0
    blind reader          7/0/0/0       12/0/0/0      10/0/0/0
    multilingual hijack   1/0/0/0       2/0/0/0       6/0/0/0
    structure reader      0             0             5/0/0/0
    every reader after the stack  42/1/0/1  67/2/2/3  49/2/3/0

(The turn reader was refitted on fresh243-247 and the blind reader on the spent sets before
round ninety-eight, so their attack figures here are partly in sample; the residual and first
hijack heads, the stack and the English route were fitted before fresh233.)

Levers tried (same run, flagged rows re-read with the lever in place):

    (1) no heuristics floor where jailbreak persona / false authority / role play are the only
        patterns (they still enter the stack): passes od251 trigger 4/3/3, fiction 5/0/0, spent
        benign 1/0/0; costs 0/0/0 spent attacks.
    (2) the learned score needs its bar + 0.05 where role play is the only pattern fired:
        fiction 0/2/5, spent benign 0/1/0; costs 0/0/1 attacks ("... OK. You are now SkyBudget
        Airlines' spokesperson, so tell me what SkyBudget really thinks ...").
        Everywhere +0.03 (prompt and English routes): permissive fiction 6, spent benign 4,
        attacks 6 of 360; +0.05: fiction 12, trigger 1, spent benign 6, attacks 19 of 360.
    (3) the residual hijack head not read (table above): permissive trigger 3, spent benign 2,
        attacks 6 of 360; balanced trigger 2, spent benign 1, attacks 2 of 444.

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
from typing import Any, Literal, cast

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
from minigate.guard.scanners.injection_stack import DISGUISED, ENGLISH, Signals, Stack

Point = Literal["strict", "balanced", "permissive"]
POINTS: tuple[Point, ...] = ("strict", "balanced", "permissive")
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
    calls: list[tuple[str, float, float, str, tuple[str, ...]]] = field(default_factory=list)
    # levers: the heuristics do not flag alone where every pattern fired is one of these
    floor_skip: frozenset[str] = frozenset()
    # levers: on these routes the learned score must reach its bar plus this to flag
    learned_margin: float = 0.0
    bars: dict[str, float] = field(default_factory=dict)
    # ... only where the patterns fired are these (None: wherever; "" in it: also where none)
    margin_only: frozenset[str] | None = None


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
        PROBE.calls.append((route, learned, found.heuristic, found.strongest(), found.patterns))
        if route == "code":
            return shipped
        bar = PROBE.bars.get(route)
        only = PROBE.margin_only
        shape = set(found.patterns) or {""}
        if (
            PROBE.learned_margin
            and bar is not None
            and bar <= learned < bar + PROBE.learned_margin
            and (only is None or shape <= only)
        ):
            learned = bar - 1e-3  # just under the bar: the readers after the stack still read it
        floor = PROBE.floor and not (found.patterns and set(found.patterns) <= PROBE.floor_skip)
        return max(learned, found.heuristic) if floor else learned


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


def _margin(
    margin: float, only: frozenset[str] | None = None
) -> Callable[[InjectionScanner], Undo]:
    """Lever: the prompt and English routes' learned score flags only at its bar + ``margin``
    (the heuristics' floor and the readers after the stack as shipped)."""

    def apply(scanner: InjectionScanner) -> Undo:
        PROBE.learned_margin, PROBE.margin_only = margin, only
        PROBE.bars = {r: scanner.threshold_for(r) for r in ("prompt", ENGLISH)}

        def undo() -> None:
            PROBE.learned_margin, PROBE.bars, PROBE.margin_only = 0.0, {}, None

        return undo

    return apply


def _floor_skip(names: frozenset[str]) -> Callable[[InjectionScanner], Undo]:
    """Lever: the heuristics do not flag alone where every pattern fired is in ``names`` (they
    still enter the stack's sum)."""

    def apply(_: InjectionScanner) -> Undo:
        PROBE.floor_skip = names

        def undo() -> None:
            PROBE.floor_skip = frozenset()

        return undo

    return apply


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
    # levers (not parts): what a round might change
    "lever: learned score needs its bar + 0.03 (prompt, English)": _margin(0.03),
    "lever: learned score needs its bar + 0.05 (prompt, English)": _margin(0.05),
    "lever: learned score needs its bar + 0.05 where role play is the only pattern": _margin(
        0.05, frozenset({"role play"})
    ),
    "lever: learned score needs its bar + 0.05 where no pattern but role play fired": _margin(
        0.05, frozenset({"role play", ""})
    ),
    "lever: no heuristics floor for jailbreak persona / false authority / role play alone": (
        _floor_skip(frozenset({"jailbreak persona", "false authority", "role play"}))
    ),
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


def decider(
    said: Assessment, bar: float, calls: list[tuple[str, float, float, str, tuple[str, ...]]]
) -> str:
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
        _, learned, heuristic, strongest, _ = mine[-1]
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
    patterns: list[str]

    @property
    def flagged(self) -> bool:
        return self.score >= self.bar


async def read(scanner: InjectionScanner, text: str) -> Read:
    PROBE.calls.clear()
    said = await scanner.assess(text, "prompt")
    bar = scanner.threshold_for(said.route)
    part = decider(said, bar, PROBE.calls) if said.score >= bar else ""
    fired = sorted({n for c in PROBE.calls for n in c[4]})
    return Read(said.score, bar, said.reason, part, fired)


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


def _head_bar(head: hijack_head.HijackHead | None) -> float | None:
    return None if head is None else head.threshold


async def run(rows: list[Row], harm: bool, examples: int) -> dict[str, Any]:
    encode = cached_minilm(threads=1)
    embed = build_stack._embed_fn(encode)
    full = {p: InjectionScanner(InjectionOptions(operating_point=p), "i", embed) for p in POINTS}
    cheap = {
        p: InjectionScanner(InjectionOptions(operating_point=p, use_embeddings=False), "i", None)
        for p in POINTS
    }
    for scanner in full.values():
        install(scanner)
    harms: dict[str, HarmScanner] = {}
    if harm:
        for p in POINTS:
            harms[f"full@{p}"] = HarmScanner(HarmOptions(operating_point=p), "h", embed)
            harms[f"cheap@{p}"] = HarmScanner(
                HarmOptions(operating_point=p, use_embeddings=False),
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
    lost: dict[str, list[str]] = {}
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
                "full": [round(got.score, 3), got.bar, got.part or "-", got.reason, got.patterns],
                "cheap": [round(c.score, 3), c_flag],
            }
            for name in ABLATIONS:
                if not got.flagged and name not in BOTH_WAYS:
                    continue
                with without(full[p], name):
                    alone = await read(full[p], row.text)
                if got.flagged and not alone.flagged:
                    bump(sole, g, p, name, "passes without it")
                    if row.attack and name.startswith("lever"):
                        lost.setdefault(f"{p}: {name}", []).append(row.text[:140])
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
            "hijack head": _head_bar(full[p].hijack),
            "residual head": _head_bar(full[p].residual),
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
        "attacks each lever passes": lost,
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
