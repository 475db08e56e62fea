"""Task presets with known answers: how to ask the headlines and GSM8K sets, and how to check
an answer. A neutral helper (no minigate imports), shared by the router's labelling and the
evaluation presets, which may not import each other."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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
