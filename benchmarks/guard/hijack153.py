"""Round sixty-eight (``inj153.py``): fit the direct hijack head (``guard/scanners/hijack_head``) on
the design data, folds by set, and write ``injection_hijack_head.json``.

Each design row (``inj153.design_rows``: the spent direct sets' rows, deepset's train side, the
ordinary requests' train side as extra benign) is read as the injection scanner reads a user prompt
in full mode: its plain readings' windows (``normalize.variants``, the rot13 label read), each
embedded by the bundled MiniLM (cached). A logistic regression over one window's vector and the
logit of the score the shipped code gave the row (class-balanced weights, each window labelled with
its row; the attacks the shipped code misses weighted ``MISS_WEIGHT`` times, the head's work)
scores a row by its most telling window. Out-of-fold, each set left out whole (each spent set,
deepset's train side, the ordinary requests), the row scores are Platt-scaled (the balanced weights
overstate the odds), and the threshold is the lowest that keeps the benign rows the head would add
(rows the shipped code passes and the candidate reads the head on: ``inj153.reached``) within a
margin under the rule's bars; the head written is the one fitted on every row.

    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \\
        PYTHONPATH=src:benchmarks/guard python benchmarks/guard/hijack153.py --fit
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
from typing import Any

import inj153
import numpy as np
from inj153 import CACHE, ROOT, Row

HEAD = ROOT / "src" / "minigate" / "guard" / "data" / "injection_hijack_head.json"
CS = (2.0, 8.0, 32.0)  # the regression's inverse regularisation, chosen out-of-fold
MISS_WEIGHT = 10.0  # the weight of an attack the shipped code misses
SCORE_SCALE = 0.3  # the score's logit enters the fit scaled (its weight regularised as a window's)
SCORE_CLIP = 1e-4  # as hijack_head reads it
MAX_WINDOWS = 64  # InjectionOptions.max_windows' default
# The threshold's margins on the out-of-fold benign rows the head adds: a share of the bars.
SPENT_BENIGN_SHARE = 0.006  # of the spent sets' benign rows (the rule's bar: 1%)
DEEPSET_BENIGN_MAX = 1  # of deepset's 221 train-side benign rows (the bar: 2.21)
ORDINARY_MAX = 0  # of the 900 ordinary requests (the bar: 1)
REFERENCE_MAX = 2  # of round thirteen's 155 requests pointing at pasted text (1%: 1.55)


def windows_of(text: str) -> list[str]:
    """The windows the scanner embeds for a user prompt in full mode (``_look``'s ``pieces``
    over ``_learned_readings``: the plain readings), at most ``MAX_WINDOWS``."""
    from minigate.guard.chunks import windows
    from minigate.guard.normalize import labelled_rot13, variants

    seen = labelled_rot13(text, variants(text))
    return [w for t in seen.plain for w in windows(t)][:MAX_WINDOWS]


def embedded(rows: list[Row]) -> tuple[np.ndarray, np.ndarray]:
    """Every row's windows' MiniLM vectors and each window's row index, cached under CACHE."""
    key = hashlib.sha256("\n".join(r[0] for r in rows).encode()).hexdigest()[:16]
    path = CACHE / f"windows-{key}.npz"
    if path.exists():
        got = np.load(path)
        return got["x"], got["owner"]
    from embedcache import cached_minilm

    pieces = [windows_of(r[0]) or [r[0]] for r in rows]
    owner = np.repeat(np.arange(len(rows)), [len(p) for p in pieces])
    x = cached_minilm(threads=1)([w for p in pieces for w in p]).astype(np.float32)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, x=x, owner=owner)
    return x, owner


def _fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
    return model.fit(x, y, sample_weight=w)


