"""Fine-tune all-MiniLM-L6-v2 for harm (``minigate/guard/classifier.py``) on CPU, in pieces.

Data: the harm rows the frozen-vector gate is built from (``build_artifacts.harm_rows``: the
train halves of OpenAI's moderation samples, AdvBench and XSTest, Do-Not-Answer,
SimpleSafetyTests, the shared benign sets and the hand-written rows; no test split is read).
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
    ... train_harm.py --finish       # write guard/data/harm_encoder.safetensors and .json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import build_artifacts as ba
import guardlib
import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minigate.backends.builtin import resolve_weights
from minigate.guard import classifier as clf
from minigate.guard import lora
from minigate.guard.normalize import variants
from minigate.guard.scanners.harm_categories import HEADS

CACHE = Path(os.environ.get("HARM_FT_CACHE", guardlib.ROOT / ".cache" / "harm-ft"))
BASE_MODEL = "builtin:minilm"
RANK, ALPHA = 8, 16.0
EPOCHS, BATCH, LR, HEAD_LR, WARMUP = 4, 16, 5e-4, 2e-3, 30
MAX_LENGTH = 64  # word pieces in training, [CLS] and [SEP] included
HEAD_WEIGHT = 0.5
NAMES = ("harmful", *HEADS)
SEED = guardlib.SEED + 88


def rows() -> dict[str, Any]:
    texts, y, heads, groups = ba.harm_rows()
    folded = [variants(t).texts[0] for t in texts]
    labels = np.column_stack([y.astype(np.int64), *[heads[h] for h in HEADS]])
    fold = np.arange(len(texts)) % 5
    return {
        "texts": texts,
        "folded": folded,
        "y": y,
        "labels": labels,
        "groups": groups,
        "fold": fold,
        "weights": ba.balanced(groups, ba.HARM_SHARES),
    }


def build_model() -> tuple[Any, Any]:
    torch.manual_seed(SEED)
    encoder, tokenizer = lora.load_base(resolve_weights(BASE_MODEL))
    model = clf.build_module(encoder, len(NAMES))
    for p in model.encoder.parameters():
        p.requires_grad_(False)
    lora.add_adapters(model, RANK, ALPHA)
    return model, tokenizer


def trainable(model: Any) -> dict[str, torch.nn.Parameter]:
    return {n: p for n, p in model.named_parameters() if p.requires_grad}


def encode(tokenizer: Any, texts: list[str], max_length: int) -> list[list[int]]:
    cls, sep = (tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]"))
    out = []
    for enc in tokenizer.encode_batch(texts, add_special_tokens=False):
        out.append([cls, *enc.ids[: max_length - 2], sep])
    return out


def loss_of(logits: torch.Tensor, labels: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    gate = (bce(logits[:, 0], labels[:, 0].float(), reduction="none") * weights).mean()
    known = labels[:, 1:] >= 0
    if not known.any():
        return gate
    head_labels = labels[:, 1:].clamp(min=0).float()
    # class balance per head, from the whole training set (POS_WEIGHT, set in train)
    per = bce(logits[:, 1:], head_labels, reduction="none", pos_weight=POS_WEIGHT[0])
    heads = (per * known).sum() / known.sum()
    return gate + HEAD_WEIGHT * heads


POS_WEIGHT: list[torch.Tensor] = [torch.ones(len(HEADS))]


def train(fold: int | None, minutes: float) -> None:
    started = time.monotonic()
    data = rows()
    model, tokenizer = build_model()
    fit = np.flatnonzero(data["fold"] != fold) if fold is not None else np.arange(len(data["y"]))
    held = np.flatnonzero(data["fold"] == fold) if fold is not None else np.array([], int)
    ids = encode(tokenizer, data["folded"], MAX_LENGTH)
    labels = torch.tensor(data["labels"])
    weights = torch.tensor(data["weights"], dtype=torch.float32)
    head = labels[fit, 1:]
    pos, neg = (head == 1).sum(0).float(), (head == 0).sum(0).float()
    POS_WEIGHT[0] = (neg / pos.clamp(min=1)).clamp(max=20.0)
    steps_per_epoch = (len(fit) + BATCH - 1) // BATCH
    total = EPOCHS * steps_per_epoch
    params = trainable(model)
    groups = [
        {"params": [p for n, p in params.items() if not n.startswith("head.")], "lr": LR},
        {"params": [p for n, p in params.items() if n.startswith("head.")], "lr": HEAD_LR},
    ]
    optimizer = torch.optim.AdamW(groups, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / WARMUP) * max(0.05, 1 - s / total)
    )
    state: dict[str, Any] = {"step": 0, "history": []}
    name = run_name(fold)
    checkpoint = CACHE / f"{name}.pt"
    if checkpoint.exists():
        saved = torch.load(checkpoint, weights_only=False)
        model.load_state_dict(saved["params"], strict=False)
        optimizer.load_state_dict(saved["optimizer"])
        schedule.load_state_dict(saved["schedule"])
        state = saved["state"]
    print(
        f"{name}: {len(fit)} fit rows, {len(held)} held out, {steps_per_epoch} steps an "
        f"epoch, at step {state['step']}/{total}",
        flush=True,
    )
    model.train()
    tick = time.monotonic()
    while state["step"] < total and time.monotonic() - started < minutes * 60:
        epoch, at = divmod(state["step"], steps_per_epoch)
        order = fit[np.random.default_rng(SEED + epoch).permutation(len(fit))]
        chosen = order[at * BATCH : (at + 1) * BATCH]
        batch_ids, mask = clf.pad([ids[i] for i in chosen])
        loss = loss_of(model(batch_ids, mask), labels[chosen], weights[chosen])
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
            if len(held):
                model.eval()
                probs = predict(model, tokenizer, [data["folded"][i] for i in held])
                model.train()
                CACHE.mkdir(parents=True, exist_ok=True)
                np.save(CACHE / f"{name}_epoch{epoch}_probs.npy", probs)
                y = data["y"][held]
                auc = ba._auc(probs[:, 0], y)
                print(f"epoch {epoch}: dev gate AUC {auc:.4f}", flush=True)
                state["history"].append({"epoch": epoch, "dev_auc": auc})
            save(model, optimizer, schedule, state, CACHE / f"{name}_epoch{epoch}.pt")
            save(model, optimizer, schedule, state, checkpoint)
    save(model, optimizer, schedule, state, checkpoint)
    print(f"stopped at step {state['step']}/{total} after {time.monotonic() - started:.0f} s")


def predict(model: Any, tokenizer: Any, texts: list[str], max_length: int = 128) -> np.ndarray:
    encoded = encode(tokenizer, texts, max_length)
    out = np.zeros((len(texts), len(NAMES)), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
    with torch.inference_mode():
        for start in range(0, len(order), 32):
            chosen = order[start : start + 32]
            batch_ids, mask = clf.pad([encoded[i] for i in chosen])
            out[chosen] = torch.sigmoid(model(batch_ids, mask)).numpy()
    return out


def run_name(fold: int | None) -> str:
    return "all" if fold is None else f"fold{fold}"


def save(model: Any, optimizer: Any, schedule: Any, state: Any, path: Path) -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    params = {n: p.detach().clone() for n, p in trainable(model).items()}
    blob = {"params": params, "optimizer": optimizer.state_dict(), "schedule": schedule.state_dict()}
    torch.save({**blob, "state": state}, path.with_suffix(".tmp"))
    path.with_suffix(".tmp").replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fold", help="a fold 0-4 to hold out, or 'all'")
    parser.add_argument("--minutes", type=float, default=9.0)
    parser.add_argument("--steps", type=int, help="time this many steps and stop")
    args = parser.parse_args()
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
    if args.fold is not None:
        train(None if args.fold == "all" else int(args.fold), args.minutes)


if __name__ == "__main__":
    main()
