"""The data route on clean technical documentation (round eleven, second wave).

Round eleven's report (``code_dev.py --documents``) found the shipped data route flagging 14-18%
of never-trained README sections and stdlib docstrings at ``balanced``: technical prose tells
its reader what to do, as a planted instruction does. This script builds a larger clean set of
that kind from train-side, permissively licensed sources on this machine, split 50/50 by
source document, and reads ``DOCS_RULE_11`` on it: the train half may be fitted and capped on,
the dev half only read.

    flock /tmp/heavy.lock nice -n 5 env OMP_NUM_THREADS=2 PYTHONPATH=src \\
        .venv/bin/python benchmarks/guard/docs_dev.py --read     # signals into the cache
    .venv/bin/python benchmarks/guard/docs_dev.py --rule         # DOCS_RULE_11, the report
    .venv/bin/python benchmarks/guard/docs_dev.py --finish       # write the chosen candidate
    ... docs_dev.py --rule12      # DOCS_RULE_12 (heavy, ~2 min): candidate C, refitted readers
    ... docs_dev.py --path-check  # fold 0 through the scanner without tech rows (a check)
    ... docs_dev13.py --rule      # DOCS_RULE_13 (round twelve): the retrained planted head

Sources (``tech_docs``): sections of the ``METADATA`` long descriptions of the venv's packages
whose licence is MIT, BSD, Apache or PSF (this project's own left out; no fenced or indented
code), and module, class and function docstrings of the Python 3.11 standard library (PSF
licence; not its tests, idlelib or bundled packages). Each is cut at blank lines into chunks of
200 to 1,500 characters, as a retriever would, at most ``PER_SOURCE`` chunks of one source
document (a package, a module), and each source document goes wholly to the train or the dev
half by a hash of its name. Only the chunks the scanner reads as prose data count (the code
route is code11's and code12's). No test split is read: not BIPIA's test contexts, not SQuAD's
or CMRC's test paragraphs.
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import hashlib
import json
import random
import re
import shutil
import sysconfig
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import build_artifacts as ba
import build_segments
import build_stack
import guard_dev
import guardlib
import numpy as np
from build_stack import CACHE as STACK_CACHE
from build_stack import (
    DATA_CAPS,
    FEATURES,
    FOLDS,
    Sentences,
    _embed_fn,
    _kind,
    _route,
    fit_stack,
    pick,
    with_address,
)
from code_dev import STDLIB_SKIP, permissive_packages
from detectors import wilson
from embedcache import cached_minilm

from minigate.guard.normalize import fold
from minigate.guard.scanners.artifacts import data_path
from minigate.guard.scanners.injection import MODEL_FILE, InjectionOptions, InjectionScanner
from minigate.guard.segments import segments

DOCS_RULE_11 = (
    "Fixed before any reading of the technical-documentation set (no test split is read): "
    "the set is tech_docs() (README/METADATA sections of the venv's MIT/BSD/Apache/PSF "
    "packages without code, stdlib module/class/function docstrings; chunks of 200-1500 "
    "characters, at most 3 per source document, each source document wholly in the train or "
    "the dev half by a hash of its name); only chunks the shipped scanner routes to prose "
    "data count. Candidates: (A) the shipped data route (round nine's stack + planted10 "
    "epoch 3's head on the top-1 sentence, mean in logit space) with its data thresholds "
    "re-picked; (B) the data route's stack refitted (build_stack.fit_stack) on build_stack's "
    "out-of-fold data rows plus the train half as clean rows of their own kind 'tech_doc' "
    "(its folds by the source's hash), joined with the same head, thresholds re-picked. "
    "Thresholds, for both: the lowest of build_stack's GRID at which dev fold 0's clean kinds "
    "hold DATA_CAPS (the stack out of fold, joined with the head's dev-fold readings, as "
    "DATA_RULE_10 picked) AND the train half's data-routed chunks hold a cap of 4.5% (read by "
    "the candidate's stack out of fold for B, the shipped stack for A; the head never trained "
    "on any), all caps scaled by POINTS. Eligible if at balanced: (1) on the dev half the "
    "candidate's shipped stack joined with the head flags at most 5.0% of the data-routed "
    "chunks AND at most half the share the shipped files flag; (2) on dev fold 0 the planted "
    "e-mails and documents caught each fall by at most 3 rows against the shipped reading "
    "(81/97, 124/151); (3) no clean kind of dev fold 0 (e-mail, document, CMRC) flags more "
    "rows than the shipped reading (1/44, 3/76, 0/10); (4) with the candidate's files, "
    "handwritten.CLEAN_EMAILS flag at most 9 at balanced and 18 at strict (DATA_RULE_10's "
    "check). Among the eligible, the one catching most planted e-mails + documents on fold 0 "
    "at balanced ships (ties: fewer dev-half chunks flagged, then A, which refits nothing): "
    "injection.json's data thresholds in the finetuned part at all three points and, for B, "
    "the stack's data weights and its stack-alone data thresholds (build_stack's all-fold pick "
    "with the tech_doc cap). If none is eligible, nothing in src/minigate/guard/data changes."
)

SEED = guardlib.SEED + 111
PER_SOURCE = 3
CHUNK = (200, 1500)
SIZES = {"readme": 500, "docstring": 500}  # chunks sampled per kind, both halves together
TECH_CAP = 0.045
KIND = "tech_doc"
CACHE = guardlib.ROOT / ".cache" / "guard-stack" / "docs_dev11.npz"
OUT = guardlib.ROOT / "bench-results" / "docs_dev11.json"
OUT12 = guardlib.ROOT / "bench-results" / "docs_dev12.json"
TECH_SHARE = 0.1  # DOCS_RULE_12: the tech_doc sentences' share beside build_segments.SHARES
CURVE = (0.45, 0.5, 0.55, 0.6, 0.65)
SENTENCE_INPUTS = ("sentence_classifier", "sentence_runner_up", "sentence_outlier")
_PERMISSIVE = re.compile(r"\b(MIT|BSD|Apache|PSF|Python Software Foundation)", re.IGNORECASE)
_CODE = re.compile(r"```|^(    |\t)\S|^\s*>>>|^\.\. code", re.MULTILINE)

DOCS_RULE_12 = (
    "Fixed before any result of its candidate (round eleven, third wave; no test split is "
    "read). The set, the halves, the conditions (1)-(4), the threshold pick and the baseline "
    "readings are DOCS_RULE_11's, kept exactly. One candidate, C: the frozen sentence "
    "classifier refitted by build_stack's recipe (Sentences, CLASSIFIER_C) with the sentences "
    "(build_segments._segs) of the technical-documentation TRAIN half's data-routed chunks "
    "added as clean rows of a share of their own, 'tech_doc', weighted 0.1 beside "
    "build_segments.SHARES (never the dev half). The segment model is not refitted (it is "
    "also the cheap mode's file). Out of fold: in build_stack's fold k the classifier is "
    "fitted without the fold's rows as before and without the train-half chunks whose source "
    "hashes to fold k (fold_of_origin); the fold's data-routed stack documents and train-half "
    "chunks are read by the scanner with that classifier, and only the sentence inputs "
    "(sentence_classifier, sentence_runner_up, sentence_outlier) replace build_stack's cached "
    "out-of-fold readings (the other inputs do not depend on these rows). The data route's "
    "stack is refitted as DOCS_RULE_11's B (tech_doc a clean kind, cap 4.5%); the planted "
    "head's model is unchanged and reads the top-1 sentence the candidate's classifier ranks "
    "(read through the scanner on dev fold 0 and both halves). The dev half is read with the "
    "classifier fitted on every row (the file C would ship). C ships if eligible by "
    "DOCS_RULE_11's conditions at balanced: injection.json's sentence_classifier entry, the "
    "stack's data weights and stack-alone data thresholds, and the finetuned part's data "
    "thresholds at all three points. Otherwise nothing in src/minigate/guard/data changes."
)

# Round twelve (branch docs13): the planted head retrained with the train half's sentences as
# negatives (train_guard.py --run planted13). Fixed before any result of its run.
DOCS_RULE_13 = (
    "Fixed before any result of its candidates (round twelve; no test split is read). "
    "DOCS_RULE_11's set, halves, baseline readings (the shipped files: fold 0 81/97 and "
    "124/151, clean 1/44, 3/76, 0/10; dev half 36/324), threshold pick (pick_joint: the lowest "
    "GRID threshold at which dev fold 0's clean kinds hold DATA_CAPS and the train half's "
    "data-routed chunks hold 4.5%, scaled by POINTS) and conditions (1)-(4) are kept exactly. "
    "Candidates: the run planted13 (train_guard.py --run planted13 --tech-docs) after each of "
    "its 2 epochs (planted13_epoch0.pt, planted13_epoch1.pt): started from planted10_epoch2.pt "
    "(the shipped head, round ten's 'epoch 3'), planted10's rows and loss (1527 harm rows, "
    "2000 prompt windows and 2000 sentences drawn an epoch, handwritten.PEOPLE_REQUESTS and "
    "PLANTED_REQUESTS every epoch), plus every sentence the scanner reads "
    "(train_guard.read_sentences) of the technical-documentation TRAIN half's data-routed "
    "chunks as negatives of the planted head, weight 1, every epoch; a sentence also read in "
    "any dev-half chunk or in a dev fold 0 document is dropped; never the dev half. Each epoch "
    "is read two ways: (a) with the shipped stack and frozen sentence classifier (fold 0 as "
    "DOCS_RULE_11 read A: the stack out of fold joined with the head's dev-fold predictions "
    "on the top-1 sentence of build_stack's fold-0 classifier; both halves through the "
    "scanner with the candidate's files); (b) with DOCS_RULE_12's C (the sentence classifier "
    "refitted with the train half's sentences, the data stack refitted with tech_doc a clean "
    "kind), the head reading the top-1 sentence C's classifiers rank, read exactly as "
    "DOCS_RULE_12 read C. Four candidates: P1a, P2a, P1b, P2b. Eligible if at balanced "
    "DOCS_RULE_11's (1)-(4) hold AND DATA_RULE_10's dev-fold condition (5): with thresholds "
    "picked on dev fold 0 by DATA_CAPS alone, e-mails + documents caught above the shipped "
    "stack alone's (67 + 110), neither lower, clean e-mails and documents within the caps "
    "(harm untouched: harm_encoder.* and harm.json byte for byte; prompts and code keep the "
    "stack alone). Among the eligible, the most planted e-mails + documents on fold 0 at "
    "balanced ships (ties: fewer dev-half chunks flagged, then (a), which refits less, then "
    "the earlier epoch; picked on dev, disclosed): injection_encoder.json and .safetensors "
    "(the candidate's classifier, float16), injection.json's finetuned data thresholds at "
    "all three points and, for (b), the sentence_classifier entry, the stack's data weights "
    "and stack-alone data thresholds. If none is eligible, nothing in "
    "src/minigate/guard/data changes."
)


@dataclass(frozen=True, slots=True)
class Chunk:
    text: str
    kind: str  # readme | docstring
    origin: str  # the source document: a package or a module path
    half: str  # train | dev


def half_of(kind: str, origin: str) -> str:
    digest = hashlib.sha256(f"{kind}:{origin}".encode()).digest()
    return "train" if digest[0] % 2 == 0 else "dev"


def fold_of_origin(kind: str, origin: str) -> int:
    return hashlib.sha256(f"fold:{kind}:{origin}".encode()).digest()[0] % FOLDS


def chunks(text: str) -> list[str]:
    """``text`` cut at blank lines into pieces of at most CHUNK[1] characters, those under
    CHUNK[0] dropped (a heading alone, a one-line note)."""
    out, current = [], ""
    for para in re.split(r"\n\s*\n", text.strip()):
        para = para.strip()
        if current and len(current) + len(para) + 2 > CHUNK[1]:
            out.append(current)
            current = ""
        current = f"{current}\n\n{para}" if current else para
    if current:
        out.append(current)
    return [c for c in out if CHUNK[0] <= len(c) <= CHUNK[1]]


def _readmes() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, head, _ in permissive_packages(_PERMISSIVE):
        body = head.get_payload()
        package = name.lower()
        if not isinstance(body, str):
            continue
        pieces = []
        for section in re.split(r"\n(?=#{1,4} )|\n(?=\S[^\n]*\n[=\-~^]{3,}\n)", body):
            if not _CODE.search(section):
                pieces += chunks(section)
        if pieces:
            found[package] = pieces
    return found


def _docstrings() -> dict[str, list[str]]:
    root = Path(sysconfig.get_paths()["stdlib"])
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        if set(path.relative_to(root).parts[:-1]) & set(STDLIB_SKIP):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError, OSError):
            continue
        pieces = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                doc = ast.get_docstring(node)
                if doc and len(doc.splitlines()) >= 4 and not _CODE.search(doc):
                    pieces += chunks(doc)
        if pieces:
            found[str(path.relative_to(root))] = pieces
    return found


def tech_docs() -> list[Chunk]:
    """The set, seeded: per kind, SIZES chunks drawn from at most PER_SOURCE of each source."""
    rng = random.Random(SEED)
    out = []
    for kind, pool in (("readme", _readmes()), ("docstring", _docstrings())):
        candidates = []
        for origin, pieces in sorted(pool.items()):
            for text in rng.sample(pieces, min(PER_SOURCE, len(pieces))):
                candidates.append(Chunk(text, kind, origin, half_of(kind, origin)))
        out += rng.sample(candidates, min(SIZES[kind], len(candidates)))
    return out


async def read(rows: list[Chunk]) -> None:
    """Each chunk's route, stack inputs (``Signals.vector``), heuristic and planted head's
    top-1 sentence, read by the shipped scanner (none of its models saw these texts)."""
    scanner = InjectionScanner(InjectionOptions(), "i", _embed_fn(cached_minilm(threads=2)))
    assert scanner.stack is not None and scanner.finetuned is not None
    routes, vectors, heuristic, head = [], [], [], []
    for row in rows:
        found, _, ranked = await scanner._read(row.text, "data")
        routes.append(scanner.stack.route(found, "data"))
        vectors.append(found.vector())
        heuristic.append(found.heuristic)
        head.append(scanner.finetuned.data(ranked) if ranked else 0.0)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    np.savez(
        CACHE,
        digest=_digest(rows),
        route=np.array(routes),
        features=np.array(vectors),
        heuristic=np.array(heuristic),
        head=np.array(head),
    )


def _digest(rows: list[Chunk]) -> str:
    return hashlib.sha256("\x00".join(r.text for r in rows).encode()).hexdigest()


def _sig(z: np.ndarray) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-np.clip(z, -60, 60))))


def _stack_score(model: dict[str, Any], x: np.ndarray) -> np.ndarray:
    """Stack.score on the data route: the stack, or the heuristics where higher."""
    z = x @ np.asarray(model["coef"]) + float(model["intercept"])
    return np.maximum(_sig(z), _sig(x[:, 0]))


def _joined(stack: np.ndarray, head: np.ndarray, heuristic: np.ndarray) -> np.ndarray:
    return np.maximum(guard_dev.mean_logit(stack, head), heuristic)


def candidates() -> dict[str, Any]:
    """Both candidates' scores: dev fold 0 (y, kinds, families), the train half (out of fold
    for B) and the dev half (the model as it would ship), and B's model and all-fold scores."""
    rows = tech_docs()
    saved = np.load(CACHE)
    assert str(saved["digest"]) == _digest(rows), f"{CACHE} holds other texts: run --read"
    prose = saved["route"] == "data"
    tech_x, tech_head = saved["features"][prose], saved["head"][prose]
    tech_heur = saved["heuristic"][prose]
    kept = [r for r, p in zip(rows, prose, strict=True) if p]
    train = np.array([r.half == "train" for r in kept])

    docs, fold_of = guard_dev.dev_docs()
    features = with_address(np.load(STACK_CACHE)["features"], docs)
    y = np.array([d.label for d in docs])
    kinds = np.array([_kind(d) for d in docs])
    data = np.array([_route(d) == "data" for d in docs])
    dev = fold_of[data] == guard_dev.tg.DEV_FOLD
    idx = np.flatnonzero(data)[dev]
    fam = np.array([guard_dev.family(docs[i], "data") for i in idx])
    guard_dev.tg.RUN = "planted10"
    head0 = guard_dev.joint_scores(2, len(docs))["planted_top1"][idx]
    heur0 = _sig(features[idx, 0])
    shipped = json.loads(data_path(MODEL_FILE).read_text())
    shipped_model = shipped["stack"]["sources"]["data"]

    out: dict[str, Any] = {
        "head0": head0,
        "fold0": {"y": y[idx], "kinds": kinds[idx], "family": fam},
        "n": {"train": int(train.sum()), "dev": int((~train).sum())},
        "kept": kept,
    }
    # A: round nine's stack (out of fold on dev fold 0; the shipped weights elsewhere)
    _, oof = fit_stack(features[data], y[data], kinds[data], fold_of[data], "data")
    ship_tech = _stack_score(shipped_model, tech_x)
    # what DOCS_RULE_13's (a) joins a new head with: the same stack readings
    out["parts"] = {
        "stack0": oof[dev],
        "heur0": heur0,
        "idx": idx,
        "n_docs": len(docs),
        "ship_tech": ship_tech,
        "tech_heur": tech_heur,
        "train": train,
        "head": tech_head,
    }
    out["A"] = {
        "fold0": _joined(oof[dev], head0, heur0),
        "train": _joined(ship_tech[train], tech_head[train], tech_heur[train]),
        "dev": _joined(ship_tech[~train], tech_head[~train], tech_heur[~train]),
    }
    # B: the stack refitted with the train half as clean rows of their own kind
    tfold = np.array([fold_of_origin(r.kind, r.origin) for r in kept])[train]
    xb = np.vstack([features[data], tech_x[train]])
    yb = np.concatenate([y[data], np.zeros(int(train.sum()), dtype=bool)])
    kb = np.concatenate([kinds[data], np.full(int(train.sum()), KIND)])
    fb = np.concatenate([fold_of[data], tfold])
    model_b, oof_b = fit_stack(xb, yb, kb, fb, "data")
    n_data = int(data.sum())
    out["B"] = {
        "fold0": _joined(oof_b[:n_data][dev], head0, heur0),
        "train": _joined(oof_b[n_data:], tech_head[train], tech_heur[train]),
        "dev": _joined(_stack_score(model_b, tech_x[~train]), tech_head[~train], tech_heur[~train]),
    }
    out["B_model"] = model_b
    out["B_all"] = {"score": oof_b, "y": yb, "kinds": kb}
    # The shipped files as they stand, on the dev half (the rule's baseline)
    out["shipped_dev"] = out["A"]["dev"]
    return out


