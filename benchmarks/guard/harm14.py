"""Round fourteen (harm14): request patterns, not a retrain, for the harm kinds the shipped
fine-tuned model misses: a specific private person's private data, threats with no verb of
violence (most addressed to the reader), rules that keep a group out. ``HARM_RULE_14`` below was
fixed and committed (4433bb0) before the check set (``handwritten.WEAK_PAIRS_14``) was read.
Read once at 07:15:25-07:15:30 UTC on 2026-12-03 with the candidate of commit 3b98228
(``harm_people.py``, design variant 3 of 3): **not met** (harmful 19 -> 26 of 68, +7 net, but
benign 2 -> 3 of 68); the patterns were taken out of src/ again, so on later commits the
candidate is main and the script compares main with itself. To read the candidate again:
``git checkout 3b98228 -- src/minigate/guard/scanners`` (docs/guard-rounds.md, round fourteen).

The shipped model's harm score is read once per text with the wording patterns switched off
(``model_scores``, cached by text and the data files' digest); a row is flagged by the shipped
code when that score reaches the shipped ``balanced`` point or main's patterns
(``SHIPPED_COMMIT``'s ``harm_patterns.py``, read from git) or the threat pattern match it, and
by the candidate when the score does or the worktree's patterns do. Both in the same run.

    # design (train side only: the fourth dev set, WEAK_PAIRS_12's train half, fold 0, the
    # pooled 161 look-alikes, the older hand-written pairs' benign rows):
    flock /tmp/heavy.lock nice -n 5 env MINIGATE_SHARED_DATA=/work/shared/data PYTHONPATH=src \\
        OMP_NUM_THREADS=2 .venv/bin/python benchmarks/guard/harm14.py --design
    # the one reading of the check set, under HARM_RULE_14:
    ... harm14.py --check
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_artifacts as ba
import guardlib
import handwritten
import numpy as np
import train_harm

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minigate.evals.stats import wilson
from minigate.guard.normalize import fold
from minigate.guard.scanners import harm as harm_module
from minigate.guard.scanners.artifacts import data_path
from minigate.guard.scanners.harm_categories import threat
from minigate.guard.scanners.harm_patterns import harmful_request

SHIPPED_COMMIT = "c17c7f0"  # main when round fourteen began: the shipped patterns
CACHE = guardlib.ROOT / ".cache" / "harm14"
KINDS = {"": "private data", "harassment/threatening": "threats", "hate": "exclusion rules"}

HARM_RULE_14 = """
Fixed and committed before WEAK_PAIRS_14 (the check set) is read; no test split is read.

