"""Helpers shared by the benchmark scripts: free ports, server processes, percentiles, output.

Every server a benchmark starts is registered with a ``Servers`` stack, which ends each one (its
whole process group) when the stack closes, whether the benchmark finished or failed.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
RESULTS_DIR = ROOT / "bench-results"
LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A loopback port that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


def exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit so that ``finally`` blocks stop the servers."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


class Servers:
    """Starts server processes, each in its own process group, and ends them all on close."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str, argv: list[str], env: dict[str, str] | None = None) -> int:
        """Start ``argv`` with its output in ``<log_dir>/<name>.log``; returns its pid."""
        log = (self.log_dir / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            argv,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env={**os.environ, **(env or {})},
            cwd=ROOT,
            start_new_session=True,
        )
        log.close()
        self.procs[name] = proc
        return proc.pid

    def log_tail(self, name: str, lines: int = 30) -> str:
        path = self.log_dir / f"{name}.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def wait_ready(self, name: str, url: str, timeout_s: float = 120.0) -> float:
        """Poll ``url`` until it answers 200; returns the seconds it took."""
        started = time.perf_counter()
        proc = self.procs[name]
        with httpx.Client(timeout=2.0) as client:
            while time.perf_counter() - started < timeout_s:
                if proc.poll() is not None:
                    raise RuntimeError(
                        f"{name} exited with {proc.returncode}:\n{self.log_tail(name)}"
                    )
                with contextlib.suppress(httpx.HTTPError):
                    if client.get(url).status_code == 200:
                        return time.perf_counter() - started
                time.sleep(0.2)
        raise TimeoutError(
            f"{name} not ready at {url} after {timeout_s:g}s:\n{self.log_tail(name)}"
        )

    def stop(self, name: str) -> None:
        """End the process group of ``name``: SIGTERM, then SIGKILL after 10 s."""
        proc = self.procs.pop(name)
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        # Children that outlived their leader (say, a worker) are in the same group.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)

    def close(self) -> None:
        for name in reversed(list(self.procs)):
            self.stop(name)

    def __enter__(self) -> Servers:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _stat(pid: int) -> list[str]:
    """Fields 3 and on of /proc/PID/stat (after the command name, which may hold spaces)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process (all its threads), from /proc."""
    fields = _stat(pid)
    ticks = int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of stat
    return ticks / os.sysconf("SC_CLK_TCK")


def process_tree(roots: tuple[int, ...]) -> set[int]:
    """``roots`` and every process below them, from the parent ids in /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):  # it ended while we looked
            children.setdefault(int(_stat(int(stat.parent.name))[1]), []).append(
                int(stat.parent.name)
            )
    found: set[int] = set()
    todo = list(roots)
    while todo:
        pid = todo.pop()
        if pid not in found:
            found.add(pid)
            todo.extend(children.get(pid, ()))
    return found


def tree_cpu_seconds(*roots: int) -> float:
    """CPU time of ``roots`` and all their descendants, counting those that ended too: a
    database server's short-lived backends, say, whose time their parent collects on reaping."""
    ticks = 0
    for pid in process_tree(roots):
        with contextlib.suppress(OSError):
            # utime, stime, cutime, cstime: fields 14 to 17 of stat
            ticks += sum(int(f) for f in _stat(pid)[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (all cores), from /proc/stat.

    Interrupt time is left out (no process is charged for it); time stolen by the hypervisor
    is counted, as it disturbs a measurement like another process does."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, _irq, _softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + steal) / os.sysconf("SC_CLK_TCK")


MAX_FOREIGN_CORES = 0.15


class ForeignLoad:
    """Cores kept busy by processes other than ``pids``, this one and their descendants while
    the block runs: on a 2-core box anything above ``MAX_FOREIGN_CORES`` means another job
    disturbed the measurement."""

    def __init__(self, *pids: int) -> None:
        self.pids = (os.getpid(), *pids)
        self.cores = 0.0

    def _ours(self) -> float:
        return tree_cpu_seconds(*self.pids)

    def __enter__(self) -> ForeignLoad:
        self._start = (time.perf_counter(), busy_seconds(), self._ours())
        return self

    def __exit__(self, *exc: object) -> None:
        wall, busy, ours = self._start
        foreign = (busy_seconds() - busy) - (self._ours() - ours)
        self.cores = round(max(0.0, foreign) / (time.perf_counter() - wall), 3)


def wait_until_quiet(max_wait_s: float, threshold_cores: float = MAX_FOREIGN_CORES) -> float:
    """Wait (at most ``max_wait_s``) for one second in which other processes keep fewer than
    ``threshold_cores`` busy; returns the load seen last, in cores."""
    deadline = time.monotonic() + max_wait_s
    while True:
        with ForeignLoad() as load:
            time.sleep(1.0)
        if load.cores < threshold_cores or time.monotonic() >= deadline:
            if load.cores >= threshold_cores:
                print(
                    f"warning: the machine is busy ({load.cores} cores used by other "
                    "processes); figures will be disturbed",
                    file=sys.stderr,
                )
            return load.cores


def percentiles_ms(seconds: list[float]) -> dict[str, float]:
    """p50, p95 and p99 of durations in seconds, as milliseconds."""
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return {f"p{q}": round(cuts[q - 1] * 1000, 3) for q in (50, 95, 99)}


def minigate_argv(port: int, config: Path) -> list[str]:
    return [
        str(VENV_BIN / "minigate"),
        "serve",
        "--host",
        LOOPBACK,
        "--port",
        str(port),
        "--config",
        str(config),
    ]


def state_in(work: Path) -> dict[str, Any]:
    """Config keys that keep a gateway's ledger, cache and audit key in ``work``: nothing left
    over from an earlier run (a cached answer, above all) can change a measurement. The audit
    key goes in a folder of its own: the gateway refuses one beside its database."""
    for folder in ("db", "keys"):
        (work / folder).mkdir(parents=True, exist_ok=True)
    return {
        "store": {"url": f"sqlite:///{work / 'db' / 'minigate.db'}"},
        "cache": {"sqlite_path": str(work / "db" / "cache.sqlite3")},
        "audit": {"signing_key_path": str(work / "keys" / "audit_ed25519.pem")},
    }


def code_read() -> str | None:
    """The commit the benchmark reads, with "+" where ``src`` holds changes git does not (a
    candidate under test); None outside a git checkout. A reading names the code it read."""
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return head + ("+" if changed else "")


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
        "code": code_read(),
    }


def emit(name: str, doc: dict[str, Any]) -> None:
    """Print ``doc`` as JSON on stdout and keep a copy in bench-results/."""
    text = json.dumps(doc, indent=2)
    print(text)
    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    (RESULTS_DIR / f"{name}-{stamp}.json").write_text(text + "\n")
    print(f"wrote bench-results/{name}-{stamp}.json", file=sys.stderr)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
