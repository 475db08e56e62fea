"""Bounds on what a client may send, so that no value reaches code that cannot hold it.

OpenAI's integers are 64-bit (``seed`` is an int64; token ids and counts are 32-bit): a larger
one used to pass validation and fail later (JSON encoders, llama.cpp, database columns) as a
500. Typed fields carry their bound; free-form JSON (tools, content parts, metadata, unknown
fields passed to an upstream) is walked once by ``check_free_json``, which also refuses an
unknown field larger than ``MAX_UNKNOWN_FIELD`` (a 4 MiB body of one 2M-element list parsed
into Python objects costs ~20 times its size in memory, and was forwarded as is).
"""

from __future__ import annotations

import math
from typing import Annotated, Any

from pydantic import AfterValidator, Field

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
INT32_MAX = 2**31 - 1
NON_FINITE = "Input should be a finite number; NaN, Infinity and 1e309 are not JSON numbers"
# The most items an embeddings or moderations input may hold (OpenAI's embeddings limit).
MAX_INPUTS = 2048

Int64 = Annotated[int, Field(ge=INT64_MIN, le=INT64_MAX)]
TokenCount = Annotated[int, Field(ge=1, le=INT32_MAX)]
TokenId = Annotated[int, Field(ge=0, le=INT32_MAX)]
# OpenAI's logit_bias: token ids, written as JSON object keys, each to a bias from -100 (the
# token is never chosen) to 100 (it is always chosen).
LogitBias = dict[
    Annotated[str, Field(pattern=r"^[0-9]{1,10}$")], Annotated[float, Field(ge=-100, le=100)]
]

# OpenAI's metadata: at most 16 pairs, keys of up to 64 characters, values of up to 512.
Metadata = Annotated[
    dict[Annotated[str, Field(max_length=64)], Annotated[str, Field(max_length=512)]],
    Field(max_length=16),
]


# OpenAI's limit on ``stop``, for chat and text completions alike.
MAX_STOPS = 4


def _at_most_four_stops(value: str | list[str] | None) -> str | list[str] | None:
    if isinstance(value, list) and len(value) > MAX_STOPS:
        raise ValueError(f"at most {MAX_STOPS} stop sequences are allowed")
    return value


Stop = Annotated[str | list[str] | None, AfterValidator(_at_most_four_stops)]

# Unknown fields are passed to upstreams as they are; past this size (in JSON values and
# string characters) one is refused instead.
MAX_UNKNOWN_FIELD = 64 * 1024
_MAX_DEPTH = 64


# OpenAI's code for a required part left out (a FieldError's other code is "invalid_value").
MISSING = "missing_required_parameter"


class FieldError(ValueError):
    """A part of a field is wrong, raised from a model's validator: ``where`` names it as a
    dotted path below the field (pydantic's own location stops at the model), and ``code`` is
    OpenAI's (``invalid_value``, or ``missing_required_parameter`` for a part left out)."""

    def __init__(self, where: str, message: str, code: str = "invalid_value") -> None:
        super().__init__(message)
        self.where = where
        self.code = code


class FreeJsonError(FieldError):
    """A free-form JSON value is out of bounds."""


def check_free_json(value: Any, where: str, *, budget: int | None = None) -> int:
    """Walk ``value``; raise FreeJsonError for an integer outside int64, a number that is not
    finite, nesting deeper than 64, or (with ``budget``) for a value larger than ``budget``.
    Returns its size."""
    size = 0
    stack: list[tuple[Any, str, int]] = [(value, where, 0)]
    while stack:
        item, path, depth = stack.pop()
        size += 1
        if isinstance(item, str):
            size += len(item)
        elif isinstance(item, float):
            # The parser reads NaN, Infinity and 1e309 (as infinity), which are not JSON:
            # forwarded, they reached the upstream as null.
            if not math.isfinite(item):
                raise FreeJsonError(path, NON_FINITE)
        elif isinstance(item, bool) or item is None:
            pass
        elif isinstance(item, int):
            if not INT64_MIN <= item <= INT64_MAX:
                raise FreeJsonError(path, "integers must fit in 64 bits")
        elif depth >= _MAX_DEPTH:
            raise FreeJsonError(path, f"JSON nested deeper than {_MAX_DEPTH} levels")
        elif isinstance(item, dict):
            stack.extend((v, f"{path}.{k}", depth + 1) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, f"{path}.{i}", depth + 1) for i, v in enumerate(item))
        if budget is not None and size > budget:
            raise FreeJsonError(
                where, f"the unknown field is larger than {budget} JSON values and characters"
            )
    return size
