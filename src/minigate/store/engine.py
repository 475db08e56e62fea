"""Database engines from one URL: SQLite (embedded default) or PostgreSQL (shared)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

# libpq waits for a server's answer without limit: a port where something else listens (an
# HTTP server) or a network that drops packets held a command, or a request, for good.
PG_CONNECT_TIMEOUT_S = 10


def async_url(url: str) -> str:
    """The URL with an asyncio driver: aiosqlite for SQLite, psycopg 3 for PostgreSQL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.set(drivername="sqlite+aiosqlite").render_as_string(hide_password=False)
    if parsed.get_backend_name() == "postgresql":
        return _postgresql(url)
    raise ValueError(f"unsupported database URL '{url}': use sqlite:/// or postgresql+psycopg://")


def sync_url(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.set(drivername="sqlite").render_as_string(hide_password=False)
    return _postgresql(url)


def _postgresql(url: str) -> str:
    """psycopg 3 (it serves sync and asyncio alike), with a connect timeout unless the URL
    sets one (``?connect_timeout=N``)."""
    parsed = make_url(url).set(drivername="postgresql+psycopg")
    if "connect_timeout" not in parsed.query:
        parsed = parsed.update_query_dict({"connect_timeout": str(PG_CONNECT_TIMEOUT_S)})
    return parsed.render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str) -> AsyncEngine:
    if is_sqlite(url):
        # One connection: SQLite serialises writers anyway, and a single connection turns
        # lock contention into an orderly wait inside the pool instead of "database is locked".
        engine = create_async_engine(
            async_url(url),
            pool_size=1,
            max_overflow=0,
            pool_timeout=60,
            connect_args={"timeout": 30},
        )
        event.listen(engine.sync_engine, "connect", sqlite_pragmas)
        return engine
    return create_async_engine(
        async_url(url), pool_size=10, max_overflow=20, pool_pre_ping=True, pool_timeout=60
    )


def sqlite_pragmas(dbapi_connection: Any, _: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL (None: in memory, or not SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def create_private(path: Path) -> None:
    """Create ``path`` empty with 0600 permissions unless it exists (SQLite gives its -wal and
    -shm files the database's permissions): the store holds prompts and key hashes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def param_mark(paramstyle: str) -> str:
    """The positional parameter mark of a driver's ``paramstyle``, for SQL run on
    ``driver_cursor``: SQLite's ``qmark``, or psycopg's ``format``/``pyformat``."""
    if paramstyle == "qmark":
        return "?"
    if paramstyle in ("format", "pyformat"):
        return "%s"
    raise ValueError(f"No positional parameter mark for the paramstyle {paramstyle!r}.")


@contextlib.contextmanager
def driver_cursor(conn: Connection) -> Iterator[Any]:
    """A cursor on the driver's own connection under ``conn``, in its transaction, for small
    statements run once or more per request, where SQLAlchemy's execution path costs several
    times the database's own work. What the driver raises comes out as ``conn.execute``
    would raise it (a ``DBAPIError``: the store's failures are told apart by that)."""
    driver = conn.connection.dbapi_connection
    assert driver is not None  # checked out: the connection is in use
    dbapi_error = conn.dialect.loaded_dbapi.Error
    cursor = driver.cursor()
    try:
        yield cursor
    except dbapi_error as exc:
        raise DBAPIError.instance(None, None, exc, dbapi_error) from exc
    finally:
        cursor.close()
