"""OpenAI's file objects."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

# OpenAI's bounds on expires_after.seconds (a file's, a batch's output's): an hour to 30 days.
EXPIRES_AFTER_S = (3600, 30 * 86400)


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
