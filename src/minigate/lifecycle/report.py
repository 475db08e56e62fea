"""Measure what quantization costs: size, load time, speed, perplexity and task accuracy."""

from __future__ import annotations

import hashlib
import json
import math
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError, JobFailed
from minigate.gguf import read_gguf
from minigate.lifecycle.quantize import FTYPE_NAMES
from minigate.paths import read_text

N_CTX = 1024  # the context every variant is loaded with
# A held text for perplexity: plain expository English, written for this report (no data set).
HELD_TEXT = (
    "The river rises in the hills north of the town and runs south through farmland before it "
    "reaches the sea. In spring, melting snow swells it, and the old stone bridge near the "
    "market has flooded twice in the last century. Farmers along its banks grow wheat, barley "
    "and potatoes, and many keep a few cows for milk. The town itself grew up around a mill "
    "that ground the valley's grain; the mill closed long ago, but its wheel still turns for "
    "visitors on summer weekends. A railway line opened in the nineteenth century and brought "
    "trade, tourists and new houses. Today most people work in the shops, the school, the small "
    "hospital or the offices of the regional water company, and the population is slowly "
    "growing as families move out from the city in search of cheaper homes and quieter streets."
)
# A small built-in task set (question, expected substring), until an eval preset is given.
BUILTIN_TASKS: list[tuple[str, str]] = [
    ("What is the capital of France? Answer with one word.", "paris"),
    ("What is the capital of Japan? Answer with one word.", "tokyo"),
    ("What is the capital of Italy? Answer with one word.", "rome"),
    ("What is the capital of Germany? Answer with one word.", "berlin"),
    ("What colour is the sky on a clear day? Answer with one word.", "blue"),
    ("What colour is grass? Answer with one word.", "green"),
    ("How many days are in a week? Answer with a number.", "7"),
    ("How many legs does a spider have? Answer with a number.", "8"),
    ("What is 2 + 3? Answer with a number.", "5"),
    ("What is 10 - 4? Answer with a number.", "6"),
    ("Which animal says 'moo'? Answer with one word.", "cow"),
    ("What is frozen water called? Answer with one word.", "ice"),
]


@dataclass
class VariantReport:
    """The measured figures of one model file."""

    name: str
    path: str
    file_type: str
    size_bytes: int
    load_s: float
    prefill_tok_s: float
    decode_tok_s: float
    perplexity: float
    task_accuracy: float
    task_rows: int

    def row(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ReportSettings:
    """What every variant is measured with; the report records it, so that its figures can
    be measured again and compared (``text_file``, ``tasks_file``: None for the built-in)."""

    threads: int
    decode_tokens: int = 64
    held_text: str = HELD_TEXT
    tasks: tuple[tuple[str, str], ...] = tuple(BUILTIN_TASKS)
    text_file: str | None = None
    tasks_file: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "threads": self.threads,
            "decode_tokens": self.decode_tokens,
            "n_ctx": N_CTX,
            "text": self.text_file or "built-in",
            "text_sha256": hashlib.sha256(self.held_text.encode()).hexdigest(),
            "text_chars": len(self.held_text),
            "tasks": self.tasks_file or "built-in",
            "task_rows": len(self.tasks),
        }


def measure(
    name: str, path: Path, settings: ReportSettings, *, made: bool = False
) -> VariantReport:
    """Load ``path`` and measure it; every figure comes from this one file. ``made``: the
    file is one the command wrote (a quantized output), so a load that fails is a failure at
    run time (JobFailed), not a bad input (ConfigError)."""
    info = read_gguf(path)
    kwargs: dict[str, Any] = {"n_ctx": N_CTX, "n_threads": settings.threads, "verbose": False}
    started = time.perf_counter()
    llm = load(path, made=made, **kwargs)
    load_s = time.perf_counter() - started
    try:
        prefill = _prefill_rate(llm, settings.held_text)
        decode = _decode_rate(llm, settings.decode_tokens)
        accuracy = _task_accuracy(llm, settings.tasks)
    finally:
        llm.close()
    scorer = load(path, made=made, logits_all=True, **kwargs)
    try:
        ppl = perplexity(scorer, settings.held_text)
    finally:
        scorer.close()
    return VariantReport(
        name=name,
        path=str(path),
        file_type=FTYPE_NAMES.get(info.file_type or -1, str(info.file_type)),
        size_bytes=path.stat().st_size,
        load_s=round(load_s, 3),
        prefill_tok_s=round(prefill, 1),
        decode_tok_s=round(decode, 1),
        perplexity=round(ppl, 3),
        task_accuracy=round(accuracy, 4),
        task_rows=len(settings.tasks),
    )


