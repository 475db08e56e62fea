"""One fine-tuned MiniLM for the guard's input side: round eight's harm heads and two injection
heads on one shared LoRA adapter (``minigate/guard/classifier.py``), so that harm and injection
read the same forward pass of each window (issue 18, round nine).

Heads: ``harmful`` and the moderation categories (``train_harm.py``'s rows and loss, its dev
fold 0 held out), ``injection`` (prompts: build_stack's prompt documents, each window labelled
with its document) and ``planted`` (one sentence of data that addresses the assistant:
``build_segments.rows``, the planted-instruction model's rows). Injection rows come from the
train side only, with build_stack's leak-free groups and folds (``groups_of``); fold
``DEV_FOLD`` is held out as the injection dev fold, as build_stack's out-of-fold loop holds
it out (its documents, their sentences, and disguised copies of its prompts), and so are harm's
dev rows. The run starts from round eight's shipped harm adapter (trained on harm's folds 1-4
only) and goes on with harm's fit rows mixed in, so harm keeps its recipe while the adapter
learns injection.

    OMP_NUM_THREADS=2 flock /tmp/heavy.lock nice -n 5 python benchmarks/guard/train_guard.py \\
        --run joint2 --train --minutes 9   # resumable; run again to go on
    ... train_guard.py --predict 1   # dev-fold probabilities after the second epoch
    ... train_guard.py --compare 1   # dev-fold figures against round eight (JSON)
    ... train_guard.py --finish 1    # ship: classifier files, operating points
    ... train_guard.py --run planted13 --tech-docs --train --minutes 13   # round twelve:
        # needs docs_dev.py --read's cache (the documentation set's routes); docs_dev13.py reads it
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import build_artifacts as ba
import build_segments
import guardlib
import handwritten
import numpy as np
import torch
import train_harm as th
from build_stack import SHARES_PROMPT, folds_of, stack_docs

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minigate.guard import lora
from minigate.guard.normalize import fold, variants
from minigate.guard.scanners.injection import MAX_SENTENCES
from minigate.guard.segments import segments

CACHE = Path(os.environ.get("GUARD_FT_CACHE", guardlib.ROOT / ".cache" / "guard-ft"))
STACK_CACHE = guardlib.ROOT / ".cache" / "guard-stack" / "out_of_fold.npz"
NAMES = (*th.NAMES, "injection", "planted")
INJECTION, PLANTED = len(th.NAMES), len(th.NAMES) + 1
DEV_FOLD = 0
# Round nine ran two epochs (EPOCHS = 2), read them, then went on to a third with this
# three-epoch schedule (docs/guard.md).
EPOCHS = 3
# Rows an epoch: subsamples of the injection rows, and harm's fit rows: half of them in the
# first run ("joint": the other half the next epoch), whose harm gate fell short of the rule,
# every one in the second ("joint2"), as round eight trained harm (docs/guard.md).
HARM_PER_EPOCH = {"joint": 1527, "joint2": 3054, "planted10": 1527, "planted13": 1527}
# Round ten: a run may start from another run's checkpoint (run, epoch) instead of round
# eight's adapter; planted10 goes on from joint2_epoch1.pt (joint2 after its second epoch:
# checkpoint files count epochs from 0, so this is not round nine's chosen "joint2 epoch 1",
# joint2_epoch0.pt; docs/guard-rounds.md, round ten) with the hand-written requests between people
# in every epoch (HANDWRITTEN).
STARTS = {"planted10": ("joint2", 1), "planted13": ("planted10", 2)}
HANDWRITTEN = {"planted10", "planted13"}
# Round twelve (DOCS_RULE_13, docs_dev.py): planted13 goes on from the shipped head
# (planted10_epoch2.pt, round ten's "epoch 3") for two epochs, its planted head also trained on
# the technical-documentation train half's sentences as negatives (--tech-docs).
RUN_EPOCHS = {"planted13": 2}
TECH_DOCS = {"planted13"}
RUN = "joint2"
PROMPTS_PER_EPOCH = 2000
SENTENCES_PER_EPOCH = 2000
INJECTION_WEIGHT = 1.0
LR = 3e-4  # lower than round eight's 5e-4: the adapter starts trained
SEED = guardlib.SEED + 99
SHIPPED = "harm_encoder.safetensors"  # round eight's adapter, the starting point


def injection_folds(docs: list[Any]) -> np.ndarray:
    """build_stack's folds (``folds_of``), checked against those its cached out-of-fold
    signals were read on."""
    fold_of = folds_of(docs)
    if STACK_CACHE.exists():  # the folds the stack's out-of-fold signals were read on
        cached = np.load(STACK_CACHE)["fold_of"]
        if not np.array_equal(cached, fold_of):
            raise SystemExit(f"{STACK_CACHE} was read on other folds; rebuild it.")
    return fold_of


def read_sentences(text: str) -> list[str]:
    """A data text's sentences as the scanner reads them (``InjectionScanner.signals``)."""
    unique = dict.fromkeys(s for t in variants(text).texts for s in segments(t))
    return list(unique)[:MAX_SENTENCES]


