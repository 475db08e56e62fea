#!/usr/bin/env python3
"""Local models under concurrency: minigate's engine against llama.cpp's own server.

Phases, one after the other so that only one copy of a model computes at a time:

1. raw: one stream on ``llama_cpp.Llama`` in this process (same GGUF, n_ctx, threads), the
   single-stream baseline (target: minigate's single stream >= 0.9x).
2. streams: for each model and each server (minigate with ``parallel: 8``; ``llama-server
   -np 8`` when benchmarks/setup.sh --llama-server has built it, or ``--llama-server PATH``),
   1, 2, 4, 8 and 16 concurrent streams of ``--max-tokens`` new tokens, each with its own
   prompt: aggregate tokens/s (all tokens / wall time), per-stream tokens/s (tokens after the
   first / time after the first), TTFT p50/p95 (target: minigate's aggregate at 8 >= 0.9x
   llama-server's). Both servers are up at once and take turns, one stream count at a time
   and in alternating order, so that a change in the machine's load hits both; each
   measurement carries the cores other processes kept busy meanwhile (``foreign_cores``).
3. prefix: TTFT with a shared ~1,000-token system prompt, on a miss (a system prompt no slot
   holds) and on a hit (the same system prompt, another question) (target: hit >= 3x lower).
4. embeddings: 32 single-sentence /v1/embeddings requests one at a time, then all at once.
5. mixed: one stream's tokens/s alone and while 8 clients keep asking for embeddings (the
   thread budget: neither should collapse).
6. rss: the gateway's resident memory after 100 and after ``--rss-requests`` requests
   (target: within 10%).

Figures on a shared machine are rough: the JSON carries ``uptime`` at start and end.

    python benchmarks/concurrency.py                       # everything, both models
    python benchmarks/concurrency.py --models qwen-coder-0.5b --phases raw,streams \
        --qwen /path/to/qwen.gguf --llama-server /path/to/llama-server   # one model, split
    python benchmarks/concurrency.py --models smollm2 --streams 1,2,4,8 --max-tokens 32 \\
        --phases streams,prefix,embeddings --rss-requests 300   # a reduced run
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from benchlib import (
    LOOPBACK,
    ROOT,
    ForeignLoad,
    Servers,
    emit,
    exit_on_sigterm,
    free_port,
    now_iso,
    state_in,
)

QWEN = ROOT / ".cache" / "models" / "qwen2.5-coder-0.5b-instruct-q4.gguf"  # router/setup.sh
LLAMA_SERVER = ROOT / ".cache" / "llama-server" / "llama-server"  # setup.sh --llama-server
N_CTX = 2048
PARALLEL = 8
TOPICS = (
    "a dragon",
    "the sea",
    "a lighthouse keeper",
    "a robot gardener",
    "a lost key",
    "the moon",
    "a mountain village",
    "an old train",
)
PHASES = ("raw", "streams", "prefix", "embeddings", "mixed", "rss")


def prompt(i: int) -> str:
    return f"Write a long, detailed story about {TOPICS[i % len(TOPICS)]} (version {i})."


def model_paths(names: list[str], qwen: Path) -> dict[str, Path]:
    from minigate.backends.builtin import resolve_weights

    known = {"smollm2": resolve_weights("builtin:smollm2"), "qwen-coder-0.5b": qwen}
    missing = [n for n in names if n not in known or not known[n].exists()]
    if missing:
        sys.exit(f"no GGUF for {missing}: run benchmarks/router/setup.sh for Qwen, or --qwen")
    return {n: known[n] for n in names}


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def progress(*parts: object) -> None:
    """A line on stderr while a long run goes on (the JSON comes at the end)."""
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


# -- servers -----------------------------------------------------------------------------------


def start_minigate(servers: Servers, work: Path, models: list[dict[str, Any]]) -> str:
    config = work / "minigate.yaml"
    config.write_text(
        json.dumps(  # JSON is YAML
            {
                **state_in(work),
                "audit": {"enabled": False},  # not what is measured here
                "server": {"access_log": False},
                "cache": {"enabled": False},  # generation is measured, not the cache
                "models": models,
            }
        )
    )
    port = free_port()
    argv = [sys.executable, "-m", "minigate", "serve", "--host", LOOPBACK, "--port", str(port)]
    env = {"PYTHONPATH": str(ROOT / "src")}
    servers.start("minigate", [*argv, "--config", str(config)], env)
    servers.wait_ready("minigate", f"http://{LOOPBACK}:{port}/health", timeout_s=300)
    return f"http://{LOOPBACK}:{port}"


def start_llama_server(servers: Servers, binary: Path, path: Path, threads: int) -> str:
    port = free_port()
    argv = [str(binary), "-m", str(path), "-np", str(PARALLEL), "-c", str(N_CTX * PARALLEL)]
    argv += ["-t", str(threads), "-tb", str(threads), "--host", LOOPBACK, "--port", str(port)]
    servers.start("llama-server", argv)
    servers.wait_ready("llama-server", f"http://{LOOPBACK}:{port}/health", timeout_s=300)
    return f"http://{LOOPBACK}:{port}"


def local_model(model_id: str, path: Path, threads: int) -> dict[str, Any]:
    return {
        "id": model_id,
        "backend": "llama_cpp",
        "path": str(path),
        "n_ctx": N_CTX,
        "parallel": PARALLEL,
        "n_threads": threads,
        "max_queue": 64,
        "queue_timeout_s": 600,
    }


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


# -- one stream ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Stream:
    started: float
    first: float
    ended: float
    tokens: int

    @property
    def ttft(self) -> float:
        return self.first - self.started

    @property
    def rate(self) -> float:
        return (self.tokens - 1) / (self.ended - self.first) if self.ended > self.first else 0.0


async def stream(
    client: httpx.AsyncClient, base: str, body: dict[str, Any], started: float | None = None
) -> Stream:
    started = started or time.perf_counter()
    first, chunks, usage = 0.0, 0, None
    body = {**body, "stream": True, "stream_options": {"include_usage": True}}
    async with client.stream("POST", f"{base}/v1/chat/completions", json=body) as response:
        response.raise_for_status()
        async for line in response.aiter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            event = json.loads(line[6:])
            usage = event.get("usage") or usage
            for choice in event.get("choices") or []:
                if choice.get("delta", {}).get("content"):
                    first = first or time.perf_counter()
                    chunks += 1
    tokens = int(usage["completion_tokens"]) if usage else chunks
    return Stream(started, first or time.perf_counter(), time.perf_counter(), tokens)


def chat(model: str, text: str, max_tokens: int, system: str | None = None) -> dict[str, Any]:
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": text})
    return {"model": model, "messages": messages, "max_tokens": max_tokens, "temperature": 0}


def summary(runs: list[Stream], wall: float) -> dict[str, Any]:
    ttfts = sorted(r.ttft for r in runs)
    return {
        "aggregate_tok_s": round(sum(r.tokens for r in runs) / wall, 2),
        "per_stream_tok_s": round(statistics.mean(r.rate for r in runs), 2),
        "ttft_p50_ms": round(statistics.median(ttfts) * 1000),
        "ttft_p95_ms": round(ttfts[min(len(ttfts) - 1, round(0.95 * (len(ttfts) - 1)))] * 1000),
        "tokens": [r.tokens for r in runs],
    }


async def concurrent(base: str, model: str, streams: int, max_tokens: int) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=None) as client:
        await stream(client, base, chat(model, prompt(99), 4))  # warm up
        before = await engine_seconds(client, base, model)
        started = time.perf_counter()
        runs = await asyncio.gather(
            *(
                stream(client, base, chat(model, prompt(i), max_tokens), started)
                for i in range(streams)
            )
        )
        figures = summary(list(runs), time.perf_counter() - started)
        after = await engine_seconds(client, base, model)
    if before and after and after[0] > before[0]:
        # The profile of minigate's decode thread: the share of its steps spent outside
        # llama_decode (batch building, sampling, detokenising: Python's per-step overhead).
        step, decode = after[0] - before[0], after[1] - before[1]
        figures["step_outside_llama_decode"] = round(1 - decode / step, 3)
    return figures


async def engine_seconds(
    client: httpx.AsyncClient, base: str, model: str
) -> tuple[float, float] | None:
    """minigate's step and llama_decode seconds from /metrics (None from llama-server)."""
    response = await client.get(f"{base}/metrics")
    found = {}
    for name in ("step", "decode"):
        match = re.search(
            rf'^minigate_engine_{name}_seconds_total{{model="{model}"}} (\S+)$',
            response.text,
            re.MULTILINE,
        )
        if response.status_code != 200 or match is None:
            return None
        found[name] = float(match.group(1))
    return found["step"], found["decode"]


