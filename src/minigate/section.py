"""The base of every config section: a pydantic model that refuses unknown keys."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Section(BaseModel):
    """A config section (or part of one): a misspelt key fails at start, named."""

    model_config = ConfigDict(extra="forbid")
