#!/usr/bin/env python3
"""Gateway overhead: the latency minigate and LiteLLM's proxy add in front of an instant upstream.

Starts three servers on free loopback ports: minigate's stub upstream (answers a chat
completion at once), minigate (one process) forwarding model ``stub`` to it, and LiteLLM's
proxy (one worker, from .venv-bench) forwarding ``stub`` to it as an OpenAI-compatible
provider, with its access log, spend/error logs and telemetry off. Then, at concurrency 1, 8
and 32, it sends the same tiny non-streaming chat completion to each target (the upstream
directly, minigate, LiteLLM) over keep-alive connections from a minimal asyncio HTTP/1.1
client in this process (the servers run in their own).

Fairness: first every target gets ``--warm`` requests at every level (imports done, pools
filled), so that none is measured fresh from start-up. Then each level runs in ``--rounds``
rounds; in each round every target gets its share of the level's requests (after ``--warmup``
unmeasured ones), in an order that turns from round to round, so that no target is always
measured first or right after another's load. A slow minute of the shared machine then
touches every target alike instead of one.

It reports per target and level p50/p95/p99 and mean latency (ms, over all its rounds'
requests), the median of its rounds' p50 and each round's, requests/s, the server's CPU ms
per request and the cores that unrelated processes kept busy meanwhile (foreign_cores, the
highest of the rounds: above 0.15 a round is disturbed: it waits for a quiet machine and
measures that round again, up to --retries times), and per gateway the added latency
(gateway minus upstream-direct at the same level) with the ratio minigate_added_p50 /
litellm_added_p50.

With ``--baseline DIR`` a fourth target runs minigate from another checkout's ``src`` (say, the
previous main in a git worktree) on the same venv and config, and each level also reports
minigate_added_p50 / baseline_added_p50 and the same for the mean, and, per round (the two
measured side by side), the ratios of added p50 and of CPU per request with their medians: a
same-run A/B for regressions.
``--no-litellm`` leaves LiteLLM out for a quicker A/B.

Run (about two minutes; make bench does both steps):

    bash benchmarks/setup.sh                 # creates .venv-bench with litellm[proxy]
    .venv/bin/python benchmarks/overhead.py  # JSON on stdout, a copy in bench-results/

Every process it starts is ended on exit, also on error or Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

from benchlib import (
    LOOPBACK,
    MAX_FOREIGN_CORES,
    ROOT,
    VENV_BIN,
    ForeignLoad,
    Servers,
    emit,
    exit_on_sigterm,
    free_port,
    machine,
    minigate_argv,
    now_iso,
    percentiles_ms,
    state_in,
    tree_cpu_seconds,
    wait_until_quiet,
)

BENCH_BIN = ROOT / ".venv-bench" / "bin"
LEVELS = (1, 8, 32)
TARGETS = ("upstream", "minigate", "litellm")
BODY = json.dumps(
    {"model": "stub", "max_tokens": 16, "messages": [{"role": "user", "content": "Say hello."}]}
).encode()
EXPECTED = b"Hello from the stub upstream."
LITELLM_ENV = {
    "LITELLM_LOG": "ERROR",  # its own loggers: errors only
    "LITELLM_MODE": "PRODUCTION",  # no .env loading
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",  # no fetch of the cost map at start
}
# uvicorn's access log off, as minigate's is in its config below (access_log: false).
LITELLM_LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"err": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr"}},
    "loggers": {
        "uvicorn": {"handlers": ["err"], "level": "WARNING", "propagate": False},
        "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
    },
}


@dataclass(frozen=True)
class Target:
    name: str
    port: int
    pid: int


@dataclass
class Run:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0


# -- load generator ----------------------------------------------------------------------


def request_bytes(port: int) -> bytes:
    head = (
        f"POST /v1/chat/completions HTTP/1.1\r\nhost: {LOOPBACK}:{port}\r\n"
        f"content-type: application/json\r\ncontent-length: {len(BODY)}\r\n\r\n"
    )
    return head.encode() + BODY


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """One HTTP/1.1 response: its status and body (content-length or chunked)."""
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    headers = {}
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    if b"content-length" in headers:
        return status, await reader.readexactly(int(headers[b"content-length"]))
    if headers.get(b"transfer-encoding", b"").lower() != b"chunked":
        raise RuntimeError(f"response without length: {head!r}")
    parts = []
    while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
        parts.append((await reader.readexactly(size + 2))[:-2])
    await reader.readuntil(b"\r\n")
    return status, b"".join(parts)


async def connection_loop(
    conn: tuple[asyncio.StreamReader, asyncio.StreamWriter],
    request: bytes,
    take: Callable[[], bool],
    run: Run,
) -> None:
    """Send requests one after another on one keep-alive connection while ``take()`` allows."""
    reader, writer = conn
    while take():
        started = time.perf_counter()
        writer.write(request)
        status, body = await read_response(reader)
        run.latencies.append(time.perf_counter() - started)
        if status != 200 or EXPECTED not in body:
            run.errors += 1


async def phase(
    conns: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]], request: bytes, count: int
) -> tuple[Run, float]:
    """``count`` requests spread over ``conns``; returns them and the wall time."""
    left = count

    def take() -> bool:
        nonlocal left
        left -= 1
        return left >= 0

    run = Run()
    started = time.perf_counter()
    await asyncio.gather(*(connection_loop(c, request, take, run) for c in conns))
    return run, time.perf_counter() - started


async def drive(
    target: Target,
    concurrency: int,
    warmup: int,
    count: int,
    all_pids: tuple[int, ...] = (),
    *,
    request: bytes | None = None,
    cpu_pids: tuple[int, ...] | None = None,
    samples: list[float] | None = None,
) -> dict[str, Any]:
    """Warm up, then measure ``count`` requests at ``concurrency`` against one target.

    ``request`` replaces the plain chat request (say, one with an API key); the server's CPU
    time is that of ``cpu_pids`` (default: the target) and all their descendants. The measured
    latencies (seconds) are added to ``samples`` when given."""
    roots = cpu_pids or (target.pid,)
    conns = [await asyncio.open_connection(LOOPBACK, target.port) for _ in range(concurrency)]
    try:
        request = request or request_bytes(target.port)
        await phase(conns, request, warmup)
        cpu_before = tree_cpu_seconds(*roots)
        with ForeignLoad(*all_pids) as foreign:
            run, wall = await phase(conns, request, count)
        cpu_used = tree_cpu_seconds(*roots) - cpu_before
        if samples is not None:
            samples.extend(run.latencies)
    except (asyncio.IncompleteReadError, ConnectionError) as exc:
        # Uvicorn drops a keep-alive connection after an error the app did not handle.
        return {"failed": f"the server closed a connection mid-request ({exc!r}); see its log"}
    finally:
        for _, writer in conns:
            writer.close()
    return {
        **percentiles_ms(run.latencies),
        "mean": round(statistics.fmean(run.latencies) * 1000, 3),
        "rps": round(count / wall, 1),
        "server_cpu_ms_per_req": round(cpu_used * 1000 / count, 3),
        "requests": count,
        "errors": run.errors,
        "foreign_cores": foreign.cores,
    }


# -- servers -------------------------------------------------------------------------------


def write_configs(work: Path, upstream_port: int) -> tuple[Path, Path, Path]:
    base_url = f"http://{LOOPBACK}:{upstream_port}/v1"
    minigate = work / "minigate.yaml"
    minigate.write_text(
        json.dumps(
            {  # JSON is YAML
                **state_in(work),
                "server": {"access_log": False},
                "models": [
                    {"id": "stub", "backend": "openai", "base_url": base_url, "max_retries": 0}
                ],
            }
        )
    )
    litellm = work / "litellm.yaml"
    litellm.write_text(
        json.dumps(
            {
                "model_list": [
                    {
                        "model_name": "stub",
                        "litellm_params": {
                            "model": "openai/stub",
                            "api_base": base_url,
                            "api_key": "dummy",
                        },
                    }
                ],
                "litellm_settings": {"set_verbose": False, "telemetry": False},
                "general_settings": {"disable_spend_logs": True, "disable_error_logs": True},
            }
        )
    )
    log_config = work / "litellm-log.json"
    log_config.write_text(json.dumps(LITELLM_LOG_CONFIG))
    return minigate, litellm, log_config


def start_targets(
    servers: Servers, work: Path, baseline: Path | None, *, litellm: bool = True
) -> dict[str, Target]:
    names = tuple(n for n in TARGETS if litellm or n != "litellm")
    names += ("baseline",) if baseline else ()
    ports = {name: free_port() for name in names}
    minigate_cfg, litellm_cfg, log_cfg = write_configs(work, ports["upstream"])
    pids = {
        "upstream": servers.start(
            "upstream",
            [
                str(VENV_BIN / "python"),
                "-m",
                "minigate.testing.stub_upstream",
                "--host",
                LOOPBACK,
                "--port",
                str(ports["upstream"]),
            ],
        ),
        # Both gateways alike: ``python -m minigate`` with their checkout's src first.
        "minigate": servers.start(
            "minigate",
            checkout_argv(ports["minigate"], minigate_cfg),
            env={"PYTHONPATH": str(ROOT / "src")},
        ),
    }
    if litellm:
        pids["litellm"] = servers.start(
            "litellm",
            [
                str(BENCH_BIN / "litellm"),
                "--config",
                str(litellm_cfg),
                "--host",
                LOOPBACK,
                "--port",
                str(ports["litellm"]),
                "--num_workers",
                "1",
                "--telemetry",
                "False",
                "--log_config",
                str(log_cfg),
            ],
            env=LITELLM_ENV,
        )
    if baseline:
        (work / "baseline").mkdir()
        config = write_configs(work / "baseline", ports["upstream"])[0]
        env = {"PYTHONPATH": str(baseline / "src")}
        pids["baseline"] = servers.start(
            "baseline", checkout_argv(ports["baseline"], config), env=env
        )
    health = {"upstream": "/v1/models", "litellm": "/health/liveliness"}
    for name in names:
        servers.wait_ready(name, f"http://{LOOPBACK}:{ports[name]}{health.get(name, '/health')}")
    return {name: Target(name, ports[name], pids[name]) for name in names}


def checkout_argv(port: int, config: Path) -> list[str]:
    """minigate from the checkout whose ``src`` is first on PYTHONPATH."""
    return [str(VENV_BIN / "python"), "-m", "minigate", *minigate_argv(port, config)[1:]]


def litellm_version() -> str:
    out = subprocess.run(
        [
            str(BENCH_BIN / "python"),
            "-c",
            "import importlib.metadata as m; print(m.version('litellm'))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


# -- report --------------------------------------------------------------------------------


def added(gateway: dict[str, Any], upstream: dict[str, Any]) -> dict[str, float]:
    return {q: round(gateway[q] - upstream[q], 3) for q in ("p50", "p95", "p99", "mean")}


def ratio(added_ms: dict[str, dict[str, float]], peer: str) -> float | None:
    peer_p50 = added_ms[peer]["p50"]
    return round(added_ms["minigate"]["p50"] / peer_p50, 3) if peer_p50 > 0 else None


def summarise(level: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if "failed" in level["upstream"]:
        return level
    gateways = [g for g in ("minigate", "litellm", "baseline") if "p50" in level.get(g, {})]
    added_ms = {g: added(level[g], level["upstream"]) for g in gateways}
    summary: dict[str, Any] = {**level, "added_ms": added_ms}
    if "minigate" not in added_ms:
        return summary
    if "litellm" in added_ms:
        summary["minigate_vs_litellm_added_p50"] = ratio(added_ms, "litellm")
    if "baseline" in added_ms:
        summary["minigate_vs_baseline_added_p50"] = ratio(added_ms, "baseline")
        # At c32 a skewed distribution can put one gateway's median below its mean: the mean
        # (32 / requests per second, in a closed loop) tells which one serves faster.
        base_mean = added_ms["baseline"]["mean"]
        summary["minigate_vs_baseline_added_mean"] = (
            round(added_ms["minigate"]["mean"] / base_mean, 3) if base_mean > 0 else None
        )
    return summary


async def drive_undisturbed(
    target: Target,
    concurrency: int,
    args: argparse.Namespace,
    pids: tuple[int, ...],
    count: int,
    samples: list[float],
) -> dict[str, Any]:
    """``drive``, measured again (after a wait for quiet) when other processes disturbed it.
    The latencies of the measure kept are added to ``samples``."""
    for attempt in range(args.retries + 1):
        taken: list[float] = []
        result = await drive(target, concurrency, args.warmup, count, pids, samples=taken)
        if result.get("failed") or attempt == args.retries:
            break
        if result["foreign_cores"] <= MAX_FOREIGN_CORES:
            break
        wait_until_quiet(args.wait_quiet)
    samples.extend(taken)
    return {**result, "retries": attempt}


def rotated(names: list[str], turn: int) -> list[str]:
    """``names`` starting at ``turn``: over the rounds each target goes first, second, ... as
    often as the others, so that none is always measured right after another's load."""
    turn %= len(names)
    return names[turn:] + names[:turn]


