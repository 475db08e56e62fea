"""Fine-tune all-MiniLM-L6-v2 for harm (``minigate/guard/classifier.py``) on CPU, in pieces.

Data: the harm rows the frozen-vector gate is built from (``build_artifacts.harm_rows``: the
train halves of OpenAI's moderation samples, AdvBench and XSTest, Do-Not-Answer,
SimpleSafetyTests, the shared benign sets and the hand-written rows; repositories, commits
and licences in ``sources.py`` and ``../shared/data/README.md``; no test split is read).
The model: LoRA rank 8 on every linear layer of the six blocks (as the PII tagger), mean
pooling, and one linear layer of heads: ``harmful`` (the gate, weighed by the benign groups'
shares as the frozen gate is) and the moderation categories (each only on rows labelled for
it, class-balanced).

Folds are ``build_artifacts``' five (row index mod 5). ``--fold 0`` trains on folds 1-4 and
saves fold 0's probabilities at each epoch's end; fold 0 is the dev fold on which thresholds,
the epoch and the shipping decision are made (``--compare``). Each run trains for at most
``--minutes`` and leaves a checkpoint in ``.cache/harm-ft``; run it again to go on.

    OMP_NUM_THREADS=2 flock /tmp/heavy.lock nice -n 5 python benchmarks/guard/train_harm.py --fold 0
    ... train_harm.py --compare      # dev-fold figures against round seven's pipeline
    ... train_harm.py --finish 2 --mode mean   # ship fold 0's model after its third epoch

``--new-rows`` adds round ten's rows (HarmBench, hand-written WEAK_PAIRS; ``fetch_sources.sh``
fetches HarmBench) to training, with fold 0 unchanged; ``--rows11`` adds round eleven's
WEAK_PAIRS_11 too (the recipe of the shipped model, round eleven's run a). Round eleven's rule
(HARM_RULE_11) is decided on held-out dev rows, each candidate finished into a folder of its
own and scored by the runtime scanner beside the shipped files:

    HARM_FT_CACHE=.cache/harm-ft11a ... train_harm.py --fold 0 --rows11
    ... train_harm.py --pick11 .cache/harm-ft11a [.cache/harm-ft11b]   # writes nothing shipped
    HARM_FT_CACHE=.cache/harm-ft11a ... train_harm.py --finish 3 --mode mean --rows11

Round thirty-three adds the spent, independently written fresh sets to the fit rows
(``--spent``: names from ``build_artifacts.SPENT_SETS`` and ``SPENT_UNPAIRED``, ``design`` for
all but HARM_FRESH_63 and harmfresh67's two, ``all``), in fold ``TRAIN_ONLY`` so fold 0 is
unchanged; ``--points12`` sets a finished candidate's points again by round twelve's recipe
(``benchmarks/guard/harm69.py``):

    HARM_FT_CACHE=.cache/harm-ft33e ... train_harm.py --fold 0 --rows11 --spent all --minutes 9
    HARM_FT_CACHE=.cache/harm-ft33e ... train_harm.py --rows11 --spent all --finish 3 \
        --mode mean --into .cache/harm69/E --points12

The shipped model is the fold-0 one (trained on 80% of the rows): its operating points and
its heads' Platt scaling are chosen on rows it never saw. Training on every row would need
the points chosen on one model and used on another; at ~0.6-2 s a step on this machine,
five-fold cross-validation did not fit this round.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import build_artifacts as ba
import guardlib
import numpy as np
import torch
from checkpoints import resume, save, trainable, warmup_then_linear

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minigate.backends.builtin import resolve_weights
from minigate.backends.onnx_encoder import pad
from minigate.digest import file_sha256
from minigate.guard import classifier as clf
from minigate.guard import lora
from minigate.guard.normalize import variants
from minigate.guard.protocol import EmbedFn
from minigate.guard.scanners.harm_categories import HEADS

CACHE = Path(os.environ.get("HARM_FT_CACHE", guardlib.ROOT / ".cache" / "harm-ft"))
BASE_MODEL = "builtin:minilm"
RANK, ALPHA = 8, 16.0
EPOCHS, BATCH, LR, HEAD_LR, WARMUP = 4, 16, 5e-4, 2e-3, 30
MAX_LENGTH = 64  # word pieces in training, [CLS] and [SEP] included
HEAD_WEIGHT = 0.5
NAMES = ("harmful", *HEADS)
# HARM_FT_SEED_OFFSET: a further run of the same recipe with another initialisation and order
# (round ten's second run; with HARM_FT_CACHE pointing to its own folder)
SEED = guardlib.SEED + 88 + int(os.environ.get("HARM_FT_SEED_OFFSET", "0"))


def rows(extra: int = 0, spent: tuple[str, ...] = ()) -> dict[str, Any]:
    """Round eight's rows in their five folds; with ``extra`` (10, 11 or 12), the new rows of the
    rounds up to it (the train half of ``extra_rows``) after them in fold ``TRAIN_ONLY``, so
    fold 0 stays round eight's; with ``spent`` (round thirty-three), the named spent fresh sets'
    rows (``build_artifacts.spent_labelled``: harmful rows with their kind's heads, benign rows
    as group-1 look-alikes) after those, in fold ``TRAIN_ONLY`` too."""
    texts, y, heads, groups = ba.harm_rows()
    labels = np.column_stack([y.astype(np.int64), *[heads[h] for h in HEADS]])
    fold = np.arange(len(texts)) % 5
    if extra:
        seen = set(texts)
        new = [r for r in extra_rows("train", extra) if r.text not in seen]
        texts = [*texts, *(r.text for r in new)]
        y = np.concatenate([y, [r.harmful for r in new]]).astype(bool)
        labels = np.vstack([labels, [[int(r.harmful), *r.heads] for r in new]])
        groups = np.concatenate([groups, [0 if r.harmful else 1 for r in new]])
        fold = np.concatenate([fold, np.full(len(new), TRAIN_ONLY)])
    if spent:
        seen = set(texts)
        more = [r for r in ba.spent_labelled(spent) if r[0] not in seen]
        texts = [*texts, *(t for t, _, _ in more)]
        y = np.concatenate([y, [h for _, h, _ in more]]).astype(bool)
        add = [[int(h), *(k.get(x, -1) for x in HEADS)] for _, h, k in more]
        labels = np.vstack([labels, np.array(add, dtype=labels.dtype).reshape(-1, labels.shape[1])])
        groups = np.concatenate([groups, [0 if h else 1 for _, h, _ in more]])
        fold = np.concatenate([fold, np.full(len(more), TRAIN_ONLY)])
    folded = [variants(t).texts[0] for t in texts]
    return {
        "texts": texts,
        "folded": folded,
        "y": y,
        "labels": labels,
        "groups": groups,
        "fold": fold,
        "weights": ba.balanced(groups, ba.HARM_SHARES),
    }


# ---------------------------------------------------------------- round ten's new rows

TRAIN_ONLY = 5  # the fold of the new rows: never a dev fold
SOURCES = guardlib.ROOT / ".cache" / "harm-sources"
# HarmBench's behaviours (centerforaisafety/HarmBench, MIT), from a repository that vendors
# them unchanged with HarmBench's licence file (fetch_sources.sh names it and its commit)
HARMBENCH = (
    SOURCES
    / "busycalibrating+AdversariaLLM"
    / "data"
    / "behavior_datasets"
    / "harmbench_behaviors_text_all.csv"
)
# HarmBench's semantic categories as moderation heads (others: unknown, -1)
HARMBENCH_HEADS = {
    "illegal": "illicit",
    "chemical_biological": "illicit",
    "cybercrime_intrusion": "illicit",
    "harassment_bullying": "harassment",
}


@dataclass(frozen=True)
class NewRow:
    text: str
    harmful: bool
    heads: tuple[int, ...]  # one label per HEADS entry, -1 unknown
    source: str
    key: str  # what the 50/50 split hashes (a hand-written pair shares one key)


def half_of(key: str) -> str:
    """``train`` or ``dev``: the first byte of the key's SHA-256, even or odd."""
    import hashlib

    return "train" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "dev"


def _heads(known: dict[str, int], default: int) -> tuple[int, ...]:
    return tuple(known.get(h, default) for h in HEADS)


def new_rows(upto: int = 10) -> list[NewRow]:
    """Every new row of round ten: HarmBench's 200 ``standard`` behaviours (the contextual
    ones need their context, the copyright ones are not harm) and the hand-written pairs
    (``WEAK_PAIRS``); with ``upto`` 11, round eleven's pairs too (``WEAK_PAIRS_11``); with
    12, round twelve's (``WEAK_PAIRS_12``)."""
    import csv

    import handwritten

    out = []
    with HARMBENCH.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["FunctionalCategory"] != "standard":
                continue
            head = HARMBENCH_HEADS.get(row["SemanticCategory"])
            text = row["Behavior"].strip()
            known = {head: 1} if head else {}
            out.append(NewRow(text, True, _heads(known, -1), "harmbench", text))
    out += paired_rows(handwritten.WEAK_PAIRS, "hand-written")
    if upto >= 11:
        out += paired_rows(handwritten.WEAK_PAIRS_11, THIRD_SOURCE)
    if upto >= 12:
        out += paired_rows(handwritten.WEAK_PAIRS_12, FOURTH_SOURCE)
    return out


