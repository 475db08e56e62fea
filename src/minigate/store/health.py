"""Whether the store still works: the database file is the one opened at start, and a write
reads back within a timeout.

A SQLite file deleted while the gateway runs keeps working through the open descriptor (every
answer 200, every row lost at the next restart); corrupted pages fail reads. Either way keys and
budgets can no longer be checked, so requests with a virtual key fail closed (503
``store_unavailable``) and /health says ``degraded``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import DataError

from minigate.errors import InvalidRequest, StoreUnavailable
from minigate.store.engine import sqlite_file
from minigate.store.schema import store_probes
from minigate.store.writer import StoreWriter, disconnected

# A verdict is reused this long: /health may be polled often, and each probe writes.
_FRESH_S = 1.0
# A failure met by a request keeps the store degraded this long: the probe's own write can
# succeed on pages SQLite has cached while the rest of a corrupted file fails.
_FAILURE_S = 30.0


def reason_of(exc: BaseException) -> str:
    """The first line of what the database said (or of the error), for one-line messages."""
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return lines[0][:200] if lines else type(exc).__name__


def log_failure(log: logging.Logger, what: str, exc: BaseException) -> None:
    """Log a background task's failure: one line when the PostgreSQL server is gone (it is
    retried, and /health reports it), the traceback for anything else."""
    if disconnected(exc):
        log.error("%s (the store's server is gone: %s).", what, reason_of(exc))
    else:
        log.exception(what)


def refused(exc: BaseException) -> InvalidRequest:
    """The 400 for a value a request brought that the store refused (on PostgreSQL: text with
    NUL, a number past its column's range)."""
    return InvalidRequest(f"The request holds a value the gateway cannot store ({reason_of(exc)}).")


def refusal(exc: BaseException) -> InvalidRequest | None:
    """``refused(exc)`` when ``exc`` is the store refusing a value (a DataError), or None when
    it is a failure of the store. A refusal is the request's fault: it never marks the store
    degraded."""
    return refused(exc) if isinstance(exc, DataError) else None


def unwritable_message(path: Path, reason: str) -> str | None:
    """Why a write to the SQLite file ``path`` failed, when it is because the file, its -wal
    or -shm file, or its folder cannot be written (made immutable, or the filesystem
    remounted read-only, while the gateway ran: SQLite says 'disk I/O error'); None when
    they all can be. Retrying will not help: an operator must act."""
    parts = [(path, "it"), (Path(f"{path}-wal"), "its -wal file")]
    parts += [(Path(f"{path}-shm"), "its -shm file"), (path.parent, "its folder")]
    blocked = [name for part, name in parts if part.exists() and not os.access(part, os.W_OK)]
    if not blocked:
        return None
    return (
        f"The store's SQLite file {path} cannot be written ({reason}; not writable: "
        f"{', '.join(blocked)}); make it and its folder writable for the user minigate runs as "
        "(SQLite writes -wal and -shm files beside it)."
    )


def unwritable_error(problem: str) -> StoreUnavailable:
    """The 503 for a store that cannot be written (``unwritable_message``)."""
    return StoreUnavailable(
        f"{problem} Until then API keys and budgets cannot be checked, and retrying will not help."
    )


@dataclass(frozen=True, slots=True)
class StoreStatus:
    ok: bool
    problem: str | None = None
    unwritable: bool = False  # the problem is a file that cannot be written: no use retrying

    def as_dict(self) -> dict[str, str | None]:
        return {"status": "ok" if self.ok else "degraded", "problem": self.problem}


class StoreProbe:
    def __init__(self, url: str, writer: StoreWriter, owner: str, timeout_s: float = 2.0) -> None:
        self.path = sqlite_file(url)
        self._identity = _identity(self.path) if self.path is not None else None
        self._writer = writer
        self._owner = owner
        self._timeout_s = timeout_s
        # The last verdict: when it was taken, and until when ``require`` holds to it.
        self._last: tuple[float, StoreStatus, float] | None = None
        self._failure: tuple[float, str] | None = None
        self.clock: Callable[[], float] = time.monotonic  # tests pass a clock of theirs

    def failed(self, reason: str) -> None:
        """A request met a store failure: /health reports it for a while."""
        self._failure = (self.clock(), reason)
        self._last = None

    def unwritable(self, reason: str) -> str | None:
        """Why the store failed with ``reason``, when it is a file that cannot be written
        (``unwritable_message``), else None."""
        return None if self.path is None else unwritable_message(self.path, reason)

    def identity_problem(self) -> str | None:
        """Why the database file is not the one opened at start (a stat: cheap)."""
        if self.path is None or self._identity is None:
            return None
        try:
            now = _identity(self.path)
        except FileNotFoundError:
            return f"The database file {self.path} was deleted while the gateway ran."
        except OSError as exc:
            return f"The database file {self.path} cannot be examined: {exc.strerror}."
        if now != self._identity:
            return f"The database file {self.path} was replaced while the gateway ran."
        return None

    async def check(self) -> StoreStatus:
        """Identity (every time: a stat), then a write and read back within the timeout (its
        verdict reused for a second)."""
        last = self._last
        fresh = last is not None and self.clock() - last[0] < _FRESH_S
        if last is not None and fresh and self.identity_problem() is None:
            return last[1]
        status = await self._check()
        now = self.clock()
        failure = self._failure
        since = failure[0] if failure is not None and now - failure[0] < _FAILURE_S else now
        self._last = (now, status, since + _FAILURE_S)
        return status

    def require(self) -> None:
        """Raise StoreUnavailable when the store is known to be broken (never waits).

        A failed check counts for ``_FAILURE_S`` from the failure it found, as a failure met
        by a request does, and no longer: only /health (and a scrape of /metrics) checks
        again, so a verdict kept until then failed every request with a virtual key, for as
        long as nothing asked (probe ops15: 503 ``store_unavailable`` a minute after
        PostgreSQL came back, until a /health call cleared it)."""
        problem = self.identity_problem()
        last = self._last
        if problem is None and last is not None and not last[1].ok and self.clock() < last[2]:
            problem = last[1].problem
            if problem is not None and last[1].unwritable:
                raise unwritable_error(problem)
        if problem is not None:
            raise StoreUnavailable(
                f"The gateway's store is unavailable, so API keys and budgets cannot be "
                f"checked: {problem} Try again later; an operator must restore the store."
            )

    async def _check(self) -> StoreStatus:
        if problem := self.identity_problem():
            return StoreStatus(False, problem)
        if self._failure is not None and self.clock() - self._failure[0] < _FAILURE_S:
            if found := self.unwritable(self._failure[1]):
                return StoreStatus(False, found, unwritable=True)
            return StoreStatus(False, f"A request failed on the store: {self._failure[1]}.")
        nonce = secrets.token_hex(8)
        try:
            read = await asyncio.wait_for(
                self._writer.transaction(lambda conn: self._round_trip(conn, nonce)),
                self._timeout_s,
            )
        except TimeoutError:
            return StoreStatus(False, f"A write did not complete within {self._timeout_s:g}s.")
        except Exception as exc:
            if found := self.unwritable(reason_of(exc)):
                return StoreStatus(False, found, unwritable=True)
            return StoreStatus(False, f"A write failed: {reason_of(exc)}.")
        if read != nonce:
            return StoreStatus(False, "A write did not read back.")
        return StoreStatus(True)

    def _round_trip(self, conn: Connection, nonce: str) -> str | None:
        probes = store_probes.c
        conn.execute(delete(store_probes).where(probes.owner == self._owner))
        conn.execute(insert(store_probes).values(owner=self._owner, nonce=nonce))
        found = conn.execute(select(probes.nonce).where(probes.owner == self._owner)).first()
        return None if found is None else str(found.nonce)


def _identity(path: Path) -> tuple[int, int]:
    stat = os.stat(path)
    return stat.st_dev, stat.st_ino
