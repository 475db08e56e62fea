"""Which modules a piece of Python imports, run in a fresh interpreter: a command that needs no
gateway must not pay for the gateway's startup (about a second of CPU for each command)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

# What a command that needs no gateway must not import: the gateway's startup, its pipeline,
# the guard's detectors, the documents, the server.
GATEWAY_MODULES = (
    "minigate.runtime",
    "minigate.pipeline",
    "minigate.guard.scanners",
    "minigate.rag.library",
    "minigate.server",
)


def imported(
    run: str,
    modules: Sequence[str] = GATEWAY_MODULES,
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> tuple[list[str], list[str]]:
    """Run ``run`` (Python code) in a fresh interpreter, which must succeed; returns the lines
    it printed and which of ``modules`` it imported."""
    code = f"import sys\n{run}\nprint(*[m for m in {tuple(modules)!r} if m in sys.modules])"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    *said, loaded = out.stdout.splitlines()
    return said, loaded.split()
