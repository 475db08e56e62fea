"""Apply the named, ordered alembic migrations (at start, and from the CLI)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from minigate.store.engine import is_sqlite, sync_url

MIGRATIONS = Path(__file__).parent / "migrations"
# Several gateway processes may start at once against one PostgreSQL: one migrates at a time.
_PG_LOCK_ID = 7_412_031


def upgrade(url: str) -> None:
    """Bring the database at ``url`` to the newest schema; safe to call from many processes."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(sync_url(url))
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK_ID})"))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def write_probe(url: str) -> None:
    """Raise the database's own error if it cannot take a write (a SQLite file that is
    read-only, or in a read-only folder); the statement changes nothing. It waits for
    another process's write as the gateway's own connections do (30 s), not 5 s. On
    PostgreSQL, the error of a role that may only read."""
    engine = create_engine(sync_url(url), connect_args={"timeout": 30} if is_sqlite(url) else {})
    try:
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM store_probes WHERE 1 = 0"))
    finally:
        engine.dispose()
