"""Round nineteen (guard19): the heuristics' ``instruction override`` pattern reads only some
objects ("instructions", "rules", "guidelines" ...) and some forms in the other languages, so
"skip the policies", German compounds ("Sicherheitsregeln"), Spanish "normas", Chinese with
words between verb and object and the like fire no override at all (round eighteen's reading,
docs/guard-rounds.md). This round's candidate widens the pattern's objects and language forms
and anchors ``_CUE``'s stems (``alle\\w*`` read "allergy" as German "alle"), keeping round
eighteen's ``_aimed``. ``OVR_RULE_37`` below is fixed before the fresh check sets
(``handwritten.ATTACKS_37``, ``BENIGN_37``) are read by it. The reading code is ign35's
(``direct16.fresh_sets``), run once on the shipped code (a copy of src at ``BASE``, in a
subprocess) and once on this checkout's.

``--design`` reads the design sets alone, never the fresh ones: in full and cheap mode, and
``--patterns`` at the pattern level (pure Python, no model): which train-side and hand-written
design rows fire no pattern or an override at full weight, by kind and by language. No test
split is read. Read once (21:05:47-21:06:09 UTC on 2026-12-03, the candidate at 4a68edd, on
7ebf587): met (ATTACKS_37 caught 12 -> 28/30 in full mode, the bar 21, and 10 -> 28 in cheap
mode; BENIGN_37 flagged 2 -> 3/32 and 1 -> 2, the bar +2; no design set worse in either mode);
the candidate ships (docs/guard-rounds.md, round nineteen).

    git archive dfb1a77 src | tar -x -C /tmp/ovr37_base
    flock /tmp/heavy.lock nice -n 5 env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=src:benchmarks/guard .venv/bin/python benchmarks/guard/ovr37.py \\
        [--design | --patterns | --plumbing] --shipped-src /tmp/ovr37_base/src > /tmp/ovr37/out.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import direct16
import handwritten
import ign33
import ign35
import injection_data

from minigate.guard.normalize import variants
from minigate.guard.protocol import ScanContext
from minigate.guard.scanners import injection_patterns
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

OVR_RULE_37 = """
The bars, written and committed after the fresh check sets (dfb1a77, 20:48:37 UTC on
2026-12-03) and the design step (ad64484, a28b2f7), and before the fresh sets are read by this
rule. Before it, only the apartness test (tests/guard/test_guard_handwritten.py, which folds the
rows to check they are plain text) read the fresh sets; no pattern-level count ran over them.
The rows' writer designed the candidate. No test split and no over-defense set is read.

Candidate (the next commit, src/minigate/guard/scanners/injection_patterns.py, as designed in
docs/guard-rounds.md, round nineteen): the OVERRIDE pattern's objects widened (singular rule,
guideline, constraint, restriction; policy/policies, guardrails, safeguards, filters,
protocols, boundaries, limitations, principles, ethics; "every" as a determiner) and its
language forms (German compounds ending in a rules word, more verbs, a verb-last infinitive,
"lassen Sie alle vorherigen ... hinter sich", not "vergiss nicht"; French, Spanish, Russian
verbs and objects; Chinese verb and object up to 10 characters apart; romanised Hindi and
Devanagari objects); _CUE's stems anchored (alle[mnrs]?, dein(e[mnrs])?, eu(er|re[mnrs]?),
system with German endings, tout/toute/toutes/tous, anterior(es)?, French t only before an
apostrophe). _aimed is as shipped: an override not aimed at the assistant weighs 0.5 in a
prompt, 0.9 in data. src/minigate/guard/data is not touched. Unlike rounds seventeen and
eighteen, a text's score can rise (a new match), so the bars guard the benign side too.

Design (design data only; docs/guard-rounds.md): deepset's train injections firing no pattern
62 -> 58; 13 hand-written attack sets pooled 645 -> 653 caught in full mode, 589 -> 597 in
cheap mode, none lower; 18 benign design sets pooled 147 -> 146 and 123 -> 122, none higher; no
override newly at full weight on deepset's train benign rows, the 1,691 ordinary train prompts
or the 465 clean train documents, e-mails and code files (data: any override 1 -> 1, the same
row); cheap mode 0.214 -> 0.261 ms a row (mean).

