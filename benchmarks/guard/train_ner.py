"""Train the PERSON/ADDRESS token tagger (``minigate/guard/pii/encoder.py``) on CPU, in pieces.

Data: microsoft/presidio-research ``synth_dataset_v2`` (``../shared/data/pii``, MIT), only
the train half of its templates (``pii_data.py``; the test half is never read here). A
quarter of the train templates is held out as dev, for the epoch and the thresholds. The
rest are refilled: each template's ``{{PERSON}}``, ``{{STREET_ADDRESS}}`` and other slots get
new values, names from the gazetteer (SSA and Census lists, public domain) or from other fit
rows, addresses made up here or from other fit rows.

Each run trains for at most ``--minutes`` and leaves a checkpoint in ``.cache/ner``; run it
again to go on. ``--finish`` picks each kind's threshold on dev (best span F2, the
benchmark's overlap rule) and writes ``guard/data/pii_encoder.safetensors`` and ``.json``.

    OMP_NUM_THREADS=2 flock /tmp/heavy.lock python benchmarks/guard/train_ner.py --minutes 9
    OMP_NUM_THREADS=2 flock /tmp/heavy.lock python benchmarks/guard/train_ner.py --finish
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import guardlib
import pii_data

from minigate.backends.builtin import resolve_weights
from minigate.guard.pii import encoder as enc
from minigate.guard.pii import names, tagging
from minigate.guard.scanners.artifacts import FORMAT, data_path

CACHE = Path(".cache/ner")
CHECKPOINT = CACHE / "checkpoint.pt"
RANK, ALPHA = 8, 16.0
EPOCHS, BATCH, LR, WARMUP = 6, 16, 5e-4, 30
REFILLS = 3
SEED = guardlib.SEED + 51
Example = tuple[str, dict[str, list[tuple[int, int]]]]

_SLOT = re.compile(r"\{\{(\w+)\}\}")
_SUFFIXES = ["Street", "St.", "Avenue", "Ave", "Road", "Rd.", "Lane", "Drive", "Dr.", "Blvd",
             "Court", "Way", "Place", "Terrace", "Parkway"]  # fmt: skip
_UNITS = ["Apt. {}", "Suite {}", "Unit {}", "Apt {}", "#{}", "Floor {}"]
_STATES = ["CA", "NY", "TX", "WA", "FL", "IL", "OH", "MA", "NL", "ON", "BC", "QLD"]
_COUNTRIES = ["USA", "Canada", "Germany", "Netherlands", "Finland", "Uruguay", "Australia"]
_EU_STREETS = ["straat {}", "weg {}", "strasse {}", "katu {}", "gade {}", "laan {}"]


def split_train() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(fit rows, dev rows) of the train templates, split by template."""
    rows = pii_data.rows_of("train")
    # Stratified by what a template holds: few templates hold an address.
    strata: dict[tuple[bool, bool], set[str]] = {}
    for row in rows:
        key = tuple("{{" + slot + "}}" in row["masked"] for slot in ("PERSON", "STREET_ADDRESS"))
        strata.setdefault((key[0], key[1]), set()).add(str(row["template_id"]))
    rng = np.random.default_rng(SEED)
    dev: set[str] = set()
    for key in sorted(strata):
        templates = sorted(strata[key])
        dev |= {templates[i] for i in rng.permutation(len(templates))[: round(len(templates) / 4)]}
    return [r for r in rows if str(r["template_id"]) not in dev], [
        r for r in rows if str(r["template_id"]) in dev
    ]


