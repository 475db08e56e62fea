"""Figures per target from the records of a run, and paired comparisons between targets."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from itertools import combinations
from typing import Any

from minigate.evals.stats import mcnemar_exact, percentile, wilson

FORMAT = "minigate-eval-results"


def summarise(
    records: list[dict[str, Any]], targets: list[str], meta: dict[str, Any]
) -> dict[str, Any]:
    """The results document: per target, paired comparisons, and ``meta`` (data set, run)."""
    by_target = {t: [r for r in records if r["target"] == t] for t in targets}
    return {
        "format": FORMAT,
        **meta,
        "targets": {t: target_figures(rs) for t, rs in by_target.items()},
        "tasks": _per_task(records, targets),
        "paired": [paired(by_target[a], by_target[b], a, b) for a, b in combinations(targets, 2)],
        "judge": judge_figures(records),
    }


def target_figures(records: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(records)
    correct = sum(bool(r["correct"]) for r in records)
    ok = [r for r in records if r.get("error") is None]
    latency = [r["latency_ms"] for r in ok]
    ttft = [r["ttft_ms"] for r in ok if r.get("ttft_ms") is not None]
    costs = [r.get("cost_usd") for r in ok]
    known = [Decimal(c) for c in costs if c is not None]
    cost = sum(known, Decimal(0)) if len(known) == len(costs) and ok else None
    routed = [r for r in ok if r.get("route") is not None]
    low, high = wilson(correct, n)
    return {
        "n": n,
        "correct": correct,
        "accuracy": _round(correct / n if n else None),
        "accuracy_ci95": [_round(low), _round(high)],
        "errors": n - len(ok),
        "first_error": next((r["error"] for r in records if r.get("error") is not None), None),
        "judge_errors": sum(r.get("judge_error") is not None for r in records),
        "first_judge_error": next(
            (r["judge_error"] for r in records if r.get("judge_error") is not None), None
        ),
        "latency_ms": {
            "p50": _round(percentile(latency, 50)),
            "p95": _round(percentile(latency, 95)),
        },
        "ttft_ms": {"p50": _round(percentile(ttft, 50)), "p95": _round(percentile(ttft, 95))},
        "prompt_tokens": sum(r["prompt_tokens"] for r in ok),
        "completion_tokens": sum(r["completion_tokens"] for r in ok),
        "cost_usd": None if cost is None else str(cost),
        "cost_per_1k_usd": None if cost is None else str(cost * 1000 / len(ok)),
        "served_models": dict(Counter(r["served_model"] for r in ok)),
        "escalation_share": (
            _round(sum(bool(r["escalated"]) for r in routed) / len(routed)) if routed else None
        ),
        "cache_hits": sum(r.get("cache") == "hit" for r in ok),
    }


def paired(
    a: list[dict[str, Any]], b: list[dict[str, Any]], name_a: str, name_b: str
) -> dict[str, Any]:
    """McNemar's exact test over the rows both targets answered."""
    right_b = {r["row"]: bool(r["correct"]) for r in b}
    pairs = [(bool(r["correct"]), right_b[r["row"]]) for r in a if r["row"] in right_b]
    a_only = sum(x and not y for x, y in pairs)
    b_only = sum(y and not x for x, y in pairs)
    return {
        "a": name_a,
        "b": name_b,
        "n": len(pairs),
        "a_right_b_wrong": a_only,
        "a_wrong_b_right": b_only,
        "accuracy_difference": _round((a_only - b_only) / len(pairs) if pairs else None),
        "mcnemar_p": _round(mcnemar_exact(a_only, b_only)),
    }


def judge_figures(records: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The judge model's own calls, apart from the targets' figures."""
    calls = [
        r["judge"] for r in records if isinstance(r.get("judge"), dict) and "model" in r["judge"]
    ]
    if not calls:
        return None
    costs = [c["cost_usd"] for c in calls]
    return {
        "calls": len(calls),
        "models": sorted({c["model"] for c in calls}),
        "prompt_tokens": sum(c["prompt_tokens"] for c in calls),
        "completion_tokens": sum(c["completion_tokens"] for c in calls),
        "cost_usd": None if None in costs else str(sum((Decimal(c) for c in costs), Decimal(0))),
        "latency_ms_p50": _round(percentile([c["latency_ms"] for c in calls], 50)),
    }


def _per_task(records: list[dict[str, Any]], targets: list[str]) -> dict[str, Any]:
    tasks = sorted({r["task"] for r in records if r.get("task")})
    if len(tasks) < 2:
        return {}
    return {
        task: {
            t: target_figures([r for r in records if r["task"] == task and r["target"] == t])
            for t in targets
        }
        for task in tasks
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
