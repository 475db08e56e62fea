"""Apply the named, ordered alembic migrations (at start, and from the CLI)."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, func, inspect, select, text

from minigate.store.engine import sync_url
from minigate.store.schema import active_key_name, api_keys

log = logging.getLogger("minigate.store")

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
            _unique_key_names(connection, create=probe_write)
        if probe_write:
            _write_probe(engine)
    finally:
        engine.dispose()


def _unique_key_names(connection: Connection, *, create: bool) -> None:
    """Create the unique index on active keys' names where migration 0021 left it out (two
    active keys shared a name) and they no longer do; while they still do, say which, and how
    to mend it. ``create``: False for a command that only reads (a read-only store will do)."""
    if inspect(connection).has_index("api_keys", str(active_key_name.name)):
        return
    active = api_keys.c.disabled_at.is_(None)
    shared = select(api_keys.c.name).where(active).group_by(api_keys.c.name)
    rows = connection.execute(
        select(api_keys.c.name, api_keys.c.id)
        .where(active, api_keys.c.name.in_(shared.having(func.count() > 1)))
        .order_by(api_keys.c.name, api_keys.c.created_at)
    )
    ids: dict[str, list[str]] = {}
    for name, key_id in rows:
        ids.setdefault(name, []).append(key_id)
    if not ids:
        if create:
            active_key_name.create(connection)
        return
    named = "; ".join(f"'{name}': {', '.join(keys)}" for name, keys in ids.items())
    log.warning(
        "Active API keys share a name (%s): route rules match keys by name, and the store "
        "cannot keep names unique while they do; disable all but one of each with "
        "'minigate keys disable KEY_ID', and the next start will.",
        named,
    )


def _write_probe(engine: Engine) -> None:
    """A statement that changes nothing but needs the write lock. On SQLite it waits for
    another process's write as the gateway's own connections do (30 s), not the 5 s the
    driver's connections wait by default (the migration's, above)."""
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":  # before the driver's BEGIN (at the DELETE)
            connection.exec_driver_sql("PRAGMA busy_timeout = 30000")
        connection.execute(text("DELETE FROM store_probes WHERE 1 = 0"))