def gold(row: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    return {kind: pii_data.spans(row, kind) for kind in tagging.TAGGED}


class Filler:
    """New values for a template's slots."""

    def __init__(self, fit: list[dict[str, Any]], rng: random.Random) -> None:
        self.rng = rng
        self.pool: dict[str, list[str]] = {}
        for row in fit:
            for span in row["spans"]:
                self.pool.setdefault(span["entity_type"], []).append(span["entity_value"])
        kinds = names.gazetteer()
        self.given = sorted(n for n, k in kinds.items() if "f" in k)
        self.surnames = sorted(n for n, k in kinds.items() if "l" in k)

    def value(self, slot: str) -> str:
        if slot == "PERSON" and self.rng.random() < 0.6:
            return self.person()
        if slot == "STREET_ADDRESS" and self.rng.random() < 0.5:
            return self.address()
        return self.rng.choice(self.pool.get(slot) or [slot.title()])

    def person(self) -> str:
        r = self.rng
        first, last = r.choice(self.given).title(), r.choice(self.surnames).title()
        form = r.random()
        if form < 0.55:
            name = f"{first} {last}"
        elif form < 0.65:
            name = f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}{r.choice(['.', ''])} {last}"
        elif form < 0.75:
            name = first
        elif form < 0.8:
            name = last
        elif form < 0.85:
            name = f"{first} {last}-{r.choice(self.surnames).title()}"
        elif form < 0.92:
            name = f"{first} {last}".lower()
        else:
            name = f"{first} {last}".upper()
        return name

    def address(self) -> str:
        r = self.rng
        name = r.choice(self.surnames + self.given).title()
        if r.random() < 0.25:
            street = name + r.choice(_EU_STREETS).format(r.randint(1, 250))
        else:
            street = f"{r.randint(1, 99999)} {name} {r.choice(_SUFFIXES)}"
        if r.random() < 0.4:
            street += " " + r.choice(_UNITS).format(r.randint(1, 999))
        city = r.choice(self.surnames).title() + r.choice(["", "ville", "ton", "burg", " City"])
        zip_code = str(r.randint(1000, 99999))
        state, country = r.choice(_STATES), r.choice(_COUNTRIES)
        return r.choice(
            [
                street,
                f"{street}, {city}, {state} {zip_code}",
                f"{street}\n{city}, {state} {zip_code}",
                f"{street}\n{city}\n, {state}\n {country} {zip_code}",
                f"{street}, {zip_code} {city}",
            ]
        )

    def refill(self, template: str) -> Example:
        """``template`` with each slot filled, and the PERSON/ADDRESS spans of the result."""
        parts: list[str] = []
        spans: dict[str, list[tuple[int, int]]] = {k: [] for k in tagging.TAGGED}
        at = last = 0
        for match in _SLOT.finditer(template):
            parts.append(template[last : match.start()])
            at += match.start() - last
            value = self.value(match[1])
            kind = pii_data.KIND_OF.get(match[1])
            if kind in spans:
                spans[kind].append((at, at + len(value)))
            parts.append(value)
            at += len(value)
            last = match.end()
        parts.append(template[last:])
        return "".join(parts), spans


def examples(fit: list[dict[str, Any]]) -> list[Example]:
    rng = random.Random(SEED)
    filler = Filler(fit, rng)
    out: list[Example] = [(str(r["full_text"]), gold(r)) for r in fit]
    for row in fit:
        if _SLOT.search(str(row["masked"])):
            out += [filler.refill(str(row["masked"])) for _ in range(REFILLS)]
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


def trainable(model: enc.TokenTagger) -> dict[str, torch.nn.Parameter]:
    return {n: p for n, p in model.named_parameters() if p.requires_grad}