# -- phases --------------------------------------------------------------------------------------


def raw_phase(path: Path, threads: int, max_tokens: int) -> dict[str, Any]:
    from llama_cpp import Llama

    llm = Llama(model_path=str(path), n_ctx=N_CTX, n_threads=threads, verbose=False)
    try:
        messages: Any = [{"role": "user", "content": prompt(0)}]
        started = time.perf_counter()
        first, tokens = 0.0, 0
        for chunk in llm.create_chat_completion(
            messages=messages, max_tokens=max_tokens, temperature=0, stream=True
        ):
            if chunk["choices"][0]["delta"].get("content"):
                first = first or time.perf_counter()
                tokens += 1
        run = Stream(started, first, time.perf_counter(), tokens)
        return {"ttft_ms": round(run.ttft * 1000), "tok_s": round(run.rate, 2), "tokens": tokens}
    finally:
        llm.close()


async def prefix_phase(base: str, model: str, pairs: int) -> dict[str, Any]:
    rule = "Answer briefly and politely; cite the shop's rules when they apply. "
    rules = "".join(f"Rule {n}: {rule}" for n in range(60))  # ~1,000 tokens
    misses, hits = [], []
    async with httpx.AsyncClient(timeout=None) as client:
        for pair in range(pairs):
            system = f"Shop {pair}-{time.time_ns()}. {rules}"  # no slot holds this one yet
            miss = await stream(client, base, chat(model, "Which tool digs?", 1, system))
            hit = await stream(client, base, chat(model, "Which tool cuts?", 1, system))
            misses.append(miss.ttft)
            hits.append(hit.ttft)
    miss_ms, hit_ms = statistics.median(misses) * 1000, statistics.median(hits) * 1000
    return {
        "miss_ttft_ms": round(miss_ms),
        "hit_ttft_ms": round(hit_ms),
        "speedup": round(miss_ms / hit_ms, 2),
        "pairs": pairs,
    }


