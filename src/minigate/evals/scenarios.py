"""The matrix's scenarios: named constraints (a latency budget, a cost ceiling per 1k
requests, an accuracy floor), read from a YAML list and checked value by value, naming the
file and line of what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from minigate.evals.dataset import DatasetError
from minigate.paths import read_text


@dataclass(frozen=True)
class Scenario:
    name: str
    max_p95_ms: float | None = None
    max_cost_per_1k_usd: Decimal | None = None
    min_accuracy: float | None = None

    def problem(self, f: dict[str, Any]) -> str | None:
        """Why figures ``f`` miss this scenario, or None when they meet it."""
        p95 = f["latency_ms"]["p95"]
        if self.max_p95_ms is not None and (p95 is None or p95 > self.max_p95_ms):
            return f"p95 {p95} ms > {self.max_p95_ms:g} ms"
        cost = f["cost_per_1k_usd"]
        if self.max_cost_per_1k_usd is not None and (
            cost is None or Decimal(cost) > self.max_cost_per_1k_usd
        ):
            if cost is None:
                return "cost unknown (price it: rerun 'minigate eval' with --config)"
            return f"cost per 1k {cost} > {self.max_cost_per_1k_usd}"
        if self.min_accuracy is not None and (f["accuracy"] or 0) < self.min_accuracy:
            return f"accuracy {f['accuracy']} < {self.min_accuracy:g}"
        return None


# The seeds' selection matrix, as constraints; pass --scenarios to set your own.
DEFAULT_SCENARIOS = [
    Scenario("real-time", max_p95_ms=500, min_accuracy=0.6),
    Scenario("edge", max_p95_ms=2000, max_cost_per_1k_usd=Decimal("0.05"), min_accuracy=0.5),
    Scenario("complex-reasoning", min_accuracy=0.8),
    Scenario("cost-sensitive", max_cost_per_1k_usd=Decimal("0.5"), min_accuracy=0.7),
]
# Each constraint: what it must be, and whether a value passes.
LIMITS: dict[str, tuple[str, Any]] = {
    "max_p95_ms": ("a number of milliseconds above 0", lambda v: v > 0),
    "max_cost_per_1k_usd": ("a number of USD of 0 or more", lambda v: v >= 0),
    "min_accuracy": ("a number from 0 to 1", lambda v: 0 <= v <= 1),
}
KEYS = sorted({"name", *LIMITS})


def read_scenarios(path: Path) -> list[Scenario]:
    """A YAML (or JSON) list of {name, max_p95_ms, max_cost_per_1k_usd, min_accuracy}."""
    text = read_text(path, "scenarios file", DatasetError)
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise DatasetError(f"The scenarios {path} are not YAML: {_yaml_problem(exc)}.") from None
    if not isinstance(data, list) or not data:
        raise DatasetError(f"{path} must hold a list of scenarios, each with a 'name'.")
    scenarios: list[Scenario] = []
    lines: dict[str, int] = {}
    items = node.value if isinstance(node, yaml.SequenceNode) else [None] * len(data)
    for n, (item, item_node) in enumerate(zip(data, items, strict=True)):
        line = item_node.start_mark.line + 1 if item_node is not None else 1
        scenario = _scenario(item, n, _key_lines(item_node), path, line)
        if scenario.name in lines:
            raise DatasetError(
                f"{path}:{line}: the scenario name '{scenario.name}' is used twice (also on "
                f"line {lines[scenario.name]}); give each scenario its own."
            )
        lines[scenario.name] = line
        scenarios.append(scenario)
    return scenarios


def _scenario(item: Any, n: int, lines: dict[str, int], path: Path, line: int) -> Scenario:
    where = f"{path}:{line}"
    if isinstance(item, dict) and "name" in item and (unknown := set(item) - set(KEYS)):
        raise DatasetError(
            f"{where}: scenario {n} ({item['name']}) has {', '.join(map(repr, sorted(unknown)))}"
            f", which no scenario knows; a scenario takes {', '.join(KEYS)}."
        )
    name = item.get("name") if isinstance(item, dict) else None
    if not isinstance(name, str | int) or isinstance(name, bool) or not str(name).strip():
        raise DatasetError(f"{where}: scenario {n} needs a 'name' and only {', '.join(KEYS)}.")
    values: dict[str, Any] = {}
    for key, (must, fits) in LIMITS.items():
        value = item.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or not fits(value):
            raise DatasetError(
                f"{path}:{lines.get(key, line)}: scenario {n} ({name}) has {key}: {value!r}; "
                f"it must be {must}."
            )
        values[key] = value
    cost = values.get("max_cost_per_1k_usd")
    return Scenario(
        str(name),
        values.get("max_p95_ms"),
        None if cost is None else Decimal(str(cost)),
        values.get("min_accuracy"),
    )


def _key_lines(node: Any) -> dict[str, int]:
    """The line of each key's value in a YAML mapping node (none for another node)."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): v.start_mark.line + 1 for k, v in node.value}


def _yaml_problem(exc: Any) -> str:
    """PyYAML's complaint on one line, with the line it is on."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
    return problem if mark is None else f"line {mark.line + 1}, column {mark.column + 1}: {problem}"
