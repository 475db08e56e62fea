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
split is read.

    git archive dfb1a77 src | tar -x -C /tmp/ovr37_base
    flock /tmp/heavy.lock nice -n 5 env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=src:benchmarks/guard .venv/bin/python benchmarks/guard/ovr37.py \\
        [--design | --patterns] --shipped-src /tmp/ovr37_base/src > /tmp/ovr37/reading.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import direct16
import handwritten
import ign33
import ign35
import injection_data

from minigate.guard.normalize import variants
from minigate.guard.scanners import injection_patterns

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


def side(design: bool, patterns: bool = False) -> dict[str, Any]:
    """Every set read with the code on ``sys.path`` (this process's ``minigate``)."""
    if patterns:
        return patterns_side()
    sets = design_sets() if design else {**FRESH, **design_sets()}
    return {
        "code": str(Path(injection_patterns.__file__).parents[4]),
        "read": asyncio.run(direct16.fresh_sets(None, sets)),
        "cheap_ms": round(asyncio.run(ign33.cheap_ms()), 3),
        "bare": ign35.bare_flagged(),
    }


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--side", action="store_true", help="read with this process's code")
    parser.add_argument("--design", action="store_true", help="the design sets alone")
    parser.add_argument("--patterns", action="store_true", help="design, pattern level")
    parser.add_argument("--shipped-src", type=Path, help=f"src at {BASE}, read beside this")
    args = parser.parse_args()
    if args.side:
        print(json.dumps(side(args.design, args.patterns), ensure_ascii=False))
        return
    if args.shipped_src is None:
        parser.error(f"--shipped-src (a copy of src at {BASE}) is needed")
    flags = [f for f, on in (("--design", args.design), ("--patterns", args.patterns)) if on]
    old = shipped(args.shipped_src, flags)
    new = side(args.design, args.patterns)
    report: dict[str, Any] = {"shipped": old, "candidate": new}
    if args.patterns:
        report = {"changes": pattern_changes(new, old)}
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
