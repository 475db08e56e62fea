"""Train the PERSON/ADDRESS token tagger (``minigate/guard/pii/encoder.py``) on CPU, in pieces.

Data: microsoft/presidio-research ``synth_dataset_v2`` (``../shared/data/pii``, MIT), only
the train half of its templates (``pii_data.py``; the test half is never read here). Each
train template with a slot is also refilled: its ``{{PERSON}}``, ``{{STREET_ADDRESS}}`` and
other slots get new values, names from the gazetteer (SSA and Census lists, public domain),
the hand-written international lists (``ner_synth.py``) or other fit rows, addresses made up
in several countries' formats or from other fit rows; ``ner_synth.py``'s hand-written
templates and negatives are added.

The train templates fall into four folds (stratified by whether a template holds a name or
an address). ``--fold k`` trains on the other three and saves fold k's word probabilities at
each epoch's end; ``--cv`` pools them and picks each kind's threshold (best span F2, the
benchmark's overlap rule). ``--fold all`` trains on every train template, the same way for
the same epochs; ``--finish`` writes its weights and the cross-validated thresholds to
``guard/data/pii_encoder.safetensors`` and ``.json``. Each run trains for at most
``--minutes`` and leaves a checkpoint in ``.cache/ner``; run it again to go on.

    OMP_NUM_THREADS=2 flock /tmp/heavy.lock python benchmarks/guard/train_ner.py --fold 0
    ...                                                                           --fold 3
    OMP_NUM_THREADS=2 flock /tmp/heavy.lock python benchmarks/guard/train_ner.py --cv
    OMP_NUM_THREADS=2 flock /tmp/heavy.lock python benchmarks/guard/train_ner.py --fold all
    OMP_NUM_THREADS=2 flock /tmp/heavy.lock python benchmarks/guard/train_ner.py --finish
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import guardlib
import ner_synth
import pii_data
from checkpoints import resume, save, trainable, warmup_then_linear

from minigate.backends.builtin import resolve_weights
from minigate.guard.pii import encoder as enc
from minigate.guard.pii import names, tagging
from minigate.guard.scanners.artifacts import FORMAT, data_path

CACHE = Path(os.environ.get("NER_CACHE", ".cache/ner"))
RANK, ALPHA = 8, 16.0
EPOCHS, BATCH, LR, WARMUP = 5, 16, 5e-4, 30
REFILLS = 3  # new fillings of each train template that has a slot
HAND_COPIES = 4  # fillings of each hand-written template (ner_synth.py)
FOLDS = 4
SEED = guardlib.SEED + 61
Example = ner_synth.Example


def folds() -> list[set[str]]:
    """The train templates in ``FOLDS`` groups, stratified by what a template holds (few
    templates hold an address)."""
    strata: dict[tuple[bool, bool], set[str]] = {}
    for row in pii_data.rows_of("train"):
        key = tuple("{{" + slot + "}}" in row["masked"] for slot in ("PERSON", "STREET_ADDRESS"))
        strata.setdefault((key[0], key[1]), set()).add(str(row["template_id"]))
    rng = np.random.default_rng(SEED)
    out: list[set[str]] = [set() for _ in range(FOLDS)]
    turn = 0
    for key in sorted(strata):
        templates = sorted(strata[key])
        for i in rng.permutation(len(templates)):
            out[turn % FOLDS].add(templates[i])
            turn += 1
    return out


def split_train(fold: int | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(fit rows, held-out rows) of the train templates: fold ``fold`` held out, or none."""
    rows = pii_data.rows_of("train")
    held = folds()[fold] if fold is not None else set()
    return [r for r in rows if str(r["template_id"]) not in held], [
        r for r in rows if str(r["template_id"]) in held
    ]


