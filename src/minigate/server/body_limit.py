"""Refuse oversized request bodies with 413 before anything reads them whole (and encoded
ones with 415), and read and parse large ones a few at a time."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping, Sequence

import orjson
from pydantic import BaseModel
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from minigate.errors import GatewayError, InvalidRequest, PayloadTooLarge, UnsupportedEncoding
from minigate.schemas.bounds import MAX_UNKNOWN_FIELD, FreeJsonError, check_free_json
from minigate.server.errors import refuse


class BodyLimit:
    """Pure ASGI middleware: cheap on the hot path, unlike BaseHTTPMiddleware."""

    def __init__(
        self,
        app: ASGIApp,
        max_bytes: int,
        paths: Mapping[str, int] | None = None,
        exempt: Sequence[str] = (),
    ) -> None:
        """``paths`` sets other limits for some exact paths (file uploads); ``exempt`` paths
        (regular expressions) are routes that read their bodies as streams and enforce a
        limit of their own, such as document uploads: no size limit here, but an encoded
        body is refused there too."""
        self.app = app
        self.max_bytes = max_bytes
        self.paths = dict(paths or {})
        self.exempt = [re.compile(path) for path in exempt]

    def _error(self, limit: int) -> PayloadTooLarge:
        setting = "server.max_body_bytes" if limit == self.max_bytes else "batch.max_file_bytes"
        return PayloadTooLarge(
            f"The request body is larger than the gateway's limit of {limit} bytes ({setting})."
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # An exempt route streams its body and enforces a limit of its own; the encoding
        # check applies to it all the same.
        exempt = any(p.match(scope["path"]) for p in self.exempt)
        limit = None if exempt else self.paths.get(scope["path"], self.max_bytes)
        if (error := self._refusal(scope["headers"], limit)) is not None:
            await refuse(error, scope, receive, send)
            return
        if limit is None:
            await self.app(scope, receive, send)
            return
        seen = 0

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise self._error(limit)
            return message

        await self.app(scope, counted_receive, send)

    def _refusal(
        self, headers: Sequence[tuple[bytes, bytes]], limit: int | None
    ) -> GatewayError | None:
        """413 for a declared length past ``limit`` (None: no limit here); 415 for a body with
        a Content-Encoding other than identity. A request without a body (a GET, or
        Content-Length: 0) may carry any Content-Encoding: there is nothing to decode."""
        length: int | None = None
        chunked = False
        encodings: list[bytes] = []
        for name, value in headers:
            if name == b"content-length" and value.isdigit():
                length = int(value)
            elif name == b"transfer-encoding":
                chunked = True
            elif name == b"content-encoding" and value.strip().lower() != b"identity":
                encodings.append(value)
        if limit is not None and length is not None and length > limit:
            return self._error(limit)
        if encodings and (chunked or bool(length)):
            # Bodies are read as sent: an encoded one would fail as "Invalid JSON".
            return UnsupportedEncoding(
                f"Content-Encoding '{encodings[0].decode('latin-1')}' is not supported; "
                "send the request body uncompressed."
            )
        return None


class ParseGate:
    """At most ``slots`` bodies larger than ``large`` bytes are read and parsed at once.

    A JSON body parsed into Python objects takes several times its size (a 4 MiB list of
    numbers, about 20 times): 32 such bodies at once took 680 MB. Small bodies, which are
    nearly all, never wait."""

    def __init__(self, slots: int = 4, large: int = 256 * 1024) -> None:
        self.large = large
        self._slots = asyncio.Semaphore(slots)

    def small(self, request: Request) -> bool:
        """Whether the body says it is small: it is read and parsed without waiting."""
        length = request.headers.get("content-length", "")
        return length.isdigit() and int(length) <= self.large

    @property
    def slots(self) -> asyncio.Semaphore:
        """Held while a large body (or a chunked one, of unknown length) is read and parsed."""
        return self._slots

    def precheck(self, raw: bytes, model: type[BaseModel]) -> None:
        """Refuse a large body's oversized unknown field before the full validation: orjson
        reads a 4 MiB array about ten times faster than validation does, and the event loop
        is not held for seconds by a body that is refused anyway."""
        if len(raw) <= self.large:
            return
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return  # validation reports it, with its own message
        if not isinstance(data, dict):
            return
        for name, value in data.items():
            if name in model.model_fields:
                continue
            try:
                check_free_json(value, name, budget=MAX_UNKNOWN_FIELD)
            except FreeJsonError as exc:
                raise InvalidRequest(
                    f"Invalid value for '{name}': {exc}.", param=name, code="invalid_value"
                ) from None
