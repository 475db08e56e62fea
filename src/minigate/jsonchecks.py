"""Whether a text is JSON that fits a schema: the checks behind structured outputs, used by
the cascade (is a cheap answer valid?) and the guard (may this answer leave?)."""

from __future__ import annotations

import json
from typing import Any

JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def schema_of(json_schema: dict[str, Any] | None) -> dict[str, Any] | None:
    """OpenAI nests the schema: {"name": ..., "schema": {...}}."""
    if not json_schema:
        return None
    schema = json_schema.get("schema")
    return schema if isinstance(schema, dict) else None


def json_problem(text: str, schema: dict[str, Any] | None) -> str | None:
    """What is wrong with ``text`` as JSON for ``schema``, or None. The schema check covers
    the subset structured outputs use: type, required, properties, items, enum."""
    try:
        value = json.loads(text)
    except ValueError:
        return "invalid json"
    if schema is None:
        return None
    problem = _schema_problem(value, schema, "$")
    return None if problem is None else f"json does not fit the schema: {problem}"


def _schema_problem(value: Any, schema: dict[str, Any], path: str) -> str | None:
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind or [])
    if kinds and not any(_is_type(value, k) for k in kinds):
        return f"{path} is not {' or '.join(kinds)}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{path} is not one of the allowed values"
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                return f"{path}.{name} is missing"
        for name, sub in (schema.get("properties") or {}).items():
            if name in value and (problem := _schema_problem(value[name], sub, f"{path}.{name}")):
                return problem
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for n, item in enumerate(value):
            if problem := _schema_problem(item, schema["items"], f"{path}[{n}]"):
                return problem
    return None


def _is_type(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False  # JSON's true is no number, although Python's bool is an int
    return isinstance(value, JSON_TYPES.get(kind, (object,)))