def pick_joint(cand: dict[str, np.ndarray], fold0: dict[str, np.ndarray], point: str) -> float:
    """The lowest GRID threshold holding dev fold 0's DATA_CAPS and the train half's cap."""
    scale = ba.POINTS[point]
    score = np.concatenate([cand["fold0"], cand["train"]])
    y = np.concatenate([fold0["y"], np.zeros(len(cand["train"]), dtype=bool)])
    kinds = np.concatenate([fold0["kinds"], np.full(len(cand["train"]), KIND)])
    caps = {k: c * scale for k, c in {**DATA_CAPS, KIND: TECH_CAP}.items()}
    return pick(score, y, kinds, caps)[0]


def _count(flags: np.ndarray) -> dict[str, Any]:
    hits, n = int(flags.sum()), len(flags)
    return {"flagged": f"{hits}/{n}", "share": round(hits / max(1, n), 4), "ci95": wilson(hits, n)}


def reading(c: dict[str, Any], name: str, t: float, *, shipped: bool = False) -> dict[str, Any]:
    """One candidate at one threshold: fold 0's planted and clean counts, both halves."""
    f0 = c["fold0"]
    flagged = c[name]["fold0"] >= t
    out: dict[str, Any] = {"threshold": t}
    for fam in ("e-mails", "documents"):
        rows = f0["y"] & (f0["family"] == fam)
        out[f"planted {fam}"] = _count(flagged[rows])
    for kind in ("email", "document", "cmrc"):
        out[f"clean {kind}"] = _count(flagged[~f0["y"] & (f0["kinds"] == kind)])
    out["tech train half"] = _count(c[name]["train"] >= t)
    out["tech dev half"] = _count(c[name]["dev"] >= t)
    kept = c["kept"]
    dev_kinds = np.array([r.kind for r in kept if r.half == "dev"])
    for kind in ("readme", "docstring"):
        out[f"tech dev half, {kind}"] = _count((c[name]["dev"] >= t)[dev_kinds == kind])
    return out


