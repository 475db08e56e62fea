"""Round fifteen (dec23): the disguised-prompt over-block a second time, and the normaliser's
leetspeak-as-rot13 reading (dec21's finding) mended: a rot13 or reversed reading's one-letter
words no longer count toward it (``normalize._readings``, commit 6629e2d). The fresh check sets
(``handwritten.DISGUISED_BENIGN_23``, ``ATTACKS_23``) were committed in 5ff7003 before any design
run. Every route and the cheap mode share the normaliser, so each side of a comparison is read
with its own: ``--old`` sides with the normaliser as shipped (``old_readings``, patched in), the
others with the fixed one. No test split is read.

``FIX_RULE_23`` (the fix alone, fixed before it was measured) and ``DEC_RULE_23`` (the
candidate, fixed before the fresh sets are read) are below.

    # the fix alone (the shipped files, old and fixed normaliser; design data only):
    flock /tmp/heavy.lock nice -n 5 env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=src:benchmarks/guard .venv/bin/python benchmarks/guard/build_stack.py \\
        --dry-run --referential --prompt-windows uncued --cache .cache/guard-stack/f_fix.npz
    ... dec23.py --fix-alone --cache .cache/guard-stack/f_fix.npz \\
        --shipped-cache .cache/guard-stack/f_uncued.npz
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import build_stack
import dec21
import direct16
import handwritten
import numpy as np
from build_artifacts import POINTS

from minigate.guard import normalize
from minigate.guard.scanners.artifacts import data_path

FIX_RULE_23 = """
The normaliser fix alone (commit 6629e2d: a rot13 or reversed reading's one-letter words do not
count toward it), with src/minigate/guard/data as shipped, is committed to ship only if, with
the shipped files read once with the old normaliser and once with the fixed one in the same
run, at `balanced`:
 a. on the design check sets (LOOKALIKES_16, DISGUISED_BENIGN_16, ATTACKS_16, LOOKALIKES_17,
    DISGUISED_BENIGN_17, ATTACKS_17, DISGUISED_BENIGN_19, ATTACKS_19, DISGUISED_BENIGN_21,
    ATTACKS_21, REFERENCE_REQUESTS_HELD_OUT_18), in full mode and in cheap mode, no verdict
    changes for the worse, row by row: no benign row newly flagged, no attack newly passed;
 b. out of fold on the train side (build_stack.py --dry-run with the shipped recipe F's flags,
    the fixed normaliser's signals against the shipped build's, f_uncued.npz), each route's
    stack refitted by folds as build_stack fits it and cut at the shipped thresholds
    (injection.json): deepset's train attacks, the other prompt attacks, the data attacks and
    the code attacks each caught no fewer, and every cap holds at every point.
