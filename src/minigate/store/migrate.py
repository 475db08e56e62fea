"""Apply the named, ordered alembic migrations (at start, and from the CLI)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, text

from minigate.store.engine import sync_url

MIGRATIONS = Path(__file__).parent / "migrations"
# Several gateway processes may start at once against one PostgreSQL: one migrates at a time.
_PG_LOCK_ID = 7_412_031


def upgrade(url: str, *, probe_write: bool = False) -> None:
    """Bring the database at ``url`` to the newest schema; safe to call from many processes.
    With ``probe_write``, then raise the database's own error if it cannot take a write (a
    SQLite file that is read-only, or in a read-only folder; on PostgreSQL, a role that may
    only read), on the same engine."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(sync_url(url))
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK_ID})"))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        if probe_write:
            _write_probe(engine)
    finally:
        engine.dispose()


def _write_probe(engine: Engine) -> None:
    """A statement that changes nothing but needs the write lock. On SQLite it waits for
    another process's write as the gateway's own connections do (30 s), not the 5 s the
    driver's connections wait by default (the migration's, above)."""
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":  # before the driver's BEGIN (at the DELETE)
            connection.exec_driver_sql("PRAGMA busy_timeout = 30000")
        connection.execute(text("DELETE FROM store_probes WHERE 1 = 0"))
