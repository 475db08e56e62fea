"""The model-selection matrix, measured: scenarios (constraints) by data sets (result files);
each cell names the cheapest target that meets the scenario, or none.

From the cells it writes a ``routes:`` snippet for the config: one route whose rules send
each task to its cell, tighter latency budgets first (a request states its budget in the
``x-minigate-latency-budget-ms`` header). Given a cheap and a strong target, it adds per data
set a cascade whose ``min_mean_logprob`` reaches the target quality (a share of the strong
target's accuracy) with the fewest escalations, measured on the run's own records (run with
``--logprobs``); given a learned router and its ``router eval --json`` output, a learned
route at the threshold that evaluation chose on its calibration split.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from minigate.evals.dataset import DatasetError
from minigate.evals.records import read_results as read_records
from minigate.evals.scenarios import Scenario
from minigate.evals.summary import FORMAT
from minigate.paths import read_text


def read_results(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """Result documents by column name (their task, else the data set's name); runs on the
    same data set share a column, their targets merged. Each keeps the folders it came from
    (their records are in ``results.jsonl`` there) and the file of each target."""
    columns: dict[str, dict[str, Any]] = {}
    for path in paths:
        text = read_text(path, "results file", DatasetError)
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise DatasetError(f"The results file {path} is not JSON: {exc}.") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise DatasetError(f"{path} is not a results file written by 'minigate eval'.")
        if (problem := _incomplete(doc)) is not None:
            raise DatasetError(
                f"{path} is no complete results file of 'minigate eval': {problem}; rerun "
                "'minigate eval' to write it again."
            )
        name = str(doc.get("task") or Path(str(doc.get("dataset", path.stem))).stem)
        doc = {**doc, "_folders": [str(path.parent)], "_files": dict.fromkeys(doc["targets"], path)}
        columns[name] = _merged(columns[name], doc, name) if name in columns else doc
    return columns


def _incomplete(doc: dict[str, Any]) -> str | None:
    """What a results document lacks of the figures the matrix reads, or None."""
    targets = doc.get("targets")
    if not isinstance(targets, dict) or not targets:
        return "it has no 'targets'"
    tasks = doc.get("tasks") or {}
    if not isinstance(tasks, dict) or not all(isinstance(t, dict) for t in tasks.values()):
        return "its 'tasks' are not figures per task"
    figures = [(f"targets.{t}", f) for t, f in targets.items()] + [
        (f"tasks.{task}.{t}", f) for task, by in tasks.items() for t, f in by.items()
    ]
    for where, f in figures:
        latency = f.get("latency_ms") if isinstance(f, dict) else None
        if not isinstance(latency, dict) or not _number(latency.get("p95")):
            return f"'{where}.latency_ms.p95' is not a number"
        if not _number(f.get("accuracy")):
            return f"'{where}.accuracy' is not a number"
        if not _number(f.get("cost_per_1k_usd"), text=True):
            return f"'{where}.cost_per_1k_usd' is not an amount"
    return None


def _number(value: Any, text: bool = False) -> bool:
    """``value`` is None (not measured), a number, or with ``text`` a decimal string."""
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return True
    try:
        return text and isinstance(value, str) and Decimal(value).is_finite()
    except ArithmeticError:
        return False


def _merged(into: dict[str, Any], doc: dict[str, Any], name: str) -> dict[str, Any]:
    """One column of two runs on data set ``name``: each target once, on the same rows."""
    for target, path in doc["_files"].items():
        if target in into["_files"]:
            raise DatasetError(
                f"{into['_files'][target]} and {path} both hold target '{target}' on the data "
                f"set '{name}'; give one of them."
            )
    if into.get("rows") != doc.get("rows"):
        first = next(iter(into["_files"].values()))
        raise DatasetError(
            f"{first} and {next(iter(doc['_files'].values()))} ran the data set '{name}' on "
            f"{into.get('rows')} and {doc.get('rows')} rows; give runs on the same rows."
        )
    return {
        **into,
        "targets": {**into["targets"], **doc["targets"]},
        "tasks": {
            task: {**(into.get("tasks") or {}).get(task, {}), **by}
            for task, by in {**(into.get("tasks") or {}), **(doc.get("tasks") or {})}.items()
        },
        "_folders": into["_folders"] + doc["_folders"],
        "_files": {**into["_files"], **doc["_files"]},
    }


def cheapest(scenario: Scenario, figures: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The cell: the cheapest target meeting the scenario (ties: lower p95, then name)."""
    meeting = [(t, f) for t, f in figures.items() if scenario.problem(f) is None]
    if not meeting:
        misses = {t: scenario.problem(f) for t, f in figures.items()}
        return {"target": None, "why_not": misses}

    def order(item: tuple[str, dict[str, Any]]) -> tuple[Decimal, float, str]:
        t, f = item
        cost = (
            Decimal(f["cost_per_1k_usd"])
            if f["cost_per_1k_usd"] is not None
            else Decimal("Infinity")
        )
        return (cost, f["latency_ms"]["p95"] or 0.0, t)

    target, f = min(meeting, key=order)
    return {
        "target": target,
        "model": target.partition("@")[0],
        "accuracy": f["accuracy"],
        "p95_ms": f["latency_ms"]["p95"],
        "cost_per_1k_usd": f["cost_per_1k_usd"],
    }


def build(columns: dict[str, dict[str, Any]], scenarios: list[Scenario]) -> dict[str, Any]:
    cells = {
        s.name: {c: cheapest(s, doc["targets"]) for c, doc in columns.items()} for s in scenarios
    }
    return {"columns": list(columns), "scenarios": [s.name for s in scenarios], "cells": cells}


def routes_snippet(
    matrix: dict[str, Any],
    scenarios: list[Scenario],
    route_id: str = "eval-selected",
    columns: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """``{"routes": [...]}``: per task, scenarios with a latency budget first (tightest
    first), then the scenarios without; the default is the most accurate cell. A column of
    ``columns`` whose rows carry several tasks gets a rule per task, for that task's cheapest
    target: a client sends a row's own task, never the data set's name."""
    rules: list[dict[str, Any]] = []
    budgeted = sorted((s for s in scenarios if s.max_p95_ms), key=lambda s: s.max_p95_ms or 0)
    plain = [s for s in scenarios if not s.max_p95_ms]
    for scenario in [*budgeted, *plain[:1]]:
        for column, cell in matrix["cells"][scenario.name].items():
            doc = (columns or {}).get(column, {})
            for task, chosen in _task_cells(column, cell, scenario, doc.get("tasks") or {}):
                if chosen["target"] is None:
                    continue
                when: dict[str, Any] = {"task": [task]}
                if scenario.max_p95_ms:
                    when["max_latency_budget_ms"] = int(scenario.max_p95_ms)
                rules.append({"when": when, "target": chosen["model"]})
    found = [c for row in matrix["cells"].values() for c in row.values() if c["target"]]
    if not found:
        return {"routes": []}
    best = max(found, key=lambda c: (c["accuracy"] or 0, c["model"]))
    return {"routes": [{"id": route_id, "rules": rules, "default": best["model"]}]}


def _task_cells(
    column: str, cell: dict[str, Any], scenario: Scenario, tasks: dict[str, Any]
) -> list[tuple[str, dict[str, Any]]]:
    """(task, cell) for the rules of a column: its own cell, or one per task of its rows."""
    if not tasks:
        return [(column, cell)]
    return [(task, cheapest(scenario, figures)) for task, figures in sorted(tasks.items())]


def check_targets(columns: dict[str, dict[str, Any]], cascade: tuple[str, str]) -> None:
    """Each of the ``--cascade`` tiers is a target of a run."""
    known = sorted({t for doc in columns.values() for t in doc["targets"]})
    for name in cascade:
        if name not in known:
            raise DatasetError(
                f"--cascade names '{name}', a target of none of the runs; their targets: "
                f"{', '.join(known)}."
            )


def cascade_threshold(
    folders: list[Path], cheap: str, strong: str, target_quality: float
) -> dict[str, Any]:
    """From the records of the runs of a data set: the ``min_mean_logprob`` with the fewest
    escalations from ``cheap`` to ``strong`` whose accuracy reaches ``target_quality`` x
    strong's; or why not."""
    by_row: dict[str, dict[str, dict[str, Any]]] = {}
    for folder in folders:
        for r in read_records(folder / "results.jsonl").values():
            if r.get("error") is None and r.get("target") in (cheap, strong):
                by_row.setdefault(str(r["row"]), {})[r["target"]] = r
    pairs = [
        (float(t[cheap]["mean_logprob"]), bool(t[cheap]["correct"]), bool(t[strong]["correct"]))
        for t in by_row.values()
        if cheap in t and strong in t and t[cheap].get("mean_logprob") is not None
    ]
    if not pairs:
        return {
            "min_mean_logprob": None,
            "why_not": f"no rows with both {cheap} (with a mean_logprob: run 'minigate eval "
            f"--logprobs') and {strong} in "
            + ", ".join(str(folder / "results.jsonl") for folder in folders),
        }
    strong_acc = sum(s for _, _, s in pairs) / len(pairs)
    goal = target_quality * strong_acc

    def point(threshold: float) -> tuple[float, float]:
        kept = [(c if lp >= threshold else s) for lp, c, s in pairs]
        escalated = sum(lp < threshold for lp, _, _ in pairs) / len(pairs)
        return escalated, sum(kept) / len(pairs)

    # Escalating where the mean logprob is below a seen value; 0 escalates (almost) all.
    candidates = sorted({lp for lp, _, _ in pairs} | {0.0})
    reaching = [(point(t), t) for t in candidates if point(t)[1] >= goal - 1e-9]
    if not reaching:
        return {"min_mean_logprob": None, "why_not": f"no threshold reaches {goal:.4f}"}
    (escalated, acc), threshold = min(reaching, key=lambda x: (x[0][0], -x[0][1]))
    return {
        "min_mean_logprob": round(threshold, 6),
        "rows": len(pairs),
        "escalation_share": round(escalated, 4),
        "accuracy": round(acc, 4),
        "strong_accuracy": round(strong_acc, 4),
        "target_quality": target_quality,
    }


def learned_threshold(router_eval: Path) -> float:
    """The threshold ``minigate router eval --json`` chose on its calibration split."""
    try:
        doc = json.loads(router_eval.read_text(encoding="utf-8"))
        chosen = doc["calibration"]["chosen"]
        threshold = float(chosen["threshold"])
    except (OSError, ValueError, KeyError, TypeError):
        raise DatasetError(
            f"{router_eval} is no 'minigate router eval --json' output with a chosen threshold."
        ) from None
    return min(max(threshold, 0.0), 1.0)


def threshold_routes(
    columns: dict[str, dict[str, Any]],
    route_id: str,
    cascade: tuple[str, str] | None,
    target_quality: float,
    learned: tuple[Path, Path] | None,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(routes, why): per column a cascade at its chosen threshold, and a learned route."""
    routes: list[dict[str, Any]] = []
    chosen: dict[str, Any] = {}
    if cascade is not None:
        cheap, strong = (c.partition("@")[0] for c in cascade)
        for column, doc in columns.items():
            found = cascade_threshold([Path(f) for f in doc["_folders"]], *cascade, target_quality)
            chosen[f"{route_id}-cascade-{column}"] = found
            if found["min_mean_logprob"] is not None:
                tiers = {"tiers": [cheap, strong], "min_mean_logprob": found["min_mean_logprob"]}
                routes.append({"id": f"{route_id}-cascade-{column}", "cascade": tiers})
    if learned is not None:
        if cascade is None:
            raise DatasetError("A learned route needs --cascade CHEAP,STRONG to name its tiers.")
        artifact, router_eval = learned
        threshold = learned_threshold(router_eval)
        cheap, strong = (c.partition("@")[0] for c in cascade)
        chosen[f"{route_id}-learned"] = {"threshold": threshold, "from": str(router_eval)}
        spec = {"cheap": cheap, "strong": strong, "artifact": str(artifact)}
        routes.append({"id": f"{route_id}-learned", "learned": {**spec, "threshold": threshold}})
    return routes, chosen


def table(matrix: dict[str, Any]) -> str:
    """The matrix as aligned text: scenario rows, data set columns."""
    columns = matrix["columns"]
    width = max([len(s) for s in matrix["scenarios"]] + [8])
    lines = ["scenario".ljust(width) + "".join(f"  {c:<24}" for c in columns)]
    for scenario in matrix["scenarios"]:
        cells = matrix["cells"][scenario]
        names = [cells[c]["target"] or "none" for c in columns]
        lines.append(scenario.ljust(width) + "".join(f"  {n:<24}" for n in names))
    return "\n".join(lines)
