"""Stop the work of a whole (not streamed) answer when its client goes away.

A streamed answer stops when its response can no longer be written. A whole answer is only
written at the end, so without a watch a client that left would keep, say, a local model's
slot busy until the answer was complete. ``unless_disconnected`` cancels the work instead: the
backend frees what it holds (within a decode step for the local engine) and the stages record
the request as ``client_disconnected``.

The watch starts only once the work has run for ``WATCH_AFTER_S``: most whole answers (a
cache hit, a cloud upstream, a short local answer) are done before, and cost a timer instead
of a task reading the connection. The work runs in the handler's own task, which the watch
cancels.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

from starlette.requests import Request
from starlette.responses import Response

T = TypeVar("T")

# nginx's "client closed request": nobody reads it, but the access log says what happened.
CLIENT_CLOSED = 499
# A client that leaves sooner is noticed when the watch starts; its work stops then.
WATCH_AFTER_S = 0.05


async def unless_disconnected(request: Request, work: Awaitable[T]) -> T | Response:
    """The result of ``work``, or a 499 response once the client has disconnected (``work``
    is then cancelled). Call it after the body has been read: the watch consumes the next
    ASGI message, which is then the disconnect."""
    handler = asyncio.current_task()
    assert handler is not None  # called from a request handler, always in a task
    watch = _Watch(request, handler)
    timer = asyncio.get_running_loop().call_later(WATCH_AFTER_S, watch.start)
    try:
        result = await work
    except asyncio.CancelledError:
        # Ours: answer 499. Cancelled for another reason too (a shutdown): let it go on.
        if watch.left and handler.uncancel() == 0:
            return Response(status_code=CLIENT_CLOSED)
        raise
    finally:
        timer.cancel()
        watch.stop()
    if watch.left:  # the work swallowed our cancellation: the task must not stay marked
        handler.uncancel()
        return Response(status_code=CLIENT_CLOSED)
    return result


class _Watch:
    """Reads the connection's next ASGI message; a disconnect cancels the handler's task."""

    def __init__(self, request: Request, handler: asyncio.Task[object]) -> None:
        self.request = request
        self.handler = handler
        self.left = False
        self.task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = asyncio.ensure_future(self._watch())

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    async def _watch(self) -> None:
        while (await self.request.receive())["type"] != "http.disconnect":
            pass
        self.left = True
        self.handler.cancel()
