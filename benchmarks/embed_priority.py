#!/usr/bin/env python3
"""Interactive embeddings while a document upload embeds: with and without priority.

One MiniLM backend (the gateway's default embedder, one thread) embeds a background job of
``--chunks`` chunk-sized texts (about 500 characters each) in calls of 64, as the library's
upload path sends them, while a single-text interactive call (a question) starts every
``--every-ms``. Both modes run in one process, on the same texts, one after the other:

- ``off``: the upload's calls are interactive too, as every call was before priority: the
  interactive call waits behind whole 64-text passes;
- ``on``: the upload's calls are background: short passes (``background_batch``, the
  default) that interactive calls go before; ``on_<n>`` the same with passes of ``n`` texts
  (``--also-batch``).

Texts: windows of 500 characters over the SQuAD paragraphs of $MINIGATE_SHARED_DATA
(rag/squad_sub_corpus.jsonl: a 5-article subset of the SQuAD v2 dev set, CC-BY-SA-4.0),
each with its number in front so that no two are alike; the questions come from
rag/squad_sub_questions.jsonl. Prints JSON (interactive p50/p95 in ms, the job's seconds and
the ratio on/off, and what one background pass costs) and keeps a copy in bench-results/.

    MINIGATE_SHARED_DATA=/work/shared/data OMP_NUM_THREADS=1 \\
        .venv/bin/python benchmarks/embed_priority.py [--chunks 2000] [--every-ms 100] \\
        [--also-batch 8 32]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from benchlib import emit, machine, now_iso, percentiles_ms  # noqa: E402
from minigate.backends.embeddings import SentenceTransformerBackend  # noqa: E402
from minigate.backends.settings import SentenceTransformerModel  # noqa: E402
from minigate.context import Priority, RequestContext  # noqa: E402
from minigate.schemas.embeddings import EmbeddingRequest  # noqa: E402

CALL = 64  # texts per call of the upload path (rag.library._EMBED_BATCH)
WINDOW = 500


def rows(name: str) -> list[dict[str, Any]]:
    root = Path(os.environ.get("MINIGATE_SHARED_DATA", HERE.parent.parent / "shared" / "data"))
    with (root / "rag" / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def chunks(count: int) -> list[str]:
    """``count`` distinct texts of about 500 characters, cut from the SQuAD paragraphs."""
    prose = " ".join(row["text"] for row in rows("squad_sub_corpus.jsonl"))
    windows = [prose[i : i + WINDOW] for i in range(0, len(prose) - WINDOW, WINDOW // 2)]
    return [f"{n}. {windows[n % len(windows)]}" for n in range(count)]


def questions() -> list[str]:
    return [row["question"] for row in rows("squad_sub_questions.jsonl")]


async def embed(backend: SentenceTransformerBackend, texts: list[str], priority: Priority) -> None:
    request = EmbeddingRequest(model=backend.model_id, input=texts)
    await backend.embed(request, RequestContext(endpoint="bench", priority=priority))


async def upload(
    backend: SentenceTransformerBackend, texts: list[str], priority: Priority
) -> float:
    """Seconds to embed ``texts`` in calls of 64, one after the other."""
    start = time.perf_counter()
    for i in range(0, len(texts), CALL):
        await embed(backend, texts[i : i + CALL], priority)
    return time.perf_counter() - start


async def timed(backend: SentenceTransformerBackend, text: str) -> float:
    start = time.perf_counter()
    await embed(backend, [text], "interactive")
    return time.perf_counter() - start


async def mode(
    backend: SentenceTransformerBackend, texts: list[str], asked: list[str], on: bool, every: float
) -> dict[str, Any]:
    """The upload under a steady trickle of interactive calls."""
    passes = backend.batcher.passes
    job = asyncio.ensure_future(upload(backend, texts, "background" if on else "interactive"))
    probes: list[asyncio.Task[float]] = []
    while not job.done():
        probes.append(asyncio.ensure_future(timed(backend, asked[len(probes) % len(asked)])))
        await asyncio.sleep(every)
    latencies = await asyncio.gather(*probes)
    return {
        "interactive_ms": percentiles_ms(latencies) | {"calls": len(latencies)},
        "job_s": round(job.result(), 2),
        "passes": backend.batcher.passes - passes,
    }


async def pass_cost(backend: SentenceTransformerBackend, texts: list[str]) -> dict[str, float]:
    """Milliseconds one pass of n chunk-sized texts takes on the model thread (median of 5)."""
    costs = {}
    for n in (1, 8, 16, 32, 64):
        times = []
        for k in range(5):  # texts[k * 64:] holds 64 at least: --chunks 320 or more
            start = time.perf_counter()
            await asyncio.to_thread(backend.encode, texts[k * CALL : k * CALL + n])
            times.append(time.perf_counter() - start)
        costs[str(n)] = round(statistics.median(times) * 1000, 1)
    return costs


async def main(args: argparse.Namespace) -> dict[str, Any]:
    config = SentenceTransformerModel(
        backend="sentence_transformers", id="minilm", path="builtin:minilm", torch_threads=1
    )
    backend = SentenceTransformerBackend(config)
    await backend.ready()
    texts, asked = chunks(args.chunks), questions()
    try:
        await embed(backend, texts[:CALL], "interactive")  # warm up
        alone = [await timed(backend, q) for q in asked[:20]]
        every = args.every_ms / 1000
        off = await mode(backend, texts, asked, on=False, every=every)
        on = await mode(backend, texts, asked, on=True, every=every)
        others = {}
        for n in args.also_batch:
            backend.batcher.background_batch = n
            other = await mode(backend, texts, asked, on=True, every=every)
            others[f"on_{n}"] = other | {
                "job_ratio_on_off": round(other["job_s"] / off["job_s"], 3)
            }
        backend.batcher.background_batch = config.background_batch
        costs = await pass_cost(backend, texts)
    finally:
        await backend.aclose()
    return {
        "benchmark": "embed_priority",
        "when": now_iso(),
        "runtime": backend.runtime,
        "chunks": args.chunks,
        "chars_per_chunk": WINDOW,
        "interactive_every_ms": args.every_ms,
        "background_batch": config.background_batch,
        "interactive_streak": config.interactive_streak,
        "pass_ms_by_texts": costs,
        "interactive_alone_ms": percentiles_ms(alone),
        "off": off,
        "on": on,
        "job_ratio_on_off": round(on["job_s"] / off["job_s"], 3),
        **others,
        "machine": machine(),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=2000)
    parser.add_argument("--every-ms", type=float, default=100.0)
    parser.add_argument("--also-batch", type=int, nargs="*", default=[], metavar="N")
    emit("embed-priority", asyncio.run(main(parser.parse_args())))
