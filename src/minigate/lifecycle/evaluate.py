"""``lora eval``: the base model and the base with its adapter, on the same held-out rows.

Answers come from llama.cpp at temperature 0, through the GGUF's own chat template, as the
server would give them. An answer counts when it begins with the expected text (case,
punctuation and spacing aside), so "Up." matches "up" but "upward" does not.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minigate.errors import ConfigError
from minigate.gguf import check_adapter, read_gguf
from minigate.lifecycle.data import Example


@dataclass
class Score:
    """How one model (with or without an adapter) did on the rows."""

    name: str
    rows: int = 0
    correct: int = 0
    seconds: float = 0.0
    completion_tokens: int = 0
    answers: list[str] = field(default_factory=list, repr=False)

    @property
    def accuracy(self) -> float:
        return self.correct / self.rows if self.rows else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "rows": self.rows,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "seconds": round(self.seconds, 2),
            "seconds_per_row": round(self.seconds / max(1, self.rows), 3),
            "completion_tokens": self.completion_tokens,
        }


def normal(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def matches(answer: str, expected: str) -> bool:
    got, want = normal(answer), normal(expected)
    return bool(want) and (got == want or got.startswith(want + " "))


def score(
    name: str,
    model: Path,
    rows: list[Example],
    *,
    adapter: Path | None = None,
    scale: float = 1.0,
    threads: int = 2,
    max_tokens: int = 32,
    advance: Callable[[int], None] | None = None,
) -> Score:
    """Answer every row with ``model`` (plus ``adapter``) and count the right answers;
    ``advance(1)`` is called after each row (a progress bar's)."""
    llm = open_model(model, adapter, scale, threads)
    result = Score(name)
    try:
        for row in rows:
            began = time.perf_counter()
            out = llm.create_chat_completion(
                messages=row.messages, temperature=0.0, max_tokens=max_tokens, seed=0
            )
            result.seconds += time.perf_counter() - began
            answer = out["choices"][0]["message"]["content"] or ""
            result.rows += 1
            result.correct += matches(answer, row.completion)
            result.completion_tokens += out["usage"]["completion_tokens"]
            result.answers.append(answer)
            if advance is not None:
                advance(1)
    finally:
        llm.close()
    return result


def open_model(model: Path, adapter: Path | None, scale: float, threads: int) -> Any:
    """A llama.cpp model, the adapter checked against it before either is loaded."""
    from llama_cpp import Llama

    info = read_gguf(model, tensors=adapter is not None)
    if adapter is not None:
        check_adapter(info, read_gguf(adapter, tensors=True))
    try:
        return Llama(
            model_path=str(model),
            lora_path=str(adapter) if adapter else None,
            lora_scale=scale,
            n_ctx=2048,
            n_threads=threads,
            n_threads_batch=threads,
            verbose=False,
        )
    except (ValueError, RuntimeError) as exc:
        raise ConfigError(f"llama.cpp could not load '{model}': {exc}") from None
