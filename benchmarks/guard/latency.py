#!/usr/bin/env python3
"""Guard cost per request: the latency a guard policy adds, through the gateway.

Starts the stub upstream and three minigate processes that forward model ``stub`` to it and
differ only in their guard policy: none; a cheap one (keywords, PII redaction, injection
heuristics on the prompt; PII leaks and the canary on the answer); and the full one (the same
with the injection classifier on MiniLM embeddings, and the harm classifier on the answer).
Every request carries a different prompt (gsm8k questions and headlines), and the stub's
answer echoes it, because the guard reuses an embedding or a classifier reading it has just
computed for the same text. Requests go one at a time, in
turn to each gateway (the first one rotating), so that the machine's noise falls on all
alike; each gateway has loaded MiniLM before the first request, so no model load in the
background competes with the timed ones.

``--baseline-src DIR`` also starts the three gateways from another checkout's ``src`` (an
earlier commit, as a worktree), interleaved with this one's in the same run: a before/after
comparison under the same machine load. ``--rounds R`` reports the added p50 of R
consecutive blocks of requests too, to show how much it moves within a run.

Run (about a minute): .venv/bin/python benchmarks/guard/latency.py
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
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


def gateway_config(work: Path, label: str, name: str, upstream_port: int) -> Path:
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
        "store": {"url": f"sqlite:///{work / label}.db"},
        "cache": {"enabled": False},
    }
    if policy is not None:
        config["guard"] = {"policies": [{"id": name, **policy}]}
    path = work / f"{label}.yaml"
    path.write_text(json.dumps(config))  # JSON is YAML
    return path


def start(
    servers: Servers, work: Path, trees: dict[str, str], names: tuple[str, ...] = tuple(POLICIES)
) -> dict[str, str]:
    """Start the upstream and, for each source tree (label -> ``src`` path, "" for this
    checkout), one gateway per policy in ``names``; returns each gateway's chat URL by label
    (the tree's label, then the policy's name)."""
    upstream = free_port()
    # Each answer echoes its prompt: a constant answer would be scanned once and then found
    # in the guard's memos (the embeddings', the fine-tuned classifier's), not timed.
    stub = (
        *("-m", "minigate.testing.stub_upstream", "--host", LOOPBACK, "--port", str(upstream)),
        *("--text", "Here is my answer to your question: {user}"),
    )
    servers.start("upstream", [str(VENV_BIN / "python"), *stub])
    servers.wait_ready("upstream", f"http://{LOOPBACK}:{upstream}/v1/models")
    urls = {}
    for tree, src in trees.items():
        env = {"PYTHONPATH": src} if src else None
        for name in names:
            label = f"{tree}{name}"
            port = free_port()
            config = gateway_config(work, label.replace(":", "_"), name, upstream)
            servers.start(label, minigate_argv(port, config), env)
            servers.wait_ready(label, f"http://{LOOPBACK}:{port}/health")
            urls[label] = f"http://{LOOPBACK}:{port}/v1"
    with httpx.Client(timeout=300) as client:
        for url in urls.values():  # MiniLM loads in the background: wait for it to finish
            body = {"model": "all-minilm-l6-v2", "input": "ready?"}
            client.post(f"{url}/embeddings", json=body).raise_for_status()
    return {label: f"{url}/chat/completions" for label, url in urls.items()}


def prompts(count: int) -> list[str]:
    questions = [str(r["question"]) for r in guardlib.read_jsonl("tasks/gsm8k.jsonl")]
    headlines = [str(r["headline"]) for r in guardlib.read_jsonl("tasks/headlines.jsonl")]
    mixed = [text for pair in zip(questions, headlines, strict=False) for text in pair]
    return mixed[:count]


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux ``/proc``), threads included."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(
    urls: dict[str, str],
    texts: list[str],
    warmup: int,
    rounds: int,
    trees: list[str],
    pids: dict[str, int],
) -> dict[str, Any]:
    times: dict[str, list[float]] = {label: [] for label in urls}
    order = list(urls.items())
    cpu: dict[str, float] = {}
    with httpx.Client(timeout=60) as client:
        for n, text in enumerate(texts):
            if n == warmup:
                cpu = {label: cpu_seconds(pids[label]) for label in urls}
            body = {"model": "stub", "messages": [{"role": "user", "content": text}]}
            turn = n % len(order)
            for label, url in order[turn:] + order[:turn]:
                started = time.perf_counter()
                response = client.post(url, json=body)
                elapsed = time.perf_counter() - started
                response.raise_for_status()
                if n >= warmup:
                    times[label].append(elapsed)
    summary: dict[str, Any] = {label: percentiles_ms(t) for label, t in times.items()}
    # The gateway process's own CPU per request (all its threads: the ledger and audit
    # writers too), which the machine's other load does not inflate as much as wall time.
    summary["gateway_cpu_ms_per_request"] = {
        label: round((cpu_seconds(pids[label]) - cpu[label]) * 1000 / len(times[label]), 3)
        for label in urls
    }
    for tree in trees:
        bare = times[f"{tree}no_guard"]
        for name in ("cheap_guard", "full_guard"):
            guarded = times[f"{tree}{name}"]
            summary[f"{tree}{name}_added_ms"] = {
                q: round(summary[f"{tree}{name}"][q] - summary[f"{tree}no_guard"][q], 3)
                for q in ("p50", "p95")
            }
            if rounds > 1:
                size = len(guarded) // rounds
                blocks = [slice(r * size, (r + 1) * size) for r in range(rounds)]
                added = [_p50(guarded[b]) - _p50(bare[b]) for b in blocks]
                summary[f"{tree}{name}_added_p50_by_round"] = [round(a, 3) for a in added]
                summary[f"{tree}{name}_added_p50_median_of_rounds"] = round(
                    statistics.median(added), 3
                )
    return summary


def _p50(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=300, help="per gateway")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=1, help="also report R blocks' p50")
    parser.add_argument(
        "--baseline-src",
        metavar="DIR",
        help="also run the gateways from this src folder (another checkout), interleaved",
    )
    args = parser.parse_args()
    exit_on_sigterm()
    started = now_iso()
    trees = {"": ""}
    if args.baseline_src:
        trees["baseline:"] = str(Path(args.baseline_src).resolve())
    with tempfile.TemporaryDirectory(prefix="minigate-bench-") as tmp, Servers(Path(tmp)) as srv:
        urls = start(srv, Path(tmp), trees)
        texts = prompts(args.requests + args.warmup)
        pids = {label: srv.procs[label].pid for label in urls}
        summary = measure(urls, texts, args.warmup, args.rounds, list(trees), pids)
    emit(
        "guard_latency",
        {
            "benchmark": "guard_latency",
            "started": started,
            "machine": machine(),
            "stack": "stub upstream, ledger and audit on (SQLite), cache off, concurrency 1",
            "policies": POLICIES,
            "requests_per_gateway": args.requests,
            "baseline_src": trees.get("baseline:"),
            "load_average_at_end": list(os.getloadavg()),
            "latency_ms": summary,
        },
    )


if __name__ == "__main__":
    main()
