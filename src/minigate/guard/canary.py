"""Planting the canary token in the system prompt (the canary scanner checks answers)."""

from __future__ import annotations

from minigate.guard.scanners.canary import canary_instruction
from minigate.schemas.chat import ChatMessage


def plant_canary(messages: list[ChatMessage], canary: str) -> list[ChatMessage]:
    """The messages with the canary in the system prompt (one is added if there is none)."""
    line = canary_instruction(canary)
    first = messages[0] if messages else None
    if (
        first is not None
        and first.role in ("system", "developer")
        and isinstance(first.content, str)
    ):
        return [first.model_copy(update={"content": f"{first.content}\n{line}"}), *messages[1:]]
    return [ChatMessage(role="system", content=line), *messages]
