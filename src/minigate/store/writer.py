"""One writer per store: the ledger's rows and the audit trail's entries share its transactions.

Both write after every request. Written separately, on SQLite, they were two connections
taking turns at the one write lock: a commit of one waited in SQLite's busy handler (which
sleeps) while the other held it, and every request waiting for its ledger row waited with it.
Here a single thread with a single synchronous connection writes everything: what is pending
when a transaction starts goes into it (group commit), so under load one BEGIN/COMMIT carries
many ledger rows (and, every 50 ms, the audit entries queued meanwhile), and no two writes of
this process ever wait for each other's lock.

A channel is one kind of write (ledger rows, audit entries) with the function that writes a
list of its items. ``put`` returns once the item is committed, and raises what the write
raised. A channel with a ``linger`` (the audit trail's) starts no transaction of its own: its
items are written when the first of them has waited that long, in one transaction with
whatever else is pending then. They do not ride along in the transactions that ledger rows
start either: that would put their work on the path of requests waiting for those rows (at
low concurrency, one audit entry per request). When a transaction fails, each item is
written again in a transaction of its own, so that one bad item fails only its own ``put``.

On SQLite every transaction begins with BEGIN IMMEDIATE: reads made in it (the audit chain's
head) happen under the write lock, also against other processes. Channels marked ``late`` (the
audit chain, which takes a store-wide lock on PostgreSQL) are written after the others in a
transaction, so that every transaction takes row locks before that lock, never after: the
opposite order could deadlock with another gateway's transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError

from minigate.store.engine import driver_cursor, is_sqlite, sqlite_pragmas, sync_url

# A PostgreSQL restart refuses connections for a few seconds: the rows of requests answered
# meanwhile (and the audit entries) wait this long for it, rather than fail: a failed row is a
# request answered and never billed, its hold left to expire. A writer that is stopping (the
# gateway shutting down) does not wait: a store that stays down would hold the shutdown.
RECONNECT_S = 15.0


class Reconnect:
    """The wait for a PostgreSQL server that is gone, one failed try at a time: pauses of
    0.25 s, doubling up to 2 s, for up to ``RECONNECT_S`` from when this was made."""

    def __init__(self) -> None:
        self._deadline = time.monotonic() + RECONNECT_S
        self._pause = 0.25

    def pause_after(self, exc: BaseException) -> float | None:
        """How long to wait before trying again after ``exc``; None: not again (``exc`` is
        not the server gone, or the wait would end past the deadline)."""
        pause = self._pause
        if not disconnected(exc) or time.monotonic() + pause >= self._deadline:
            return None
        self._pause = min(2 * pause, 2.0)
        return pause


X = TypeVar("X")
T = TypeVar("T")
Write = Callable[[Connection, list[X]], None]


def create_writer_engine(url: str) -> Engine:
    """A synchronous engine for the writer thread (one connection on SQLite)."""
    if not is_sqlite(url):
        return create_engine(sync_url(url), pool_size=2, max_overflow=0, pool_pre_ping=True)
    engine = create_engine(
        sync_url(url),
        pool_size=1,
        max_overflow=0,
        connect_args={"timeout": 30, "check_same_thread": False},
    )

    def on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN from the driver
        sqlite_pragmas(dbapi_connection, record)

    def begin_immediate(conn: Any) -> None:
        # On the driver's own connection: SQLAlchemy's execution path costs several times
        # SQLite's work for a statement this small, once per transaction.
        with driver_cursor(conn) as cursor:
            cursor.execute("BEGIN IMMEDIATE")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", begin_immediate)
    return engine


@dataclass(slots=True)
class _Pending(Generic[X]):
    item: X
    done: asyncio.Future[None]


@dataclass(eq=False)
class Channel(Generic[X]):
    """Items of one kind, waiting for the writer's next transaction."""

    writer: StoreWriter
    write: Write[X]
    linger: float
    late: bool
    pending: list[_Pending[X]] = field(default_factory=list)

    async def put(self, item: X) -> None:
        """Write ``item`` in the writer's next transaction; returns once it is committed."""
        await self.submit(item)

    def submit(self, item: X) -> asyncio.Future[None]:
        """Queue ``item`` for the writer's next transaction; the future is done once it is
        committed (or holds what the write raised). The item is written whether or not anyone
        waits for the future: cancelling it does not take the item back."""
        done = asyncio.get_running_loop().create_future()
        self.pending.append(_Pending(item, done))
        self.writer._wake(self.linger)
        return done