def gold(row: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    return {kind: pii_data.spans(row, kind) for kind in tagging.TAGGED}


def examples(fit: list[dict[str, Any]]) -> list[Example]:
    """The fit rows as they are, refilled, and the hand-written templates filled."""
    rng = random.Random(SEED)
    pool: dict[str, list[str]] = {}
    for row in fit:
        for span in row["spans"]:
            pool.setdefault(span["entity_type"], []).append(span["entity_value"])
    filler = ner_synth.Filler(pool, rng)
    out: list[Example] = [(str(r["full_text"]), gold(r)) for r in fit]
    pieces = split_addresses(fit)
    for row in fit:
        masked = str(row["masked"])
        if ner_synth.SLOT.search(masked):
            out += [filler.refill(masked, pieces.get(masked)) for _ in range(REFILLS)]
    return out + ner_synth.hand_written(filler, HAND_COPIES)


def split_addresses(fit: list[dict[str, Any]]) -> dict[str, list[list[str]]]:
    """For each template with several STREET_ADDRESS slots: the values seen in each slot."""
    out: dict[str, list[list[str]]] = {}
    for row in fit:
        masked = str(row["masked"])
        slots = masked.count("{{STREET_ADDRESS}}")
        found = sorted(
            (s["start_position"], s["entity_value"])
            for s in row["spans"]
            if s["entity_type"] == "STREET_ADDRESS"
        )
        if slots < 2 or len(found) != slots:
            continue
        seen = out.setdefault(masked, [[] for _ in range(slots)])
        for i, (_, value) in enumerate(found):
            seen[i].append(str(value))
    return out


def word_labels(words: list[tagging.Word], spans: dict[str, list[tuple[int, int]]]) -> list[int]:
    labels = [0] * len(words)
    for kind, found in spans.items():
        for start, end in found:
            inside = [i for i, (_, s, e) in enumerate(words) if s < end and e > start]
            for n, i in enumerate(inside):
                labels[i] = tagging.LABELS.index(f"{'I' if n else 'B'}-{kind}")
    return labels


def pieces(tokenizer: Any, example: Example) -> list[tuple[list[int], np.ndarray, list[int]]]:
    """(ids, features, labels) per window; labels only on each word's first piece."""
    text, spans = example
    words = names.tokens(text)
    encoded = enc.encode(tokenizer, text, words, names.word_features(text, words))
    by_word = word_labels(words, spans)
    labels = [
        by_word[w] if f else -100 for w, f in zip(encoded.word_of, encoded.first, strict=True)
    ]
    return [
        (encoded.ids[s:e], encoded.feats[s:e], labels[s:e])
        for s, e in enc.windows(len(encoded.ids))
        if encoded.ids
    ]


def collate(
    items: list[tuple[list[int], np.ndarray, list[int]]], cls: int, sep: int
) -> tuple[torch.Tensor, ...]:
    ids, mask, feats = enc.pad(
        [(piece_ids, piece_feats) for piece_ids, piece_feats, _ in items], cls, sep
    )
    labels = torch.full(ids.shape, -100, dtype=torch.long)
    for row, (_, _, piece_labels) in enumerate(items):
        labels[row, 1 : len(piece_labels) + 1] = torch.tensor(piece_labels)
    return ids, mask, feats, labels


def build_model() -> tuple[enc.TokenTagger, dict[str, enc.LoraLinear], Any]:
    torch.manual_seed(SEED)
    encoder, tokenizer = enc.load_base(resolve_weights(names.BASE_MODEL))
    model = enc.TokenTagger(encoder)
    for p in model.encoder.parameters():
        p.requires_grad_(False)
    adapters = enc.add_adapters(model, RANK, ALPHA)
    return model, adapters, tokenizer


def run_name(fold: int | None) -> str:
    return "all" if fold is None else f"fold{fold}"


def train(fold: int | None, minutes: float) -> None:
    """Train on every train template but fold ``fold``'s (on all of them when None) for at most
    ``minutes``, from the run's checkpoint; at each epoch's end, save the held-out fold's
    word probabilities (for ``--cv``) and a copy of the trainable weights."""
    started = time.monotonic()
    model, _, tokenizer = build_model()
    cls, sep = (tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]"))
    fit, held = split_train(fold)
    data = [item for ex in examples(fit) for item in pieces(tokenizer, ex)]
    steps_per_epoch = (len(data) + BATCH - 1) // BATCH
    total = EPOCHS * steps_per_epoch
    params = trainable(model)
    optimizer = torch.optim.AdamW(params.values(), lr=LR, weight_decay=0.01)
    schedule = warmup_then_linear(optimizer, WARMUP, total)
    checkpoint = CACHE / f"{run_name(fold)}.pt"
    state = resume(checkpoint, model, optimizer, schedule)
    print(
        f"{run_name(fold)}: {len(fit)} fit rows, {len(held)} held out, {len(data)} windows, "
        f"{steps_per_epoch} steps an epoch, at step {state['step']}/{total}",
        flush=True,
    )
    model.train()
    while state["step"] < total and time.monotonic() - started < minutes * 60:
        epoch, at = divmod(state["step"], steps_per_epoch)
        order = np.random.default_rng(SEED + epoch).permutation(len(data))
        chosen = [data[i] for i in order[at * BATCH : (at + 1) * BATCH]]
        ids, mask, feats, labels = collate(chosen, cls, sep)
        loss = torch.nn.functional.cross_entropy(
            model(ids, mask, feats).reshape(-1, len(tagging.LABELS)), labels.reshape(-1)
        )
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        schedule.step()
        state["step"] += 1
        if state["step"] % 50 == 0:
            print(f"step {state['step']} epoch {epoch} loss {loss.item():.4f}", flush=True)
        if state["step"] % steps_per_epoch == 0:
            end_of_epoch(model, tokenizer, held, epoch, fold, state)
            save(model, optimizer, schedule, state, CACHE / f"{run_name(fold)}_epoch{epoch}.pt")
    save(model, optimizer, schedule, state, checkpoint)
    print(f"stopped at step {state['step']}/{total} after {time.monotonic() - started:.0f} s")


def end_of_epoch(
    model: enc.TokenTagger,
    tokenizer: Any,
    held: list[dict[str, Any]],
    epoch: int,
    fold: int | None,
    state: dict[str, Any],
) -> None:
    if not held:
        state["history"].append({"epoch": epoch})
        return
    model.eval()
    probs = dev_probs(model, tokenizer, held)
    model.train()
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(CACHE / f"{run_name(fold)}_epoch{epoch}_probs.npz", *probs)
    scores = {kind: span_scores(held, probs, kind, 0.5) for kind in tagging.TAGGED}
    state["history"].append({"epoch": epoch, **scores})
    print(json.dumps(state["history"][-1]), flush=True)


def dev_probs(
    model: enc.TokenTagger, tokenizer: Any, rows: list[dict[str, Any]]
) -> list[np.ndarray]:
    cls, sep = (tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]"))
    out = []
    for row in rows:
        text = str(row["full_text"])
        words = names.tokens(text)
        encoded = enc.encode(tokenizer, text, words, names.word_features(text, words))
        out.append(enc.word_probs(model, encoded, len(words), cls, sep))
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The benchmark's rule: shared characters cover half of the longer span."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared * 2 >= max(a[1] - a[0], b[1] - b[0])


def span_scores(
    rows: list[dict[str, Any]], probs: list[np.ndarray], kind: str, threshold: float
) -> dict[str, float]:
    hits = predicted = true = 0
    for row, p in zip(rows, probs, strict=True):
        text = str(row["full_text"])
        found = names.decode(text, names.tokens(text), p, kind, threshold)
        truth = pii_data.spans(row, kind)
        left = list(truth)
        for span in found:
            match = next((g for g in left if overlap(g, span)), None)
            if match is not None:
                left.remove(match)
                hits += 1
        predicted += len(found)
        true += len(truth)
    precision, recall = hits / max(1, predicted), hits / max(1, true)
    f2 = 5 * precision * recall / max(1e-9, 4 * precision + recall)
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f2": round(f2, 4),
        "n": true,
    }


