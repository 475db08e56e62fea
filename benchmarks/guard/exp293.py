"""Exploration 293 (design data only; nothing shipped reads it): the task-drift reader
(round one hundred and seven, ``drift267.py``; off by default) read raise-only, in a band under
the reading so far's threshold.

The shipped reader replaces the stack's verdict on text read as data with its join of the
stack's score and SmolLM2's state probe. Rounds one hundred and eight to ten refitted it with
train-side clean texts of the kinds it over-flags (Chinese passages, tables, garak's code and
clean contexts, ``drift271.py``) and none was met on design: at equal clean flags on the spent
planted sets, the refits lost planted rows, and tables stayed flagged at 13-21%. Those refits
let the reader flag anywhere. Here it may only *raise*, and only where the stack's own score
lies within ``delta`` logits under its route's threshold (``data`` or ``code``): a text the stack
reads as plainly clean keeps its verdict, whatever the probe says, and a text the stack flags
stays flagged. Each point's bar is set where the raises add at most ``ALLOW`` spent clean rows.

Rows: drift271's table (exploration 265's: BIPIA's train side and the 22 spent planted sets;
and round one hundred and eight's new kinds: CMRC 2018's 100 train passages, BIPIA's 587 train
tables, 150 chunks of garak's code, garak's 31 clean contexts). No check set and no test split
is read. Folds: each spent set and each new kind left out whole (BIPIA's side never left out).
For speed the probe is fitted once per left-out group, and the join and bars for that group are
fitted on the other groups' out-of-fold probe decisions (whose probes saw the left-out group:
a small leak, flattering every setting alike; a round's design would nest it fully).

Settings: the probe fitted on exploration 265's rows alone (``shipped``) or with the new kinds
among its negatives (``kinds``); ``delta`` from 0.5 to 8 logits and unbounded (the reader raises
anywhere under the threshold). With ``--over`` the band also reaches ``over`` logits above the
threshold (1, 2, 4, unbounded) and the reader's verdict replaces the stack's in it (it may
release a flag); the bar is then set where the band's spent clean flags are the stack's plus
``allow``. Run ``exp293.py`` and ``exp293.py --over`` (after ``exp265.py --acts --shipped``,
``exp269.py --acts --shipped`` and ``drift271.py --acts``); output ``.cache/exp293/read.json``
and ``read-over.json``.

Read 2026-12-07 11:08-11:11 UTC (under the lock, one thread; design rows only). The stack: spent
sets 1,184 of 1,584 planted at 141 of 2,304 clean (`balanced`), the new kinds' 768 clean rows 15
flagged (in sample: the stack was fitted on them). Round one hundred and seven's full reader,
nested: 1,465 at 137, new kinds 174 (drift271's design).

    setting (probe rows, band, allow)      balanced: planted, clean, new kinds   strict
    raise-only, shipped rows, under inf, 12      1,358  155   53          1,364  243   53
    raise-only, kinds, under inf, 12             1,333  155   30          1,355  246   36
    raise-only, kinds, under 6, 0                1,232  142   15          1,253  231   16
    kinds, under 6, over 1, 0                    1,308  144   18          1,395  230   32
    kinds, under 6, over 2, 0                    1,338  142   22          1,405  230   34
    kinds, under 6, over 4, 0                    1,345  141   24          1,412  233   40
    kinds, under 8, over 2, 0                    1,384  141   41          1,438  232   66
    kinds, under inf, over inf, 0                1,440  144  111          1,481  233  152

Raising alone gains little at equal clean flags: the full reader's gain comes as much from the
stack flags it releases as from the texts it raises. Letting it judge only near the threshold
keeps most of the gain on the spent sets and flags few of the new kinds. Round one hundred and
fourteen (``drift293.py``, ``DRIFT_RULE_293``) takes the probe with the new kinds and the band
from 6 under to 2 over.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import drift267
import drift271
import numpy as np

OUT = Path(__file__).resolve().parents[2] / ".cache" / "exp293"
POINTS = ("balanced", "strict")
DELTAS = (0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, math.inf)
ALLOWS = (0, 12, 23)  # spent clean rows the band may add (0, about 0.5% and 1% of 2,304)
# ``--over``: the reader also judges (and may release) text the stack flags by less than
# ``over`` logits; the bar is set on every judged spent clean row.
OVERS: tuple[float, ...] = (0.0,)


def texts() -> list[str]:
    """The texts of drift271's table, in its order."""
    import exp265

    states = exp265.cached("acts.npy")
    rows = [r for r in json.loads((drift267.EXP265 / "rows.json").read_text())]
    out = [r["text"] for r in rows if exp265.key(r) in states]
    out += [r["text"] for r in json.loads((drift271.WORK / "rows.json").read_text())]
    return out


def margins(all_texts: list[str]) -> dict[str, np.ndarray]:
    """Each text's shipped score (from drift271's table) is compared with its route's threshold
    at each point: the route is ``code`` where the scanner reads the text as code."""
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner
    from minigate.guard.scanners.injection_stack import looks_like_code

    code = np.array([looks_like_code(t) for t in all_texts])
    out = {}
    for p in POINTS:
        scanner = InjectionScanner(InjectionOptions(operating_point=p), "i", lambda _t: None)  # type: ignore[arg-type,return-value]
        thr = {r: float(scanner.threshold_for(r)) for r in ("data", "code")}
        out[p] = np.where(
            code, drift267._logit(np.array([thr["code"]])), drift267._logit(np.array([thr["data"]]))
        )
        print(p, thr, file=sys.stderr)
    out["code"] = code
    return out


