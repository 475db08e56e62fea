#!/usr/bin/env python3
"""Batch jobs on the local model: throughput, interactive latency meanwhile, and cost.

Starts a gateway on the embedded default models (SmolLM2-135M for chat) with its batch worker
inside it, and prices local compute at $1/hour with a 50% batch discount
(ledger.local_usd_per_hour, ledger.local_batch_discount) so that the ledger's costs compare.
The requests are short headline classifications (one word, max_tokens 2, temperature 0):

  data: ../shared/data/tasks/headlines.jsonl, 3,000 rows {headline, label}, from
        stanford-futuredata/FrugalGPT data/HEADLINES (Apache-2.0); the first --lines rows.

Phases, each its own run of this script on one --state folder (store, cache, files and each
phase's figures persist there), so that each fits a short turn of the machine's heavy lock:
  idle         --probes interactive requests (prompts of their own), one at a time: p50
  interactive  the lines as sequential interactive requests, cache lookups off: lines/min and
               ledger cost; stops after --max-seconds and reports the sample it sent
  batch        the same lines as one batch, cache lookups off (its answers are stored, warming
               the cache), while probes run one at a time: lines/min (of time the gateway
               ran), probe p50 against idle (target <= 2x), ledger cost at the batch discount.
               Past --max-seconds the gateway stops and the next run of the phase resumes the
               same batch (the worker's crash safety at work)
  warm         the same lines as a batch again, cache on: the ledger's cost with the cache warm
               (hits cost nothing), the seeds' "-65%" claim measured against interactive
  report       the figures of every phase, as one JSON document

    for p in idle interactive batch batch warm report; do
      flock /tmp/heavy.lock nice -n 5 python benchmarks/batch.py --state /tmp/bb --phase $p
    done
    python benchmarks/batch.py --lines 40 --probes 6      # every phase at once, reduced

Figures from a busy machine are rough; each phase records `uptime` at its start and end.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sqlite3
import subprocess
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
from minigate.backends.settings import BUILTIN_EMBEDDING_MODEL

ROOT = Path(__file__).resolve().parent.parent
# ../shared/data from the checkout (from a worktree under wt/, one level further up).
SHARED = next(
    (p / "shared" / "data" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "data",
)
DATA = SHARED / "tasks" / "headlines.jsonl"
MODEL = "smollm2-135m-instruct"
FINISHED = ("completed", "failed", "expired", "cancelled")
MAX_TOKENS = 2  # a label: up, down, neutral or none
SYSTEM = "Classify the gold-price news headline as up, down, neutral or none. One word."


def body(text: str, cache: dict[str, bool] | None) -> dict[str, Any]:
    request: dict[str, Any] = {
        "model": MODEL,
        "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
        "max_tokens": MAX_TOKENS,
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


def busy_slots(root: str, done: threading.Event) -> list[float]:
    """The engine's busy sequence slots, read from /metrics each second until ``done``: more
    than one means the batch's lines are decoded together (continuous batching)."""
    seen: list[float] = []
    with httpx.Client(timeout=10) as http:
        while not done.wait(1.0):
            with contextlib.suppress(httpx.HTTPError):
                for line in http.get(f"{root}/metrics").text.splitlines():
                    if line.startswith("minigate_engine_slots_busy{") and MODEL in line:
                        seen.append(float(line.rsplit(" ", 1)[1]))
    return seen


