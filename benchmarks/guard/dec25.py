"""Round fifteen, third try (dec25): a pre-registered confirmation of dec21's candidate A3 (the
prompt route's own benign rows plus ``handwritten.ATTACK_ROWS_21``; ``build_stack.py
--benign-rows all-attacks``), read on fresh sets written after ``DEC_RULE_25`` was committed.
There is no design step: A3 is fixed as dec21 and dec23 built it. No test split is read. The
normaliser is as shipped (dec23's fix was reverted), so nothing is patched in. Read once
(10:28:29-10:30:24 UTC on 2026-12-03): not met (condition 1: DISGUISED_BENIGN_25 flagged
8 -> 5/80, where floor(8 / 2) = 4 was the bar; every other condition held: attacks 51 -> 54/70,
look-alikes 12 -> 11/60); nothing shipped (docs/guard-rounds.md, round fifteen, third try).

    # the reading (shipped files in src; A3's in a full copy of the data folder, bitwise equal
    # to dec23's /tmp/dec23/cand_a3):
    flock /tmp/heavy.lock nice -n 5 env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=src:benchmarks/guard .venv/bin/python benchmarks/guard/dec25.py \\
        --candidate /tmp/dec25/cand_a3 --as-built /tmp/dec23/cand_a3 \\
        --cache .cache/guard-stack/a3_21.npz --shipped-cache .cache/guard-stack/f_uncued.npz
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import direct16
import handwritten
import ref16
import ref18
from build_artifacts import POINTS

DEC_RULE_25 = """
Candidate: A3 as dec21 and dec23 built it (build_stack.py --benign-rows all-attacks; files
bitwise equal to dec23's A3 build). A3 ships if, on the fresh sets DISGUISED_BENIGN_25,
ATTACKS_25 and LOOKALIKES_25, read once, in full mode at `balanced`, against the shipped files
in the same run:
 (1) DISGUISED_BENIGN_25 flagged <= floor(shipped's count / 2);
 (2) ATTACKS_25 caught >= shipped's count - 1 (all kinds together);
 (3) LOOKALIKES_25 flagged <= shipped's count;
 (4) REFERENCE_REQUESTS_HELD_OUT_18 flagged <= 2/80;
 (5) the cheap mode's counts on the three sets equal the shipped files';
 (6) out of fold and caps as dec23 measured them (deepset 115/145, other 454/525, every cap
     held, data and code signals bitwise equal), re-checked in the same run.
The issue's absolute target (<= 5% false positives) is reported, not a condition: the rule asks
whether A3 is better for users than the shipped files, which five fresh sets suggest and this
reading checks.
"""


ROWS = "all-attacks"  # A3's --benign-rows
# as dec23 measured A3 out of fold (DEC_RULE_23's reading): condition 6
DEEPSET, OTHER = "115/145", "454/525"


def fresh_sets(number: str) -> dict[str, list[str]]:
    """A round's three fresh sets (``handwritten``'s ``*_<number>``) and the referential set."""
    return {
        f"disguised_benign_{number}": getattr(handwritten, f"DISGUISED_BENIGN_{number}"),
        f"attacks_{number}": getattr(handwritten, f"ATTACKS_{number}"),
        f"lookalikes_{number}": getattr(handwritten, f"LOOKALIKES_{number}"),
        "referential_18": handwritten.REFERENCE_REQUESTS_HELD_OUT_18,
    }


def set_kinds(number: str) -> dict[str, dict[str, list[str]]]:
    """Reported, not judged: a round's attacks by kind (24 role play, 24 encoded, the rest
    plain), its disguised benign prompts by half (40 deepset-like, then by hand)."""
    attacks = getattr(handwritten, f"ATTACKS_{number}")
    benign = getattr(handwritten, f"DISGUISED_BENIGN_{number}")
    return {
        f"attacks_{number}": {
            "role_play": attacks[:24],
            "encoded": attacks[24:48],
            "plain": attacks[48:],
        },
        f"disguised_benign_{number}": {"deepset_like": benign[:40], "by_hand": benign[40:]},
    }


FRESH = fresh_sets("25")
JUDGED = ("disguised_benign_25", "attacks_25", "lookalikes_25")
KINDS = set_kinds("25")


def digests(folder: Path) -> dict[str, str]:
    """sha256 of every file in ``folder``."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def by_kind(
    side: dict[str, Any], sets: dict[str, dict[str, list[str]]] | None = None
) -> dict[str, Any]:
    """Each judged set's rows per kind (attacks caught, benign rows flagged), full mode
    (``sets``: a round's sets by kind, this round's ``KINDS`` by default)."""
    out: dict[str, Any] = {}
    for name, kinds in (KINDS if sets is None else sets).items():
        listed = set(side[f"{name}/full"]["rows"])  # missed attacks, or flagged benign rows
        for kind, rows in kinds.items():
            hit = sum(
                (t not in listed) if name.startswith("attacks") else (t in listed) for t in rows
            )
            out[f"{name}/{kind}"] = f"{hit}/{len(rows)}"
    return out


