#!/usr/bin/env python3
"""Ledger cost: the latency the ledger adds per request, on SQLite and on PostgreSQL.

Starts minigate's stub upstream (answers a chat completion at once), a private PostgreSQL
server (minigate.testing.postgres: fsync off, as in the tests) and three minigate processes
forwarding model ``stub`` to the stub as gpt-4o-mini (so each request has a price), with the
response cache and access log off and the same master key:

  baseline   ledger.enabled: false
  sqlite     ledger on sqlite:///TMP/ledger.db
  postgres   ledger on the private PostgreSQL server

It then measures five variants, one after another, at concurrency 1 and 32: the baseline,
and each ledger gateway called with the master key (no limits: the request's row is written)
and with a virtual key that has a budget, rpm and tpm (the key is looked up, the budget and
rate window are reserved before the upstream call and settled after it, with the row). Each
is a warm-up, then a fixed number of the same tiny non-streaming chat completion over
keep-alive connections (overhead.py's asyncio HTTP/1.1 client). It reports per variant and
level p50/p95/p99 latency (ms), requests/s, errors, the CPU ms per request of the gateway
(plus PostgreSQL's server processes for the postgres variants), the cores other processes
kept busy (foreign_cores: above 0.15 it waits for a quiet machine and measures again, up to
--retries times) and added_ms: the variant minus the baseline at the same level. Last, it
checks that each store holds one row per request sent to it.

    .venv/bin/python benchmarks/ledger.py   # about two minutes; JSON on stdout and in
                                            # bench-results/

Every process it starts is ended on exit, also on error or Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx
import psycopg

from benchlib import (
    LOOPBACK,
    MAX_FOREIGN_CORES,
    VENV_BIN,
    Servers,
    emit,
    exit_on_sigterm,
    free_port,
    machine,
    minigate_argv,
    now_iso,
    wait_until_quiet,
)
from minigate.testing.postgres import PostgresServer
from overhead import BODY, EXPECTED, Target, added, request_bytes, run_loop
from overhead import drive as drive_target

LEVELS = (1, 32)
BASELINE = "baseline"
MASTER = "sk-bench-master-key"
MASTER_KEY_ID = "master"  # the key_id the ledger records for the master key
KEY_SPEC = {"name": "bench", "budget_usd": 1000, "period": "month", "rpm": 10**6, "tpm": 10**9}


@dataclass
class Gateway:
    name: str
    port: int
    pids: tuple[int, ...]  # the gateway, and the database server where it has one
    store_url: str
    sent: Counter[str]  # requests sent, by the key_id the ledger records them under

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"


@dataclass(frozen=True)
class Variant:
    name: str
    gateway: Gateway
    key: str
    key_id: str

    def request(self) -> bytes:
        head, _, body = request_bytes(self.gateway.port).partition(b"\r\n\r\n")
        return head + f"\r\nauthorization: Bearer {self.key}\r\n\r\n".encode() + body


# -- measuring -----------------------------------------------------------------------------


async def drive(variant: Variant, concurrency: int, warmup: int, count: int) -> dict[str, Any]:
    """``overhead.drive`` with the variant's key; the server's CPU includes its database's."""
    gateway = variant.gateway
    target = Target(variant.name, gateway.port, gateway.pids[0])
    try:
        # ForeignLoad() counts this process's tree: the gateways, the stub and PostgreSQL.
        return await drive_target(
            target, concurrency, warmup, count, request=variant.request(), cpu_pids=gateway.pids
        )
    finally:
        gateway.sent[variant.key_id] += warmup + count


async def drive_undisturbed(
    variant: Variant, concurrency: int, args: argparse.Namespace
) -> dict[str, Any]:
    """``drive``, measured again (after a wait for quiet) when other processes disturbed it."""
    count = args.requests_c1 if concurrency == 1 else args.requests
    for attempt in range(args.retries + 1):
        result = await drive(variant, concurrency, args.warmup, count)
        if "failed" in result:
            return result
        if result["foreign_cores"] <= MAX_FOREIGN_CORES or attempt == args.retries:
            return {**result, "retries": attempt}
        wait_until_quiet(args.wait_quiet)
    raise AssertionError("unreachable")


async def measure(variants: list[Variant], args: argparse.Namespace) -> dict[str, Any]:
    levels: dict[str, Any] = {}
    for concurrency in LEVELS:
        level = {v.name: await drive_undisturbed(v, concurrency, args) for v in variants}
        base = level[BASELINE]
        levels[f"c{concurrency}"] = {
            **level,
            "added_ms": {
                name: added(r, base) for name, r in level.items() if r is not base and "p50" in r
            },
        }
        print(
            f"c={concurrency}: "
            + ", ".join(f"{n} p50 {r.get('p50', 'failed')} ms" for n, r in level.items()),
            file=sys.stderr,
        )
    return levels


# -- servers -------------------------------------------------------------------------------


def write_config(path: Path, upstream_port: int, ledger: bool, store_url: str) -> Path:
    model = {
        "id": "stub",
        "backend": "openai",
        "base_url": f"http://{LOOPBACK}:{upstream_port}/v1",
        "upstream_model": "gpt-4o-mini",
        "max_retries": 0,
    }
    config = {
        "server": {"access_log": False},
        "models": [model],
        "cache": {"enabled": False},
        "ledger": {"enabled": ledger},
        "store": {"url": store_url},
    }
    path.write_text(json.dumps(config))  # JSON is YAML
    return path


