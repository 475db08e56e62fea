"""Running the suite on several cores with pytest-xdist (``make test`` runs ``-n 2``).

- **What runs together.** A worker takes a whole module at a time, so that a module's shared
  gateway starts once and its tests run in their order; ``tests/ui`` shares one gateway
  across its modules (a package fixture), so it goes to one worker whole. The heaviest
  modules go first, so that no worker is left with a long one at the end.
- **Cores.** Each worker, and every process it starts, runs on a core of its own. llama.cpp
  takes as many threads as the process has cores and its threads spin while they wait: two
  workers' models with two threads each on two shared cores made a 0.2 s answer take 4-40 s.
  Pinned, a worker's engines take one thread (``engine.settings.cores`` reads the affinity)
  and nobody spins on a core another worker needs.
- **Ports.** Each worker takes ports from a block of its own, below Linux's ephemeral range
  (32768-60999), so no other worker, no port the kernel hands out for ``bind(0)`` and no
  outgoing connection can take a port between the check and the server's bind.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import random
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

WORKER = os.environ.get("PYTEST_XDIST_WORKER")  # "gw0", "gw1", ... under `pytest -n`
PORTS_FROM, PORTS_PER_WORKER, PORT_BLOCKS = 20000, 1500, 8  # 20000-31999

# Run as one unit by one worker: packages whose fixtures span their modules.
SHARED_PACKAGES = ("tests/ui/",)

# Modules that take a minute or more (real models, several gateways); scheduled first.
HEAVY = Path(__file__).with_name("heavy_modules.txt")


def worker_index() -> int | None:
    return int(WORKER.removeprefix("gw")) if WORKER else None


def pin_to_one_core(index: int) -> None:
    """Run this process's threads, and every process it starts, on one core of its own."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return
    mine = {cpus[index % len(cpus)]}
    for task in os.listdir("/proc/self/task"):
        with contextlib.suppress(ProcessLookupError):  # a thread that ended meanwhile
            os.sched_setaffinity(int(task), mine)
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def _worker_ports(index: int) -> Iterator[int]:
    first = PORTS_FROM + (index % PORT_BLOCKS) * PORTS_PER_WORKER
    # A random start: another run of the suite on the machine walks its own stretch.
    start = random.randrange(PORTS_PER_WORKER)
    for n in itertools.count(start):
        yield first + n % PORTS_PER_WORKER


_ports = _worker_ports(worker_index() or 0)


def free_port() -> int:
    """A free loopback port: the kernel's choice when run alone, the next free one of this
    worker's block under xdist."""
    if WORKER is None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])
    for port in itertools.islice(_ports, PORTS_PER_WORKER):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:  # in use, or in TIME_WAIT (servers bind with SO_REUSEADDR)
                continue
            return port
    raise RuntimeError(f"no free port left in worker {WORKER}'s block")


def heavy_modules() -> list[str]:
    lines = HEAVY.read_text().splitlines() if HEAVY.exists() else []
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def make_scheduler(config: Any, log: Any) -> Any:
    """xdist's scope scheduler, with our units and order (see the module docstring)."""
    from xdist.scheduler import LoadScopeScheduling

    heavy = {name: rank for rank, name in enumerate(heavy_modules())}

    class ModuleScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return next((p for p in SHARED_PACKAGES if module.startswith(p)), module)

        def _assign_work_unit(self, node: Any) -> None:
            # The parent hands out the first unit of its queue: make it the heaviest left.
            def cost(scope: str) -> tuple[int, int]:
                return heavy.get(scope, len(heavy)), -len(self.workqueue[scope])

            if self.workqueue:
                self.workqueue.move_to_end(min(self.workqueue, key=cost), last=False)
            super()._assign_work_unit(node)

    return ModuleScheduling(config, log)