GRID = [round(t, 2) for t in np.arange(0.1, 0.91, 0.05)]


def cross_validate() -> dict[str, Any]:
    """Pool the held-out probabilities of every fold trained so far, per epoch; each kind's
    threshold is the one with the best span F2 at the last epoch. Written to
    ``.cache/ner/cv.json``."""
    done = [k for k in range(FOLDS) if (CACHE / f"fold{k}_epoch{EPOCHS - 1}_probs.npz").exists()]
    if not done:
        raise SystemExit("No fold has finished its last epoch yet; train one with --fold.")
    rows = [row for k in done for row in split_train(k)[1]]
    per_epoch: dict[str, Any] = {}
    for epoch in range(EPOCHS):
        probs: list[np.ndarray] = []
        for fold in done:
            saved = np.load(CACHE / f"fold{fold}_epoch{epoch}_probs.npz")
            probs += [saved[f"arr_{i}"] for i in range(len(saved.files))]
        per_epoch[str(epoch)] = {
            kind: {str(t): span_scores(rows, probs, kind, t) for t in GRID}
            for kind in tagging.TAGGED
        }
    last = per_epoch[str(EPOCHS - 1)]
    thresholds = {
        kind: max(GRID, key=lambda t: (last[kind][str(t)]["f2"], t)) for kind in tagging.TAGGED
    }
    summary = {
        "folds": f"{len(done)} of {FOLDS}: {done}",
        "held_out_rows": len(rows),
        "epochs": EPOCHS,
        "thresholds": thresholds,
        "chosen": {kind: last[kind][str(t)] for kind, t in thresholds.items()},
        "at_0.5": {kind: last[kind]["0.5"] for kind in tagging.TAGGED},
        "by_epoch_at_chosen": {
            epoch: {kind: scores[kind][str(t)] for kind, t in thresholds.items()}
            for epoch, scores in per_epoch.items()
        },
    }
    (CACHE / "cv.json").write_text(json.dumps(summary, indent=1) + "\n")
    print(json.dumps(summary, indent=1))
    return summary