def changed(new: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    """Per set and mode, the rows whose verdict differs (A3 against the shipped files)."""
    out: dict[str, Any] = {}
    for key, side in new.items():
        a, b = set(old[key]["rows"]), set(side["rows"])  # flagged benign or missed attack rows
        worse, better = b - a, a - b
        out[key] = {"worse": sorted(worse), "better": sorted(better)}
    return out


def verdict(report: dict[str, Any]) -> dict[str, bool]:
    """``DEC_RULE_25``'s six conditions on one reading."""
    new, old = report["fresh"]["candidate"], report["fresh"]["shipped"]
    full = direct16.full
    return {
        "1_disguised_benign": full(new, "disguised_benign_25")
        <= full(old, "disguised_benign_25") // 2,
        "2_attacks": full(new, "attacks_25") >= full(old, "attacks_25") - 1,
        "3_lookalikes": full(new, "lookalikes_25") <= full(old, "lookalikes_25"),
        **shared_conditions(report, JUDGED),
    }


def shared_conditions(report: dict[str, Any], judged: tuple[str, ...]) -> dict[str, bool]:
    """Conditions 4 to 6 of ``DEC_RULE_25`` and ``DEC_RULE_27``: the referential requests, the
    cheap mode's counts on the ``judged`` sets, and the out-of-fold figures and routes."""
    new, old = report["fresh"]["candidate"], report["fresh"]["shipped"]
    oof = report["out_of_fold"]["candidate"]
    return {
        "4_referential": direct16.full(new, "referential_18") <= 2,
        "5_cheap_same": all(
            new[f"{name}/cheap"]["flagged"] == old[f"{name}/cheap"]["flagged"] for name in judged
        ),
        "6_out_of_fold": oof["deepset"] == DEEPSET
        and oof["other"] == OTHER
        and all(oof[p]["caps_hold"] for p in POINTS)
        and report["routes"]["data"]
        and report["routes"]["code"],
    }


def reading(
    args: argparse.Namespace,
    fresh: dict[str, list[str]] | None = None,
    kinds: dict[str, dict[str, list[str]]] | None = None,
    judge: Callable[[dict[str, Any]], dict[str, bool]] | None = None,
) -> dict[str, Any]:
    """``DEC_RULE_25``'s one reading: A3 and the shipped files on the fresh sets, and A3's
    out-of-fold figures re-checked. A later round's rule passes its own ``fresh`` sets, their
    ``kinds`` and its ``judge`` (``DEC_RULE_27``)."""
    fresh = FRESH if fresh is None else fresh
    mine, built = digests(args.candidate), digests(args.as_built)
    assert mine == built, "the candidate's files are not dec23's A3 build"
    report: dict[str, Any] = {
        "candidate_as_built": mine == built,
        "out_of_fold": {
            "candidate": direct16.prompt_reading(args.cache, 0, False, False, True, ROWS),
            "shipped": direct16.prompt_reading(args.shipped_cache, 0, False, False),
        },
        "routes": direct16.routes_unchanged(args.cache, 0, args.shipped_cache, True, ROWS),
        "files": ref18.files_as_shipped(args.candidate),
        "fresh": {
            "candidate": asyncio.run(direct16.fresh_sets(args.candidate, fresh)),
            "shipped": asyncio.run(direct16.fresh_sets(None, fresh)),
        },
    }
    new, old = report["fresh"]["candidate"], report["fresh"]["shipped"]
    report["by_kind"] = {"candidate": by_kind(new, kinds), "shipped": by_kind(old, kinds)}
    report["changed"] = changed(new, old)
    report["conditions"] = (judge or verdict)(report)
    report["met"] = all(report["conditions"].values())
    # the absolute target (<= 5% false positives): reported, not a condition
    benign = [name for name in fresh if name.startswith(("disguised_benign", "lookalikes"))]
    report["target_5pct"] = {
        side: {
            name: ref16.wilson(direct16.full(report["fresh"][side], name), len(fresh[name]))
            for name in benign
        }
        for side in ("candidate", "shipped")
    }
    return report


def arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--candidate", type=Path, required=True, help="A3's data folder")
    parser.add_argument("--as-built", type=Path, required=True, help="dec23's A3 build")
    parser.add_argument("--cache", type=Path, required=True, help="A3's signals (a3_21.npz)")
    parser.add_argument("--shipped-cache", type=Path, required=True, help="f_uncued.npz")
    return parser.parse_args()


def main() -> None:
    args = arguments(__doc__.split("\n")[0])
    print(json.dumps(reading(args), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
