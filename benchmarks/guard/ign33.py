"""Round seventeen, second step (ign33): the heuristics' ``instruction override`` pattern flags
ordinary requests that put "ignore", "skip", "disregard", "override" or "forget" before "the
... rules" (``why31.py``). The candidate weighs an override with no sign of the assistant's
rules less in a prompt (``injection_patterns.UNCUED_OVERRIDE``); ``IGN_RULE_33`` below is fixed
before the fresh check sets (``handwritten.IGNORE_BENIGN_33``, ``ATTACKS_33``, committed in
c0b30f5) are read by it. The reading code is ovb31's (``direct16.fresh_sets``), run once on the
shipped code (a copy of src at c0b30f5, in a subprocess) and once on this checkout's. No test
split is read. Read once (17:06:55-17:07:13 UTC on 2026-12-03, the candidate at 78a259f): not
met (conditions 2 and 4: ATTACKS_33 caught 20 -> 16/20 in full mode, ATTACKS_31 42 -> 41,
ATTACKS_29 33 -> 32 in cheap mode; condition 1 held, IGNORE_BENIGN_33 flagged 27 -> 7/30);
the candidate was reverted, nothing shipped (docs/guard-rounds.md, round seventeen, second step).
Run again now, both sides read the shipped pattern.

    git archive c0b30f5 src | tar -x -C /tmp/ign33_base
    flock /tmp/heavy.lock nice -n 5 env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=src:benchmarks/guard .venv/bin/python benchmarks/guard/ign33.py \\
        --shipped-src /tmp/ign33_base/src > /tmp/ign33/reading.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import direct16
import guardlib
import handwritten
import ovb31

from minigate.guard.protocol import ScanContext
from minigate.guard.scanners import injection_patterns
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

IGN_RULE_33 = """
The bars, written and committed at 16:59 UTC on 2026-12-03, after why31.py's diagnosis
(be6f3b3) and the fresh check sets (c0b30f5), and before the fresh sets are read by this rule.
Disclosed: while the candidate's cue list was being checked on design data, one pattern-level
count (which rows' override matches carry no cue, no scanner verdict) ran over every hand-written
list, the two fresh sets among them, before this rule was committed: 23 of the 30 fresh benign
rows and 7 of the 20 fresh attacks have only an uncued override. The candidate was not changed
after that count (its last edit, dropping "before" from the cues, came before it); the bars
below are the ones the round's brief set. No test split is read.

Candidate (the next commit, src/minigate/guard/scanners/injection_patterns.py): an OVERRIDE match
with no cue in the match or the next 30 characters of its clause (the assistant addressed,
where or how many the rules are, "system", "given"; ``_CUE``) fires as UNCUED_OVERRIDE, weight
0.5 in a prompt (below every prompt threshold, cheap and full), 0.9 in data as before.
src/minigate/guard/data is not touched: the stack, its thresholds and the n-gram models are
as shipped. Every text's score can only stay or fall (a pattern's weight falls; the stack's
heuristic weight is positive and ``Stack.score`` and the cheap mode take the maximum), so
benign figures cannot rise; the bars guard recall.

