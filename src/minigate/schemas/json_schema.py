"""A check of ``response_format.json_schema`` before any backend turns it into a grammar.

Not a full JSON Schema meta-validation: it refuses what breaks grammar builders and header-free
code downstream (a ``type`` that is not a type name, ``required`` that is not a list of names,
a ``$ref`` that points nowhere or only at itself through other ``$ref``s), with the path of the
offending keyword in the message.
"""

from __future__ import annotations

from typing import Any

TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})
_SCHEMA_MAPS = ("properties", "$defs", "definitions", "patternProperties", "dependentSchemas")
_SCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SCHEMA_ONE = ("items", "not", "additionalProperties", "if", "then", "else", "contains")
_NAME_LISTS = ("required",)
_MAX_NODES = 10_000


def check_json_schema(format_: dict[str, Any]) -> None:
    """Raise ValueError naming the problem in ``response_format.json_schema``."""
    name = format_.get("name")
    if name is not None and not isinstance(name, str):
        raise ValueError("json_schema.name must be a string")
    schema = format_.get("schema")
    if schema is None:
        return
    if not isinstance(schema, dict):
        raise ValueError("json_schema.schema must be a JSON schema object")
    nodes = _walk(schema, "schema", [0])
    for path, ref in nodes:
        _check_ref(schema, path, ref)


def _walk(node: Any, path: str, count: list[int]) -> list[tuple[str, str]]:
    """Check ``node``'s keywords; returns the ``$ref``s found, with their paths."""
    count[0] += 1
    if count[0] > _MAX_NODES:
        raise ValueError(f"json_schema.schema has more than {_MAX_NODES} subschemas")
    if isinstance(node, bool):
        return []
    if not isinstance(node, dict):
        raise ValueError(f"json_schema.{path} must be a schema object")
    _check_type(node.get("type"), path)
    for key in _NAME_LISTS:
        value = node.get(key)
        if value is not None and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            raise ValueError(f"json_schema.{path}.{key} must be a list of property names")
    if "enum" in node and not isinstance(node["enum"], list):
        raise ValueError(f"json_schema.{path}.enum must be a list")
    refs: list[tuple[str, str]] = []
    if "$ref" in node:
        if not isinstance(node["$ref"], str):
            raise ValueError(f"json_schema.{path}.$ref must be a string")
        refs.append((path, node["$ref"]))
    for key in _SCHEMA_MAPS:
        if key in node:
            if not isinstance(node[key], dict):
                raise ValueError(f"json_schema.{path}.{key} must be an object of schemas")
            for name, sub in node[key].items():
                refs += _walk(sub, f"{path}.{key}.{name}", count)
    for key in _SCHEMA_LISTS:
        if key in node:
            if not isinstance(node[key], list):
                raise ValueError(f"json_schema.{path}.{key} must be a list of schemas")
            for index, sub in enumerate(node[key]):
                refs += _walk(sub, f"{path}.{key}.{index}", count)
    for key in _SCHEMA_ONE:
        if key in node:
            refs += _walk(node[key], f"{path}.{key}", count)
    return refs


def _check_type(value: Any, path: str) -> None:
    if value is None:
        return
    names = value if isinstance(value, list) else [value]
    if not names or not all(isinstance(n, str) and n in TYPES for n in names):
        raise ValueError(
            f"json_schema.{path}.type must be one of {', '.join(sorted(TYPES))} or a list of them"
        )


def _resolve(root: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#"):
        raise ValueError(f"$ref '{ref[:100]}' is not local (only '#/...' references are allowed)")
    node: Any = root
    for part in (p for p in ref[1:].split("/") if p):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise ValueError(f"$ref '{ref[:100]}' points to nothing in the schema")
    return node


def _check_ref(root: dict[str, Any], path: str, ref: str) -> None:
    """A ``$ref`` must resolve, and following ``$ref``-only schemas must reach a real one."""
    seen = {ref}
    target = _resolve(root, ref)
    while isinstance(target, dict) and set(target) <= {"$ref", "description", "title"}:
        if "$ref" not in target:
            return
        nxt = target["$ref"]
        if nxt in seen:
            raise ValueError(f"json_schema.{path}.$ref '{ref[:100]}' refers to itself in a loop")
        seen.add(nxt)
        target = _resolve(root, nxt)
