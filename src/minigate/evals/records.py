"""The results file: one JSON record per (row, target) a line, append-only; a key's last
record wins. Each record carries fingerprints of what determined it, so that a rerun knows
which answers and scores still hold:

- ``asked``: what the target was sent (model, messages under the template, max_tokens and the
  task header); when it changed, the answer is stale and the row is asked again;
- ``scored``: what the answer was scored against (expected, the scorer and its options, and a
  judge's model and rubric); when it changed, the kept answer is scored again, for free
  unless a judge grades it. None while the answer waits for its score (a judge that failed).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from minigate.evals.dataset import Row
from minigate.evals.targets import Target


def key_of(row_id: str, target: str) -> str:
    return f"{row_id}\t{target}"


def asked_print(row: Row, target: Target, max_tokens: int) -> str:
    """The fingerprint of the request a target gets for ``row``."""
    return _digest(
        {
            "model": target.model,
            "messages": target.messages(row.messages),
            "max_tokens": row.max_tokens or max_tokens,
            "task": row.task,
        }
    )


def scored_print(row: Row, judge: tuple[str | None, str]) -> str:
    """The fingerprint of what an answer to ``row`` is scored against; ``judge`` is the
    judge model and the default rubric, which only a judge scorer reads."""
    used = judge if row.scorer["type"] == "judge" else None
    return _digest({"expected": row.expected, "scorer": row.scorer, "judge": used})


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_results(path: Path) -> dict[str, dict[str, Any]]:
    """The last record per key; a torn last line (an interrupted write) is ignored."""
    if not path.exists():
        return {}
    records: dict[str, dict[str, Any]] = {}
    # A torn line may end inside a character: it decodes to U+FFFD and fails to parse, alone.
    for line in path.read_bytes().decode("utf-8", errors="replace").split("\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "key" in record:
            records[record["key"]] = record
    return records


class ResultsFile:
    """Append-only; each record is one line, flushed as soon as it is written."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        torn = path.exists() and path.stat().st_size > 0 and not path.read_bytes().endswith(b"\n")
        self._out = path.open("a", encoding="utf-8")
        if torn:
            self._out.write("\n")  # a torn line stays alone, unparsed, instead of gluing on

    def write(self, record: dict[str, Any]) -> None:
        self._out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._out.flush()

    def close(self) -> None:
        self._out.close()
