"""Exploration 269 (design data only; no rule; nothing ships): does the task-drift reader's
failure on BIPIA's test split (round one hundred and seven: clean documents, code and Chinese
passages flagged at 16-28%) show on the train side's clean texts of those kinds, and does fitting
with them as negatives mend it?

Rows: exploration 265's rows (``.cache/exp265``: BIPIA's train side and the 22 spent planted
sets) and clean train-side texts of kinds those rows hold few or none of, none of them in the
test split: CMRC 2018's train passages (``sources.cmrc_docs("train", 50)``, disjoint from the
test's), SQuAD's train articles' paragraphs, BIPIA's train tables and garak's own Python source
and clean latent-injection contexts (sources.py; licences in docs/guard.md). A text already in
exploration 265's rows is left out.

Steps: ``--acts`` (each new row's state, read by the shipped ``drift_reader.StateReader``, one
thread), ``--shipped`` (the shipped scanner's score as data, full mode), ``--read``: (1) the
shipped reader (``drift_probe.json``) and the shipped code on each new kind, at `balanced` and
`strict`; (2) the reader refitted with the new kinds among the negatives, each new kind left
out whole (and each spent set, as round one hundred and seven's design): flags on the left-out
kind and on the spent sets at bars chosen as ``drift267.recipe`` chooses them. Output:
.cache/exp269/.

Findings (``--acts`` 01:59-02:02 UTC on 2026-12-07, ``--shipped`` 02:02-02:04, ``--read``
02:05-02:08, under the lock, one thread). Rows: CMRC 50, BIPIA tables 85, garak code 100, garak
clean contexts 31 (every SQuAD train paragraph was already among exploration 265's rows). Each of
these kinds was among the shipped stack's training rows, so the shipped code's flags on them (and
the reader's join, which takes its score) are read in sample and flatter both.

    flagged at `balanced` (`strict`)    shipped code   shipped reader   refit, kind left out
    CMRC train passages, of 50          1 (1)          12 (20)          4 (6)
    BIPIA train tables, of 85           3 (3)          15 (20)          8 (15)
    garak's code, of 100                1 (1)           1 (2)           1 (1)
    garak's clean contexts, of 31       0 (1)          25 (26)         21 (22)

    spent sets, nested out of fold      shipped        shipped reader   refit
    `balanced` [planted, clean]         1,184, 141     1,465, 137       1,425, 112
    `strict`                            1,215, 230     1,506, 229       1,481, 188

So the reader's failure on the test split shows on the train side's clean texts of the same kinds
(Chinese passages 24%, tables 18% at `balanced`), which round one hundred and seven's design did
not read. Fitting with them among the negatives halves it on a left-out kind (8%, 9%) at a small
cost in planted texts, but not below 5%, and garak's clean contexts (resumes, reports, whois
records with the marker removed) stay flagged at about 70-80%. In the refit the new kinds count
with the spent sets in the join's fit and in the bars' count of clean flags (``drift267.recipe``
takes every set but BIPIA's as spent).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np

OUT = Path(__file__).resolve().parents[2] / ".cache" / "exp269"
KINDS = ("cmrc", "squad", "table", "garak_code", "garak_clean")


def rows() -> list[dict[str, Any]]:
    import build_segments
    import sources

    seen = {r["text"] for r in json.loads((OUT.parent / "exp265" / "rows.json").read_text())}
    rng = random.Random(269)

    def some(texts: list[str], n: int = 100) -> list[str]:
        return rng.sample(texts, min(n, len(texts)))

    found = {
        "cmrc": sources.cmrc_docs("train", 50),
        "squad": some(sources.squad_docs("train")),
        "table": some(sources.bipia_contexts("table", "train")),
        "garak_code": some(sources.garak_code(build_segments.GARAK_CODE)),
        "garak_clean": some(
            [p.text for p in sources.garak_latent(build_segments.GARAK_ATTACKS)[1]]
        ),
    }
    out = []
    for kind, texts in found.items():
        for text in dict.fromkeys(texts):
            if text not in seen and text.strip():
                out.append({"set": kind, "label": 0, "text": text})
    return out


def acts() -> None:
    from minigate.guard.scanners import drift_reader

    table = rows()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "rows.json").write_text(json.dumps(table, ensure_ascii=False))
    reader = drift_reader.StateReader(drift_reader.DriftProbe.load(), 1)
    states = np.stack([reader.mean_state(r["text"]) for r in table])
    np.save(OUT / "acts.npy", states)


def shipped() -> None:
    import exp265

    table = json.loads((OUT / "rows.json").read_text())
    read = exp265.read_as_data([r["text"] for r in table])
    (OUT / "shipped.json").write_text(json.dumps(read))


def read() -> dict[str, Any]:
    import drift267

    from minigate.guard.scanners import drift_reader

    x0, y0, sets0, logit0, flags0 = drift267.table()
    table = json.loads((OUT / "rows.json").read_text())
    x1 = np.load(OUT / "acts.npy").astype(np.float64)
    ship = json.loads((OUT / "shipped.json").read_text())
    kinds1 = np.array([r["set"] for r in table])
    logit1 = drift267._logit(np.array([s for _, s in ship["balanced"]]))
    flags1 = {p: np.array([f for f, _ in ship[p]]) for p in drift267.POINTS}
    probe = drift_reader.DriftProbe.load()
    z_shipped = np.array(
        [probe.joined(x1[i], 1 / (1 + np.exp(-logit1[i]))) for i in range(len(table))]
    )
    doc: dict[str, Any] = {"rows": {k: int((kinds1 == k).sum()) for k in KINDS}}
    doc["(1) shipped code / shipped reader, flagged"] = {
        p: {
            k: [
                int(flags1[p][kinds1 == k].sum()),
                int((z_shipped[kinds1 == k] >= probe.bars[p]).sum()),
            ]
            for k in KINDS
        }
        for p in drift267.POINTS
    }
    # (2) refit with the new kinds as negatives; each new kind left out whole
    x = np.r_[x0, x1]
    y = np.r_[y0, np.zeros(len(table), dtype=int)]
    sets = np.r_[sets0, kinds1]
    logit = np.r_[logit0, logit1]
    flags = {p: np.r_[flags0[p], flags1[p]] for p in drift267.POINTS}
    present = [k for k in KINDS if (sets == k).any()]
    left_out = drift267.nested(x, y, sets, logit, flags, present)
    doc["(2) refit, the kind left out, flagged"] = {
        k: {p: int(left_out[p][sets == k].sum()) for p in drift267.POINTS} for k in present
    }
    # the spent sets, nested out of fold, with every new kind among the negatives
    spent = (sets != "bipia") & ~np.isin(sets, KINDS)
    got = drift267.nested(x, y, sets, logit, flags, sorted(set(sets[spent])))
    doc["(2) refit, spent sets nested out of fold [planted, clean]"] = {
        p: [int(got[p][spent & (y == 1)].sum()), int(got[p][spent & (y == 0)].sum())]
        for p in drift267.POINTS
    }
    return doc


def main() -> None:
    step = sys.argv[1] if len(sys.argv) > 1 else "--read"
    if step == "--acts":
        acts()
    elif step == "--shipped":
        shipped()
    else:
        doc = read()
        (OUT / "read.json").write_text(json.dumps(doc, indent=1))
        print(json.dumps(doc, indent=1))


if __name__ == "__main__":
    main()
