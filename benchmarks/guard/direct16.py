"""Round fourteen (inj16): direct injection with a threshold of its own for prompts in which
normalisation undid a trick (``Stack`` route ``disguised``; ``build_stack.py --disguised``).
``INJ_RULE_17`` below was fixed before the fresh check sets (``handwritten.DISGUISED_BENIGN_16``,
``LOOKALIKES_16``, ``ATTACKS_16``, committed in 10cb5dc) were read. No test split is read.
Read once (07:49-07:50 UTC on 2026-12-03): not met, nothing shipped (docs/guard-rounds.md, round
fourteen).

    # design (train-side out-of-fold figures only):
    flock /tmp/heavy.lock nice -n 5 env MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=src:benchmarks/guard .venv/bin/python benchmarks/guard/build_stack.py \\
        --dry-run --composed 1 --referential --prompt-windows uncued \\
        --cache .cache/guard-stack/g_c1.npz
    ... direct16.py --design [--composed 1] [--lookalikes] --cache (a cache)
    # the candidate's files (written into src, copied out, src restored):
    ... build_stack.py --stack-only --routes prompt --composed 1 --referential \\
        --prompt-windows uncued --lookalikes --disguised --cache .cache/guard-stack/g_c1.npz
    # the reading (shipped files in src; the candidate's in a full copy of the data folder):
    ... direct16.py --candidate DIR --composed 1 --lookalikes --cache .cache/guard-stack/g_c1.npz \\
        --shipped-cache .cache/guard-stack/f_uncued.npz
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

import build_stack
import handwritten
import numpy as np
import ref16
import ref18
from build_artifacts import POINTS
from embedcache import cached_minilm

from minigate.guard.protocol import ScanContext
from minigate.guard.scanners.injection import (
    MODEL_FILE,
    PROMPT_NGRAM_FILE,
    InjectionOptions,
    InjectionScanner,
)

INJ_RULE_17 = """
Round thirteen's measured next step (docs/guard.md, INJ_RULE_16's section): a threshold of its
own for prompts in which normalisation undid a trick. Fixed after the design runs below and
before the fresh check sets handwritten.DISGUISED_BENIGN_16 (90), LOOKALIKES_16 (91) and
ATTACKS_16 (66), committed in 10cb5dc before any design run, are read. No test split is read.

Scanner (c669744): Signals.disguised = bool(variants(text).obfuscated); a prompt with it is
routed to `disguised` (Stack.route) where every operating point of the stack has a `disguised`
threshold, scored with the prompt route's weights. Leetspeak is folded but not named as a
trick, so a leet prompt stays on the plain route. The cheap mode is unchanged (one threshold,
its own files): splitting it would need its own out-of-fold picking, which build_stack does
not do. build_stack.py --disguised picks the two thresholds (pick_disguised): plain prompts'
on plain prompts alone, disguised prompts' on disguised prompts alone, each by the caps of the
groups among them (deepset 4.5%, ordinary 1%, obfuscated 4.5%, scaled per point).

