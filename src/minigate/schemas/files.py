"""OpenAI's file objects."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator

# OpenAI's bounds on expires_after.seconds (a file's, a batch's output's): an hour to 30 days.
EXPIRES_AFTER_S = (3600, 30 * 86400)
ANCHOR = "created_at"


class ExpiresAfter(BaseModel):
    """OpenAI's expiry of a file: ``seconds`` (an hour to 30 days) after it was created. The
    one check of it, for an upload's form fields (text) and a batch's JSON body alike."""

    model_config = ConfigDict(extra="forbid")

    anchor: Literal["created_at"]
    seconds: int

    @field_validator("anchor", mode="before")
    @classmethod
    def _created_at(cls, value: Any) -> str:
        if value != ANCHOR:
            raise ValueError(f"{_shown(value)}; the one anchor is '{ANCHOR}'")
        return ANCHOR

    @field_validator("seconds", mode="before")
    @classmethod
    def _an_hour_to_30_days(cls, value: Any) -> int:
        seconds = _whole_number(value)
        low, high = EXPIRES_AFTER_S
        if seconds is None or not low <= seconds <= high:
            raise ValueError(
                f"{_shown(value)}; it must be a whole number of seconds from {low} (an hour) "
                f"to {high} (30 days)"
            )
        return seconds


def _whole_number(value: Any) -> int | None:
    """An int, or the digits a form sends as text; None for anything else (JSON's true is no
    number, though Python's bool is an int)."""
    if type(value) is int:
        return value
    text = value.strip() if isinstance(value, str) else ""
    return int(text) if text.isdecimal() and len(text) <= 12 else None


def _shown(value: Any) -> str:
    return repr(value[:80] if isinstance(value, str) else value)[:82]


class FileObject(BaseModel):
    id: str
    object: Literal["file"] = "file"
    bytes: int
    created_at: int
    filename: str
    purpose: str
    status: Literal["uploaded", "processed", "error"] = "processed"
    expires_at: int | None = None
    status_details: str | None = None


class FileList(BaseModel):
    object: Literal["list"] = "list"
    data: list[FileObject]
    first_id: str | None = None
    last_id: str | None = None
    has_more: bool = False


class FileDeleted(BaseModel):
    id: str
    object: Literal["file"] = "file"
    deleted: bool = True
