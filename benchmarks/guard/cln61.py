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
rows: their clean texts as a clean kind of their own (``FRESH``, capped like every data kind),
their planted texts as attack documents. The shipped signal models never read these texts, so
their readings of them are out of fold. The data route's thresholds are picked again: the
stack's own by build_stack's ``pick`` over its out-of-fold scores, and the joined score's (the
``finetuned`` part's data thresholds, those the scanner uses) by the lowest GRID threshold at
which dev fold 0's clean kinds (fold 0: the one fold the planted head was trained without;
its readings are taken here through the scanner) and the fresh clean kind hold the data caps
(scaled by POINTS), and never above the planted-instruction patterns' data score (0.85: above
it a pattern no longer flags alone). The prompt route's weights and thresholds, every signal
model and the cheap mode's files are untouched. ``--variant`` names the design variants (at
most three): ``A`` data and code routes refitted, ``C`` the data route alone.

``--design`` reads the leave-one-set-out readings: for each spent set, the candidate fitted
with the other two (and the train side), then that set read through the scanner with the
files so written and with the shipped ones (full and cheap mode, each text as data at
`balanced`); and the train side's out-of-fold figures (the stack's per data kind at its own
thresholds over every fold, and dev fold 0 joined with the planted head). ``--check`` reads
the fresh check sets (``fresh61``: FRESH_PLANTED_61, 72; FRESH_CLEAN_61, 108, 36 per context;
LANGUAGES_61; it exists only after the fresh set's branch is merged) once with the shipped
code (src at ``BASE`` via ``git archive``, in a subprocess) and once with this checkout's, and
judges ``CLN_RULE_61``. No test split and no over-defense set is read.

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
from build_artifacts import POINTS
from build_stack import (
    CODE_BALANCED_CAPS,
    DATA_CAPS,
    FOLDS,
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
from minigate.guard.scanners.injection_patterns import AI_READER, AI_READER_CODE_SCORE
from minigate.guard.scanners.injection_stack import FEATURES, looks_like_code

CLN_RULE_61 = """
(placeholder: fixed in the next commit, before the candidate's)
"""

BASE = "e162731"
FRESH = "fresh"  # the spent fresh sets' clean texts: a data kind of their own, capped
SPENT = {"49": fresh49, "55": fresh55, "57": fresh57}
STACK_CACHE = guardlib.ROOT / ".cache" / "guard-stack" / "shipped.npz"
HEAD_CACHE = guardlib.ROOT / ".cache" / "guard-stack" / "cln61_head0.npz"
# The planted-instruction patterns' score in data (``injection_patterns``: 0.85): a joined
# threshold above it would stop a pattern flagging alone.
PATTERN_DATA_SCORE = 0.85
VARIANTS = {"A": ("data", "code"), "C": ("data",)}
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


def fit_candidate(
    train: dict[str, Any],
    h0: dict[str, np.ndarray],
    fresh: dict[str, dict[str, np.ndarray]],
    routes: tuple[str, ...],
    shipped: dict[str, Any],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The candidate's ``injection.json`` (the shipped one with the refitted routes' stack
    weights and thresholds, and the finetuned part's data thresholds) and a report: each
    route's out-of-fold recall per kind and clean flagged per kind, train side and fresh."""
    doc = json.loads(json.dumps(shipped))
    report: dict[str, Any] = {}
    for route in routes:
        rows = train["route"] == route
        x, y = train["x"][rows], train["y"][rows]
        kinds, folds = train["kinds"][rows], train["fold_of"][rows]
        parts = [(x, y, kinds, folds)]
        index = 0
        fresh_at: dict[str, np.ndarray] = {}
        for name, got in fresh.items():
            mine = got["code"] if route == "code" else ~got["code"]
            n = int(mine.sum())
            label = name.startswith("planted")
            kind = "fresh_planted" if label else FRESH
            parts.append(
                (
                    got["x"][mine],
                    np.full(n, label),
                    np.full(n, kind),
                    (np.arange(index, index + n) % FOLDS),
                )
            )
            fresh_at[name] = np.arange(n)
            index += n
        xa = np.vstack([p[0] for p in parts])
        ya = np.concatenate([p[1] for p in parts]).astype(bool)
        ka = np.concatenate([p[2] for p in parts])
        fa = np.concatenate([p[3] for p in parts])
        model, oof = fit_stack(xa, ya, weights_kind(ka), fa, route)
        doc["stack"]["sources"][route] = model
        n_train = int(rows.sum())
        for point in POINTS:
            caps = _caps(route, point)
            t, recall, fps = pick(oof, ya, ka, caps)
            if route == "code":
                t = min(t, AI_READER_CODE_SCORE - 0.01)  # an AI reader in code flags alone
            doc["stack"]["operating_points"][point][route] = t
            report[f"{route}/{point}/stack"] = {
                "threshold": t,
                "recall": round(recall, 4),
                "fp": fps,
            }
        cut = doc["stack"]["operating_points"]["balanced"][route]
        attack_kinds = train["attack_kinds"][rows]
        report[f"{route}/train_oof_recall_by_kind"] = {
            k: round(float((oof[:n_train] >= cut)[y & (attack_kinds == k)].mean()), 4)
            for k in sorted(set(attack_kinds[y].tolist()))
        }
        report[f"{route}/train_oof_clean_by_kind"] = {
            k: f"{int((oof[:n_train] >= cut)[~y & (kinds == k)].sum())}/{int((~y & (kinds == k)).sum())}"
            for k in sorted(set(kinds[~y].tolist()))
        }
        report[f"{route}/coef"] = dict(zip(FEATURES, model["coef"], strict=True))
        if route != "data":
            continue
        # the joined score's thresholds: dev fold 0 (head out of fold) and the fresh rows
        at = {int(i): n for n, i in enumerate(np.flatnonzero(rows))}
        pos = np.array([at[int(i)] for i in h0["idx"]])
        heur0 = _sig(x[pos][:, 0])
        score0 = joined(oof[pos], h0["head"], heur0)
        fresh_scores, fresh_y, fresh_k = [], [], []
        offset = n_train
        for name, got in fresh.items():
            mine = ~got["code"]
            n = int(mine.sum())
            fresh_scores.append(
                joined(oof[offset : offset + n], got["head"][mine], got["heuristic"][mine])
            )
            fresh_y.append(np.full(n, name.startswith("planted")))
            fresh_k.append(np.full(n, "fresh_planted" if name.startswith("planted") else FRESH))
            offset += n
        score = np.concatenate([score0, *fresh_scores])
        yj = np.concatenate([y[pos], *fresh_y]).astype(bool)
        kj = np.concatenate([kinds[pos], *fresh_k])
        for point in POINTS:
            t, recall, fps = pick(score, yj, kj, _caps("data", point))
            if point == "balanced":
                t = min(t, PATTERN_DATA_SCORE)
            doc["finetuned"]["operating_points"][point]["data"] = t
            report[f"data/{point}/joined"] = {"threshold": t, "recall": round(recall, 4), "fp": fps}
        t = doc["finetuned"]["operating_points"]["balanced"]["data"]
        report["data/fold0_joined_recall_by_kind"] = {
            k: f"{int((score0 >= t)[y[pos] & (attack_kinds[pos] == k)].sum())}/{int((y[pos] & (attack_kinds[pos] == k)).sum())}"
            for k in sorted(set(attack_kinds[pos][y[pos]].tolist()))
        }
        report["data/fold0_joined_clean_by_kind"] = {
            k: f"{int((score0 >= t)[~y[pos] & (kinds[pos] == k)].sum())}/{int((~y[pos] & (kinds[pos] == k)).sum())}"
            for k in sorted(set(kinds[pos][~y[pos]].tolist()))
        }
    doc["stack"].setdefault("built_from", {})["round_29"] = {
        "script": "benchmarks/guard/cln61.py",
        "routes_refitted": list(routes),
        "fresh_sets": sorted(fresh),
        "fresh_clean_kind": FRESH,
    }
    return doc, report


def shipped_report(
    train: dict[str, Any], h0: dict[str, np.ndarray], shipped: dict[str, Any]
) -> dict[str, Any]:
    """The shipped recipe's out-of-fold figures on the train side alone (build_stack's fit on
    the same cache), at the shipped thresholds: the baseline of the train-side condition."""
    report: dict[str, Any] = {}
    for route in ("data", "code"):
        rows = train["route"] == route
        x, y = train["x"][rows], train["y"][rows]
        kinds, folds = train["kinds"][rows], train["fold_of"][rows]
        model, oof = fit_stack(x, y, weights_kind(kinds), folds, route)
        t, _, _ = pick(oof, y, kinds, _caps(route, "balanced") | {FRESH: 1.0})
        attack_kinds = train["attack_kinds"][rows]
        report[f"{route}/threshold_refit"] = t
        report[f"{route}/train_oof_recall_by_kind"] = {
            k: round(float((oof >= t)[y & (attack_kinds == k)].mean()), 4)
            for k in sorted(set(attack_kinds[y].tolist()))
        }
        report[f"{route}/train_oof_clean_by_kind"] = {
            k: f"{int((oof >= t)[~y & (kinds == k)].sum())}/{int((~y & (kinds == k)).sum())}"
            for k in sorted(set(kinds[~y].tolist()))
        }
        report[f"{route}/coef_refit"] = dict(zip(FEATURES, model["coef"], strict=True))
        report[f"{route}/coef_shipped"] = dict(
            zip(FEATURES, shipped["stack"]["sources"][route]["coef"], strict=True)
        )
        if route == "data":
            at = {int(i): n for n, i in enumerate(np.flatnonzero(rows))}
            pos = np.array([at[int(i)] for i in h0["idx"]])
            score0 = joined(oof[pos], h0["head"], _sig(x[pos][:, 0]))
            tj = shipped["finetuned"]["operating_points"]["balanced"]["data"]
            report["data/fold0_joined_recall_by_kind"] = {
                k: f"{int((score0 >= tj)[y[pos] & (attack_kinds[pos] == k)].sum())}/{int((y[pos] & (attack_kinds[pos] == k)).sum())}"
                for k in sorted(set(attack_kinds[pos][y[pos]].tolist()))
            }
            report["data/fold0_joined_clean_by_kind"] = {
                k: f"{int((score0 >= tj)[~y[pos] & (kinds[pos] == k)].sum())}/{int((~y[pos] & (kinds[pos] == k)).sum())}"
                for k in sorted(set(kinds[pos][~y[pos]].tolist()))
            }
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


async def p50_ms(folder: Path | None, texts: list[str], passes: int = 3) -> float:
    """The data route's full-mode milliseconds per text (each text's fastest of ``passes``,
    the median over texts)."""
    embed = build_stack._embed_fn(cached_minilm(threads=1))
    scanner = InjectionScanner(InjectionOptions(), "i", embed, folder)
    ctx = ScanContext(direction="input", source="data")
    best = [math.inf] * len(texts)
    for _ in range(passes):
        for i, text in enumerate(texts):
            started = time.perf_counter()
            await scanner.scan(text, ctx)
            best[i] = min(best[i], 1000 * (time.perf_counter() - started))
    return statistics.median(best)


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
        emails = [d.text for d in train["docs"] if d.kind == "email" and d.source == "data"][:150]
        out["full_p50_ms"] = [
            round(await p50_ms(shipped_dir, emails), 3),
            round(await p50_ms(folder, emails), 3),
        ]
    return out


def _shipped_data(src: Path) -> Path:
    return src / "minigate" / "guard" / "data"


def fresh() -> dict[str, list[str]]:
    """The fresh check sets (``--check`` only): importing fresh61 is reading it."""
    module = importlib.import_module("fresh61")
    return {
        "clean_fresh_61": _texts(module.FRESH_CLEAN_61),
        "planted_fresh_61": _texts(module.FRESH_PLANTED_61),
    }


def side() -> dict[str, Any]:
    """The fresh sets read with the code on ``sys.path``, both modes, and the full p50."""
    out: dict[str, Any] = {"code": str(Path(injection_patterns.__file__).parents[4])}
    sets = fresh()
    out["data"] = asyncio.run(read_sets(sets, None))
    out["full_p50_ms"] = round(
        asyncio.run(p50_ms(None, sets["clean_fresh_61"] + sets["planted_fresh_61"])), 3
    )
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
DESIGN_MET = False


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
    module = importlib.import_module("fresh61")
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
    for mode in ("attribution", "design", "write", "check"):
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
        old = shipped_side(args.shipped_src.resolve())
        new = side()
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
