"""The two sides of a round: the shipped tree, the workers that read it, and their caches.

A round reads the shipped code (a commit's ``src`` written out once via ``git archive``) beside
the candidate (the worktree's ``src``), each side in its own process with ``benchmarks/guard``
on its path, one thread. Every reading goes through ``run_script``, and every verdict is cached
by text and by a digest of the side's guard code, so that a side whose code has not changed is
never read twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]  # benchmarks/guard, the folder the rounds run from
ROOT = HERE.parents[1]
GUARD_CODE = "minigate/guard"
# A row: (text, is an attack, trick or "plain", language)
Row = tuple[str, bool, str, str]


def shipped_src(commit: str, cache: Path, probe: str = GUARD_CODE) -> Path:
    """``commit``'s src/, written once under ``cache`` (``src-<commit>``) via ``git archive``."""
    folder = cache / f"src-{commit}"
    if not (folder / probe).exists():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", commit, "src"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(
            ["tar", "-x", "-C", str(folder), "--strip-components=1"], input=archive, check=True
        )
    return folder


def digest(src: Path) -> str:
    """A short hash of ``src``'s guard code: a cache key that changes with the code."""
    h = hashlib.sha256()
    for path in sorted((src / GUARD_CODE).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(src)).encode() + path.read_bytes())
    return h.hexdigest()[:16]


def run_script(script: str, args: Sequence[str], texts: Any, src: Path, failed: str) -> Any:
    """Run ``script`` with ``args`` against ``src`` (``src`` and benchmarks/guard on its path),
    ``texts`` as JSON on stdin; the JSON on its last line of output. ``failed`` names the
    worker in the message if it fails."""
    done = subprocess.run(
        [sys.executable, str(Path(script).resolve()), *args],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=f"{src}:{HERE}"),
        cwd=ROOT,
    )
    if done.returncode:
        raise SystemExit(f"The {failed} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def cached(
    path: Path, texts: list[str], compute: Callable[[list[str]], list[Any]]
) -> dict[str, Any]:
    """Each text's record from the JSON cache at ``path``; ``compute`` reads the texts it
    lacks (sorted, one call) and the cache is written again."""
    known: dict[str, Any] = json.loads(path.read_text()) if path.exists() else {}
    todo = sorted(set(texts) - set(known))
    if todo:
        known.update(zip(todo, compute(todo), strict=True))
        path.write_text(json.dumps(known, ensure_ascii=False))
    return {t: known[t] for t in texts}


def read_rows(
    texts: list[str], src: Path, path: Path, script: str, args: Sequence[str], failed: str
) -> dict[str, Any]:
    """Each text's row from ``script``'s worker (``args``) on ``src``, cached at ``path`` (the
    worker prints ``{"rows": [...]}``, one row a text)."""
    return cached(path, texts, lambda todo: run_script(script, args, todo, src, failed)["rows"])


def read_side(
    texts: list[str],
    src: Path,
    cache: Path,
    name: str,
    script: str,
    args: Sequence[str],
    failed: str,
) -> Any:
    """``read_rows`` cached at ``cache``/``name``-<digest of ``src``'s guard code>.json."""
    cache.mkdir(parents=True, exist_ok=True)
    return read_rows(texts, src, cache / f"{name}-{digest(src)}.json", script, args, failed)