def _hits(r: dict[str, Any], key: str) -> int:
    return int(r[key]["flagged"].split("/")[0])


SHIPPED_FOLD0 = {"planted e-mails": 81, "planted documents": 124}
SHIPPED_CLEAN = {"clean email": 1, "clean document": 3, "clean cmrc": 0}
CHECK_EMAILS = {"balanced": 9, "strict": 18}


def write_candidate(
    folder: Path, name: str, points: dict[str, float], c: dict[str, Any], base: Path | None = None
) -> None:
    """The shipped data folder (or ``base``, a candidate head's) with candidate ``name``'s
    files written into ``folder``: its data thresholds, and its sentence classifier and data
    stack where it refitted them."""
    for f in (base or data_path("").resolve()).iterdir():
        shutil.copy(f, folder / f.name)
    doc = json.loads((folder / MODEL_FILE).read_text())
    for point, t in points.items():
        doc["finetuned"]["operating_points"][point]["data"] = t
    if f"{name}_sentence" in c:
        doc["sentence_classifier"] = {**c[f"{name}_sentence"], "threshold": 0.5}
    if f"{name}_model" in c:
        doc["stack"]["sources"]["data"] = c[f"{name}_model"]
        alone = c[f"{name}_all"]
        for point, scale in ba.POINTS.items():
            caps = {k: v * scale for k, v in {**DATA_CAPS, KIND: TECH_CAP}.items()}
            doc["stack"]["operating_points"][point]["data"] = pick(
                alone["score"], alone["y"], alone["kinds"], caps
            )[0]
    (folder / MODEL_FILE).write_text(json.dumps(doc, indent=1) + "\n")


