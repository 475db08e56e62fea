"""The batch worker: validates batches, runs their lines through the pipeline, finishes them.

It runs inside the gateway (``batch.worker: true``) or as ``minigate worker``; any number of
them share the store's queue. Each line runs as the batch owner's key at background
priority, at most ``batch.concurrency`` lines at once per worker and
``batch.per_batch_concurrency`` of one batch, so that one large batch does not hold every
slot.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from minigate.backends.protocol import Backend
from minigate.batch.finalize import COMPLETE, Ending, Finisher, ending_of
from minigate.batch.intake import Intake
from minigate.batch.jobs import COMPLETED, RELAYED
from minigate.batch.queue import ClaimedLine, Queue
from minigate.batch.runner import (
    CONTEXT_ENDPOINTS,
    Answer,
    KeyLookup,
    Moderate,
    Redact,
    answer,
    output_line,
)
from minigate.batch.settings import BatchSettings
from minigate.batch.upstream import Relay
from minigate.context import BatchLine, RequestContext
from minigate.errors import AuthenticationFailed, GatewayError
from minigate.store.health import log_failure

if TYPE_CHECKING:
    from sqlalchemy import Connection


log = logging.getLogger("minigate.batch")
MAX_BACKOFF_S = 30.0
# Refusals that say "not now" rather than "no": a batch line waits and tries again.
RETRY_STATUSES = frozenset({502, 503, 504})
RETRY_CODES = frozenset(
    {"rate_limit_exceeded", "requests_per_minute_exceeded", "tokens_per_minute_exceeded"}
)


def worker_id() -> str:
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(3)}"


class BatchWorker:
    def __init__(
        self,
        pipeline: Backend,
        queue: Queue,
        intake: Intake,
        finisher: Finisher,
        settings: BatchSettings,
        keys: KeyLookup | None = None,
        relay: Relay | None = None,
        *,
        moderate: Moderate,
        redact: Redact,
    ) -> None:
        self.pipeline = pipeline
        self.moderate = moderate
        self.redact = redact
        self.queue = queue
        self.intake = intake
        self.finisher = finisher
        self.relay = relay
        self.settings = settings
        self.keys = keys
        self._running: dict[str, dict[str, asyncio.Task[None]]] = {}  # batch -> line -> task
        self._wake = asyncio.Event()
        self._stopping = False
        self._idle = False  # the last look found no active batch

    @property
    def busy(self) -> int:
        return sum(len(lines) for lines in self._running.values())

    def wake(self) -> None:
        """Look for work now (a batch was created or cancelled in this process)."""
        self._wake.set()

    async def run(self) -> None:
        """Work until ``stop``; a store error is logged and retried at the next poll."""
        heartbeat = asyncio.create_task(self._heartbeat())
        try:
            while not self._stopping:
                try:
                    worked = await self.tick()
                except Exception as exc:
                    log_failure(log, "The batch worker failed to read its queue; retrying", exc)
                    worked = False
                if not worked:
                    pause = self.settings.idle_poll_s if self._idle else self.settings.poll_s
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._wake.wait(), pause)
                    self._wake.clear()
        finally:
            heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await heartbeat

    async def stop(self, grace_s: float = 10.0) -> None:
        """Stop claiming; let running lines finish for ``grace_s``, then hand them back."""
        self._stopping = True
        self._wake.set()
        tasks = [t for lines in self._running.values() for t in lines.values()]
        if tasks:
            await asyncio.wait(tasks, timeout=grace_s)
        left = [(line, t) for lines in self._running.values() for line, t in lines.items()]
        for _, task in left:
            task.cancel()
        await asyncio.gather(*(t for _, t in left), return_exceptions=True)
        await self.queue.release([line for line, _ in left])

    async def tick(self) -> bool:
        """One look at every active batch; True when it started or finished something."""
        worked = False
        now = time.time()
        rows = await self.queue.active_batches()
        self._idle = not rows
        for row in rows:
            if self._stopping:
                break
            if row["status"] == "validating":
                worked = await self.intake.validate(row) or worked
                continue
            if row["upstream_model"] and row["upstream_status"] not in RELAYED:
                if self.relay is not None:  # its upstream runs it; a worker without one waits
                    worked = await self.relay.step(row) or worked
                continue
            ending = ending_of(row, now)
            if row["status"] == "in_progress" and ending is COMPLETE:
                worked = await self._feed(row) or worked
            elif ending is not COMPLETE:  # cancelling or expired: only interrupted lines run
                worked = await self._feed(row, resume=True) or worked
            if self._running.get(row["id"]):
                continue  # its own lines first: they commit before the batch can finish
            worked = await self._maybe_finish(row, ending) or worked
        return worked

    async def _feed(self, row: dict[str, Any], *, resume: bool = False) -> bool:
        running = self._running.setdefault(row["id"], {})
        free = min(
            self.settings.concurrency - self.busy,
            self.settings.per_batch_concurrency - len(running),
        )
        if free <= 0:
            return False
        claimed = await self.queue.claim(row["id"], free, resume=resume)
        for line in claimed:
            task = asyncio.create_task(self._run_line(row, line))
            running[line.id] = task
            task.add_done_callback(partial(self._done, row["id"], line.id))
        return bool(claimed)

    def _done(self, batch_id: str, line_id: str, _: asyncio.Task[None]) -> None:
        self._running.get(batch_id, {}).pop(line_id, None)
        self._wake.set()

    async def _maybe_finish(self, row: dict[str, Any], ending: Ending) -> bool:
        if ending is COMPLETE:
            if row["status"] == "in_progress" and await self.queue.unfinished(row["id"]):
                return False
        elif await self.queue.running(row["id"]):
            return False  # lines running elsewhere, or to run again, still commit first
        return await self.finisher.finish(row, ending)

    async def _run_line(self, row: dict[str, Any], line: ClaimedLine) -> None:
        try:
            await self._run_and_commit(row, line)
        except Exception:
            # Left claimed: once its lease runs out it runs again (up to max_attempts).
            log.exception("Batch line %s failed inside the worker", line.id)

    async def _run_and_commit(self, row: dict[str, Any], line: ClaimedLine) -> None:
        writes: list[Callable[[Connection], None]] = []
        request_id = line.request_id
        tries: list[Answer] = []
        for attempt in range(self.settings.retries + 1):
            if attempt:
                await asyncio.sleep(min(2.0 ** (attempt - 1), MAX_BACKOFF_S))
                request_id = f"{line.request_id}-r{attempt}"  # a ledger row per attempt
            ctx = self._context(row, request_id)
            result = (
                self._given_up(line)
                or await self._owner(ctx)
                or await answer(self.pipeline, self.moderate, row["endpoint"], line.body, ctx)
            )
            assert ctx.batch is not None
            writes += ctx.batch.writes
            tries.append(result)
            if not _transient(result) or self._stopping:
                break
        if len(tries) > 1 and not result.ok:
            result = _counted(result, tries)
        status = COMPLETED if result.ok else "failed"
        text = output_line(line.id, line.custom_id, request_id, result, self.redact)
        if not await self.queue.commit(line, status, text, writes):
            log.warning("Batch line %s was taken over by another worker", line.id)

    def _context(self, row: dict[str, Any], request_id: str) -> RequestContext:
        return RequestContext(
            endpoint=CONTEXT_ENDPOINTS[row["endpoint"]],
            request_id=request_id,
            # The cache namespaces by key; the owner's secret is never stored, so a batch
            # caches under a stand-in of its own per key (none on an open gateway).
            api_key=f"batch-owner:{row['key_id']}" if row["key_id"] else None,
            key_id=row["key_id"],
            allowed_models=frozenset(row["allowed_models"])
            if row["allowed_models"] is not None
            else None,
            priority="background",
            batch=BatchLine(row["id"]),
        )

    def _given_up(self, line: ClaimedLine) -> Answer | None:
        """A line that took its worker down each time it ran is not run again."""
        if line.attempts <= self.settings.max_attempts:
            return None
        error = GatewayError(
            f"This request was started {line.attempts - 1} times and its worker stopped each "
            "time before it finished; it is not run again (batch.max_attempts)."
        )
        return Answer(error.status, error.to_body())

    async def _owner(self, ctx: RequestContext) -> Answer | None:
        """Load the owner's virtual key (its budget applies); an error when it is disabled."""
        if self.keys is None or ctx.key_id is None:
            return None
        key = await self.keys(ctx.key_id)
        if key is not None and not key.active:
            error = AuthenticationFailed(f"The API key '{key.prefix}…' is disabled.")
            return Answer(error.status, error.to_body())
        ctx.virtual_key = key
        return None

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(self.settings.lease_s / 3)
            if self.busy:
                try:
                    await self.queue.renew()
                except Exception:
                    log.exception("Could not renew the batch worker's claims")


def _counted(last: Answer, tries: list[Answer]) -> Answer:
    """``last``, the answer of a line's last try, with a message that counts every attempt
    made: each try's error counts only its own upstream attempts, though the batch sent the
    line ``len(tries)`` times (and an upstream backend may retry within each)."""
    error = last.body.get("error")
    if not isinstance(error, dict) or not isinstance(error.get("message"), str):
        return last
    # Only tries that say so reached the upstream: a ledger's or engine's refusal did not.
    made = sum(t.upstream_attempts or 0 for t in tries)
    asked = f"; the upstream was asked {made} time{'' if made == 1 else 's'} in all" if made else ""
    message = (
        f"The batch tried this request {len(tries)} times (batch.retries){asked}. "
        f"The last try's answer: {error['message']}"
    )
    body = {**last.body, "error": {**error, "message": message}}
    return replace(last, body=body, upstream_attempts=made or None)


def _transient(result: Answer) -> bool:
    if result.should_retry is not None:  # the refusal says; a 429 budget_exceeded says both
        return result.should_retry
    if result.status_code in RETRY_STATUSES:
        return True
    error = result.body.get("error")
    return (
        result.status_code == 429 and isinstance(error, dict) and error.get("code") in RETRY_CODES
    )
