"""Refuse oversized request bodies with 413 before anything reads them whole, and read and
parse large ones a few at a time."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from minigate.errors import PayloadTooLarge
from minigate.server.responses import json_response


class BodyLimit:
    """Pure ASGI middleware: cheap on the hot path, unlike BaseHTTPMiddleware."""

    def __init__(self, app: ASGIApp, max_bytes: int, exempt: Sequence[str] = ()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # Paths (regular expressions) whose routes read their bodies as streams and enforce a
        # limit of their own, such as document uploads.
        self.exempt = [re.compile(path) for path in exempt]

    def _error(self) -> PayloadTooLarge:
        return PayloadTooLarge(
            f"The request body is larger than the gateway's limit of {self.max_bytes} bytes "
            "(server.max_body_bytes)."
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or any(p.match(scope["path"]) for p in self.exempt):
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                error = self._error()
                response = json_response(error.to_body(), status=error.status)
                await response(scope, receive, send)
                return
        seen = 0

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise self._error()
            return message

        await self.app(scope, counted_receive, send)


class ParseGate:
    """At most ``slots`` bodies larger than ``large`` bytes are read and parsed at once.

    A JSON body parsed into Python objects takes several times its size (a 4 MiB list of
    numbers, about 20 times): 32 such bodies at once took 680 MB. Small bodies, which are
    nearly all, never wait."""

    def __init__(self, slots: int = 4, large: int = 256 * 1024) -> None:
        self.large = large
        self._slots = asyncio.Semaphore(slots)

    @asynccontextmanager
    async def slot(self, request: Request) -> AsyncIterator[None]:
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) <= self.large:
            yield
            return
        async with self._slots:  # a chunked body of unknown length waits like a large one
            yield