async def check_emails(folder: Path | None) -> dict[str, int]:
    embed = _embed_fn(cached_minilm(threads=2))
    return await build_stack.check_emails(embed, folder, CHECK_EMAILS)


async def rule() -> dict[str, Any]:
    """DOCS_RULE_11 read: both candidates at every point, the conditions, the choice."""
    c = candidates()
    shipped_points = json.loads(data_path(MODEL_FILE).read_text())["finetuned"]["operating_points"]
    report: dict[str, Any] = {"rule": DOCS_RULE_11, "n": c["n"], "points": {}}
    report["points"]["shipped"] = {p: reading(c, "A", shipped_points[p]["data"]) for p in ba.POINTS}
    points: dict[str, dict[str, float]] = {}
    for name in ("A", "B"):
        points[name] = {p: pick_joint(c[name], c["fold0"], p) for p in ba.POINTS}
        report["points"][name] = {p: reading(c, name, t) for p, t in points[name].items()}
    base = report["points"]["shipped"]["balanced"]["tech dev half"]["share"]
    eligible: dict[str, dict[str, bool]] = {}
    report["check_emails"] = {"shipped": await check_emails(None)}
    for name in ("A", "B"):
        r = report["points"][name]["balanced"]
        with tempfile.TemporaryDirectory() as tmp:
            write_candidate(Path(tmp), name, points[name], c)
            report["check_emails"][name] = await check_emails(Path(tmp))
        share = r["tech dev half"]["share"]
        eligible[name] = {
            "dev half <= 5% and <= half the shipped share": share <= 0.05 and share <= base / 2,
            "fold 0 planted within 3 rows": all(
                _hits(r, k) >= v - 3 for k, v in SHIPPED_FOLD0.items()
            ),
            "fold 0 clean no more": all(_hits(r, k) <= v for k, v in SHIPPED_CLEAN.items()),
            "check e-mails": all(
                report["check_emails"][name][p] <= v for p, v in CHECK_EMAILS.items()
            ),
        }
    report["eligible"] = eligible
    names = [n for n, e in eligible.items() if all(e.values())]

    def key(name: str) -> tuple[int, int, int]:
        r = report["points"][name]["balanced"]
        caught = sum(_hits(r, k) for k in SHIPPED_FOLD0)
        return caught, -_hits(r, "tech dev half"), int(name == "A")

    report["chosen"] = max(names, key=key) if names else None
    report["thresholds"] = points
    return report