def train(minutes: float) -> None:
    started = time.monotonic()
    model, _, tokenizer = build_model()
    cls, sep = (tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]"))
    fit, dev = split_train()
    data = [item for ex in examples(fit) for item in pieces(tokenizer, ex)]
    steps_per_epoch = (len(data) + BATCH - 1) // BATCH
    total = EPOCHS * steps_per_epoch
    params = trainable(model)
    optimizer = torch.optim.AdamW(params.values(), lr=LR, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / WARMUP) * max(0.05, 1 - s / total)
    )
    state = {"step": 0, "history": []}
    if CHECKPOINT.exists():
        saved = torch.load(CHECKPOINT, weights_only=False)
        model.load_state_dict(saved["params"], strict=False)
        optimizer.load_state_dict(saved["optimizer"])
        schedule.load_state_dict(saved["schedule"])
        state = saved["state"]
    print(f"{len(data)} windows, {steps_per_epoch} steps an epoch, at step {state['step']}/{total}")
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
        if state["step"] % 20 == 0:
            print(f"step {state['step']} epoch {epoch} loss {loss.item():.4f}", flush=True)
        if state["step"] % steps_per_epoch == 0:
            model.eval()
            scores = dev_scores(model, tokenizer, dev)
            model.train()
            state["history"].append({"epoch": epoch, **scores})
            print(json.dumps(state["history"][-1]), flush=True)
            save(model, optimizer, schedule, state, CACHE / f"epoch{epoch}.pt")
    save(model, optimizer, schedule, state, CHECKPOINT)
    print(f"stopped at step {state['step']}/{total} after {time.monotonic() - started:.0f} s")


def save(model: enc.TokenTagger, optimizer: Any, schedule: Any, state: Any, path: Path) -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    params = {n: p.detach().clone() for n, p in trainable(model).items()}
    blob = {
        "params": params,
        "optimizer": optimizer.state_dict(),
        "schedule": schedule.state_dict(),
    }
    torch.save({**blob, "state": state}, path.with_suffix(".tmp"))
    path.with_suffix(".tmp").replace(path)


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


def dev_scores(model: enc.TokenTagger, tokenizer: Any, dev: list[dict[str, Any]]) -> dict[str, Any]:
    probs = dev_probs(model, tokenizer, dev)
    return {kind: span_scores(dev, probs, kind, 0.5) for kind in tagging.TAGGED}


def finish(checkpoint: Path) -> None:
    model, adapters, tokenizer = build_model()
    model.load_state_dict(torch.load(checkpoint, weights_only=False)["params"], strict=False)
    model.eval()
    _, dev = split_train()
    probs = dev_probs(model, tokenizer, dev)
    thresholds, chosen = {}, {}
    for kind in tagging.TAGGED:
        grid = [round(t, 2) for t in np.arange(0.1, 0.91, 0.05)]
        scored = {t: span_scores(dev, probs, kind, t) for t in grid}
        best = max(grid, key=lambda t: (scored[t]["f2"], t))
        thresholds[kind], chosen[kind] = best, scored[best]
        print(kind, best, scored[best])
    from safetensors.torch import save_file

    save_file(enc.trained_tensors(model, adapters), str(data_path("pii_encoder.safetensors")))
    config = json.loads((resolve_weights(names.BASE_MODEL) / "config.json").read_text())
    doc = {
        "format": FORMAT,
        "file": "pii_encoder.safetensors",
        "base": {"model": names.BASE_MODEL, "name_or_path": config["_name_or_path"]},
        "lora": {"rank": RANK, "alpha": ALPHA, "targets": enc.TARGETS.pattern},
        "labels": list(tagging.LABELS),
        "features": list(tagging.FEATURES),
        "thresholds": thresholds,
        "dev": chosen,
        "built_from": {
            "set": "microsoft/presidio-research synth_dataset_v2 (../shared/data/pii), MIT",
            "split": "train half of the templates (pii_data.py): 3/4 fit, refilled "
            f"{REFILLS} times; 1/4 dev (thresholds: best span F2)",
            "checkpoint": checkpoint.name,
            "seed": SEED,
            "gazetteer": "names_gazetteer.txt.gz (SSA and US Census name lists, public domain)",
        },
    }
    (data_path(names.MODEL_FILE)).write_text(json.dumps(doc, indent=1) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=9.0)
    parser.add_argument("--finish", metavar="CHECKPOINT", nargs="?", const=str(CHECKPOINT))
    args = parser.parse_args()
    torch.set_num_threads(2)
    if args.finish:
        finish(Path(args.finish))
    else:
        train(args.minutes)


if __name__ == "__main__":
    main()