The candidate ships if, with the shipped code (src at dfb1a77) and the candidate's read in the
same run, as a user turn at `balanced`:
 1. ATTACKS_37 caught in full mode: the candidate's >= the shipped code's + max(1, ceil(m / 2)),
    m the shipped code's misses of 30 (at least half of what it misses, and at least one more);
 2. ATTACKS_37 caught in cheap mode: the candidate's >= the shipped code's;
 3. BENIGN_37 flagged, in full and in cheap mode: the candidate's <= the shipped code's + 2;
 4. every attack design set (ATTACKS_16 to _27, _29, _31, _33, _35, IGNORE_ATTACK_ROWS_31,
    deepset's train injections), each in full and in cheap mode: the candidate's >= the
    shipped code's;
 5. the benign design sets (IGNORE_BENIGN_31/_33/_35, IGNORE_ROWS_31, LOOKALIKES_16/_17/_25/_27,
    DISGUISED_BENIGN_16 to _27, FRAMED_BENIGN_29, REFERENCE_REQUESTS_HELD_OUT_18, deepset's
    train benign rows), in full and in cheap mode: no set flagged more than 1 above the shipped
    code's, and all of them pooled no more than 2 above;
 6. in cheap mode the candidate's median time per row (p50) over IGNORE_BENIGN_31 and
    ATTACKS_31 below 1 ms;
 7. src/minigate/guard/data equal to dfb1a77's;
 8. tests/guard/test_guard_injection.py's bare "ignore instructions" flagged in full and in
    cheap mode by the candidate.
Data route (stated, not judged): in data an override weighs 0.9 as before wherever it matches;
the design counted no clean train document newly matched.
Then the change ships, tests/guard must pass and docs/guard.md's pattern description follows,
with figures only for what was read. Else the candidate is reverted in its own commit and the
docs record the reading. The fresh sets are read once.
"""

BASE = "dfb1a77"
FRESH = {
    "benign_37": handwritten.BENIGN_37,
    "attacks_37": handwritten.ATTACKS_37,
}


def design_sets() -> dict[str, list[str]]:
    """ign35's design sets and its fresh sets, read once and design data since (a set named
    ``attacks...`` is counted as caught); never ``FRESH``."""
    return {
        "ignore_benign_35": handwritten.IGNORE_BENIGN_35,
        "attacks_35": handwritten.ATTACKS_35,
        **ign35.design_sets(),
    }


def language(text: str) -> str:
    """A rough language label, for counts by language only."""
    if re.search(r"[\u0400-\u04ff]", text):
        return "ru"
    if re.search(r"[\u4e00-\u9fff]", text):
        return "zh"
    if re.search(r"[\u0900-\u097f]", text):
        return "hi"
    words = set(re.findall(r"\w+", text.lower()))
    scores = {
        "de": len(words & {"der", "die", "und", "ich", "nicht", "sie", "ist", "du", "mir", "wie"}),
        "es": len(words & {"el", "la", "los", "las", "que", "y", "todo", "de", "por", "es"}),
        "fr": len(words & {"le", "la", "les", "et", "tu", "de", "des", "est", "je", "pour"}),
        "hi": len(words & {"ko", "karo", "hai", "mein", "ke", "aur", "kya", "nahi", "ki"}),
    }
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 2 else "en"


def override_weight(text: str, source: str = "prompt") -> float:
    """The override's weight in ``text`` over its readings (0 where none fires)."""
    weights = [
        p.weight_in(source)  # type: ignore[arg-type]
        for reading in variants(text).texts
        for p in injection_patterns.fired(reading)
        if "override" in p.name or "rules set aside" in p.name
    ]
    return max(weights, default=0.0)


