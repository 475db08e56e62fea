"""Round fifteen (dec23): the disguised-prompt over-block a second time, and the normaliser's
leetspeak-as-rot13 reading (dec21's finding): a fix (a rot13 or reversed reading's one-letter
words do not count toward it; commit 6629e2d, reverted by FIX_RULE_23 and kept here as
``fixed_readings``) and what it does. The fresh check sets
(``handwritten.DISGUISED_BENIGN_23``, ``ATTACKS_23``) were committed in 5ff7003 before any design
run. Every route and the cheap mode share the normaliser, so each side of a comparison is read
with its own: ``--old`` sides with the normaliser as shipped (``old_readings``), the others
with the fixed one (``fixed_readings``), patched in. No test split is read. The design runs
before the revert ran the fix as normalize.py's own code (the same function); build_stack.py's
run with the fix now needs it patched in, as /tmp/dec23/old_build.py patched the old one.

``FIX_RULE_23`` (the fix alone, fixed before it was measured) and ``DEC_RULE_23`` (the
candidate, fixed before the fresh sets are read) are below. DEC_RULE_23 read once
(10:14:19-10:15:05 UTC on 2026-12-03): not met (condition 1: DISGUISED_BENIGN_23 flagged
13 -> 5/80, where 4 was the bar; condition 3: ENCODED_23 caught 17 -> 16); nothing shipped
(docs/guard-rounds.md, round fifteen, dec23).

    # the fix alone (the shipped files, old and fixed normaliser; design data only):
    flock /tmp/heavy.lock nice -n 5 env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=src:benchmarks/guard .venv/bin/python benchmarks/guard/build_stack.py \\
        --dry-run --referential --prompt-windows uncued --cache .cache/guard-stack/f_fix.npz
    ... dec23.py --fix-alone --cache .cache/guard-stack/f_fix.npz \\
        --shipped-cache .cache/guard-stack/f_uncued.npz
    # a candidate on the design sets (A3 with --old; its files in a copy of the data folder):
    ... dec23.py --design --candidate DIR [--old] --cache (its signals)
    # the reading (shipped files in src):
    ... dec23.py --candidate /tmp/dec23/cand_a3 --old --cache .cache/guard-stack/a3_21.npz \\
        --shipped-cache .cache/guard-stack/f_uncued.npz
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import build_stack
import dec21
import direct16
import handwritten
import numpy as np
import ref18
from build_artifacts import POINTS

from minigate.guard import normalize
from minigate.guard.scanners.artifacts import data_path

FIX_RULE_23 = """
The normaliser fix alone (commit 6629e2d: a rot13 or reversed reading's one-letter words do not
count toward it), with src/minigate/guard/data as shipped, is committed to ship only if, with
the shipped files read once with the old normaliser and once with the fixed one in the same
run, at `balanced`:
 a. on the design check sets (LOOKALIKES_16, DISGUISED_BENIGN_16, ATTACKS_16, LOOKALIKES_17,
    DISGUISED_BENIGN_17, ATTACKS_17, DISGUISED_BENIGN_19, ATTACKS_19, DISGUISED_BENIGN_21,
    ATTACKS_21, REFERENCE_REQUESTS_HELD_OUT_18), in full mode and in cheap mode, no verdict
    changes for the worse, row by row: no benign row newly flagged, no attack newly passed;
 b. out of fold on the train side (build_stack.py --dry-run with the shipped recipe F's flags,
    the fixed normaliser's signals against the shipped build's, f_uncued.npz), each route's
    stack refitted by folds as build_stack fits it and cut at the shipped thresholds
    (injection.json): deepset's train attacks, the other prompt attacks, the data attacks and
    the code attacks each caught no fewer, and every cap holds at every point.