def pooled(rounds: list[dict[str, Any]], samples: list[float]) -> dict[str, Any]:
    """One target's figures over its rounds: percentiles of all its requests, the median of
    its rounds' p50 and CPU, and each round's p50 and CPU."""
    if failed := next((r["failed"] for r in rounds if "failed" in r), None):
        return {"failed": failed}
    count = sum(r["requests"] for r in rounds)
    wall = sum(r["requests"] / r["rps"] for r in rounds)
    return {
        **percentiles_ms(samples),
        "mean": round(statistics.fmean(samples) * 1000, 3),
        "rps": round(count / wall, 1),
        "server_cpu_ms_per_req": round(
            sum(r["server_cpu_ms_per_req"] * r["requests"] for r in rounds) / count, 3
        ),
        "requests": count,
        "errors": sum(r["errors"] for r in rounds),
        "foreign_cores": max(r["foreign_cores"] for r in rounds),
        "retries": sum(r["retries"] for r in rounds),
        "p50_median_of_rounds": round(statistics.median(r["p50"] for r in rounds), 3),
        "cpu_median_of_rounds": round(
            statistics.median(r["server_cpu_ms_per_req"] for r in rounds), 3
        ),
        "rounds": [
            {"p50": r["p50"], "server_cpu_ms_per_req": r["server_cpu_ms_per_req"]} for r in rounds
        ],
    }


