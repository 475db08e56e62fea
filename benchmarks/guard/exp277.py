"""Exploration 277 (design data only; nothing shipped reads it): does a decoder's state tell a
harmful request from its safe look-alike where the harm scanner cannot?

Exploration 265 found that a linear probe on SmolLM2-135M's middle-layer states, joined with the
injection stack's score, made errors unlike the stack's on planted instructions. The XSTest row
of issue 18 (harmful requests caught at most 5% of look-alikes blocked) has stayed short through
nine rounds of heads on the harm encoder's own features (rounds sixty-one to eighty-nine,
docs/guard-rounds.md). This asks the same question of harm, on design rows only:

- rows: XSTest's train side (81 harmful, 101 safe) and every spent English pair set
  (``xst217.design_data``'s, with HARM_FRESH_217, 219, 221 and 223, spent at round
  eighty-nine's check); no test split and no unread set is read;
- the shipped harm scanner in full mode at each point (flags) and its balanced score;
- SmolLM2's hidden states (the built-in model's PyTorch weights, as ``drift_reader`` loads them)
  with the text as the user turn of its chat template: the mean over the text's tokens and the
  last token's state (the assistant turn's opening), at layers 8, 12, 16, 20, 24 and 30;
- each set left out whole, the probe and its join with the shipped logit fitted on the others,
  its bars set to flag as many of the other sets' look-alikes as the shipped code does
  (``drift267.nested``); figures: harmful caught and look-alikes flagged on the left-out sets.

Run: ``exp277.py --scores``, ``--states``, ``--read`` (output under ``.cache/exp277/``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "exp277"
LAYERS = (8, 12, 16, 20, 24, 30)
POINTS = ("strict", "balanced", "permissive")
SPENT_89 = ("harmfresh217", "harmfresh219", "harmfresh221", "harmfresh223")
FRAME = (
    "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n",
    "<|im_end|>\n<|im_start|>assistant\n",
)


def rows() -> list[tuple[str, bool, str, str]]:
    """XSTest's train side and the spent English pair sets: (text, harmful, kind, set)."""
    import xst159
    import xst217

    data = xst217.design_data()
    spent_key = next(k for k in data if k.startswith("spent English"))
    out = list(data["xstest train"]) + list(data[spent_key])
    for module in SPENT_89:
        out += xst159._pairs(module, f"HARM_FRESH_{module.removeprefix('harmfresh')}")
    seen: set[str] = set()
    unique = []
    for r in out:
        if r[0] not in seen:
            seen.add(r[0])
            unique.append((r[0], bool(r[1]), str(r[2]), str(r[3])))
    return unique


def scores(texts: list[str] | None = None, name: str = "scores") -> None:
    """The shipped harm scanner, full mode: each point's flag and the balanced score (of
    ``texts``, by default the design rows', written as ``name``.json)."""
    import train_harm

    from minigate.backends.embedder import EmbedMemo
    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner

    texts = [r[0] for r in rows()] if texts is None else texts
    embed = EmbedMemo(train_harm.gateway_embed())
    # the shipped code's verdicts: round one hundred and eleven's probe off where it exists
    off = {"state_probe": False} if "state_probe" in HarmOptions.model_fields else {}
    scanners = {
        p: HarmScanner(HarmOptions(use_embeddings=True, operating_point=p, **off), p, embed)  # type: ignore[arg-type]
        for p in POINTS
    }
    user = ScanContext(direction="input")

    async def run() -> list[dict[str, Any]]:
        out = []
        for i, text in enumerate(texts):
            row: dict[str, Any] = {"text": text}
            for p, scanner in scanners.items():
                v = await scanner.scan(text, user)
                row[p] = bool(v.flagged)
                if p == "balanced":
                    row["score"] = float(v.score)
            out.append(row)
            if i % 500 == 0:
                print(i, file=sys.stderr, flush=True)
        return out

    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / f"{name}.json").write_text(json.dumps(asyncio.run(run()), ensure_ascii=False))


