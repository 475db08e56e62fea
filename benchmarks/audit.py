#!/usr/bin/env python3
"""Audit trail cost: the latency the audit stage adds per request, and entries appended per second.

Starts minigate's stub upstream and two minigate processes forwarding model ``stub`` to it, alike
but for ``audit.enabled`` (ledger on, cache off, each with its own SQLite store). At concurrency
1 and 32 it sends the same tiny chat completion to each, alternately, with overhead.py's raw
asyncio HTTP/1.1 load generator, and reports p50/p95/p99 per gateway and the added latency
(audit on minus audit off). Then, in this process, it appends entries straight to an AuditLog on
a fresh SQLite store, one at a time and in a burst, and reports entries/s.

Run (about a minute): .venv/bin/python benchmarks/audit.py
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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
from minigate.audit import open_audit
from minigate.config import Settings
from overhead import Target, drive, run_loop

LEVELS = (1, 32)
GATEWAYS = ("audit_off", "audit_on")


def gateway_config(work: Path, name: str, upstream_port: int) -> Path:
    config = {
        "server": {"access_log": False},
        "models": [
            {
                "id": "stub",
                "backend": "openai",
                "base_url": f"http://{LOOPBACK}:{upstream_port}/v1",
                "max_retries": 0,
            }
        ],
        "store": {"url": f"sqlite:///{work / name}.db"},
        "cache": {"enabled": False},
        "audit": {"enabled": name == "audit_on"},
    }
    path = work / f"{name}.yaml"
    path.write_text(json.dumps(config))  # JSON is YAML
    return path


def start(servers: Servers, work: Path) -> dict[str, Target]:
    upstream = free_port()
    servers.start(
        "upstream",
        [
            str(VENV_BIN / "python"),
            *("-m", "minigate.testing.stub_upstream", "--host", LOOPBACK, "--port", str(upstream)),
        ],
    )
    servers.wait_ready("upstream", f"http://{LOOPBACK}:{upstream}/v1/models")
    targets = {}
    for name in GATEWAYS:
        port = free_port()
        pid = servers.start(name, minigate_argv(port, gateway_config(work, name, upstream)))
        servers.wait_ready(name, f"http://{LOOPBACK}:{port}/health")
        targets[name] = Target(name, port, pid)
    return targets


async def latency(targets: dict[str, Target], args: argparse.Namespace) -> dict[str, Any]:
    pids = tuple(t.pid for t in targets.values())
    levels: dict[str, Any] = {}
    for concurrency in LEVELS:
        count = args.requests_c1 if concurrency == 1 else args.requests
        level = {
            name: await drive(target, concurrency, args.warmup, count, pids)
            for name, target in targets.items()
        }
        level["added_ms"] = {
            q: round(level["audit_on"][q] - level["audit_off"][q], 3) for q in ("p50", "p95", "p99")
        }
        levels[f"c{concurrency}"] = level
        print(f"c={concurrency}: added {level['added_ms']}", file=sys.stderr)
    return levels


async def append_rate(work: Path, count: int) -> dict[str, Any]:
    """Entries/s into a fresh SQLite store: one awaited at a time, and a burst of ``count``."""
    settings = Settings(
        store={"url": f"sqlite:///{work / 'append.db'}"},  # type: ignore[arg-type]
        audit={"checkpoint_every": 100},  # type: ignore[arg-type]
    )
    entry = {"event": "request", "request_id": "chatcmpl-x", "served_model": "stub"}
    async with open_audit(settings) as audit:
        single: list[float] = []
        for _ in range(min(count, 500)):
            started = time.perf_counter()
            audit.record(dict(entry))
            await audit.flush()
            single.append(time.perf_counter() - started)
        started = time.perf_counter()
        for _ in range(count):
            audit.record(dict(entry))
        await audit.flush()
        burst = time.perf_counter() - started
    return {
        "one_at_a_time": {
            "entries_per_s": round(len(single) / sum(single), 1),
            **percentiles_ms(single),
        },
        "burst": {"entries": count, "entries_per_s": round(count / burst, 1)},
        "checkpoint_every": 100,
    }


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--requests-c1", type=int, default=400)
    parser.add_argument("--requests", type=int, default=1500, help="measured at concurrency 32")
    parser.add_argument("--appends", type=int, default=5000, help="entries in the burst")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    exit_on_sigterm()
    started = now_iso()
    host = machine()
    with tempfile.TemporaryDirectory(prefix="minigate-bench-") as tmp, Servers(Path(tmp)) as srv:
        targets = start(srv, Path(tmp))
        levels = run_loop(latency(targets, args))
        appends = asyncio.run(append_rate(Path(tmp), args.appends))
    emit(
        "audit",
        {
            "benchmark": "audit",
            "started": started,
            "machine": host,
            "stack": "stub upstream, ledger on (SQLite), cache off",
            "latency": levels,
            "appends_sqlite": appends,
        },
    )


if __name__ == "__main__":
    main()