def load(path: Path, made: bool = False, **kwargs: Any) -> Any:
    """A ``llama_cpp.Llama`` for ``path``; a file llama.cpp cannot load fails with one line:
    a ConfigError for an input file, a JobFailed for one the command wrote (``made``, which
    is removed)."""
    import llama_cpp

    try:
        return llama_cpp.Llama(model_path=str(path), **kwargs)
    except ValueError:
        if made:  # no config may point at a model that does not load: it goes, as a partial does
            path.unlink(missing_ok=True)
            raise JobFailed(
                f"llama.cpp could not load '{path}', which it had just written; the file was "
                "removed. Try another type."
            ) from None
        raise ConfigError(f"llama.cpp could not load '{path}'; is it a complete model?") from None


def _prefill_rate(llm: Any, text: str) -> float:
    tokens = llm.tokenize(text.encode())
    llm.reset()
    started = time.perf_counter()
    llm.eval(tokens)
    return len(tokens) / (time.perf_counter() - started)


def _decode_rate(llm: Any, n_tokens: int) -> float:
    """Tokens per second after the first token, greedy, on a short prompt."""
    llm.reset()
    stamps: list[float] = []
    stream = llm.create_completion(
        "Once upon a time", max_tokens=n_tokens, temperature=0.0, stream=True
    )
    for _ in stream:
        stamps.append(time.perf_counter())
    if len(stamps) < 2:
        return 0.0
    return (len(stamps) - 1) / (stamps[-1] - stamps[0])


def _task_accuracy(llm: Any, tasks: tuple[tuple[str, str], ...]) -> float:
    if not tasks:
        return 0.0
    right = 0
    for question, expected in tasks:
        llm.reset()
        reply = llm.create_chat_completion(
            messages=[{"role": "user", "content": question}], max_tokens=12, temperature=0.0
        )
        right += expected in str(reply["choices"][0]["message"]["content"] or "").lower()
    return right / len(tasks)


def perplexity(llm: Any, text: str) -> float:
    """exp of the mean negative log-likelihood of each token of ``text`` given those before."""
    tokens = llm.tokenize(text.encode())
    if len(tokens) < 2:
        raise ConfigError("The held text for perplexity needs at least two tokens.")
    tokens = tokens[: llm.n_ctx()]
    llm.reset()
    llm.eval(tokens)
    logits = np.asarray(llm.scores[: len(tokens) - 1], dtype=np.float64)
    peak = logits.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(logits - peak).sum(axis=1)) + peak[:, 0]
    picked = logits[np.arange(len(tokens) - 1), tokens[1:]]
    return float(math.exp(float(np.mean(log_norm - picked))))


def write_report(rows: list[VariantReport], out_dir: Path, settings: ReportSettings) -> Path:
    path = out_dir / "quantize-report.json"
    report = {"settings": settings.as_json(), "variants": [r.row() for r in rows]}
    path.write_text(json.dumps(report, indent=2) + "\n")
    return path


def read_tasks(path: Path) -> tuple[tuple[str, str], ...]:
    """JSONL rows ``{"prompt": ..., "answer": ...}``, scored by the answer being contained."""
    tasks = []
    for number, line in enumerate(read_text(path, "task file").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            tasks.append((str(row["prompt"]), str(row["answer"]).lower()))
        except (ValueError, KeyError, TypeError):
            raise ConfigError(
                f"{path}:{number}: expected a JSON object with 'prompt' and 'answer'."
            ) from None
    if not tasks:
        raise ConfigError(f"{path} has no task rows.")
    return tuple(tasks)