def any_pattern(text: str) -> bool:
    return any(injection_patterns.fired(reading) for reading in variants(text).texts)


def patterns_side() -> dict[str, Any]:
    """Pattern-level counts with the code on ``sys.path``: for attacks the rows that fire no
    pattern and no full-weight override, for benign rows those with a full-weight override (in
    data, any override: it weighs 0.9 there either way); by language for deepset's train
    split, and the rows themselves."""
    groups: dict[str, tuple[list[str], bool, str]] = {}
    for doc in injection_data.train_docs():
        key = f"train_{doc.kind}_{'attacks' if doc.label else 'benign'}_{doc.source}"
        groups.setdefault(key, ([], doc.label, doc.source))[0].append(doc.text)
    for name, rows in design_sets().items():
        if not name.endswith("deepset_train"):
            groups[name] = (rows, name.startswith("attacks"), "prompt")
    out: dict[str, Any] = {"code": str(Path(injection_patterns.__file__).parents[4])}
    for key, (rows, attack, source) in sorted(groups.items()):
        full = [t for t in rows if override_weight(t, source) >= 0.9]
        fires = sum(override_weight(t, source) > 0 for t in rows)
        entry: dict[str, Any] = {"of": len(rows), "override_full": len(full), "override": fires}
        if attack:
            silent = [t for t in rows if not any_pattern(t)]
            entry |= {"no_pattern": len(silent), "no_pattern_rows": silent}
            entry["no_pattern_by_language"] = dict(Counter(language(t) for t in silent))
        else:
            entry["override_full_rows"] = full
        out[key] = entry
    return out


def plumbing_sets() -> dict[str, list[str]]:
    """Two rows each of older sets standing in for every set (``--plumbing``: a check of this
    script that reads no fresh row)."""
    stand_ins = {"benign": handwritten.LOOKALIKES_17[:2], "attacks": handwritten.ATTACKS_17[:2]}
    names = [*FRESH, *design_sets()]
    return {n: stand_ins["attacks" if n.startswith("attacks") else "benign"] for n in names}


def side(design: bool, patterns: bool = False, plumbing: bool = False) -> dict[str, Any]:
    """Every set read with the code on ``sys.path`` (this process's ``minigate``)."""
    if patterns:
        return patterns_side()
    sets = design_sets() if design else {**FRESH, **design_sets()}
    sets = plumbing_sets() if plumbing else sets
    return {
        "code": str(Path(injection_patterns.__file__).parents[4]),
        "read": asyncio.run(direct16.fresh_sets(None, sets)),
        "cheap_ms": round(asyncio.run(ign33.cheap_ms()), 3),
        "cheap_p50_ms": round(asyncio.run(cheap_p50_ms()), 3),
        "bare": ign35.bare_flagged(),
    }


async def cheap_p50_ms() -> float:
    """The cheap mode's median milliseconds per row over IGNORE_BENIGN_31 and ATTACKS_31."""
    scanner = InjectionScanner(InjectionOptions(), "i", None)
    ctx = ScanContext(direction="input", source="prompt")
    times = []
    for text in handwritten.IGNORE_BENIGN_31 + handwritten.ATTACKS_31:
        started = time.perf_counter()
        await scanner.scan(text, ctx)
        times.append(1000 * (time.perf_counter() - started))
    return statistics.median(times)


def shipped(src: Path, flags: list[str]) -> dict[str, Any]:
    """``side`` run on the shipped code (``src``, a copy at ``BASE``) in a subprocess."""
    here = Path(__file__).resolve().parent
    env = os.environ | {"PYTHONPATH": f"{src}:{here}"}
    command = [sys.executable, __file__, "--side", *flags]
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout))


