# ruff: noqa: E501
"""Round twenty-nine (clean30, issue 18): clean data the learned models flag.

On the spent fresh sets (fresh49, fresh55, fresh57: e-mails, documents and code, a quarter not
English, written by helpers who read nothing of the guard) the shipped full mode flags 12, 12
and 13 of each set's 72 clean texts. Round twenty-three's attribution and this round's (step
1, ``--attribution``) found the learned models behind most of them: on the data route the
score is the mean in logit space of the stack's and the planted head's (``injection.json``'s
``finetuned`` part), and either one alone near 1 carries a clean text over the threshold.

The candidate (``--write``) is data files only (no scanner code changes): the data route's
stack (``build_stack.fit_stack``'s recipe over the train side's out-of-fold signals, the
cache of ``build_stack.py --dry-run``) refitted with the spent fresh texts beside the train
rows: their clean texts as a clean kind of their own (``FRESH``, weighed at ``FRESH_WEIGHT``
times a clean kind's share), their planted texts as attack documents. The shipped signal
models never read these texts, so their readings of them are out of fold. The stack's own
thresholds are picked again by build_stack's ``pick`` on the train side's caps; the joined
thresholds the scanner flags data by (the ``finetuned`` part), the prompt and code routes,
every signal model and the cheap mode's files are untouched. ``--variant`` C refits the data
route alone (the candidate), A the code route too (not read).

``--design`` reads the leave-one-set-out readings: for each spent set, the candidate fitted
with the other two (and the train side), then that set read through the scanner with the
files so written and with the shipped ones (full mode; the cheap mode reads no file the
candidate changes), each text as data at
`balanced`); and the train side's out-of-fold figures (the stack's per data kind at its own
thresholds over every fold, and dev fold 0 joined with the planted head). ``--check`` reads
the fresh check sets (``fresh61``: FRESH_PLANTED_61, 72; FRESH_CLEAN_61, 108, 36 per context;
LANGUAGES_61; it exists only after the fresh set's branch is merged) once with the shipped
code (src at ``BASE`` via ``git archive``, in a subprocess) and once with this checkout's, and
judges ``CLN_RULE_61``. No test split and no over-defense set is read.

Read once (08:27:18-08:29:20 UTC on 2026-12-04, on 5e67171, the candidate's src at a067839
beside e162731's): not met. FRESH_CLEAN_61 flagged in full mode 15 -> 6 of 108 (bar 10), cheap
23 -> 23; FRESH_PLANTED_61 caught in full mode 46 -> 44 of 72 (bar 45: rows 23 and 56 lost, both
carried by the learned models alone), cheap 43 -> 43; p50 2.582 -> 2.488 ms. The candidate was
reverted (394502e). Figures, the rows and what is left: docs/guard-rounds.md, round
twenty-nine.

    git archive e162731 src | tar -x -C /tmp/c30src
    flock /tmp/heavy.lock nice -n 10 env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        benchmarks/guard/build_stack.py --dry-run --referential --prompt-windows uncued \\
        --benign-prompts --benign-rows all-attacks --benign-corpus decode --cache .cache/guard-stack/shipped.npz
    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=$PWD/src:$PWD/benchmarks/guard python benchmarks/guard/cln61.py \\
        [--attribution | --design | --write | --check] --shipped-src /tmp/c30src/src > out.json
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import build_stack
import fresh49
import fresh55
import fresh57
import guardlib
import numpy as np
from build_artifacts import POINTS, fit, rounded
from build_stack import (
    CODE_BALANCED_CAPS,
    CODE_FEATURES,
    DATA_CAPS,
    FOLDS,
    STACK_C,
    _kind,
    _route,
    fit_stack,
    pick,
    weights_kind,
    with_address,
)
from embedcache import cached_minilm

from minigate.evals.stats import wilson
from minigate.guard.protocol import ScanContext
from minigate.guard.scanners import injection_patterns
from minigate.guard.scanners.code_payload import read_payload
from minigate.guard.scanners.injection import MODEL_FILE, InjectionOptions, InjectionScanner
from minigate.guard.scanners.injection_patterns import AI_READER
from minigate.guard.scanners.injection_stack import FEATURES, looks_like_code

CLN_RULE_61 = """
Fixed after the design step (cln61.py --attribution and --design on the spent sets alone) and
before the candidate's commit, before the fresh check sets (fresh61.FRESH_PLANTED_61: 72;
FRESH_CLEAN_61: 108, 36 per context; LANGUAGES_61) are merged or read. They are being written
by another helper, who has read nothing of the guard; the candidate's designer has not opened
them, their branch or their worktree. No test split and no over-defense set is read.

