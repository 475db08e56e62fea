"""Moderations: OpenAI's request and response shapes."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from minigate.schemas.common import RequestModel, WireModel

# OpenAI's categories (omni-moderation), in its order.
CATEGORIES = (
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/intent",
    "self-harm/instructions",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)


class ModerationRequest(RequestModel):
    free_fields: ClassVar[tuple[str, ...]] = ("input",)

    input: str | list[str] | list[dict[str, Any]] = Field(min_length=1)
    model: str | None = None

    def texts(self) -> list[str]:
        if isinstance(self.input, str):
            return [self.input]
        return [
            item if isinstance(item, str) else str(item.get("text", ""))
            for item in self.input
            if isinstance(item, str) or item.get("type") == "text"
        ]


class ModerationResult(WireModel):
    flagged: bool
    categories: dict[str, bool]
    category_scores: dict[str, float]
    category_applied_input_types: dict[str, list[str]]
    # Not in OpenAI's shape: which of minigate's scanners fired, and why.
    scanners: list[dict[str, Any]] = Field(default_factory=list)


class ModerationResponse(WireModel):
    id: str
    model: str
    results: list[ModerationResult]