def oof_probe(
    x: np.ndarray, y: np.ndarray, sets: np.ndarray, groups: list[str], use: np.ndarray
) -> np.ndarray:
    """Each group's probe decisions from a probe fitted on the ``use`` rows outside it."""
    dec = np.zeros(len(y))
    for g in groups:
        out = sets == g
        dec[out] = drift267._probe(x[use & ~out], y[use & ~out]).decision_function(x[out])
        print(g, file=sys.stderr, flush=True)
    rest = ~np.isin(sets, groups)  # BIPIA's side: read by a probe fitted on every used row
    if rest.any():
        dec[rest] = drift267._probe(x[use], y[use]).decision_function(x[rest])
    return dec


def read() -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    drift271.ROUND = 271
    x, y, sets, logit, flags = drift271.table()
    all_texts = texts()
    assert len(all_texts) == len(y)
    thr = margins(all_texts)
    new = np.isin(sets, drift271.KINDS)
    spent = (sets != "bipia") & ~new
    groups = sorted(set(sets[spent])) + list(drift271.KINDS)
    score = {p: logit for p in POINTS}  # the balanced score's logit, as the join reads it
    doc: dict[str, Any] = {
        "rows": {
            "spent [planted, clean]": [
                int((spent & (y == 1)).sum()),
                int((spent & (y == 0)).sum()),
            ],
            "new kinds' clean": {k: int(((sets == k) & (y == 0)).sum()) for k in drift271.KINDS},
        },
        "shipped code": {
            p: {
                "spent [planted, clean]": [
                    int(flags[p][spent & (y == 1)].sum()),
                    int(flags[p][spent & (y == 0)].sum()),
                ],
                "new kinds (in sample)": {
                    k: int(flags[p][(sets == k) & (y == 0)].sum()) for k in drift271.KINDS
                },
            }
            for p in POINTS
        },
        "settings": {},
    }
    for name, use in (("shipped", ~new), ("kinds", np.ones(len(y), dtype=bool))):
        dec = oof_probe(x, y, sets, groups, use)
        got: dict[str, dict[str, Any]] = {}
        joined = {}
        for g in groups:
            fit_rows = use & ~(sets == g) & (sets != "bipia")
            join = LogisticRegression().fit(np.c_[dec[fit_rows], logit[fit_rows]], y[fit_rows])
            joined[g] = join.decision_function(np.c_[dec, logit])
        for over, delta, allow in [(o, d, a) for o in OVERS for d in DELTAS for a in ALLOWS]:
            if True:
                flag = {p: np.zeros(len(y), dtype=bool) for p in POINTS}
                for g in groups:
                    out = sets == g
                    fit_rows = use & ~out & (sets != "bipia")
                    z = joined[g]
                    for p in POINTS:
                        m = score[p] - thr[p]
                        band = (m < over) & (m >= -delta)
                        # the bar: the verdicts in the band add at most ``allow`` clean rows of
                        # the other spent sets to the stack's (the new kinds never count)
                        cnt = fit_rows & ~new & (y == 0) & band
                        k = int((flags[p] & cnt).sum()) + allow
                        cands = np.sort(z[cnt])[::-1]
                        bar = float(cands[k] + 1e-9) if k < len(cands) else -np.inf
                        keep = flags[p][out] & ~band[out]
                        flag[p][out] = keep | (band[out] & (z[out] > bar))
                key = f"over {over} delta {delta} allow {allow}"
                got[key] = {
                    p: {
                        "spent [planted, clean]": [
                            int(flag[p][spent & (y == 1)].sum()),
                            int(flag[p][spent & (y == 0)].sum()),
                        ],
                        "new kinds flagged": {
                            k: int(flag[p][(sets == k) & (y == 0)].sum()) for k in drift271.KINDS
                        },
                        "new kinds in all": int(flag[p][new & (y == 0)].sum()),
                        "planted by context": _by_context(flag[p], y, sets),
                    }
                    for p in POINTS
                }
                print(
                    name,
                    key,
                    {
                        p: (got[key][p]["spent [planted, clean]"], got[key][p]["new kinds in all"])
                        for p in POINTS
                    },
                    file=sys.stderr,
                    flush=True,
                )
        doc["settings"][name] = got
    return doc


def _by_context(flag: np.ndarray, y: np.ndarray, sets: np.ndarray) -> dict[str, str]:
    """Planted caught by context over the spent sets (exploration 265's rows carry it)."""
    rows = json.loads((drift267.EXP265 / "rows.json").read_text())
    ctx = [r.get("context", "?") for r in rows][: len(y)]
    ctx += ["-"] * (len(y) - len(ctx))
    out = {}
    for c in ("email", "document", "code"):
        m = np.array([k == c for k in ctx]) & (sets != "bipia") & (y == 1)
        out[c] = f"{int(flag[m].sum())}/{int(m.sum())}"
    return out


def main() -> None:
    global OVERS
    OUT.mkdir(parents=True, exist_ok=True)
    name = "read.json"
    if sys.argv[1:2] == ["--over"]:
        OVERS, name = (1.0, 2.0, 4.0, math.inf), "read-over.json"
    doc = read()
    (OUT / name).write_text(json.dumps(doc, indent=1))
    print(json.dumps(doc["shipped code"], indent=1))


if __name__ == "__main__":
    main()