def start_gateways(servers: Servers, work: Path, pg: PostgresServer) -> list[Gateway]:
    upstream_port = free_port()
    stub = [str(VENV_BIN / "python"), "-m", "minigate.testing.stub_upstream"]
    servers.start("upstream", [*stub, "--host", LOOPBACK, "--port", str(upstream_port)])
    servers.wait_ready("upstream", f"http://{LOOPBACK}:{upstream_port}/v1/models")
    stores = {
        BASELINE: (False, f"sqlite:///{work / 'baseline.db'}", ()),
        "sqlite": (True, f"sqlite:///{work / 'ledger.db'}", ()),
        "postgres": (True, pg.create_database("ledger"), (pg.process.pid,)),
    }
    gateways = []
    for name, (ledger, url, db_pids) in stores.items():
        config = write_config(work / f"{name}.yaml", upstream_port, ledger, url)
        port = free_port()
        argv = minigate_argv(port, config)
        pid = servers.start(name, argv, env={"MINIGATE_MASTER_KEY": MASTER})
        servers.wait_ready(name, f"http://{LOOPBACK}:{port}/health")
        gateways.append(Gateway(name, port, (pid, *db_pids), url, Counter()))
    return gateways


def create_key(gateway: Gateway) -> tuple[str, str]:
    """A virtual key with limits far above what the benchmark sends: its secret and id."""
    response = httpx.post(
        f"{gateway.url}/v1/admin/keys",
        json=KEY_SPEC,
        headers={"authorization": f"Bearer {MASTER}"},
    )
    response.raise_for_status()
    created = response.json()
    return created["key"], created["id"]


def variants_of(gateways: list[Gateway]) -> list[Variant]:
    baseline, *ledgers = gateways
    variants = [Variant(BASELINE, baseline, MASTER, MASTER_KEY_ID)]
    for gateway in ledgers:
        variants.append(Variant(f"{gateway.name}_master", gateway, MASTER, MASTER_KEY_ID))
        variants.append(Variant(f"{gateway.name}_key", gateway, *create_key(gateway)))
    return variants


def check(variant: Variant) -> None:
    """One request: the stub's answer, and a price on it where the ledger is on."""
    response = httpx.post(
        f"{variant.gateway.url}/v1/chat/completions",
        content=BODY,
        headers={"authorization": f"Bearer {variant.key}", "content-type": "application/json"},
    )
    variant.gateway.sent[variant.key_id] += 1
    if response.status_code != 200 or EXPECTED not in response.content:
        raise RuntimeError(f"{variant.name}: {response.status_code} {response.text}")
    cost = response.headers.get("x-minigate-cost-usd")
    if variant.name != BASELINE and not (cost and Decimal(cost) > 0):
        raise RuntimeError(f"{variant.name}: the ledger priced the request at {cost!r}")


# -- rows ----------------------------------------------------------------------------------


def rows_by_key(store_url: str) -> dict[str, int]:
    query = "SELECT key_id, count(*) FROM requests GROUP BY key_id"
    if store_url.startswith("sqlite"):
        with closing(sqlite3.connect(store_url.removeprefix("sqlite:///"))) as conn:
            return dict(conn.execute(query).fetchall())
    with psycopg.connect(store_url.replace("+psycopg", "")) as conn:
        return dict(conn.execute(query).fetchall())


def pg_version(pg: PostgresServer) -> str:
    with psycopg.connect(pg.dsn("postgres")) as conn:
        row = conn.execute("SHOW server_version").fetchone()
        return str(row[0]) if row else "unknown"


def ledger_rows(variants: list[Variant]) -> dict[str, Any]:
    """Requests sent to each ledger variant (warm-ups and checks included) and rows stored."""
    report: dict[str, Any] = {}
    for variant in variants:
        if variant.name == BASELINE:
            continue
        rows = rows_by_key(variant.gateway.store_url).get(variant.key_id, 0)
        sent = variant.gateway.sent[variant.key_id]
        report[variant.name] = {"sent": sent, "rows": rows, "match": rows == sent}
    return report


def report_failures(servers: Servers, levels: dict[str, Any]) -> None:
    """The log of each gateway a measure failed on, on stderr (its folder is temporary)."""
    failed = {
        name.split("_")[0] for level in levels.values() for name in level if "failed" in level[name]
    }
    for name in sorted(failed):
        print(f"--- {name} gateway log ---\n{servers.log_tail(name, 60)}", file=sys.stderr)


# -- main ----------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--warmup", type=int, default=100, help="requests before each measure")
    parser.add_argument("--requests-c1", type=int, default=1000, help="measured, concurrency 1")
    parser.add_argument("--requests", type=int, default=2000, help="measured, concurrency 32")
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
        help="measures taken again when other processes disturbed them",
    )
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    exit_on_sigterm()
    started = now_iso()
    host = machine()
    with tempfile.TemporaryDirectory(prefix="minigate-bench-") as tmp, Servers(Path(tmp)) as srv:
        pg = PostgresServer(free_port())
        try:
            variants = variants_of(start_gateways(srv, Path(tmp), pg))
            for variant in variants:
                check(variant)
            host["foreign_cores_before"] = wait_until_quiet(args.wait_quiet)
            levels = run_loop(measure(variants, args))
            report_failures(srv, levels)
            srv.close()  # the rows are counted once no gateway can write any more
            rows = ledger_rows(variants)
            versions = {"minigate": version("minigate"), "postgresql": pg_version(pg)}
        finally:
            srv.close()  # before PostgreSQL, whose shutdown waits for its clients to leave
            pg.stop()
    emit(
        "ledger",
        {
            "benchmark": "ledger",
            "started": started,
            "machine": host,
            "versions": versions,
            "request": {
                "body_bytes": len(BODY),
                "stream": False,
                "warmup": args.warmup,
                "requests_c1": args.requests_c1,
                "requests": args.requests,
                "virtual_key": KEY_SPEC,
            },
            "levels": levels,
            "ledger_rows": rows,
        },
    )


if __name__ == "__main__":
    main()