def round_ratios(rounds: list[dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """Per round (the two gateways measured minutes apart at most, the upstream beside them):
    minigate's added p50 and CPU per request over the baseline's, and their medians."""
    added_ratios, cpu_ratios = [], []
    for level in rounds:
        ours, base, up = level["minigate"], level["baseline"], level["upstream"]
        if any("failed" in r for r in (ours, base, up)):
            continue
        base_added = base["p50"] - up["p50"]
        if base_added > 0:
            added_ratios.append(round((ours["p50"] - up["p50"]) / base_added, 3))
        if base["server_cpu_ms_per_req"] > 0:
            cpu = ours["server_cpu_ms_per_req"] / base["server_cpu_ms_per_req"]
            cpu_ratios.append(round(cpu, 3))

    def median(values: list[float]) -> float | None:
        return round(statistics.median(values), 3) if values else None

    return {
        "minigate_vs_baseline_added_p50_median_of_rounds": median(added_ratios),
        "minigate_vs_baseline_added_p50_rounds": added_ratios,
        "minigate_vs_baseline_cpu_median_of_rounds": median(cpu_ratios),
        "minigate_vs_baseline_cpu_rounds": cpu_ratios,
    }


async def warm(targets: dict[str, Target], args: argparse.Namespace) -> None:
    """Requests at every level to every target, before anything is measured: each starts
    measuring with its imports done, its caches and connection pools filled."""
    for concurrency in LEVELS:
        for target in targets.values():
            await drive(target, concurrency, 0, args.warm)


async def measure(targets: dict[str, Target], args: argparse.Namespace) -> dict[str, Any]:
    """Each level in ``--rounds`` rounds; in each round every target gets its share of the
    requests, in an order that turns from round to round (see ``rotated``)."""
    levels: dict[str, Any] = {}
    pids = tuple(t.pid for t in targets.values())
    await warm(targets, args)
    for concurrency in LEVELS:
        total = args.requests_c1 if concurrency == 1 else args.requests
        count = max(concurrency, total // args.rounds)
        samples: dict[str, list[float]] = {name: [] for name in targets}
        rounds: list[dict[str, dict[str, Any]]] = []
        for turn in range(args.rounds):
            rounds.append(
                {
                    name: await drive_undisturbed(
                        targets[name], concurrency, args, pids, count, samples[name]
                    )
                    for name in rotated(list(targets), turn)
                }
            )
        level = {name: pooled([r[name] for r in rounds], samples[name]) for name in targets}
        summary = summarise(level)
        if "baseline" in targets:
            summary.update(round_ratios(rounds))
        levels[f"c{concurrency}"] = summary
        line = ", ".join(f"{n} p50 {level[n].get('p50')} ms" for n in targets)
        if "baseline" in targets:
            line += f"; vs baseline per round {summary['minigate_vs_baseline_added_p50_rounds']}"
        print(f"c={concurrency}: {line}", file=sys.stderr)
    return levels


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--warmup", type=int, default=50, help="requests before each measure")
    parser.add_argument(
        "--warm",
        type=int,
        default=200,
        help="requests to every target at every level before the first measure",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="rounds per level; each round measures every target, in a turning order",
    )
    parser.add_argument(
        "--no-litellm", action="store_true", help="leave LiteLLM out (a quicker A/B)"
    )
    parser.add_argument("--requests-c1", type=int, default=500, help="measured, concurrency 1")
    parser.add_argument("--requests", type=int, default=1000, help="measured, concurrency > 1")
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
    parser.add_argument(
        "--baseline",
        type=Path,
        metavar="DIR",
        help="also measure minigate from DIR/src (another checkout), for a same-run A/B",
    )
    return parser.parse_args()


def run_loop(coro: Any) -> Any:
    try:
        import uvloop
    except ImportError:  # pragma: no cover
        return asyncio.run(coro)
    return uvloop.run(coro)


def main() -> None:
    args = parse_args()
    exit_on_sigterm()
    if not args.no_litellm and not (BENCH_BIN / "litellm").exists():
        sys.exit("overhead: .venv-bench has no litellm; run: bash benchmarks/setup.sh")
    started = now_iso()
    host = machine()
    with tempfile.TemporaryDirectory(prefix="minigate-bench-") as tmp, Servers(Path(tmp)) as srv:
        targets = start_targets(srv, Path(tmp), args.baseline, litellm=not args.no_litellm)
        host["foreign_cores_before"] = wait_until_quiet(args.wait_quiet)
        levels = run_loop(measure(targets, args))
    emit(
        "overhead",
        {
            "benchmark": "overhead",
            "started": started,
            "machine": host,
            "versions": {
                "minigate": version("minigate"),
                "litellm": None if args.no_litellm else litellm_version(),
            },
            "baseline": str(args.baseline) if args.baseline else None,
            "request": {
                "body_bytes": len(BODY),
                "stream": False,
                "warmup": args.warmup,
                "requests_c1": args.requests_c1,
                "requests": args.requests,
                "warm": args.warm,
                "rounds": args.rounds,
            },
            "levels": levels,
        },
    )


if __name__ == "__main__":
    main()
