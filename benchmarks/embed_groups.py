#!/usr/bin/env python3
"""MiniLM on ONNX Runtime: texts run in groups of like length against one run per 32 texts.

The gateway's embedder pads each run to its longest text. The guard reads a document (a tool
result, a retrieved chunk) as windows of about 480 characters and as its sentences, in one
call; with every text of a call in one run, each sentence was padded to a window. This times
both groupings side by side in one process, one thread, on the same calls:

- ``document``: the calls the guard's data route makes, as it makes them (the injection
  scanner reading each text as data, its embedding memo cleared before each text), on the
  texts of benchmarks/guard/fresh163.py (a spent check set of e-mails, documents and code);
- ``prompt``: the calls it makes on short prompts (fresh179's rows, one window each);
- ``embeddings``: ``/v1/embeddings``-style calls of 16 texts of mixed length.

Each call is timed under both groupings in turn (least of ``--rounds``), and the two vectors
compared: the cosine of each text's pair. Prints JSON (ms per call, p50 and mean, and the
ratio) and keeps a copy in bench-results/.

    .venv/bin/python benchmarks/embed_groups.py [--texts 60] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "guard")]

import fresh163  # noqa: E402
import fresh179  # noqa: E402

from benchlib import emit, machine, now_iso  # noqa: E402
from minigate.backends.builtin import resolve_weights  # noqa: E402
from minigate.backends.onnx_encoder import SLACK, OnnxEncoder, default_cache  # noqa: E402
from minigate.guard.protocol import ScanContext  # noqa: E402
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner  # noqa: E402

Call = list[str]


async def guard_calls(texts: list[str], source: str, encoder: OnnxEncoder) -> list[Call]:
    """The embedding calls the injection scanner makes reading each of ``texts`` afresh."""
    calls: list[Call] = []

    async def embed(batch: list[str]) -> np.ndarray:
        calls.append(list(batch))
        return encoder.encode(batch)[0]

    scanner = InjectionScanner(InjectionOptions(), "i", embed)
    context = ScanContext(direction="input", source="data" if source == "data" else "prompt")
    for text in texts:
        await scanner.scan(text, context)
    return calls


def mixed_calls(texts: list[str], size: int = 16) -> list[Call]:
    """Calls of ``size`` texts each, long and short side by side (``/v1/embeddings`` batches)."""
    return [texts[i : i + size] for i in range(0, len(texts) - size + 1, size)]


def timed(encode: Callable[[Call], np.ndarray], call: Call) -> tuple[float, np.ndarray]:
    start = time.perf_counter()
    vectors = encode(call)
    return (time.perf_counter() - start) * 1000, vectors


def compare(encoder: OnnxEncoder, calls: list[Call], rounds: int) -> dict[str, Any]:
    """Each call under both groupings, in turn, ``rounds`` times: the least time of each."""
    sides: dict[str, Callable[[Call], np.ndarray]] = {
        "one_run": lambda call: encoder.encode(call, slack=math.inf)[0],
        "like_lengths": lambda call: encoder.encode(call)[0],
    }
    best: dict[str, list[float]] = {name: [math.inf] * len(calls) for name in sides}
    cosines: list[float] = []
    for r in range(rounds):
        for i, call in enumerate(calls):
            order = list(sides) if (r + i) % 2 == 0 else list(reversed(sides))
            got = {}
            for name in order:
                ms, got[name] = timed(sides[name], call)
                best[name][i] = min(best[name][i], ms)
            cosines.append(float((got["one_run"] * got["like_lengths"]).sum(axis=1).min()))
    out: dict[str, Any] = {
        "calls": len(calls),
        "texts_per_call_p50": statistics.median(map(len, calls)),
    }
    for name, times in best.items():
        out[name] = {
            "p50_ms": round(statistics.median(times), 2),
            "mean_ms": round(statistics.fmean(times), 2),
        }
    out["ratio_p50"] = round(out["like_lengths"]["p50_ms"] / out["one_run"]["p50_ms"], 3)
    out["ratio_mean"] = round(out["like_lengths"]["mean_ms"] / out["one_run"]["mean_ms"], 3)
    out["least_cosine"] = round(min(cosines), 7)
    return out


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        epilog="example: .venv/bin/python benchmarks/embed_groups.py --texts 30",
    )
    parser.add_argument("--texts", type=int, default=60, help="texts of each set read (default 60)")
    parser.add_argument("--rounds", type=int, default=3, help="times each call is timed (least)")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    encoder = OnnxEncoder(resolve_weights("builtin:minilm"), default_cache(), args.threads)
    documents = [text for _, text in [*fresh163.FRESH_PLANTED_163, *fresh163.FRESH_CLEAN_163]]
    prompts = [*fresh179.FRESH_ATTACKS_179, *fresh179.FRESH_BENIGN_179]
    n = args.texts
    sets = {
        "document": await guard_calls(documents[:n], "data", encoder),
        "prompt": await guard_calls(prompts[:n], "prompt", encoder),
        "embeddings": mixed_calls(
            [t for pair in zip(documents, prompts, strict=False) for t in pair][: 2 * n]
        ),
    }
    doc: dict[str, Any] = {
        "when": now_iso(),
        "machine": machine(),
        "threads": args.threads,
        "slack": SLACK,
    }
    for name, calls in sets.items():
        print(f"{name}: {len(calls)} calls", file=sys.stderr)
        doc[name] = compare(encoder, calls, args.rounds)
    emit("embed-groups", doc)


if __name__ == "__main__":
    asyncio.run(main())
