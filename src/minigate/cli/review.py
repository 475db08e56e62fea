"""``minigate review``: the human review queue, straight from the configured store."""

from __future__ import annotations

import json
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from minigate.audit import open_audit, review_event
from minigate.cli.common import ConfigOption, fail, run_or_exit, settings_or_exit
from minigate.review import Review, ReviewQueue
from minigate.store import open_store

T = TypeVar("T")
app = typer.Typer(
    help="Answers held for human review: list them, show one, approve (or edit) or reject.\n\n"
    "Example: minigate review approve rev_abc123 --reviewer alice",
    no_args_is_help=True,
)
ReviewerOption = typer.Option(
    os.environ.get("USER", ""),
    "--reviewer",
    "-r",
    help="Who decides (recorded with the decision); default: $USER.",
)


def _run(
    config: Path | None, work: Callable[[ReviewQueue], Awaitable[T]], writes: bool = True
) -> T:
    settings = settings_or_exit(config)

    async def run() -> T:
        engine = await open_store(settings.store.url, writes=writes)
        try:
            queue = ReviewQueue(engine)
            if not settings.audit.enabled:
                return await work(queue)
            async with open_audit(settings, checkpoint_on_close=False, engine=engine) as audit:
                queue.on_decision = lambda review: audit.record(review_event(review))
                return await work(queue)
        finally:
            await engine.dispose()

    return run_or_exit(run())


def _print(value: Any) -> None:
    typer.echo(json.dumps(value, indent=2, ensure_ascii=False))


@app.command("list")
def list_reviews(
    status: str = typer.Option("pending", help="pending, approved, rejected or all."),
    config: Path | None = ConfigOption,
) -> None:
    """List held answers (pending ones by default), oldest first, as JSON lines.

    Example: minigate review list --status all
    """
    if status not in ("pending", "approved", "rejected", "all"):
        fail("--status must be pending, approved, rejected or all.")

    async def work(queue: ReviewQueue) -> list[Review]:
        return await queue.find(None if status == "all" else status)  # type: ignore[arg-type]

    for review in _run(config, work, writes=False):
        summary = review.public(with_prompt=False)
        typer.echo(json.dumps({k: summary[k] for k in ("id", "status", "route", "reasons")}))


@app.command()
def show(review_id: str, config: Path | None = ConfigOption) -> None:
    """Show one held answer with its prompt, reasons and decision.

    Example: minigate review show rev_abc123
    """

    async def work(queue: ReviewQueue) -> Review:
        return await queue.get(review_id)

    _print(_run(config, work, writes=False).public())


@app.command()
def approve(
    review_id: str,
    reviewer: str = ReviewerOption,
    answer: list[str] | None = typer.Option(
        None,
        help="Release this text instead (an edit); once per choice, in order, for an answer "
        "of several. An answer with tool calls cannot be edited.",
    ),
    note: str = typer.Option("", help="Why, for the record."),
    config: Path | None = ConfigOption,
) -> None:
    """Release a held answer to its client, as it is or edited with --answer.

    Example: minigate review approve rev_abc123 --reviewer alice --answer "Corrected text"
    """
    _require(reviewer)

    async def work(queue: ReviewQueue) -> Review:
        edited = list(answer) if answer else None
        return await queue.approve(review_id, reviewer, edited, note)

    _print(_run(config, work).public(with_prompt=False))


@app.command()
def reject(
    review_id: str,
    reviewer: str = ReviewerOption,
    note: str = typer.Option("", help="Why, for the record."),
    config: Path | None = ConfigOption,
) -> None:
    """Reject a held answer: its client is told that a reviewer rejected it.

    Example: minigate review reject rev_abc123 --reviewer alice --note "medical advice"
    """
    _require(reviewer)

    async def work(queue: ReviewQueue) -> Review:
        return await queue.reject(review_id, reviewer, note)

    _print(_run(config, work).public(with_prompt=False))


def _require(reviewer: str) -> None:
    if not reviewer.strip():
        fail("say who decides with --reviewer NAME.")
