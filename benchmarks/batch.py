#!/usr/bin/env python3
"""Batch jobs on the local model: throughput, interactive latency meanwhile, and cost.

Starts one gateway on the embedded default models (SmolLM2-135M for chat) with a fresh store
and cache, its batch worker inside it, and prices local compute at $1/hour with a 50% batch
discount (ledger.local_usd_per_hour, ledger.local_batch_discount) so that the ledger's costs
compare. The requests are short headline classifications (one word, max_tokens 2,
temperature 0) from the FrugalGPT HEADLINES task:

  data: ../shared/data/tasks/headlines.jsonl, 3,000 rows {headline, label}, from
        stanford-futuredata/FrugalGPT data/HEADLINES (Apache-2.0); the first --lines rows.

Phases, one after another:
  1. idle        --probes interactive requests (prompts of their own), one at a time: p50
  2. interactive the lines as sequential interactive requests, cache lookups off (answers are
                 stored, warming the cache for phase 4): lines/min and ledger cost
  3. batch       the same lines as one batch, cache lookups off, while probes keep running
                 one at a time: lines/min (create to completed), probe p50 during the batch
                 against idle (target <= 2x), ledger cost at the batch discount
  4. warm batch  the same lines as a batch again, cache on: the ledger's cost with the cache
                 warm (hits cost nothing), the seeds' "-65%" claim measured against phase 2

    python benchmarks/batch.py                     # 1,000 lines, ~an hour on 2 busy cores
    python benchmarks/batch.py --lines 40 --probes 6   # a reduced run

Figures from a busy machine are rough; the JSON notes the load average.
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import openai
import orjson
import yaml

from benchlib import (
    LOOPBACK,
    Servers,
    emit,
    exit_on_sigterm,
    free_port,
    machine,
    now_iso,
    state_in,
)

DATA = Path(__file__).resolve().parent.parent.parent / "shared/data/tasks/headlines.jsonl"
MODEL = "smollm2-135m-instruct"
SYSTEM = "Classify the gold-price news headline as up, down, neutral or none. One word."


def body(text: str, cache: dict[str, bool] | None) -> dict[str, Any]:
    request: dict[str, Any] = {
        "model": MODEL,
        "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
        "max_tokens": 2,
        "temperature": 0,
    }
    return {**request, "cache": cache} if cache is not None else request


def headlines(path: Path, n: int) -> list[str]:
    with path.open("rb") as handle:
        return [orjson.loads(line)["headline"] for _, line in zip(range(n), handle, strict=False)]


class Probes:
    """Interactive requests one at a time, each with a prompt never seen before."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.count = 0
        self.refused: list[int] = []  # statuses of probes that got no answer (503: model busy)

    def one(self) -> float | None:
        self.count += 1
        started = time.perf_counter()
        reply = self.http.post(
            "/chat/completions", json=body(f"probe {self.count}: gold is flat", {"no_store": True})
        )
        if reply.status_code != 200:
            self.refused.append(reply.status_code)
            return None
        return time.perf_counter() - started

    def timed(self, n: int) -> list[float]:
        return [t for t in (self.one() for _ in range(n)) if t is not None]

    def during(self, done: threading.Event) -> list[float]:
        timings: list[float] = []
        while not done.is_set():
            if (took := self.one()) is not None:
                timings.append(took)
        return timings


