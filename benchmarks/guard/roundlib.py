"""The machinery every guard round shares, in one place.

A round (``ext137.py``, ``harm139.py``, ``min141.py`` ...) reads the shipped code (a commit's
``src`` written out once via ``git archive``) beside the candidate (the worktree's ``src``),
each side in its own process with ``benchmarks/guard`` on its path, one thread. What differs
between rounds (the commit, the cache folder, the script that holds the worker, its flags, the
failure message) is a parameter here and a value in the round's script; the rules, the sets and
the conditions stay in the round's script.

Each function reads nothing of a round's module: a round passes its own values at call time,
so a later round that rebinds an older round's ``CACHE`` or ``SHIPPED_COMMIT`` still steers it.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GUARD_CODE = "minigate/guard"
# A row: (text, is an attack, trick or "plain", language)
Row = tuple[str, bool, str, str]
# A flag's argparse options and the worker it starts, called with the flag's value
Worker = tuple[Mapping[str, Any], Callable[..., None]]


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


def cached(path: Path, texts: list[str], compute: Callable[[list[str]], list[Any]]) -> Any:
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
) -> Any:
    """Each text's row from ``script``'s worker (``args``) on ``src``, cached at ``path`` (the
    worker prints ``{"rows": [...]}``, one row a text)."""
    return cached(path, texts, lambda todo: run_script(script, args, todo, src, failed)["rows"])


def injection_worker(mode: str) -> None:
    """Read a JSON list of texts on stdin; print each one's verdict as a user prompt at
    balanced (or the point after "@") in ``mode``, with the signals behind it (for the
    design's diagnosis)."""
    import build_stack
    from embedcache import cached_minilm

    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    texts: list[str] = json.loads(sys.stdin.read())
    mode, _, point = mode.partition("@")  # "full@strict": full mode at the strict point
    embed = build_stack._embed_fn(cached_minilm(threads=1)) if mode == "full" else None
    options = InjectionOptions(operating_point=point or "balanced")  # type: ignore[arg-type]
    scanner = InjectionScanner(options, "i", embed)
    ctx = ScanContext(direction="input", source="prompt")

    async def run() -> list[dict[str, Any]]:
        out = []
        for text in texts:
            verdict = await scanner.scan(text, ctx)
            found = await scanner.signals(text, "prompt")
            out.append(
                {
                    "flagged": bool(verdict.flagged),
                    "score": round(float(verdict.score), 4),
                    "reason": verdict.reason,
                    "heuristic": round(found.heuristic, 4),
                    "patterns": list(found.patterns),
                    "ngram": round(found.ngram, 4),
                    "classifier": round(found.classifier or 0.0, 4),
                    "attack_cosine": round(found.attack_cosine, 4),
                    "benign_cosine": round(found.benign_cosine, 4),
                }
            )
        return out

    print(json.dumps({"rows": asyncio.run(run())}, ensure_ascii=False))


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


def alternating(
    sides: Mapping[str, Callable[[], Path]],
    script: str,
    args: Sequence[str],
    texts: list[str],
    rounds: int,
    alternate: bool = True,
) -> dict[str, list[Any]]:
    """Each side's worker output over ``rounds`` rounds, each side in its own process; with
    ``alternate`` the side that runs first changes by round."""
    runs: dict[str, list[Any]] = {side: [] for side in sides}
    for index in range(rounds):
        order = list(sides) if index % 2 == 0 or not alternate else list(sides)[::-1]
        for side in order:
            runs[side].append(
                run_script(script, args, texts, sides[side](), f"{side} latency worker")
            )
    return runs


def least_p50(runs: Mapping[str, list[list[float]]]) -> dict[str, float]:
    """Per side, p50 (ms) over the texts of each text's least time over the rounds."""
    import numpy as np

    return {
        side: round(float(np.percentile(np.min(np.array(r), axis=0), 50)), 3)
        for side, r in runs.items()
    }


def input_side_latency_worker(mode: str) -> None:
    """Time the whole input side (injection as a prompt, harm as user text) in ``mode`` on the
    JSON list of texts on stdin, each cold; print the times (ms) as a JSON list."""
    import train_harm

    from minigate.backends.embedder import EmbedMemo
    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners import multilingual
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    texts: list[str] = json.loads(sys.stdin.read())
    full = mode == "full"
    memo = EmbedMemo(train_harm.gateway_embed()) if full else None
    harm = HarmScanner(HarmOptions(use_embeddings=full), "h", memo)
    injection = InjectionScanner(InjectionOptions(use_embeddings=full), "i", memo)
    prompt = ScanContext(direction="input", source="prompt")
    user = ScanContext(direction="input")
    took: list[float] = []

    def cold() -> None:
        if memo is not None:
            memo.clear()
        if harm.finetuned is not None:
            harm.finetuned.model.forget()
        multilingual._memo.clear()

    async def run() -> None:
        for text in texts[:5]:
            await injection.scan(text, prompt)
            await harm.scan(text, user)
        for text in texts:
            cold()
            start = time.perf_counter()
            await injection.scan(text, prompt)
            await harm.scan(text, user)
            took.append((time.perf_counter() - start) * 1000)

    asyncio.run(run())
    print(json.dumps(took))


def latency_texts() -> list[str]:
    """The guard's latency texts, as benchmarks/guard/detectors.py picks them (timed only)."""
    import detectors
    import guardlib

    mixed = guardlib.injection()["test"].texts + guardlib.xstest()["test"].texts
    return list(mixed[: detectors.LATENCY_TEXTS])


def disguise(rows: list[tuple[str, bool, str]]) -> list[Row]:
    """Each (text, attack, language) plain and under each of injection_data.TRICKS."""
    import injection_data

    out: list[Row] = [(t, a, "plain", la) for t, a, la in rows]
    for name, trick in injection_data.TRICKS.items():
        out += [(trick(t), a, name, la) for t, a, la in rows]
    return out


Read = Callable[[list[str], str, str], dict[str, dict[str, Any]]]


def flags(got: Mapping[str, Mapping[str, Any]], rows: list[Row]) -> int:
    """How many of ``rows`` ``got`` flags."""
    return sum(bool(got[r[0]]["flagged"]) for r in rows)


def tally(rows: list[Row], sides: tuple[str, ...], mode: str, read: Read) -> dict[str, Any]:
    """Flagged rows per trick, attacks and benign: {trick: {kind: [side..., n]}}."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    out: dict[str, Any] = {}
    tricks = dict.fromkeys(r[2] for r in rows)
    extra = ["disguised"] if len(tricks) > 1 else []
    for trick in [*tricks, *extra]:
        for attack in (True, False):
            sel = [
                r
                for r in rows
                if r[1] == attack and (r[2] == trick or (trick == "disguised" and r[2] != "plain"))
            ]
            out.setdefault(trick, {})["attacks" if attack else "benign"] = [
                flags(got[s], sel) for s in sides
            ] + [len(sel)]
    return out


def changed_rows(rows: list[Row], mode: str, read: Read, sides: Sequence[str]) -> list[str]:
    """The rows whose verdict differs between the sides in ``mode`` (design data only)."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    return [
        f"{r[3]} {'attack' if r[1] else 'benign'} {r[2]}: "
        f"{got['shipped'][r[0]]['flagged']} -> {got['candidate'][r[0]]['flagged']}: "
        f"{r[0][:160]}"
        for r in rows
        if got["shipped"][r[0]]["flagged"] != got["candidate"][r[0]]["flagged"]
    ]


