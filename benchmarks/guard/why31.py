"""Round seventeen, second step (ign33): why the shipped files flag ordinary requests that put
"ignore" beside "instructions", "rules" or "system". For each row of ``IGNORE_BENIGN_31`` and
``ATTACKS_31`` (design data since ovb31's one reading), as a user turn in cheap and full mode:
the heuristic patterns that fire (on which reading of the normaliser, with the span each
matched), the n-gram probability, the stack's inputs and each one's share of its logit, the
score and the threshold at each operating point; which component flags the row at `balanced`;
and whether it would be flagged without the heuristics' ``instruction override`` pattern (the
other patterns kept). Everything is the guard's own code; nothing here scores a text itself.
No test split is read.

    flock /tmp/heavy.lock nice -n 5 env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=src:benchmarks/guard .venv/bin/python benchmarks/guard/why31.py > why31.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections import Counter
from dataclasses import replace
from typing import Any

import build_stack
import handwritten
from build_artifacts import POINTS
from embedcache import cached_minilm

from minigate.guard.normalize import variants
from minigate.guard.scanners.artifacts import sigmoid
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner
from minigate.guard.scanners.injection_patterns import OVERRIDE, fired, heuristic_score
from minigate.guard.scanners.injection_stack import FEATURES, Signals, looks_like_code

SETS = {
    "ignore_benign_31": handwritten.IGNORE_BENIGN_31,
    "attacks_31": handwritten.ATTACKS_31,
}
MODES = ("cheap", "full")


def scanners(mode: str) -> dict[str, InjectionScanner]:
    """One scanner of ``mode`` per operating point (the scores are the same; the thresholds
    differ)."""
    embed = build_stack._embed_fn(cached_minilm(threads=1)) if mode == "full" else None
    return {p: InjectionScanner(InjectionOptions(operating_point=p), "i", embed) for p in POINTS}


def patterns_read(text: str) -> dict[str, Any]:
    """The patterns that fire on each reading of the normaliser, with the span each matched,
    and the tricks it undid."""
    seen = variants(text)
    readings = []
    for i, reading in enumerate(seen.texts):
        for pattern in fired(reading):
            match = pattern.regex.search(reading)
            span = match.group(0) if match else ""
            readings.append({"reading": i, "pattern": pattern.name, "span": span})
    return {"fired": readings, "tricks": list(seen.obfuscated)}


def without_override(found: Signals, text: str) -> Signals:
    """``found`` with the heuristics re-scored without ``instruction override``."""
    seen = variants(text)
    kept = {p.name: p for t in seen.texts for p in fired(t) if p.name != OVERRIDE.name}
    heuristic = heuristic_score(list(kept.values()), "prompt", len(seen.obfuscated))
    return replace(found, heuristic=heuristic, patterns=tuple(kept) + tuple(seen.obfuscated))


def stack_parts(scanner: InjectionScanner, found: Signals, route: str) -> dict[str, float]:
    """Each stack input's share of the prompt route's logit (coefficient times input)."""
    assert scanner.stack is not None
    weights = "prompt" if route != "code" else route
    coef = scanner.stack.coef[weights]
    parts = {name: float(c * x) for name, c, x in zip(FEATURES, coef, found.vector(), strict=True)}
    parts["intercept"] = scanner.stack.intercept[weights]
    return {k: round(v, 3) for k, v in parts.items() if v}


def score_of(scanner: InjectionScanner, found: Signals, route: str) -> float:
    """The score ``found`` gets: the stack's (full) or the strongest signal (cheap)."""
    if scanner.stack is not None:
        return scanner.stack.score(found, route)
    return max(found.heuristic, found.ngram)


def cause(scanner: InjectionScanner, found: Signals, flagged: bool, route: str) -> str:
    """What flags a flagged row at `balanced`: the heuristics alone (a pattern's weight at or
    above the threshold), the n-gram model alone (cheap), the stack, or the pasted-code
    reading (``assess`` read the prose or the code apart)."""
    if not flagged:
        return "not flagged"
    threshold = scanner.threshold_for(route)
    if found.heuristic >= threshold:
        return "heuristics"
    if scanner.stack is None:
        return "ngram" if found.ngram >= threshold else "pasted reading"
    return "stack" if score_of(scanner, found, route) >= threshold else "pasted reading"


async def row(text: str, by_point: dict[str, InjectionScanner]) -> dict[str, Any]:
    """One row in one mode: its signals, score, thresholds, verdicts and cause."""
    balanced = by_point["balanced"]
    said = await balanced.assess(text, "prompt")
    found = await balanced.signals(text, "prompt")
    route = said.route
    flagged = {p: said.score >= s.threshold_for(route) for p, s in by_point.items()}
    out: dict[str, Any] = {
        "score": round(said.score, 3),
        "route": route,
        "reason": said.reason,
        "heuristic": round(found.heuristic, 3),
        "patterns": list(found.patterns),
        "ngram": round(found.ngram, 3),
        "thresholds": {p: s.threshold_for(route) for p, s in by_point.items()},
        "flagged": flagged,
        "cause": cause(balanced, found, flagged["balanced"], route),
    }
    if found.classifier is not None:
        out["classifier"] = round(found.classifier, 3)
        out["attack_cosine"] = round(found.attack_cosine, 3)
        out["benign_cosine"] = round(found.benign_cosine, 3)
        parts = stack_parts(balanced, found, route)
        out["stacked"] = round(sigmoid(sum(parts.values())), 3)  # the stack alone
        out["stack_parts"] = parts
    rest = without_override(found, text)
    out["flagged_without_override"] = score_of(balanced, rest, route) >= balanced.threshold_for(
        route
    )
    return out


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts per mode: rows flagged at each point, causes at `balanced`, the patterns of the
    rows flagged, and the rows flagged without ``instruction override``."""
    out: dict[str, Any] = {}
    for mode in MODES:
        read = [r[mode] for r in rows]
        fired_in = Counter(p for r in read if r["flagged"]["balanced"] for p in r["patterns"])
        out[mode] = {
            "flagged": {p: sum(r["flagged"][p] for r in read) for p in POINTS},
            "causes": dict(Counter(r["cause"] for r in read)),
            "patterns_of_flagged": dict(fired_in),
            "flagged_without_override": sum(r["flagged_without_override"] for r in read),
        }
    out["pasted"] = sum(r["pasted"] for r in rows)
    return out


async def read(names: list[str]) -> dict[str, Any]:
    by_mode = {mode: scanners(mode) for mode in MODES}
    report: dict[str, Any] = {}
    for name in names:
        rows = []
        for text in SETS[name]:
            entry: dict[str, Any] = {"text": text, "pasted": looks_like_code(text)}
            entry |= patterns_read(text)
            for mode in MODES:
                entry[mode] = await row(text, by_mode[mode])
            rows.append(entry)
        report[name] = {"summary": summary(rows), "rows": rows}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=sorted(SETS))
    args = parser.parse_args()
    print(json.dumps(asyncio.run(read(args.sets)), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