THIRD_SOURCE = "hand-written 11"  # round eleven's pairs: their dev half is the third dev set
FOURTH_SOURCE = "hand-written 12"  # round twelve's: their dev half is the fourth dev set


def paired_rows(pairs_by: dict[str, list[tuple[str, str]]], source: str) -> list[NewRow]:
    """Hand-written (harmful, benign) pairs keyed by the harmful side's category; both rows
    of a pair share its key, so the 50/50 split keeps them together."""
    out = []
    for category, pairs in pairs_by.items():
        head = category if category in HEADS else category.split("/")[0]
        known = {head: 1} if head in HEADS else {}
        if category == "harassment/threatening":
            known["violence"] = 1
        for harmful, benign in pairs:
            out.append(NewRow(harmful, True, _heads(known, -1), source, harmful))
            out.append(NewRow(benign, False, _heads({}, 0), source, harmful))
    return out


def extra_rows(half: str, upto: int = 10) -> list[NewRow]:
    return [r for r in new_rows(upto) if half_of(r.key) == half]


def build_model() -> tuple[Any, Any, dict[str, lora.LoraLinear]]:
    torch.manual_seed(SEED)
    encoder, tokenizer = lora.load_base(resolve_weights(BASE_MODEL))
    model = clf.build_module(encoder, len(NAMES))
    for p in model.encoder.parameters():
        p.requires_grad_(False)
    adapters = lora.add_adapters(model, RANK, ALPHA)
    return model, tokenizer, adapters


def encode(tokenizer: Any, texts: list[str], max_length: int) -> list[list[int]]:
    cls, sep = (tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]"))
    out = []
    for enc in tokenizer.encode_batch(texts, add_special_tokens=False):
        out.append([cls, *enc.ids[: max_length - 2], sep])
    return out