def handwritten_sentences() -> list[tuple[str, int]]:
    """Round ten's rows for the planted head, split as the scanner reads data: every sentence
    of a request between people (handwritten.PEOPLE_REQUESTS) as a negative, every sentence
    of a planted request to the assistant (PLANTED_REQUESTS, one sentence each) as a
    positive."""
    rows = [(s, 0) for t in handwritten.PEOPLE_REQUESTS for s in read_sentences(t)]
    rows += [(s, 1) for t in handwritten.PLANTED_REQUESTS for s in read_sentences(t)]
    return list(dict.fromkeys(rows))


def tech_doc_sentences(unseen: set[str]) -> list[tuple[str, int]]:
    """DOCS_RULE_13's rows: every sentence of docs_dev's technical-documentation train half's
    data-routed chunks, as a negative of the planted head; a sentence also read in a dev-half
    chunk (routed anywhere) or in ``unseen`` (the dev fold's) is dropped."""
    import docs_dev  # imports guard_dev, which imports this module

    rows = docs_dev.tech_docs()
    saved = np.load(docs_dev.CACHE)
    if str(saved["digest"]) != docs_dev._digest(rows):
        raise SystemExit(f"{docs_dev.CACHE} holds other texts: run docs_dev.py --read")
    dev = {s for r in rows if r.half == "dev" for s in read_sentences(r.text)}
    train = [
        s
        for r, route in zip(rows, saved["route"], strict=True)
        if r.half == "train" and route == "data"
        for s in read_sentences(r.text)
    ]
    return [(s, 0) for s in dict.fromkeys(train) if s not in dev and s not in unseen]


def injection_rows(harm_dev: set[str]) -> dict[str, Any]:
    """The injection heads' rows outside the dev fold, and the dev fold's documents."""
    docs, _ = stack_docs()
    fold_of = injection_folds(docs)
    dev = [d for d, k in zip(docs, fold_of, strict=True) if k == DEV_FOLD]
    unseen = {p for d in dev for p in segments(fold(d.text))} | {fold(d.text) for d in dev}
    unseen |= harm_dev
    prompts = [
        (w, d.label, d.group)
        for d, k in zip(docs, fold_of, strict=True)
        if k != DEV_FOLD and d.source == "prompt" and fold(d.text) not in harm_dev
        for w, _ in d.windows
    ]
    seg_rows = build_segments.rows(build_segments.contexts(), build_segments.attacks())
    sentences = [r for r in seg_rows if r.text not in unseen]
    prompt_w = ba.balanced(np.array([g for *_, g in prompts]), SHARES_PROMPT)
    share = np.array([r.share for r in sentences])
    sentence_w = np.zeros(len(sentences))
    for name, part in build_segments.SHARES.items():
        sentence_w[share == name] = part / max(1, int((share == name).sum()))
    sentence_w *= len(sentences)
    return {
        "docs": docs,
        "fold_of": fold_of,
        "prompts": [(t, lab) for t, lab, _ in prompts],
        "prompt_weights": prompt_w,
        "sentences": [(r.text, r.label) for r in sentences],
        "sentence_weights": sentence_w,
        "unseen": unseen,
    }


