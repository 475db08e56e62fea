"""The base of every config section: a pydantic model that refuses unknown keys; and the
error of a check that spans sections, which names the key it refuses."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Section(BaseModel):
    """A config section (or part of one): a misspelt key fails at start, named."""

    model_config = ConfigDict(extra="forbid")


class CheckFailed(ValueError):
    """A check of the whole config failed (a route naming a model that is not configured, a
    price for an unknown model). Pydantic gives such a check no location; ``key`` is the
    path of the entry it refuses (``("auth", "api_keys", 0, "models", 2)``), down to the item
    of a list or mapping, so that the error names the YAML line of that entry. The message
    starts with the key, as every config error does."""

    def __init__(self, key: tuple[int | str, ...], message: str) -> None:
        super().__init__(message)
        self.key = key
