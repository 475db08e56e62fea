"""Every answer carries ``x-minigate-request-id``, as every OpenAI answer carries its
``x-request-id``: the id a user quotes when something went wrong.

A model call sets it itself (the ledger row's id, the same as the response's ``id``); this
middleware gives every other answer one of its own: files, batches, moderations, the admin API,
the dashboard, and every error, a 500 included."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from minigate.schemas.common import new_id

REQUEST_ID_HEADER = "x-minigate-request-id"
_RAW = REQUEST_ID_HEADER.encode()


class RequestIdHeader:
    """Pure ASGI middleware: one header appended where a route set none."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                if not any(name.lower() == _RAW for name, _ in headers):
                    headers.append((_RAW, new_id("req").encode()))
                    message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_id)