async def _read_with(folder: Path, texts: list[str], embed: Any) -> tuple[np.ndarray, np.ndarray]:
    """Each text's stack inputs and planted head reading, read as data with ``folder``'s files."""
    scanner = InjectionScanner(InjectionOptions(), "i", embed, data_dir=folder)
    assert scanner.finetuned is not None
    vectors, head = [], []
    for text in texts:
        found, _, ranked = await scanner._read(text, "data")
        vectors.append(found.vector())
        head.append(scanner.finetuned.data(ranked) if ranked else 0.0)
    return np.array(vectors).reshape(len(texts), len(FEATURES)), np.array(head)


def _folder_with(folder: Path, sentence: dict[str, Any], base: Path | None = None) -> Path:
    for f in (base or data_path("").resolve()).iterdir():
        shutil.copy(f, folder / f.name)
    doc = json.loads((folder / MODEL_FILE).read_text())
    doc["sentence_classifier"] = {**sentence, "threshold": 0.5}
    (folder / MODEL_FILE).write_text(json.dumps(doc, indent=1) + "\n")
    return folder


async def candidate_c(
    c: dict[str, Any], name: str = "C", base: Path | None = None
) -> dict[str, Any]:
    """DOCS_RULE_12's C: the sentence classifier refitted with the train half's sentences as
    clean rows (out of fold by build_stack's folds and the sources' hash), the sentence inputs
    read anew, the data stack refitted as B. Adds ``name`` to ``c``; returns what the check
    needs. ``base``: the data folder whose planted head reads (DOCS_RULE_13's (b); the
    shipped one by default)."""
    encode = cached_minilm(threads=2)
    embed = _embed_fn(encode)
    kept: list[Chunk] = c["kept"]
    saved = np.load(CACHE)
    prose = saved["route"] == "data"
    tech_x = saved["features"][prose].astype(float)
    train = np.array([r.half == "train" for r in kept])
    train_rows = [r for r in kept if r.half == "train"]
    tfold_of = np.array([fold_of_origin(r.kind, r.origin) for r in train_rows])

    docs, fold_of = guard_dev.dev_docs()
    features = with_address(np.load(STACK_CACHE)["features"], docs).astype(float)
    data = np.array([_route(d) == "data" for d in docs])
    seg_rows = build_segments.rows(build_segments.contexts(), build_segments.attacks())
    tech_rows, tech_fold = [], []
    for r, k in zip(train_rows, tfold_of, strict=True):
        for s in build_segments._segs(r.text):
            tech_rows.append(build_segments.Row(s, False, KIND, 0))
            tech_fold.append(k)
    n_seg = len(seg_rows)
    shares = {**build_segments.SHARES, KIND: TECH_SHARE}
    sentences = Sentences(seg_rows + tech_rows, encode, shares)
    tfold = np.array([-1] * n_seg + tech_fold)
    cols = [FEATURES.index(n) for n in SENTENCE_INPUTS]
    head0 = np.zeros(len(docs))
    head_shipped0 = np.zeros(len(docs))
    tech_head = saved["head"][prose].astype(float)
    for k in range(FOLDS):
        held = np.flatnonzero((fold_of == k) & data).tolist()
        every = np.flatnonzero(fold_of == k)
        unseen = {p for i in every for p in segments(fold(docs[i].text))}
        unseen |= {fold(docs[i].text) for i in every}
        keep = np.array([r.text not in unseen for r in seg_rows + tech_rows]) & (tfold != k)
        tk = np.flatnonzero(train)[tfold_of == k]
        with tempfile.TemporaryDirectory() as tmp:
            folder = _folder_with(Path(tmp), sentences.classifier(keep), base)
            x, h = await _read_with(folder, [docs[i].text for i in held], embed)
            features[np.ix_(held, cols)] = x[:, cols]
            head0[held] = h
            x, h = await _read_with(folder, [kept[i].text for i in tk], embed)
            tech_x[np.ix_(tk, cols)] = x[:, cols]
            tech_head[tk] = h
        print(f"  fold {k}: {len(held)} data documents, {len(tk)} train-half chunks", flush=True)
        if k == guard_dev.tg.DEV_FOLD:
            _, h = await _read_with(data_path("").resolve(), [docs[i].text for i in held], embed)
            head_shipped0[held] = h
    everything = np.ones(n_seg + len(tech_rows), dtype=bool)
    final = sentences.classifier(everything)
    dev_idx = np.flatnonzero(~train)
    with tempfile.TemporaryDirectory() as tmp:
        folder = _folder_with(Path(tmp), final, base)
        x, h = await _read_with(folder, [kept[i].text for i in dev_idx], embed)
        tech_x[np.ix_(dev_idx, cols)] = x[:, cols]
        tech_head[dev_idx] = h

    y = np.array([d.label for d in docs])
    kinds = np.array([_kind(d) for d in docs])
    dev = fold_of[data] == guard_dev.tg.DEV_FOLD
    idx = np.flatnonzero(data)[dev]
    heur0 = _sig(features[idx, 0])
    tech_heur = saved["heuristic"][prose]
    tfold_train = tfold_of
    xc = np.vstack([features[data], tech_x[train]])
    yc = np.concatenate([y[data], np.zeros(int(train.sum()), dtype=bool)])
    kc = np.concatenate([kinds[data], np.full(int(train.sum()), KIND)])
    fc = np.concatenate([fold_of[data], tfold_train])
    model_c, oof_c = fit_stack(xc, yc, kc, fc, "data")
    n_data = int(data.sum())
    c[name] = {
        "fold0": _joined(oof_c[:n_data][dev], head0[idx], heur0),
        "train": _joined(oof_c[n_data:], tech_head[train], tech_heur[train]),
        "dev": _joined(_stack_score(model_c, tech_x[~train]), tech_head[~train], tech_heur[~train]),
    }
    c[f"{name}_model"] = model_c
    c[f"{name}_all"] = {"score": oof_c, "y": yc, "kinds": kc}
    c[f"{name}_sentence"] = final
    head_cached = c["head0"]
    return {
        "tech sentences": len(tech_rows),
        "fold 0 head, shipped ranking through the scanner vs cached dev readings": {
            "max abs diff": round(float(np.abs(head_shipped0[idx] - head_cached).max()), 4),
            "mean abs diff": round(float(np.abs(head_shipped0[idx] - head_cached).mean()), 4),
        },
        "fold 0 head, C's ranking vs shipped ranking, mean abs diff": round(
            float(np.abs(head0[idx] - head_shipped0[idx]).mean()), 4
        ),
    }


