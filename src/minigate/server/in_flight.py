"""The requests being answered, so that the lifespan's shutdown ends them before it closes
what they write to.

A single Ctrl-C (or SIGTERM) lets uvicorn wait for every request before the lifespan's
shutdown. A second Ctrl-C skips that shutdown: asyncio.run's end then cancels every task at
once, the requests beside the lifespan that closes the ledger, the audit trail and the store's
writer under them. A stream cut there wrote its ledger row and lost its audit entry (written
behind the answer, by a task cancelled with the rest). The lifespan ends the requests first and
waits for them a few seconds, as long as their own ends take: each row and entry is written, and
the head is signed, before the process exits.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

log = logging.getLogger("minigate")
END_S = 5.0  # how long a shutdown waits for the requests it cancelled to write their ends

Requests = set[asyncio.Task[Any]]


class InFlight:
    """Pure ASGI middleware: adds the task of each HTTP request to ``requests`` while it runs."""

    def __init__(self, app: ASGIApp, requests: Requests) -> None:
        self.app = app
        self.requests = requests

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        task = asyncio.current_task()
        if scope["type"] != "http" or task is None:
            await self.app(scope, receive, send)
            return
        self.requests.add(task)
        try:
            await self.app(scope, receive, send)
        finally:
            self.requests.discard(task)


async def end_requests(requests: Requests) -> None:
    """Cancel the requests still running (none after uvicorn's graceful shutdown) and wait up
    to ``END_S`` for them to end; a request whose task is being cancelled already (by
    asyncio.run's end) is left to end as it is, not cancelled again in its cleanup."""
    running = {task for task in requests if task is not asyncio.current_task()}
    if not running:
        return
    for task in running:
        if not task.cancelling():
            task.cancel()
    _, stuck = await asyncio.wait(running, timeout=END_S)
    if stuck:
        log.warning(
            "%d requests did not end within %.0f s of the shutdown; their ledger rows or audit "
            "entries may be missing.",
            len(stuck),
            END_S,
        )
