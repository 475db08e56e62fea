"""The database: engine, schema and migrations. SQLite by default, PostgreSQL to share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigate.lazy import lazy_exports

if TYPE_CHECKING:
    from minigate.store.build import open_store

__all__ = ["open_store"]

__getattr__ = lazy_exports(
    __name__,
    {
        "open_store": "build",
    },
)
