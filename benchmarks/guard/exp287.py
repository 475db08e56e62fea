"""Exploration 287 (design data only; nothing shipped reads it): round one hundred and twelve's
harm state probe (``xst281.py``) was not met on design by two AdvBench rows released and four
ordinary requests flagged. Two changes are read here, nested as that round's design was (ten
groups), before a next round's rule is written:

- the band (``BANDS``: how far under and over the threshold the probe may read; AdvBench's two
  released rows lay near the top of the 3-logit band);
- everyday questions among the safe rows the probe learns from (``--with-qqp``): Quora questions
  from ``paraphrase/qqp_pairs.jsonl`` (Quora Question Pairs via zilliztech/GPTCache, repo MIT,
  content under Quora's terms), none an ordinary request of either split (``guardlib.benign``)
  nor a design row, fitted on in five folds by row like the ordinary requests;
- sample weights giving each source (pair rows, AdvBench, ordinary, Quora) the same total weight
  in the probe's fit (``--even``);
- bars set on the pair rows' look-alikes alone (``--pairs-bar``), not on every safe fit row.

No check set and no test split is read. Run: ``exp287.py --qqp`` (the Quora rows' shipped scores
and states, under ``.cache/exp277/``), then ``--read`` with the options above (one JSON file
a setting, every band of ``BANDS`` in it). Read 2026-12-07 08:34-08:45 UTC: round one hundred
and thirteen's rule (``xst287.py``) names what came of it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from typing import Any

import drift267
import exp277
import numpy as np
import xst277
import xst281

CACHE = exp277.CACHE
QQP_ROWS = 1500
POINTS = xst281.POINTS


def qqp_texts() -> list[str]:
    """``QQP_ROWS`` Quora questions that are no ordinary request of either split and no design
    row, drawn in a fixed order."""
    import guardlib

    benign = guardlib.benign()
    taken = set(benign["train"]) | set(benign["test"]) | set(exp277.texts())
    found = sorted(
        {
            str(r[k]).strip()
            for r in guardlib.read_jsonl("paraphrase/qqp_pairs.jsonl")
            for k in ("text_a", "text_b")
        }
        - taken
    )
    found = [t for t in found if 10 <= len(t) <= 300]
    order = np.random.default_rng(287).permutation(len(found))
    return [found[i] for i in order[:QQP_ROWS]]


def qqp() -> None:
    texts = qqp_texts()
    exp277.scores(texts, "qqp-scores")
    exp277.states(texts, "qqp-states")


def table(with_qqp: bool) -> dict[str, Any]:
    """xst281's design table, with the Quora rows appended as safe fit rows."""
    d = xst281.design_table()
    if not with_qqp:
        return d
    x, logit, texts, flags = xst277.table("qqp-")
    n = len(texts)
    kind = "qqp"
    folds = np.array([f"rows#{zlib.crc32(str(t).encode()) % 5}" for t in texts])
    groups = np.array(
        [f"g{zlib.crc32(str(t).encode()) % xst281.GROUPS}" for t in texts]
    )  # fmt: skip
    out = dict(d)
    out["x"] = np.concatenate([d["x"], x])
    out["y"] = np.concatenate([d["y"], np.zeros(n, dtype=int)])
    out["sets"] = np.concatenate([d["sets"], folds])
    out["kind"] = np.concatenate([d["kind"], np.array([kind] * n)])
    out["groups"] = np.concatenate([d["groups"], groups])
    out["logit"] = np.concatenate([d["logit"], logit])
    out["flags"] = {p: np.concatenate([d["flags"][p], flags[p]]) for p in exp277.POINTS}
    out["threat"] = np.concatenate([d["threat"], xst277.threatened(texts)])
    out["gate"] = np.concatenate([d["gate"], xst281._gate(texts)])
    out["texts"] = np.concatenate([d["texts"], texts])
    return out


def _weights(kind: np.ndarray) -> np.ndarray:
    """Each source the same total weight, the mean weight 1."""
    w = np.zeros(len(kind))
    names = sorted(set(kind))
    for k in names:
        m = kind == k
        w[m] = len(kind) / (len(names) * m.sum())
    return w


def _z_parts(d: dict[str, Any], rows: np.ndarray, even: bool) -> dict[str, Any]:
    """What no band changes, fitted on ``rows``: the probe on them all, the join on its
    out-of-fold-by-set decisions, and those rows' out-of-fold joined scores."""
    from sklearn.linear_model import LogisticRegression

    x, y, sets, logit = d["x"][rows], d["y"][rows], d["sets"][rows], d["logit"][rows]
    w = _weights(d["kind"][rows]) if even else None
    oof = np.zeros(len(y))
    for held in sorted(set(sets)):
        out = sets == held
        probe = drift267._probe(x[~out], y[~out], None if w is None else w[~out])
        oof[out] = probe.decision_function(x[out])
    join = LogisticRegression().fit(np.c_[oof, logit], y)
    a, b = (float(c) for c in join.coef_[0])
    c = float(join.intercept_[0])
    return {"probe": drift267._probe(x, y, w), "join": [a, b, c], "z": a * oof + b * logit + c}