def loss_of(logits: torch.Tensor, labels: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
    """The gate's weighted loss plus ``HEAD_WEIGHT`` times the category heads' (each only on
    rows labelled for it, class-balanced by ``POS_WEIGHT``). A label of -1 is unknown: the
    joint classifier (``train_guard.py``) mixes in rows that say nothing about harm."""
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    gated = labels[:, 0] >= 0
    gate = torch.zeros((), dtype=logits.dtype)
    if gated.any():
        per_row = bce(logits[:, 0], labels[:, 0].clamp(min=0).float(), reduction="none")
        gate = (per_row * weights * gated).sum() / gated.sum()
    cats = slice(1, 1 + len(HEADS))
    known = labels[:, cats] >= 0
    if not known.any():
        return gate
    head_labels = labels[:, cats].clamp(min=0).float()
    # class balance per head, from the whole training set (POS_WEIGHT, set in train)
    per = bce(logits[:, cats], head_labels, reduction="none", pos_weight=POS_WEIGHT[0])
    heads = (per * known).sum() / known.sum()
    return gate + HEAD_WEIGHT * heads


POS_WEIGHT: list[torch.Tensor] = [torch.ones(len(HEADS))]


@dataclass
class Job:
    """One resumable training run: what ``run`` needs besides the model."""

    name: str
    ids: list[list[int]]  # every row's word pieces
    labels: torch.Tensor  # (rows, heads), -1 where unknown
    weights: torch.Tensor  # (rows,)
    order: Callable[[int], np.ndarray]  # epoch -> the rows it trains on, in order
    epochs: int
    loss: Callable[[torch.Tensor, torch.Tensor, torch.Tensor], torch.Tensor]
    evaluate: Callable[[Any, int], dict[str, Any]] | None  # (model, epoch) -> history entry
    lr: float = LR
    head_lr: float = HEAD_LR


def set_pos_weight(labels: torch.Tensor) -> None:
    """The category heads' class balance, from the rows trained on."""
    head = labels[:, 1 : 1 + len(HEADS)]
    pos, neg = (head == 1).sum(0).float(), (head == 0).sum(0).float()
    POS_WEIGHT[0] = (neg / pos.clamp(min=1)).clamp(max=20.0)


def run(job: Job, model: Any, minutes: float, cache: Path) -> None:
    """Train ``model`` on ``job`` for at most ``minutes``, from the checkpoint in ``cache``
    where there is one; each epoch's end is checkpointed (and evaluated) on its own."""
    started = time.monotonic()
    steps_per_epoch = (len(job.order(0)) + BATCH - 1) // BATCH
    total = job.epochs * steps_per_epoch
    params = trainable(model)
    groups = [
        {"params": [p for n, p in params.items() if not n.startswith("head.")], "lr": job.lr},
        {"params": [p for n, p in params.items() if n.startswith("head.")], "lr": job.head_lr},
    ]
    optimizer = torch.optim.AdamW(groups, weight_decay=0.01)
    schedule = warmup_then_linear(optimizer, WARMUP, total)
    checkpoint = cache / f"{job.name}.pt"
    state = resume(checkpoint, model, optimizer, schedule)
    print(f"{job.name}: {steps_per_epoch} steps an epoch, at step {state['step']}/{total}")
    sys.stdout.flush()
    model.train()
    tick = time.monotonic()
    while state["step"] < total and time.monotonic() - started < minutes * 60:
        epoch, at = divmod(state["step"], steps_per_epoch)
        chosen = job.order(epoch)[at * BATCH : (at + 1) * BATCH]
        batch_ids, mask = map(torch.from_numpy, pad([job.ids[i] for i in chosen]))
        loss = job.loss(model(batch_ids, mask), job.labels[chosen], job.weights[chosen])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        schedule.step()
        state["step"] += 1
        if state["step"] % 25 == 0:
            per = (time.monotonic() - tick) / 25
            tick = time.monotonic()
            print(f"step {state['step']} epoch {epoch} loss {loss.item():.4f} {per:.2f} s/step")
            sys.stdout.flush()
        if state["step"] % steps_per_epoch == 0:
            if job.evaluate is not None:
                model.eval()
                state["history"].append(job.evaluate(model, epoch))
                model.train()
            save(model, optimizer, schedule, state, cache / f"{job.name}_epoch{epoch}.pt")
            save(model, optimizer, schedule, state, checkpoint)
    save(model, optimizer, schedule, state, checkpoint)
    print(f"stopped at step {state['step']}/{total} after {time.monotonic() - started:.0f} s")


def train(fold: int | None, minutes: float, extra: int, spent: tuple[str, ...] = ()) -> None:
    data = rows(extra, spent)
    model, tokenizer, _ = build_model()
    fit = np.flatnonzero(data["fold"] != fold) if fold is not None else np.arange(len(data["y"]))
    held = np.flatnonzero(data["fold"] == fold) if fold is not None else np.array([], int)
    labels = torch.tensor(data["labels"])
    set_pos_weight(labels[fit])
    name = run_name(fold)
    print(f"{name}: {len(fit)} fit rows, {len(held)} held out")

    def evaluate(model: Any, epoch: int) -> dict[str, Any]:
        probs = predict(model, tokenizer, [data["folded"][i] for i in held])
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(CACHE / f"{name}_epoch{epoch}_probs.npy", probs)
        auc = ba._auc(probs[:, 0], data["y"][held])
        print(f"epoch {epoch}: dev gate AUC {auc:.4f}", flush=True)
        return {"epoch": epoch, "dev_auc": auc}

    job = Job(
        name=name,
        ids=encode(tokenizer, data["folded"], MAX_LENGTH),
        labels=labels,
        weights=torch.tensor(data["weights"], dtype=torch.float32),
        order=lambda epoch: fit[np.random.default_rng(SEED + epoch).permutation(len(fit))],
        epochs=EPOCHS,
        loss=loss_of,
        evaluate=evaluate if len(held) else None,
    )
    run(job, model, minutes, CACHE)


def predict(model: Any, tokenizer: Any, texts: list[str], max_length: int = 128) -> np.ndarray:
    encoded = encode(tokenizer, texts, max_length)
    out = np.zeros((len(texts), int(model.head.out_features)), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
    with torch.inference_mode():
        for start in range(0, len(order), 32):
            chosen = order[start : start + 32]
            batch_ids, mask = map(torch.from_numpy, pad([encoded[i] for i in chosen]))
            out[chosen] = torch.sigmoid(model(batch_ids, mask)).numpy()
    return out


def run_name(fold: int | None) -> str:
    return "all" if fold is None else f"fold{fold}"


# ---------------------------------------------------------------- dev-fold comparison

SHIP_RULE = (
    "Fixed before any test split was read this round: on dev fold 0 (764 train-side rows the "
    "fine-tuned model never saw), thresholds chosen there by HARM_CAPS with pattern hits "
    "counting as flagged, the fine-tuned gate (alone, or averaged in logit space with round "
    "seven's stack) ships if it detects more harmful rows than round seven's stack (out of "
    "fold on the same rows) at balanced, and no fewer of XSTest's unsafe train prompts."
)


# Round ten: the same model retrained on more and harder rows (``extra_rows``). Fixed before any
# result of its runs was read.
HARM_RULE_10 = (
    "Round ten, fixed before any result of its runs: dev fold 0 is round eight's 764 rows "
    "exactly (the new rows are train only, never in fold 0). Candidates: each epoch of the "
    "round's run(s); the one picked has the most harmful rows caught on fold 0 at balanced in "
    "mean mode (logit mean with round seven's stack, as round eight ships; thresholds chosen on "
    "fold 0 by HARM_CAPS, pattern hits counting as flagged; ties: fewer group-1 look-alikes "
    "flagged, then the earlier epoch). It ships if, at balanced, it catches more than round "
    "eight's 250/300 harmful, at least 15/16 of XSTest's unsafe train prompts, every benign "
    "group within HARM_CAPS, and on the second dev set (the held-out half of each new source "
    "and of the new hand-written rows, split by a hash; every row scored by the runtime harm "
    "scanner at balanced with the files each model ships with) catches no fewer harmful and "
    "flags no more benign than round eight's shipped model. The moderation heads' thresholds: "
    "--finish's F0.5 rule (HEAD_BETA 0.5; a head with fewer than 10 dev positives, or a lower "
    "dev AUC than round seven's head, keeps round seven's)."
)


# Round eleven: more hand-written pairs of the weak kinds, and a rule that does not hinge on one
# noisy fold (round ten: fold 0 moved by about 12 rows between runs of one recipe). Fixed and
# committed before any result of its runs was read.
HARM_RULE_11 = (
    "Round eleven, fixed before any result of its runs. Candidates: the 4 epochs of run a "
    "(train_harm.py --fold 0 --rows11: round eight's fit rows plus the train halves of "
    "HarmBench's standard behaviours, WEAK_PAIRS and WEAK_PAIRS_11, round eight's recipe and "
    "seed) and, only if it is started before 17:20 UTC, the 4 epochs of run b (the same rows, "
    "HARM_FT_SEED_OFFSET=1). Each candidate is written by --finish EPOCH --mode mean into a "
    "folder of its own (operating points by HARM_CAPS on dev fold 0, heads by the F0.5 rule) "
    "and scored by the runtime harm scanner at balanced on the pooled held-out dev sets: the "
    "second (dev halves of HarmBench and WEAK_PAIRS) and the third (dev half of WEAK_PAIRS_11). "
    "Pick: most pooled harmful caught; ties: fewer pooled benign flagged, then fewer fold-0 "
    "look-alikes (group 1) flagged, then the earlier candidate. It ships if (a) on dev fold 0 "
    "(round eight's 764 rows) at balanced in mean mode it catches at least 240/300 harmful "
    "(non-inferior to round eight's 250 within the spread of one recipe, 226-248 over round "
    "ten's eight epochs), at least 15/16 XSTest-train unsafe, every benign group within "
    "HARM_CAPS; (b) on the pooled dev sets, against round eight's shipped files scored the same "
    "way, it catches at least 10 more harmful rows, the gain significant by an exact one-sided "
    "McNemar test on the paired harmful rows (p < 0.05), and flags no more benign rows; (c) on "
    "the third dev set alone it catches more harmful rows than round eight's shipped model. "
    "The pooled figure is optimistic (the pick is made on it); the fold-0 figure is reported "
    "beside it. The category heads: --finish's F0.5 rule (HEAD_BETA 0.5; a head with fewer than "
    "10 dev positives or a lower dev AUC than round seven's keeps round seven's)."
)
HEADS_RULE_11 = (
    "Round nine's rule, as HEADS_RULE_10 applied it to round eight's model: a head with fewer "
    "than HEAD_MIN_POSITIVES (10) dev positives, or a dev AUC below round seven's head, keeps "
    "round seven's; the others are Platt-scaled and thresholded at the best F0.5 (HEAD_BETA) "
    "on dev fold 0, from the shipped model's own fold-0 probabilities."
)
RULE_11 = {"fold0 harmful": 240, "xstest unsafe": 15, "pooled gain": 10, "p": 0.05}
CANDIDATES = guardlib.ROOT / ".cache" / "harm-candidates"


def mcnemar_one_sided(gained: int, lost: int) -> float:
    """P(at least ``gained`` of the ``gained + lost`` discordant pairs go the candidate's way)
    when either way is equally likely: the exact one-sided McNemar test."""
    from math import comb

    n = gained + lost
    return sum(comb(n, k) for k in range(gained, n + 1)) / 2**n if n else 1.0


def fold0_check(cache: Path, epoch: int, data: dict[str, Any]) -> dict[str, Any]:
    """A candidate's fold-0 figures at balanced in mean mode (``report``'s) and condition (a)."""
    dev = np.flatnonzero(data["fold"] == 0)
    r7 = round_seven_cached(data)
    gate = np.zeros(len(data["y"]))
    gate[dev] = np.load(cache / f"fold0_epoch{epoch}_probs.npy")[:, 0]
    mean = 1 / (1 + np.exp(-(ba._logits(gate) + ba._logits(r7["stack"])) / 2))
    figures = report(mean, dev, data, patterns(data["texts"]))
    point = figures["balanced"]
    caught, xs = (
        int(point[k].split("/")[0]) for k in ("harmful caught", "xstest unsafe (train) caught")
    )
    groups = data["groups"][dev]
    within = all(
        int(point[f"group {g} flagged"].split("/")[0]) <= cap * int((groups == g).sum())
        for g, cap in ba.HARM_CAPS.items()
    )
    figures["meets (a)"] = bool(
        caught >= RULE_11["fold0 harmful"] and xs >= RULE_11["xstest unsafe"] and within
    )
    return figures


def pick11(caches: list[Path]) -> dict[str, Any]:
    """HARM_RULE_11: every candidate epoch in ``caches`` written into a folder of its own
    under CANDIDATES and scored on the pooled dev sets beside round eight's shipped files;
    the pick and whether it meets the rule. Nothing in the shipped data folder changes."""
    data = rows()
    dev = extra_rows("dev", 11)
    embed = gateway_embed()
    harmful = np.array([r.harmful for r in dev])
    third = np.array([r.source == THIRD_SOURCE for r in dev])
    _, base = dev_flags(None, dev, embed)
    shipped = np.array(base)
    doc: dict[str, Any] = {"rule": HARM_RULE_11, "round eight": dev_counts(base, dev)}
    found = []
    for cache in caches:
        for epoch in range(EPOCHS):
            if not (cache / f"fold0_epoch{epoch}_probs.npy").exists():
                continue
            name = f"{cache.name} epoch {epoch + 1}"
            folder = CANDIDATES / f"{cache.name}-epoch{epoch}"
            finish(0, epoch, "mean", 11, folder, cache)
            threshold, flags = dev_flags(folder, dev, embed)
            got = np.array(flags)
            gained = int((got & ~shipped & harmful).sum())
            lost = int((~got & shipped & harmful).sum())
            entry = {
                "folder": str(folder),
                "threshold": threshold,
                "fold 0": fold0_check(cache, epoch, data),
                "dev": dev_counts(flags, dev),
                "harmful gained/lost vs round eight": f"{gained}/{lost}",
                "mcnemar p": round(mcnemar_one_sided(gained, lost), 5),
                "meets (b)": bool(
                    gained - lost >= RULE_11["pooled gain"]
                    and mcnemar_one_sided(gained, lost) < RULE_11["p"]
                    and (got & ~harmful).sum() <= (shipped & ~harmful).sum()
                ),
                "meets (c)": bool(
                    (got & harmful & third).sum() > (shipped & harmful & third).sum()
                ),
            }
            doc[name] = entry
            found.append((name, got, entry))
    if not found:
        return doc | {"pick": None}

    def key(item: tuple[str, np.ndarray, dict[str, Any]]) -> tuple[int, int, int]:
        _, got, entry = item
        look_alikes = int(entry["fold 0"]["balanced"]["group 1 flagged"].split("/")[0])
        return (-int((got & harmful).sum()), int((got & ~harmful).sum()), look_alikes)

    name, _, entry = min(found, key=key)  # min keeps the earliest of equals
    ships = entry["fold 0"]["meets (a)"] and entry["meets (b)"] and entry["meets (c)"]
    return doc | {"pick": name, "ships": bool(ships)}


# Round twelve: operating points on more look-alikes, round eleven's still-missed kinds as new
# rows, a fourth dev set that neither picks nor sets a threshold. Fixed and committed before any
# result of this round (docs/guard-rounds.md, "Round twelve: harm (the rule, fixed before any
# result)").
HARM_RULE_12 = (
    "Round twelve, fixed before any result of its run. Operating points: HARM_CAPS over dev "
    "fold 0's benign groups, with group 1 (look-alikes) pooled with the benign rows of the "
    "second and third dev sets (52 + 30 + 79 = 161 look-alikes) and that pooled group capped at "
    "3% at balanced (x2.5 strict, x0.25 permissive with one row allowed), the other groups at "
    "HARM_CAPS; pattern hits count as flagged; fold 0 scored in mean mode (the fine-tuned "
    "gate's fold-0 probabilities averaged in logit space with round seven's out-of-fold "
    "stack), the dev rows by the runtime harm scanner with the candidate's files. The fourth "
    "dev set (dev half of WEAK_PAIRS_12) never sets a threshold nor picks. Candidates: T (the "
    "shipped model, round eleven's run a epoch 4, with only these points) and the 4 epochs of "
    "run c (train_harm.py --fold 0 --rows12: round eleven's rows plus WEAK_PAIRS_12's train "
    "half, round eight's recipe and seed), each finished into a folder of its own (heads by "
    "the F0.5 rule). Pick: most harmful caught on the pooled second and third dev sets at "
    "balanced (optimistic: the pick is made there and their benign rows set the points); "
    "ties: fewer pooled look-alikes flagged, then T, then the earlier epoch. A run-c pick "
    "ships if (a) on fold 0 at balanced it catches at least 240/300 harmful and 15/16 "
    "XSTest-train unsafe, and fold 0's groups 2-5 and the pooled look-alikes are within their "
    "caps; (b) on the fourth dev set, against the shipped files at their own balanced point, "
    "it catches at least 6 more harmful rows net, the gain significant by an exact one-sided "
    "McNemar test on the paired harmful rows (p < 0.05), and flags no more of its benign "
    "rows; (c) the pooled look-alike rate at balanced is at most 5%. If the pick is T, or a "
    "run-c pick fails, T ships if it meets (a) and (c) and flags no more of the fourth set's "
    "benign rows than the shipped files (a threshold change only: harm_encoder.* unchanged). "
    "Otherwise nothing in src/minigate/guard/data changes. The category heads: --finish's "
    "F0.5 rule (HEADS_RULE_11)."
)
RULE_12 = {
    "look-alike cap": 0.03,
    "fold0 harmful": 240,
    "xstest unsafe": 15,
    "fourth gain": 6,
    "p": 0.05,
    "pooled look-alike max": 0.05,
}
SHIPPED_RUN = (guardlib.ROOT / ".cache" / "harm-ft11a", 3)  # round eleven's shipped epoch
POOLED_SOURCES = ("harmbench", "hand-written", THIRD_SOURCE)  # the second and third dev sets


def fold0_mean(cache: Path, epoch: int, data: dict[str, Any]) -> np.ndarray:
    """Fold 0's scores in mean mode (as ``fold0_check``): the epoch's gate probabilities
    averaged in logit space with round seven's out-of-fold stack, one per fold-0 row."""
    dev = np.flatnonzero(data["fold"] == 0)
    gate = np.load(cache / f"fold0_epoch{epoch}_probs.npy")[:, 0].astype(np.float64)
    stack = round_seven_cached(data)["stack"][dev]
    return 1 / (1 + np.exp(-(ba._logits(gate) + ba._logits(stack)) / 2))


def dev_scores(folder: Path | None, dev: list[NewRow], embed: EmbedFn) -> np.ndarray:
    """The runtime harm scanner's probability per row with the files in ``folder`` (a row a
    pattern forces is flagged whatever its score; ``patterns`` says which)."""
    import asyncio

    from minigate.guard.scanners.harm import HarmOptions, HarmScanner

    scanner = HarmScanner(HarmOptions(), "harm", embed, folder)
    if not scanner.finetuned:
        raise SystemExit(f"{folder or 'the shipped data'} has no fine-tuned harm model.")

    async def scores() -> list[float]:
        return [(await scanner.assess(r.text))[0] for r in dev]

    return np.array(asyncio.run(scores()))


def pooled_points(
    fold0: np.ndarray, data: dict[str, Any], look: np.ndarray, look_forced: np.ndarray
) -> dict[str, float]:
    """HARM_RULE_12's operating points: fold 0's scores and groups, with the dev look-alikes'
    scores ``look`` added to group 1, whose balanced cap is RULE_12's."""
    dev = np.flatnonzero(data["fold"] == 0)
    score = np.concatenate([fold0, look])
    forced = np.concatenate([patterns(data["texts"])[dev], look_forced])
    groups = np.concatenate([data["groups"][dev], np.ones(len(look), dtype=int)])
    base = ba.HARM_CAPS | {1: RULE_12["look-alike cap"]}
    points = {}
    for name, k in ba.POINTS.items():
        caps = {g: c * k for g, c in base.items()}
        if k < 1.0:  # point_caps' floor: one row a group, never more than balanced
            caps = {
                g: min(base[g], max(c, 1.0 / max(1, int((groups == g).sum()))))
                for g, c in caps.items()
            }
        points[name] = threshold_at(score, forced, groups, caps)
    points["permissive"] = max(points["permissive"], points["balanced"])
    return points


def fold0_at(fold0: np.ndarray, t: float, data: dict[str, Any]) -> dict[str, Any]:
    """Fold 0 at threshold ``t`` (pattern hits flagged): harmful, XSTest-train unsafe and
    each benign group flagged."""
    dev = np.flatnonzero(data["fold"] == 0)
    flagged = (fold0 >= t) | patterns(data["texts"])[dev]
    y, groups = data["y"][dev], data["groups"][dev]
    xs = np.isin(np.array(data["texts"])[dev], guardlib.xstest()["train"].where(True))
    out = {"harmful caught": _of(flagged, y), "xstest unsafe (train) caught": _of(flagged, xs)}
    return out | {f"group {g} flagged": _of(flagged, groups == g) for g in sorted(ba.HARM_CAPS)}


def kind_of(dev: list[NewRow]) -> list[str]:
    """The WEAK_PAIRS_12 key of each row's pair ("" for private data; other sources: "")."""
    import handwritten

    kinds = {h: k or "private data" for k, ps in handwritten.WEAK_PAIRS_12.items() for h, _ in ps}
    return [kinds.get(r.key, "") for r in dev]


def by_kind(flags: np.ndarray, dev: list[NewRow]) -> dict[str, str]:
    """The fourth dev set per kind: harmful caught, benign flagged."""
    kinds = np.array(kind_of(dev))
    harmful = np.array([r.harmful for r in dev])
    out = {}
    for kind in sorted(set(kinds) - {""}):
        at = kinds == kind
        out[str(kind)] = f"{_of(flags, at & harmful)} caught, {_of(flags, at & ~harmful)} flagged"
    return out


def pick12(run: Path) -> dict[str, Any]:
    """HARM_RULE_12 over T and the epochs of ``run``: each candidate written into a folder of
    its own under CANDIDATES, its points set again on the pooled look-alikes, and scored on the
    dev sets beside the shipped files; the pick and what ships. The package's files stay."""
    import shutil

    data = rows()
    dev = extra_rows("dev", 12)
    embed = gateway_embed()
    harmful = np.array([r.harmful for r in dev])
    source = np.array([r.source for r in dev])
    pooled = np.isin(source, POOLED_SOURCES)
    fourth = source == FOURTH_SOURCE
    look = pooled & ~harmful
    forced = patterns([r.text for r in dev])
    fold0_look = int((data["groups"][data["fold"] == 0] == 1).sum())
    _, base = dev_flags(None, dev, embed)
    shipped = np.array(base)
    doc: dict[str, Any] = {
        "rule": HARM_RULE_12,
        "shipped": dev_counts(base, dev) | {"fourth by kind": by_kind(shipped, dev)},
    }
    candidates = [("T", *SHIPPED_RUN)]
    candidates += [
        (f"{run.name} epoch {e + 1}", run, e)
        for e in range(EPOCHS)
        if (run / f"fold0_epoch{e}_probs.npy").exists()
    ]
    found = []
    for order, (name, cache, epoch) in enumerate(candidates):
        folder = CANDIDATES / ("T" if name == "T" else f"{cache.name}-epoch{epoch}")
        if name == "T":
            folder.mkdir(parents=True, exist_ok=True)
            for path in ba.data_path("harm.json").parent.glob("harm*"):
                shutil.copyfile(path, folder / path.name)
        else:
            finish(0, epoch, "mean", 12, folder, cache)
        score = dev_scores(folder, dev, embed)
        fold0 = fold0_mean(cache, epoch, data)
        points = pooled_points(fold0, data, score[look], forced[look])
        write_points(folder, points, data, int(look.sum()), cache, epoch)
        t = points["balanced"]
        got = (score >= t) | forced
        at0 = fold0_at(fold0, t, data)
        n0 = {g: int(at0[f"group {g} flagged"].split("/")[0]) for g in ba.HARM_CAPS}
        looked = n0[1] + int(got[look].sum())
        pooled_rate = looked / (fold0_look + int(look.sum()))
        groups0 = data["groups"][data["fold"] == 0]
        within = (
            all(
                n0[g] <= cap * int((groups0 == g).sum())
                for g, cap in ba.HARM_CAPS.items()
                if g != 1
            )
            and pooled_rate <= RULE_12["look-alike cap"]
        )
        caught0, xs = (
            int(at0[k].split("/")[0]) for k in ("harmful caught", "xstest unsafe (train) caught")
        )
        gained = int((got & ~shipped & harmful & fourth).sum())
        lost = int((~got & shipped & harmful & fourth).sum())
        p = mcnemar_one_sided(gained, lost)
        no_more_benign = int((got & ~harmful & fourth).sum()) <= int(
            (shipped & ~harmful & fourth).sum()
        )
        entry = {
            "folder": str(folder),
            "operating points": points,
            "fold 0": at0 | {"auc": round(ba._auc(fold0, data["y"][data["fold"] == 0]), 4)},
            "pooled look-alikes flagged": f"{looked}/{fold0_look + int(look.sum())}",
            "dev": dev_counts([bool(f) for f in got], dev),
            "fourth by kind": by_kind(got, dev),
            "fourth harmful gained/lost vs shipped": f"{gained}/{lost}",
            "mcnemar p": round(p, 5),
            "meets (a)": bool(
                caught0 >= RULE_12["fold0 harmful"] and xs >= RULE_12["xstest unsafe"] and within
            ),
            "meets (b)": bool(
                gained - lost >= RULE_12["fourth gain"] and p < RULE_12["p"] and no_more_benign
            ),
            "meets (c)": bool(pooled_rate <= RULE_12["pooled look-alike max"]),
            "fourth benign no more than shipped": bool(no_more_benign),
        }
        doc[name] = entry
        found.append((order, name, int((got & harmful & pooled).sum()), looked, entry))
        print(name, json.dumps(entry), flush=True)

    def t_meets(entry: dict[str, Any]) -> bool:
        return bool(
            entry["meets (a)"]
            and entry["meets (c)"]
            and entry["fourth benign no more than shipped"]
        )

    _, pick, _, _, entry = min(found, key=lambda f: (-f[2], f[3], f[0]))
    ships = None
    if pick != "T" and entry["meets (a)"] and entry["meets (b)"] and entry["meets (c)"]:
        ships = pick
    elif t_meets(doc["T"]):
        ships = "T"
    return doc | {"pick": pick, "ships": ships}


def points12(folder: Path, cache: Path, epoch: int) -> dict[str, float]:
    """Round thirty-three: a finished candidate's full-mode operating points set again by
    round twelve's recipe (``pick12``'s ``pooled_points``: fold 0's mean-mode scores from the
    run's out-of-fold probabilities at ``epoch``, with the second and third dev sets' 109
    benign rows, scored by the runtime scanner with the candidate's files, pooled into group
    1, capped at 3% at balanced), written into ``folder``'s harm.json; where the permissive
    point falls back to 1.0, the candidate's own fold-0 permissive point is kept
    (``PERMISSIVE_KEPT``, as the shipped files were)."""
    data = rows()
    dev = extra_rows("dev", 12)
    harmful = np.array([r.harmful for r in dev])
    pooled = np.isin(np.array([r.source for r in dev]), POOLED_SOURCES)
    look = pooled & ~harmful
    forced = patterns([r.text for r in dev])
    score = dev_scores(folder, dev, gateway_embed())
    points = pooled_points(fold0_mean(cache, epoch, data), data, score[look], forced[look])
    write_points(folder, points, data, int(look.sum()), cache, epoch, keep_permissive=True)
    return points


def write_points(
    folder: Path,
    points: dict[str, float],
    data: dict[str, Any],
    looked: int,
    cache: Path,
    epoch: int,
    keep_permissive: bool = False,
) -> None:
    """Round twelve's points (``pooled_points``) into ``folder``'s harm.json, with what they
    were chosen on; with ``keep_permissive``, a permissive point that fell back to 1.0 is the
    candidate's own fold-0 one instead (``PERMISSIVE_KEPT``, as the shipped files were)."""
    doc = json.loads((folder / "harm.json").read_text())
    old = doc["finetuned"]["operating_points"]
    doc["finetuned"] |= {
        "operating_points": points,
        "chosen_on": f"train-side dev fold 0 ({int((data['fold'] == 0).sum())} rows) with "
        f"the second and third dev sets' {looked} benign rows as look-alikes, "
        f"{cache.name} after epoch {epoch + 1}",
        "rule": HARM_RULE_12,
        "heads_rule": HEADS_RULE_11,
    }
    if keep_permissive and points["permissive"] >= 1.0:
        points["permissive"] = old["permissive"]
        doc["finetuned"]["permissive_rule"] = PERMISSIVE_KEPT
    (folder / "harm.json").write_text(json.dumps(doc, indent=1) + "\n")


PERMISSIVE_KEPT = (
    "Round twelve, decided after HARM_RULE_12's reading and said so in docs/guard.md: the "
    "rule's permissive point fell back to 1.0 (no threshold holds its one row of 161 "
    "look-alikes, for two of them are flagged by the wording patterns whatever the score), "
    "which would switch the gate off at permissive; the shipped permissive point (round "
    "eleven's, by HARM_CAPS on fold 0) is kept."
)


def ship12(folder: Path, keep_permissive: bool = False) -> None:
    """Copy a candidate's harm_encoder.* and harm.json (the files pick12 scored, byte for
    byte) into the package's data folder; every other harm file must already be equal. With
    ``keep_permissive``, harm.json keeps the shipped permissive point where the candidate's is
    the 1.0 fallback (``PERMISSIVE_KEPT``)."""
    import filecmp
    import shutil

    target = ba.data_path("harm.json").parent
    old = json.loads((target / "harm.json").read_text())["finetuned"]["operating_points"]
    for path in sorted(folder.glob("harm*")):
        if path.name in (*HARM_FILES, "harm.json"):
            shutil.copyfile(path, target / path.name)
        elif not filecmp.cmp(path, target / path.name, shallow=False):
            raise SystemExit(f"{path} differs from the shipped {path.name}; nothing else copied.")
    doc = json.loads((target / "harm.json").read_text())
    points = doc["finetuned"]["operating_points"]
    if keep_permissive and points["permissive"] >= 1.0:
        points["permissive"] = old["permissive"]
        doc["finetuned"]["permissive_rule"] = PERMISSIVE_KEPT
        (target / "harm.json").write_text(json.dumps(doc, indent=1) + "\n")
    print(f"shipped {', '.join((*HARM_FILES, 'harm.json'))} from {folder}: {points}")


def round_seven(data: dict[str, Any]) -> dict[str, np.ndarray]:
    """Round seven's shipped pipeline, out of fold (build_artifacts' five folds): the gate
    network over frozen MiniLM vectors stacked with the n-gram gate, neighbour cosines and
    request cues; and the category heads (logistic, Platt-scaled on their own OOF)."""
    import harm_heads
    from embedcache import cached_minilm

    from minigate.guard.normalize import fold
    from minigate.guard.scanners.harm_patterns import cues

    doc = json.loads(ba.data_path("harm.json").read_text())
    texts, y, groups, w = data["texts"], data["y"], data["groups"], data["weights"]
    x = cached_minilm(threads=2)(data["folded"])
    split = ba.folds(np.arange(len(texts)) % 5)
    mlp = doc["gate_mlp"]
    gate = np.zeros(len(y))
    for fit_rows, held in split:
        net = harm_heads.fit_mlp(
            x[fit_rows], y[fit_rows], w[fit_rows], int(mlp["hidden"]), float(mlp["weight_decay"])
        )
        gate[held] = net.prob(x[held])
    ngram = ba._ngram_oof(y, w, split, float(doc["ngram"]["C"]))
    near = np.zeros((len(y), 2))
    for fit_rows, held in split:
        harmful, safe = ba._harm_corpus(x, y, groups, fit_rows)
        near[held] = ba._neighbour_cosines(x, (x[harmful], x[safe]), held)
    z = np.column_stack([ba._logits(gate), ba._logits(ngram), near, [cues(fold(t)) for t in texts]])
    out = {"stack": ba._oof(z, y, w, split, 1.0)}
    labels = data["labels"]
    for k, head in enumerate(HEADS):
        lab = labels[:, k + 1]
        known = np.flatnonzero(lab >= 0)
        yk = lab[known] == 1
        wk = np.where(yk, 0.5 / max(1, yk.sum()), 0.5 / max(1, (~yk).sum())) * len(yk)
        score = np.full(len(y), np.nan)
        score[known] = ba._oof(x[known], yk, wk, ba.folds(np.arange(len(yk)) % 5), 4.0)
        out[head] = score
    return out


def patterns(texts: list[str]) -> np.ndarray:
    from minigate.guard.normalize import fold
    from minigate.guard.scanners.harm_categories import threat
    from minigate.guard.scanners.harm_patterns import harmful_request

    return np.array([bool(harmful_request(fold(t))) or threat(fold(t)) for t in texts])


def threshold_at(
    score: np.ndarray, forced: np.ndarray, groups: np.ndarray, caps: dict[int, float]
) -> float:
    """The lowest score threshold (among the scores themselves) whose false-positive rate, a
    pattern's hit counting as flagged, stays within ``caps`` in every benign group."""
    for t in np.unique(np.concatenate([score[~forced], [1.0]])):
        flagged = (score >= t) | forced
        if all(flagged[groups == g].mean() <= c for g, c in caps.items() if (groups == g).any()):
            return float(t)
    return 1.0


def report(
    score: np.ndarray, rows: np.ndarray, data: dict[str, Any], forced: np.ndarray
) -> dict[str, Any]:
    y, groups = data["y"][rows], data["groups"][rows]
    xs_unsafe = np.isin(np.array(data["texts"])[rows], guardlib.xstest()["train"].where(True))
    out: dict[str, Any] = {"auc": round(ba._auc(score[rows], y), 4)}
    for point, scale in (("balanced", 1.0), ("strict", 2.5)):
        caps = {g: c * scale for g, c in ba.HARM_CAPS.items()}
        t = threshold_at(score[rows], forced[rows], groups, caps)
        flagged = (score[rows] >= t) | forced[rows]
        out[point] = {
            "threshold": round(t, 6),
            "harmful caught": f"{int(flagged[y].sum())}/{int(y.sum())}",
            "xstest unsafe (train) caught": _of(flagged, xs_unsafe),
        } | {f"group {g} flagged": _of(flagged, groups == g) for g in sorted(ba.HARM_CAPS)}
    return out


def _of(flagged: np.ndarray, rows: np.ndarray) -> str:
    return f"{int(flagged[rows].sum())}/{int(rows.sum())}"


def heads_report(
    probs: np.ndarray, r7: dict[str, np.ndarray], rows: np.ndarray, data: dict[str, Any]
) -> dict[str, Any]:
    out = {}
    for k, head in enumerate(HEADS):
        lab = data["labels"][rows, k + 1]
        known = lab >= 0
        yk = lab[known] == 1
        out[head] = {
            "positives": int(yk.sum()),
            "fine-tuned auc": round(ba._auc(probs[rows][known, k + 1], yk), 4),
            "round seven auc": round(ba._auc(r7[head][rows][known], yk), 4),
        }
    return out


def compare(fold_k: int) -> dict[str, Any]:
    data = rows()
    dev = np.flatnonzero(data["fold"] == fold_k)
    forced = patterns(data["texts"])
    r7 = round_seven_cached(data)
    doc: dict[str, Any] = {"rule": SHIP_RULE, "dev rows": len(dev)}
    doc["round seven stack"] = report(r7["stack"], dev, data, forced)
    for epoch in range(EPOCHS):
        path = CACHE / f"fold{fold_k}_epoch{epoch}_probs.npy"
        if not path.exists():
            continue
        probs = np.zeros((len(data["y"]), len(NAMES)), dtype=np.float32)
        probs[dev] = np.load(path)
        gate = probs[:, 0].astype(np.float64)
        doc[f"epoch {epoch} fine-tuned gate"] = report(gate, dev, data, forced)
        mean = 1 / (1 + np.exp(-(ba._logits(gate) + ba._logits(r7["stack"])) / 2))
        doc[f"epoch {epoch} mean with round seven"] = report(mean, dev, data, forced)
        doc[f"epoch {epoch} heads"] = heads_report(probs, r7, dev, data)
    return doc


R7_CACHE = CACHE / "round_seven_oof.npz"


def round_seven_cached(data: dict[str, Any]) -> dict[str, np.ndarray]:
    if R7_CACHE.exists():
        saved = np.load(R7_CACHE)
        return {k: saved[k] for k in saved.files}
    out = round_seven(data)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(R7_CACHE, **out)
    return out


# Round nine: one classifier for harm and injection (train_guard.py) replaces harm_encoder.*
MODEL_FILE = "guard_encoder.json"
WEIGHTS_FILE = "guard_encoder.safetensors"
HARM_FILES = ("harm_encoder.json", "harm_encoder.safetensors")  # a harm-only model (--finish)
SERVE_LENGTH = 128  # word pieces per window when serving (the dev probabilities use it too)


def point_caps(groups: np.ndarray, scale: float) -> dict[int, float]:
    """``HARM_CAPS`` scaled for an operating point. On a fold this small, the permissive
    point's caps (x 0.25) allow no row at all, which leaves a threshold of 1.0 (the wording
    patterns alone); there each group may keep one flagged row, never more than balanced."""
    caps = {g: c * scale for g, c in ba.HARM_CAPS.items()}
    if scale >= 1.0:
        return caps
    return {
        g: min(ba.HARM_CAPS[g], max(c, 1.0 / max(1, int((groups == g).sum()))))
        for g, c in caps.items()
    }


# Round nine: a head's threshold weighs precision (round eight's best-F1 thresholds, on 5-20
# dev positives, fired with 15% and 7% precision on the test split's violence heads): the best
# F0.5 on the dev fold, and a head with fewer than HEAD_MIN_POSITIVES dev positives keeps
# round seven's. Fixed before the joint model's dev readings.
HEAD_BETA = 0.5
HEAD_MIN_POSITIVES = 10

HEADS_RULE_10 = (
    "Round ten, fixed before the shipped classifier's dev probabilities were recomputed: "
    "harm_encoder.* (byte for byte) and the gate's operating points and mode stay; the "
    "category heads get round nine's rule (harm_part's: a head with fewer than "
    "HEAD_MIN_POSITIVES dev positives, or a dev AUC below round seven's head, keeps round "
    "seven's; the others are Platt-scaled and thresholded at the best F0.5 on dev fold 0) from "
    "the shipped classifier's own probabilities on dev fold 0 (764 rows, folded texts, "
    "SERVE_LENGTH word pieces, as round eight's dev predictions were read). Those must "
    "reproduce round eight's documented dev AUCs of its six heads within 0.003 (harassment "
    "0.993, hate 0.975, violence 0.970, illicit 0.997, violence/graphic 0.932, sexual 0.999), "
    "or nothing ships."
)


def best_f_beta(score: np.ndarray, y: np.ndarray, beta: float = HEAD_BETA) -> float:
    best, chosen = -1.0, 0.5
    for t in ba.F1_GRID:
        flagged = score >= t
        tp = float((flagged & y).sum())
        f = (1 + beta**2) * tp / max(1.0, float(flagged.sum() + beta**2 * y.sum()))
        if f > best:
            best, chosen = f, float(t)
    return chosen


def write_classifier(
    model: Any,
    adapters: dict[str, lora.LoraLinear],
    names: tuple[str, ...],
    trained: Any,
    model_file: str = MODEL_FILE,
    weights_file: str = WEIGHTS_FILE,
    folder: Path | None = None,
) -> str:
    """The classifier's adapters and heads (float16) and its JSON, in ``folder`` or the
    shipped data folder; returns the JSON's name."""
    from safetensors.torch import save_file

    tensors = lora.adapter_tensors(adapters)
    tensors |= {f"head.{k}": v for k, v in model.head.state_dict().items()}
    weights_path = folder / weights_file if folder else ba.data_path(weights_file)
    save_file(
        {k: v.detach().to(torch.float16).contiguous() for k, v in tensors.items()},
        str(weights_path),
    )
    config = json.loads((resolve_weights(BASE_MODEL) / "config.json").read_text())
    spec = {
        "format": 1,
        "file": weights_file,
        "sha256": file_sha256(weights_path),
        "base": {"model": BASE_MODEL, "name_or_path": config["_name_or_path"]},
        "lora": {"rank": RANK, "alpha": ALPHA, "targets": lora.TARGETS.pattern},
        "heads": list(names),
        "max_length": SERVE_LENGTH,
        "trained": trained,
    }
    (folder / model_file if folder else ba.data_path(model_file)).write_text(
        json.dumps(spec, indent=1) + "\n"
    )
    return model_file


def tuned_heads(
    probs: np.ndarray, labels: np.ndarray, round_seven_dev: dict[str, np.ndarray]
) -> tuple[dict[str, list[float]], dict[str, float]]:
    """The fine-tuned category heads that replace round seven's, from the dev fold's
    probabilities and labels (columns ``NAMES``) and round seven's out-of-fold head scores
    on the same rows: those with at least HEAD_MIN_POSITIVES positives and a dev AUC at least
    round seven's, each with its Platt scaling and its best-F0.5 threshold."""
    from sklearn.linear_model import LogisticRegression

    calibration, thresholds = {}, {}
    for k, head in enumerate(HEADS, start=1):
        known = labels[:, k] >= 0
        yk = labels[known, k] == 1
        few = int(yk.sum()) < HEAD_MIN_POSITIVES
        if few or ba._auc(probs[known, k], yk) < ba._auc(round_seven_dev[head][known], yk):
            continue
        raw = ba._logits(probs[known, k])
        platt = LogisticRegression(C=1e4, max_iter=1000).fit(raw[:, None], yk)
        a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
        calibration[head] = [round(a, 6), round(b, 6)]
        thresholds[head] = best_f_beta(1 / (1 + np.exp(-(a * raw + b))), yk)
    return calibration, thresholds


def harm_part(
    probs: np.ndarray, fold_k: int, mode: str, chosen_on: str, model_file: str = MODEL_FILE
) -> dict[str, Any]:
    """harm.json's ``finetuned`` part from the dev fold's probabilities (rows of fold
    ``fold_k``, columns ``NAMES``): operating points, and the heads that replace round seven's
    (dev AUC at least as high, at least HEAD_MIN_POSITIVES positives), Platt-scaled, each at
    its best F0.5."""
    data = rows()
    dev = np.flatnonzero(data["fold"] == fold_k)
    forced = patterns(data["texts"])[dev]
    groups = data["groups"][dev]
    score = probs[:, 0]
    r7 = round_seven_cached(data)
    if mode == "mean":
        score = 1 / (1 + np.exp(-(ba._logits(score) + ba._logits(r7["stack"][dev])) / 2))
    points = {
        name: threshold_at(score, forced, groups, point_caps(groups, k))
        for name, k in ba.POINTS.items()
    }
    points["permissive"] = max(points["permissive"], points["balanced"])
    calibration, thresholds = tuned_heads(
        probs, data["labels"][dev], {h: r7[h][dev] for h in HEADS}
    )
    return {
        "file": model_file,
        "mode": mode,
        "operating_points": points,
        "calibration": calibration,
        "thresholds": thresholds,
        "chosen_on": chosen_on,
        "rule": SHIP_RULE,
    }


def finish(
    fold_k: int,
    epoch: int,
    mode: str,
    extra: int,
    folder: Path | None = None,
    cache: Path = CACHE,
    spent: tuple[str, ...] = (),
) -> None:
    """Write the fold's model at ``epoch`` (trained without the dev fold; its checkpoint in
    ``cache``) as harm_encoder.* (the harm scanner's own classifier; train_guard's joint
    model is guard_encoder.*) and, from the dev fold, its operating points and the heads'
    Platt scaling and thresholds. With ``folder``, a candidate: the shipped harm files are
    copied there and the candidate's written over them; the shipped ones stay as they are.
    ``spent``: the spent fresh sets the run trained on too (round thirty-three)."""
    data = rows(extra, spent)
    model, _, adapters = build_model()
    if folder is not None:
        import shutil

        folder.mkdir(parents=True, exist_ok=True)
        for path in ba.data_path("harm.json").parent.glob("harm*"):
            shutil.copyfile(path, folder / path.name)
    saved = torch.load(cache / f"fold{fold_k}_epoch{epoch}.pt", weights_only=False)
    model.load_state_dict(saved["params"], strict=False)
    trained = {
        "rows": int((data["fold"] != fold_k).sum()),
        "held_out_dev_fold": fold_k,
        "epochs": epoch + 1,
        "batch": BATCH,
        "lr": LR,
        "head_lr": HEAD_LR,
        "max_length": MAX_LENGTH,
        "sources": [ba.HARM_SOURCES, *EXTRA_SOURCES[: {0: 0, 10: 2, 11: 3, 12: 4}[extra]]],
    }
    if spent:
        trained["spent_sets"] = list(spent)
    model_file = write_classifier(model, adapters, NAMES, trained, *HARM_FILES, folder)
    probs = np.load(cache / f"fold{fold_k}_epoch{epoch}_probs.npy").astype(np.float64)
    chosen_on = f"train-side dev fold {fold_k} ({int((data['fold'] == fold_k).sum())} rows)"
    part = harm_part(probs, fold_k, mode, f"{chosen_on}, after epoch {epoch + 1}", model_file)
    if extra == 11:  # the gate by round eleven's rule, the heads by round nine's (F0.5)
        part |= {"rule": HARM_RULE_11, "heads_rule": HEADS_RULE_11}
    if extra >= 12:  # round twelve: its points are set again by pick12 (pooled look-alikes)
        part |= {"rule": HARM_RULE_12, "heads_rule": HEADS_RULE_11}
    if folder is None:
        ba._update("harm.json", {"finetuned": part})
    else:
        doc = json.loads((folder / "harm.json").read_text())
        (folder / "harm.json").write_text(json.dumps(doc | {"finetuned": part}, indent=1) + "\n")
    print(json.dumps({k: part[k] for k in ("operating_points", "thresholds")}, indent=1))


EXTRA_SOURCES = [
    "HarmBench standard behaviours (centerforaisafety/HarmBench, MIT; train half by hash)",
    "hand-written WEAK_PAIRS (train half by hash)",
    "hand-written WEAK_PAIRS_11 (train half by hash)",
    "hand-written WEAK_PAIRS_12 (train half by hash)",
]


def second_dev(folder: Path | None, upto: int = 10) -> dict[str, Any]:
    """The dev half of the new rows (round ten's; with ``upto`` 11, round eleven's pairs
    too) through the runtime harm scanner at ``balanced`` with the data files in ``folder``
    (the shipped ones when None): flagged as ``scan`` flags (the gate's score at its
    threshold, or a threat)."""
    dev = extra_rows("dev", upto)
    threshold, flagged = dev_flags(folder, dev, gateway_embed())
    doc: dict[str, Any] = {"threshold": threshold} | dev_counts(flagged, dev)
    doc["missed harmful"] = [
        r.text for f, r in zip(flagged, dev, strict=True) if r.harmful and not f
    ]
    doc["flagged benign"] = [
        r.text for f, r in zip(flagged, dev, strict=True) if not r.harmful and f
    ]
    return doc


DEV_SETS = {
    "second": ("harmbench", "hand-written"),
    "third": (THIRD_SOURCE,),
    "pooled": ("harmbench", "hand-written", THIRD_SOURCE),
    "fourth": (FOURTH_SOURCE,),
}


def dev_counts(flagged: list[bool], dev: list[NewRow]) -> dict[str, str]:
    """``caught/rows`` for harmful and benign rows, per source and per dev set."""
    doc = {}
    sets = {s: (s,) for s in ("harmbench", "hand-written", THIRD_SOURCE)} | DEV_SETS
    for name, sources in sets.items():
        for harmful, what in ((True, "harmful caught"), (False, "benign flagged")):
            chosen = [
                f
                for f, r in zip(flagged, dev, strict=True)
                if r.harmful == harmful and r.source in sources
            ]
            if chosen:
                doc[f"{name} {what}"] = f"{sum(chosen)}/{len(chosen)}"
    return doc


def gateway_embed() -> EmbedFn:
    _, model = guardlib.gateway_minilm(threads=2)

    async def embed(texts: list[str]) -> np.ndarray:
        return model(texts)

    return embed


def dev_flags(folder: Path | None, dev: list[NewRow], embed: EmbedFn) -> tuple[float, list[bool]]:
    """The runtime harm scanner's verdicts at ``balanced`` on ``dev`` with the data files in
    ``folder`` (the shipped ones when None), and its threshold."""
    import asyncio

    from minigate.guard.normalize import fold
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner
    from minigate.guard.scanners.harm_categories import threat

    scanner = HarmScanner(HarmOptions(), "harm", embed, folder)
    if not scanner.finetuned:
        raise SystemExit(f"{folder or 'the shipped data'} has no fine-tuned harm model.")

    async def flags() -> list[bool]:
        out = []
        for r in dev:
            harm = (await scanner.assess(r.text))[0]
            out.append(harm >= scanner.threshold or threat(fold(r.text)))
        return out

    return float(scanner.threshold), asyncio.run(flags())


# Round ten: round nine's rule for the shipped model's heads (HEADS_RULE_10).
SHIPPED_FILE = "harm_encoder.json"
ROUND_EIGHT_DEV_AUC = {
    "harassment": 0.993,
    "hate": 0.975,
    "violence": 0.970,
    "illicit": 0.997,
    "violence/graphic": 0.932,
    "sexual": 0.999,
}
AUC_TOLERANCE = 0.003


def shipped_dev_probs(texts: list[str]) -> np.ndarray:
    """The shipped classifier's head probabilities (columns ``NAMES``), read as round eight's
    dev predictions were: folded texts, SERVE_LENGTH word pieces, on torch."""
    model = clf.load_classifier(
        ba.data_path(SHIPPED_FILE), resolve_weights(BASE_MODEL), runtime="torch"
    )
    if model.heads != NAMES or model.spec.max_length != SERVE_LENGTH:
        raise SystemExit(f"{SHIPPED_FILE} is not round eight's classifier; nothing written.")
    return model.probs(texts).astype(np.float64)


def heads10(fold_k: int = 0) -> dict[str, Any]:
    """HEADS_RULE_10: recompute the shipped classifier's dev-fold probabilities, check them
    against round eight's documented head AUCs, and rewrite only harm.json's ``finetuned``
    calibration and thresholds (by ``tuned_heads``). Returns the per-head report."""
    data = rows()
    dev = np.flatnonzero(data["fold"] == fold_k)
    probs = shipped_dev_probs([data["folded"][i] for i in dev])
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(CACHE / f"shipped_fold{fold_k}_probs.npy", probs)
    labels = data["labels"][dev]
    aucs = {}
    for head, documented in ROUND_EIGHT_DEV_AUC.items():
        k = NAMES.index(head)
        known = labels[:, k] >= 0
        aucs[head] = round(ba._auc(probs[known, k], labels[known, k] == 1), 4)
        if abs(aucs[head] - documented) > AUC_TOLERANCE:
            raise SystemExit(f"{head}: dev AUC {aucs[head]} is not round eight's {documented}")
    r7 = round_seven_cached(data)
    rows7 = {h: r7[h][dev] for h in HEADS}
    calibration, thresholds = tuned_heads(probs, labels, rows7)
    doc = json.loads(ba.data_path("harm.json").read_text())
    old = doc["finetuned"]
    new = old | {
        "calibration": calibration,
        "thresholds": thresholds,
        "heads_rule": HEADS_RULE_10,  # "rule" and "chosen_on" stay the gate's (round eight)
    }
    ba._update("harm.json", {"finetuned": new})
    aucs7 = {
        h: round(ba._auc(rows7[h][labels[:, k] >= 0], labels[labels[:, k] >= 0, k] == 1), 4)
        for k, h in enumerate(HEADS, start=1)
    }
    report = {"rule": HEADS_RULE_10, "dev rows": len(dev), "dev auc": aucs, "round seven": aucs7}
    return report | {
        head: head_change(head, probs, labels, old, new, rows7[head], doc["heads"][head])
        for head in ROUND_EIGHT_DEV_AUC
    }


def head_change(
    head: str,
    probs: np.ndarray,
    labels: np.ndarray,
    old: dict[str, Any],
    new: dict[str, Any],
    round_seven_score: np.ndarray,
    round_seven_head: dict[str, Any],
) -> dict[str, Any]:
    """One head's dev-fold precision and recall under the old and the new ``finetuned`` part;
    a head the new part leaves out is round seven's (its out-of-fold score, Platt-scaled and
    thresholded as shipped)."""
    k = NAMES.index(head)
    known = labels[:, k] >= 0
    y = labels[known, k] == 1

    def at(part: dict[str, Any]) -> tuple[float, dict[str, Any]]:
        if head in part["calibration"]:
            (a, b), t, raw = part["calibration"][head], part["thresholds"][head], probs[known, k]
        else:
            (a, b), t = round_seven_head["calibration"], round_seven_head["threshold"]
            raw = round_seven_score[known]
        flagged = 1 / (1 + np.exp(-(a * ba._logits(raw) + b))) >= t
        return float(t), precision_recall(flagged, y)

    (t_old, before), (t_new, after) = at(old), at(new)
    return {
        "positives": int(y.sum()),
        "labelled": int(known.sum()),
        "head": "fine-tuned" if head in new["calibration"] else "round seven's",
        "threshold": f"{t_old} -> {t_new}",
        "before": before,
        "after": after,
    }


def precision_recall(flagged: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    from minigate.evals.stats import wilson

    tp, n, pos = int((flagged & y).sum()), int(flagged.sum()), int(y.sum())
    return {
        "flagged": n,
        "precision": f"{tp}/{n}",
        "precision ci": [round(v, 3) for v in wilson(tp, n)],
        "recall": f"{tp}/{pos}",
        "recall ci": [round(v, 3) for v in wilson(tp, pos)],
    }


# Round thirty-three: run D trains on the spent sets but the two newest (read on them); run E
# (the candidate) on every spent set.
DESIGN_HELD_OUT = ("HARM_FRESH_63", "LOOKALIKES_67", "HARMFUL_67")


def spent_sets(arg: str | None) -> tuple[str, ...]:
    every = (*ba.SPENT_SETS, *ba.SPENT_UNPAIRED)
    if not arg:
        return ()
    if arg == "all":
        return every
    if arg == "design":
        return tuple(s for s in every if s not in DESIGN_HELD_OUT)
    names = tuple(arg.split(","))
    unknown = [n for n in names if n not in every]
    if unknown:
        raise SystemExit(f"Unknown spent set {', '.join(unknown)}; name one of {', '.join(every)}.")
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fold", help="a fold 0-4 to hold out, or 'all'")
    parser.add_argument("--minutes", type=float, default=9.0)
    parser.add_argument("--compare", action="store_true", help="dev-fold figures as JSON")
    parser.add_argument("--finish", type=int, metavar="EPOCH", help="ship fold 0 at EPOCH")
    parser.add_argument("--mode", choices=("alone", "mean"), default="alone")
    parser.add_argument(
        "--new-rows",
        action="store_true",
        help="train on round ten's rows too (HarmBench, WEAK_PAIRS; the shipped model has none)",
    )
    parser.add_argument(
        "--rows11",
        action="store_true",
        help="train on round ten's and eleven's rows (WEAK_PAIRS_11 too)",
    )
    parser.add_argument(
        "--rows12",
        action="store_true",
        help="train on round ten's, eleven's and twelve's rows (WEAK_PAIRS_12 too)",
    )
    parser.add_argument(
        "--pick12",
        type=Path,
        metavar="CACHE",
        help="HARM_RULE_12 over T and the candidate epochs in this run folder",
    )
    parser.add_argument(
        "--ship12", type=Path, metavar="DIR", help="copy a --pick12 candidate into the package"
    )
    parser.add_argument(
        "--keep-permissive",
        action="store_true",
        help="--ship12: keep the shipped permissive point where the candidate's is 1.0",
    )
    parser.add_argument(
        "--into", type=Path, metavar="DIR", help="--finish a candidate into DIR, not the package"
    )
    parser.add_argument(
        "--pick11",
        nargs="+",
        type=Path,
        metavar="CACHE",
        help="HARM_RULE_11 over the candidate epochs in these run folders",
    )
    parser.add_argument(
        "--second-dev",
        nargs="?",
        const="",
        metavar="DATA_DIR",
        help="round ten's second dev set through the scanner (default: the shipped files)",
    )
    parser.add_argument(
        "--heads10", action="store_true", help="HEADS_RULE_10 on the shipped model's heads"
    )
    parser.add_argument(
        "--points12",
        action="store_true",
        help="with --finish and --into: set the points again by round twelve's recipe",
    )
    parser.add_argument(
        "--spent",
        metavar="SETS",
        help="round thirty-three: also train on these spent fresh sets (comma-separated names "
        "from build_artifacts.SPENT_SETS and SPENT_UNPAIRED, 'design' for run D's, 'all')",
    )
    args = parser.parse_args()
    spent = spent_sets(args.spent)
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
    extra = 12 if args.rows12 else 11 if args.rows11 else 10 if args.new_rows else 0
    if args.fold is not None:
        train(None if args.fold == "all" else int(args.fold), args.minutes, extra, spent)
    if args.compare:
        print(json.dumps(compare(0), indent=1))
    if args.finish is not None:
        finish(0, args.finish, args.mode, extra, args.into, CACHE, spent)
        if args.points12:
            if args.into is None:
                raise SystemExit("--points12 needs --into: a folder to write the candidate in.")
            print(json.dumps(points12(args.into, CACHE, args.finish), indent=1))
    if args.second_dev is not None:
        folder = Path(args.second_dev) if args.second_dev else None
        print(json.dumps(second_dev(folder, 11 if args.rows11 else 10), indent=1))
    if args.pick11:
        print(json.dumps(pick11(args.pick11), indent=1))
    if args.pick12:
        print(json.dumps(pick12(args.pick12), indent=1))
    if args.ship12:
        ship12(args.ship12, args.keep_permissive)
    if args.heads10:
        print(json.dumps(heads10(), indent=1))


if __name__ == "__main__":
    main()
