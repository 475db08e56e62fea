#!/usr/bin/env python3
"""What one long prompt costs everyone else: short requests' latency through a guarded
gateway while another client keeps sending a 90 KB prompt, against the same gateway idle.

Starts the stub upstream (it echoes the prompt, so the answer is as long and is scanned too)
and, for this checkout and for ``--baseline-src DIR`` (an earlier commit's ``src``), one
gateway with the cheap guard policy of ``latency.py`` (keywords, PII, injection heuristics;
PII and canary on the answer). Each gateway is timed in turn, in ``--rounds`` alternating
blocks so that the machine's noise falls on both alike: ``--requests`` short prompts one at
a time, first alone, then while a second client sends the long prompt back to back. The
long prompt is the standard library's ``argparse.py`` (about 100 KB of Python, present on
any machine). Round twelve moved the guard's pure-Python reading of texts of 4,096
characters or more off the event loop (``backends.worker.off_loop``); compare with the
commit before it.

    .venv/bin/python benchmarks/guard/long_text_stall.py --baseline-src /tmp/before/src
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from latency import POLICIES, start

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchlib import (
    Servers,
    emit,
    exit_on_sigterm,
    machine,
    now_iso,
    percentiles_ms,
)

POLICY = "cheap_guard"
SHORT = "What is the capital of France? Answer in one word."


def long_prompt() -> str:
    return Path(argparse.__file__).read_text(encoding="utf-8")


def _body(text: str) -> dict[str, Any]:
    return {"model": "stub", "messages": [{"role": "user", "content": text}]}


def _short_requests(client: httpx.Client, url: str, count: int) -> list[float]:
    times = []
    for _ in range(count):
        started = time.perf_counter()
        client.post(url, json=_body(SHORT)).raise_for_status()
        times.append(time.perf_counter() - started)
    return times


def block(url: str, count: int, long_text: str) -> dict[str, Any]:
    """``count`` short requests alone, then ``count`` beside a client sending ``long_text``
    back to back; the long requests' own latency too."""
    with httpx.Client(timeout=120) as client:
        _short_requests(client, url, 5)  # warm
        alone = _short_requests(client, url, count)
        stop = threading.Event()
        long_times: list[float] = []
        failed: list[str] = []
        blocked: list[int] = []

        def pound() -> None:
            with httpx.Client(timeout=120) as other:
                while not stop.is_set():
                    started = time.perf_counter()
                    response = other.post(url, json=_body(long_text))
                    # a block is a whole reading too (the cheap policy's n-gram model blocks
                    # argparse.py as a prompt: counted in the report)
                    if response.status_code == 400 and "content_policy" in response.text:
                        blocked.append(1)
                    elif response.status_code != 200:
                        failed.append(
                            f"the long prompt got {response.status_code}: {response.text}"
                        )
                        return
                    long_times.append(time.perf_counter() - started)

        pounder = threading.Thread(target=pound, daemon=True)
        pounder.start()
        time.sleep(0.3)
        beside = _short_requests(client, url, count)
        stop.set()
        pounder.join()
    if failed:
        raise SystemExit(failed[0])
    return {"alone": alone, "beside_long": beside, "long": long_times, "blocked": blocked}


def summary(times: list[float]) -> dict[str, float]:
    out = percentiles_ms(times)
    out["max"] = round(max(times) * 1000, 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=100, help="short ones per block")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline-src", metavar="DIR", help="an earlier checkout's src")
    args = parser.parse_args()
    exit_on_sigterm()
    started = now_iso()
    # explicit src folders: in a git worktree the venv's editable install is another checkout's
    trees = {"this": str(Path(__file__).resolve().parents[2] / "src")}
    if args.baseline_src:
        trees["baseline"] = str(Path(args.baseline_src).resolve())
    text = long_prompt()
    runs: dict[str, dict[str, list[float]]] = {
        t: {"alone": [], "beside_long": [], "long": [], "blocked": []} for t in trees
    }
    with tempfile.TemporaryDirectory(prefix="minigate-bench-") as tmp, Servers(Path(tmp)) as srv:
        urls = {
            label.removesuffix(POLICY): url
            for label, url in start(srv, Path(tmp), trees, (POLICY,)).items()
        }
        for n in range(args.rounds):
            order = list(urls.items())
            for label, url in order[n % len(order) :] + order[: n % len(order)]:
                for key, values in block(url, args.requests, text).items():
                    runs[label][key].extend(values)
    latency = {
        label: {key: summary(values) for key, values in parts.items() if key != "blocked"}
        for label, parts in runs.items()
    }
    blocked = {label: f"{len(p['blocked'])}/{len(p['long'])}" for label, p in runs.items()}
    doc: dict[str, Any] = {
        "benchmark": "guard_long_text_stall",
        "started": started,
        "machine": machine(),
        "policy": {POLICY: POLICIES[POLICY]},
        "long_prompt_chars": len(text),
        "short_requests_per_arm": args.requests * args.rounds,
        "baseline_src": trees.get("baseline"),
        "load_average_at_end": list(os.getloadavg()),
        "latency_ms": latency,
        "long_prompts_blocked_by_the_guard": blocked,
    }
    if "baseline" in latency:
        doc["short_beside_long_ratio_this_to_baseline"] = {
            q: round(latency["this"]["beside_long"][q] / latency["baseline"]["beside_long"][q], 3)
            for q in ("p50", "p95", "p99", "max")
        }
    emit("guard-long-text-stall", doc)


if __name__ == "__main__":
    main()
