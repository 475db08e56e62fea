"""The batch concern assembled: files, jobs and (optionally) a worker, on one store."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.backends.protocol import Backend
from minigate.backends.settings import OpenAIModel
from minigate.batch.files import FileStore, files_dir
from minigate.batch.finalize import Finisher
from minigate.batch.intake import Intake
from minigate.batch.jobs import Jobs
from minigate.batch.queue import Queue
from minigate.batch.settings import BatchSettings
from minigate.batch.upstream import Pricing, Relay
from minigate.batch.worker import BatchWorker, KeyLookup, worker_id


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
    upstreams: dict[str, OpenAIModel] | None = None,
    price: Pricing | None = None,
) -> AsyncIterator[BatchService]:
    """Files and jobs on ``engine``; with ``work``, a worker running until the block ends.

    ``upstreams`` are the models whose batches go to their upstream's Batch API, ``price``
    what a line's usage costs on them (with the batch discount).
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
            price or (lambda model, usage: Decimal(0)),
            me,
            settings.lease_s,
            settings.upstream_poll_s,
        ),
    )
    task = asyncio.create_task(service.worker.run())
    try:
        yield service
    finally:
        await service.worker.stop()
        await task
