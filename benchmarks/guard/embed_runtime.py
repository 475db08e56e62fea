#!/usr/bin/env python3
"""MiniLM on torch against ONNX Runtime: the full input side's latency, side by side, and
whether the vectors and verdicts agree.

Latency is what ``detectors.py --latency-only --full-latency`` times (the injection and harm
scanners one after the other on each of the same 150 test prompts, one shared memo emptied
after the warm-up, one thread), for each runtime in turn, ``--rounds`` times, alternating, so
that the machine's load falls on both alike. Agreement is read on train-side texts only
(deepset and XSTest train prompts, windows of BIPIA train emails, tables and code): the
cosine of each pair of vectors, and the full mode's verdicts with each runtime.

    MINIGATE_SHARED_DATA=/work/shared/data nice -n 5 .venv/bin/python \
        benchmarks/guard/embed_runtime.py [--rounds 3]

Data: deepset/prompt-injections (Apache-2.0), XSTest (CC-BY-4.0), BIPIA (MIT), as
``guardlib`` and ``sources`` read them from the shared data folder.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import guardlib
import numpy as np
import sources
from detectors import LATENCY_TEXTS, latency_pair

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchlib import emit, machine, now_iso
from minigate.backends.embedder import EmbedMemo
from minigate.guard.chunks import windows
from minigate.guard.protocol import ScanContext, Source
from minigate.guard.scanners.harm import HarmOptions, HarmScanner
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

Encode = Callable[[list[str]], np.ndarray]


def encoders() -> dict[str, Encode]:
    runtime, onnx = guardlib.gateway_minilm(threads=1)
    if runtime != "onnx":
        raise SystemExit(
            "MiniLM cannot run on ONNX Runtime here (see the log); nothing to compare."
        )
    return {"torch": guardlib.minilm(threads=1), "onnx": onnx}


def train_texts(per_set: int) -> list[tuple[str, Source]]:
    """(text, source) from the train sides only."""
    prompts = guardlib.injection()["train"].texts[:per_set] + guardlib.xstest()["train"].texts
    out: list[tuple[str, Source]] = [(t, "prompt") for t in prompts[: 2 * per_set]]
    for task in ("email", "table", "code"):
        out += [(c, "data") for c in sources.bipia_contexts(task, "train")[: per_set // 4]]
    return out


async def agreement(models: dict[str, Encode], texts: list[tuple[str, Source]]) -> dict[str, Any]:
    pieces = list(dict.fromkeys(w for text, _ in texts for w in windows(text)))
    vectors = {name: encode(pieces) for name, encode in models.items()}
    cosines = (vectors["torch"] * vectors["onnx"]).sum(axis=1)
    verdicts: dict[str, list[tuple[bool, bool]]] = {}
    for name, encode in models.items():

        async def embed(batch: list[str], encode: Encode = encode) -> np.ndarray:
            return encode(batch)

        memo = EmbedMemo(embed, size=8192)
        injection = InjectionScanner(InjectionOptions(), "i", memo)
        harm = HarmScanner(HarmOptions(), "h", memo)
        rows = []
        for text, source in texts:
            ctx = ScanContext(direction="input", source=source)
            rows.append(
                ((await injection.scan(text, ctx)).flagged, (await harm.scan(text, ctx)).flagged)
            )
        verdicts[name] = rows
    differ = sum(a != b for a, b in zip(verdicts["torch"], verdicts["onnx"], strict=True))
    return {
        "texts": len(texts),
        "windows": len(pieces),
        "cosine_min": round(float(cosines.min()), 7),
        "cosine_median": round(float(np.median(cosines)), 7),
        "verdicts_that_differ": differ,
    }


async def timed(models: dict[str, Encode], rounds: int) -> dict[str, Any]:
    mixed = (guardlib.injection()["test"].texts + guardlib.xstest()["test"].texts)[:LATENCY_TEXTS]
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in models}
    for _ in range(rounds):
        for name, encode in models.items():

            async def embed(batch: list[str], encode: Encode = encode) -> np.ndarray:
                return encode(batch)

            memo = EmbedMemo(embed)
            runs[name].append(
                await latency_pair(
                    InjectionScanner(InjectionOptions(), "i", memo),
                    HarmScanner(HarmOptions(), "h", memo),
                    mixed,
                    memo.clear,
                )
            )
    return {
        "texts": len(mixed),
        **{
            name: {
                "p50_by_round": [r["p50"] for r in rows],
                "p50_median": statistics.median(r["p50"] for r in rows),
                "p95_median": statistics.median(r["p95"] for r in rows),
            }
            for name, rows in runs.items()
        },
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--agreement-texts", type=int, default=200, metavar="N")
    args = parser.parse_args()
    models = encoders()
    doc: dict[str, Any] = {"when": now_iso(), "machine": machine()}
    doc["load_average_at_start"] = list(os.getloadavg())
    started = time.perf_counter()
    doc["full_input_side_ms_per_text"] = await timed(models, args.rounds)
    doc["agreement_on_train_texts"] = await agreement(models, train_texts(args.agreement_texts))
    doc["load_average_at_end"] = list(os.getloadavg())
    doc["seconds"] = round(time.perf_counter() - started, 1)
    emit("guard-embed-runtime", doc)


if __name__ == "__main__":
    asyncio.run(main())
