"""Response cache figures, printed as JSON.

1. Latency through a running gateway, same run, interleaved per question: the request with
   the cache bypassed (``no-store``), the same request as a SmolLM2 miss (temperature 0,
   max_tokens 64; the difference is what the cache adds to a miss: embedding and storing),
   an exact hit and a semantic hit (a paraphrase).
2. The semantic threshold on the labelled Quora question pairs: for each threshold, the share
   of duplicate pairs that would hit (store text_a, query text_b) and of non-duplicate pairs
   that would hit falsely; the default threshold's figures.
3. The lexical veto (minigate.cache.veto) at the default threshold, side by side with the
   embedding alone: on the same Quora pairs (all 6,000, the set the threshold was chosen on;
   the benchmark has no dev/test split), the duplicates' hit rate and the non-duplicates'
   false-hit rate with and without it, what it refused and why, and its cost per check; and
   the same on ``cache_veto_pairs.jsonl``, pairs hand-written for this check: reversed
   meanings (negation, antonym, order) that should miss and paraphrases that both negate,
   which should hit.
4. The brute-force nearest-neighbour scan against N cached vectors, and reading N vectors of
   one semantic filter back from SQLite: why no ANN index is needed at the sizes a filter
   holds.

    MINIGATE_SHARED_DATA=/work/shared/data .venv/bin/python benchmarks/cache.py [--skip-latency]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time
from collections import Counter
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
from minigate.cache.veto import Veto, veto
from minigate.config import (
    BUILTIN_CHAT_MODEL,
    BUILTIN_EMBEDDING_MODEL,
    CacheSettings,
    SentenceTransformerModel,
)

SHARED_DATA = Path(os.environ.get("MINIGATE_SHARED_DATA", ROOT.parent / "shared" / "data"))
DEFAULT_PAIRS = SHARED_DATA / "paraphrase" / "qqp_pairs.jsonl"
VETO_PAIRS = Path(__file__).with_name("cache_veto_pairs.jsonl")
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


def read_pairs(path: Path) -> list[dict[str, Any]]:
    """The pairs of a JSONL file (a row without ``text_a`` is a note, not a pair)."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [r for r in rows if "text_a" in r]


def similarities(
    rows: list[dict[str, Any]], encoder: SentenceTransformerBackend
) -> tuple[np.ndarray, dict[str, Any]]:
    """The cosine of each pair's texts, from one batched pass over every distinct text."""
    texts = sorted({r["text_a"] for r in rows} | {r["text_b"] for r in rows})
    started = time.perf_counter()
    vectors, _ = encoder.encode(texts)
    encode_s = time.perf_counter() - started
    index = {text: i for i, text in enumerate(texts)}
    a = vectors[[index[r["text_a"]] for r in rows]]
    b = vectors[[index[r["text_b"]] for r in rows]]
    return (a * b).sum(axis=1), {"distinct_texts": len(texts), "encode_s": round(encode_s, 1)}


def thresholds(rows: list[dict[str, Any]], similarity: np.ndarray) -> dict[str, Any]:
    duplicate = np.array([bool(r["duplicate"]) for r in rows])

    def rates(t: float) -> dict[str, float]:
        return {
            "threshold": round(t, 3),
            "hit_rate_duplicates": round(float((similarity[duplicate] >= t).mean()), 4),
            "false_hit_rate_non_duplicates": round(float((similarity[~duplicate] >= t).mean()), 4),
        }

    default = CacheSettings().semantic.min_similarity
    return {
        "pairs": len(rows),
        "duplicates": int(duplicate.sum()),
        "default": rates(default),
        "target_false_hit_rate": 0.01,
        "sweep": [rates(t) for t in np.arange(0.70, 0.995, 0.01)],
    }


def vetoes(rows: list[dict[str, Any]]) -> tuple[list[Veto | None], dict[str, float]]:
    """The veto's reason for each pair (text_a cached, text_b asked), and its cost per check."""
    reasons: list[Veto | None] = []
    took: list[float] = []
    for row in rows:
        started = time.perf_counter()
        reasons.append(veto(row["text_a"], row["text_b"]))
        took.append(time.perf_counter() - started)
    us = [t * 1e6 for t in took]
    cost = {"median": round(statistics.median(us), 1), "mean": round(statistics.fmean(us), 1)}
    return reasons, cost | {"p99": round(float(np.percentile(us, 99)), 1), "checks": len(us)}


