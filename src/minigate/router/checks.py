"""Whether a cascade tier's answer is good enough to keep, or the next tier must answer."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from minigate.config import CascadeConfig
from minigate.schemas.chat import ChatCompletion, ChatCompletionRequest

JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    why: str


def judge(completion: ChatCompletion, req: ChatCompletionRequest, config: CascadeConfig) -> Verdict:
    """Validity first (JSON, regex), then confidence (mean token logprob, when reported)."""
    first = completion.choices[0].message if completion.choices else None
    text = (first.content if first else None) or ""
    if req.response_format is not None and req.response_format.type != "text":
        problem = json_problem(text, schema_of(req.response_format.json_schema))
        if problem is not None:
            return Verdict(False, problem)
    if config.regex is not None and re.search(config.regex, text) is None:
        return Verdict(False, "no regex match")
    if config.min_mean_logprob is not None:
        mean = mean_logprob(completion)
        # A backend that reports no logprobs (local llama.cpp) is judged on validity alone.
        if mean is not None and mean < config.min_mean_logprob:
            return Verdict(False, f"mean logprob {mean:.2f} < {config.min_mean_logprob:g}")
        if mean is not None:
            return Verdict(True, f"passed: mean logprob {mean:.2f}")
    return Verdict(True, "passed checks")


def mean_logprob(completion: ChatCompletion) -> float | None:
    """The mean logprob of the first choice's tokens, or None when the backend sent none."""
    if not completion.choices or completion.choices[0].logprobs is None:
        return None
    tokens = completion.choices[0].logprobs.get("content") or []
    values = [t["logprob"] for t in tokens if isinstance(t, dict) and "logprob" in t]
    return sum(values) / len(values) if values else None


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
