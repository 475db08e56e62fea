#!/usr/bin/env python3
"""What round nine's joint classifier costs on the input side: the injection and harm scanners
(full mode, one shared embedding memo, one ONNX thread) with the shipped guard data and with a
candidate folder (``train_guard.py --finish``'s files), alternating ``--rounds`` times so that
the machine's load falls on both alike. JSON out.

    MINIGATE_SHARED_DATA=/work/shared/data flock /tmp/heavy.lock nice -n 5 \\
        .venv/bin/python benchmarks/guard/input_latency.py --candidate-data DIR [--rounds 3]

Texts: the first 150 of deepset/prompt-injections' (Apache-2.0) and XSTest's (CC-BY-4.0)
train prompts, timed only (no verdict is read; the test splits are not read). Every memo (the
embeddings' and the fine-tuned classifier's) is emptied after each arm's warm-up.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path
from typing import Any

import guardlib
import numpy as np
from detectors import LATENCY_TEXTS, by_round, latency_pair

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchlib import emit, machine, now_iso
from minigate.backends.embedder import EmbedMemo
from minigate.guard.scanners.harm import HarmOptions, HarmScanner
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1] if __doc__ else None)
    parser.add_argument("--candidate-data", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    runtime, model = guardlib.gateway_minilm(threads=1)

    async def embed(texts: list[str]) -> np.ndarray:
        return model(texts)

    train = guardlib.injection()["train"].texts + guardlib.xstest()["train"].texts
    texts = train[:LATENCY_TEXTS]
    doc: dict[str, Any] = {"when": now_iso(), "machine": machine(), "embedding_runtime": runtime}
    doc["load_average_at_start"] = list(os.getloadavg())
    arms: dict[str, Path | None] = {"shipped": None, "candidate": args.candidate_data}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in arms}
    for _ in range(args.rounds):
        for name, folder in arms.items():
            memo = EmbedMemo(embed)
            harm = HarmScanner(HarmOptions(), "h", memo, folder)
            injection = InjectionScanner(InjectionOptions(), "i", memo, folder)
            assert harm.finetuned is not None
            classifier = harm.finetuned.model

            def cold(memo: EmbedMemo = memo, classifier: Any = classifier) -> None:
                memo.clear()
                classifier.forget()

            runs[name].append(await latency_pair(injection, harm, texts, cold))
    doc["load_average_at_end"] = list(os.getloadavg())
    doc["texts"] = len(texts)
    doc["full_input_side_ms_per_text"] = by_round(runs)
    emit("guard-input-latency", doc)


if __name__ == "__main__":
    asyncio.run(main())
