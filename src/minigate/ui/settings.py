"""The dashboard's config section (``ui:`` in minigate.yaml)."""

from __future__ import annotations

from pydantic import Field

from minigate.section import Section


class UISettings(Section):
    """The web dashboard at /ui. It needs a master key: an open gateway has no login."""

    enabled: bool = True
    idle_timeout_s: float = Field(
        default=1800.0, gt=0, description="A session unused this long is logged out."
    )
    page_size: int = Field(default=50, ge=5, le=500, description="Rows per page of the log.")
