"""How good a router is, on labelled rows: the threshold that reaches a target quality
(chosen on a calibration split), and RouteLLM's figures on a test split.

- PGR(share): the share of the cheap-to-strong accuracy gap recovered when that share of the
  rows, those the router ranks as most in need, go to the strong model;
- APGR: PGR averaged over every share from 0 to 1 (a random router's is 0.5);
- CPT(x): the smallest share of strong calls that recovers x of the gap (a random router
  needs x itself).
A prompt-length rule (longer prompts go strong) is the simple baseline to beat.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np

from minigate.router.training import DataError, Row

Ranker = Callable[[Sequence[int]], np.ndarray]


@dataclass(frozen=True)
class TierPrices:
    """USD per 1M tokens of each tier, for the dollar cost of a routing."""

    cheap: tuple[Decimal, Decimal]
    strong: tuple[Decimal, Decimal]

    def row_costs(self, row: Row) -> tuple[Decimal, Decimal] | None:
        if row.cheap_tokens is None or row.strong_tokens is None:
            return None
        return (_cost(self.cheap, row.cheap_tokens), _cost(self.strong, row.strong_tokens))


def _cost(price: tuple[Decimal, Decimal], tokens: tuple[int, int]) -> Decimal:
    return (price[0] * tokens[0] + price[1] * tokens[1]) / 1_000_000


def accuracy(rows: Sequence[Row], strong: np.ndarray) -> float:
    return float(
        np.mean([r.strong_label if s else r.label for r, s in zip(rows, strong, strict=True)])
    )


def at_threshold(
    rows: Sequence[Row], p_cheap: np.ndarray, threshold: float, prices: TierPrices | None = None
) -> dict[str, Any]:
    """Strong share, accuracy (and dollars) when rows with P(cheap good) >= threshold go cheap."""
    strong = p_cheap < threshold
    point: dict[str, Any] = {
        # Exact, not rounded: a rounded threshold sends the rows scored at it elsewhere, on
        # the test rows and in the route it is written into.
        "threshold": threshold,
        "strong_share": round(float(strong.mean()), 4),
        "accuracy": round(accuracy(rows, strong), 4),
    }
    if prices is not None:
        costs = [prices.row_costs(r) for r in rows]
        if all(c is not None for c in costs):
            total = sum((c[1] if s else c[0]) for c, s in zip(costs, strong, strict=True) if c)
            point["cost_usd"] = str(total)
    return point


def choose_threshold(
    rows: Sequence[Row], p_cheap: np.ndarray, target_quality: float, least: float = -math.inf
) -> dict[str, Any]:
    """On calibration rows: the threshold with the fewest strong calls whose accuracy reaches
    ``target_quality`` x always-strong's (above 1 is allowed: a router can beat strong)."""
    strong_acc = float(np.mean([r.strong_label for r in rows]))
    goal = target_quality * strong_acc
    # Every distinct probability is a threshold where a decision flips; 1.0 sends all strong.
    # Scores below ``least`` are none: a gated row's -1 (``gate``) escalates at any threshold.
    candidates = sorted({1.0, *(float(x) for x in p_cheap if x >= least)})
    points = [at_threshold(rows, p_cheap, t) for t in candidates]
    reaching = [q for q in points if q["accuracy"] >= goal - 1e-9]
    best = min(reaching, key=lambda q: (q["strong_share"], -q["accuracy"]), default=None)
    return {
        "rows": len(rows),
        "always_cheap_accuracy": round(float(np.mean([r.label for r in rows])), 4),
        "always_strong_accuracy": round(strong_acc, 4),
        "target_quality": target_quality,
        "target_accuracy": round(goal, 4),
        "reached": best is not None,
        "chosen": best,
    }


def gate(rows: Sequence[Row], p_cheap: np.ndarray, regex: str) -> np.ndarray:
    """P(cheap good) as a route with ``learned.regex`` acts on it: a cheap answer without a
    match escalates at any threshold (-1). Rows need ``cheap_answer``."""
    import re

    missing = [n for n, r in enumerate(rows, 1) if r.cheap_answer is None]
    if missing:
        raise DataError(
            f"{len(missing)} rows (the first is row {missing[0]}) lack 'cheap_answer'; a "
            "format gate checks it ('minigate router label' writes it)."
        )
    fits = np.array([re.search(regex, r.cheap_answer or "") is not None for r in rows])
    return np.where(fits, p_cheap, -1.0)


