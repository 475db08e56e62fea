"""Opening the store: migrated to the newest schema, then an engine for it."""

from __future__ import annotations

import asyncio

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.errors import ConfigError, StoreUnavailable


async def open_store(url: str, *, writes: bool = True) -> AsyncEngine:
    """Migrate the database to the newest schema and return an engine for it. With
    ``writes`` (all but the commands that only read), the store must take writes too: a
    SQLite file that cannot (read-only, or in a folder that is), or a PostgreSQL role that
    may only read, fails here, not at the first write.

    Raises:
        StoreUnavailable: the PostgreSQL server did not answer (down, or not there): a
            failure at run time.
        ConfigError: anything else, which store.url decides: a folder that cannot hold the
            SQLite file, a SQLite file that cannot be written, a database or user the server
            refuses, a role that may not write.
    """
    from minigate.store.engine import create_engine, create_private, sqlite_file
    from minigate.store.health import reason_of
    from minigate.store.migrate import upgrade

    path = sqlite_file(url)
    try:
        if path is not None:
            create_private(path)
        await asyncio.to_thread(upgrade, url, probe_write=writes)
    except (SQLAlchemyError, OSError) as exc:
        parsed = make_url(url)
        shown = parsed.render_as_string(hide_password=True)
        if _unanswered(exc):
            where = f"{parsed.host}:{parsed.port or 5432}"
            raise StoreUnavailable(
                f"Cannot reach the store's PostgreSQL server at {where} ({reason_of(exc)}); "
                f"check that it runs and accepts connections there, and that store.url "
                f"({shown}) names it."
            ) from None
        if path is not None and "readonly database" in reason_of(exc):
            raise ConfigError(
                f"The store's SQLite file {path} cannot be written ({reason_of(exc)}); make it "
                "and its folder writable for the user minigate runs as (SQLite writes "
                "-wal and -shm files beside it), or point store.url at one that is."
            ) from None
        if getattr(getattr(exc, "orig", None), "sqlstate", None) in _CANNOT_WRITE:
            raise ConfigError(
                f"The store's PostgreSQL role cannot write ({reason_of(exc)}); GRANT it "
                "SELECT, INSERT, UPDATE and DELETE on minigate's tables, or connect as one "
                f"that has them (store.url: {shown})."
            ) from None
        raise ConfigError(
            f"Cannot open the store at {shown} (store.url): {reason_of(exc)}"
        ) from None
    return create_engine(url)


# insufficient_privilege (a role granted SELECT alone), read_only_sql_transaction (a standby,
# or default_transaction_read_only).
_CANNOT_WRITE = {"42501", "25006"}


def _unanswered(exc: BaseException) -> bool:
    """Whether the PostgreSQL server never answered: refused, timed out, a host that does not
    resolve. libpq gives no SQLSTATE for a failure while connecting, so a server that answered
    and refused (an unknown database or user: store.url is wrong) is told by the severity it
    sends, 'FATAL:'; an error after connecting has a SQLSTATE."""
    if not isinstance(exc, OperationalError) or getattr(exc.orig, "sqlstate", "") is not None:
        return False
    return "FATAL:" not in str(exc.orig)
