"""The dashboard's config section (``ui:`` in minigate.yaml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from minigate.section import Section


class UISettings(Section):
    """The web dashboard at /ui. It needs a master key: an open gateway has no login."""

    enabled: bool = True
    idle_timeout_s: float = Field(
        default=1800.0, gt=0, description="A session unused this long is logged out."
    )
    page_size: int = Field(default=50, ge=5, le=500, description="Rows per page of the log.")
    sessions: Literal["store", "memory"] = Field(
        default="store",
        description="Where logins live: 'store' (every gateway sharing the store knows them; "
        "the API key is kept sealed under the browser's cookie) or 'memory' (this process "
        "only; a restart logs everyone out). Without a store, memory.",
    )
