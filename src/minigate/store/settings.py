"""The ``store:`` section of the config: the database the ledger, audit and reviews share."""

from __future__ import annotations

from pydantic import Field, field_validator

from minigate.section import Section


class StoreSettings(Section):
    url: str = Field(
        default="sqlite:///minigate.db",
        description="sqlite:///PATH (embedded) or postgresql+psycopg://USER:PW@HOST/DB (shared).",
    )

    @field_validator("url")
    @classmethod
    def _supported(cls, value: str) -> str:
        if not value.startswith(("sqlite:", "postgresql")):
            raise ValueError("use sqlite:///PATH or postgresql+psycopg://USER:PW@HOST/DB")
        return value
