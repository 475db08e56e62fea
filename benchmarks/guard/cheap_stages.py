#!/usr/bin/env python3
"""The cheap guard's stages one by one, in-process: microseconds per text, p50.

Each stage (unmasking, the phrase patterns, the n-gram model, the whole cheap injection scan,
PII on a prompt and on an answer, and the guard stage around a model that answers at once)
runs over train-side texts (deepset and XSTest train halves, the benign train rows) in two
ways: warm, in a tight loop, and cold, with the CPU caches flushed before each call by
reading 32 MB, which is closer to a gateway that serves other requests (and other processes)
between two scans.

``--baseline-src DIR`` times another checkout's ``src`` too: each tree runs in its own
process, in turn, ``--rounds`` times, so both see the same machine load.

Data, read in place from ``../shared/data`` (licences in its README): deepset/prompt-
injections (Apache-2.0), XSTest (CC-BY-4.0), GSM8K (MIT), FrugalGPT
headlines (Apache-2.0), Quora Question Pairs via GPTCache (MIT; Quora's terms); train
sides only (``guardlib``'s fixed splits).

Run: MINIGATE_SHARED_DATA=../shared/data .venv/bin/python benchmarks/guard/cheap_stages.py
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import guardlib
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from latency import CHEAP_INPUT, CHEAP_OUTPUT

from benchlib import emit, machine, now_iso

_FLUSH = np.ones(4_000_000)  # 32 MB, more than the last-level cache


def texts(limit: int) -> list[str]:
    """Train-side texts only: attacks and benign prompts alike."""
    rows = guardlib.injection()["train"].texts + guardlib.xstest()["train"].texts
    rows += guardlib.benign()["train"]
    return rows[:limit]


def _p50(run: Callable[[str], object], rows: list[str], cold: bool) -> float:
    spent = []
    for row in rows:
        if cold:
            _FLUSH.sum()
        started = time.perf_counter()
        run(row)
        spent.append(time.perf_counter() - started)
    return round(statistics.median(spent) * 1e6, 2)


def stages() -> dict[str, Callable[[str], object]]:
    """The stages, each a function of one text (imported here: the tree is chosen by
    ``PYTHONPATH``)."""
    from minigate.context import RequestContext
    from minigate.errors import ContentPolicyViolation
    from minigate.guard.build import guard_stage
    from minigate.guard.normalize import variants
    from minigate.guard.pii.detect import find_pii
    from minigate.guard.protocol import GuardDeps, ScanContext
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner
    from minigate.guard.scanners.injection_patterns import fired
    from minigate.guard.settings import GuardSettings
    from minigate.schemas.chat import ChatCompletionRequest
    from minigate.testing.fake import FakeBackend
    from minigate.testing.stub_upstream import COMPLETION_TEXT

    loop = asyncio.new_event_loop()
    injection = InjectionScanner(InjectionOptions(use_embeddings=False), "injection", None)
    scan = ScanContext(direction="input")
    policy = {"id": "cheap", "input": CHEAP_INPUT, "output": CHEAP_OUTPUT}
    settings = GuardSettings.model_validate({"policies": [policy]})
    model = FakeBackend("stub", COMPLETION_TEXT)
    stage = guard_stage(model, settings, GuardDeps(embed=None), None)
    ngram = injection.ngrams["prompt"]

    def ngrams(text: str) -> object:
        from minigate.guard.chunks import windows
        from minigate.guard.scanners.ngrams import score_text

        return [score_text(piece, *ngram) for piece in windows(text)]

    def chat(text: str) -> object:
        body = {"model": "stub", "messages": [{"role": "user", "content": text}]}
        request = ChatCompletionRequest.model_validate(body)
        try:
            return loop.run_until_complete(stage.chat(request, RequestContext(endpoint="chat")))
        except ContentPolicyViolation as blocked:  # an attack: blocking is the stage's work
            return blocked

    return {
        "variants": variants,
        "patterns": fired,
        "ngrams": ngrams,
        "injection_scan": lambda text: loop.run_until_complete(injection.scan(text, scan)),
        "pii_prompt": find_pii,
        "pii_answer": lambda text: find_pii(COMPLETION_TEXT),
        "guard_stage_chat": chat,
    }


def one_tree(limit: int) -> dict[str, dict[str, float]]:
    rows = texts(limit)
    timed = stages()
    for run in timed.values():  # imports, compiled regexes, first-use caches
        for row in rows[:50]:
            run(row)
    return {
        mode: {name: _p50(run, rows, mode == "cold") for name, run in timed.items()}
        for mode in ("warm", "cold")
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--texts", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline-src", metavar="DIR")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_tree(args.texts)))
        return
    here = str(Path(__file__).resolve().parent.parent.parent / "src")
    trees = {"this": here}
    if args.baseline_src:
        trees["baseline"] = str(Path(args.baseline_src).resolve())
    started, load = now_iso(), list(os.getloadavg())
    runs: dict[str, list[dict[str, dict[str, float]]]] = {tree: [] for tree in trees}
    for _ in range(args.rounds):
        for tree, src in trees.items():
            argv = [sys.executable, __file__, "--child", "--texts", str(args.texts)]
            env = {**os.environ, "PYTHONPATH": src}
            out = subprocess.run(argv, env=env, capture_output=True, text=True)
            if out.returncode:
                raise SystemExit(f"The {tree} tree failed:\n{out.stderr}")
            runs[tree].append(json.loads(out.stdout))
    summary: dict[str, Any] = {
        tree: {
            mode: {
                name: statistics.median(r[mode][name] for r in results) for name in results[0][mode]
            }
            for mode in ("warm", "cold")
        }
        for tree, results in runs.items()
    }
    emit(
        "guard_cheap_stages",
        {
            "benchmark": "guard_cheap_stages",
            "started": started,
            "machine": machine(),
            "texts": f"{args.texts} train-side (deepset, XSTest train halves; benign train rows)",
            "unit": "microseconds per text, p50; median of the rounds",
            "rounds": args.rounds,
            "trees": trees,
            "load_average_at_start": load,
            "load_average_at_end": list(os.getloadavg()),
            "p50_us": summary,
            "each_round": runs,
        },
    )


if __name__ == "__main__":
    main()
