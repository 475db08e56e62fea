"""Detection and false-positive rates of the injection and harm detectors, and their latency,
on the held-out test splits (``guardlib``), printed as JSON.

    .venv/bin/python benchmarks/guard/detectors.py

For each detector: the shipped configuration (classifier over MiniLM embeddings plus
heuristics) beside heuristics or keywords alone; for harm also ``alt-profanity-check`` (a
PyPI profanity model) when installed (``pip install -e ".[bench]"``). "Ordinary requests" are
held-out maths questions, news headlines and Quora questions, "benign tasks" held-out synthetic
imperative tasks on unseen topics: everyday traffic that no detector should flag. Latency is
one text at a time on one torch thread, embedding included.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

import guardlib
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchlib import emit, machine, now_iso, percentiles_ms
from minigate.guard.protocol import EmbedFn, ScanContext
from minigate.guard.scanners.harm import HarmOptions, HarmScanner
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

CTX = ScanContext(direction="input")
LATENCY_TEXTS = 200


def rate(flags: list[bool]) -> dict[str, Any]:
    return {"flagged": f"{sum(flags)}/{len(flags)}", "rate": round(sum(flags) / len(flags), 4)}


async def flags(scanner: InjectionScanner | HarmScanner, texts: list[str]) -> list[bool]:
    return [(await scanner.scan(t, CTX)).flagged for t in texts]


def cached(embed: EmbedFn) -> EmbedFn:
    """Rates need every text embedded once, not once per scanner."""
    seen: dict[str, np.ndarray] = {}

    async def lookup(texts: list[str]) -> np.ndarray:
        missing = [t for t in texts if t not in seen]
        if missing:
            seen.update(zip(missing, await embed(missing), strict=True))
        return np.stack([seen[t] for t in texts])

    return lookup


async def injection(embed: EmbedFn, benign: dict[str, list[str]]) -> dict[str, Any]:
    test = guardlib.injection()["test"]
    out: dict[str, Any] = {}
    for mode, scanner in (
        ("heuristics_only", InjectionScanner(InjectionOptions(), "injection", None)),
        ("heuristics_and_embeddings", InjectionScanner(InjectionOptions(), "injection", embed)),
    ):
        out[mode] = {
            "detection_rate_deepset_injections": rate(await flags(scanner, test.where(True))),
            "false_positive_rate_deepset_benign": rate(await flags(scanner, test.where(False))),
            **{key: rate(await flags(scanner, texts)) for key, texts in benign.items()},
        }
    out["threshold"] = scanner.threshold
    return out


async def harm(embed: EmbedFn, benign: dict[str, list[str]]) -> dict[str, Any]:
    adv, xs = guardlib.advbench()["test"], guardlib.xstest()["test"]
    sets = {
        "detection_rate_advbench": adv.texts,
        "detection_rate_xstest_unsafe": xs.where(True),
        "over_block_rate_xstest_safe": xs.where(False),
        **benign,
    }
    out: dict[str, Any] = {}
    keywords = HarmScanner(HarmOptions(use_embeddings=False), "harm", None)
    classifier = HarmScanner(HarmOptions(), "harm", embed)
    for mode, scanner in (("keywords_only", keywords), ("classifier", classifier)):
        out[mode] = {key: rate(await flags(scanner, texts)) for key, texts in sets.items()}
    out["threshold"] = classifier.threshold
    try:
        from profanity_check import predict_prob
    except ImportError:
        out["alt_profanity_check"] = "not installed (pip install -e '.[bench]')"
    else:
        out["alt_profanity_check_at_0.5"] = {
            key: rate([bool(p >= 0.5) for p in predict_prob(texts)]) for key, texts in sets.items()
        }
    return out


async def latency(scanner: InjectionScanner | HarmScanner, texts: list[str]) -> dict[str, float]:
    for text in texts[:5]:  # warm up the model's first calls
        await scanner.scan(text, CTX)
    seconds = []
    for text in texts:
        started = time.perf_counter()
        await scanner.scan(text, CTX)
        seconds.append(time.perf_counter() - started)
    return percentiles_ms(seconds)


async def main() -> None:
    encode = guardlib.minilm(threads=1)

    async def embed(texts: list[str]) -> np.ndarray:
        return encode(texts)

    ordinary = guardlib.benign()["test"]
    sizes = {
        f"{name}_{side}": {"positive": sum(part.labels), "negative": part.labels.count(False)}
        for name, split in (
            ("deepset", guardlib.injection()),
            ("advbench", guardlib.advbench()),
            ("xstest", guardlib.xstest()),
        )
        for side, part in split.items()
    }
    sizes["ordinary_requests"] = {side: len(t) for side, t in guardlib.benign().items()}
    sizes["benign_tasks"] = {side: len(t) for side, t in guardlib.instructions().items()}
    fast = cached(embed)
    doc: dict[str, Any] = {"when": now_iso(), "machine": machine(), "split_sizes": sizes}
    benign = {
        "false_positive_rate_ordinary_requests": ordinary,
        "false_positive_rate_benign_tasks": guardlib.instructions()["test"],
    }
    doc["injection"] = await injection(fast, benign)
    doc["harm"] = await harm(fast, benign)
    mixed = (guardlib.injection()["test"].texts + guardlib.xstest()["test"].texts)[:LATENCY_TEXTS]
    doc["latency_ms_per_text"] = {
        "texts": len(mixed),
        "embedding_only": await latency_of_embed(embed, mixed),
        "injection": await latency(InjectionScanner(InjectionOptions(), "i", embed), mixed),
        "injection_heuristics_only": await latency(
            InjectionScanner(InjectionOptions(), "i", None), mixed
        ),
        "harm": await latency(HarmScanner(HarmOptions(), "h", embed), mixed),
    }
    emit("guard-detectors", doc)


async def latency_of_embed(embed: EmbedFn, texts: list[str]) -> dict[str, float]:
    seconds = []
    for text in texts:
        started = time.perf_counter()
        await embed([text])
        seconds.append(time.perf_counter() - started)
    return percentiles_ms(seconds)


if __name__ == "__main__":
    asyncio.run(main())
