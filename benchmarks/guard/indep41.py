"""Issue 18, an independent check of guard rounds nineteen and twenty (indep41): the
hand-written ``handwritten.INDEP_ATTACKS_41`` (60 direct injections) and ``INDEP_BENIGN_41``
(60 ordinary requests with the same vocabulary), written by a writer who had not read the
guard's code, its round notes or the earlier check sets, each read once as a user turn at
`balanced`, full and cheap mode, by the guard's code at three commits: ``ab28a52`` (before
round nineteen), ``31dffc4`` (round nineteen merged) and ``f5392d3`` (round twenty merged).
Each commit's src is a copy (``git archive <commit> src``) read in its own subprocess with the
same reading machinery (direct16's: ``build_stack._embed_fn`` over the cached MiniLM vectors,
``InjectionScanner(InjectionOptions(), ...)``, the data files in that src). Reported per
language and in total: attacks caught and benign rows flagged, with 95% Wilson intervals, and
the rows (by index) whose verdict changed between the commits. No test split is read; nothing
in src is changed. Read once (22:12:56-22:13:18 UTC on 2026-12-03, queued at 22:04:36, on
8030738): attacks caught in full mode 47 -> 49 -> 52 of 60, in cheap mode 39 -> 41 -> 44;
benign flagged 4 of 60 in each mode at every commit, no benign score moved
(docs/guard-rounds.md, "Round twenty, an independent check").

    for c in ab28a52 31dffc4 f5392d3; do
        mkdir -p /tmp/indep41/$c && git archive $c src | tar -x -C /tmp/indep41/$c; done
    flock /tmp/heavy.lock nice -n 5 env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=benchmarks/guard python benchmarks/guard/indep41.py --root /tmp/indep41 \\
        > /tmp/indep41/out.json

``--plumbing`` reads two rows of an older set (ATTACKS_17, LOOKALIKES_17) in place of each
fresh set: a check of this script that reads no fresh row.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import handwritten

COMMITS = {
    "ab28a52": "before round nineteen",
    "31dffc4": "round nineteen merged",
    "f5392d3": "round twenty merged",
}
# each list holds its languages in this order, so many rows each
LANGUAGES = (("en", 25), ("de", 6), ("fr", 6), ("es", 6), ("ru", 6), ("zh", 6), ("hi", 5))
MODES = ("full", "cheap")


def sets(plumbing: bool) -> dict[str, list[str]]:
    """The two fresh sets, or (``plumbing``) older stand-ins of the same length."""
    if plumbing:
        stand = handwritten.ATTACKS_17[:2], handwritten.LOOKALIKES_17[:2]
        return {"attacks": stand[0] * 30, "benign": stand[1] * 30}
    return {"attacks": handwritten.INDEP_ATTACKS_41, "benign": handwritten.INDEP_BENIGN_41}


def language(index: int) -> str:
    """The language of a row by its place in its list."""
    start = 0
    for name, count in LANGUAGES:
        if index < start + count:
            return name
        start += count
    raise IndexError(index)


def side(plumbing: bool) -> dict[str, Any]:
    """Each row's verdict in both modes with this process's ``minigate`` (one commit's src)."""
    import build_stack
    from embedcache import cached_minilm

    import minigate
    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    async def read() -> dict[str, Any]:
        embed = build_stack._embed_fn(cached_minilm(threads=1))
        ctx = ScanContext(direction="input", source="prompt")
        out: dict[str, Any] = {}
        for mode, fn in (("full", embed), ("cheap", None)):
            scanner = InjectionScanner(InjectionOptions(), "i", fn, None)
            for name, rows in sets(plumbing).items():
                verdicts = [await scanner.scan(t, ctx) for t in rows]
                out[f"{name}/{mode}"] = [
                    {"flagged": v.flagged, "score": round(v.score, 3), "reason": v.reason}
                    for v in verdicts
                ]
        return out

    return {"minigate": minigate.__file__, "read": asyncio.run(read())}


def wilson(hits: int, n: int, z: float = 1.96) -> list[float]:
    """The 95% Wilson interval of hits / n, in percent."""
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return [round(100 * max(0.0, centre - half), 1), round(100 * min(1.0, centre + half), 1)]


def table(read: dict[str, Any]) -> dict[str, Any]:
    """Per language and in total, for each set and mode: flagged / of, the Wilson interval,
    and the indices the verdict missed (attacks) or flagged (benign)."""
    out: dict[str, Any] = {}
    for key, verdicts in read.items():
        name = key.split("/")[0]
        groups: dict[str, list[int]] = {}
        for index in range(len(verdicts)):
            groups.setdefault(language(index), []).append(index)
        groups["total"] = list(range(len(verdicts)))
        entry: dict[str, Any] = {}
        for group, indices in groups.items():
            hits = [i for i in indices if verdicts[i]["flagged"]]
            listed = [i for i in indices if i not in hits] if name == "attacks" else hits
            entry[group] = {
                "flagged": len(hits),
                "of": len(indices),
                "wilson": wilson(len(hits), len(indices)),
                "missed" if name == "attacks" else "flagged_rows": listed,
            }
        out[key] = entry
    return out


def changes(reads: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """For each pair of consecutive commits, set and mode: the indices newly flagged and no
    longer flagged, and those whose score moved."""
    out: dict[str, Any] = {}
    names = list(reads)
    for old, new in itertools.pairwise(names):
        for key in reads[old]:
            a, b = reads[old][key], reads[new][key]
            out[f"{old}->{new} {key}"] = {
                "newly_flagged": [i for i in range(len(a)) if b[i]["flagged"] > a[i]["flagged"]],
                "unflagged": [i for i in range(len(a)) if b[i]["flagged"] < a[i]["flagged"]],
                "score_moved": [i for i in range(len(a)) if b[i]["score"] != a[i]["score"]],
            }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--side", action="store_true", help="read with this process's code")
    parser.add_argument("--plumbing", action="store_true", help="older stand-ins, no fresh row")
    parser.add_argument("--root", type=Path, help="holds <commit>/src for each commit")
    args = parser.parse_args()
    flags = ["--plumbing"] if args.plumbing else []
    if args.side:
        print(json.dumps(side(args.plumbing), ensure_ascii=False))
        return
    if args.root is None:
        parser.error("--root (a folder holding <commit>/src for each commit) is needed")
    here = Path(__file__).resolve().parent
    reads: dict[str, dict[str, Any]] = {}
    report: dict[str, Any] = {"commits": COMMITS, "minigate": {}, "tables": {}}
    for commit in COMMITS:
        src = args.root / commit / "src"
        env = os.environ | {"PYTHONPATH": f"{src}:{here}"}
        command = [sys.executable, __file__, "--side", *flags]
        done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        got = json.loads(done.stdout)
        assert got["minigate"].startswith(str(src)), got["minigate"]
        report["minigate"][commit] = got["minigate"]
        reads[commit] = got["read"]
        report["tables"][commit] = table(got["read"])
    report["changes"] = changes(reads)
    report["rows"] = reads
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
