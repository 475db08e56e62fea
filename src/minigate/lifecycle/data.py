"""Training rows for a LoRA adapter: chat messages or ``{prompt, completion}``, split seeded."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minigate.errors import ConfigError
from minigate.paths import read_text
from minigate.words import counted

Messages = list[dict[str, str]]
_ROLES = {"system", "user", "assistant"}


@dataclass(frozen=True)
class Example:
    """The turns the model reads, and the answer it should learn to write after them."""

    messages: Messages
    completion: str


def read_examples(path: Path, what: str = "training data") -> list[Example]:
    """Every valid row of a JSONL file; a file with none fails with what a row must look like.

    A row is ``{"messages": [...]}`` whose last message is the assistant's answer, or
    ``{"prompt": "...", "completion": "..."}`` (the prompt becomes one user turn). ``what``
    names the file in the error for one that cannot be read ('evaluation data' for eval).
    """
    lines = read_text(path, what).splitlines()
    examples = [e for line in lines if line.strip() and (e := _example(line)) is not None]
    if not examples:
        raise ConfigError(
            f"'{path}' has no valid rows ({counted(len(lines), 'line')} read). Each line must be "
            'a JSON object: {"messages": [..., {"role": "assistant", "content": "..."}]} or '
            '{"prompt": "...", "completion": "..."}.'
        )
    return examples


def _example(line: str) -> Example | None:
    try:
        row: Any = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(row, dict):
        return None
    if isinstance(row.get("prompt"), str) and isinstance(row.get("completion"), str):
        if row["prompt"].strip() and row["completion"].strip():
            return Example([{"role": "user", "content": row["prompt"]}], row["completion"])
        return None
    messages = row.get("messages")
    if not isinstance(messages, list) or len(messages) < 2:
        return None
    turns = [m for m in messages if _is_turn(m)]
    if len(turns) != len(messages) or turns[-1]["role"] != "assistant":
        return None
    if not turns[-1]["content"].strip():
        return None
    return Example([dict(m) for m in turns[:-1]], turns[-1]["content"])


def _is_turn(message: Any) -> bool:
    return (
        isinstance(message, dict)
        and message.get("role") in _ROLES
        and isinstance(message.get("content"), str)
    )


def split(
    examples: list[Example], holdout: float, seed: int
) -> tuple[list[Example], list[Example]]:
    """(train, held out): a seeded shuffle, ``holdout`` of the rows kept apart (at least one
    when there are two or more rows, so a held-out loss always exists)."""
    if not 0 <= holdout < 1:
        raise ConfigError(f"holdout must be in [0, 1), not {holdout}.")
    order = list(examples)
    random.Random(seed).shuffle(order)
    kept = round(len(order) * holdout)
    if holdout > 0 and len(order) >= 2:
        kept = max(1, kept)
    return order[kept:], order[:kept]
