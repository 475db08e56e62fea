"""Moderations: OpenAI's request and response shapes."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field, field_validator

from minigate.schemas.bounds import MAX_INPUTS
from minigate.schemas.common import RequestModel, WireModel

PART_TYPES = ("text", "image_url")  # the content parts of a multimodal input
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


def with_parents(hit: set[str], scores: dict[str, float]) -> None:
    """A subcategory is a kind of its parent (hate/threatening is hate): a flagged child flags
    its parent (in ``hit``), and the parent scores at least as high, as OpenAI's taxonomy
    reads. Both are changed in place."""
    for category in CATEGORIES:
        parent = category.partition("/")[0]
        if parent != category and parent in scores:
            scores[parent] = max(scores[parent], scores.get(category, 0.0))
            if category in hit:
                hit.add(parent)


class ModerationRequest(RequestModel):
    free_fields: ClassVar[tuple[str, ...]] = ("input",)

    input: str | list[str] | list[dict[str, Any]]
    model: str | None = None

    @field_validator("input")
    @classmethod
    def _known_parts(
        cls, value: str | list[str] | list[dict[str, Any]]
    ) -> str | list[str] | list[dict[str, Any]]:
        if value == "":
            raise ValueError("input is an empty string; send the text to moderate")
        if isinstance(value, list) and not value:
            raise ValueError("input is an empty list; send at least one text")
        if isinstance(value, list) and len(value) > MAX_INPUTS:
            raise ValueError(f"input may hold at most {MAX_INPUTS} items")
        for index, item in enumerate(value if isinstance(value, list) else []):
            if isinstance(item, dict):
                _check_part(index, item)
        return value

    def texts(self) -> list[str]:
        """One text per input. An array of content parts is one input, as OpenAI moderates it:
        its text parts are read together (images are not read)."""
        if isinstance(self.input, str):
            return [self.input]
        strings = [item for item in self.input if isinstance(item, str)]
        if strings:
            return strings
        parts = [item for item in self.input if isinstance(item, dict)]
        return ["\n".join(str(part["text"]) for part in parts if part["type"] == "text")]

    def has_text(self) -> bool:
        """Whether there is text to read: not for an input of images alone."""
        return not isinstance(self.input, list) or any(
            isinstance(item, str) or item["type"] == "text" for item in self.input
        )


def _check_part(index: int, part: dict[str, Any]) -> None:
    """A content part of OpenAI's shape: {"type": "text", "text": ...} or {"type":
    "image_url", "image_url": {"url": ...}}. An image is not read, but a malformed one is
    refused as malformed, not dropped beside the text or blamed on images."""
    kind = part.get("type")
    if kind not in PART_TYPES:
        raise ValueError(f"part {index} has type {kind!r}, not one of {PART_TYPES}")
    if kind == "text" and not isinstance(part.get("text"), str):
        raise ValueError(f"part {index} is a text part without a 'text' string")
    image = part.get("image_url")
    if kind == "image_url" and not (isinstance(image, dict) and isinstance(image.get("url"), str)):
        raise ValueError(
            f"part {index} is an image_url part without an 'image_url' object holding a 'url' "
            "string"
        )


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