It applies whether or not DEC_RULE_23 is met; if candidate B ships, the fix ships with it
(its thresholds are refitted on the fixed normaliser's signals) and this rule is reported only.
"""
FIX_RULE_23_READ = """
Read once (10:08:29-10:08:43 UTC on 2026-12-03, load about 1.2; f_fix.npz built 10:07:11-
10:08:26): not met. (a) held: no design-set row changed for the worse in either mode; in full
mode DISGUISED_BENIGN_21 13 -> 11 flagged, every other set's count unchanged; cheap mode
unchanged. (b) failed: refitted by folds on the fixed normaliser's signals and cut at the
shipped thresholds, deepset 113 -> 116/145 but the other prompt attacks 457 -> 447/525, and
at `balanced` (0.73) the ordinary prompts' cap breaks (1.24% flagged, cap 1%); data 418/530
and code 203/252 unchanged. build_stack's own pick on those signals moves `balanced` to 0.77
(recall 85.1% -> 82.8%; leetspeak attacks 31 -> 23 of 40). The fix alone does not ship.
"""

DEC_RULE_23 = """
Round fifteen's second try at the disguised-prompt over-block (dec21's A3 missed DEC_RULE_21's
5% bar by one row). Fixed after the design runs below and before the fresh check sets
handwritten.DISGUISED_BENIGN_23 (80: 40 deepset-like questions in English and German under
injection_data.TRICKS, 15 of them leetspeak; 40 hand-written payloads in nine languages) and
ATTACKS_23 (70: its first 24 rows role play, ROLE_PLAY_23, the next 24 encoded or disguised,
ENCODED_23, 22 plain), committed in 5ff7003 before any design run, are read. No test split is
read.

Candidates (design data only: the train side out of fold; inj16's, ovb17's, dec19's and dec21's
sets), 10:09-10:12 UTC on 2026-12-03, load about 1.3, OMP_NUM_THREADS=1:
 A3  dec21's candidate as dec21 built it, with the old normaliser (build_stack.py --stack-only
     --routes prompt --referential --prompt-windows uncued --benign-prompts --benign-rows
     all-attacks --benign-corpus decode --cache .cache/guard-stack/a3_21.npz, the old
     normaliser patched in): its three files are bitwise equal to dec21's build.
 B   the same recipe with the fixed normaliser, a full rebuild (build_stack.py, same flags, no
     --dry-run or --stack-only, cache b_23.npz): every route's stack refitted, the shared corpus
     and benign corpus rewritten (injection_corpus.npy, injection_benign.npy).
Out of fold at `balanced` (shipped F: deepset 113/145, other 457/525, prompt thresholds
0.61 / 0.73 / 0.90; data 418/530, code 203/252):
 A3: deepset 115, other 454, prompt 0.61 / 0.76 / 0.90; data and code as shipped (bitwise)
 B:  deepset 113, other 445, prompt 0.61 / 0.79 / 0.90; data 418, code 203 (code's strict and
     permissive thresholds picked again: 0.66 and 0.96 where the files have 0.38 and 0.94)
Design sets, full mode, shipped -> A3 / B: disguised benign _16 18 -> 5 / 5, _17 12 -> 2 / 2,
_19 17 -> 3 / 4, _21 13 -> 5 / 4; attacks _16 51 -> 55 / 54, _17 37 -> 41 / 41, _19 42 -> 45 /
45, _21 46 -> 48 / 47 (role play _21 13 -> 14 / 14, encoded _21 19 -> 19 / 18); look-alikes
_16 22 -> 15 / 15, _17 14 -> 13 / 13; referential 0 -> 0 / 0; cheap mode as shipped for both.
A3 is picked after seeing both (disclosed): B catches 445 of the 525 other prompt attacks out
of fold, below the 450 bar that OVB_RULE_19, DEC_RULE_20 and DEC_RULE_21 held, and no more
design attacks than A3; on the design sets the two are within a row of each other. The fix
costs the train side's leetspeak attacks (out of fold, caught 31 -> 26 of 40 in B against A3):
the gibberish rot13 reading had named them as disguised. A3 is read with the normaliser as
shipped; the normaliser fix is judged by FIX_RULE_23 alone.

A3 ships if, with the shipped files (F) and A3's read in the same run, both with the old
normaliser (dec23.py --candidate), as a user turn at `balanced`:
 1. DISGUISED_BENIGN_23 flagged in full mode: A3's <= 5% (4/80) and <= half the shipped
    files' (rounded down);
 2. ATTACKS_23 caught in full mode: A3's >= the shipped files';
 3. of them, ROLE_PLAY_23 and ENCODED_23 each caught in full mode: A3's >= the shipped files';
 4. LOOKALIKES_17 flagged in full mode: A3's <= the shipped files';
 5. out of fold, deepset's train attacks caught >= 113/145;
 6. out of fold, the other prompt attacks caught >= 450/525;
 7. every prompt cap holds out of fold at every point;
 8. every data and code row's out-of-fold signals bitwise equal to the shipped build's
    (f_uncued.npz), so data and code recall are as shipped;
 9. of src/minigate/guard/data only injection.json, injection_ngrams_prompt.npy and
    injection_benign_prompt.npy differ (sha256), in injection.json only `classifier_prompt`,
    `ngram_prompt` and the stack's prompt route, and no threshold is 1.0;
