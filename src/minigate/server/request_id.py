"""Every answer carries ``x-minigate-request-id``, and the same id as ``x-request-id``, the
header every OpenAI answer carries and the openai SDKs read (``completion._request_id``,
``APIStatusError.request_id``): the id a user quotes when something went wrong.

A model call sets it itself (the ledger row's id, the same as the response's ``id``); this
middleware gives every other answer one of its own: files, batches, moderations, the admin API,
the dashboard, and every error, a 500 included."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from minigate.schemas.common import new_id

REQUEST_ID_HEADER = "x-minigate-request-id"
_RAW = REQUEST_ID_HEADER.encode()
_OPENAI = b"x-request-id"


class RequestIdHeader:
    """Pure ASGI middleware: the id appended where a route set none, and copied to
    ``x-request-id``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                given = [value for name, value in headers if name.lower() == _RAW]
                request_id = given[0] if given else new_id("req").encode()
                if not given:
                    headers.append((_RAW, request_id))
                headers.append((_OPENAI, request_id))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_id)
