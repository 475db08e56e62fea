"""Up-front checks of a batch's input file, line by line, as OpenAI makes them.

Every line must be a JSON object with a unique ``custom_id``, ``method: "POST"``, the batch's
``url`` and a ``body`` naming a ``model`` (a moderations body may leave it out, as ``POST
/v1/moderations`` does). A file with any bad line fails as a whole, with an error per bad line
(its 1-based line number, a code and the parameter), and no line runs.
"""

from __future__ import annotations

import codecs
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from minigate.batch.runner import MODERATIONS
from minigate.schemas.batches import BatchError
from minigate.schemas.bounds import MISSING
from minigate.store.schema import MAX_CUSTOM_ID

MAX_ERRORS = 100


@dataclass(frozen=True, slots=True)
class InputLine:
    line: int  # 1-based, counting blank lines too, as an editor shows them
    custom_id: str
    body: bytes  # the request body, as JSON
    model: str | None  # none: a moderations request that names no model


def read_lines(path: Path) -> Generator[tuple[int, bytes], None, None]:
    """The file's non-blank lines with their numbers, read one at a time. A UTF-8 byte order
    mark at the start (Windows editors write one) marks the encoding and is no part of the
    first request; JSON would refuse it."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw
            if line.strip():
                yield number, line


def check_line(number: int, raw: bytes, endpoint: str) -> InputLine | BatchError:
    """The request on one line, or the error that makes it unusable."""
    try:
        request, parsed = orjson.loads(raw), True
    except orjson.JSONDecodeError:
        request, parsed = None, False
    if not isinstance(request, dict):
        return BatchError(
            code="invalid_json_line",
            message="This line is not parseable as valid JSON."
            if not parsed
            else "This line is JSON but not an object; each line is one request object "
            '({"custom_id": ..., "method": "POST", "url": ..., "body": {...}}).',
            line=number,
        )
    custom_id = request.get("custom_id")
    if not isinstance(custom_id, str) or not custom_id:
        return _missing(number, "custom_id", "a non-empty string", custom_id)
    if len(custom_id) > MAX_CUSTOM_ID or "\x00" in custom_id:
        # The store keeps it (PostgreSQL refuses NUL in text, and longer ones than its column).
        return BatchError(
            code="invalid_custom_id",
            message=f"The custom_id must be at most {MAX_CUSTOM_ID} characters, without NUL.",
            param="custom_id",
            line=number,
        )
    if request.get("method") != "POST":
        return BatchError(
            code="invalid_method",
            message="The method of a batch request must be 'POST'.",
            param="method",
            line=number,
        )
    if request.get("url") != endpoint:
        return BatchError(
            code="url_mismatch",
            message=f"The URL of this request ({_shown(request.get('url'))}) does not match "
            f"the batch's endpoint ({endpoint}).",
            param="url",
            line=number,
        )
    body = request.get("body")
    if not isinstance(body, dict):
        return _missing(number, "body", "an object", body)
    if endpoint == MODERATIONS:
        # Its request is checked as the route checks it, when it runs: a bad one is that
        # line's 400, as POST /v1/moderations answers it, and the other lines run.
        model = body.get("model")
        return InputLine(
            number, custom_id, orjson.dumps(body), model if isinstance(model, str) else None
        )
    if not isinstance(body.get("model"), str):
        return _missing(number, "body.model", "the name of a model", body.get("model"))
    return InputLine(number, custom_id, orjson.dumps(body), body["model"])


def _missing(number: int, param: str, what: str, value: Any = None) -> BatchError:
    """Missing (``value`` None) is ``missing_required_parameter``; there but of the wrong kind,
    ``invalid_value``, as the HTTP call answers either."""
    if value is not None:
        return BatchError(
            code="invalid_value",
            message=f"Invalid value for '{param}': it must be {what}, not {_shown(value)}.",
            param=param,
            line=number,
        )
    return BatchError(
        code=MISSING,
        message=f"Missing required parameter '{param}': it must be {what}.",
        param=param,
        line=number,
    )


def _shown(value: Any) -> str:
    return repr(value)[:80] if value is not None else "none"


class Checker:
    """Checks lines one after another; remembers custom_ids to find duplicates."""

    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint
        self.errors: list[BatchError] = []
        self.error_count = 0
        self.models: set[str | None] = set()
        self._seen: dict[str, int] = {}

    def check(self, number: int, raw: bytes) -> InputLine | None:
        result = check_line(number, raw, self.endpoint)
        if isinstance(result, InputLine) and result.custom_id in self._seen:
            first = self._seen[result.custom_id]
            result = BatchError(
                code="duplicate_custom_id",
                message=f"The custom_id '{result.custom_id[:80]}' is already used on line "
                f"{first}; each request in a batch needs a unique custom_id.",
                param="custom_id",
                line=number,
            )
        if isinstance(result, BatchError):
            self.error_count += 1
            if len(self.errors) < MAX_ERRORS:
                self.errors.append(result)
            return None
        self._seen[result.custom_id] = number
        self.models.add(result.model)
        return result
