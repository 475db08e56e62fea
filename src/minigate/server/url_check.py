"""Refuse a request whose URL holds a NUL character (%00) before any route reads it.

An id or a cursor with NUL in it names nothing, and PostgreSQL refuses NUL in a query's text:
each such lookup (a batch, a file, a key, a list's ``after``) was a 500 on that store."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from minigate.errors import InvalidRequest
from minigate.server.errors import refuse


class RefuseNul:
    """Pure ASGI middleware: two substring checks per request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and ("\x00" in scope["path"] or b"%00" in scope["query_string"]):
            error = InvalidRequest(
                "The request URL holds a NUL character (%00); no id or query value has one."
            )
            await refuse(error, scope, receive, send)
            return
        await self.app(scope, receive, send)
