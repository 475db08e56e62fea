"""The batch concern assembled: files, jobs and (optionally) a worker, on one store."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.backends.protocol import Backend
from minigate.backends.settings import OpenAIModel
from minigate.batch.files import FileStore, files_dir
from minigate.batch.finalize import Finisher
from minigate.batch.intake import Intake
from minigate.batch.jobs import Jobs
from minigate.batch.queue import Queue
from minigate.batch.runner import KeyLookup, Moderate, Redact
from minigate.batch.settings import BatchSettings
from minigate.batch.upstream import Holds, Relay, Unbilled
from minigate.batch.worker import BatchWorker, worker_id


@dataclass(slots=True)
class BatchService:
    files: FileStore
    jobs: Jobs
    worker: BatchWorker | None = None

    def wake(self) -> None:
        if self.worker is not None:
            self.worker.wake()


@contextlib.asynccontextmanager
async def open_batches(
    settings: BatchSettings,
    store_url: str,
    engine: AsyncEngine,
    pipeline: Backend,
    keys: KeyLookup | None,
    *,
    work: bool,
    moderate: Moderate,
    redact: Redact,
    upstreams: dict[str, OpenAIModel] | None = None,
    holds: Holds | None = None,
) -> AsyncIterator[BatchService]:
    """Files and jobs on ``engine``; with ``work``, a worker running until the block ends.

    ``moderate`` answers the lines of a ``/v1/moderations`` batch, ``redact`` takes secrets
    out of the error messages the lines write, ``upstreams`` are the
    models whose batches go to their upstream's Batch API, ``holds`` the ledger's budget
    holds and rows for their lines (none: a gateway without a ledger).
    """
    files = FileStore(engine, settings, files_dir(settings, store_url))
    service = BatchService(files, Jobs(engine, files, settings))
    if not work:
        yield service
        return
    me = worker_id()
    service.worker = BatchWorker(
        pipeline,
        Queue(engine, me, settings.lease_s),
        Intake(engine, files, me, settings.lease_s, frozenset(upstreams or {})),
        Finisher(engine, files, me, settings.lease_s),
        settings,
        keys,
        Relay(
            engine,
            upstreams or {},
            holds or Unbilled(),
            keys,
            me,
            settings.lease_s,
            settings.upstream_poll_s,
            redact,
        ),
        moderate=moderate,
        redact=redact,
    )
    task = asyncio.create_task(service.worker.run())
    try:
        yield service
    finally:
        await service.worker.stop()
        # A forced shutdown (asyncio.run's end) cancels the worker's task beside this one:
        # awaiting it would raise that cancellation into the rest of the shutdown.
        await asyncio.wait((task,))
        if not task.cancelled():
            task.result()
