"""Stop the work of a whole (not streamed) answer when its client goes away.

A streamed answer stops when its response can no longer be written. A whole answer is only
written at the end, so without a watch a client that left would keep, say, a local model's
slot busy until the answer was complete. ``unless_disconnected`` cancels the work instead: the
backend frees what it holds (within a decode step for the local engine) and the stages record
the request as ``client_disconnected``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable
from typing import TypeVar

from starlette.requests import Request
from starlette.responses import Response

T = TypeVar("T")

# nginx's "client closed request": nobody reads it, but the access log says what happened.
CLIENT_CLOSED = 499


async def unless_disconnected(request: Request, work: Awaitable[T]) -> T | Response:
    """The result of ``work``, or a 499 response once the client has disconnected (``work``
    is then cancelled). Call it after the body has been read: the watch consumes the next
    ASGI message, which is then the disconnect."""
    task = asyncio.ensure_future(work)
    watch = asyncio.ensure_future(_disconnect(request))
    try:
        await asyncio.wait((task, watch), return_when=asyncio.FIRST_COMPLETED)
    finally:  # also when this handler is cancelled itself (a shutdown)
        watch.cancel()
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    if task.cancelled():
        return Response(status_code=CLIENT_CLOSED)
    return task.result()


async def _disconnect(request: Request) -> None:
    while (await request.receive())["type"] != "http.disconnect":
        pass