def p50_ms(seconds: list[float]) -> float | None:
    return round(sorted(seconds)[len(seconds) // 2] * 1000, 1) if seconds else None


def interactive(http: httpx.Client, lines: list[str], limit_s: float) -> tuple[float, list[str]]:
    """Send the lines one after another until they are done or ``limit_s`` has passed."""
    started, ids = time.perf_counter(), []
    for text in lines:
        reply = http.post("/chat/completions", json=body(text, {"no_cache": True}))
        reply.raise_for_status()
        ids.append(reply.headers["x-minigate-request-id"])
        if time.perf_counter() - started > limit_s:
            break
    return time.perf_counter() - started, ids


def upload_batch(sdk: openai.OpenAI, lines: list[str], cache: dict[str, bool] | None) -> str:
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
    batch = sdk.batches.create(
        input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    return batch.id


def follow(sdk: openai.OpenAI, batch_id: str, limit_s: float) -> Any:
    """Poll the batch until it is finished or ``limit_s`` has passed."""
    started = time.perf_counter()
    batch = sdk.batches.retrieve(batch_id)
    while batch.status not in FINISHED and time.perf_counter() - started < limit_s:
        time.sleep(0.5)
        batch = sdk.batches.retrieve(batch_id)
    return batch


def cost(db: Path, where: str, args: tuple[Any, ...]) -> dict[str, Any]:
    with sqlite3.connect(db) as conn:
        n, pusd, cached = conn.execute(
            "SELECT count(*), coalesce(sum(cost_pusd), 0), "
            f"sum(cache NOT IN ('miss', 'bypass')) FROM requests WHERE {where}",
            args,
        ).fetchone()
    per_line = Decimal(pusd) / 10**12 / n if n else Decimal(0)
    return {
        "rows": n,
        "usd": str(Decimal(pusd) / 10**12),
        "usd_per_line": f"{per_line:.9f}",
        "cache_hits": cached or 0,
    }


def per_minute(n: int, seconds: float) -> float:
    return round(n / seconds * 60, 1)


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


class Bench:
    """The phases on one state folder: a gateway per run, figures kept in phases.json."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.state: Path = args.state
        self.lines = headlines(args.data, args.lines)
        self.db = self.state / "db" / "minigate.db"
        self.figures_path = self.state / "phases.json"
        self.root = ""  # the gateway of the running phase
        self.figures: dict[str, Any] = (
            orjson.loads(self.figures_path.read_bytes()) if self.figures_path.exists() else {}
        )

    def save(self) -> None:
        self.figures_path.write_bytes(orjson.dumps(self.figures, option=orjson.OPT_INDENT_2))

    def run(self, phase: str) -> None:
        runs = self.figures.get(phase, [])
        if phase == "report" or (phase in ("batch", "warm") and _finished(runs)):
            return  # a batch phase runs again only to resume its batch
        if phase == "interactive" and sum(r["sent"] for r in runs) >= len(self.lines):
            return  # every line was sent
        config = {
            **state_in(self.state),
            # The embedded defaults, with the engine's slots and threads said outright: the
            # batch's lines are decoded together (continuous batching) in ``--slots`` slots,
            # and llama.cpp's threads, which spin, never outnumber the cores.
            "models": [
                {
                    "backend": "llama_cpp",
                    "id": MODEL,
                    "path": "builtin:smollm2",
                    "parallel": self.args.slots,
                    "n_threads": self.args.threads,
                },
                {
                    "backend": "sentence_transformers",
                    "id": BUILTIN_EMBEDDING_MODEL,
                    "path": "builtin:minilm",
                },
            ],
            "ledger": {"local_usd_per_hour": "1.00", "local_batch_discount": "0.5"},
            "batch": {
                "files_dir": str(self.state / "files"),
                "poll_s": 0.2,
                "per_batch_concurrency": self.args.per_batch_concurrency,
            },
            "server": {"access_log": False},
        }
        (self.state / "minigate.yaml").write_text(yaml.safe_dump(config))
        port = free_port()
        record: dict[str, Any] = {"uptime_start": uptime(), "started": now_iso()}
        with Servers(self.state) as servers:
            argv = [sys.executable, "-m", "minigate", "serve", "--host", LOOPBACK]
            argv += ["--port", str(port), "--config", str(self.state / "minigate.yaml")]
            servers.start("gateway", argv)
            servers.wait_ready("gateway", f"http://{LOOPBACK}:{port}/health", timeout_s=300)
            self.root = f"http://{LOOPBACK}:{port}"
            base = f"{self.root}/v1"
            with (
                httpx.Client(base_url=base, timeout=600) as http,
                openai.OpenAI(base_url=base, api_key="none", max_retries=0) as sdk,
            ):
                probes = Probes(http)
                probes.one()  # warm-up: the model is loaded
                record |= getattr(self, f"phase_{phase}")(http, sdk, probes)
        record["uptime_end"] = uptime()
        self.figures.setdefault(phase, []).append(record)
        self.save()

    def phase_idle(self, http: httpx.Client, sdk: openai.OpenAI, probes: Probes) -> dict[str, Any]:
        return {"probe_s": probes.timed(self.args.probes)}

    def phase_interactive(
        self, http: httpx.Client, sdk: openai.OpenAI, probes: Probes
    ) -> dict[str, Any]:
        # A run past --max-seconds stops; the next run of the phase sends the lines after it.
        offset = sum(r["sent"] for r in self.figures.get("interactive", []))
        seconds, ids = interactive(http, self.lines[offset:], self.args.max_seconds)
        return {"offset": offset, "sent": len(ids), "seconds": seconds, "ids": ids}

    def phase_batch(self, http: httpx.Client, sdk: openai.OpenAI, probes: Probes) -> dict[str, Any]:
        return self._batch("batch", sdk, probes, {"no_cache": True}, probing=True)

    def phase_warm(self, http: httpx.Client, sdk: openai.OpenAI, probes: Probes) -> dict[str, Any]:
        return self._batch("warm", sdk, probes, None, probing=False)

    def _batch(
        self,
        phase: str,
        sdk: openai.OpenAI,
        probes: Probes,
        cache: dict[str, bool] | None,
        *,
        probing: bool,
    ) -> dict[str, Any]:
        runs = self.figures.get(phase, [])
        unfinished = bool(runs) and not _finished(runs)
        batch_id = runs[-1]["batch_id"] if unfinished else upload_batch(sdk, self.lines, cache)
        started = time.perf_counter()
        done = threading.Event()
        during: list[float] = []
        busy: list[float] = []
        prober = threading.Thread(target=lambda: during.extend(probes.during(done)))
        sampler = threading.Thread(target=lambda: busy.extend(busy_slots(self.root, done)))
        sampler.start()
        if probing:
            prober.start()
        try:
            batch = follow(sdk, batch_id, self.args.max_seconds)
        finally:
            done.set()
            sampler.join()
            if probing:
                prober.join()
        return {
            "batch_id": batch_id,
            "resumed": bool(unfinished),
            "status": batch.status,
            "seconds": time.perf_counter() - started,
            "probe_s": during,
            "probes_refused": probes.refused,
            "slots_busy": busy,
            "counts": batch.request_counts.model_dump() if batch.request_counts else None,
            "cost": cost(self.db, "batch_id = ?", (batch_id,)),
        }

    def report(self) -> dict[str, Any]:
        f = self.figures
        doc: dict[str, Any] = {
            "data": "../shared/data/tasks/headlines.jsonl (FrugalGPT HEADLINES, Apache-2.0)",
            "lines": len(self.lines),
            "per_batch_concurrency": self.args.per_batch_concurrency,
            "engine": {"slots": self.args.slots, "threads": self.args.threads},
            "max_tokens": MAX_TOKENS,
            "machine": machine(),
            "uptime": {
                phase: [(r["uptime_start"], r["uptime_end"]) for r in runs]
                for phase, runs in f.items()
            },
        }
        idle = [t for r in f.get("idle", []) for t in r["probe_s"]]
        if "interactive" in f:
            runs = f["interactive"]
            sent, ids = sum(r["sent"] for r in runs), [i for r in runs for i in r["ids"]]
            doc["interactive"] = {
                "lines_sent": sent,
                "runs": len(runs),
                "sample": sent < len(self.lines),
                "lines_per_min": per_minute(sent, sum(r["seconds"] for r in runs)),
                "cost": cost(self.db, f"id IN ({','.join('?' * len(ids))})", tuple(ids)),
            }
        for phase in ("batch", "warm"):
            runs = f.get(phase, [])
            if not runs:
                continue
            seconds = sum(r["seconds"] for r in runs if r["batch_id"] == runs[-1]["batch_id"])
            busy = [n for r in runs for n in r.get("slots_busy", [])]
            doc[phase] = {
                "status": runs[-1]["status"],
                "runs": len(runs),
                "slots_busy": {
                    "mean": round(sum(busy) / len(busy), 2) if busy else None,
                    "max": max(busy, default=None),
                    "samples": len(busy),
                },
                "lines_per_min": per_minute(len(self.lines), seconds),
                "counts": runs[-1]["counts"],
                "cost": runs[-1]["cost"],
            }
        during = [t for r in f.get("batch", []) for t in r["probe_s"]]
        idle_p50, during_p50 = p50_ms(idle), p50_ms(during)
        doc["interactive_p50_ms"] = {
            "idle": idle_p50,
            "during_batch": during_p50,
            "ratio": round(during_p50 / idle_p50, 2) if idle_p50 and during_p50 else None,
            "probes_idle": len(idle),
            "probes_during_batch": len(during),
            "probes_refused": [s for r in f.get("batch", []) for s in r["probes_refused"]],
        }
        if "interactive" in doc:
            # Per line: the interactive phase may have sent a sample of the lines.
            full = Decimal(doc["interactive"]["cost"]["usd_per_line"])
            for phase in ("batch", "warm"):
                if phase in doc and full:
                    spent = Decimal(doc[phase]["cost"]["usd_per_line"])
                    doc[phase]["saving_vs_interactive"] = f"{(1 - spent / full) * 100:.1f}%"
        return doc


def _finished(runs: list[dict[str, Any]]) -> bool:
    return bool(runs) and runs[-1]["status"] in FINISHED


PHASES = ("idle", "interactive", "batch", "warm", "report")


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
    parser.add_argument(
        "--slots", type=int, default=4, help="The engine's sequence slots (models[].parallel)."
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="llama.cpp threads (models[].n_threads); they spin, so never more than the "
        "cores left free by the machine's other work.",
    )
    parser.add_argument("--state", type=Path, help="Folder the phases share (kept).")
    parser.add_argument("--phase", choices=PHASES, help="One phase; default: all, in order.")
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=420.0,
        help="Longest a phase measures before it stops (a batch resumes on the next run).",
    )
    args = parser.parse_args()
    exit_on_sigterm()
    with contextlib.ExitStack() as stack:
        if args.state is None:
            args.state = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="mg-batch-")))
        args.state.mkdir(parents=True, exist_ok=True)
        bench = Bench(args)
        for phase in [args.phase] if args.phase else PHASES:
            bench.run(phase)
        if args.phase in (None, "report"):
            emit("batch", bench.report())


if __name__ == "__main__":
    main()
