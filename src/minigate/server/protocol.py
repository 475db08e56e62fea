"""uvicorn's HTTP protocol, answering a request it cannot parse in OpenAI's error shape.

A request line or header that the HTTP parser refuses never reaches the app: uvicorn answers
it itself, in plain text ("Invalid HTTP request received."), which an OpenAI client cannot
read as an error. Every uvicorn HTTP protocol (httptools', h11's) sends that answer through
``send_400_response``; this one sends the same 400 as JSON, then closes the connection as
uvicorn does. ``minigate serve`` runs it; ``uvicorn --http
minigate.server.protocol:JsonErrorsProtocol`` runs it under a hand-started uvicorn.
"""

from __future__ import annotations

import asyncio

import orjson
from uvicorn.protocols.http.auto import AutoHTTPProtocol

from minigate.errors import InvalidRequest
from minigate.schemas.common import new_id
from minigate.server.request_id import REQUEST_ID_HEADER

_BODY = orjson.dumps(
    InvalidRequest(
        "The request is not valid HTTP/1.1 (its request line or a header could not be "
        "parsed), so the gateway could not read it; send it with an HTTP client library."
    ).to_body()
)


def _answer() -> bytes:
    """The 400, with a request id of its own as every other answer has (request_id.py)."""
    return (
        b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n"
        b"content-length: %d\r\n%s: %s\r\nconnection: close\r\n\r\n%s"
        % (len(_BODY), REQUEST_ID_HEADER.encode(), new_id("req").encode(), _BODY)
    )


class JsonErrorsProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's own protocol (httptools, or h11 without it) but for its 400."""

    transport: asyncio.Transport

    def send_400_response(self, msg: str) -> None:
        self.transport.write(_answer())
        self.transport.close()