def joint_rows() -> dict[str, Any]:
    harm = th.rows()
    harm_dev = {harm["folded"][i] for i in np.flatnonzero(harm["fold"] == DEV_FOLD)}
    inj = injection_rows(harm_dev)
    n_harm = len(harm["texts"])
    own = handwritten_sentences() if RUN in HANDWRITTEN else []
    if RUN in TECH_DOCS:
        own += tech_doc_sentences(inj["unseen"])
    sentences = inj["sentences"] + own
    texts = list(harm["folded"]) + [t for t, _ in inj["prompts"]] + [t for t, _ in sentences]
    labels = np.full((len(texts), len(NAMES)), -1, dtype=np.int64)
    labels[:n_harm, : len(th.NAMES)] = harm["labels"]
    n_prompts = len(inj["prompts"])
    labels[n_harm : n_harm + n_prompts, INJECTION] = [lab for _, lab in inj["prompts"]]
    labels[n_harm + n_prompts :, PLANTED] = [lab for _, lab in sentences]
    weights = np.concatenate(
        [harm["weights"], inj["prompt_weights"], inj["sentence_weights"], np.ones(len(own))]
    )
    # kind 3: the hand-written rows (and planted13's documentation sentences), every one in
    # every epoch (epoch_order)
    kind = np.repeat([0, 1, 2, 3], [n_harm, n_prompts, len(inj["sentences"]), len(own)])
    fit = np.flatnonzero((kind != 0) | (np.arange(len(texts)) % 5 != DEV_FOLD))
    return {
        "harm": harm,
        "inj": inj,
        "texts": texts,
        "labels": labels,
        "weights": weights,
        "kind": kind,
        "fit": fit,
    }


