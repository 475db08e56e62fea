"""Built-in data sets over ``../shared/data`` (see its README for sources and licences),
turned into evaluation rows: ``preset:headlines``, ``preset:gsm8k``, ``preset:squad``,
``preset:cmrc2018``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minigate.evals.dataset import DatasetError, Loaded, Row, json_lines
from minigate.tasks import PRESETS as TASKS

DEFAULT_DATA_DIR = Path("../shared/data")
QA_SYSTEM = "Answer the question from the context, with the shortest span of the context."


def headlines(data: Path) -> list[Row]:
    task = TASKS["headlines"]
    return [
        Row(
            id=f"headlines-{n}",
            line=n,
            messages=task.messages(r),
            expected=r["label"],
            scorer={"type": "choice", "choices": ["up", "down", "neutral", "none"]},
            task="headlines",
            max_tokens=task.max_tokens,
        )
        for n, r in _records(data / "tasks" / "headlines.jsonl")
    ]


def gsm8k(data: Path) -> list[Row]:
    task = TASKS["gsm8k"]
    return [
        Row(
            id=f"gsm8k-{n}",
            line=n,
            messages=task.messages(r),
            expected=r["answer"],
            scorer={"type": "number"},
            task="gsm8k",
            max_tokens=task.max_tokens,
        )
        for n, r in _records(data / "tasks" / "gsm8k.jsonl")
    ]


def document_qa(name: str) -> Callable[[Path], list[Row]]:
    """Questions with their gold paragraph as context; an answer counts when it contains one
    of the reference spans."""

    def rows(data: Path) -> list[Row]:
        corpus = {
            d["doc_id"]: d["text"] for _, d in _records(data / "rag" / f"{name}_corpus.jsonl")
        }
        return [
            Row(
                id=str(q["id"]),
                line=n,
                messages=[
                    {"role": "system", "content": QA_SYSTEM},
                    {
                        "role": "user",
                        "content": f"Context: {corpus.get(q['doc_id'], '')}\n\n"
                        f"Question: {q['question']}",
                    },
                ],
                expected=list(q["answers"]),
                scorer={"type": "contains"},
                task=name,
                max_tokens=32,
            )
            for n, q in _records(data / "rag" / f"{name}_questions.jsonl")
        ]

    return rows


PRESETS: dict[str, Callable[[Path], list[Row]]] = {
    "headlines": headlines,
    "gsm8k": gsm8k,
    "squad": document_qa("squad_sub"),
    "cmrc2018": document_qa("cmrc2018"),
}
PREFIX = "preset:"


def load_preset(spec: str, data: Path) -> Loaded:
    name = spec.removeprefix(PREFIX)
    if name not in PRESETS:
        raise DatasetError(f"Unknown preset '{name}'; presets: {', '.join(PRESETS)}.")
    return Loaded(PRESETS[name](data), [])


def _records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        raise DatasetError(
            f"The preset's data {path} is missing; point --data-dir at the shared data folder."
        )
    return [(n, json.loads(line)) for n, line in json_lines(path)]
