"""``DOCS_RULE_13`` read (round twelve): the planted head retrained with the technical
documentation's train half as negatives (``train_guard.py --run planted13 --tech-docs``), read
as ``docs_dev.py`` reads its candidates. No test split is read.

    flock /tmp/heavy.lock nice -n 5 env OMP_NUM_THREADS=2 PYTHONPATH=src .venv/bin/python \\
        benchmarks/guard/train_guard.py --run planted13 --tech-docs --predict 0 --predict 1
    ... docs_dev13.py --heads    # each epoch's classifier into bench-results/docs13/P<epoch>
    ... docs_dev13.py --rule     # DOCS_RULE_13 read once (heavy, ~6 min); the chosen
                                 # candidate's files into bench-results/docs13/chosen
    ... docs_dev13.py --finish   # those files into src/minigate/guard/data, if one was chosen

Candidates: ``P<e>a`` (the epoch's head with the shipped stack and sentence classifier) and
``P<e>b`` (with ``DOCS_RULE_12``'s refitted sentence classifier and data stack), e = 1, 2.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import build_artifacts as ba
import docs_dev
import guard_dev
import guardlib
import numpy as np
import train_harm as th
from build_stack import _embed_fn
from docs_dev import (
    CHECK_EMAILS,
    DOCS_RULE_13,
    SHIPPED_CLEAN,
    SHIPPED_FOLD0,
    _hits,
    _joined,
    _read_with,
    check_emails,
    pick_joint,
    reading,
    write_candidate,
)
from embedcache import cached_minilm

from minigate.guard.scanners.artifacts import data_path
from minigate.guard.scanners.injection import MODEL_FILE

RUN = "planted13"
EPOCHS = (0, 1)  # checkpoint files count from 0: P1 is planted13_epoch0.pt
FOLDER = guardlib.ROOT / "bench-results" / "docs13"
CHOSEN = FOLDER / "chosen"
OUT = guardlib.ROOT / "bench-results" / "docs_dev13.json"
FAMILIES = ("e-mails", "documents")
SHIPPED_FILES = (*guard_dev.DATA_FILES, MODEL_FILE)  # what a candidate changes


def head_folder(epoch: int) -> Path:
    return FOLDER / f"P{epoch + 1}"


def write_heads() -> None:
    """Each epoch's classifier (float16, as ``guard_dev.write_data`` writes it) into a copy of
    the shipped data folder of its own; thresholds are written per candidate later."""
    guard_dev.tg.RUN = RUN
    start, after = guard_dev.tg.STARTS[RUN]
    for epoch in EPOCHS:
        folder = head_folder(epoch)
        folder.mkdir(parents=True, exist_ok=True)
        for f in data_path("").resolve().iterdir():
            shutil.copy(f, folder / f.name)
        model, adapters = guard_dev._checkpoint(RUN, epoch)
        trained = guard_dev._trained(
            RUN,
            epoch,
            read_here="the planted head, for the data route only (injection.json)",
            continued_from=f"{start}_epoch{after}.pt (after its epoch {after + 1})",
        )
        th.write_classifier(
            model, adapters, guard_dev.tg.NAMES, trained, *guard_dev.DATA_FILES, folder=folder
        )
        print(f"{folder}: written", flush=True)


async def read_a(c: dict[str, Any], epoch: int, embed: Any) -> None:
    """Candidate P<e>a: the shipped stack's readings (``docs_dev.candidates``' parts) joined
    with this epoch's head: its dev-fold predictions on fold 0, read through the scanner with
    its files on both halves."""
    parts = c["parts"]
    guard_dev.tg.RUN = RUN
    head0 = guard_dev.joint_scores(epoch, parts["n_docs"])["planted_top1"][parts["idx"]]
    _, head = await _read_with(head_folder(epoch), [r.text for r in c["kept"]], embed)
    train = parts["train"]
    tech, heur = parts["ship_tech"], parts["tech_heur"]
    c[f"P{epoch + 1}a"] = {
        "fold0": _joined(parts["stack0"], head0, parts["heur0"]),
        "train": _joined(tech[train], head[train], heur[train]),
        "dev": _joined(tech[~train], head[~train], heur[~train]),
    }


async def path_check(c: dict[str, Any], embed: Any) -> dict[str, float]:
    """(a)'s path with the shipped files: the halves' head readings through ``_read_with``
    against docs_dev's cache (the readings every baseline figure uses)."""
    _, head = await _read_with(data_path("").resolve(), [r.text for r in c["kept"]], embed)
    diff = np.abs(head - c["parts"]["head"])
    return {"shipped head, halves, max abs diff vs cache": round(float(diff.max()), 4)}


def data_rule_10(c: dict[str, Any], name: str) -> dict[str, Any]:
    """DATA_RULE_10's dev-fold condition (5): thresholds picked on fold 0 by DATA_CAPS alone;
    more e-mails + documents than the shipped stack alone, neither fewer, clean within caps."""
    f0 = c["fold0"]
    caps = guard_dev.caps_for("data", "balanced")
    read = {
        n: guard_dev._read(s, f0["y"], f0["kinds"], caps, f0["family"])
        for n, s in (("stack", c["parts"]["stack0"]), (name, c[name]["fold0"]))
    }
    caught = {n: {f: int(r[f]["caught"].split("/")[0]) for f in FAMILIES} for n, r in read.items()}
    holds = (
        sum(caught[name].values()) > sum(caught["stack"].values())
        and all(caught[name][f] >= caught["stack"][f] for f in FAMILIES)
        and bool(read[name]["fp_caps_held"])
    )
    return {"readings": read, "holds": holds}


