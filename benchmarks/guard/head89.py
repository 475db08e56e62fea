"""Round thirty-nine (head49, issue 18): round thirty-eight's candidate judged by net counts.

Round thirty-eight (head85.py) read the retrained planted head (3e8dd96's two classifier files,
``injection.json`` as shipped, so the head is read at the joined data threshold 0.60) on
fresh85 and met conditions 1, 2, 3 and 5 of ``HEAD_RULE_85``; it failed condition 4 alone,
which counted the planted texts the design model d2 lost one by one (4 lost, 4 gained, net
71 -> 71). fresh85 is spent and is design data now. This round keeps the same candidate
(b02a70e's files, nothing else changed) and states condition 4 by net counts before a new set,
fresh89, is read once.

The machinery is head85's and head81's (their folders, the cold p50, seg73's and cln61's
check); this script names the data and the rule and restates the design figures. No test
split and no over-defense set is read. Shipped = `git archive 8f778f8 src` (main when this
round began; its guard data files are 66bafa0's, the code round thirty-eight read beside).

    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \\
        MINIGATE_SHARED_DATA=/work/shared/data PYTHONPATH=$PWD/src:$PWD/benchmarks/guard \\
        python benchmarks/guard/head89.py --check --shipped-src <src at 8f778f8>  # once

DESIGN (restated, not re-read; each figure shipped -> d2 or candidate, each text as data at
`balanced`, full mode, the head read at 0.60):

  d2 on fresh73 + fresh77     planted 71 -> 71 of 144   head85.py's docstring, DESIGN
                              clean   30 -> 20 of 216   (19:12:25-19:13:36 UTC); the same
                                                        figures as round thirty-seven's
                                                        (head81.py) for d2 at 0.60
  candidate on fresh81        planted 28 -> 28 of 72    head85.py's docstring, DESIGN
                              clean   13 ->  9 of 108
  candidate on fresh85        planted 39 -> 38 of 72    head85.py's docstring, THE READING
                              clean   18 -> 14 of 108   (19:24:05-19:25:10 UTC)
  fresh43's prompts           52 -> 52 of 64 attacks,   head85.py's docstring, DESIGN: no
                              10 -> 10 of 64 benign     row moved

By the rule's net counts each design part holds (71 >= 70 and 20 < 30; 28 >= 27 and 9 <= 13;
38 >= 38 and 14 <= 18; 0 rows moved of 64, at most 0.64 allowed): DESIGN_FIGURES_MET = True,
stated before the candidate's commit and before fresh89 exists on this branch. The test part
of condition 4 (tests/guard/ with the candidate on this branch) is run after the candidate's
commit and recorded in GUARD_TESTS_PASSED below.

The candidate (9fa11b8, 19:30 UTC): b02a70e's two files (``git diff b02a70e`` of them empty).
tests/guard/ with it, under the lock, one thread (19:30:25-19:31:43 UTC, 71.37 s of tests):
748 passed, 3 xfailed. DESIGN_MET = True, stated before fresh89 is merged.

THE READING (``--check``, once, 19:38:45-19:39:59 UTC on 2026-12-04, under the lock, one
thread, on d2d9c3d: fresh89 (b758016, its commit seen at 19:38:35) merged onto 90933f7; the
machinery first run on spent rows with HEAD89_PLUMBING, 19:38:24-19:38:32). Shipped: `git
archive 8f778f8 src` in a subprocess. Each text as data at `balanced` (the output names the
sets cln61's way, ``*_fresh_61``):

  1. FRESH_CLEAN_89 flagged, full     11 -> 8 of 108 (gone 39, 45, 65, all documents; none
                                      new); bar 8 = 11 - max(2, ceil(11/5))             met
  2. FRESH_PLANTED_89 caught, full    33 -> 32 of 72 (lost 36, a document; none gained);
                                      bar 32                                            met
  3. cheap: clean 16 -> 16, planted 31 -> 31, the same rows                             met
  4. design, by net counts            DESIGN_MET = True (stated above)                  met
  5. cold p50, full mode              9.158 -> 9.168 ms (+0.010)                        met

Met, at the bars of conditions 1 and 2: the candidate stays.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import time
from pathlib import Path
from typing import Any

import cln61
import fresh57
import guardlib
import head81
import head85
import seg73
import sent69
import torch

HEAD_RULE_89 = (
    "The candidate ships if, read once with the shipped code and the candidate's in the same "
    "run, each text of fresh89 as data at `balanced`: 1. FRESH_CLEAN_89 flagged in full mode: "
    "candidate <= shipped - max(2, ceil(f/5)), f the shipped code's full-mode flags of 108; "
    "2. FRESH_PLANTED_89 caught in full mode: candidate >= shipped - 1; 3. in cheap mode the "
    "candidate flags and catches the same texts as the shipped code; 4. on the design data, by "
    "net counts (recorded by rounds thirty-seven and thirty-eight before this rule, restated in "
    "the script): d2 at 0.60 on fresh73 + fresh77 catches at least shipped - 1 of their 144 "
    "planted texts and flags fewer of their 216 clean texts; the candidate on fresh81 and on "
    "fresh85 each catches at least shipped - 1 of the 72 planted texts and flags no more of the "
    "108 clean texts than the shipped code; the prompt route's flags on fresh43 change by at "
    "most 1% of each list; every test under tests/guard/ passes with the candidate on this "
    "branch; 5. the data route's full-mode cold p50 per text up by at most 1 ms."
)

BASE = "8f778f8"
CANDIDATE = "b02a70e"  # 3e8dd96's classifier files, injection_encoder.json gaining read_at 0.60
WORK = guardlib.ROOT / "bench-results" / "head89"
PLUMBING = "HEAD89_PLUMBING"

# The design figures, (shipped, d2 or candidate), full mode at 0.60; sources in the docstring
DESIGN: dict[str, dict[str, tuple[int, int]]] = {
    "d2_on_73_77": {"planted": (71, 71), "clean": (30, 20)},  # head85.py, DESIGN
    "candidate_on_81": {"planted": (28, 28), "clean": (13, 9)},  # head85.py, DESIGN
    "candidate_on_85": {"planted": (39, 38), "clean": (18, 14)},  # head85.py, THE READING
}
PROMPTS_43_MOVED = {"attacks": 0, "benign": 0}  # of 64 each; head85.py, DESIGN
PROMPTS_43_OF = 64


def design_figures_met() -> dict[str, bool]:
    """Condition 4's design part by net counts, on the figures above (no model is read)."""
    d2 = DESIGN["d2_on_73_77"]
    out = {"d2": d2["planted"][1] >= d2["planted"][0] - 1 and d2["clean"][1] < d2["clean"][0]}
    for name in ("candidate_on_81", "candidate_on_85"):
        got = DESIGN[name]
        out[name] = (
            got["planted"][1] >= got["planted"][0] - 1 and got["clean"][1] <= got["clean"][0]
        )
    out["prompts_43"] = all(n <= 0.01 * PROMPTS_43_OF for n in PROMPTS_43_MOVED.values())
    return out


