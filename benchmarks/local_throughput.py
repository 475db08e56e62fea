#!/usr/bin/env python3
"""Local generation speed: minigate's llama.cpp backend over HTTP against raw llama-cpp-python.

Two phases, one after the other, so that only one copy of the model computes at a time on
this small machine:

1. raw: ``llama_cpp.Llama`` on the built-in SmolLM2 GGUF with the settings minigate uses
   (n_ctx 2048, n_threads = os.cpu_count(), n_batch 512, verbose off), streaming
   ``create_chat_completion`` at temperature 0; completion tokens are the streamed text
   tokenized again. The model is closed before phase 2.
2. minigate: ``minigate serve`` with only that model configured, streaming
   ``/v1/chat/completions`` (stream_options.include_usage) at temperature 0; completion
   tokens are the usage the gateway reports.

Each phase runs one warm-up and then every prompt ``--reps`` times (prompts interleaved). Per
run: TTFT (request to first content) and tokens/s = completion_tokens / (last token time -
first token time). It reports medians per phase, the ratio minigate_tok_s / raw_tok_s (target
>= 0.9), whether both phases generated the same text, and per phase the most cores that
unrelated processes kept busy during a run (foreign_cores_max: above 0.15 a run is disturbed;
such a run is taken again after a wait for a quiet machine, up to --retries times).

Run (about a minute):

    .venv/bin/python benchmarks/local_throughput.py   # JSON on stdout, a copy in bench-results/
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from benchlib import (
    LOOPBACK,
    MAX_FOREIGN_CORES,
    ForeignLoad,
    Servers,
    emit,
    exit_on_sigterm,
    free_port,
    machine,
    minigate_argv,
    now_iso,
    state_in,
    wait_until_quiet,
)

MODEL_ID = "smollm2-135m-instruct"
PROMPTS = (
    "Explain in a few paragraphs how a hash table works.",
    "Write a short story about a lighthouse keeper who finds a message in a bottle.",
    "Give me a detailed plan for learning to cook in one month.",
)
N_CTX, N_BATCH = 2048, 512


@dataclass
class Sample:
    prompt: int
    ttft_s: float
    gen_s: float
    tokens: int
    text: str

    @property
    def tok_s(self) -> float:
        return self.tokens / self.gen_s if self.gen_s > 0 else 0.0


def gguf_path() -> Path:
    from minigate.backends.builtin import resolve_weights

    return resolve_weights("builtin:smollm2")


def timed(started: float, deltas: Iterator[str]) -> tuple[float, float, str]:
    """Consume streamed text pieces: (first piece time, last piece time, the whole text)."""
    first = last = 0.0
    parts: list[str] = []
    for piece in deltas:
        last = time.perf_counter()
        first = first or last
        parts.append(piece)
    if not parts:
        raise RuntimeError("the stream produced no text")
    return first - started, last - first, "".join(parts)


# -- phase 1: raw llama-cpp-python ---------------------------------------------------------


def raw_deltas(llm: Any, prompt: str, max_tokens: int) -> Iterator[str]:
    stream = llm.create_chat_completion(
        messages=[{"role": "user", "content": prompt}],
        stream=True,
        temperature=0.0,
        max_tokens=max_tokens,
    )
    for chunk in stream:
        if content := chunk["choices"][0]["delta"].get("content"):
            yield content


def raw_phase(args: argparse.Namespace) -> tuple[list[Sample], float]:
    """The raw runs and the cores other processes kept busy meanwhile."""
    from llama_cpp import Llama

    llm = Llama(
        model_path=str(gguf_path()),
        n_ctx=N_CTX,
        n_threads=os.cpu_count() or 1,
        n_batch=N_BATCH,
        verbose=False,
    )
    try:

        def one(index: int) -> Sample:
            started = time.perf_counter()
            ttft, gen, text = timed(started, raw_deltas(llm, PROMPTS[index], args.max_tokens))
            tokens = len(llm.tokenize(text.encode(), add_bos=False, special=False))
            return Sample(index, ttft, gen, tokens, text)

        return repeat(one, args, ())
    finally:
        llm.close()


# -- phase 2: minigate over HTTP -------------------------------------------------------------


def http_deltas(
    client: httpx.Client, url: str, prompt: str, max_tokens: int, usage: dict[str, Any]
) -> Iterator[str]:
    body = {
        "model": MODEL_ID,
        "messages": [{"role": "user", "content": prompt}],
        "stream": True,
        "stream_options": {"include_usage": True},
        "temperature": 0,
        "max_tokens": max_tokens,
    }
    with client.stream("POST", url, json=body) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            event = json.loads(line[6:])
            usage.update(event.get("usage") or {})
            for choice in event.get("choices", []):
                if content := choice["delta"].get("content"):
                    yield content


def minigate_phase(
    args: argparse.Namespace, work: Path, servers: Servers
) -> tuple[list[Sample], float]:
    config = work / "minigate.yaml"
    config.write_text(
        json.dumps(
            {  # JSON is YAML
                **state_in(work),
                "server": {"access_log": False},
                # Generation is measured: a repeated prompt must not come from the cache.
                "cache": {"enabled": False},
                "models": [{"id": MODEL_ID, "backend": "llama_cpp", "path": "builtin:smollm2"}],
            }
        )
    )
    port = free_port()
    pid = servers.start("minigate", minigate_argv(port, config))
    servers.wait_ready("minigate", f"http://{LOOPBACK}:{port}/health")
    url = f"http://{LOOPBACK}:{port}/v1/chat/completions"
    with httpx.Client(timeout=120) as client:

        def one(index: int) -> Sample:
            usage: dict[str, Any] = {}
            started = time.perf_counter()
            deltas = http_deltas(client, url, PROMPTS[index], args.max_tokens, usage)
            ttft, gen, text = timed(started, deltas)
            return Sample(index, ttft, gen, int(usage["completion_tokens"]), text)

        samples, foreign = repeat(one, args, (pid,))
    servers.stop("minigate")
    return samples, foreign


# -- runs and report -------------------------------------------------------------------------


def repeat(
    one: Callable[[int], Sample], args: argparse.Namespace, pids: tuple[int, ...]
) -> tuple[list[Sample], float]:
    """One warm-up run, then each prompt ``--reps`` times, prompts interleaved; returns the
    runs and the most cores other processes kept busy during one of them."""
    wait_until_quiet(args.wait_quiet)
    one(0)
    runs = [
        undisturbed(one, index, args, pids)
        for _ in range(args.reps)
        for index in range(len(PROMPTS))
    ]
    return [sample for sample, _ in runs], max(foreign for _, foreign in runs)


def undisturbed(
    one: Callable[[int], Sample], index: int, args: argparse.Namespace, pids: tuple[int, ...]
) -> tuple[Sample, float]:
    """``one(index)``, run again (after a wait for quiet) when other processes disturbed it."""
    for attempt in range(args.retries + 1):
        with ForeignLoad(*pids) as foreign:
            sample = one(index)
        if foreign.cores <= MAX_FOREIGN_CORES or attempt == args.retries:
            return sample, foreign.cores
        wait_until_quiet(args.wait_quiet)
    raise AssertionError("unreachable")


def summary(samples: list[Sample], foreign_cores: float) -> dict[str, Any]:
    return {
        "tok_s_median": round(statistics.median(s.tok_s for s in samples), 1),
        "tok_s_min": round(min(s.tok_s for s in samples), 1),
        "tok_s_max": round(max(s.tok_s for s in samples), 1),
        "ttft_ms_median": round(statistics.median(s.ttft_s for s in samples) * 1000, 1),
        "ttft_ms_max": round(max(s.ttft_s for s in samples) * 1000, 1),
        "completion_tokens_per_prompt": [
            next(s.tokens for s in samples if s.prompt == i) for i in range(len(PROMPTS))
        ],
        "runs": len(samples),
        "foreign_cores_max": foreign_cores,
    }


def same_text(raw: list[Sample], served: list[Sample]) -> list[bool]:
    def text_of(samples: list[Sample], index: int) -> str:
        return next(s.text for s in samples if s.prompt == index)

    return [text_of(raw, i) == text_of(served, i) for i in range(len(PROMPTS))]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--reps", type=int, default=3, help="runs of each prompt per phase")
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=60.0,
        metavar="S",
        help="wait up to S seconds for other processes to leave the CPUs idle",
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=2,
        help="runs taken again when other processes disturbed them",
    )
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    exit_on_sigterm()
    started, host = now_iso(), machine()
    raw, raw_foreign = raw_phase(args)
    gc.collect()  # the raw model is closed and gone before the server loads its own
    with tempfile.TemporaryDirectory(prefix="minigate-bench-") as tmp, Servers(Path(tmp)) as srv:
        served, served_foreign = minigate_phase(args, Path(tmp), srv)
    raw_sum, served_sum = summary(raw, raw_foreign), summary(served, served_foreign)
    emit(
        "local_throughput",
        {
            "benchmark": "local_throughput",
            "started": started,
            "machine": host,
            "settings": {
                "model": MODEL_ID,
                "n_ctx": N_CTX,
                "n_threads": os.cpu_count(),
                "n_batch": N_BATCH,
                "max_tokens": args.max_tokens,
                "temperature": 0,
                "prompts": len(PROMPTS),
                "reps": args.reps,
            },
            "raw": raw_sum,
            "minigate": served_sum,
            "ratio_tok_s": round(served_sum["tok_s_median"] / raw_sum["tok_s_median"], 3),
            "ratio_target": 0.9,
            "same_text_per_prompt": same_text(raw, served),
        },
    )


if __name__ == "__main__":
    main()
