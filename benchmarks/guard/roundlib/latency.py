"""(f)'s timing machinery: alternating rounds of each side's latency worker, the least time
per text, and the whole input side timed cold.

Each side runs in its own process, and the side that runs first changes by round, so that
neither side is favoured by a warm machine; a text's time is its least over the rounds.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .tree import run_script


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


async def time_input_side(
    injection: Any,
    harm: Any,
    texts: list[str],
    cold: Callable[[], None],
    after: Callable[[str], None] | None = None,
) -> list[float]:
    """Each text's time (ms) through the input side (``injection`` as a user prompt, then
    ``harm`` as user text), read ``cold``, after five warm texts; ``after(text)`` runs after
    each text's time is taken."""
    from minigate.guard.protocol import ScanContext

    prompt = ScanContext(direction="input", source="prompt")
    user = ScanContext(direction="input")
    for text in texts[:5]:
        await injection.scan(text, prompt)
        await harm.scan(text, user)
    took: list[float] = []
    for text in texts:
        cold()
        start = time.perf_counter()
        await injection.scan(text, prompt)
        await harm.scan(text, user)
        took.append((time.perf_counter() - start) * 1000)
        if after is not None:
            after(text)
    return took


def input_side_latency_worker(mode: str) -> None:
    """Time the whole input side (injection as a prompt, harm as user text) in ``mode`` on the
    JSON list of texts on stdin, each cold; print the times (ms) as a JSON list."""
    import train_harm

    from minigate.backends.embedder import EmbedMemo
    from minigate.guard.scanners import multilingual
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    texts: list[str] = json.loads(sys.stdin.read())
    full = mode == "full"
    memo = EmbedMemo(train_harm.gateway_embed()) if full else None
    harm = HarmScanner(HarmOptions(use_embeddings=full), "h", memo)
    injection = InjectionScanner(InjectionOptions(use_embeddings=full), "i", memo)

    def cold() -> None:
        if memo is not None:
            memo.clear()
        if harm.finetuned is not None:
            harm.finetuned.model.forget()
        multilingual._memo.clear()

    took = asyncio.run(time_input_side(injection, harm, texts, cold))
    print(json.dumps(took))


def latency_texts() -> list[str]:
    """The guard's latency texts, as benchmarks/guard/detectors.py picks them (timed only)."""
    import detectors
    import guardlib

    mixed = guardlib.injection()["test"].texts + guardlib.xstest()["test"].texts
    return list(mixed[: detectors.LATENCY_TEXTS])


def step_and_side(
    step: tuple[str, Any],
    step_bar: tuple[str, bool],
    full: Mapping[str, float],
    cheap: Mapping[str, float],
) -> dict[str, Any]:
    """(f) for a round that times its own steps beside the whole input side: the steps' figure
    (``step``: its key and value), the whole input side's p50 [shipped, candidate] in full and
    cheap mode, then the bars: the steps' (``step_bar``), full mode at most 25 ms, cheap under
    1 ms (``full``, ``cheap``: p50 ms per side)."""
    return {
        step[0]: step[1],
        "full input side p50 ms [shipped, candidate]": [full["shipped"], full["candidate"]],
        "cheap input side p50 ms [shipped, candidate]": [cheap["shipped"], cheap["candidate"]],
        step_bar[0]: step_bar[1],
        f"(f) full input side p50 {full['candidate']} <= 25 ms": full["candidate"] <= 25,
        f"(f) cheap p50 {cheap['candidate']} < 1 ms": cheap["candidate"] < 1,
    }
