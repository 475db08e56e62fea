#!/usr/bin/env python3
"""What round eight's fine-tuned harm gate costs: the full input side (injection, then harm,
full mode, one shared embedding memo emptied after the warm-up, one ONNX thread) with the
shipped harm data and with the same data minus its ``finetuned`` part (round seven's gate),
alternating ``--rounds`` times so that the machine's load falls on both alike. JSON out.

    MINIGATE_SHARED_DATA=/work/shared/data flock /tmp/heavy.lock nice -n 5 \\
        .venv/bin/python benchmarks/guard/harm_latency.py [--rounds 3]

Texts: the first 150 deepset/prompt-injections (Apache-2.0) and XSTest (CC-BY-4.0) test
prompts, timed only (no verdict is read), as ``detectors.py --full-latency`` times them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import guardlib
import numpy as np
from detectors import LATENCY_TEXTS, by_round, latency_pair

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchlib import emit, machine, now_iso
from minigate.backends.embedder import EmbedMemo
from minigate.guard.scanners.artifacts import data_path
from minigate.guard.scanners.harm import HarmOptions, HarmScanner
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner


def without_finetuned(folder: Path) -> Path:
    """A copy of the shipped guard data whose harm.json has no fine-tuned part."""
    for path in data_path("").glob("*"):
        shutil.copy(path, folder / path.name)
    doc = json.loads((folder / "harm.json").read_text())
    doc.pop("finetuned", None)
    (folder / "harm.json").write_text(json.dumps(doc))
    return folder


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    runtime, model = guardlib.gateway_minilm(threads=1)

    async def embed(texts: list[str]) -> np.ndarray:
        return model(texts)

    mixed = (guardlib.injection()["test"].texts + guardlib.xstest()["test"].texts)[:LATENCY_TEXTS]
    doc: dict[str, Any] = {"when": now_iso(), "machine": machine(), "embedding_runtime": runtime}
    doc["load_average_at_start"] = list(os.getloadavg())
    with tempfile.TemporaryDirectory() as tmp:
        arms = {"round seven gate": Path(without_finetuned(Path(tmp))), "round eight gate": None}
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in arms}
        for _ in range(args.rounds):
            for name, folder in arms.items():
                memo = EmbedMemo(embed)
                harm = HarmScanner(HarmOptions(), "h", memo, folder)
                assert (harm.finetuned is None) == (folder is not None)
                injection = InjectionScanner(InjectionOptions(), "i", memo)
                runs[name].append(await latency_pair(injection, harm, mixed, memo.clear))
    doc["load_average_at_end"] = list(os.getloadavg())
    doc["texts"] = len(mixed)
    doc["full_input_side_ms_per_text"] = by_round(runs)
    emit("guard-harm-latency", doc)


if __name__ == "__main__":
    asyncio.run(main())