async def embed(client: httpx.AsyncClient, base: str, text: str) -> None:
    body = {"model": "all-minilm-l6-v2", "input": text}
    (await client.post(f"{base}/v1/embeddings", json=body)).raise_for_status()


async def embeddings_phase(base: str, count: int = 32) -> dict[str, Any]:
    sentences = [f"Sentence number {i} is about {TOPICS[i % len(TOPICS)]}." for i in range(count)]
    async with httpx.AsyncClient(timeout=None) as client:
        await embed(client, base, "warm up")
        started = time.perf_counter()
        for text in sentences:
            await embed(client, base, text)
        serial = time.perf_counter() - started
        started = time.perf_counter()
        await asyncio.gather(*(embed(client, base, text) for text in sentences))
        together = time.perf_counter() - started
    return {
        "requests": count,
        "one_at_a_time_per_s": round(count / serial, 1),
        "concurrent_per_s": round(count / together, 1),
        "speedup": round(serial / together, 2),
    }


async def mixed_phase(base: str, model: str, max_tokens: int) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=None) as client:
        alone = await stream(client, base, chat(model, prompt(1), max_tokens))
        done, embedded = False, 0

        async def keep_embedding() -> None:
            nonlocal embedded
            while not done:
                await embed(client, base, f"background sentence {embedded}")
                embedded += 1

        load = [asyncio.create_task(keep_embedding()) for _ in range(8)]
        started = time.perf_counter()
        beside = await stream(client, base, chat(model, prompt(1), max_tokens))
        elapsed = time.perf_counter() - started
        done = True
        await asyncio.gather(*load)
    return {
        "alone_tok_s": round(alone.rate, 2),
        "with_embeddings_tok_s": round(beside.rate, 2),
        "embeddings_per_s_meanwhile": round(embedded / elapsed, 1),
    }


async def rss_phase(base: str, model: str, pid: int, total: int) -> dict[str, Any]:
    sent = 0
    async with httpx.AsyncClient(timeout=None) as client:

        async def send(until: int) -> None:
            nonlocal sent
            while sent < until:
                sent += 1
                body = chat(model, f"Say a word about number {sent}.", 4)
                (await client.post(f"{base}/v1/chat/completions", json=body)).raise_for_status()

        await asyncio.gather(*(send(100) for _ in range(8)))
        after_100 = rss_mb(pid)
        await asyncio.gather(*(send(total) for _ in range(8)))
        after_all = rss_mb(pid)
    return {
        "rss_mb_after_100": after_100,
        f"rss_mb_after_{total}": after_all,
        "growth": round(after_all / after_100 - 1, 3),
    }


# -- the run -------------------------------------------------------------------------------------


def run(coro: Coroutine[Any, Any, dict[str, Any]]) -> dict[str, Any]:
    return asyncio.run(coro)