Shipped: src at e162731 (this branch's start). Candidate: src as of the next commit,
src/minigate/guard/data/injection.json alone (no scanner code, no signal model, no cheap-mode
file changes): the data route's stack weights refitted by build_stack.fit_stack's recipe
(half the weight on attacks, half shared by the clean kinds, C=1) over the train side's
out-of-fold signals (build_stack.py --dry-run --referential --prompt-windows uncued
--benign-prompts --benign-rows all-attacks --benign-corpus decode, 07:39-07:54 UTC, run
outside the heavy lock at nice 10; its refit without fresh rows is close to the shipped weights,
largest gaps to_assistant 3.54 against 4.04 and heuristic 0.28 against 0.17, its data
thresholds 0.38 / 0.73 as shipped) with the three spent fresh sets beside them (fresh49, fresh55, fresh57: the
shipped signal models never read them, so their readings are out of fold): their clean
data-route texts (168) as a clean kind of their own, FRESH, at twice a clean kind's share
(FRESH_WEIGHT = 2), their planted data-route texts (162) as attacks. The stack's own data
thresholds are re-picked by build_stack's pick on the train side's caps (0.38 / 0.43 / 0.61;
the scanner does not flag data by them while the finetuned part is there); the data route's
joined thresholds (finetuned: the stack's score and the planted head's, 0.36 / 0.60 / 0.94),
the prompt and code routes and every other file are as shipped.

Attribution (cln61.py --attribution, 07:54:45-07:56:02 UTC): the shipped full mode flags 37
of the 216 spent clean texts (12, 12, 13), 36 on the data route: over the joined threshold by
the stack with the head below it 13, the planted head with the stack below it 7, both 13, the
heuristics alone 4 (patterns, not this round's); the code route 1 (clean_57[54], the stack).
The stack's largest positive term is the sentence classifier's logit in 34 of the 36.

Design (design data only; leave one spent set out: the candidate fitted with the other two and
the train side, the left-out set read through the scanner with the files so written and with
the shipped ones, full mode, each text as data at `balanced`; cheap mode unchanged by
construction: no file it reads changes). Variants: (0) the fresh kind capped like the data
kinds (4.5%), the joined threshold re-picked on dev fold 0 and the fresh kind and held at or
below 0.85 (the patterns' data score): the threshold went to 0.85 and dev fold 0's joined
recall fell 91 -> 80 of 97 e-mails, 79 -> 69 of 86 documents: dropped (computed offline from
the cached components, as were sweeps of the joined threshold 0.60-0.85 at each weight below,
which showed every step above 0.60 costing dev fold 0 documents). Then the joined threshold kept at 0.60 and the fresh kind weighed,
not capped, at 1x, 2x and 4x a clean kind's share (08:18-08:25 UTC, through the scanner):
  1x: clean flagged 12 -> 9, 12 -> 9, 13 -> 7; planted 72 -> 72, 67 -> 66, 46 -> 45;
  2x (the candidate, 08:24:51-08:25:20): clean 12 -> 7 (fresh49), 12 -> 8 (fresh55),
      13 -> 6 (fresh57); planted 72 -> 71, 67 -> 66, 46 -> 45 (one lost per set: rows 23, 13,
      23); the rows still flagged: fresh49 0, 15, 24, 27, 36, 39, 43; fresh55 1, 13, 16, 18,
      20, 37, 43, 58; fresh57 28, 34, 35, 40, 47, 54;
  4x: clean 12 -> 7, 12 -> 6, 13 -> 6; planted 71, 66, 45; dev fold 0's joined documents
      79 -> 76 of 86 (3.5 points): dropped.
The train side, the candidate fitted with all three sets: dev fold 0 (the one fold the planted
head was trained without; its readings taken through the scanner), the stack's out-of-fold
score joined with the head at 0.60 as the scanner flags data: planted bipia_text 54 -> 55 of
58, documents 79 -> 78 of 86 (-1.2 points), e-mails 91 -> 91 of 97, garak 6 -> 6, hand-written
1 -> 1; clean e-mails 1 -> 1 of 44, documents 2 -> 1 of 76, CMRC 0 -> 0 of 10 (caps held). The
stack alone over all five folds at its own balanced threshold (0.73 shipped recipe, 0.43
candidate; a reading the scanner does not flag data by): bipia_text 65 -> 60 of 75, documents
82 -> 78 of 100, e-mails 78 -> 73 of 98, garak 212 -> 216 of 252, hand-written 5 -> 5; clean
documents 13 -> 13 of 304, e-mails 1 -> 1 of 47, CMRC 0 -> 1 of 50: the stack's own ranking of
the train side's planted rows is worse by 4 to 7 points; condition 4 below is read on the
joined score, the data route's verdict. Full-mode p50 on 60 train e-mails, both files in turn
in one process: 2.064 -> 1.961 ms (the same arithmetic; load noise).

The candidate ships if, read once with the shipped code and the candidate's in the same run,
each text as data at `balanced`:
 1. FRESH_CLEAN_61 flagged in full mode: candidate <= shipped - max(2, ceil(f/3)), f the
    shipped code's full-mode flags of 108;
 2. FRESH_CLEAN_61 flagged in cheap mode: candidate <= shipped;
 3. FRESH_PLANTED_61 caught: candidate >= shipped - 1, in full mode and in cheap mode each;
 4. on the design data (stated here): the leave-one-set-out readings of fresh49, fresh55 and
    fresh57 lose at most 2 planted texts per set against the shipped code, and the train
    side's out-of-fold planted recall per data kind falls by at most 2 points with every clean
    cap held; the prompt route's files and verdicts unchanged;
 5. the data route's full-mode p50 per text up by at most 0.5 ms.
Condition 4 as the design found it: met (one planted text lost per set; dev fold 0 joined:
at most -1.2 points, caps held; the prompt route's weights, thresholds and files byte for byte
as shipped, so its verdicts cannot move), with the stack-alone figures above disclosed.
Else the candidate's src change is reverted in its own commit (cln61.py and the docs kept). The
fresh sets are read once.
"""

BASE = "e162731"
FRESH = "fresh"  # the spent fresh sets' clean texts: a data kind of their own, capped
SPENT = {"49": fresh49, "55": fresh55, "57": fresh57}
STACK_CACHE = guardlib.ROOT / ".cache" / "guard-stack" / "shipped.npz"
HEAD_CACHE = guardlib.ROOT / ".cache" / "guard-stack" / "cln61_head0.npz"
VARIANTS = {"A": ("data", "code"), "C": ("data",)}
# The fresh clean kind's share of the clean weight, times this (design: 1, 2, 4; see the rule).
FRESH_WEIGHT = float(os.environ.get("CLN61_FRESH_WEIGHT", "2"))
DEV_FOLD = 0
FRESH_NAMES = ("clean_fresh_61", "planted_fresh_61")


def _sig(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -60, 60))))


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.asarray(np.log(p / (1 - p)))


def joined(stack: np.ndarray, head: np.ndarray, heuristic: np.ndarray) -> np.ndarray:
    """The data route's full-mode score: the stack's (already at least the heuristics') and
    the planted head's, their mean in logit space, or the heuristics where higher."""
    return np.maximum(_sig((_logit(stack) + _logit(head)) / 2.0), heuristic)


def spent_rows(which: tuple[str, ...] = tuple(SPENT)) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for tag in which:
        module = SPENT[tag]
        out[f"planted_{tag}"] = list(getattr(module, f"FRESH_PLANTED_{tag}"))
        out[f"clean_{tag}"] = list(getattr(module, f"FRESH_CLEAN_{tag}"))
    return out


async def components(folder: Path | None, texts: list[str]) -> dict[str, np.ndarray]:
    """Each text's full-mode parts as data, with the files in ``folder`` (the shipped ones when
    None): the signals' vector, the heuristics, the planted head, the route, whether an AI
    reader flags it alone in code and whether the code payload reader fires."""
    embed = build_stack._embed_fn(cached_minilm(threads=1))
    scanner = InjectionScanner(InjectionOptions(), "i", embed, folder)
    assert scanner.stack is not None and scanner.finetuned is not None
    vec, heur, head, code, reader, payload = [], [], [], [], [], []
    for text in texts:
        is_code = looks_like_code(text)
        found, _, ranked = await scanner._read(text, "data", code=is_code)
        route = scanner.stack.route(found, "data")
        vec.append(found.vector())
        heur.append(found.heuristic)
        head.append(scanner.finetuned.data(ranked) if ranked else 0.0)
        code.append(route == "code")
        reader.append(route == "code" and AI_READER.name in found.patterns)
        payload.append(route == "code" and read_payload(text).fired)
    return {
        "x": np.array(vec),
        "heuristic": np.array(heur),
        "head": np.array(head),
        "code": np.array(code, dtype=bool),
        "reader": np.array(reader, dtype=bool),
        "payload": np.array(payload, dtype=bool),
    }


def train_side() -> dict[str, Any]:
    """The train side as build_stack's shipped build reads it: its documents, folds, labels,
    kinds and routes, and the cached out-of-fold signals (``STACK_CACHE``)."""
    docs, _ = build_stack.stack_docs()
    fold_of = build_stack.folds_of(docs)
    extra, folds = build_stack.referential(True, "all-attacks")
    docs, fold_of = docs + extra, np.concatenate([fold_of, folds])
    saved = np.load(STACK_CACHE)
    assert (saved["fold_of"] == fold_of).all(), f"{STACK_CACHE} was read with other folds"
    return {
        "docs": docs,
        "fold_of": fold_of,
        "x": with_address(saved["features"].astype(float), docs),
        "y": np.array([d.label for d in docs]),
        "kinds": np.array([_kind(d) for d in docs]),
        "attack_kinds": np.array([d.kind for d in docs]),
        "route": np.array([_route(d) for d in docs]),
    }


async def head0(train: dict[str, Any], folder: Path | None) -> dict[str, np.ndarray]:
    """The planted head's readings of dev fold 0's data-route documents (the head was trained
    without that fold), through the scanner with the shipped files (cached)."""
    idx = np.flatnonzero((train["fold_of"] == DEV_FOLD) & (train["route"] == "data"))
    if HEAD_CACHE.exists():
        saved = np.load(HEAD_CACHE)
        if len(saved["idx"]) == len(idx) and (saved["idx"] == idx).all():
            return {"idx": idx, "head": saved["head"]}
    got = await components(folder, [train["docs"][i].text for i in idx])
    assert not got["code"].any(), "a data-route document read as code"
    np.savez(HEAD_CACHE, idx=idx, head=got["head"])
    return {"idx": idx, "head": got["head"]}


def _caps(route: str, point: str) -> dict[str, float]:
    scale = POINTS[point]
    caps = {k: c * scale for k, c in DATA_CAPS.items()}
    if route == "code" and point == "balanced":
        caps.update(CODE_BALANCED_CAPS)
    caps[FRESH] = caps["code"] if route == "code" else DATA_CAPS["email"] * scale
    return caps


def fit_weighted(
    x: np.ndarray, y: np.ndarray, kinds: np.ndarray, fold_of: np.ndarray, route: str
) -> tuple[dict[str, Any], np.ndarray]:
    """``build_stack.fit_stack``'s recipe (half the weight on attacks, half shared equally by
    the clean kinds, C=1, its out-of-fold scores on the same folds, at least the heuristics
    off code), with the ``FRESH`` kind's share times ``FRESH_WEIGHT``."""
    w = np.where(y, 0.5 / max(1, int(y.sum())), 0.0)
    clean = sorted(set(kinds[~y].tolist()))
    for kind in clean:
        rows = (kinds == kind) & ~y
        w[rows] = 0.5 / len(clean) / max(1, int(rows.sum()))
    w[(kinds == FRESH) & ~y] *= FRESH_WEIGHT
    w *= len(y)
    used = np.array([route != "code" or name in CODE_FEATURES for name in FEATURES])
    oof = np.zeros(len(y))
    for k in range(FOLDS):
        train, held = fold_of != k, fold_of == k
        part = fit(x[train][:, used], y[train], w[train], STACK_C)
        oof[held] = part.predict_proba(x[held][:, used])[:, 1]
    model = fit(x[:, used], y, w, STACK_C)
    coef = np.zeros(len(FEATURES))
    coef[used] = model.coef_[0]
    if route != "code":
        oof = np.maximum(oof, _sig(x[:, 0]))
    return {"coef": rounded(coef), "intercept": float(model.intercept_[0])}, oof


def fit_candidate(
    train: dict[str, Any],
    h0: dict[str, np.ndarray],
    fresh: dict[str, dict[str, np.ndarray]],
    routes: tuple[str, ...],
    shipped: dict[str, Any],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The candidate's ``injection.json``: the shipped one with the refitted routes' stack
    weights and their own thresholds (build_stack's ``pick`` over the out-of-fold scores, the
    train side's caps; the fresh kind is weighed, not capped); the joined data thresholds
    (``finetuned``, what the scanner flags data at) as shipped. And a report: the train side's
    out-of-fold recall and clean flagged per kind (the stack alone at its thresholds over every
    fold; dev fold 0 joined with the planted head at the joined threshold) and the fresh rows'
    out-of-fold flags."""
    doc = json.loads(json.dumps(shipped))
    report: dict[str, Any] = {}
    for route in routes:
        rows = train["route"] == route
        x, y = train["x"][rows], train["y"][rows]
        kinds, folds = train["kinds"][rows], train["fold_of"][rows]
        xs, ys, ks, fs = [x], [y], [kinds], [folds]
        index = 0
        for name, got in fresh.items():
            mine = got["code"] if route == "code" else ~got["code"]
            n = int(mine.sum())
            label = name.startswith("planted")
            xs.append(got["x"][mine])
            ys.append(np.full(n, label))
            ks.append(np.full(n, "fresh_planted" if label else FRESH))
            fs.append(np.arange(index, index + n) % FOLDS)
            index += n
        xa, ya = np.vstack(xs), np.concatenate(ys).astype(bool)
        ka, fa = np.concatenate(ks), np.concatenate(fs)
        model, oof = fit_weighted(xa, ya, weights_kind(ka), fa, route)
        doc["stack"]["sources"][route] = model
        n_train = int(rows.sum())
        for point in POINTS:
            t, recall, fps = pick(oof[:n_train], y, kinds, _caps(route, point))
            doc["stack"]["operating_points"][point][route] = t
            report[f"{route}/{point}/stack"] = {
                "threshold": t,
                "recall": round(recall, 4),
                "fp": fps,
            }
        cut = doc["stack"]["operating_points"]["balanced"][route]
        attack_kinds = train["attack_kinds"][rows]
        report[f"{route}/train_oof_recall_by_kind"] = _by_kind(
            oof[:n_train] >= cut, y, attack_kinds, kinds
        )
        report[f"{route}/fresh_oof_flagged"] = (
            f"{int((oof[n_train:] >= cut)[~ya[n_train:]].sum())}/{int((~ya[n_train:]).sum())} clean, {int((oof[n_train:] >= cut)[ya[n_train:]].sum())}/{int(ya[n_train:].sum())} planted"
        )
        report[f"{route}/coef"] = dict(zip(FEATURES, model["coef"], strict=True))
        if route == "data":
            report["data/fold0_joined"] = _fold0(train, h0, rows, oof[:n_train], doc)
    doc["stack"].setdefault("built_from", {})["round_29"] = {
        "script": "benchmarks/guard/cln61.py --write",
        "routes_refitted": list(routes),
        "fresh_sets": sorted(fresh),
        "fresh_clean_kind": FRESH,
        "fresh_weight": FRESH_WEIGHT,
    }
    return doc, report


def _by_kind(
    flag: np.ndarray, y: np.ndarray, attack_kinds: np.ndarray, kinds: np.ndarray
) -> dict[str, str]:
    out = {
        f"planted {k}": f"{int(flag[y & (attack_kinds == k)].sum())}/{int((y & (attack_kinds == k)).sum())}"
        for k in sorted(set(attack_kinds[y].tolist()))
    }
    out |= {
        f"clean {k}": f"{int(flag[~y & (kinds == k)].sum())}/{int((~y & (kinds == k)).sum())}"
        for k in sorted(set(kinds[~y].tolist()))
    }
    return out


def _fold0(
    train: dict[str, Any],
    h0: dict[str, np.ndarray],
    rows: np.ndarray,
    oof: np.ndarray,
    doc: dict[str, Any],
) -> dict[str, str]:
    """Dev fold 0's data documents: the stack's out-of-fold score joined with the planted
    head's (out of fold there), at the joined balanced threshold."""
    at = {int(i): n for n, i in enumerate(np.flatnonzero(rows))}
    pos = np.array([at[int(i)] for i in h0["idx"]])
    x, y = train["x"][rows][pos], train["y"][rows][pos]
    score = joined(oof[pos], h0["head"], _sig(x[:, 0]))
    t = doc["finetuned"]["operating_points"]["balanced"]["data"]
    return _by_kind(score >= t, y, train["attack_kinds"][rows][pos], train["kinds"][rows][pos])


def shipped_report(
    train: dict[str, Any], h0: dict[str, np.ndarray], shipped: dict[str, Any]
) -> dict[str, Any]:
    """The shipped recipe's out-of-fold figures on the train side alone (build_stack's fit on
    the same cache, no fresh row), at the thresholds its ``pick`` gives: the baseline of the
    train-side condition."""
    report: dict[str, Any] = {}
    for route in ("data",):
        rows = train["route"] == route
        x, y = train["x"][rows], train["y"][rows]
        kinds, folds = train["kinds"][rows], train["fold_of"][rows]
        model, oof = fit_stack(x, y, weights_kind(kinds), folds, route)
        t, _, _ = pick(oof, y, kinds, _caps(route, "balanced"))
        report[f"{route}/threshold_refit"] = t
        report[f"{route}/train_oof_recall_by_kind"] = _by_kind(
            oof >= t, y, train["attack_kinds"][rows], kinds
        )
        report[f"{route}/coef_refit"] = dict(zip(FEATURES, model["coef"], strict=True))
        report[f"{route}/coef_shipped"] = dict(
            zip(FEATURES, shipped["stack"]["sources"][route]["coef"], strict=True)
        )
        report["data/fold0_joined"] = _fold0(train, h0, rows, oof, shipped)
    return report


def write_folder(doc: dict[str, Any], base: Path, out: Path) -> Path:
    """A data folder: ``base``'s files linked, ``injection.json`` replaced by ``doc``."""
    out.mkdir(parents=True, exist_ok=True)
    for f in base.iterdir():
        if f.name != MODEL_FILE and not (out / f.name).exists():
            (out / f.name).symlink_to(f.resolve())
    (out / MODEL_FILE).write_text(json.dumps(doc, indent=1) + "\n")
    return out


async def read_sets(
    sets: dict[str, list[str]], folder: Path | None, modes: tuple[str, ...] = ("full", "cheap")
) -> dict[str, Any]:
    """Each set read as data at `balanced` with the files in ``folder`` (the installed ones
    when None): caught (planted) or flagged (clean), and the rows missed or flagged."""
    embed = build_stack._embed_fn(cached_minilm(threads=1))
    ctx = ScanContext(direction="input", source="data")
    out: dict[str, Any] = {}
    for mode in modes:
        scanner = InjectionScanner(
            InjectionOptions(), "i", embed if mode == "full" else None, folder
        )
        for name, rows in sets.items():
            flags = [(await scanner.scan(t, ctx)).flagged for t in rows]
            planted = name.startswith("planted")
            out[f"{name}/{mode}"] = {
                "flagged": sum(flags),
                "of": len(flags),
                "rows": [i for i, f in enumerate(flags) if f != planted],
            }
    return out


async def p50_ms(folders: list[Path | None], texts: list[str], passes: int = 5) -> list[float]:
    """The data route's full-mode milliseconds per text with each data folder (``None``: the
    installed files), read in turn within each pass so that the machine's load falls on all
    alike (each text's fastest of ``passes``, the median over texts). The scanner code is
    this checkout's: the candidate changes data files alone."""
    embed = build_stack._embed_fn(cached_minilm(threads=1))
    scanners = [InjectionScanner(InjectionOptions(), "i", embed, f) for f in folders]
    ctx = ScanContext(direction="input", source="data")
    best = [[math.inf] * len(texts) for _ in folders]
    for _ in range(passes):
        for i, text in enumerate(texts):
            for n, scanner in enumerate(scanners):
                started = time.perf_counter()
                await scanner.scan(text, ctx)
                best[n][i] = min(best[n][i], 1000 * (time.perf_counter() - started))
    return [statistics.median(b) for b in best]


def _texts(rows: list[Any]) -> list[str]:
    return [r if isinstance(r, str) else (r["text"] if isinstance(r, dict) else r[1]) for r in rows]


async def attribution(shipped_dir: Path) -> dict[str, Any]:
    """Step 1: the spent clean texts the shipped full mode flags, and what put each over."""
    out: dict[str, Any] = {}
    doc = json.loads((shipped_dir / MODEL_FILE).read_text())
    t_data = doc["finetuned"]["operating_points"]["balanced"]["data"]
    t_code = doc["stack"]["operating_points"]["balanced"]["code"]
    for name, rows in spent_rows().items():
        if not name.startswith("clean"):
            continue
        got = await components(shipped_dir, _texts(rows))
        for i, (context, _) in enumerate(rows):
            route = "code" if got["code"][i] else "data"
            coef = np.asarray(doc["stack"]["sources"][route]["coef"])
            z = float(got["x"][i] @ coef) + float(doc["stack"]["sources"][route]["intercept"])
            stack = float(_sig(np.array(z)))
            heur = float(got["heuristic"][i])
            if route == "data":
                stack = max(stack, heur)
                score = float(
                    joined(np.array([stack]), np.array([got["head"][i]]), np.array([heur]))[0]
                )
                flagged, t = score >= t_data, t_data
            else:
                score = max(stack, 0.95 if got["reader"][i] or got["payload"][i] else 0.0)
                flagged, t = score >= t_code, t_code
            if not flagged:
                continue
            terms = {
                f: round(float(v * c), 2)
                for f, v, c in zip(FEATURES, got["x"][i], coef, strict=True)
            }
            by = (
                "heuristics alone"
                if heur >= t and route == "data"
                else (
                    "planted head"
                    if route == "data" and got["head"][i] >= t and stack < t
                    else "stack"
                    if stack >= t and (route == "code" or got["head"][i] < t)
                    else "stack and head"
                )
            )
            out[f"{name}[{i}]"] = {
                "context": context,
                "route": route,
                "score": round(score, 3),
                "threshold": t,
                "stack": round(stack, 3),
                "head": round(float(got["head"][i]), 3),
                "heuristic": heur,
                "over_by": by,
                "stack_terms": dict(sorted(terms.items(), key=lambda kv: -abs(kv[1]))[:4]),
            }
    out["counts"] = dict(Counter(v["over_by"] for v in out.values()))
    return out


async def design(shipped_dir: Path, routes: tuple[str, ...]) -> dict[str, Any]:
    """Leave one spent set out: fit with the other two and the train side, read the third
    through the scanner with the files so written and with the shipped ones; the train side's
    out-of-fold figures (the candidate fitted with all three sets, and the shipped recipe)."""
    shipped = json.loads((shipped_dir / MODEL_FILE).read_text())
    train = train_side()
    h0 = await head0(train, shipped_dir)
    spent = spent_rows()
    parts = {name: await components(shipped_dir, _texts(rows)) for name, rows in spent.items()}
    out: dict[str, Any] = {"routes": list(routes)}
    with tempfile.TemporaryDirectory() as tmp:
        for tag in SPENT:
            fit_on = {k: v for k, v in parts.items() if not k.endswith(tag)}
            doc, report = fit_candidate(train, h0, fit_on, routes, shipped)
            folder = write_folder(doc, shipped_dir, Path(tmp) / f"loso{tag}")
            sets = {k: _texts(v) for k, v in spent.items() if k.endswith(tag)}
            new = await read_sets(sets, folder, ("full",))
            old = await read_sets(sets, shipped_dir, ("full",))
            out[f"left_out_{tag}"] = {
                "thresholds": {
                    "data_joined": doc["finetuned"]["operating_points"]["balanced"]["data"],
                    "code": doc["stack"]["operating_points"]["balanced"]["code"],
                },
                "shipped": old,
                "candidate": new,
                "summary": {
                    k: f"{old[k]['flagged']} -> {v['flagged']} / {v['of']}" for k, v in new.items()
                },
            }
        doc, report = fit_candidate(train, h0, parts, routes, shipped)
        out["all_three"] = report
        out["shipped_recipe"] = shipped_report(train, h0, shipped)
        folder = write_folder(doc, shipped_dir, Path(tmp) / "all")
        emails = [d.text for d in train["docs"] if d.kind == "email" and d.source == "data"][:60]
        out["full_p50_ms"] = [round(v, 3) for v in await p50_ms([shipped_dir, folder], emails)]
    return out


def _shipped_data(src: Path) -> Path:
    return src / "minigate" / "guard" / "data"


# ``--plumbing``: fresh57's first rows stand in for the fresh sets (reads no fresh61 row).
PLUMBING = "CLN61_PLUMBING"


def _fresh_module() -> Any:
    if os.environ.get(PLUMBING):
        module = argparse.Namespace(
            FRESH_CLEAN_61=fresh57.FRESH_CLEAN_57[:4] + fresh57.FRESH_CLEAN_57[24:26],
            FRESH_PLANTED_61=fresh57.FRESH_PLANTED_57[:3],
            LANGUAGES_61={"clean": ["en"] * 6, "planted": ["en"] * 3},
        )
        return module
    return importlib.import_module("fresh61")


def fresh() -> dict[str, list[str]]:
    """The fresh check sets (``--check`` only): importing fresh61 is reading it."""
    module = _fresh_module()
    return {
        "clean_fresh_61": _texts(module.FRESH_CLEAN_61),
        "planted_fresh_61": _texts(module.FRESH_PLANTED_61),
    }


def side() -> dict[str, Any]:
    """The fresh sets read with the code on ``sys.path``, both modes, and the full p50."""
    out: dict[str, Any] = {"code": str(Path(injection_patterns.__file__).parents[4])}
    sets = fresh()
    out["data"] = asyncio.run(read_sets(sets, None))
    return out


def shipped_side(src: Path) -> dict[str, Any]:
    here = Path(__file__).resolve().parent
    env = os.environ | {"PYTHONPATH": f"{src}:{here}"}
    out = subprocess.run(
        [sys.executable, __file__, "--side"], env=env, check=True, capture_output=True, text=True
    )
    return dict(json.loads(out.stdout))


def count(side: dict[str, Any], name: str, mode: str) -> int:
    return int(side["data"][f"{name}/{mode}"]["flagged"])


# Condition 4 as the design reading (step 1) found it, stated in ``CLN_RULE_61``.
DESIGN_MET = True


def verdict(new: dict[str, Any], old: dict[str, Any]) -> dict[str, bool]:
    """``CLN_RULE_61``'s five conditions on a ``--check`` reading (4 as stated)."""
    clean, planted = FRESH_NAMES
    f = count(old, clean, "full")
    return {
        "1_fresh_clean_full": count(new, clean, "full") <= f - max(2, math.ceil(f / 3)),
        "2_fresh_clean_cheap": count(new, clean, "cheap") <= count(old, clean, "cheap"),
        "3_fresh_planted": all(
            count(new, planted, m) >= count(old, planted, m) - 1 for m in ("full", "cheap")
        ),
        "4_design_as_stated": DESIGN_MET,
        "5_full_p50": new["full_p50_ms"] - old["full_p50_ms"] <= 0.5,
    }


def breakdown(read: dict[str, Any], sets: dict[str, list[str]], labels: dict[str, Any]) -> Any:
    """Per context and language, each fresh set's caught / flagged count in each mode, with
    95% Wilson intervals, and the indices counted."""
    out: dict[str, Any] = {}
    for name, rows in sets.items():
        for mode in ("full", "cheap"):
            listed = set(read[f"{name}/{mode}"]["rows"])
            planted = name.startswith("planted")
            hit = [(i not in listed) if planted else (i in listed) for i in range(len(rows))]
            groups: dict[str, list[int]] = {}
            for kind, of in labels.get(name, {}).items():
                for index, label in enumerate(of):
                    groups.setdefault(f"{kind}:{label}", []).append(index)
            groups["total"] = list(range(len(rows)))
            out[f"{name}/{mode}"] = {
                g: {
                    "hits": sum(hit[i] for i in ix),
                    "of": len(ix),
                    "wilson": [round(100 * x, 1) for x in wilson(sum(hit[i] for i in ix), len(ix))],
                    "hit_indices": [i for i in ix if hit[i]],
                }
                for g, ix in groups.items()
            }
    return out


def row_labels() -> dict[str, Any]:
    """Each fresh row's context and language (reporting only): the row's own where it names
    one, ``LANGUAGES_61`` as a list per set or per row, or per context (the last rows)."""
    module = _fresh_module()
    named = getattr(module, "LANGUAGES_61", {})
    out: dict[str, Any] = {}
    for name, key, rows in (
        ("clean_fresh_61", "clean", module.FRESH_CLEAN_61),
        ("planted_fresh_61", "planted", module.FRESH_PLANTED_61),
    ):
        contexts = [
            str(r.get("context", "?"))
            if isinstance(r, dict)
            else ("?" if isinstance(r, str) else str(r[0]))
            for r in rows
        ]
        languages: list[str] = []
        seen: dict[str, int] = {}
        per_context = Counter(contexts)
        for index, (row, context) in enumerate(zip(rows, contexts, strict=True)):
            at = seen.get(context, 0)
            seen[context] = at + 1
            if isinstance(row, dict) and "language" in row:
                languages.append(str(row["language"]))
            elif isinstance(named, list | tuple) and len(named) == len(rows):
                languages.append(str(named[index]))
            elif (
                isinstance(named, dict)
                and isinstance(named.get(key), list | tuple)
                and len(named[key]) == len(rows)
            ):
                languages.append(str(named[key][index]))
            elif isinstance(named, dict) and isinstance(named.get(name), list | tuple):
                languages.append(str(named[name][index]))
            else:
                extra = list(named.get(context, [])) if isinstance(named, dict) else []
                first = per_context[context] - len(extra)
                languages.append("en" if at < first else str(extra[at - first]))
        out[name] = {"context": contexts, "language": languages}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--side", action="store_true", help="(internal) one side of --check")
    group = parser.add_mutually_exclusive_group()
    for mode in ("attribution", "design", "write", "check", "plumbing"):
        group.add_argument(f"--{mode}", dest="mode", action="store_const", const=mode)
    parser.add_argument("--shipped-src", type=Path, help=f"src at {BASE}, read beside this")
    parser.add_argument("--variant", choices=VARIANTS, default="C")
    args = parser.parse_args()
    if args.side:
        print(json.dumps(side(), ensure_ascii=False))
        return
    if args.mode is None or args.shipped_src is None:
        parser.error("one of --attribution, --design, --write, --check, and --shipped-src")
    shipped_dir = _shipped_data(args.shipped_src.resolve())
    started = time.strftime("%H:%M:%S", time.gmtime())
    report: dict[str, Any]
    if args.mode == "attribution":
        report = asyncio.run(attribution(shipped_dir))
    elif args.mode == "design":
        report = asyncio.run(design(shipped_dir, VARIANTS[args.variant]))
    elif args.mode == "write":
        shipped = json.loads((shipped_dir / MODEL_FILE).read_text())
        train = train_side()
        h0 = asyncio.run(head0(train, shipped_dir))
        parts = {
            name: asyncio.run(components(shipped_dir, _texts(rows)))
            for name, rows in spent_rows().items()
        }
        doc, report = fit_candidate(train, h0, parts, VARIANTS[args.variant], shipped)
        target = Path(__file__).resolve().parents[2] / "src" / "minigate" / "guard" / "data"
        (target / MODEL_FILE).write_text(json.dumps(doc, indent=1) + "\n")
        report["written"] = str(target / MODEL_FILE)
    else:
        if args.mode == "plumbing":
            os.environ[PLUMBING] = "1"
        old = shipped_side(args.shipped_src.resolve())
        new = side()
        texts = [t for rows in fresh().values() for t in rows]
        p50 = asyncio.run(p50_ms([shipped_dir, None], texts))
        old["full_p50_ms"], new["full_p50_ms"] = (round(v, 3) for v in p50)
        sets, labels = fresh(), row_labels()
        report = {
            "summary": {
                k: f"{old['data'][k]['flagged']} -> {v['flagged']} / {v['of']}"
                for k, v in new["data"].items()
            },
            "full_p50_ms": [old["full_p50_ms"], new["full_p50_ms"]],
            "verdict": verdict(new, old),
            "breakdown": {
                "shipped": breakdown(old["data"], sets, labels),
                "candidate": breakdown(new["data"], sets, labels),
            },
            "shipped": old,
            "candidate": new,
        }
        report["met"] = all(report["verdict"].values())
    report["utc"] = f"{started}-{time.strftime('%H:%M:%S', time.gmtime())}"
    print(json.dumps(report, indent=1, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