def finish(checkpoint: Path) -> None:
    """Write the shipped weights from ``checkpoint`` (a fold's run, or the run on every train
    template) and the thresholds chosen by cross-validation."""
    cv = json.loads((CACHE / "cv.json").read_text())
    state = torch.load(checkpoint, weights_only=False)
    model, adapters, _ = build_model()
    model.load_state_dict(state["params"], strict=False)
    from safetensors.torch import save_file

    save_file(enc.trained_tensors(model, adapters), str(data_path("pii_encoder.safetensors")))
    config = json.loads((resolve_weights(names.BASE_MODEL) / "config.json").read_text())
    run = checkpoint.stem
    trained_on = (
        "train half of the templates (pii_data.py), all of it"
        if run == "all"
        else f"train half of the templates (pii_data.py) but {run} (a quarter, held out)"
    )
    doc = {
        "format": FORMAT,
        "file": "pii_encoder.safetensors",
        "base": {"model": names.BASE_MODEL, "name_or_path": config["_name_or_path"]},
        "lora": {"rank": RANK, "alpha": ALPHA, "targets": enc.TARGETS.pattern},
        "labels": list(tagging.LABELS),
        "features": list(tagging.FEATURES),
        "thresholds": cv["thresholds"],
        "cross_validation": {"folds": cv["folds"], **cv["chosen"]},
        "built_from": {
            "set": "microsoft/presidio-research synth_dataset_v2 (../shared/data/pii), MIT",
            "split": f"{trained_on}; each template with a slot also refilled {REFILLS} times",
            "synthetic": f"hand-written templates ({len(ner_synth.TEMPLATES)}, each filled "
            f"{HAND_COPIES} times) and negatives ({len(ner_synth.NEGATIVES)}), names and "
            "address formats (benchmarks/guard/ner_synth.py)",
            "thresholds": f"best span F2 on the held-out folds ({cv['folds']}), after "
            f"{EPOCHS} epochs",
            "epochs": EPOCHS,
            "steps": state["state"]["step"],
            "checkpoint": checkpoint.name,
            "seed": SEED,
            "gazetteer": "names_gazetteer.txt.gz (SSA and US Census name lists, public domain)",
        },
    }
    (data_path(names.MODEL_FILE)).write_text(json.dumps(doc, indent=1) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=9.0)
    parser.add_argument("--fold", default="all", help="0..FOLDS-1, or 'all'")
    parser.add_argument("--cv", action="store_true", help="choose thresholds over the folds")
    parser.add_argument("--finish", metavar="CHECKPOINT", nargs="?", const=str(CACHE / "all.pt"))
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    if args.cv:
        cross_validate()
    elif args.finish:
        finish(Path(args.finish))
    else:
        train(None if args.fold == "all" else int(args.fold), args.minutes)


if __name__ == "__main__":
    main()