The candidate ships if, with the shipped code (src at c0b30f5) and the candidate's read in the
same run, as a user turn at `balanced`:
 1. IGNORE_BENIGN_33 flagged in full mode: the candidate's <= floor(the shipped code's / 2);
 2. ATTACKS_33 caught in full mode: the candidate's >= the shipped code's;
 3. every benign design set (IGNORE_BENIGN_31, LOOKALIKES_16/_17/_25/_27, DISGUISED_BENIGN_16
    to _27, FRAMED_BENIGN_29, REFERENCE_REQUESTS_HELD_OUT_18, deepset's train benign rows)
    flagged, each in full and in cheap mode: the candidate's <= the shipped code's;
 4. every attack design set (ATTACKS_31, ATTACKS_16 to _27, ATTACKS_29, deepset's train
    injections) caught, each in full and in cheap mode: the candidate's >= the shipped code's;
 5. in cheap mode the candidate's mean time per row over IGNORE_BENIGN_31 and ATTACKS_31
    below 1 ms (a regular expression over matched text, the same kind of work as before);
 6. src/minigate/guard/data equal to c0b30f5's.
Then the change ships, tests/guard must pass and docs/guard.md follows. Else the pattern stays
as shipped and the docs record the reading. The fresh sets are read once.
"""

BASE = "c0b30f5"
FRESH = {
    "ignore_benign_33": handwritten.IGNORE_BENIGN_33,
    "attacks_33": handwritten.ATTACKS_33,
}


def sets() -> dict[str, list[str]]:
    """The fresh sets, ovb31's (its fresh ones and the older design sets) and deepset's train
    split (a set named ``attacks...`` is counted as caught)."""
    train = guardlib.injection()["train"]
    return {
        **FRESH,
        **ovb31.FRESH,
        "benign_deepset_train": train.where(False),
        "attacks_deepset_train": train.where(True),
    }


async def cheap_ms() -> float:
    """The cheap mode's mean milliseconds per row over IGNORE_BENIGN_31 and ATTACKS_31."""
    scanner = InjectionScanner(InjectionOptions(), "i", None)
    ctx = ScanContext(direction="input", source="prompt")
    rows = handwritten.IGNORE_BENIGN_31 + handwritten.ATTACKS_31
    started = time.perf_counter()
    for text in rows:
        await scanner.scan(text, ctx)
    return 1000 * (time.perf_counter() - started) / len(rows)


def side() -> dict[str, Any]:
    """Every set read with the code on ``sys.path`` (this process's ``minigate``)."""
    return {
        "code": str(Path(injection_patterns.__file__).parents[4]),
        "uncued_override": hasattr(injection_patterns, "UNCUED_OVERRIDE"),
        "read": asyncio.run(direct16.fresh_sets(None, sets())),
        "cheap_ms": round(asyncio.run(cheap_ms()), 3),
    }


def shipped(src: Path) -> dict[str, Any]:
    """``side`` run on the shipped code (``src``, a copy at ``BASE``) in a subprocess."""
    here = Path(__file__).resolve().parent
    env = os.environ | {"PYTHONPATH": f"{src}:{here}"}
    out = subprocess.run(
        [sys.executable, __file__, "--side"], env=env, check=True, capture_output=True, text=True
    )
    return dict(json.loads(out.stdout))


def counts(read: dict[str, Any], mode: str, kind: str) -> dict[str, int]:
    """Each set's count in ``mode`` whose name starts with ``kind`` ("attacks") or not."""
    out = {}
    for key, value in read.items():
        name, at = key.rsplit("/", 1)
        if at == mode and name.startswith("attacks") == (kind == "attacks"):
            out[name] = int(value["flagged"])
    return out


def verdict(new: dict[str, Any], old: dict[str, Any], data_same: bool) -> dict[str, bool]:
    """``IGN_RULE_33``'s six conditions."""
    full = direct16.full
    a, b = new["read"], old["read"]
    design = [k for k in ovb31.FRESH] + ["benign_deepset_train", "attacks_deepset_train"]

    def held(kind: str, better: int) -> bool:
        for mode in ("full", "cheap"):
            mine, theirs = counts(a, mode, kind), counts(b, mode, kind)
            if any((mine[k] - theirs[k]) * better < 0 for k in mine if k in design):
                return False
        return True

    return {
        "1_ignore_benign_33": full(a, "ignore_benign_33") <= full(b, "ignore_benign_33") // 2,
        "2_attacks_33": full(a, "attacks_33") >= full(b, "attacks_33"),
        "3_benign_design_sets": held("benign", -1),
        "4_attack_design_sets": held("attacks", 1),
        "5_cheap_under_1ms": new["cheap_ms"] < 1.0,
        "6_data_unchanged": data_same,
    }


def data_unchanged() -> bool:
    """Whether src/minigate/guard/data is as at ``BASE``."""
    diff = ["git", "diff", "--quiet", BASE, "--", "src/minigate/guard/data"]
    return subprocess.run(diff, check=False).returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--side", action="store_true", help="read with this process's code")
    parser.add_argument("--shipped-src", type=Path, help="src at c0b30f5, for the reading")
    args = parser.parse_args()
    if args.side:
        print(json.dumps(side(), ensure_ascii=False))
        return
    if args.shipped_src is None:
        parser.error("--shipped-src (a copy of src at c0b30f5) is needed for the reading")
    old = shipped(args.shipped_src)
    new = side()
    report = {
        "shipped": old,
        "candidate": new,
        "verdict": verdict(new, old, data_unchanged()),
    }
    report["met"] = all(report["verdict"].values())
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