def p50_ms(seconds: list[float]) -> float | None:
    return round(sorted(seconds)[len(seconds) // 2] * 1000, 1) if seconds else None


def interactive(http: httpx.Client, lines: list[str]) -> tuple[float, list[str]]:
    started, ids = time.perf_counter(), []
    for text in lines:
        reply = http.post("/chat/completions", json=body(text, {"no_cache": True}))
        reply.raise_for_status()
        ids.append(reply.headers["x-minigate-request-id"])
    return time.perf_counter() - started, ids


def run_batch(sdk: openai.OpenAI, lines: list[str], cache: dict[str, bool] | None) -> Any:
    content = b"".join(
        orjson.dumps(
            {
                "custom_id": f"h{n}",
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": body(text, cache),
            }
        )
        + b"\n"
        for n, text in enumerate(lines)
    )
    uploaded = sdk.files.create(file=("headlines.jsonl", io.BytesIO(content)), purpose="batch")
    started = time.perf_counter()
    batch = sdk.batches.create(
        input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    while batch.status not in ("completed", "failed", "expired", "cancelled"):
        time.sleep(0.5)
        batch = sdk.batches.retrieve(batch.id)
    return batch, time.perf_counter() - started


def cost(db: Path, where: str, args: tuple[Any, ...]) -> dict[str, Any]:
    with sqlite3.connect(db) as conn:
        n, pusd, cached = conn.execute(
            "SELECT count(*), coalesce(sum(cost_pusd), 0), "
            f"sum(cache NOT IN ('miss', 'bypass')) FROM requests WHERE {where}",
            args,
        ).fetchone()
    return {"rows": n, "usd": str(Decimal(pusd) / 10**12), "cache_hits": cached or 0}


def per_minute(n: int, seconds: float) -> float:
    return round(n / seconds * 60, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--probes", type=int, default=20, help="Idle interactive probes.")
    parser.add_argument("--data", type=Path, default=DATA, help="The headlines file.")
    parser.add_argument(
        "--per-batch-concurrency",
        type=int,
        default=4,
        help="batch.per_batch_concurrency: lines of the batch in flight at once.",
    )
    args = parser.parse_args()
    exit_on_sigterm()
    lines = headlines(args.data, args.lines)
    with tempfile.TemporaryDirectory(prefix="minigate-bench-batch-") as tmp:
        work = Path(tmp)
        config = {
            **state_in(work),
            "ledger": {"local_usd_per_hour": "1.00", "local_batch_discount": "0.5"},
            "batch": {
                "files_dir": str(work / "files"),
                "poll_s": 0.2,
                "per_batch_concurrency": args.per_batch_concurrency,
            },
            "server": {"access_log": False},
        }
        (work / "minigate.yaml").write_text(yaml.safe_dump(config))
        port = free_port()
        servers = Servers(work)
        try:
            servers.start(
                "gateway",
                [
                    sys.executable,
                    "-m",
                    "minigate",
                    "serve",
                    "--host",
                    LOOPBACK,
                    "--port",
                    str(port),
                    "--config",
                    str(work / "minigate.yaml"),
                ],
            )
            servers.wait_ready("gateway", f"http://{LOOPBACK}:{port}/health", timeout_s=300)
            doc = measure(f"http://{LOOPBACK}:{port}/v1", work / "minigate.db", lines, args)
        finally:
            servers.close()
    emit("batch", doc)


def measure(base: str, db: Path, lines: list[str], args: argparse.Namespace) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "started": now_iso(),
        "machine": machine(),
        "lines": len(lines),
        "per_batch_concurrency": args.per_batch_concurrency,
    }
    with (
        httpx.Client(base_url=base, timeout=600) as http,
        openai.OpenAI(base_url=base, api_key="none", max_retries=0) as sdk,
    ):
        probes = Probes(http)
        probes.one()  # warm-up: the model is loaded
        idle = probes.timed(args.probes)
        seconds, ids = interactive(http, lines)
        marks = ",".join("?" * len(ids))
        doc["interactive"] = {
            "lines_per_min": per_minute(len(lines), seconds),
            "cost": cost(db, f"id IN ({marks})", tuple(ids)),
        }
        done = threading.Event()
        during: list[float] = []
        prober = threading.Thread(target=lambda: during.extend(probes.during(done)))
        prober.start()
        try:
            batch, seconds = run_batch(sdk, lines, {"no_cache": True})
        finally:
            done.set()
            prober.join()
        doc["batch"] = {
            "status": batch.status,
            "lines_per_min": per_minute(len(lines), seconds),
            "cost": cost(db, "batch_id = ?", (batch.id,)),
        }
        doc["interactive_p50_ms"] = {
            "idle": p50_ms(idle),
            "during_batch": p50_ms(during),
            "probes_during_batch": len(during),
            "probes_refused": probes.refused,
        }
        warm, seconds = run_batch(sdk, lines, None)
        doc["warm_batch"] = {
            "status": warm.status,
            "lines_per_min": per_minute(len(lines), seconds),
            "cost": cost(db, "batch_id = ?", (warm.id,)),
        }
    full = Decimal(doc["interactive"]["cost"]["usd"])
    for name in ("batch", "warm_batch"):
        spent = Decimal(doc[name]["cost"]["usd"])
        doc[name]["saving_vs_interactive"] = f"{(1 - spent / full) * 100:.1f}%" if full else None
    doc["load_avg_at_end"] = machine()["load_avg_at_start"]
    return doc


if __name__ == "__main__":
    main()