async def rule12() -> dict[str, Any]:
    """DOCS_RULE_12 read: C beside the shipped reading, DOCS_RULE_11's conditions."""
    c = candidates()
    checks = await candidate_c(c)
    shipped_points = json.loads(data_path(MODEL_FILE).read_text())["finetuned"]["operating_points"]
    report: dict[str, Any] = {"rule": DOCS_RULE_12, "n": c["n"], "checks": checks, "points": {}}
    report["points"]["shipped"] = {p: reading(c, "A", shipped_points[p]["data"]) for p in ba.POINTS}
    points = {p: pick_joint(c["C"], c["fold0"], p) for p in ba.POINTS}
    report["points"]["C"] = {p: reading(c, "C", t) for p, t in points.items()}
    base = report["points"]["shipped"]["balanced"]["tech dev half"]["share"]
    report["check_emails"] = {"shipped": await check_emails(None)}
    r = report["points"]["C"]["balanced"]
    with tempfile.TemporaryDirectory() as tmp:
        write_candidate(Path(tmp), "C", points, c)
        report["check_emails"]["C"] = await check_emails(Path(tmp))
    share = r["tech dev half"]["share"]
    eligible = {
        "dev half <= 5% and <= half the shipped share": share <= 0.05 and share <= base / 2,
        "fold 0 planted within 3 rows": all(_hits(r, k) >= v - 3 for k, v in SHIPPED_FOLD0.items()),
        "fold 0 clean no more": all(_hits(r, k) <= v for k, v in SHIPPED_CLEAN.items()),
        "check e-mails": all(report["check_emails"]["C"][p] <= v for p, v in CHECK_EMAILS.items()),
    }
    report["eligible"] = {"C": eligible}
    report["chosen"] = "C" if all(eligible.values()) else None
    report["thresholds"] = {"C": points}
    # A report after the rule's reading (chooses nothing): C's trade-off on dev fold 0 and the
    # train half between the shipped balanced threshold and C's own pick.
    curve = {}
    for t in CURVE:
        r = reading(c, "C", t)
        curve[str(t)] = {
            k: r[k]["flagged"]
            for k in ("planted e-mails", "planted documents", "clean document", "tech train half")
        }
    report["curve, fold 0 and train half only"] = curve
    return report


