#!/usr/bin/env python3
"""Guard cost per request: the latency a guard policy adds, through the gateway.

Starts the stub upstream and three minigate processes that forward model ``stub`` to it and
differ only in their guard policy: none; a cheap one (keywords, PII redaction, injection
heuristics on the prompt; PII leaks and the canary on the answer); and the full one (the same
with the injection classifier on MiniLM embeddings, and the harm classifier on the answer).
Every request carries a different prompt (gsm8k questions and headlines), because the guard
reuses an embedding it has just computed for the same text. Requests go one at a time, in
turn to each gateway, so that the machine's noise falls on all three alike.

Run (about a minute): .venv/bin/python benchmarks/guard/latency.py
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import guardlib
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchlib import (
    LOOPBACK,
    VENV_BIN,
    Servers,
    emit,
    exit_on_sigterm,
    free_port,
    machine,
    minigate_argv,
    now_iso,
    percentiles_ms,
)

CHEAP_INPUT = [
    {"type": "keywords", "deny": ["miracle cure", "包治百病"]},
    {"type": "pii", "action": "redact"},
    {"type": "injection", "use_embeddings": False},
]
CHEAP_OUTPUT = [{"type": "pii", "action": "redact"}, {"type": "canary"}]
POLICIES: dict[str, dict[str, Any] | None] = {
    "no_guard": None,
    "cheap_guard": {"input": CHEAP_INPUT, "output": CHEAP_OUTPUT},
    "full_guard": {
        "input": [*CHEAP_INPUT[:2], {"type": "injection"}],
        "output": [*CHEAP_OUTPUT, {"type": "harm"}],
    },
}


def gateway_config(work: Path, name: str, upstream_port: int) -> Path:
    policy = POLICIES[name]
    config: dict[str, Any] = {
        "server": {"access_log": False},
        "models": [
            {
                "id": "stub",
                "backend": "openai",
                "base_url": f"http://{LOOPBACK}:{upstream_port}/v1",
                "max_retries": 0,
            },
            {
                "id": "all-minilm-l6-v2",
                "backend": "sentence_transformers",
                "path": "builtin:minilm",
            },
        ],
        "store": {"url": f"sqlite:///{work / name}.db"},
        "cache": {"enabled": False},
    }
    if policy is not None:
        config["guard"] = {"policies": [{"id": name, **policy}]}
    path = work / f"{name}.yaml"
    path.write_text(json.dumps(config))  # JSON is YAML
    return path


def start(servers: Servers, work: Path) -> dict[str, str]:
    upstream = free_port()
    stub = ("-m", "minigate.testing.stub_upstream", "--host", LOOPBACK, "--port", str(upstream))
    servers.start("upstream", [str(VENV_BIN / "python"), *stub])
    servers.wait_ready("upstream", f"http://{LOOPBACK}:{upstream}/v1/models")
    urls = {}
    for name in POLICIES:
        port = free_port()
        servers.start(name, minigate_argv(port, gateway_config(work, name, upstream)))
        servers.wait_ready(name, f"http://{LOOPBACK}:{port}/health")
        urls[name] = f"http://{LOOPBACK}:{port}/v1/chat/completions"
    return urls


def prompts(count: int) -> list[str]:
    questions = [str(r["question"]) for r in guardlib.read_jsonl("tasks/gsm8k.jsonl")]
    headlines = [str(r["headline"]) for r in guardlib.read_jsonl("tasks/headlines.jsonl")]
    mixed = [text for pair in zip(questions, headlines, strict=False) for text in pair]
    return mixed[:count]


def measure(urls: dict[str, str], texts: list[str], warmup: int) -> dict[str, Any]:
    times: dict[str, list[float]] = {name: [] for name in urls}
    with httpx.Client(timeout=60) as client:
        for n, text in enumerate(texts):
            body = {"model": "stub", "messages": [{"role": "user", "content": text}]}
            for name, url in urls.items():
                started = time.perf_counter()
                response = client.post(url, json=body)
                elapsed = time.perf_counter() - started
                response.raise_for_status()
                if n >= warmup:
                    times[name].append(elapsed)
    summary: dict[str, Any] = {name: percentiles_ms(t) for name, t in times.items()}
    for name in ("cheap_guard", "full_guard"):
        summary[f"{name}_added_ms"] = {
            q: round(summary[name][q] - summary["no_guard"][q], 3) for q in ("p50", "p95")
        }
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=300, help="per gateway")
    parser.add_argument("--warmup", type=int, default=20)
    args = parser.parse_args()
    exit_on_sigterm()
    started = now_iso()
    with tempfile.TemporaryDirectory(prefix="minigate-bench-") as tmp, Servers(Path(tmp)) as srv:
        urls = start(srv, Path(tmp))
        summary = measure(urls, prompts(args.requests + args.warmup), args.warmup)
    emit(
        "guard_latency",
        {
            "benchmark": "guard_latency",
            "started": started,
            "machine": machine(),
            "stack": "stub upstream, ledger and audit on (SQLite), cache off, concurrency 1",
            "policies": POLICIES,
            "requests_per_gateway": args.requests,
            "latency_ms": summary,
        },
    )


if __name__ == "__main__":
    main()