def by_language(rows: list[Row], mode: str, read: Read, sides: Sequence[str]) -> dict[str, Any]:
    """Reported, not judged: flagged rows per trick and language, [shipped, candidate, n]."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    out: dict[str, Any] = {}
    for trick in ("plain", "disguised"):
        for la in dict.fromkeys(r[3] for r in rows):
            for attack in (True, False):
                sel = [
                    r
                    for r in rows
                    if (r[2] == "plain") == (trick == "plain") and r[3] == la and r[1] == attack
                ]
                key = f"{trick} {la} {'attacks' if attack else 'benign'}"
                out[key] = [flags(got[s], sel) for s in sides] + [len(sel)]
    return out


def stamp() -> str:
    """The UTC time of day, as a reading's "started" and "ended" give it."""
    return time.strftime("%H:%M:%S", time.gmtime())


def _start(worker: Callable[..., None], value: Any) -> None:
    if value is True:  # a plain flag
        worker()
    elif isinstance(value, list):  # nargs
        worker(*value)
    else:
        worker(value)


def run_round(
    description: str | None,
    workers: Mapping[str, Worker],
    steps: Sequence[str],
    run: Callable[[argparse.Namespace], dict[str, Any]],
    options: Mapping[str, Mapping[str, Any]] | None = None,
    also: Callable[[argparse.Namespace], Path | None] | None = None,
) -> None:
    """A round's command line: one of ``workers`` (a flag, its options and the function it
    calls with the flag's value) or ``steps`` (plain flags, then ``run(args)``); ``options``
    beside them. A step's JSON gets its start and end times, goes to ``also(args)`` and to
    ``--out`` where given, and is printed."""
    parser = argparse.ArgumentParser(description=(description or "").split("\n\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    for flag, (kwargs, _) in workers.items():
        what.add_argument(flag, **kwargs)
    for flag in steps:
        what.add_argument(flag, action="store_true")
    for flag, kwargs in (options or {}).items():
        parser.add_argument(flag, **kwargs)
    args = parser.parse_args()
    for flag, (_, worker) in workers.items():
        value = getattr(args, flag.lstrip("-").replace("-", "_"))
        if value:
            _start(worker, value)
            return
    start = stamp()
    doc = run(args)
    doc |= {"started": start, "ended": stamp()}
    text = json.dumps(doc, indent=1, ensure_ascii=False, default=str)
    for path in (also(args) if also else None, getattr(args, "out", None)):
        if path:
            Path(path).write_text(text)
    print(text)