def _bars(d: dict[str, Any], rows: np.ndarray, z: np.ndarray, th: dict[str, float],
          below: float, above: float, pairs_bar: bool = False,
          ) -> tuple[dict[str, float], dict[str, Any]]:  # fmt: skip
    """Each point's band and bar: the out-of-fold verdicts flag as many safe rows in the band
    as the shipped code does (of the pair rows' look-alikes alone where ``pairs_bar``)."""
    logit, y = d["logit"][rows], d["y"][rows]
    bars, bands = {}, {}
    for p in POINTS:
        t = math.log(th[p] / (1 - th[p]))
        bands[p] = (t - below, t + above)
        inside = d["gate"][rows] & (logit >= bands[p][0]) & (logit <= bands[p][1])
        among = inside & (y == 0) & ~d["threat"][rows]
        if pairs_bar:
            among &= d["kind"][rows] == "pairs"
        k = int(d["flags"][p][rows][among].sum())
        ranked = np.sort(z[among])[::-1]
        bars[p] = float((ranked[k - 1] + ranked[k]) / 2) if k else float(ranked[0] + 1e-6)
    return bars, bands


# (under, over) the threshold; (6, 2) and (30, 2) were added for the second reading of two settings
BANDS = (
    (3.0, 3.0),
    (3.0, 2.0),
    (3.0, 1.0),
    (6.0, 3.0),
    (6.0, 2.0),
    (6.0, 1.0),
    (30.0, 2.0),
    (30.0, 30.0),
)


def one(d: dict[str, Any], th: dict[str, float], even: bool, pairs_bar: bool) -> dict[str, Any]:
    """Every band of ``BANDS`` read nested for one fit (the probe's expensive part once per
    left-out group)."""
    y, groups, kind = d["y"], d["groups"], d["kind"]
    got = {bd: {p: np.zeros(len(y), dtype=bool) for p in POINTS} for bd in BANDS}
    for g in sorted(set(groups)):
        out = groups == g
        parts = _z_parts(d, ~out, even)
        for bd in BANDS:
            bars, bands = _bars(d, ~out, parts["z"], th, *bd, pairs_bar)
            vv = xst281.verdicts(
                parts | {"bars": bars, "bands": bands}, d["x"][out], d["logit"][out],
                {p: f[out] for p, f in d["flags"].items()}, d["threat"][out], d["gate"][out],
            )  # fmt: skip
            for p in POINTS:
                got[bd][p][out] = vv[p]
        print(g, file=sys.stderr, flush=True)
    full = _z_parts(d, np.ones(len(y), dtype=bool), even)
    m = d["moderation"]
    keys = np.array(m["key"])
    doc: dict[str, Any] = {}
    pairs = kind == "pairs"
    for bd in BANDS:
        row: dict[str, Any] = {}
        for p in POINTS:
            row[p] = {
                "pairs shipped": xst277._tally(d["flags"][p][pairs], y[pairs]),
                "pairs cand": xst277._tally(got[bd][p][pairs], y[pairs]),
            }
            for k in ("advbench train", "ordinary train", "qqp"):
                sel = kind == k
                if sel.any():
                    row[p][k] = [
                        int(d["flags"][p][sel].sum()),
                        int(got[bd][p][sel].sum()),
                        int(sel.sum()),
                    ]
        bars, bands = _bars(d, np.ones(len(y), dtype=bool), full["z"], th, *bd, pairs_bar)
        fit = full | {"bars": bars, "bands": bands}
        mv = xst281.verdicts(fit, m["x"], m["logit"], m["flags"], m["threat"], m["gate"])
        for k in xst281.UNSEEN_EXTRA:
            sel = keys == k
            row[k] = [int(m["flags"]["balanced"][sel].sum()), int(mv["balanced"][sel].sum())]
        doc[f"below {bd[0]} above {bd[1]}"] = row
    return doc


def read(with_qqp: bool, even: bool, pairs_bar: bool) -> dict[str, Any]:
    th = xst277.thresholds()
    doc = one(table(with_qqp), th, even, pairs_bar)
    name = f"exp287-qqp{int(with_qqp)}-even{int(even)}{'-pairsbar' * pairs_bar}.json"
    (CACHE / name).write_text(json.dumps(doc, indent=1))
    return doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--qqp", action="store_true", help="the Quora rows' scores and states")
    ap.add_argument("--read", action="store_true", help="the bands, nested, for one fit")
    ap.add_argument("--with-qqp", action="store_true", help="the Quora rows among the fit rows")
    ap.add_argument("--even", action="store_true", help="each source the same total weight")
    ap.add_argument("--pairs-bar", action="store_true", help="bars on the pair look-alikes")
    a = ap.parse_args()
    if a.qqp:
        qqp()
    if a.read:
        print(json.dumps(read(a.with_qqp, a.even, a.pairs_bar), indent=1))


if __name__ == "__main__":
    main()