def conditions(report: dict[str, Any], name: str, base: float) -> dict[str, bool]:
    r = report["points"][name]["balanced"]
    share = r["tech dev half"]["share"]
    flagged = report["check_emails"][name]
    return {
        "(1) dev half <= 5% and <= half the shipped share": share <= 0.05 and share <= base / 2,
        "(2) fold 0 planted within 3 rows": all(
            _hits(r, k) >= v - 3 for k, v in SHIPPED_FOLD0.items()
        ),
        "(3) fold 0 clean no more": all(_hits(r, k) <= v for k, v in SHIPPED_CLEAN.items()),
        "(4) check e-mails": all(flagged[p] <= v for p, v in CHECK_EMAILS.items()),
        "(5) DATA_RULE_10 on dev fold 0": report["data_rule_10"][name]["holds"],
    }


async def rule13() -> dict[str, Any]:
    """Every candidate at every point, the conditions, the choice; the chosen candidate's
    files into ``CHOSEN``."""
    c = docs_dev.candidates()
    embed = _embed_fn(cached_minilm(threads=2))
    checks: dict[str, Any] = {"path": await path_check(c, embed)}
    for epoch in EPOCHS:
        await read_a(c, epoch, embed)
        print(f"P{epoch + 1}a read", flush=True)
    for epoch in EPOCHS:
        name = f"P{epoch + 1}b"
        checks[name] = await docs_dev.candidate_c(c, name, head_folder(epoch))
        print(f"{name} read", flush=True)
    names = [f"P{e + 1}{w}" for w in "ab" for e in EPOCHS]
    shipped = json.loads(data_path(MODEL_FILE).read_text())["finetuned"]["operating_points"]
    report: dict[str, Any] = {"rule": DOCS_RULE_13, "n": c["n"], "checks": checks, "points": {}}
    report["points"]["shipped"] = {p: reading(c, "A", shipped[p]["data"]) for p in ba.POINTS}
    base = report["points"]["shipped"]["balanced"]["tech dev half"]["share"]
    report["check_emails"] = {"shipped": await check_emails(None)}
    report["data_rule_10"], report["thresholds"] = {}, {}
    for name in names:
        points = {p: pick_joint(c[name], c["fold0"], p) for p in ba.POINTS}
        report["thresholds"][name] = points
        report["points"][name] = {p: reading(c, name, t) for p, t in points.items()}
        with tempfile.TemporaryDirectory() as tmp:
            write_candidate(Path(tmp), name, points, c, head_folder(int(name[1]) - 1))
            report["check_emails"][name] = await check_emails(Path(tmp))
        report["data_rule_10"][name] = data_rule_10(c, name)
    report["eligible"] = {n: conditions(report, n, base) for n in names}
    eligible = [n for n, e in report["eligible"].items() if all(e.values())]

    def key(name: str) -> tuple[int, int, int, int]:
        r = report["points"][name]["balanced"]
        caught = sum(_hits(r, k) for k in SHIPPED_FOLD0)
        return caught, -_hits(r, "tech dev half"), int(name[2] == "a"), -int(name[1])

    chosen = max(eligible, key=key) if eligible else None
    report["chosen"] = chosen
    if chosen:
        shutil.rmtree(CHOSEN, ignore_errors=True)
        CHOSEN.mkdir(parents=True)
        base_folder = head_folder(int(chosen[1]) - 1)
        write_candidate(CHOSEN, chosen, report["thresholds"][chosen], c, base_folder)
        _label(CHOSEN, chosen, c)
    return report


def _label(folder: Path, chosen: str, c: dict[str, Any]) -> None:
    """injection.json's record of where the chosen candidate's data route came from."""
    doc = json.loads((folder / MODEL_FILE).read_text())
    part = doc["finetuned"]
    part["chosen_on"] = (
        f"{part['chosen_on']}; round twelve: DOCS_RULE_13's candidate {chosen} (planted13 "
        f"after its epoch {chosen[1]}; data thresholds by docs_dev.pick_joint; "
        "benchmarks/guard/docs_dev13.py)"
    )
    part["docs_rule"] = DOCS_RULE_13
    if chosen.endswith("b"):
        doc["stack"]["built_from"]["round_twelve_data"] = (
            f"data route and sentence classifier refitted with {c['n']['train']} clean "
            f"technical-documentation chunks (kind {docs_dev.KIND}; DOCS_RULE_13's (b))"
        )
    (folder / MODEL_FILE).write_text(json.dumps(doc, indent=1) + "\n")


def finish() -> None:
    """The chosen candidate's files (``CHOSEN``) into the shipped data folder."""
    report = json.loads(OUT.read_text())
    if report["chosen"] is None:
        raise SystemExit("DOCS_RULE_13 not met; nothing written")
    for name in SHIPPED_FILES:
        shutil.copy(CHOSEN / name, data_path(name))
    print(f"{report['chosen']}: {', '.join(SHIPPED_FILES)} written")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heads", action="store_true", help="each epoch's classifier files")
    parser.add_argument("--rule", action="store_true", help="read DOCS_RULE_13 (heavy)")
    parser.add_argument("--finish", action="store_true", help="ship the chosen candidate")
    args = parser.parse_args()
    if args.heads:
        write_heads()
    if args.rule:
        report = asyncio.run(rule13())
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(report, indent=1, default=str) + "\n")
        print(json.dumps({k: v for k, v in report.items() if k != "rule"}, indent=1, default=str))
    if args.finish:
        finish()


if __name__ == "__main__":
    main()
