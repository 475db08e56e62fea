"""The evaluation data set: one JSON object a line.

    {"id": "q1", "prompt": "2+2?", "expected": "4", "scorer": "number"}
    {"messages": [{"role": "user", "content": "..."}], "expected": "B",
     "scorer": {"type": "choice", "choices": ["A", "B", "C", "D"]}, "task": "mcq"}

``prompt`` (one user turn) or ``messages`` (a whole conversation) is the input; ``expected``
the answer; ``scorer`` a name or an object with ``type`` and the scorer's options (default
``exact``); ``id`` (default ``line-N``), ``task`` (sent as ``x-minigate-task``) and
``max_tokens`` are optional. See docs/eval.md.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minigate.errors import ConfigError
from minigate.paths import read_text

Messages = list[dict[str, str]]
ROLES = {"system", "user", "assistant"}


class DatasetError(ConfigError):
    """A data set row or file that cannot be used; the message names file and line."""


@dataclass(frozen=True)
class Row:
    id: str
    line: int
    messages: Messages
    expected: Any
    scorer: dict[str, Any]
    task: str | None = None
    max_tokens: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    automatic_id: bool = False  # no 'id' given: line-N

    @property
    def prompt(self) -> str:
        """The last user turn: what a prompt template wraps and a length rule measures."""
        return next((m["content"] for m in reversed(self.messages) if m["role"] == "user"), "")


@dataclass
class Loaded:
    rows: list[Row]
    skipped: list[str]  # one message per malformed line that was skipped


def json_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text) of the non-blank lines. Split on "\\n" only: U+2028 and U+0085 are
    valid inside a JSON string, and str.splitlines() would break a row at them."""
    # A byte-order mark (Windows tools write one) is no part of the first row.
    lines = read_text(path, "data set", DatasetError).removeprefix("\ufeff").split("\n")
    return [(n, line.rstrip("\r")) for n, line in enumerate(lines, 1) if line.strip()]


def read_dataset(path: Path, *, skip_bad: bool = False) -> Loaded:
    """The rows of a JSONL data set. A malformed line raises a DatasetError naming it, or,
    with ``skip_bad``, is left out and described in ``skipped``."""
    rows: list[Row] = []
    skipped: list[str] = []
    seen: dict[str, Row] = {}
    for n, line in json_lines(path):
        try:
            row = parse_row(line, n)
            if row.id in seen:
                raise ValueError(_twice(row, seen[row.id]))
        except ValueError as exc:
            problem = f"{path}:{n}: {exc}"
            if not skip_bad:
                raise DatasetError(f"{problem} (use --skip-bad-rows to leave it out).") from None
            skipped.append(problem)
            continue
        seen[row.id] = row
        rows.append(row)
    if not rows:
        raise DatasetError(f"{path} holds no usable rows; see docs/eval.md for the format.")
    return Loaded(rows, skipped)


def _twice(row: Row, first: Row) -> str:
    """Why ``row``'s id is taken; a row without an id has the automatic id line-N."""
    if row.automatic_id:
        return (
            f"this row has no 'id', and its automatic id '{row.id}' is the id line "
            f"{first.line} gives; give this row an id"
        )
    if first.automatic_id:
        return (
            f"the id '{row.id}' is also the automatic id of line {first.line}, which has no "
            "'id'; give that row an id, or this one another"
        )
    return f"the id '{row.id}' is used twice (also on line {first.line})"


FIELDS = frozenset({"id", "prompt", "messages", "expected", "scorer", "task", "max_tokens"})


def parse_row(line: str, n: int) -> Row:
    """One row; a ValueError says what is wrong with it."""
    try:
        data = json.loads(line)
    except ValueError:
        raise ValueError("not valid JSON") from None
    if not isinstance(data, dict):
        raise ValueError("a row must be a JSON object")
    _unicode(data)
    if data.get("expected") is None:  # a null answer is none: every reply would score wrong
        raise ValueError("the row has no 'expected' answer")
    max_tokens = data.get("max_tokens")
    if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 1):
        raise ValueError("'max_tokens' must be a positive whole number")
    task = data.get("task")
    return Row(
        id=str(data.get("id", f"line-{n}")),
        line=n,
        messages=_messages(data),
        expected=data["expected"],
        scorer=_scorer(data.get("scorer", "exact"), data["expected"]),
        task=str(task) if task is not None else None,
        max_tokens=max_tokens,
        extra={k: v for k, v in data.items() if k not in FIELDS},
        automatic_id="id" not in data,
    )


def _unicode(data: dict[str, Any]) -> None:
    """JSON may escape half of a surrogate pair ("\\ud800"), which is no character: it
    could be neither sent nor written, and would stop the run midway."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        half = f"\\u{ord(str(exc.object)[exc.start]):04x}"
        raise ValueError(
            f"the escape {half} is half of a surrogate pair, not a character; "
            "the row is not valid Unicode text"
        ) from None


def _messages(data: dict[str, Any]) -> Messages:
    prompt, messages = data.get("prompt"), data.get("messages")
    if prompt is None and messages is None:
        unknown = ", ".join(f"'{k}'" for k in data if k not in FIELDS)
        raise ValueError(
            "the row has neither 'prompt' (a string) nor 'messages' (a list)"
            + (f"; it has fields eval does not know: {unknown}" if unknown else "")
        )
    if prompt is not None and messages is not None:
        raise ValueError("give either 'prompt' (a string) or 'messages' (a list), not both")
    if prompt is not None:
        if not isinstance(prompt, str) or not prompt.strip():
            raise ValueError("'prompt' must be a non-empty string")
        return [{"role": "user", "content": prompt}]
    if not isinstance(messages, list) or not messages:
        raise ValueError("'messages' must be a non-empty list")
    for m in messages:
        if isinstance(m, dict) and m.get("role") is not None and m["role"] not in ROLES:
            raise ValueError(
                f"the role {json.dumps(m['role'])} is not allowed here: system, user or assistant"
            )
        if not isinstance(m, dict) or m.get("role") not in ROLES:
            raise ValueError("each message needs a 'role': system, user or assistant")
        if not isinstance(m.get("content"), str):
            raise ValueError("each message needs a 'content' string")
    return [{"role": m["role"], "content": m["content"]} for m in messages]


def _scorer(value: Any, expected: Any) -> dict[str, Any]:
    from minigate.evals.checks import problem
    from minigate.evals.scorers import SCORERS

    spec = {"type": value} if isinstance(value, str) else value
    if not isinstance(spec, dict) or spec.get("type") not in SCORERS:
        raise ValueError(f"'scorer' must be one of {', '.join(SCORERS)} (or an object with 'type')")
    if (why := problem(spec, expected)) is not None:
        raise ValueError(why)
    return dict(spec)


def pick(rows: list[Row], limit: int | None, sample: int | None, seed: int) -> list[Row]:
    """The first ``limit`` rows, or ``sample`` rows drawn with ``seed`` (kept in file order)."""
    if sample is not None and sample < len(rows):
        chosen = set(random.Random(seed).sample(range(len(rows)), sample))
        rows = [r for n, r in enumerate(rows) if n in chosen]
    return rows[:limit] if limit is not None else rows
