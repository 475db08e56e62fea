"""Fast JSON and server-sent-event responses."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Mapping
from typing import Any

import orjson
from pydantic import BaseModel
from starlette.responses import Response, StreamingResponse

from minigate.errors import GatewayError
from minigate.guard.redact import redacted_body
from minigate.schemas.common import Streamed

log = logging.getLogger("minigate.server")


_UNSAFE = re.compile(r"[^\x20-\x7e]")
MAX_HEADER_VALUE = 512


def safe_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """Header values as printable ASCII, at most 512 characters: a value can carry text a
    client chose (a route's reason quotes a JSON schema's property names), and a CR, LF or
    non-Latin-1 character in it would split the response or fail it."""
    return {name: _safe(value) for name, value in (headers or {}).items()}


def _safe(value: str) -> str:
    # Nearly every value (ids, a cost) is safe already: two C checks instead of a regex.
    if value.isascii() and value.isprintable() and len(value) <= MAX_HEADER_VALUE:
        return value
    return _UNSAFE.sub("?", value)[:MAX_HEADER_VALUE]


def json_response(
    body: BaseModel | Mapping[str, Any], status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    content = body.model_dump_json() if isinstance(body, BaseModel) else orjson.dumps(body)
    return Response(
        content, status_code=status, headers=safe_headers(headers), media_type="application/json"
    )


def sse_response(
    events: AsyncIterator[BaseModel],
    headers: Mapping[str, str] | None = None,
    streamed: Streamed | None = None,
) -> StreamingResponse:
    """Each event as ``data: <json>``, serialised with ``streamed`` as its context (which of
    its null keys are sent: minigate.schemas.common.StreamPart), then ``data: [DONE]``."""
    return StreamingResponse(
        _sse_bytes(events, streamed or Streamed()),
        media_type="text/event-stream",
        headers={"cache-control": "no-cache", "x-accel-buffering": "no", **safe_headers(headers)},
    )


async def _sse_bytes(events: AsyncIterator[BaseModel], streamed: Streamed) -> AsyncIterator[bytes]:
    try:
        async for event in events:
            yield b"data: " + event.model_dump_json(context=streamed).encode() + b"\n\n"
    except GatewayError as exc:
        # Headers are sent already: the error travels as an event, which the SDK raises.
        yield b"data: " + orjson.dumps(redacted_body(exc)) + b"\n\n"
    except Exception:
        log.exception("Stream failed")
        error = GatewayError("The stream failed inside the gateway; its log has the details.")
        yield b"data: " + orjson.dumps(error.to_body()) + b"\n\n"
    yield b"data: [DONE]\n\n"