def served(
    similarity: np.ndarray, reasons: list[Veto | None], chosen: np.ndarray, threshold: float
) -> dict[str, Any]:
    """Of the ``chosen`` pairs: the share served without and with the veto, and the reasons
    of the ones it refused (above the threshold, and at any similarity)."""
    above = chosen & (similarity >= threshold)
    refused = np.array([r is not None for r in reasons])
    n = int(chosen.sum())
    kept = above & ~refused
    why = Counter(r for r, a in zip(reasons, above, strict=True) if a and r is not None)
    return {
        "pairs": n,
        "without_veto": round(int(above.sum()) / n, 4),
        "with_veto": round(int(kept.sum()) / n, 4),
        "served_without_veto": int(above.sum()),
        "served_with_veto": int(kept.sum()),
        "refused_above_threshold": dict(why.most_common()),
        "refused_at_any_similarity": round(int((chosen & refused).sum()) / n, 4),
    }


def veto_qqp(
    rows: list[dict[str, Any]], similarity: np.ndarray, reasons: list[Veto | None]
) -> dict[str, Any]:
    threshold = CacheSettings().semantic.min_similarity
    duplicate = np.array([bool(r["duplicate"]) for r in rows])
    refused = [
        {"cached": r["text_a"], "asked": r["text_b"], "similarity": round(float(s), 4), "veto": v}
        for r, s, v in zip(rows, similarity, reasons, strict=True)
        if r["duplicate"] and s >= threshold and v is not None
    ]
    return {
        "split": "all pairs: the set the threshold was chosen on (no dev/test split)",
        "threshold": threshold,
        "hit_rate_duplicates": served(similarity, reasons, duplicate, threshold),
        "false_hit_rate_non_duplicates": served(similarity, reasons, ~duplicate, threshold),
        "duplicates_refused_above_threshold": refused,
    }


def veto_handwritten(path: Path, encoder: SentenceTransformerBackend) -> dict[str, Any]:
    rows = read_pairs(path)
    similarity, encoded = similarities(rows, encoder)
    reasons, _ = vetoes(rows)
    threshold = CacheSettings().semantic.min_similarity
    kinds = np.array([r["kind"] for r in rows])
    categories = np.array([r["category"] for r in rows])
    report: dict[str, Any] = {"source": path.name, "threshold": threshold, **encoded}
    for kind in ("reversed", "paraphrase"):
        report[kind] = served(similarity, reasons, kinds == kind, threshold)
    report["reversed_by_category"] = {
        c: served(similarity, reasons, (kinds == "reversed") & (categories == c), threshold)
        for c in ("negation", "antonym", "order")
    }
    report["rows"] = [
        {
            "kind": r["kind"],
            "cached": r["text_a"],
            "asked": r["text_b"],
            "similarity": round(float(s), 4),
            "veto": v,
        }
        for r, s, v in zip(rows, similarity, reasons, strict=True)
    ]
    return report


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
    parser.add_argument("--veto-pairs", type=Path, default=VETO_PAIRS)
    parser.add_argument("--skip-qqp", action="store_true")
    args = parser.parse_args()
    exit_on_sigterm()
    started, host = now_iso(), machine()
    results: dict[str, Any] = {}
    if not args.skip_latency:
        results["latency"] = latency()
    encoder = load_encoder()
    if not args.skip_qqp:
        rows = read_pairs(args.pairs)
        similarity, encoded = similarities(rows, encoder)
        reasons, cost = vetoes(rows)
        results["semantic_threshold_qqp"] = encoded | thresholds(rows, similarity)
        results["veto_qqp"] = veto_qqp(rows, similarity, reasons) | {"veto_us_per_check": cost}
    results["veto_handwritten"] = veto_handwritten(args.veto_pairs, encoder)
    results["brute_force_scan"] = scan_cost(encoder.dimensions)
    emit("cache", {"benchmark": "cache", "started": started, "machine": host, **results})


if __name__ == "__main__":
    main()
