"""Labelling data for the learned router: ask the cheap and the strong model the same tasks
with known answers, through a running gateway's OpenAI API, and record who got them right.

A task row is a JSON object with a prompt and an expected answer. Presets format known task
sets and check their answers; otherwise the prompt is sent as the only user turn and an
answer counts when it equals the expected one (ignoring case, spaces and punctuation) or,
for a numeric answer, when its last number equals it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from minigate.errors import ConfigError
from minigate.paths import read_text
from minigate.tasks import PRESETS, Messages, Task

__all__ = ["PRESETS", "Reply", "Task", "ask", "label_rows", "read_tasks", "task_for"]

if TYPE_CHECKING:
    from openai import OpenAI
    from openai.types.chat import ChatCompletionMessageParam


def task_for(preset: str | None, prompt_field: str, answer_field: str, max_tokens: int) -> Task:
    if preset is None:
        return Task("custom", prompt_field, answer_field, max_tokens)
    if preset not in PRESETS:
        raise ConfigError(f"Unknown task preset '{preset}'; presets: {', '.join(PRESETS)}.")
    return PRESETS[preset]


def read_tasks(path: Path, task: Task, limit: int | None = None) -> list[dict[str, Any]]:
    """The task rows of a JSONL file, each with the task's prompt and answer fields."""
    text = read_text(path, "task file")
    # "\n" only: U+2028 and U+0085 are valid inside JSON strings (str.splitlines breaks there)
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        raise ConfigError(
            f"{path} holds no rows; expected JSON lines with '{task.prompt_field}' and "
            f"'{task.answer_field}'."
        )
    rows = []
    for n, line in enumerate(lines[:limit], 1):
        try:
            row = json.loads(line)
        except ValueError:
            raise ConfigError(f"{path}:{n} is not valid JSON.") from None
        if not isinstance(row, dict) or not {task.prompt_field, task.answer_field} <= set(row):
            fields = f"'{task.prompt_field}' and '{task.answer_field}'"
            raise ConfigError(
                f"{path}:{n} needs the fields {fields} of the --task {task.name} preset; for "
                "other rows, leave out --task and name their fields with --prompt-field/"
                "--answer-field."
                if task.name in PRESETS
                else f"{path}:{n} needs the fields {fields}; name others with --prompt-field/"
                "--answer-field, or use a --task preset."
            )
        rows.append(row)
    return rows


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    seconds: float
    prompt_tokens: int
    completion_tokens: int
    mean_logprob: float | None = None
    finish_reason: str | None = None


def ask(
    client: OpenAI, model: str, messages: Messages, max_tokens: int, logprobs: bool = False
) -> Reply:
    """One chat completion at temperature 0, timed; with ``logprobs``, the mean token logprob
    when the model reports them (the confidence a cascade by logprob looks at)."""
    from openai import omit

    started = time.perf_counter()
    result = client.chat.completions.create(
        model=model,
        messages=cast("list[ChatCompletionMessageParam]", messages),
        max_tokens=max_tokens,
        temperature=0,
        logprobs=True if logprobs else omit,
        # The timings price a local call: an answer from the gateway's cache would not.
        extra_headers={"cache-control": "no-store"},
    )
    seconds = time.perf_counter() - started
    usage = result.usage
    return Reply(
        text=result.choices[0].message.content or "",
        seconds=round(seconds, 4),
        prompt_tokens=usage.prompt_tokens if usage else 0,
        completion_tokens=usage.completion_tokens if usage else 0,
        mean_logprob=_mean_logprob(result.choices[0].logprobs if result.choices else None),
        finish_reason=result.choices[0].finish_reason if result.choices else None,
    )


def _mean_logprob(logprobs: Any) -> float | None:
    tokens = getattr(logprobs, "content", None) or []
    values = [t.logprob for t in tokens if getattr(t, "logprob", None) is not None]
    return round(sum(values) / len(values), 6) if values else None


def label_rows(
    client: OpenAI, task: Task, rows: Iterable[dict[str, Any]], cheap: str, strong: str
) -> Iterator[dict[str, Any]]:
    """A training row per task row: the router sees ``prompt`` (the last user turn)."""
    for row in rows:
        messages = task.messages(row)
        expected = task.expected(row)
        replies = {
            tier: ask(client, model, messages, task.max_tokens, logprobs=True)
            for tier, model in (("cheap", cheap), ("strong", strong))
        }
        yield {
            "prompt": task.user_turn(row),
            "task": task.name,
            **{f"{tier}_mean_logprob": reply.mean_logprob for tier, reply in replies.items()},
            **{f"{tier}_finish_reason": reply.finish_reason for tier, reply in replies.items()},
            "label": int(task.check(replies["cheap"].text, expected)),
            "strong_label": int(task.check(replies["strong"].text, expected)),
            "expected": expected,
            **{f"{tier}_answer": reply.text for tier, reply in replies.items()},
            **{f"{tier}_s": reply.seconds for tier, reply in replies.items()},
            **{
                f"{tier}_tokens": [reply.prompt_tokens, reply.completion_tokens]
                for tier, reply in replies.items()
            },
        }
