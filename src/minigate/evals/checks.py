"""Whether a row's scorer settings and expected answer can score at all, checked before the
first request: a pattern that does not compile or a choice list without the expected answer
would otherwise score every answer wrong, which reads as a model at 0% accuracy."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from minigate.evals.scorers import final_number, normal
from minigate.jsonchecks import JSON_TYPES

# Each check returns what is wrong with (expected, options), or None.
Check = Callable[[Any, dict[str, Any]], "str | None"]


def problem(spec: dict[str, Any], expected: Any) -> str | None:
    """What is wrong with the scorer ``spec`` (``type`` and options) for ``expected``."""
    name = spec["type"]
    options, check = CHECKS[name]
    if unknown := sorted(set(spec) - options - {"type"}):
        takes = f"it takes {', '.join(sorted(options))}" if options else "it takes none"
        return f"the {name} scorer has no option {', '.join(map(repr, unknown))}; {takes}"
    return check(expected, {k: v for k, v in spec.items() if k != "type"})


def _texts(expected: Any) -> str | None:
    """``expected`` is a text, a number, or a non-empty list of them, each with a letter or
    digit (text is compared ignoring case and punctuation, so "" or "?!" match nothing)."""
    items = expected if isinstance(expected, list) else [expected]
    if not items:
        return "'expected' is an empty list, which accepts no answer"
    for item in items:
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            return "'expected' must be a text, a number, or a list of them"
        if not normal(str(item)):
            return f"'expected' {_show(item)} has no letter or digit, so no answer can match it"
    return None


def _text_check(expected: Any, _: dict[str, Any]) -> str | None:
    return _texts(expected)


def _regex(expected: Any, options: dict[str, Any]) -> str | None:
    pattern = options.get("pattern", expected)
    source = "'pattern'" if "pattern" in options else "'expected' (the pattern)"
    if not isinstance(pattern, str) or not pattern:
        return f"{source} must be a non-empty regular expression"
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"{source} {_show(pattern)} is not a regular expression: {exc}"
    return None


def _choice(expected: Any, options: dict[str, Any]) -> str | None:
    choices = options.get("choices", ["A", "B", "C", "D", "E"])
    if not isinstance(choices, list) or not choices:
        return "'choices' must be a non-empty list of labels"
    if any(
        isinstance(c, bool) or not isinstance(c, str | int) or not normal(str(c)) for c in choices
    ):
        return "each of 'choices' must be a label with a letter or digit"
    labels = [normal(str(c)) for c in choices]
    if len(set(labels)) != len(labels):
        return "'choices' names a label twice (ignoring case and punctuation)"
    if isinstance(expected, bool) or not isinstance(expected, str | int):
        return "'expected' must be one of 'choices'"
    if normal(str(expected)) not in labels:
        return (
            f"'expected' {_show(expected)} is not one of 'choices' ({', '.join(map(str, choices))})"
        )
    return None


def _number(expected: Any, options: dict[str, Any]) -> str | None:
    for name in ("tolerance", "relative"):
        value = options.get(name, 0)
        if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
            return f"'{name}' must be a number of 0 or more"
    number = isinstance(expected, int | float) and not isinstance(expected, bool)
    if not number and not (isinstance(expected, str) and final_number(expected) is not None):
        return f"'expected' {_show(expected)} is not a number"
    return None


def _json(expected: Any, options: dict[str, Any]) -> str | None:
    if "schema" in options and (why := schema_problem(options["schema"], "schema")):
        return why
    fields = options.get("fields")
    if fields is None:
        return None
    if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields) or not fields:
        return "'fields' must be a non-empty list of field names"
    if not isinstance(expected, dict):
        return "'fields' needs 'expected' to be an object holding them"
    if missing := [f for f in fields if f not in expected]:
        return f"'fields' names {', '.join(map(repr, missing))}, which 'expected' does not hold"
    return None


def schema_problem(schema: Any, path: str) -> str | None:
    """What is wrong with a JSON schema of the subset the json scorer checks (type, enum,
    required, properties, items), or None."""
    if not isinstance(schema, dict):
        return f"'{path}' must be a JSON schema (an object)"
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else kind
    if kind is not None and (
        not isinstance(kinds, list) or not all(k in JSON_TYPES for k in kinds)
    ):
        return f"'{path}.type' must be one of {', '.join(JSON_TYPES)} (or a list of them)"
    if "enum" in schema and not isinstance(schema["enum"], list):
        return f"'{path}.enum' must be a list"
    required = schema.get("required", [])
    if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
        return f"'{path}.required' must be a list of field names"
    properties = schema.get("properties", {})
    if not isinstance(properties, dict):
        return f"'{path}.properties' must be an object"
    for name, sub in properties.items():
        if why := schema_problem(sub, f"{path}.properties.{name}"):
            return why
    return schema_problem(schema["items"], f"{path}.items") if "items" in schema else None


def _judge(_: Any, options: dict[str, Any]) -> str | None:
    rubric = options.get("rubric", "x")
    if not isinstance(rubric, str) or not rubric.strip():
        return "'rubric' must be a non-empty text"
    return None


def _show(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value)


CHECKS: dict[str, tuple[frozenset[str], Check]] = {
    "exact": (frozenset(), _text_check),
    "contains": (frozenset(), _text_check),
    "regex": (frozenset({"pattern"}), _regex),
    "choice": (frozenset({"choices"}), _choice),
    "number": (frozenset({"tolerance", "relative"}), _number),
    "json": (frozenset({"schema", "fields"}), _json),
    "judge": (frozenset({"rubric"}), _judge),
}