def loss_of(logits: torch.Tensor, labels: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
    """Harm's loss (``train_harm.loss_of``) plus the injection heads', each on its own rows."""
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    total = th.loss_of(logits, labels, weights)
    for col in (INJECTION, PLANTED):
        known = labels[:, col] >= 0
        if known.any():
            per = bce(logits[:, col], labels[:, col].clamp(min=0).float(), reduction="none")
            total = total + INJECTION_WEIGHT * (per * weights * known).sum() / known.sum()
    return total


def epoch_order(data: dict[str, Any]) -> Any:
    fit, kind = data["fit"], data["kind"]
    harm = fit[kind[fit] == 0]
    halves = np.random.default_rng(SEED).permutation(harm)
    caps = {1: PROMPTS_PER_EPOCH, 2: SENTENCES_PER_EPOCH}

    def order(epoch: int) -> np.ndarray:
        rng = np.random.default_rng(SEED + 1 + epoch)
        if HARM_PER_EPOCH[RUN] >= len(harm):
            part = [rng.permutation(harm)]
        else:
            part = [halves[(epoch % 2) :: 2][: HARM_PER_EPOCH[RUN]]]
        for k, cap in caps.items():
            rows = fit[kind[fit] == k]
            part.append(rng.choice(rows, min(cap, len(rows)), replace=False))
        part.append(fit[kind[fit] == 3])
        chosen = np.concatenate(part)
        return chosen[rng.permutation(len(chosen))]

    return order


def build_model(start: bool = True) -> tuple[Any, Any, dict[str, lora.LoraLinear]]:
    """The joint module, its adapters and harm heads started from round eight's file (with
    ``start``; a checkpoint loaded after replaces them)."""
    from safetensors.torch import load_file

    torch.manual_seed(SEED)
    encoder, tokenizer = lora.load_base(th.resolve_weights(th.BASE_MODEL))
    model = th.clf.build_module(encoder, len(NAMES))
    for p in model.encoder.parameters():
        p.requires_grad_(False)
    adapters = lora.add_adapters(model, th.RANK, th.ALPHA)
    if not start:
        return model, tokenizer, adapters
    shipped = load_file(str(ba.data_path(SHIPPED)))
    with torch.no_grad():
        for name, adapter in adapters.items():
            adapter.a.copy_(shipped[f"{name}.lora_a"].float())
            adapter.b.copy_(shipped[f"{name}.lora_b"].float())
        n = len(th.NAMES)
        model.head.weight[:n] = shipped["head.weight"].float()
        model.head.bias[:n] = shipped["head.bias"].float()
    return model, tokenizer, adapters


def train(minutes: float) -> None:
    data = joint_rows()
    model, tokenizer, _ = build_model(start=RUN not in STARTS)
    if RUN in STARTS:
        run, epoch = STARTS[RUN]
        saved = torch.load(CACHE / f"{run}_epoch{epoch}.pt", weights_only=False)
        model.load_state_dict(saved["params"], strict=False)
    labels = torch.tensor(data["labels"])
    th.set_pos_weight(labels[data["fit"]][data["kind"][data["fit"]] == 0])
    harm = data["harm"]
    held = np.flatnonzero(harm["fold"] == DEV_FOLD)
    counts = {k: int((data["kind"][data["fit"]] == k).sum()) for k in (0, 1, 2, 3)}
    print(
        f"fit rows: harm {counts[0]}, prompt windows {counts[1]}, sentences {counts[2]}, "
        f"hand-written sentences {counts[3]}"
    )

    def evaluate(model: Any, epoch: int) -> dict[str, Any]:
        probs = th.predict(model, tokenizer, [harm["folded"][i] for i in held])
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(CACHE / f"{RUN}_epoch{epoch}_harm_probs.npy", probs)
        auc = ba._auc(probs[:, 0], harm["y"][held])
        print(f"epoch {epoch}: harm dev gate AUC {auc:.4f}", flush=True)
        return {"epoch": epoch, "harm_dev_auc": auc}

    job = th.Job(
        name=RUN,
        ids=th.encode(tokenizer, data["texts"], th.MAX_LENGTH),
        labels=labels,
        weights=torch.tensor(data["weights"], dtype=torch.float32),
        order=epoch_order(data),
        epochs=RUN_EPOCHS.get(RUN, EPOCHS),
        loss=loss_of,
        evaluate=evaluate,
        lr=LR,
    )
    th.run(job, model, minutes, CACHE)


def main() -> None:
    import guard_dev

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--run", choices=sorted(HARM_PER_EPOCH), default=RUN)
    parser.add_argument("--train", action="store_true")
    parser.add_argument(
        "--tech-docs",
        action="store_true",
        help="planted13: confirm its rows include docs_dev's train-half sentences (required)",
    )
    parser.add_argument("--minutes", type=float, default=9.0)
    parser.add_argument("--predict", type=int, metavar="EPOCH", action="append", default=[])
    parser.add_argument("--compare", type=int, metavar="EPOCH", action="append", default=[])
    parser.add_argument("--finish", type=int, metavar="EPOCH")
    parser.add_argument("--sentences", type=int, default=1, help="data: top sentences read")
    args = parser.parse_args()
    if (args.run in TECH_DOCS) != args.tech_docs:
        parser.error(f"--tech-docs goes with the runs {sorted(TECH_DOCS)} and only with them")
    guard_dev.tg.RUN = args.run  # the module guard_dev reads (this file runs as __main__)
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
    if args.train:
        guard_dev.tg.train(args.minutes)
    for epoch in args.predict:
        guard_dev.predict(epoch)
    for epoch in args.compare:
        print(json.dumps(guard_dev.compare(epoch), indent=1))
    if args.finish is not None:
        guard_dev.finish(args.finish, args.sentences)


if __name__ == "__main__":
    main()
