"""Response cache figures, printed as JSON.

1. Latency through a running gateway, same run, interleaved per question: the request with
   the cache bypassed (``no-store``), the same request as a SmolLM2 miss (temperature 0,
   max_tokens 64; the difference is what the cache adds to a miss: embedding and storing),
   an exact hit and a semantic hit (a paraphrase).
2. The semantic threshold on the labelled Quora question pairs: for each threshold, the share
   of duplicate pairs that would hit (store text_a, query text_b) and of non-duplicate pairs
   that would hit falsely; the default threshold's figures.
3. The brute-force nearest-neighbour scan against N cached vectors, and reading N vectors of
   one semantic filter back from SQLite: why no ANN index is needed at the sizes a filter
   holds.

    .venv/bin/python benchmarks/cache.py [--pairs ../shared/data/paraphrase/qqp_pairs.jsonl]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import yaml

from benchlib import (
    LOOPBACK,
    ROOT,
    Servers,
    emit,
    exit_on_sigterm,
    free_port,
    machine,
    minigate_argv,
    now_iso,
)
from minigate.backends.embeddings import SentenceTransformerBackend
from minigate.cache.semantic import nearest
from minigate.cache.store.protocol import Entry, Vectors
from minigate.cache.store.sqlite import SqliteStore
from minigate.config import (
    BUILTIN_CHAT_MODEL,
    BUILTIN_EMBEDDING_MODEL,
    CacheSettings,
    SentenceTransformerModel,
)

DEFAULT_PAIRS = ROOT.parent / "shared" / "data" / "paraphrase" / "qqp_pairs.jsonl"
# (question, paraphrase): each paraphrase scores >= 0.97 against its question with MiniLM.
QUESTIONS = [
    ("What is the capital of France?", "What is France's capital?"),
    ("What is the boiling point of water?", "What's the boiling point of water?"),
    (
        "What is the largest planet in the solar system?",
        "Which planet is the largest in the solar system?",
    ),
    ("How do I reverse a list in Python?", "How can I reverse a list in Python?"),
    ("What is photosynthesis?", "What's photosynthesis?"),
    ("What is the speed of light?", "What's the speed of light?"),
    ("How tall is Mount Everest?", "What is the height of Mount Everest?"),
]


def write_config(work: Path) -> Path:
    """The embedded default models, with the ledger and the cache kept in ``work``."""
    config = work / "minigate.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "server": {"access_log": False, "log_level": "warning"},
                "store": {"url": f"sqlite:///{work / 'ledger.db'}"},
                "cache": {"sqlite_path": str(work / "cache.sqlite3")},
            }
        )
    )
    return config


def timed(client: httpx.Client, url: str, question: str, **headers: str) -> tuple[float, str]:
    body = {
        "model": BUILTIN_CHAT_MODEL,
        "messages": [{"role": "user", "content": question}],
        "temperature": 0,
        "max_tokens": 64,
    }
    started = time.perf_counter()
    response = client.post(f"{url}/v1/chat/completions", json=body, headers=headers)
    elapsed = time.perf_counter() - started
    response.raise_for_status()
    return elapsed, response.headers["x-minigate-cache"]


def ms(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values) * 1000, 2),
        "mean_ms": round(statistics.fmean(values) * 1000, 2),
        "n": len(values),
    }


def latency() -> dict[str, Any]:
    runs: dict[str, list[float]] = {}
    kinds: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="minigate-bench-") as tmp, Servers(Path(tmp)) as srv:
        port = free_port()
        srv.start("minigate", minigate_argv(port, write_config(Path(tmp))))
        url = f"http://{LOOPBACK}:{port}"
        srv.wait_ready("minigate", f"{url}/health")
        with httpx.Client(timeout=120) as client:
            # Warm up: load SmolLM2 and MiniLM, and prime the connection.
            timed(client, url, "Hello", **{"cache-control": "no-store"})
            # Per question, in this order, so that drift in the machine's speed hits every
            # kind alike: the model uncached, a miss (model + embedding + store), an exact
            # hit of the same question, and a semantic hit of its paraphrase.
            plan = [
                ("miss_cache_bypassed", 0, {"cache-control": "no-store"}),
                ("miss", 0, {}),
                ("exact_hit", 0, {}),
                ("semantic_hit", 1, {}),
            ]
            for pair in QUESTIONS:
                for name, side, headers in plan:
                    elapsed, kind = timed(client, url, pair[side], **headers)
                    runs.setdefault(name, []).append(elapsed)
                    kinds.setdefault(name, []).append(kind)
    semantic = [
        t
        for t, k in zip(runs["semantic_hit"], kinds["semantic_hit"], strict=True)
        if k == "semantic-hit"
    ]
    report: dict[str, Any] = {
        "setup": f"{BUILTIN_CHAT_MODEL}, temperature 0, max_tokens 64, SQLite, loopback HTTP",
        "miss": ms(runs["miss"]),
        "miss_cache_bypassed": ms(runs["miss_cache_bypassed"]),
        "exact_hit": ms(runs["exact_hit"]),
        "semantic_hit": ms(semantic) if semantic else None,
        "exact_hits": kinds["exact_hit"].count("hit"),
        "semantic_hits": f"{len(semantic)}/{len(QUESTIONS)}",
    }
    miss = report["miss"]["median_ms"]
    report["exact_hit_speedup"] = round(miss / report["exact_hit"]["median_ms"], 1)
    if semantic:
        report["semantic_hit_speedup"] = round(miss / report["semantic_hit"]["median_ms"], 1)
    return report


def load_encoder() -> SentenceTransformerBackend:
    config = SentenceTransformerModel(
        backend="sentence_transformers",
        id=BUILTIN_EMBEDDING_MODEL,
        path="builtin:minilm",
        torch_threads=os.cpu_count() or 1,
    )
    encoder = SentenceTransformerBackend(config)
    encoder._load()  # the blocking load, outside any event loop
    return encoder


def thresholds(pairs_path: Path, encoder: SentenceTransformerBackend) -> dict[str, Any]:
    rows = [json.loads(line) for line in pairs_path.read_text().splitlines() if line.strip()]
    texts = sorted({r["text_a"] for r in rows} | {r["text_b"] for r in rows})
    started = time.perf_counter()
    vectors, _ = encoder.encode(texts)  # one batched pass over every distinct question
    encode_s = time.perf_counter() - started
    index = {text: i for i, text in enumerate(texts)}
    a = vectors[[index[r["text_a"]] for r in rows]]
    b = vectors[[index[r["text_b"]] for r in rows]]
    similarity = (a * b).sum(axis=1)
    duplicate = np.array([bool(r["duplicate"]) for r in rows])

    def rates(t: float) -> dict[str, float]:
        return {
            "threshold": round(t, 3),
            "hit_rate_duplicates": round(float((similarity[duplicate] >= t).mean()), 4),
            "false_hit_rate_non_duplicates": round(float((similarity[~duplicate] >= t).mean()), 4),
        }

    default = CacheSettings().semantic.threshold
    return {
        "pairs": len(rows),
        "duplicates": int(duplicate.sum()),
        "distinct_texts": len(texts),
        "encode_s": round(encode_s, 1),
        "default": rates(default),
        "target_false_hit_rate": 0.01,
        "sweep": [rates(t) for t in np.arange(0.70, 0.995, 0.01)],
    }


def scan_cost(dimensions: int) -> dict[str, Any]:
    rng = np.random.default_rng(0)
    report: dict[str, Any] = {
        "numpy_scan_ms": {},
        "sqlite_read_and_scan_ms": {},
        "sqlite_put_ms": {},
    }
    for n in (1_000, 10_000, 100_000):
        vectors = rng.standard_normal((n, dimensions)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        candidates = Vectors([str(i) for i in range(n)], vectors)
        query = vectors[0]
        started = time.perf_counter()
        for _ in range(5):
            nearest(query, candidates, 0.965)
        report["numpy_scan_ms"][str(n)] = round((time.perf_counter() - started) / 5 * 1000, 2)
    for n in (1_000, 10_000):
        put_ms, scan_ms = asyncio.run(sqlite_scan(n, dimensions))
        report["sqlite_put_ms"][str(n)] = round(put_ms, 3)
        report["sqlite_read_and_scan_ms"][str(n)] = round(scan_ms, 2)
    return report


async def sqlite_scan(n: int, dimensions: int) -> tuple[float, float]:
    """(mean ms to store one entry while filling to n, ms to read back n vectors and scan)."""
    rng = np.random.default_rng(1)
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "cache.sqlite3", ttl_s=3600, max_entries=n)
        started = time.perf_counter()
        for i in range(n):
            vector = rng.standard_normal(dimensions).astype(np.float32)
            entry = Entry("ns", f"k{i}", "m", b"{}", "filter", vector / np.linalg.norm(vector))
            await store.put(entry)
        put_ms = (time.perf_counter() - started) / n * 1000
        started = time.perf_counter()
        for _ in range(5):
            nearest(vector, await store.vectors("ns", "filter"), 0.965)
        scan_ms = (time.perf_counter() - started) / 5 * 1000
        await store.aclose()
    return put_ms, scan_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--skip-qqp", action="store_true")
    args = parser.parse_args()
    exit_on_sigterm()
    started, host = now_iso(), machine()
    results: dict[str, Any] = {}
    if not args.skip_latency:
        results["latency"] = latency()
    encoder = load_encoder()
    if not args.skip_qqp:
        results["semantic_threshold_qqp"] = thresholds(args.pairs, encoder)
    results["brute_force_scan"] = scan_cost(encoder.dimensions)
    emit("cache", {"benchmark": "cache", "started": started, "machine": host, **results})


if __name__ == "__main__":
    main()
