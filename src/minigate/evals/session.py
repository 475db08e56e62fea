"""One evaluation from start to files: rows, targets, calls, summary, report."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minigate.evals.dataset import DatasetError, Loaded, Row, pick, read_dataset
from minigate.evals.presets import PREFIX, load_preset
from minigate.evals.report import render
from minigate.evals.runner import Outcome, RunOptions, run
from minigate.evals.summary import summarise
from minigate.evals.targets import Target, unknown

if TYPE_CHECKING:
    from openai import AsyncOpenAI


@dataclass
class Plan:
    dataset: str
    targets: list[Target]
    output: Path
    base_url: str
    api_key: str
    options: RunOptions
    data_dir: Path
    skip_bad: bool = False
    limit: int | None = None
    sample: int | None = None
    seed: int = 0
    timeout_s: float = 300.0
    warn: Callable[[str], None] = field(default=lambda _: None)

    @property
    def results_path(self) -> Path:
        return self.output / "results.jsonl"


def load_rows(plan: Plan) -> list[Row]:
    loaded: Loaded
    if plan.dataset.startswith(PREFIX):
        loaded = load_preset(plan.dataset, plan.data_dir)
    else:
        loaded = read_dataset(Path(plan.dataset), skip_bad=plan.skip_bad)
    for problem in loaded.skipped:
        plan.warn(f"skipped {problem}")
    rows = pick(loaded.rows, plan.limit, plan.sample, plan.seed)
    judged = next((r for r in rows if r.scorer["type"] == "judge"), None)
    if judged is not None and plan.options.judge_model is None:
        raise DatasetError(
            f"{plan.dataset}:{judged.line} is scored by a judge; name one with --judge-model."
        )
    return rows


async def execute(plan: Plan, rows: list[Row], progress: Callable[[], None]) -> dict[str, Any]:
    """Check the targets with the gateway, run, and write summary.json and report.html."""
    from openai import AsyncOpenAI

    if plan.output.exists() and not plan.output.is_dir():
        raise DatasetError(f"{plan.output} is a file; --output names a folder for the results.")
    try:
        plan.output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = f"Cannot make the results folder {plan.output}: {exc.strerror}."
        raise DatasetError(why) from None
    started = datetime.now(UTC)
    async with AsyncOpenAI(
        base_url=plan.base_url, api_key=plan.api_key, max_retries=1, timeout=plan.timeout_s
    ) as client:
        await check_usable(client, plan)
        outcome = await run(client, rows, plan.targets, plan.results_path, plan.options, progress)
    if changed := _changed(outcome, plan.results_path):
        plan.warn(changed)
    ordered = _in_order(outcome.records, rows, plan.targets)
    tasks = {r.task for r in rows}
    meta = {
        "dataset": plan.dataset,
        "task": tasks.pop() if len(tasks) == 1 else None,
        "rows": len(rows),
        "base_url": plan.base_url,
        "stream": plan.options.stream,
        "use_cache": plan.options.use_cache,
        "started_at": started.isoformat(timespec="seconds"),
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    doc = summarise(ordered, [t.name for t in plan.targets], meta)
    (plan.output / "summary.json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    (plan.output / "report.html").write_text(render(doc, ordered), encoding="utf-8")
    return doc


async def check_usable(client: AsyncOpenAI, plan: Plan) -> None:
    """Every target and the judge is a model or route this API key may use. ``/v1/models``
    lists only those; for a name it lacks, retrieving it answers as a chat request would
    (403: the key may not use it; 404: no such model), without a model call to pay for or
    a ledger row."""
    import openai

    served = {m.id async for m in client.models.list()}
    wanted = [(t.model, "Target") for t in plan.targets]
    if plan.options.judge_model:
        wanted.append((plan.options.judge_model, "Judge model"))
    for model, role in wanted:
        if model in served:
            continue
        try:
            await client.models.retrieve(model)
        except openai.PermissionDeniedError as exc:
            said = exc.body.get("message") if isinstance(exc.body, dict) else None
            raise DatasetError(
                f"{role} '{model}' may not be used with this API key"
                + (f': the gateway says "{said}"' if said else ".")
            ) from None
        except openai.NotFoundError:
            raise DatasetError(unknown(model, role, sorted(served))) from None
        served.add(model)  # served, though unlisted (a model:adapter view, say)


def run_plan(plan: Plan, rows: list[Row], progress: Callable[[], None]) -> dict[str, Any]:
    return asyncio.run(execute(plan, rows, progress))


def _changed(outcome: Outcome, results: Path) -> str | None:
    """One line on the records of ``results`` that no longer held for the data, or None."""
    parts = []
    if n := outcome.asked_again:
        parts.append(
            f"{_answers(n, f'in {results} ')}asked again for a changed prompt, template, task "
            "or max_tokens"
        )
    if n := outcome.scored_again:
        parts.append(f"{_answers(n)}scored again for a changed 'expected' or scorer")
    return "; ".join(parts) + " (a new --output keeps runs apart)." if parts else None


def _answers(n: int, where: str = "") -> str:
    return f"{n} answer {where}was " if n == 1 else f"{n} answers {where}were "


def _in_order(
    records: dict[str, dict[str, Any]], rows: list[Row], targets: list[Target]
) -> list[dict[str, Any]]:
    from minigate.evals.records import key_of

    return [
        records[key_of(r.id, t.name)]
        for r in rows
        for t in targets
        if key_of(r.id, t.name) in records
    ]


def failing(doc: dict[str, Any], min_accuracy: float) -> list[str]:
    """The targets whose accuracy is under the gate, each with its figure."""
    return [
        f"{name} ({f['accuracy']:.3f})"
        for name, f in doc["targets"].items()
        if (f["accuracy"] or 0) < min_accuracy
    ]


def run_errors(doc: dict[str, Any]) -> list[str]:
    """One line per target with requests the gateway refused or a judge it could not grade
    (each with the first error); none when every row was answered and scored."""
    lines = []
    for name, f in doc["targets"].items():
        if n := f["errors"]:
            share = "every request" if n == f["n"] else f"{n} of {f['n']} requests"
            lines.append(f"{share} to '{name}' failed; the first: {f['first_error']}")
        if n := f["judge_errors"]:
            lines.append(
                f"the judge could not grade {n} of the {f['n']} answers of '{name}' (kept: a "
                f"rerun asks the judge only); the first: {f['first_judge_error']}"
            )
    return lines
