from __future__ import annotations

import secrets
import time

from pydantic import BaseModel, ConfigDict


class WireModel(BaseModel):
    """A request or response body; unknown fields are kept so upstream extras pass through."""

    model_config = ConfigDict(extra="allow")


class Usage(WireModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


def new_id(prefix: str) -> str:
    """An OpenAI-style prefixed id, e.g. ``chatcmpl-3f9a...``."""
    return f"{prefix}-{secrets.token_hex(12)}"


def now() -> int:
    return int(time.time())
