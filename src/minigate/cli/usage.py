"""`minigate usage`: what traffic cost, by key, model or day, and what it saved."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from minigate.cli.common import ConfigOption, fail, piped_rows, run_or_exit, settings_or_exit
from minigate.ledger import reports
from minigate.ledger.opening import open_ledger


def usage(
    by: str = typer.Option("model", help="Group by key, model or day."),
    since: str | None = typer.Option(None, help="First day to include, YYYY-MM-DD."),
    savings: bool = typer.Option(False, help="Also compare with the baseline model's cost."),
    config: Path | None = ConfigOption,
) -> None:
    """Report requests, tokens and cost from the ledger: a table on a terminal, tab-separated
    rows with a header line when piped.

    Example: minigate usage --by day --since 2026-11-01 --savings
    """
    settings = settings_or_exit(config)
    if by not in ("key", "model", "day"):
        fail("--by must be key, model or day.")
    try:
        first = datetime.strptime(since, "%Y-%m-%d").date() if since else None
    except ValueError:
        fail(f"--since '{since}' is not a date like 2026-11-01.")

    async def collect() -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
        opened = open_ledger(settings.store.url, settings.ledger, settings.models, writes=False)
        async with opened as (engine, _, ledger):
            name = settings.ledger.baseline_model
            baseline = ledger.price(name)
            rows = await reports.usage(engine, by, baseline, first)  # type: ignore[arg-type]
            saved = await reports.savings(engine, name, baseline, first) if savings else None
            return rows, saved

    rows, saved = run_or_exit(collect())
    _print(by, rows, first, settings.ledger.baseline_model)
    if saved is not None:
        typer.echo(
            f"Cost {saved['cost_usd']} USD; on {saved['baseline_model']} the same traffic "
            f"would have cost {saved['baseline_cost_usd']} USD: saved {saved['saved_usd']} USD "
            f"({saved['saved_percent']}%)."
        )


def _print(by: str, rows: list[dict[str, Any]], since: date | None, baseline: str) -> None:
    """A table on a terminal; tab-separated rows with a header line when piped (as ``keys
    list``), where a table folds figures over lines at the pipe's assumed 80 columns."""
    names = by == "key"
    headings = [by, *(["name"] if names else []), "requests", "prompt tokens"]
    headings += ["completion tokens", "cost USD", f"saved vs {baseline} USD", "saved by cache USD"]
    cells = [
        [
            _text(r[by]),
            *([str(r["name"] or "")] if names else []),
            str(r["requests"]),
            str(r["prompt_tokens"]),
            str(r["completion_tokens"]),
            r["cost_usd"],
            r["saved_usd"],
            r["cache_saved_usd"],
        ]
        for r in rows
    ]
    if piped_rows(headings, cells):
        return
    table = Table(title=f"Usage since {since}" if since else "Usage")
    # Ids are shown whole, on one line (the other columns fold when the terminal is narrow): a
    # truncated id names nothing, and one folded over lines cannot be copied.
    widest = max((len(_text(r[by])) for r in rows), default=len(by))
    table.add_column(by, no_wrap=True, min_width=widest)
    for heading in headings[1:]:
        table.add_column(heading, overflow="fold")
    for line in cells:
        table.add_row(*line)
    Console().print(table)


def _text(group: object) -> str:
    """A group's name as a cell: ``-`` for none (the model of a request refused before any
    model call, the key of one sent without a key), as ``keys list`` shows an empty value;
    not Python's ``None``, which a reader of the piped rows would take for a model's name."""
    return "-" if group is None else str(group)