def main() -> None:
    exit_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", default="smollm2,qwen-coder-0.5b")
    parser.add_argument("--streams", default="1,2,4,8,16")
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--phases", default=",".join(PHASES))
    parser.add_argument("--prefix-pairs", type=int, default=3)
    parser.add_argument("--rss-requests", type=int, default=1000)
    parser.add_argument(
        "--qwen",
        type=Path,
        default=Path(os.environ.get("QWEN_GGUF", QWEN)),
        help="Qwen2.5-Coder-0.5B GGUF (env QWEN_GGUF)",
    )
    parser.add_argument(
        "--llama-server",
        type=Path,
        default=Path(os.environ.get("LLAMA_SERVER", LLAMA_SERVER)),
        help="llama.cpp's server binary (env LLAMA_SERVER); without it minigate runs alone",
    )
    args = parser.parse_args()
    phases = set(args.phases.split(","))
    counts = [int(c) for c in args.streams.split(",")]
    paths = model_paths(args.models.split(","), args.qwen)
    peer_binary: Path | None = args.llama_server if args.llama_server.exists() else None
    doc: dict[str, Any] = {
        "benchmark": "concurrency",
        "started": now_iso(),
        "uptime_at_start": uptime(),
        "threads": args.threads,
        "parallel": PARALLEL,
        "max_tokens": args.max_tokens,
        "llama_server": str(peer_binary) if peer_binary else None,
        "models": {},
    }
    progress("start", doc["uptime_at_start"])
    with tempfile.TemporaryDirectory() as tmp, Servers(Path(tmp)) as servers:
        for name, path in paths.items():
            doc["models"][name] = result = {"gguf": path.name}
            if "raw" in phases:
                result["raw_single_stream"] = raw_phase(path, args.threads, args.max_tokens)
                progress(name, "raw", result["raw_single_stream"])
            work = Path(tempfile.mkdtemp(dir=tmp))
            models = [local_model(name, path, args.threads)]
            if name == next(iter(paths)) and phases & {"embeddings", "mixed"}:
                # embeddings are measured once, beside the first model
                models.append(
                    {
                        "id": "all-minilm-l6-v2",
                        "backend": "sentence_transformers",
                        "path": "builtin:minilm",
                    }
                )
            base = start_minigate(servers, work, models)
            pid = servers.procs["minigate"].pid
            if "streams" in phases:
                sides = {"minigate": (base, pid)}
                if peer_binary is not None:
                    peer = start_llama_server(servers, peer_binary, path, args.threads)
                    sides["llama_server"] = (peer, servers.procs["llama-server"].pid)
                result.update(streams_phase(sides, name, counts, args.max_tokens))
                if peer_binary is not None:
                    servers.stop("llama-server")
            if "prefix" in phases:
                result["prefix"] = run(prefix_phase(base, name, args.prefix_pairs))
                progress(name, "prefix", result["prefix"])
            if len(models) > 1 and "embeddings" in phases:
                doc["embeddings"] = run(embeddings_phase(base))
                progress("embeddings", doc["embeddings"])
            if len(models) > 1 and "mixed" in phases:
                doc["mixed"] = run(mixed_phase(base, name, args.max_tokens))
                progress("mixed", doc["mixed"])
            if "rss" in phases:
                result["rss"] = run(rss_phase(base, name, pid, args.rss_requests))
                progress(name, "rss", result["rss"])
            servers.stop("minigate")
            compare(result)
    doc["uptime_at_end"] = uptime()
    progress("end", doc["uptime_at_end"])
    emit("concurrency", doc)


def streams_phase(
    sides: dict[str, tuple[str, int]], model: str, counts: list[int], max_tokens: int
) -> dict[str, dict[str, Any]]:
    """Each stream count on every server in turn, the order flipping from count to count."""
    results: dict[str, dict[str, Any]] = {side: {} for side in sides}
    order = list(sides)
    for count in counts:
        for side in order:
            base, pid = sides[side]
            with ForeignLoad(pid) as load:
                figures = run(concurrent(base, model, count, max_tokens))
            figures["foreign_cores"] = load.cores
            results[side][str(count)] = figures
            progress(model, side, count, {k: v for k, v in figures.items() if k != "tokens"})
        order.reverse()
    return results


def compare(result: dict[str, Any]) -> None:
    """The issue's targets, as ratios, where both sides were measured."""
    ours, theirs, raw = (
        result.get("minigate"),
        result.get("llama_server"),
        result.get("raw_single_stream"),
    )
    if ours and theirs and "8" in ours and "8" in theirs:
        result["aggregate_at_8_vs_llama_server"] = round(
            ours["8"]["aggregate_tok_s"] / theirs["8"]["aggregate_tok_s"], 2
        )
    if ours and raw and "1" in ours and raw["tok_s"]:
        result["single_stream_vs_raw"] = round(ours["1"]["per_stream_tok_s"] / raw["tok_s"], 2)


if __name__ == "__main__":
    main()
