"""A round's command line: worker flags, step flags, and the JSON reading a step prints.

Every round's ``main`` has the same shape (one of its workers or one of its steps, the step's
JSON stamped with its start and end and written where asked), so it is written once here.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

# A flag's argparse options and the worker it starts, called with the flag's value
Worker = tuple[Mapping[str, Any], Callable[..., None]]


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


def write_reading(doc: dict[str, Any], folder: Path | str, plumbing: bool) -> dict[str, Any]:
    """Write a check's ``doc`` to ``folder``/check-reading.json (plumbing.json for a plumbing
    run) and return it."""
    name = "plumbing.json" if plumbing else "check-reading.json"
    Path(folder, name).write_text(json.dumps(doc, indent=1, ensure_ascii=False))
    return doc


def run_steps(
    description: str | None,
    workers: Mapping[str, Worker],
    steps: Mapping[str, Callable[[], dict[str, Any]]],
    options: Mapping[str, Mapping[str, Any]] | None = None,
    also: Callable[[argparse.Namespace], Path | None] | None = None,
) -> None:
    """``run_round`` where each step flag runs one function of no arguments."""
    run_round(
        description,
        workers,
        tuple(steps),
        lambda args: next(
            run() for flag, run in steps.items() if getattr(args, flag[2:].replace("-", "_"))
        ),
        options,
        also,
    )


def step_main(
    steps: Mapping[str, Callable[[], dict[str, Any]]],
    cache: Path,
    script: str,
    argv: Sequence[str],
) -> None:
    """One step of ``steps``, named by its flag in ``argv[1]``: its JSON, stamped with its start
    and end, printed and kept as ``cache``/<flag without dashes>.json (rounds ninety-nine to one
    hundred and one). Any other flag is a usage line naming ``script``."""
    flag = argv[1] if len(argv) > 1 else ""
    if flag not in steps:
        raise SystemExit(f"usage: {script} {{{','.join(steps)}}}")
    began = stamp()
    doc = steps[flag]() | {"started": began, "ended": stamp()}
    text = json.dumps(doc, indent=1, ensure_ascii=False, default=str)
    cache.mkdir(parents=True, exist_ok=True)
    (cache / f"{flag.strip('-')}.json").write_text(text)
    print(text)


OUT = {"--out": {"help": "also write the JSON here"}}  # a round's --out option
SCORE = {"choices": ("full", "cheap")}  # a --score-worker's options