async def path_check() -> dict[str, Any]:
    """A check of the reading path, read after DOCS_RULE_12 (chooses nothing): dev fold 0 read
    through the scanner with build_stack's fold-0 sentence classifier (no tech_doc rows), so
    the sentence inputs and the head's top-1 readings can be set beside build_stack's cache
    and the cached dev readings DOCS_RULE_11's baseline used."""
    c = candidates()
    encode = cached_minilm(threads=2)
    docs, fold_of = guard_dev.dev_docs()
    features = with_address(np.load(STACK_CACHE)["features"], docs).astype(float)
    data = np.array([_route(d) == "data" for d in docs])
    seg_rows = build_segments.rows(build_segments.contexts(), build_segments.attacks())
    sentences = Sentences(seg_rows, encode)
    k = guard_dev.tg.DEV_FOLD
    held = np.flatnonzero((fold_of == k) & data).tolist()
    every = np.flatnonzero(fold_of == k)
    unseen = {p for i in every for p in segments(fold(docs[i].text))}
    unseen |= {fold(docs[i].text) for i in every}
    keep = np.array([r.text not in unseen for r in seg_rows])
    with tempfile.TemporaryDirectory() as tmp:
        folder = _folder_with(Path(tmp), sentences.classifier(keep))
        x, head = await _read_with(folder, [docs[i].text for i in held], _embed_fn(encode))
    cols = [FEATURES.index(n) for n in SENTENCE_INPUTS]
    out: dict[str, Any] = {
        f"{n}: max abs diff vs cache": round(float(np.abs(x[:, j] - features[held, j]).max()), 4)
        for n, j in zip(SENTENCE_INPUTS, cols, strict=True)
    }
    out["head: mean abs diff vs cached dev readings"] = round(
        float(np.abs(head - c["head0"]).mean()), 4
    )
    dev = fold_of[data] == k
    _, oof = fit_stack(
        features[data],
        np.array([d.label for d in docs])[data],
        np.array([_kind(d) for d in docs])[data],
        fold_of[data],
        "data",
    )
    joined = _joined(oof[dev], head, _sig(features[held, 0]))
    f0 = c["fold0"]
    for fam in ("e-mails", "documents"):
        rows = f0["y"] & (f0["family"] == fam)
        out[f"planted {fam} at 0.45, head read through the scanner"] = _count(joined[rows] >= 0.45)
    return out


