"""A request body that stops arriving is answered 408 and its connection closed.

uvicorn waits for a body's next bytes for as long as the client likes: a POST that declared
100 bytes and sent 10, or a multipart upload cut off after its boundary, held its connection
(and, for a large body, one of the ParseGate's few slots) until the client went away. Each
read of the body here must bring something within ``server.body_timeout_s``: the deadline is
between two reads, not for the whole body, so a slow upload that keeps going is never cut.
Once the body is read, the reads that follow (the disconnect watch, a stream's listener) wait
for the client's disconnect without a deadline.
"""

from __future__ import annotations

import asyncio

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from minigate.errors import RequestTimeout


class ReadTimeout:
    """Pure ASGI middleware: each read of an unfinished request body has ``seconds``."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body_done = False

        async def timed_receive() -> Message:
            nonlocal body_done
            if body_done:
                return await receive()
            try:
                async with asyncio.timeout(self.seconds):
                    message = await receive()
            except TimeoutError:
                raise self._stalled() from None
            body_done = message["type"] != "http.request" or not message.get("more_body")
            return message

        await self.app(scope, timed_receive, send)

    def _stalled(self) -> RequestTimeout:
        # Closed after the answer: the rest of the body, should it come, is no request.
        return RequestTimeout(
            f"The request body stopped arriving: nothing came for {self.seconds:g} s "
            "(server.body_timeout_s). Send the whole body without pauses.",
            headers={"connection": "close"},
        )