def load_decoder(gguf: Path) -> tuple[Callable[[str], list[int]], Any]:
    """``gguf``'s tokenizer (llama.cpp's vocabulary, special tokens read) and its causal LM,
    dequantized into float32 by ``backends.dequant``, on one thread."""
    import llama_cpp
    import torch
    from llama_cpp._internals import LlamaModel
    from llama_cpp._logger import set_verbose
    from transformers import AutoModelForCausalLM

    from minigate.backends.dequant import default_cache, dequantized

    torch.set_num_threads(1)
    set_verbose(False)
    llama_cpp.llama_backend_init()
    params = llama_cpp.llama_model_default_params()
    params.vocab_only = True
    vocab = LlamaModel(path_model=str(gguf), params=params, verbose=False)
    folder = dequantized(gguf, default_cache())
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()

    def tokens(text: str) -> list[int]:
        ids: list[int] = vocab.tokenize(text.encode(), False, True)
        return ids

    return tokens, model


def states(texts: list[str] | None = None, name: str = "states") -> None:
    """Each row's mean and last-token states at ``LAYERS`` (float32, ``name``.npz)."""
    import torch

    from minigate.backends.builtin import resolve_weights

    tokens, lm = load_decoder(Path(resolve_weights("builtin:smollm2")))
    model = lm.model
    head, tail = tokens(FRAME[0]), tokens(FRAME[1])
    texts = [r[0] for r in rows()] if texts is None else texts
    mean = np.zeros((len(texts), len(LAYERS), model.config.hidden_size), dtype=np.float32)
    last = np.zeros_like(mean)
    for i, text in enumerate(texts):
        body = tokens(text)[:256]
        with torch.inference_mode():
            hs = model(torch.tensor([head + body + tail]), output_hidden_states=True).hidden_states
        for j, layer in enumerate(LAYERS):
            h = hs[layer][0]
            mean[i, j] = h[len(head) : len(head) + max(len(body), 1)].mean(0).numpy()
            last[i, j] = h[-1].numpy()
        if i % 500 == 0:
            print(i, file=sys.stderr, flush=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(CACHE / f"{name}.npz", mean=mean, last=last, texts=np.array(texts, dtype=object))


def read() -> dict[str, Any]:
    """Each feature set read out of fold by set, beside the shipped flags."""

    from minigate.guard.scanners.artifacts import logits

    rs = rows()
    got = {r["text"]: r for r in json.loads((CACHE / "scores.json").read_text())}
    npz = np.load(CACHE / "states.npz", allow_pickle=True)
    assert list(npz["texts"]) == [r[0] for r in rs]
    y = np.array([int(r[1]) for r in rs])
    sets = np.array([r[3] for r in rs])
    logit = np.array([float(logits(got[r[0]]["score"], 1e-4)) for r in rs])
    flags = {p: np.array([got[r[0]][p] for r in rs]) for p in POINTS}
    groups = sorted(set(sets))
    doc: dict[str, Any] = {"rows": [int(y.sum()), int((1 - y).sum())], "sets": len(groups)}
    xst = sets == "xstest train"
    for p in ("strict", "balanced"):
        doc[f"shipped {p}"] = _tally(flags[p], y, xst)
    for kind in ("mean", "last"):
        for j, layer in enumerate(LAYERS):
            x = npz[kind][:, j, :].astype(np.float64)
            doc[f"{kind} layer {layer}"] = _quick(x, y, sets, logit, flags, xst)
            print(kind, layer, doc[f"{kind} layer {layer}"], file=sys.stderr, flush=True)
    (CACHE / "read.json").write_text(json.dumps(doc, indent=1))
    return doc


def _quick(
    x: np.ndarray,
    y: np.ndarray,
    sets: np.ndarray,
    logit: np.ndarray,
    flags: dict[str, np.ndarray],
    xst: np.ndarray,
) -> dict[str, Any]:
    """The probe out of fold by set, alone and joined with the shipped logit (the join fitted
    on the out-of-fold scores of all rows: a ROC point, not an operating point), each read at
    the shipped code's own look-alike flags over all rows."""
    import drift267
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    oof = np.zeros(len(y))
    for held in sorted(set(sets)):
        out = sets == held
        oof[out] = drift267._probe(x[~out], y[~out]).decision_function(x[out])
    join = LogisticRegression().fit(np.c_[oof, logit], y).decision_function(np.c_[oof, logit])
    doc: dict[str, Any] = {
        "auc probe": round(float(roc_auc_score(y, oof)), 4),
        "auc joined": round(float(roc_auc_score(y, join)), 4),
        "auc shipped": round(float(roc_auc_score(y, logit)), 4),
    }
    for p in ("strict", "balanced"):
        k = int(flags[p][y == 0].sum())
        for name, z in (("probe", oof), ("joined", join)):
            bar = np.sort(z[y == 0])[::-1][k - 1]
            doc[f"{name} at {p}'s look-alikes"] = _tally(z >= bar, y, xst)
    return doc


def _tally(f: np.ndarray, y: np.ndarray, xst: np.ndarray) -> dict[str, list[int]]:
    """[harmful caught, look-alikes flagged, errors]: all rows, and XSTest's train side."""

    def one(m: np.ndarray) -> list[int]:
        tp, fp = int((f & (y == 1) & m).sum()), int((f & (y == 0) & m).sum())
        return [tp, fp, int(((y == 1) & m).sum()) - tp + fp]

    return {"all": one(np.ones_like(xst)), "xstest train": one(xst), "spent": one(~xst)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scores", action="store_true")
    ap.add_argument("--states", action="store_true")
    ap.add_argument("--read", action="store_true")
    ap.add_argument("--variants", action="store_true")
    a = ap.parse_args()
    if a.scores:
        scores()
    if a.states:
        states()
    if a.read:
        print(json.dumps(read(), indent=1))
    if a.variants:
        print(json.dumps(variants(), indent=1))


def variants() -> dict[str, Any]:
    """After round one hundred and eleven's design (not met: the probe, fitted on pairs, read
    every text and flagged AdvBench, ordinary and moderation rows apart from the shipped code):
    the same nested fits, applied only inside a fixed band around the threshold and/or only on
    request-shaped text (``harm_frame_head.request_shaped``). Design data only."""
    import xst277

    from minigate.guard.scanners.harm_frame_head import request_shaped

    d, th = xst277.design_table(), xst277.thresholds()
    x, y, sets, logit, flags, threat = (
        d[k] for k in ("x", "y", "sets", "logit", "flags", "threat")
    )
    groups = np.array([xst277.group_of(s) for s in sets])
    shaped = np.array([request_shaped(str(t)) for t in texts()])
    ex, elogit, etexts, eflags = xst277.table("extra-")
    eshaped = np.array([request_shaped(str(t)) for t in etexts])
    ethreat = xst277.threatened(etexts)
    nested_z = np.zeros(len(y))
    bars = {p: np.zeros(len(y)) for p in xst277.POINTS}
    import drift267

    for g in sorted(set(groups)):
        out = groups == g
        fit = xst277.fit_on(
            x[~out], y[~out], sets[~out], logit[~out], {p: f[~out] for p, f in flags.items()}, th
        )
        nested_z[out] = drift267.joined_of(fit, x[out], logit[out])
        for p in xst277.POINTS:
            bars[p][out] = fit["bars"][p]
    full = xst277.fit_on(x, y, sets, logit, flags, th)
    ez = drift267.joined_of(full, ex, elogit)
    index = {str(t): i for i, t in enumerate(etexts)}
    extra = {k: np.array([index[t] for t in ts]) for k, ts in xst277.extra_rows().items()}
    doc: dict[str, Any] = {}
    for width in (None, 4.0, 3.0, 2.0, 1.5):
        for gate in (False, True):
            name = f"band {width} shaped {gate}"
            row: dict[str, Any] = {}
            for p in xst277.POINTS:
                t = math.log(th[p] / (1 - th[p]))
                inside = np.ones(len(y), bool) if width is None else np.abs(logit - t) <= width
                if gate:
                    inside &= shaped
                v = np.where(inside, nested_z >= bars[p], flags[p]) | threat
                row[p] = [*xst277._tally(v, y), int(inside.sum())]
                einside = (
                    np.ones(len(elogit), bool) if width is None else np.abs(elogit - t) <= width
                )
                if gate:
                    einside &= eshaped
                ev = np.where(einside, ez >= full["bars"][p], eflags[p]) | ethreat
                row[f"{p} extra shipped->cand"] = {
                    k: [int(eflags[p][i].sum()), int(ev[i].sum())] for k, i in extra.items()
                }
            doc[name] = row
            print(name, row, file=sys.stderr, flush=True)
    doc["shipped"] = {p: xst277._tally(flags[p], y) for p in xst277.POINTS}
    (CACHE / "variants.json").write_text(json.dumps(doc, indent=1))
    return doc


def texts() -> list[str]:
    """The design rows' texts, in ``rows``' order."""
    return [r[0] for r in rows()]


if __name__ == "__main__":
    main()