def pgr_curve(rows: Sequence[Row], need: np.ndarray) -> list[float] | None:
    """PGR at strong shares 0, 1/n, ..., 1, sending the rows with the highest ``need`` first
    (ties broken by row order). None when strong is no better than cheap."""
    cheap = np.array([r.label for r in rows], dtype=float)
    strong = np.array([r.strong_label for r in rows], dtype=float)
    gap = strong.mean() - cheap.mean()
    if gap <= 0:
        return None
    order = np.argsort(-need, kind="stable")
    gains = np.concatenate([[0.0], np.cumsum((strong - cheap)[order])]) / len(rows)
    return [float(g / gap) for g in gains]


def apgr(curve: list[float]) -> float:
    """The mean PGR over strong shares (trapezoids on the 1/n grid)."""
    return float(np.trapezoid(curve, dx=1 / (len(curve) - 1)))


def cpt(curve: list[float], level: float) -> float:
    """The smallest strong share whose PGR reaches ``level``."""
    n = len(curve) - 1
    return next((k / n for k, g in enumerate(curve) if g >= level - 1e-12), 1.0)


def figures(rows: Sequence[Row], need: np.ndarray) -> dict[str, float] | None:
    curve = pgr_curve(rows, need)
    if curve is None:
        return None
    return {"apgr": apgr(curve), "cpt50": cpt(curve, 0.5), "cpt80": cpt(curve, 0.8)}


def compare(
    rows: Sequence[Row],
    needs: dict[str, np.ndarray],
    *,
    resamples: int = 1000,
    seed: int = 0,
    baselines: Sequence[str] = ("length",),
) -> dict[str, Any]:
    """APGR, CPT(50%), CPT(80%) per ranking (plus a random router's), and the differences of
    each ranking from random and from each of the ``baselines`` rankings present (``length``:
    the prompt-length rule), with 95% bootstrap intervals."""
    point = {name: figures(rows, need) for name, need in needs.items()}
    point["random"] = {"apgr": 0.5, "cpt50": 0.5, "cpt80": 0.8}
    draws: dict[str, list[dict[str, float]]] = {name: [] for name in needs}
    rng = random.Random(seed)
    for _ in range(resamples):
        pick = [rng.randrange(len(rows)) for _ in rows]
        sample = [rows[i] for i in pick]
        for name, need in needs.items():
            got = figures(sample, need[pick])
            if got is not None:
                draws[name].append(got)
    out: dict[str, Any] = {"rows": len(rows), "resamples": resamples, "strategies": {}}
    for name in [*needs, "random"]:
        entry = _rounded(point[name])
        if draws.get(name):
            for figure in ("apgr", "cpt50", "cpt80"):
                entry[f"{figure}_ci95"] = _interval([d[figure] for d in draws[name]])
            entry["apgr_minus_random"] = _diff(draws[name], None)
            for base in baselines:
                if base in needs and name != base:
                    entry[f"apgr_minus_{base}"] = _diff(draws[name], draws[base])
        out["strategies"][name] = entry
    return out


def _diff(a: list[dict[str, float]], b: list[dict[str, float]] | None) -> dict[str, Any]:
    """The paired APGR difference from ``b`` (random: 0.5) across resamples: mean and 95% CI."""
    n = len(a) if b is None else min(len(a), len(b))
    values = [a[i]["apgr"] - (0.5 if b is None else b[i]["apgr"]) for i in range(n)]
    low, high = _interval(values)
    return {
        "mean": round(float(np.mean(values)), 4),
        "ci95": [low, high],
        "excludes_zero": low > 0 or high < 0,
    }


def _interval(values: list[float]) -> list[float]:
    ordered = sorted(values)
    lo = ordered[int(0.025 * len(ordered))]
    hi = ordered[max(0, math.ceil(0.975 * len(ordered)) - 1)]
    return [round(lo, 4), round(hi, 4)]


def _rounded(values: dict[str, float] | None) -> dict[str, Any]:
    return {} if values is None else {k: round(v, 4) for k, v in values.items()}


def length_need(rows: Sequence[Row]) -> np.ndarray:
    """The prompt-length rule: the longer the prompt, the more it needs the strong model."""
    return np.array([len(r.prompt) for r in rows], dtype=float)


def oracle_need(rows: Sequence[Row]) -> np.ndarray:
    """A perfect router: exactly the rows where the cheap model is wrong and strong right."""
    return np.array([float(r.needs_strong) for r in rows])
