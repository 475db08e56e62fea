#!/usr/bin/env python3
"""Dashboard page loads over a large ledger: p50/p95/p99 per page with --rows ledger rows
(default 100,000; target p95 < 300 ms).

Starts one minigate (SQLite store, master key, a stub upstream it never calls), fills the
ledger's request table with synthetic rows spread over 90 days (20 keys, 4 models, a mix of
statuses and cache hits; no external data set) before the migration that backfills the
ledger's hourly rollup (its time is in the output), logs in to /ui with the master key and loads
each page --loads times in turn, one at a time, over one keep-alive connection, as a browser
would after login. A page load is the whole HTML response; the static files are cached by
the browser and not counted.

    PYTHONPATH=src python benchmarks/ui.py            # ~1 minute
    PYTHONPATH=src python benchmarks/ui.py --rows 20000 --loads 10   # a busy machine

JSON on stdout and in bench-results/. Figures from a shared machine are rough: the load
average at the start is in the output.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from benchlib import (
    LOOPBACK,
    Servers,
    emit,
    exit_on_sigterm,
    free_port,
    machine,
    now_iso,
    percentiles_ms,
    tree_cpu_seconds,
)
from minigate.store import open_store
from minigate.store.migrate import MIGRATIONS

MASTER = "sk-bench-ui-master"
PAGES = [
    "/ui/overview?range=24h",
    "/ui/overview?range=7d",
    "/ui/overview?range=90d",
    "/ui/requests",
    "/ui/requests?status=error&page_no=3",
    "/ui/requests?model=cloud-b&cache=hit",
    "/ui/keys",
    "/ui/reviews",
    "/ui/audit",
    "/ui/batches",
]
MODELS = ["cloud-a", "cloud-b", "local", "route-cheap"]
STATUSES = ["ok"] * 90 + ["upstream_error"] * 4 + ["content_policy_violation"] * 3
STATUSES += ["rate_limit_exceeded"] * 3
CACHE = [None] * 6 + ["miss"] * 2 + ["hit", "semantic-hit"]


def fill(store: Path, rows: int, seed: int = 7) -> float:
    """Migrate the store to just before the ledger's rollup, insert ``rows`` synthetic ledger
    rows, then let the gateway's migration to the newest schema backfill the rollup (as on a
    gateway upgraded with a full ledger). Returns the seconds the backfill took."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    rollup = ScriptDirectory.from_config(config).get_revision("0008_usage_rollup")
    assert rollup is not None and isinstance(rollup.down_revision, str)
    engine = create_engine(f"sqlite:///{store}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, rollup.down_revision)
    engine.dispose()
    rng = random.Random(seed)
    now = datetime.now(UTC)
    batch = []
    for i in range(rows):
        at = now - timedelta(seconds=rng.uniform(0, 90 * 86400))
        status = rng.choice(STATUSES)
        prompt, completion = rng.randint(10, 2000), rng.randint(0, 500)
        batch.append(
            (
                f"chatcmpl-bench{i:08d}",
                at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                at.strftime("%Y-%m-%d"),
                f"key_bench{rng.randrange(20):02d}",
                "chat.completions",
                (model := rng.choice(MODELS)),
                model,
                prompt,
                completion,
                prompt * 150_000 + completion * 600_000,
                prompt * 2_350_000 + completion * 9_400_000,
                rng.choice(CACHE),
                rng.lognormvariate(5, 0.6),
                rng.lognormvariate(4, 0.5),
                status,
                rng.random() < 0.3,
                None,
            )
        )
    with sqlite3.connect(store) as db:
        db.executemany("INSERT INTO requests VALUES (" + ",".join("?" * 17) + ")", batch)

    async def migrate() -> None:
        engine = await open_store(f"sqlite:///{store}")
        await engine.dispose()

    started = time.perf_counter()
    asyncio.run(migrate())
    return time.perf_counter() - started


def config(path: Path, store: Path) -> Path:
    model = {"backend": "openai", "base_url": f"http://{LOOPBACK}:9/v1", "max_retries": 0}
    body = {
        "server": {"access_log": False},
        "models": [{**model, "id": name} for name in MODELS],
        "cache": {"enabled": False},
        "store": {"url": f"sqlite:///{store}"},
    }
    path.write_text(json.dumps(body))
    return path


def log_in(http: httpx.Client) -> None:
    form = http.get("/ui/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', form)
    assert token is not None
    done = http.post("/ui/login", data={"key": MASTER, "csrf": token.group(1)})
    if done.status_code != 303:
        raise RuntimeError(f"login failed: {done.status_code} {done.text[:200]}")


def measure(url: str, pid: int, loads: int, warmup: int) -> dict[str, Any]:
    """Wall-clock percentiles per page, and the gateway's CPU time per load: on a busy machine
    the wall clock waits for the CPU; cpu_ms_per_load is what a quiet machine would wait."""
    figures: dict[str, Any] = {}
    with httpx.Client(base_url=url, timeout=60) as http:
        log_in(http)
        for page in PAGES:
            took = []
            for _ in range(warmup):
                http.get(page)
            cpu = tree_cpu_seconds(pid)
            for _ in range(loads):
                started = time.perf_counter()
                response = http.get(page)
                elapsed = time.perf_counter() - started
                if response.status_code != 200:
                    raise RuntimeError(f"{page}: {response.status_code} {response.text[:300]}")
                took.append(elapsed)
            cpu_ms = (tree_cpu_seconds(pid) - cpu) * 1000 / loads
            figures[page] = {
                **percentiles_ms(took),
                "cpu_ms_per_load": round(cpu_ms, 1),
                "bytes": len(response.content),
            }
    return figures


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="ledger rows to fill in")
    parser.add_argument("--loads", type=int, default=40, help="measured loads per page")
    parser.add_argument("--warmup", type=int, default=3)
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    exit_on_sigterm()
    started, host = now_iso(), machine()
    with tempfile.TemporaryDirectory(prefix="minigate-bench-ui-") as tmp, Servers(Path(tmp)) as srv:
        store = Path(tmp) / "store.sqlite3"
        filled = time.perf_counter()
        backfill_s = fill(store, args.rows)
        fill_s = time.perf_counter() - filled
        port = free_port()
        argv = [sys.executable, "-m", "minigate", "serve", "--host", LOOPBACK, "--port", str(port)]
        argv += ["--config", str(config(Path(tmp) / "ui.yaml", store))]
        pid = srv.start("gateway", argv, env={"MINIGATE_MASTER_KEY": MASTER})
        srv.wait_ready("gateway", f"http://{LOOPBACK}:{port}/health")
        pages = measure(f"http://{LOOPBACK}:{port}", pid, args.loads, args.warmup)
    worst = max(figures["p95"] for figures in pages.values())
    host["load_avg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    emit(
        "ui",
        {
            "benchmark": "ui",
            "started": started,
            "machine": host,
            "ledger_rows": args.rows,
            "fill_s": round(fill_s, 1),
            "rollup_backfill_s": round(backfill_s, 1),
            "loads_per_page": args.loads,
            "pages_ms": pages,
            "worst_p95_ms": worst,
            "worst_cpu_ms_per_load": max(f["cpu_ms_per_load"] for f in pages.values()),
            "target_p95_ms": 300,
            "meets_target": worst < 300,
        },
    )


if __name__ == "__main__":
    main()
