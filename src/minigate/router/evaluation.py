"""``minigate router eval``: the threshold chosen on calibration rows, then the test figures
at that threshold and over every threshold (APGR, CPT), kept apart."""

from __future__ import annotations

import math
import random
from typing import Any

import numpy as np

from minigate.router.scoring import (
    TierPrices,
    at_threshold,
    choose_threshold,
    compare,
    length_need,
    oracle_need,
)
from minigate.router.training import DataError, Row

CURVE_POINTS = 11  # strong shares 0%, 10%, ..., 100%


def split(rows: list[Row], share: float, seed: int) -> tuple[list[Row], list[Row]]:
    """(calibration, test): ``share`` of the rows, drawn with ``seed``, set apart."""
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    cut = round(len(rows) * share)
    if cut < 1 or cut >= len(rows):
        raise DataError(f"{len(rows)} rows are too few to set a calibration split apart.")
    chosen = set(order[:cut])
    return [rows[i] for i in sorted(chosen)], [r for i, r in enumerate(rows) if i not in chosen]


def report(
    cal: list[Row],
    p_cal: np.ndarray,
    test: list[Row],
    p_test: np.ndarray,
    target_quality: float,
    prices: TierPrices | None,
    seed: int = 0,
    gated: bool = False,
) -> dict[str, Any]:
    """Calibration apart from test; ``gated``: scores of -1 (``scoring.gate``) are no
    threshold, since the route escalates those rows at any threshold."""
    calibration = choose_threshold(cal, p_cal, target_quality, 0.0 if gated else -math.inf)
    strong_acc = float(np.mean([r.strong_label for r in test]))
    figures: dict[str, Any] = {
        "rows": len(test),
        "always_cheap_accuracy": round(float(np.mean([r.label for r in test])), 4),
        "always_strong_accuracy": round(strong_acc, 4),
        "oracle_accuracy": round(float(np.mean([r.label or r.strong_label for r in test])), 4),
    }
    chosen = calibration["chosen"]
    if chosen is not None:
        at = at_threshold(test, p_test, chosen["threshold"], prices)
        at["quality_vs_strong"] = round(at["accuracy"] / strong_acc, 4) if strong_acc else None
        figures["at_threshold"] = at
    if prices is not None:
        figures["always_strong_cost_usd"] = at_threshold(test, p_test, 2.0, prices).get("cost_usd")
        figures["always_cheap_cost_usd"] = at_threshold(test, p_test, -1.0, prices).get("cost_usd")
    figures["curve"] = quantile_curve(test, p_test)
    needs = {"learned": 1 - p_test, "length": length_need(test), "oracle": oracle_need(test)}
    figures["routing"] = compare(test, needs, seed=seed)
    return {"calibration": calibration, "test": figures}


def quantile_curve(rows: list[Row], p: np.ndarray) -> list[dict[str, Any]]:
    """The test curve at thresholds that send 0%, 10%, ..., 100% of rows to strong: thresholds
    at the quantiles of the router's own scores, not a fixed grid that most rows fall off."""
    ordered = np.sort(p)
    points = []
    for k in range(CURVE_POINTS):
        count = round(len(rows) * k / (CURVE_POINTS - 1))
        threshold = float(ordered[count]) if count < len(rows) else 1.0
        points.append(at_threshold(rows, p, threshold))
    return points