It applies whether or not DEC_RULE_23 is met; if candidate B ships, the fix ships with it
(its thresholds are refitted on the fixed normaliser's signals) and this rule is reported only.
"""


def old_readings(text: str) -> list[tuple[str, Callable[[str], str]]]:
    """``normalize._readings`` as shipped before 6629e2d (one-letter words counted)."""
    if not text.isascii():
        base = normalize._wordy(text)
        return [
            (how, read)
            for how, read in normalize._READERS
            if normalize._wordy(read(text)) >= max(3, 2 * base + 1)
        ]
    words = normalize._LOWER_WORD.findall(text.lower())
    base = sum(map(normalize._FUNCTION_WORDS.__contains__, words))
    wanted = (normalize._ROT13_WORDS, normalize._REVERSED_WORDS)
    return [
        (how, read)
        for (how, read), these in zip(normalize._READERS, wanted, strict=True)
        if sum(map(these.__contains__, words)) >= max(3, 2 * base + 1)
    ]


@contextlib.contextmanager
def normaliser(old: bool) -> Iterator[None]:
    """The old normaliser patched in while the block runs (``old``), else the fixed one."""
    fixed = normalize._readings
    normalize._readings = old_readings if old else fixed
    try:
        yield
    finally:
        normalize._readings = fixed


DESIGN = {
    **dec21.DESIGN,
    "disguised_benign_21": handwritten.DISGUISED_BENIGN_21,
    "attacks_21": handwritten.ATTACKS_21,
    "attacks_21_role_play": dec21.ROLE_PLAY_21,
    "attacks_21_encoded": dec21.ENCODED_21,
}
DESIGN_LISTS = {k: v for k, v in DESIGN.items() if not k.endswith(("_play", "_encoded"))}


def read(folder: Path | None, sets: dict[str, list[str]], old: bool) -> dict[str, Any]:
    """``sets`` read with the files in ``folder`` (src's when None), full and cheap mode, with
    the old or the fixed normaliser; each row's verdict kept."""
    with normaliser(old):
        out = asyncio.run(direct16.fresh_sets(folder, sets))
    for key, side in out.items():
        rows = sets[key.rsplit("/", 1)[0]]
        listed = set(side["rows"])
        side["verdicts"] = [
            (t not in listed) if key.startswith("attacks") else (t in listed) for t in rows
        ]
    return out


def worse(
    old: dict[str, Any], new: dict[str, Any], sets: dict[str, list[str]]
) -> dict[str, list[str]]:
    """Per set and mode, the rows whose verdict got worse from ``old`` to ``new``."""
    out: dict[str, list[str]] = {}
    for key, side in new.items():
        name = key.rsplit("/", 1)[0]
        attack = name.startswith("attacks")
        pairs = zip(sets[name], old[key]["verdicts"], side["verdicts"], strict=True)
        out[key] = [t for t, a, b in pairs if (a and not b if attack else b and not a)]
    return out


def at_shipped(cache: Path, docs_extra: list[Any]) -> dict[str, Any]:
    """Each route out of fold (its stack refitted by folds on ``cache``'s signals) cut at the
    shipped thresholds: attacks caught (deepset and other apart on the prompt route) and
    whether every cap holds at every point."""
    thresholds = json.loads(data_path("injection.json").read_text())["stack"]["operating_points"]
    saved = np.load(cache)
    docs = build_stack.stack_docs()[0] + docs_extra
    features = build_stack.with_address(saved["features"], docs)
    out: dict[str, Any] = {}
    for route, route_caps in build_stack.ROUTES.items():
        rows = np.array([build_stack._route(d) == route for d in docs])
        chosen = [d for d, r in zip(docs, rows, strict=True) if r]
        y = np.array([d.label for d in chosen])
        kinds = np.array([build_stack._kind(d) for d in chosen])
        weigh = build_stack.weights_kind(kinds)
        _, oof = build_stack.fit_stack(features[rows], y, weigh, saved["fold_of"][rows], route)
        held = True
        for point, scale in POINTS.items():
            caps = {k: c * scale for k, c in route_caps.items()}
            if route == "code" and point == "balanced":
                caps.update(build_stack.CODE_BALANCED_CAPS)
            flagged = oof >= thresholds[point][route]
            benign = {k: (kinds == k) & ~y for k in caps}
            fps = {k: float(flagged[b].mean()) for k, b in benign.items() if b.any()}
            held = held and all(fps[k] <= caps[k] for k in fps)
        hit = oof >= thresholds["balanced"][route]
        counted = y & (kinds != build_stack.REFERENTIAL) & (kinds != build_stack.COMPOSED)
        if route == "prompt":
            deep = counted & np.array([d.kind == "deepset" for d in chosen])
            out["deepset"] = f"{int(hit[deep].sum())}/{int(deep.sum())}"
            counted &= ~deep
            out["other"] = f"{int(hit[counted].sum())}/{int(counted.sum())}"
        else:
            out[route] = f"{int(hit[counted].sum())}/{int(counted.sum())}"
        out[f"{route}_caps_hold"] = held
    return out


def fix_alone(cache: Path, shipped_cache: Path) -> dict[str, Any]:
    """``FIX_RULE_23``'s reading: the shipped files with the old and the fixed normaliser."""
    extra = build_stack.referential()[0]
    with normaliser(True):  # the address columns are read again as the scanner reads them
        shipped = at_shipped(shipped_cache, extra)
    sides = {"old": read(None, DESIGN_LISTS, True), "fixed": read(None, DESIGN_LISTS, False)}
    report: dict[str, Any] = {
        "out_of_fold": {"old": shipped, "fixed": at_shipped(cache, extra)},
        "design_sets": sides,
        "worse": worse(sides["old"], sides["fixed"], DESIGN_LISTS),
    }
    old, new = report["out_of_fold"]["old"], report["out_of_fold"]["fixed"]
    report["conditions"] = {
        "a_no_row_worse": not any(report["worse"].values()),
        "b_out_of_fold": all(
            direct16.n(new[k]) >= direct16.n(old[k]) for k in ("deepset", "other", "data", "code")
        )
        and all(new[f"{r}_caps_hold"] for r in build_stack.ROUTES),
    }
    report["met"] = all(report["conditions"].values())
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True, help="the signals read")
    parser.add_argument("--shipped-cache", type=Path, help="the shipped build's signals")
    parser.add_argument("--fix-alone", action="store_true", help="FIX_RULE_23's reading")
    args = parser.parse_args()
    if args.fix_alone:
        assert args.shipped_cache, "--fix-alone: --shipped-cache"
        report = fix_alone(args.cache, args.shipped_cache)
        for side in report["design_sets"].values():
            for v in side.values():
                v.pop("verdicts")
        print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