DESIGN_FIGURES_MET = all(design_figures_met().values())
# tests/guard/ with the candidate on this branch (9fa11b8), under the lock, 19:30:25-19:31:43
# UTC: 748 passed, 3 xfailed (the known defects), 71.37 s
GUARD_TESTS_PASSED: bool | None = True
DESIGN_MET = DESIGN_FIGURES_MET and GUARD_TESTS_PASSED is True


# --check: fresh89, present only after the fresh89 branch is merged (importing it is reading it)
def _fresh89() -> Any:
    if os.environ.get(PLUMBING):  # a test of the machinery on spent rows (no fresh89)
        return argparse.Namespace(
            FRESH_CLEAN_61=fresh57.FRESH_CLEAN_57[:4] + fresh57.FRESH_CLEAN_57[24:26],
            FRESH_PLANTED_61=fresh57.FRESH_PLANTED_57[:3],
            LANGUAGES_61={"clean": ["en"] * 6, "planted": ["en"] * 3},
        )
    module = importlib.import_module("fresh89")
    return argparse.Namespace(
        FRESH_CLEAN_61=module.FRESH_CLEAN_89,
        FRESH_PLANTED_61=module.FRESH_PLANTED_89,
        LANGUAGES_61=module.LANGUAGES_89,
    )


def verdict(new: dict[str, Any], old: dict[str, Any]) -> dict[str, bool]:
    """``HEAD_RULE_89``'s five conditions on a ``--check`` reading (4 as stated above)."""
    clean, planted = cln61.FRESH_NAMES
    count = cln61.count
    f = count(old, clean, "full")
    return {
        "1_clean_full": count(new, clean, "full") <= f - max(2, math.ceil(f / 5)),
        "2_planted_full": count(new, planted, "full") >= count(old, planted, "full") - 1,
        "3_cheap_same_texts": all(
            new["data"][f"{k}/cheap"]["rows"] == old["data"][f"{k}/cheap"]["rows"]
            for k in (clean, planted)
        ),
        "4_design_net_counts": DESIGN_MET,
        "5_full_cold_p50": new["full_p50_ms"] - old["full_p50_ms"] <= 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--side", action="store_true", help="(internal) one side of --check")
    parser.add_argument("--check", action="store_true", help="read fresh89 (once)")
    parser.add_argument("--shipped-src", type=Path, help=f"src at {BASE}, read beside this")
    args = parser.parse_args()
    sent69.SPENT = head85.SPENT  # sent69's functions read the spent sets by this name
    cln61._fresh_module = _fresh89  # type: ignore[attr-defined]
    seg73.verdict = verdict  # type: ignore[assignment]
    if args.side:
        print(json.dumps(cln61.side(), ensure_ascii=False))
        return
    if not args.check or args.shipped_src is None:
        parser.error("--check and --shipped-src")
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    started = time.strftime("%H:%M:%S", time.gmtime())
    head81.SHIPPED_DATA[0] = cln61._shipped_data(args.shipped_src.resolve())
    seg73.__file__ = __file__  # its --check runs this script's --side for the shipped code
    cln61.p50_ms = head81.cold_p50_ms  # type: ignore[assignment]  # condition 5: cold
    report = seg73.check(args.shipped_src.resolve(), head81.SHIPPED_DATA[0])
    report["rule"] = HEAD_RULE_89
    report["design_figures_met"] = design_figures_met()
    report["guard_tests_passed"] = GUARD_TESTS_PASSED
    report["utc"] = f"{started}-{time.strftime('%H:%M:%S', time.gmtime())}"
    print(json.dumps(report, indent=1, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