10. REFERENCE_REQUESTS_HELD_OUT_18 flagged in full mode <= 2/80;
11. in cheap mode every fresh set's count equal with both (its files are not touched).
The same run reads the fresh sets with the shipped files and the fixed normaliser too; that
side is reported, not judged (FIX_RULE_23 decided the fix before the reading). Then A3's
three files ship, tests/guard must pass, docs/guard.md's thresholds follow the files, and a
test that fails on the old files is added. Else src/minigate/guard/data stays as shipped
(sha256 checked) and the docs record the reading. The fresh sets are read once.
"""


def old_readings(text: str) -> list[tuple[str, Callable[[str], str]]]:
    """``normalize._readings`` as shipped (one-letter words counted; 6629e2d's fix reverted)."""
    if not text.isascii():
        base = normalize._wordy(text)
        return [
            (how, read)
            for how, read in normalize._READERS
            if normalize._wordy(read(text)) >= max(3, 2 * base + 1)
        ]
    words = normalize._LOWER_WORD.findall(text.lower())
    base = sum(map(normalize._FUNCTION_WORDS.__contains__, words))
    wanted = (normalize._ROT13_WORDS, normalize._REVERSED_WORDS)
    return [
        (how, read)
        for (how, read), these in zip(normalize._READERS, wanted, strict=True)
        if sum(map(these.__contains__, words)) >= max(3, 2 * base + 1)
    ]


def _longer_wordy(text: str) -> int:
    """``normalize._wordy`` counting only words of two letters or more."""
    words = normalize._LOWER_WORD.findall(text.lower())
    return sum(len(word) > 1 and word in normalize._FUNCTION_WORDS for word in words)


def fixed_readings(text: str) -> list[tuple[str, Callable[[str], str]]]:
    """``normalize._readings`` as 6629e2d fixed it (a reading's one-letter words not counted);
    reverted by FIX_RULE_23, kept here so that this round's figures can be read again."""
    if not text.isascii():
        base = normalize._wordy(text)
        return [
            (how, read)
            for how, read in normalize._READERS
            if _longer_wordy(read(text)) >= max(3, 2 * base + 1)
        ]
    words = normalize._LOWER_WORD.findall(text.lower())
    base = sum(map(normalize._FUNCTION_WORDS.__contains__, words))
    longer = [word for word in words if len(word) > 1]
    wanted = (normalize._ROT13_WORDS, normalize._REVERSED_WORDS)
    return [
        (how, read)
        for (how, read), these in zip(normalize._READERS, wanted, strict=True)
        if sum(map(these.__contains__, longer)) >= max(3, 2 * base + 1)
    ]


@contextlib.contextmanager
def normaliser(old: bool) -> Iterator[None]:
    """The old normaliser (as shipped) while the block runs, or the fixed one (``fixed_readings``,
    patched in)."""
    shipped = normalize._readings
    normalize._readings = old_readings if old else fixed_readings
    try:
        yield
    finally:
        normalize._readings = shipped


DESIGN = {
    **dec21.DESIGN,
    "disguised_benign_21": handwritten.DISGUISED_BENIGN_21,
    "attacks_21": handwritten.ATTACKS_21,
    "attacks_21_role_play": dec21.ROLE_PLAY_21,
    "attacks_21_encoded": dec21.ENCODED_21,
}
DESIGN_LISTS = {k: v for k, v in DESIGN.items() if not k.endswith(("_play", "_encoded"))}


def read(folder: Path | None, sets: dict[str, list[str]], old: bool) -> dict[str, Any]:
    """``sets`` read with the files in ``folder`` (src's when None), full and cheap mode, with
    the old or the fixed normaliser; each row's verdict kept."""
    with normaliser(old):
        out = asyncio.run(direct16.fresh_sets(folder, sets))
    for key, side in out.items():
        rows = sets[key.rsplit("/", 1)[0]]
        listed = set(side["rows"])
        side["verdicts"] = [
            (t not in listed) if key.startswith("attacks") else (t in listed) for t in rows
        ]
    return out


def worse(
    old: dict[str, Any], new: dict[str, Any], sets: dict[str, list[str]]
) -> dict[str, list[str]]:
    """Per set and mode, the rows whose verdict got worse from ``old`` to ``new``."""
    out: dict[str, list[str]] = {}
    for key, side in new.items():
        name = key.rsplit("/", 1)[0]
        attack = name.startswith("attacks")
        pairs = zip(sets[name], old[key]["verdicts"], side["verdicts"], strict=True)
        out[key] = [t for t, a, b in pairs if (a and not b if attack else b and not a)]
    return out


def at_shipped(cache: Path, docs_extra: list[Any]) -> dict[str, Any]:
    """Each route out of fold (its stack refitted by folds on ``cache``'s signals) cut at the
    shipped thresholds: attacks caught (deepset and other apart on the prompt route) and
    whether every cap holds at every point."""
    thresholds = json.loads(data_path("injection.json").read_text())["stack"]["operating_points"]
    saved = np.load(cache)
    docs = build_stack.stack_docs()[0] + docs_extra
    features = build_stack.with_address(saved["features"], docs)
    out: dict[str, Any] = {}
    for route, route_caps in build_stack.ROUTES.items():
        rows = np.array([build_stack._route(d) == route for d in docs])
        chosen = [d for d, r in zip(docs, rows, strict=True) if r]
        y = np.array([d.label for d in chosen])
        kinds = np.array([build_stack._kind(d) for d in chosen])
        weigh = build_stack.weights_kind(kinds)
        _, oof = build_stack.fit_stack(features[rows], y, weigh, saved["fold_of"][rows], route)
        held = True
        for point, scale in POINTS.items():
            caps = {k: c * scale for k, c in route_caps.items()}
            if route == "code" and point == "balanced":
                caps.update(build_stack.CODE_BALANCED_CAPS)
            flagged = oof >= thresholds[point][route]
            benign = {k: (kinds == k) & ~y for k in caps}
            fps = {k: float(flagged[b].mean()) for k, b in benign.items() if b.any()}
            held = held and all(fps[k] <= caps[k] for k in fps)
        hit = oof >= thresholds["balanced"][route]
        counted = y & (kinds != build_stack.REFERENTIAL) & (kinds != build_stack.COMPOSED)
        if route == "prompt":
            deep = counted & np.array([d.kind == "deepset" for d in chosen])
            out["deepset"] = f"{int(hit[deep].sum())}/{int(deep.sum())}"
            counted &= ~deep
            out["other"] = f"{int(hit[counted].sum())}/{int(counted.sum())}"
        else:
            out[route] = f"{int(hit[counted].sum())}/{int(counted.sum())}"
        out[f"{route}_caps_hold"] = held
    return out


def fix_alone(cache: Path, shipped_cache: Path) -> dict[str, Any]:
    """``FIX_RULE_23``'s reading: the shipped files with the old and the fixed normaliser."""
    extra = build_stack.referential()[0]
    with normaliser(True):  # the address columns are read again as the scanner reads them
        shipped = at_shipped(shipped_cache, extra)
    sides = {"old": read(None, DESIGN_LISTS, True), "fixed": read(None, DESIGN_LISTS, False)}
    report: dict[str, Any] = {
        "out_of_fold": {"old": shipped, "fixed": at_shipped(cache, extra)},
        "design_sets": sides,
        "worse": worse(sides["old"], sides["fixed"], DESIGN_LISTS),
    }
    old, new = report["out_of_fold"]["old"], report["out_of_fold"]["fixed"]
    report["conditions"] = {
        "a_no_row_worse": not any(report["worse"].values()),
        "b_out_of_fold": all(
            direct16.n(new[k]) >= direct16.n(old[k]) for k in ("deepset", "other", "data", "code")
        )
        and all(new[f"{r}_caps_hold"] for r in build_stack.ROUTES),
    }
    report["met"] = all(report["conditions"].values())
    return report


def routes(cache: Path, which: str) -> dict[str, Any]:
    """The data and code routes out of fold at `balanced`, as build_stack fits them and picks
    their thresholds from ``cache``'s signals (``--benign-rows which``): attacks caught, the
    threshold at each point, and whether every cap holds at every point."""
    docs, fold_of = direct16.docs_of(0, True, which)
    features = build_stack.with_address(np.load(cache)["features"], docs)
    out: dict[str, Any] = {}
    for route in ("data", "code"):
        rows = np.array([build_stack._route(d) == route for d in docs])
        y = np.array([d.label for d in docs])[rows]
        kinds = np.array([build_stack._kind(d) for d in docs])[rows]
        weigh = build_stack.weights_kind(kinds)
        _, oof = build_stack.fit_stack(features[rows], y, weigh, fold_of[rows], route)
        side: dict[str, Any] = {"caps_hold": True}
        for point, scale in POINTS.items():
            caps = {k: c * scale for k, c in build_stack.ROUTES[route].items()}
            if route == "code" and point == "balanced":
                caps.update(build_stack.CODE_BALANCED_CAPS)
            t, _, fps = build_stack.pick(oof, y, kinds, caps)
            side[point] = t
            side["caps_hold"] &= t < 1.0 and all(fps[k] <= caps[k] for k in fps)
        side["caught"] = f"{int((oof[y] >= side['balanced']).sum())}/{int(y.sum())}"
        out[route] = side
    return out


def candidate(cache: Path, which: str, old: bool) -> dict[str, Any]:
    """A candidate's out-of-fold figures (the prompt route as ``direct16.prompt_reading``
    gives them, the data and code routes by ``routes``), read with its own normaliser."""
    with normaliser(old):
        return {
            "prompt": direct16.prompt_reading(cache, 0, False, False, True, which),
            **routes(cache, which),
        }


# ATTACKS_23: 24 role play, then 24 encoded or disguised, then 22 plain.
ROLE_PLAY_23 = handwritten.ATTACKS_23[:24]
ENCODED_23 = handwritten.ATTACKS_23[24:48]
FRESH = {
    "disguised_benign_23": handwritten.DISGUISED_BENIGN_23,
    "attacks_23": handwritten.ATTACKS_23,
    "attacks_23_role_play": ROLE_PLAY_23,
    "attacks_23_encoded": ENCODED_23,
    "lookalikes_17": handwritten.LOOKALIKES_17,
    "referential_18": handwritten.REFERENCE_REQUESTS_HELD_OUT_18,
}


def verdict(report: dict[str, Any]) -> dict[str, bool]:
    """``DEC_RULE_23``'s conditions on one reading: ``DEC_RULE_21``'s, on this round's sets."""
    return dec21.verdict(report, "23")


def reading(args: argparse.Namespace) -> dict[str, Any]:
    """``DEC_RULE_23``'s one reading: the candidate and the shipped files on the fresh sets,
    each with the old normaliser (and the shipped files with the fixed one, reported only)."""
    with normaliser(args.old):
        oof = direct16.prompt_reading(args.cache, 0, False, False, True, args.rows)
        same = direct16.routes_unchanged(args.cache, 0, args.shipped_cache, True, args.rows)
    with normaliser(True):
        shipped_oof = direct16.prompt_reading(args.shipped_cache, 0, False, False)
    report: dict[str, Any] = {
        "out_of_fold": {"candidate": oof, "shipped": shipped_oof},
        "routes": same,
        "files": ref18.files_as_shipped(args.candidate),
        "fresh": {
            "candidate": read(args.candidate, FRESH, args.old),
            "shipped": read(None, FRESH, True),
            "shipped_fixed_normaliser": read(None, FRESH, False),
        },
    }
    for side in report["fresh"].values():
        for v in side.values():
            v.pop("verdicts")
    report["conditions"] = verdict(report)
    report["met"] = all(report["conditions"].values())
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True, help="the signals read")
    parser.add_argument("--shipped-cache", type=Path, help="the shipped build's signals")
    parser.add_argument("--fix-alone", action="store_true", help="FIX_RULE_23's reading")
    parser.add_argument("--candidate", type=Path, help="a candidate's data folder")
    parser.add_argument("--rows", default="all-attacks", help="its --benign-rows")
    parser.add_argument("--old", action="store_true", help="it is read with the old normaliser")
    parser.add_argument("--design", action="store_true", help="the design sets, not the fresh")
    args = parser.parse_args()
    if args.design:
        design: dict[str, Any] = {
            "out_of_fold": candidate(args.cache, args.rows, args.old),
            "candidate": read(args.candidate, DESIGN, args.old),
            "shipped": read(None, DESIGN, True),
        }
        for side in ("candidate", "shipped"):
            for v in design[side].values():
                v.pop("verdicts")
        print(json.dumps(design, indent=1, ensure_ascii=False))
        return
    if args.candidate and not args.fix_alone:
        assert args.shipped_cache, "the reading: --shipped-cache"
        print(json.dumps(reading(args), indent=1, ensure_ascii=False))
        return
    if args.fix_alone:
        assert args.shipped_cache, "--fix-alone: --shipped-cache"
        report = fix_alone(args.cache, args.shipped_cache)
        for side in report["design_sets"].values():
            for v in side.values():
                v.pop("verdicts")
        print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