def features(rows: list[Row], x: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each window's vector with its row's score logit (``SCORE_SCALE``), and each window's
    weight (``MISS_WEIGHT`` for an attack the shipped code misses)."""
    got = inj153.read([r[0] for r in rows], "shipped", "full")
    score = np.clip([got[r[0]]["score"] for r in rows], SCORE_CLIP, 1 - SCORE_CLIP)
    missed = np.array([r[1] and not got[r[0]]["flagged"] for r in rows])
    column = (SCORE_SCALE * np.log(score / (1 - score)))[owner][:, None]
    weight = np.where(missed, MISS_WEIGHT, 1.0)[owner]
    return np.hstack([x, column]).astype(np.float32), weight


def row_raw(model: Any, x: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Each row's highest window probability."""
    out = np.zeros(n)
    np.maximum.at(out, owner, model.predict_proba(x)[:, 1])
    return out


def out_of_fold(
    rows: list[Row], x: np.ndarray, w: np.ndarray, owner: np.ndarray, c: float
) -> np.ndarray:
    """Each row's raw score from a head fitted without its set."""
    y_rows = np.array([r[1] for r in rows])
    group = np.array([r[2] for r in rows])
    raw = np.zeros(len(rows))
    for name in dict.fromkeys(group):
        held = group[owner] == name
        model = _fit(x[~held], y_rows[owner][~held], w[~held], c)
        mine = np.flatnonzero(group == name)
        local = {i: k for k, i in enumerate(mine)}
        idx = np.array([local[i] for i in owner[held]])
        raw[mine] = row_raw(model, x[held], idx, len(mine))
    return raw


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    out: np.ndarray = np.log(p / (1 - p))
    return out


def platt_fit(raw: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling (scale, shift) of the out-of-fold raw scores, unweighted."""
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=1e4, max_iter=1000).fit(_logit(raw)[:, None], y)
    return float(m.coef_[0, 0]), float(m.intercept_[0])


def calibrate(raw: np.ndarray, a: float, b: float) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-(a * _logit(raw) + b)))
    return out


def added(rows: list[Row], p: np.ndarray, open_: np.ndarray, t: float) -> dict[str, list[int]]:
    """Per set: [attacks, benign] the head adds at ``t`` (rows open to it: ``open_``)."""
    out: dict[str, list[int]] = {}
    fire = open_ & (p >= t)
    for i, r in enumerate(rows):
        cell = out.setdefault("spent" if r[2].startswith("fresh") else r[2], [0, 0])
        cell[0 if r[1] else 1] += int(fire[i])
    return out


def choose(rows: list[Row], p: np.ndarray, open_: np.ndarray) -> float:
    """The lowest out-of-fold score, among the open rows', whose additions keep within the
    margins (each score from the highest down, until one more row would break one)."""
    spent_benign = sum(1 for r in rows if r[2].startswith("fresh") and not r[1])
    caps = {
        "spent": SPENT_BENIGN_SHARE * spent_benign,
        "deepset train": DEEPSET_BENIGN_MAX,
        "ordinary": ORDINARY_MAX,
        "reference requests": REFERENCE_MAX,
    }
    chosen = 1.0
    for t in sorted(set(p[open_]), reverse=True):
        got = added(rows, p, open_, float(t))
        if any(got.get(k, [0, 0])[1] > cap for k, cap in caps.items()):
            break
        chosen = math.floor(float(t) * 1e6) / 1e6  # as written: the row at t still fires
    return chosen


def open_rows(rows: list[Row]) -> np.ndarray:
    """Rows the head can add: the shipped code passes them and the candidate reads the head."""
    texts = [r[0] for r in rows]
    shipped = inj153.read(texts, "shipped", "full")
    reach = inj153.reached(texts)
    return np.array([not shipped[t]["flagged"] and reach[t] for t in texts])


def fit() -> dict[str, Any]:
    rows = inj153.design_rows()
    vectors, owner = embedded(rows)
    x, w = features(rows, vectors, owner)
    y = np.array([r[1] for r in rows])
    open_ = open_rows(rows)
    report: dict[str, Any] = {"rows": len(rows), "windows": len(x), "open": int(open_.sum())}
    best: tuple[float, float, float, tuple[float, float], np.ndarray] | None = None
    for c in CS:
        raw = out_of_fold(rows, x, w, owner, c)
        a, b = platt_fit(raw, y)
        p = calibrate(raw, a, b)
        t = choose(rows, p, open_)
        got = added(rows, p, open_, t)
        report[f"C={c}"] = {"threshold": t, "calibration": [a, b], "added": got}
        # the most attacks added, then the fewest benign rows
        gain = got.get("spent", [0, 0])[0] + got.get("deepset train", [0, 0])[0]
        gain -= sum(v[1] for v in got.values()) / 100
        if best is None or gain > best[0]:
            best = (gain, c, t, (a, b), p)
    assert best is not None
    _, c, t, (a, b), p = best
    np.save(CACHE / "oof.npy", p)
    model = _fit(x, y[owner], w, c)
    write_head(model, t, (a, b), rows, c)
    report |= {"chosen C": c, "threshold": t}
    return report


def write_head(model: Any, t: float, cal: tuple[float, float], rows: list[Row], c: float) -> None:
    from minigate.guard.scanners.artifacts import FORMAT

    sets: dict[str, list[int]] = {}
    for r in rows:
        sets.setdefault(r[2], [0, 0])[0 if r[1] else 1] += 1
    doc = {
        "format": FORMAT,
        "head": {
            "coef": [round(float(v), 6) for v in model.coef_[0][:-1]],
            "intercept": round(float(model.intercept_[0]), 6),
            "score_weight": round(SCORE_SCALE * float(model.coef_[0][-1]), 6),
            "threshold": t,
        },
        "calibration": [round(cal[0], 6), round(cal[1], 6)],
        "provenance": {
            "script": "benchmarks/guard/hijack153.py --fit (round sixty-eight, inj153)",
            "model": "all-MiniLM-L6-v2 window vectors (the injection scanner's plain readings)",
            "fit": f"LogisticRegression(C={c}, class_weight='balanced') on windows with the "
            f"shipped score's logit x {SCORE_SCALE}, shipped misses weighted {MISS_WEIGHT}; "
            "Platt and threshold out-of-fold, each set left out whole",
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