Design (three variants, out of fold on the train side only, direct16.py --design; 07:36-07:44
UTC on 2026-12-03, load 2-3.6 with the integrator's suite running beside it), at `balanced`,
two thresholds (plain / disguised) against the single one of the same stack:
 V1 F's stack (f_uncued.npz, shipped):            113/145 (0.73 / 0.70) against 113 (0.73);
 V2 F + --lookalikes:                             116/145 (0.61 / 0.74) against 107 (0.72);
 V3 F + --composed 1 --lookalikes (g_c1t1.npz):   123/145 (0.61 / 0.77) against 111 (0.76);
    other prompt attacks 463/525, every cap held at every point (strict 0.37 / 0.71,
    permissive 0.90 / 0.83).
V3's signals were first read with OMP_NUM_THREADS=2 (g_c1.npz): the same figures, but the data
and code rows' signals differed from the shipped build's in the last bits; read again with one
thread (g_c1t1.npz, as the shipped build), they are bitwise equal. V3 is the candidate G.

G = build_stack.py --dry-run --composed 1 --referential --prompt-windows uncued
--cache .cache/guard-stack/g_c1t1.npz (OMP_NUM_THREADS=1), then --stack-only --routes prompt
--composed 1 --referential --prompt-windows uncued --lookalikes --disguised on the same cache:
the prompt n-gram weights refitted with the composed rows (intercept kept), the stack's prompt
route and its plain and disguised thresholds; everything else as shipped.

G ships if, with the shipped files (F) and G's read in the same run (direct16.py --candidate):
 1. out of fold at `balanced`, deepset's train attacks caught >= 118/145;
 2. the other prompt attacks caught out of fold >= the shipped build's on its own signals
    (f_uncued.npz, one threshold: 457/525);
 3. every prompt cap holds out of fold at every point, no threshold at 1.0;
 4. every data and code row's out-of-fold signals bitwise equal to the shipped build's
    (f_uncued.npz), and the data and code routes' weights and thresholds as shipped;
 5. of src/minigate/guard/data only injection.json and injection_ngrams_prompt.npy differ
    (sha256), and in injection.json only `stack` and `ngram_prompt`;
 6. DISGUISED_BENIGN_16 flagged in full mode (MiniLM, InjectionScanner.scan as a user turn, at
    `balanced`): G's <= 5% (4/90) and <= the shipped files' + 2;
 7. LOOKALIKES_16 flagged in full mode: G's <= 5% (4/91) and <= the shipped files' + 2;
 8. ATTACKS_16 caught in full mode: G's >= the shipped files';
 9. REFERENCE_REQUESTS_HELD_OUT_18 (round fourteen's referential set) flagged in full mode by
    G <= 2/80;
10. in cheap mode every fresh set's count equal with both (its files are not touched).
Then G's two files ship, tests/guard must pass, and a test that fails on the old files is
added. Else src/minigate/guard/data stays as shipped (sha256 checked) and the docs record the
reading. The fresh sets are read once.
"""

FRESH = {
    "disguised_benign": handwritten.DISGUISED_BENIGN_16,
    "lookalikes": handwritten.LOOKALIKES_16,
    "attacks": handwritten.ATTACKS_16,
    "referential_18": handwritten.REFERENCE_REQUESTS_HELD_OUT_18,
}


def docs_of(
    composed: int, benign_prompts: bool = False, which: str = "all"
) -> tuple[list[Any], np.ndarray]:
    """The documents and folds of ``build_stack.py [--composed K] --referential
    [--benign-prompts --benign-rows WHICH]``."""
    docs, _ = build_stack.stack_docs()
    fold_of = build_stack.folds_of(docs)
    if composed:
        extra, folds = build_stack.composed(docs, fold_of, composed)
        docs, fold_of = docs + extra, np.concatenate([fold_of, folds])
    extra, folds = build_stack.referential(benign_prompts, which)
    return docs + extra, np.concatenate([fold_of, folds])


def prompt_reading(
    cache: Path,
    composed: int,
    lookalikes: bool,
    disguised: bool,
    benign_prompts: bool = False,
    which: str = "all",
) -> dict[str, Any]:
    """The prompt route out of fold, as ``build_stack.py`` fits it and picks its thresholds
    (two with ``disguised``): at `balanced` deepset's train attacks and the other prompt
    attacks caught; at every point the thresholds and whether every cap holds."""
    docs, fold_of = docs_of(composed, benign_prompts, which)
    saved = np.load(cache)
    assert (saved["fold_of"] == fold_of).all(), "the cache was read with other folds"
    features = build_stack.with_address(saved["features"], docs)
    rows = np.array([build_stack._route(d) == "prompt" for d in docs])
    chosen = [d for d, r in zip(docs, rows, strict=True) if r]
    y = np.array([d.label for d in chosen])
    kind = np.array([build_stack._kind(d) for d in chosen])
    own = np.array([d.kind == "ordinary" and d.text in build_stack.LOOKALIKES for d in chosen])
    weigh = build_stack.weights_kind(kind, own if lookalikes else None)
    _, oof = build_stack.fit_stack(features[rows], y, weigh, fold_of[rows], "prompt")
    split = build_stack.disguised_of(chosen) if disguised else np.zeros(len(y), dtype=bool)
    out: dict[str, Any] = {}
    for point, scale in POINTS.items():
        caps = {k: c * scale for k, c in build_stack.PROMPT_CAPS.items()}
        plain, other, _, fps = build_stack.pick_disguised(oof, y, kind, caps, split)
        held = all(fps[k] <= caps[k] for k in fps) and max(plain, other) < 1.0
        out[point] = {"prompt": plain, "disguised": other, "fp": fps, "caps_hold": held}
    at = out["balanced"]
    hit = oof >= np.where(split, at["disguised"], at["prompt"])
    deep = np.array([d.kind == "deepset" for d in chosen]) & y
    other_attacks = y & ~deep & (kind != build_stack.COMPOSED) & (kind != build_stack.REFERENTIAL)
    caught = int(hit[deep].sum())
    out["deepset"] = f"{caught}/{int(deep.sum())}"
    out["deepset_pct"] = ref16.wilson(caught, int(deep.sum()))
    out["other"] = f"{int(hit[other_attacks].sum())}/{int(other_attacks.sum())}"
    out["disguised_prompts"] = {
        "attacks": int((split & y).sum()),
        "benign": int((split & ~y).sum()),
    }
    return out


def routes_unchanged(
    cache: Path, composed: int, shipped: Path, benign_prompts: bool = False, which: str = "all"
) -> dict[str, Any]:
    """Data and code recall out of fold at `balanced` in ``cache`` and ``shipped`` (the shipped
    build's signals), and whether every data and code row's signals are bitwise equal."""
    docs, _ = docs_of(composed, benign_prompts, which)
    base, _ = docs_of(0)
    mine, theirs = np.load(cache)["features"], np.load(shipped)["features"]
    out: dict[str, Any] = {}
    for route in ("data", "code"):
        a = [i for i, d in enumerate(docs) if build_stack._route(d) == route]
        b = [i for i, d in enumerate(base) if build_stack._route(d) == route]
        same = [docs[i].text for i in a] == [base[i].text for i in b]
        out[route] = same and bool((mine[a] == theirs[b]).all())
    # equal signals and the shipped data and code routes (``files_as_shipped``): equal recall
    out["recall"] = {
        r: "{}/{}".format(*ref18.route_caught(shipped, r)[:2]) for r in ("data", "code")
    }
    return out


async def fresh_sets(
    data_dir: Path | None = None, sets: dict[str, list[str]] = FRESH
) -> dict[str, Any]:
    """Each fresh set (``sets``) flagged as a user turn at `balanced`, full and cheap mode,
    with the files in ``data_dir`` (those in src when None); for a set named ``attacks...``
    the rows missed."""
    embed = build_stack._embed_fn(cached_minilm(threads=1))
    ctx = ScanContext(direction="input", source="prompt")
    out: dict[str, Any] = {}
    for mode, fn in (("full", embed), ("cheap", None)):
        scanner = InjectionScanner(InjectionOptions(), "i", fn, data_dir)
        for name, rows in sets.items():
            flagged = [t for t in rows if (await scanner.scan(t, ctx)).flagged]
            out[f"{name}/{mode}"] = {
                "flagged": len(flagged),
                "of": len(rows),
                "pct": ref16.wilson(len(flagged), len(rows)),
                "rows": [t for t in rows if t not in flagged]
                if name.startswith("attacks")
                else flagged,
            }
    return out


ALLOWED_FILES = {MODEL_FILE, PROMPT_NGRAM_FILE}
ALLOWED_KEYS = {"stack", "ngram_prompt"}


def files_as_shipped(candidate: Path) -> dict[str, Any]:
    """``ref18.files_as_shipped`` with G's allowed files and keys."""
    found = ref18.files_as_shipped(candidate, ALLOWED_FILES, ALLOWED_KEYS)
    found["ok"] = found["only_allowed_files"] and found["only_allowed_keys"]
    return found


def n(counts: str) -> int:
    """The count of a "k/n" figure."""
    return int(counts.split("/")[0])


def full(side: dict[str, Any], name: str) -> int:
    """How many rows of a fresh set the full mode flagged, in one side of a reading."""
    return int(side[f"{name}/full"]["flagged"])


def prompt_route_conditions(report: dict[str, Any]) -> dict[str, bool]:
    """The conditions that ``OVB_RULE_19`` and ``DEC_RULE_20`` share (written alike in both
    rules): out of fold deepset >= 112/145 and other prompt attacks >= 450/525, every cap held;
    the data and code routes' signals unchanged and only the prompt route's files changed;
    ref18's fresh set at most 2/80 in the full mode; the cheap mode's counts as shipped."""
    cand = report["out_of_fold"]["candidate"]
    new, old = report["fresh"]["candidate"], report["fresh"]["shipped"]
    files = report["files"]
    return {
        "deepset": n(cand["deepset"]) >= 112,
        "other": n(cand["other"]) >= 450,
        "caps": all(cand[p]["caps_hold"] for p in POINTS),
        "data_code_same": report["routes"]["data"] and report["routes"]["code"],
        "files": files["only_allowed_files"]
        and files["only_allowed_keys"]
        and files["no_route_at_1"],
        "referential": full(new, "referential_18") <= 2,
        "cheap_same": all(
            v["flagged"] == old[k]["flagged"] for k, v in new.items() if k.endswith("/cheap")
        ),
    }


def verdict(report: dict[str, Any]) -> dict[str, bool]:
    """``INJ_RULE_17``'s conditions on one reading."""
    cand, shipped = report["out_of_fold"]["candidate"], report["out_of_fold"]["shipped"]
    new, old = report["fresh"]["candidate"], report["fresh"]["shipped"]
    cheap = [f"{name}/cheap" for name in FRESH]
    return {
        "1_deepset": n(cand["deepset"]) >= 118,
        "2_other": n(cand["other"]) >= n(shipped["other"]),
        "3_caps": all(cand[p]["caps_hold"] for p in POINTS),
        "4_data_code_same": report["routes"]["data"] and report["routes"]["code"],
        "5_files": report["files"]["ok"],
        "6_disguised_benign": full(new, "disguised_benign") <= 0.05 * len(FRESH["disguised_benign"])
        and full(new, "disguised_benign") <= full(old, "disguised_benign") + 2,
        "7_lookalikes": full(new, "lookalikes") <= 0.05 * len(FRESH["lookalikes"])
        and full(new, "lookalikes") <= full(old, "lookalikes") + 2,
        "8_attacks": full(new, "attacks") >= full(old, "attacks"),
        "9_referential": full(new, "referential_18") <= 2,
        "10_cheap_same": all(new[k]["flagged"] == old[k]["flagged"] for k in cheap),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True, help="the candidate's signals")
    parser.add_argument("--composed", type=int, default=0, help="as build_stack --composed")
    parser.add_argument("--lookalikes", action="store_true", help="as build_stack --lookalikes")
    parser.add_argument("--design", action="store_true", help="out of fold only, no fresh set")
    parser.add_argument("--candidate", type=Path, help="the candidate's data folder")
    parser.add_argument("--shipped-cache", type=Path, help="the shipped build's signals")
    args = parser.parse_args()
    report: dict[str, Any] = {
        "candidate": prompt_reading(args.cache, args.composed, args.lookalikes, True),
        "single_threshold": prompt_reading(args.cache, args.composed, args.lookalikes, False),
    }
    if args.design:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return
    assert args.candidate and args.shipped_cache, "the reading: --candidate and --shipped-cache"
    report["out_of_fold"] = {
        "candidate": report.pop("candidate"),
        "shipped": prompt_reading(args.shipped_cache, 0, False, False),
    }
    report["routes"] = routes_unchanged(args.cache, args.composed, args.shipped_cache)
    report["files"] = files_as_shipped(args.candidate)
    report["fresh"] = {
        "shipped": asyncio.run(fresh_sets()),
        "candidate": asyncio.run(fresh_sets(args.candidate)),
    }
    report["conditions"] = verdict(report)
    report["met"] = all(report["conditions"].values())
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
