"""Opening the store: migrated to the newest schema, then an engine for it."""

from __future__ import annotations

import asyncio

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.errors import ConfigError


async def open_store(url: str) -> AsyncEngine:
    """Migrate the database to the newest schema and return an engine for it."""
    from minigate.store.engine import create_engine, create_private, sqlite_file
    from minigate.store.migrate import upgrade

    try:
        if (path := sqlite_file(url)) is not None:
            create_private(path)
        await asyncio.to_thread(upgrade, url)
    except (SQLAlchemyError, OSError) as exc:
        shown = make_url(url).render_as_string(hide_password=True)
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise ConfigError(f"Cannot open the store at {shown} (store.url): {reason}") from None
    return create_engine(url)