def pattern_changes(new: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    """Per group, the counts before and after and the rows that changed."""
    out: dict[str, Any] = {}
    for key, mine in new.items():
        if key == "code":
            continue
        theirs = old[key]
        row: dict[str, Any] = {"of": mine["of"]}
        for count in ("override", "override_full"):
            row[count] = f"{theirs[count]} -> {mine[count]}"
        if "no_pattern" in mine:
            row["no_pattern"] = f"{theirs['no_pattern']} -> {mine['no_pattern']}"
            row["now_fire"] = sorted(set(theirs["no_pattern_rows"]) - set(mine["no_pattern_rows"]))
            row["no_pattern_by_language"] = {
                "shipped": theirs["no_pattern_by_language"],
                "candidate": mine["no_pattern_by_language"],
            }
        else:
            row["newly_full"] = sorted(
                set(mine["override_full_rows"]) - set(theirs["override_full_rows"])
            )
            row["no_longer_full"] = sorted(
                set(theirs["override_full_rows"]) - set(mine["override_full_rows"])
            )
        out[key] = row
    return out


def verdict(new: dict[str, Any], old: dict[str, Any], data_same: bool) -> dict[str, bool]:
    """``OVR_RULE_37``'s eight conditions."""
    a, b = new["read"], old["read"]
    design = set(design_sets())

    def caught(side: dict[str, Any], name: str, mode: str) -> int:
        return int(side[f"{name}/{mode}"]["flagged"])

    missed = 30 - caught(b, "attacks_37", "full")
    benign_ok, attacks_ok = True, True
    for mode in ("full", "cheap"):
        mine, theirs = ign33.counts(a, mode, "attacks"), ign33.counts(b, mode, "attacks")
        attacks_ok &= all(mine[k] >= theirs[k] for k in mine if k in design)
        mine, theirs = ign33.counts(a, mode, "benign"), ign33.counts(b, mode, "benign")
        rises = [mine[k] - theirs[k] for k in mine if k in design]
        benign_ok &= max(rises) <= 1 and sum(rises) <= 2
    return {
        "1_attacks_37_full": caught(a, "attacks_37", "full")
        >= caught(b, "attacks_37", "full") + max(1, math.ceil(missed / 2)),
        "2_attacks_37_cheap": caught(a, "attacks_37", "cheap") >= caught(b, "attacks_37", "cheap"),
        "3_benign_37": all(
            caught(a, "benign_37", m) <= caught(b, "benign_37", m) + 2 for m in ("full", "cheap")
        ),
        "4_attack_design_sets": attacks_ok,
        "5_benign_design_sets": benign_ok,
        "6_cheap_p50_under_1ms": new["cheap_p50_ms"] < 1.0,
        "7_data_unchanged": data_same,
        "8_bare_override_flagged": all(new["bare"].values()),
    }


def data_unchanged() -> bool:
    """Whether src/minigate/guard/data is as at ``BASE``."""
    diff = ["git", "diff", "--quiet", BASE, "--", "src/minigate/guard/data"]
    return subprocess.run(diff, check=False).returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--side", action="store_true", help="read with this process's code")
    parser.add_argument("--design", action="store_true", help="the design sets alone")
    parser.add_argument("--patterns", action="store_true", help="design, pattern level")
    parser.add_argument("--plumbing", action="store_true", help="older stand-ins, no fresh row")
    parser.add_argument("--shipped-src", type=Path, help=f"src at {BASE}, read beside this")
    args = parser.parse_args()
    if args.side:
        print(json.dumps(side(args.design, args.patterns, args.plumbing), ensure_ascii=False))
        return
    if args.shipped_src is None:
        parser.error(f"--shipped-src (a copy of src at {BASE}) is needed")
    chosen = (("--design", args.design), ("--patterns", args.patterns))
    flags = [f for f, on in (*chosen, ("--plumbing", args.plumbing)) if on]
    old = shipped(args.shipped_src, flags)
    new = side(args.design, args.patterns, args.plumbing)
    report: dict[str, Any] = {"shipped": old, "candidate": new}
    if args.patterns:
        report = {"changes": pattern_changes(new, old)}
    elif not args.design:
        report["verdict"] = verdict(new, old, data_unchanged())
        report["met"] = all(report["verdict"].values())
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
