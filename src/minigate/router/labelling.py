"""Labelling data for the learned router: ask the cheap and the strong model the same tasks
with known answers, through a running gateway's OpenAI API, and record who got them right.

A task row is a JSON object with a prompt and an expected answer. Presets format known task
sets and check their answers; otherwise the prompt is sent as the only user turn and an
answer counts when it equals the expected one (ignoring case, spaces and punctuation) or,
for a numeric answer, when its last number equals it.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from minigate.errors import ConfigError

if TYPE_CHECKING:
    from openai import OpenAI
    from openai.types.chat import ChatCompletionMessageParam

Messages = list[dict[str, str]]
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")

HEADLINES_SYSTEM = (
    "You label news headlines about the gold market. Reply with one word: 'up' if the "
    "headline says the gold price rose, 'down' if it fell, 'neutral' if it says the price "
    "held steady, 'none' if it states no price movement."
)
# Invented headlines, not taken from the data set, so no test row leaks into the prompt.
HEADLINES_SHOTS = [
    ("gold climbs $4 to $1,210 an ounce on weaker dollar", "up"),
    ("spot gold slides 1% as investors book profits", "down"),
    ("gold steady at $1,305 ahead of fed minutes", "neutral"),
    ("central bank to review its gold reserve policy next year", "none"),
]
GSM8K_SYSTEM = (
    "Solve the math word problem. Think step by step in a few short sentences, then end "
    "with a last line of the form 'Answer: N' where N is a number."
)


def _normal(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def _same(answer: str, expected: str) -> bool:
    if NUMBER.fullmatch(expected.strip()):
        return last_number(answer) == _number(expected)
    return _normal(answer) == _normal(expected)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def last_number(text: str) -> float | None:
    """The number after the last 'Answer:', else the last number in the text."""
    tail = text.rsplit("Answer:", 1)[-1] if "Answer:" in text else text
    numbers = NUMBER.findall(tail) or NUMBER.findall(text)
    return _number(numbers[-1].rstrip(".")) if numbers else None


def _first_word(answer: str, expected: str) -> bool:
    words = _normal(answer).split()
    return bool(words) and words[0] == _normal(expected)


@dataclass(frozen=True)
class Task:
    """How to turn a row into a chat request and judge an answer to it."""

    name: str
    prompt_field: str
    answer_field: str
    max_tokens: int
    system: str | None = None
    shots: tuple[tuple[str, str], ...] = ()
    user_prefix: str = ""
    # What the cascade's regex checks: an answer in the task's format.
    answer_regex: str | None = None
    check: Callable[[str, str], bool] = _same

    def user_turn(self, row: dict[str, Any]) -> str:
        return self.user_prefix + str(row[self.prompt_field])

    def messages(self, row: dict[str, Any]) -> Messages:
        messages: Messages = [{"role": "system", "content": self.system}] if self.system else []
        for question, answer in self.shots:
            messages += [
                {"role": "user", "content": self.user_prefix + question},
                {"role": "assistant", "content": answer},
            ]
        return [*messages, {"role": "user", "content": self.user_turn(row)}]

    def expected(self, row: dict[str, Any]) -> str:
        return str(row[self.answer_field])


PRESETS = {
    "headlines": Task(
        name="headlines",
        prompt_field="headline",
        answer_field="label",
        max_tokens=3,
        system=HEADLINES_SYSTEM,
        shots=tuple(HEADLINES_SHOTS),
        user_prefix="Headline: ",
        answer_regex=r"(?i)^\s*(up|down|neutral|none)\b",
        check=_first_word,
    ),
    "gsm8k": Task(
        name="gsm8k",
        prompt_field="question",
        answer_field="answer",
        max_tokens=200,
        system=GSM8K_SYSTEM,
        answer_regex=r"Answer:\s*\$?-?\d",
    ),
}


def task_for(preset: str | None, prompt_field: str, answer_field: str, max_tokens: int) -> Task:
    if preset is None:
        return Task("custom", prompt_field, answer_field, max_tokens)
    if preset not in PRESETS:
        raise ConfigError(f"Unknown task preset '{preset}'; presets: {', '.join(PRESETS)}.")
    return PRESETS[preset]


def read_tasks(path: Path, task: Task, limit: int | None = None) -> list[dict[str, Any]]:
    """The task rows of a JSONL file, each with the task's prompt and answer fields."""
    try:
        text = path.read_text(encoding="utf-8")
        # "\n" only: U+2028 and U+0085 are valid inside JSON strings (str.splitlines breaks there)
        lines = [line for line in text.split("\n") if line.strip()]
    except OSError as exc:
        raise ConfigError(f"Cannot read {path}: {exc.strerror}.") from None
    rows = []
    for n, line in enumerate(lines[:limit], 1):
        try:
            row = json.loads(line)
        except ValueError:
            raise ConfigError(f"{path}:{n} is not valid JSON.") from None
        if not isinstance(row, dict) or not {task.prompt_field, task.answer_field} <= set(row):
            raise ConfigError(
                f"{path}:{n} needs the fields '{task.prompt_field}' and '{task.answer_field}'; "
                "name others with --prompt-field/--answer-field, or use a --task preset."
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
    )
    seconds = time.perf_counter() - started
    usage = result.usage
    return Reply(
        text=result.choices[0].message.content or "",
        seconds=round(seconds, 4),
        prompt_tokens=usage.prompt_tokens if usage else 0,
        completion_tokens=usage.completion_tokens if usage else 0,
        mean_logprob=_mean_logprob(result.choices[0].logprobs if result.choices else None),
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
            tier: ask(client, model, messages, task.max_tokens, logprobs=tier == "cheap")
            for tier, model in (("cheap", cheap), ("strong", strong))
        }
        yield {
            "prompt": task.user_turn(row),
            "task": task.name,
            "cheap_mean_logprob": replies["cheap"].mean_logprob,
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