def finish(report: dict[str, Any]) -> None:
    chosen = report["chosen"]
    if chosen is None:
        raise SystemExit("DOCS_RULE_11 not met; nothing written")
    c = candidates()
    with tempfile.TemporaryDirectory() as tmp:
        write_candidate(Path(tmp), chosen, report["thresholds"][chosen], c)
        doc = json.loads((Path(tmp) / MODEL_FILE).read_text())
    doc["finetuned"]["chosen_on"] = (
        f"{doc['finetuned']['chosen_on']}; round eleven: data thresholds re-picked by "
        f"DOCS_RULE_11 (candidate {chosen}, benchmarks/guard/docs_dev.py)"
    )
    doc["finetuned"]["docs_rule"] = DOCS_RULE_11
    if chosen == "B":
        doc["stack"]["built_from"]["round_eleven_data"] = (
            f"data route refitted with {c['n']['train']} clean technical-documentation chunks "
            f"(kind {KIND}, cap {TECH_CAP}; docs_dev.py, DOCS_RULE_11)"
        )
    data_path(MODEL_FILE).write_text(json.dumps(doc, indent=1) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", action="store_true", help="only build the set, print sizes")
    parser.add_argument("--read", action="store_true", help="read the set's signals (heavy)")
    parser.add_argument("--rule", action="store_true", help="read DOCS_RULE_11")
    parser.add_argument("--finish", action="store_true", help="write the chosen candidate")
    parser.add_argument("--rule12", action="store_true", help="read DOCS_RULE_12 (heavy)")
    parser.add_argument(
        "--path-check", action="store_true", help="fold 0 through the scanner, no tech rows"
    )
    args = parser.parse_args()
    rows = tech_docs()
    if args.sizes:
        sizes: dict[str, int] = {}
        for r in rows:
            sizes[f"{r.kind}/{r.half}"] = sizes.get(f"{r.kind}/{r.half}", 0) + 1
        origins = {(r.kind, r.origin) for r in rows}
        print(json.dumps({"chunks": sizes, "source documents": len(origins)}, indent=1))
        return
    if args.read:
        asyncio.run(read(rows))
        return
    if args.path_check:
        print(json.dumps(asyncio.run(path_check()), indent=1))
        return
    if args.rule12:
        report = asyncio.run(rule12())
        OUT12.parent.mkdir(parents=True, exist_ok=True)
        OUT12.write_text(json.dumps(report, indent=1, default=str) + "\n")
        print(json.dumps({k: v for k, v in report.items() if k != "rule"}, indent=1, default=str))
        return
    if args.rule or args.finish:
        report = asyncio.run(rule())
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(report, indent=1, default=str) + "\n")
        print(json.dumps({k: v for k, v in report.items() if k != "rule"}, indent=1, default=str))
        if args.finish:
            finish(report)


if __name__ == "__main__":
    main()
