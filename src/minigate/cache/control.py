"""Per-request cache control: the ``Cache-Control`` request header and the ``cache`` body field.

``no-cache`` skips the lookup but stores the fresh answer (a forced refresh); ``no-store``
neither looks up nor stores. Other well-formed directives are ignored, as HTTP caches do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from minigate.errors import InvalidRequest

_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_DIRECTIVE = re.compile(rf'\s*({_TOKEN})(?:=({_TOKEN}|"(?:[^"\\]|\\.)*"))?\s*')
BODY_FIELD = "cache"


class CacheOptions(BaseModel):
    """The extension body field: ``"cache": {"no_cache": true}``."""

    model_config = ConfigDict(extra="forbid", strict=True)
    no_cache: bool = False
    no_store: bool = False


@dataclass(frozen=True, slots=True)
class Directive:
    lookup: bool = True
    store: bool = True


def parse_cache_control(header: str | None) -> set[str]:
    """The directive names of a Cache-Control header; 400 when it is malformed."""
    if header is None or not header.strip():
        return set()
    names = set()
    for part in header.split(","):
        match = _DIRECTIVE.fullmatch(part)
        if match is None:
            raise InvalidRequest(
                f"The Cache-Control header is malformed near {part.strip()!r}; "
                "use comma-separated directives such as 'no-cache' or 'no-store'.",
                param="cache-control",
                code="invalid_value",
            )
        names.add(match.group(1).lower())
    return names


def parse_body_options(value: Any) -> CacheOptions:
    if value is None:
        return CacheOptions()
    try:
        return CacheOptions.model_validate(value)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        param = ".".join([BODY_FIELD, *(str(p) for p in first["loc"])])
        raise InvalidRequest(
            f"Invalid value for '{param}': {first['msg']}. "
            'Expected an object such as {"no_cache": true} or {"no_store": true}.',
            param=param,
            code="invalid_value",
        ) from None


def directive(header: str | None, body_value: Any) -> Directive:
    """What this request allows the cache to do."""
    names = parse_cache_control(header)
    options = parse_body_options(body_value)
    if "no-store" in names or options.no_store:
        return Directive(lookup=False, store=False)
    if "no-cache" in names or options.no_cache:
        return Directive(lookup=False, store=True)
    return Directive()