class StoreWriter:
    """The writer thread of one store, and the channels that feed it.

    No task runs the batches: an item put while the thread is idle is handed to it at once,
    and the thread's end of a batch calls back into the loop, which settles the batch's
    waiters and hands over the next. At concurrency 1 that is two loop turns fewer per
    request than a flusher task awaiting ``run_in_executor``."""

    def __init__(self, url: str) -> None:
        self.engine = create_writer_engine(url)
        # On SQLite the thread keeps its one connection checked out between transactions: the
        # pool's checkout and return cost about 20 us of CPU a transaction. On PostgreSQL each
        # transaction takes one from the pool, whose pre-ping replaces one the server dropped.
        self._keep = is_sqlite(url)
        self._conn: Connection | None = None  # the one kept, opened on the thread
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="minigate-writer")
        self._channels: list[Channel[Any]] = []
        self._writing: Future[list[list[Exception | None]]] | None = None  # on the thread now
        self._idle: list[asyncio.Future[None]] = []  # woken when the thread has nothing to do
        self._timer: asyncio.TimerHandle | None = None
        self._due = False  # lingering items have waited long enough: the next batch takes them
        self._stopping = threading.Event()  # set: a server that is gone is no longer waited for

    def channel(self, write: Write[X], *, linger: float = 0.0, late: bool = False) -> Channel[X]:
        """A channel whose items ``write`` writes, a list at a time, inside a transaction."""
        channel = Channel(self, write, linger, late)
        self._channels.append(channel)
        self._channels.sort(key=lambda c: c.late)  # stable: otherwise in creation order
        return channel

    async def transaction(self, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in a transaction of its own on the writer thread (between batches)."""
        return await asyncio.get_running_loop().run_in_executor(self._thread, self._run, work)

    def stop_waiting(self) -> None:
        """The gateway is stopping: from now on a write that finds the PostgreSQL server gone
        fails at once, and one waiting for it stops waiting."""
        self._stopping.set()

    async def aclose(self) -> None:
        """Write what is pending, lingering items too, then close the connection (a server
        that is gone is not waited for)."""
        self.stop_waiting()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        while True:
            if self._writing is not None:
                idle = asyncio.get_running_loop().create_future()
                self._idle.append(idle)
                await idle
            elif any(c.pending for c in self._channels):
                self._due = True
                self._start()
            else:
                break
        self._thread.shutdown(wait=True)
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self.engine.dispose()

    # -- the loop side -----------------------------------------------------------------

    def _wake(self, linger: float) -> None:
        if linger <= 0:
            self._start()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(linger, self._lingered)

    def _lingered(self) -> None:
        self._timer = None
        self._due = True
        self._start()

    def _start(self) -> None:
        if self._writing is None:
            self._next()

    def _next(self) -> None:
        """Hand what is pending to the thread, or, with nothing pending, wake ``aclose``."""
        due, self._due = self._due, False
        batch = [(c, c.pending) for c in self._channels if c.pending and (due or c.linger <= 0)]
        if not batch:
            self._writing = None
            for idle in self._idle:
                if not idle.done():
                    idle.set_result(None)
            self._idle.clear()
            return
        for channel, _ in batch:
            channel.pending = []
        loop = asyncio.get_running_loop()
        try:
            self._writing = self._thread.submit(self._write_batch, batch)
        except RuntimeError as exc:  # the thread is shut down: no waiter is left hanging
            _fail(batch, exc)
            self._writing = None
            self._next()
            return
        self._writing.add_done_callback(
            lambda written: loop.call_soon_threadsafe(self._wrote, batch, written)
        )

    def _wrote(
        self,
        batch: list[tuple[Channel[Any], list[_Pending[Any]]]],
        written: Future[list[list[Exception | None]]],
    ) -> None:
        """The thread ended ``batch``: settle its waiters, then hand over the next."""
        try:
            errors = written.result()
        except BaseException as exc:  # cancelled or worse: no waiter is left hanging
            _fail(batch, exc if isinstance(exc, Exception) else RuntimeError(str(exc)))
        else:
            for (_, items), item_errors in zip(batch, errors, strict=True):
                for p, error in zip(items, item_errors, strict=True):
                    if p.done.done():
                        continue
                    if error is None:
                        p.done.set_result(None)
                    else:
                        p.done.set_exception(error)
        self._next()

    # -- the thread side ---------------------------------------------------------------

    @contextlib.contextmanager
    def _begin(self) -> Iterator[Connection]:
        """A transaction: on the connection kept (SQLite), or on one from the pool."""
        if not self._keep:
            with self.engine.begin() as conn:
                yield conn
            return
        if self._conn is None or self._conn.invalidated:
            if self._conn is not None:
                self._conn.close()
            self._conn = self.engine.connect()
        conn = self._conn
        try:
            transaction = conn.begin()
        except BaseException:
            # A BEGIN that failed (a locked or broken file) leaves the Connection half begun:
            # the next transaction starts on a fresh one (the pool's same SQLite connection).
            self._conn = None
            conn.close()
            raise
        with transaction:
            yield conn

    def _run(self, work: Callable[[Connection], T]) -> T:
        with self._begin() as conn:
            return work(conn)

    def _write_batch(
        self, batch: list[tuple[Channel[Any], list[_Pending[Any]]]]
    ) -> list[list[Exception | None]]:
        """Write the batch in one transaction; if that fails, each item in one of its own.
        A PostgreSQL server that is gone (restarting) is waited for up to ``RECONNECT_S``
        first, unless the writer is stopping. Returns each item's error (None: committed)."""
        reconnect = Reconnect()
        while True:
            try:
                with self._begin() as conn:
                    for channel, items in batch:
                        channel.write(conn, [p.item for p in items])
            except Exception as exc:
                pause = None if self._stopping.is_set() else reconnect.pause_after(exc)
                if pause is not None:
                    # The writer's own thread: nothing else can be written meanwhile.
                    self._stopping.wait(pause)
                    continue
                if len(batch) == 1 and len(batch[0][1]) == 1:
                    return [[exc]]
                break
            else:
                return [[None] * len(items) for _, items in batch]
        return [[self._write_alone(channel, p.item) for p in items] for channel, items in batch]

    def _write_alone(self, channel: Channel[X], item: X) -> Exception | None:
        try:
            with self._begin() as conn:
                channel.write(conn, [item])
        except Exception as exc:
            return exc
        return None


def disconnected(exc: BaseException) -> bool:
    """Whether ``exc`` is the PostgreSQL server gone: the connection refused or lost, or the
    server shutting down (SQLSTATE class 08, 57P). SQLite's errors have no SQLSTATE."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    orig = getattr(exc, "orig", None)
    if not hasattr(orig, "sqlstate"):
        return False
    state = getattr(orig, "sqlstate", None)
    if state is None:
        return isinstance(exc, OperationalError)
    return str(state).startswith(("08", "57P"))


def _fail(batch: list[tuple[Channel[Any], list[_Pending[Any]]]], exc: Exception) -> None:
    for _, items in batch:
        for p in items:
            if not p.done.done():
                p.done.set_exception(exc)