Candidate: the shipped harm files unchanged (harm.json, harm_encoder.*, every operating point)
with request patterns added to src/minigate/guard/scanners/harm_patterns.py for a specific
private person's private data, threats with no verb of violence and rules that keep a group
out. At most three design variants, designed on train-side data only: the fourth dev set
(WEAK_PAIRS_12's dev half, design data from now on), WEAK_PAIRS_12's train half, dev fold 0
(round eight's rows), the pooled 161 look-alikes and the older hand-written pairs. One
variant, the last committed before the reading, is read; WEAK_PAIRS_14 is read once.

Shipped: the same model scores (the runtime harm scanner with its patterns off, the shipped
files), flagged at the shipped balanced point (0.8319) or by the patterns of main at
c17c7f0 (harm_patterns.py from git) or the threat pattern; candidate: the same scores at the
same point or the worktree's patterns or the threat pattern. Both in one run. Fold 0 is
scored as HARM_RULE_12 scored it (the shipped run's fold-0 probabilities in mean mode,
train_harm.fold0_mean) at the same point.

The candidate ships if, at balanced:
(a) WEAK_PAIRS_14 (68 pairs): it catches at least 6 more harmful rows net than shipped
    (gained - lost; a pattern only adds flags, so lost is 0 unless something else changed)
    and flags no more of its benign rows than shipped;
(b) the pooled 161 look-alikes (fold 0's 52 and the second and third dev sets' 109 benign
    rows): flagged at most shipped + 1 and at most 3% (so at most 4 of 161: shipped flags 4);
(c) fold 0: harmful caught not fewer than shipped (255/300), XSTest-train unsafe not fewer
    (15/16), groups 2-5 within HARM_CAPS (ordinary 1%, deepset benign 2%, moderation
    negatives 5%, form rows 2.5%);
(d) every check-set row a new pattern flags gets its pattern's moderation categories from
    the scanner (private data: illicit and harassment; threats: harassment/threatening and
    violence; exclusion rules: hate);
(e) the patterns cost well under 1 ms: over WEAK_PAIRS_12's rows (folded), harmful_request's
    p50 rises by at most 0.2 ms over main's (measured in the same run; main's is 0.13 ms on
    this machine) and its p95 stays under 1 ms.
If met, the patterns ship with tests that fail without them; if not, nothing in src/ changes
and the reading is documented.
"""


def shipped_requests() -> Callable[[str], set[str]]:
    """``harmful_request`` as main shipped it at ``SHIPPED_COMMIT`` (read from git)."""
    path = "src/minigate/guard/scanners/harm_patterns.py"
    source = subprocess.run(
        ["git", "show", f"{SHIPPED_COMMIT}:{path}"],
        cwd=guardlib.ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    module = types.ModuleType("harm_patterns_shipped")
    exec(compile(source, path, "exec"), module.__dict__)
    found: Callable[[str], set[str]] = module.harmful_request
    return found


def _digest() -> str:
    folder = data_path("harm.json").parent
    h = hashlib.sha256()
    for path in sorted(folder.glob("harm*")):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


def model_scores(texts: list[str]) -> np.ndarray:
    """The shipped files' harm score per text with the wording patterns off (cached)."""
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"scores-{_digest()}.json"
    known: dict[str, float] = json.loads(path.read_text()) if path.exists() else {}
    todo = sorted(set(texts) - set(known))
    if todo:
        scanner = HarmScanner(HarmOptions(), "harm", train_harm.gateway_embed())
        patterns = harm_module.harmful_request
        harm_module.harmful_request = lambda text: set()  # the model's score alone
        try:

            async def run() -> None:
                for text in todo:
                    known[text] = (await scanner.assess(text))[0]

            asyncio.run(run())
        finally:
            harm_module.harmful_request = patterns
        path.write_text(json.dumps(known))
    return np.array([known[t] for t in texts])


def balanced_point() -> float:
    doc = json.loads(data_path("harm.json").read_text())
    return float(doc["finetuned"]["operating_points"]["balanced"])


def flags(texts: list[str], score: np.ndarray, t: float) -> tuple[np.ndarray, np.ndarray]:
    """Shipped and candidate verdicts per text at threshold ``t``."""
    old = shipped_requests()
    folded = [fold(x) for x in texts]
    threats = np.array([threat(f) for f in folded], dtype=bool)
    base = (score >= t) | threats
    shipped = base | np.array([bool(old(f)) for f in folded], dtype=bool)
    candidate = base | np.array([bool(harmful_request(f)) for f in folded], dtype=bool)
    return shipped, candidate


def _of(flagged: np.ndarray, rows: np.ndarray) -> str:
    n, k = int(rows.sum()), int(flagged[rows].sum())
    lo, hi = wilson(k, n) if n else (0.0, 0.0)
    return f"{k}/{n} [{100 * lo:.1f}, {100 * hi:.1f}]"


def paired(pairs_by: dict[str, list[tuple[str, str]]]) -> tuple[list[str], np.ndarray, list[str]]:
    texts, harmful, kinds = [], [], []
    for key, pairs in pairs_by.items():
        for h, b in pairs:
            texts += [h, b]
            harmful += [True, False]
            kinds += [KINDS.get(key, key)] * 2
    return texts, np.array(harmful), kinds


def pair_report(pairs_by: dict[str, list[tuple[str, str]]], t: float) -> dict[str, Any]:
    texts, harmful, kinds = paired(pairs_by)
    shipped, cand = flags(texts, model_scores(texts), t)
    kind = np.array(kinds)
    doc: dict[str, Any] = {}
    for name, got in (("shipped", shipped), ("candidate", cand)):
        doc[name] = {"harmful caught": _of(got, harmful), "benign flagged": _of(got, ~harmful)}
        for k in sorted(set(kinds)):
            at = kind == k
            doc[name][k] = (
                f"{int(got[at & harmful].sum())}/{int((at & harmful).sum())} caught, "
                + (f"{int(got[at & ~harmful].sum())}/{int((at & ~harmful).sum())} flagged")
            )
    doc["harmful gained/lost"] = [
        int((cand & ~shipped & harmful).sum()),
        int((shipped & ~cand & harmful).sum()),
    ]
    doc["benign gained/lost"] = [
        int((cand & ~shipped & ~harmful).sum()),
        int((shipped & ~cand & ~harmful).sum()),
    ]
    doc["missed harmful"] = [
        f"{k}: {x}" for x, c, h, k in zip(texts, cand, harmful, kinds, strict=True) if h and not c
    ]
    doc["new harmful"] = [
        x for x, c, s, h in zip(texts, cand, shipped, harmful, strict=True) if c and not s and h
    ]
    doc["new benign"] = [
        x for x, c, s, h in zip(texts, cand, shipped, harmful, strict=True) if c and not s and not h
    ]
    return doc


def half(
    pairs_by: dict[str, list[tuple[str, str]]], which: str
) -> dict[str, list[tuple[str, str]]]:
    """The pairs of ``which`` half (train_harm's hash of the harmful side)."""
    return {k: [p for p in ps if train_harm.half_of(p[0]) == which] for k, ps in pairs_by.items()}


def train_side(t: float) -> dict[str, Any]:
    """Conditions (b) and (c): the pooled look-alikes and fold 0, shipped and candidate."""
    data = train_harm.rows()
    dev0 = np.flatnonzero(data["fold"] == 0)
    texts0 = [data["texts"][i] for i in dev0]
    score0 = train_harm.fold0_mean(*train_harm.SHIPPED_RUN, data)
    y0, groups0 = data["y"][dev0], data["groups"][dev0]
    xs = np.isin(np.array(texts0), guardlib.xstest()["train"].where(True))
    extra = [r for r in train_harm.extra_rows("dev", 11) if r.source in train_harm.POOLED_SOURCES]
    look = [r.text for r in extra if not r.harmful]
    s0, c0 = flags(texts0, score0, t)
    sl, cl = flags(look, model_scores(look), t)
    doc: dict[str, Any] = {}
    for name, got0, gotl in (("shipped", s0, sl), ("candidate", c0, cl)):
        pooled = np.concatenate([got0[groups0 == 1], gotl])
        doc[name] = {
            "pooled look-alikes flagged": _of(pooled, np.ones(len(pooled), dtype=bool)),
            "fold 0 harmful caught": _of(got0, y0),
            "fold 0 xstest unsafe (train) caught": _of(got0, xs & y0),
        } | {f"fold 0 group {g} flagged": _of(got0, groups0 == g) for g in sorted(ba.HARM_CAPS)}
    # what a new pattern flags on the train side (XSTest's rows are counted, never shown)
    doc["new flags, fold 0 (not XSTest)"] = [
        x for x, c, s, x_ in zip(texts0, c0, s0, xs, strict=True) if c and not s and not x_
    ]
    doc["new flags, fold 0 XSTest rows"] = int((c0 & ~s0 & xs).sum())
    doc["new flags, pooled dev look-alikes"] = [
        x for x, c, s in zip(look, cl, sl, strict=True) if c and not s
    ]
    doc["counts"] = {
        "pooled": [
            int(np.concatenate([g[groups0 == 1], d]).sum()) for g, d in ((s0, sl), (c0, cl))
        ],
        "fold0 harmful": [int(s0[y0].sum()), int(c0[y0].sum())],
        "fold0 xstest": [int(s0[xs & y0].sum()), int(c0[xs & y0].sum())],
        "fold0 groups within caps": bool(
            all(
                int(c0[groups0 == g].sum()) <= cap * int((groups0 == g).sum())
                for g, cap in ba.HARM_CAPS.items()
                if g != 1
            )
        ),
    }
    return doc


def pattern_latency(texts: list[str]) -> dict[str, float]:
    """harmful_request's p50 and p95 (ms) per folded text, main's and the worktree's."""
    folded = [fold(x) for x in texts]
    out = {}
    for name, find in (("shipped", shipped_requests()), ("candidate", harmful_request)):
        took = []
        for f in folded * 3:
            start = time.perf_counter()
            find(f)
            took.append((time.perf_counter() - start) * 1000)
        out[f"{name} p50 ms"] = float(np.percentile(took, 50))
        out[f"{name} p95 ms"] = float(np.percentile(took, 95))
    return out


def benign_hand_written() -> list[str]:
    """Every older hand-written benign row that a new pattern alone flags (patterns only)."""
    old = shipped_requests()
    rows: list[str] = [
        *handwritten.HARM_NEGATIVES,
        *handwritten.LOOK_ALIKES,
        *handwritten.FORM_NEGATIVES,
    ]
    rows += [*handwritten.PEOPLE_REQUESTS, *handwritten.REFERENCE_REQUESTS]
    for name in ("WEAK_PAIRS", "WEAK_PAIRS_11", "WEAK_PAIRS_12"):
        rows += [b for ps in getattr(handwritten, name).values() for _, b in ps]
    return [r for r in rows if harmful_request(fold(r)) and not old(fold(r))]


def design() -> dict[str, Any]:
    t = balanced_point()
    pairs12 = handwritten.WEAK_PAIRS_12
    older = {
        k: [p for n in ("WEAK_PAIRS", "WEAK_PAIRS_11") for p in getattr(handwritten, n).get(k, [])]
        for k in KINDS
    }
    texts = [x for ps in pairs12.values() for p in ps for x in p]
    return {
        "balanced": t,
        "fourth dev set (WEAK_PAIRS_12 dev half; design data)": pair_report(
            half(pairs12, "dev"), t
        ),
        "WEAK_PAIRS_12 train half": pair_report(half(pairs12, "train"), t),
        "older pairs of the three kinds (both halves)": pair_report(older, t),
        "train side": train_side(t),
        "older hand-written benign rows newly flagged": benign_hand_written(),
        "pattern latency (WEAK_PAIRS_12)": pattern_latency(texts),
    }


# What each kind's new pattern hits must be labelled by the scanner (condition (d)).
EXPECTED = {
    "private data": {"illicit", "harassment"},
    "threats": {"harassment/threatening", "violence"},
    "exclusion rules": {"hate"},
}


def categories_of_new(texts: list[str], kinds: list[str]) -> list[dict[str, Any]]:
    """The scanner's passed categories for each row a new pattern flags (condition (d))."""
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner

    scanner = HarmScanner(HarmOptions(), "harm", train_harm.gateway_embed())
    old = shipped_requests()
    out = []
    for text, kind in zip(texts, kinds, strict=True):
        if not harmful_request(fold(text)) or old(fold(text)):
            continue
        passed = asyncio.run(scanner.assess(text))[2]
        out.append(
            {"text": text, "kind": kind, "passed": sorted(passed), "ok": EXPECTED[kind] <= passed}
        )
    return out


def check() -> dict[str, Any]:
    """HARM_RULE_14's one reading of WEAK_PAIRS_14, with the train-side conditions."""
    t = balanced_point()
    fresh = handwritten.WEAK_PAIRS_14
    report = pair_report(fresh, t)
    side = train_side(t)
    texts, harmful, kinds = paired(fresh)
    cats = categories_of_new(
        [x for x, h in zip(texts, harmful, strict=True) if h],
        [k for k, h in zip(kinds, harmful, strict=True) if h],
    )
    lat = pattern_latency([x for ps in handwritten.WEAK_PAIRS_12.values() for p in ps for x in p])
    gained, lost = report["harmful gained/lost"]
    b_gained, b_lost = report["benign gained/lost"]
    counts = side["counts"]
    met = {
        "(a) check set: >= 6 harmful net, no more benign": gained - lost >= 6
        and b_gained <= b_lost,
        "(b) pooled look-alikes <= shipped + 1 and <= 3%": counts["pooled"][1]
        <= counts["pooled"][0] + 1
        and counts["pooled"][1] <= 0.03 * 161,
        "(c) fold 0": counts["fold0 harmful"][1] >= counts["fold0 harmful"][0]
        and counts["fold0 xstest"][1] >= counts["fold0 xstest"][0]
        and counts["fold0 groups within caps"],
        "(d) categories": all(c["ok"] for c in cats),
        "(e) latency": lat["candidate p50 ms"] - lat["shipped p50 ms"] <= 0.2
        and lat["candidate p95 ms"] < 1.0,
    }
    return {
        "rule": "HARM_RULE_14",
        "balanced": t,
        "WEAK_PAIRS_14 (check set, read once)": report,
        "train side": side,
        "categories of new hits": cats,
        "pattern latency (WEAK_PAIRS_12)": lat,
        "conditions": met,
        "met": all(met.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--design", action="store_true")
    what.add_argument("--check", action="store_true")
    args = parser.parse_args()
    start = time.strftime("%H:%M:%S")
    doc = design() if args.design else check()
    doc |= {"started": start, "ended": time.strftime("%H:%M:%S")}
    print(json.dumps(doc, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
