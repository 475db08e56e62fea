"""`minigate keys`: create, list and disable virtual API keys in the configured store."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import typer
from pydantic import ValidationError
from rich import box
from rich.console import Console
from rich.table import Table

from minigate.audit import key_event, open_audit
from minigate.cli.common import ConfigOption, fail, piped_rows, run_or_exit, settings_or_exit
from minigate.config import Settings
from minigate.identity import models_label
from minigate.ledger.keys import KeySpec, KeyStore, VirtualKey
from minigate.ledger.opening import open_ledger
from minigate.schemas.bounds import INT32_MAX
from minigate.validation import message_of

T = TypeVar("T")
app = typer.Typer(
    help="Manage virtual API keys (stored hashed in the ledger's database).\n\n"
    "Example: minigate keys create --name team-a --budget-usd 5; minigate keys list",
    no_args_is_help=True,
)


@app.command("create")
def create(
    name: str = typer.Option(..., help="A name for the key, e.g. the team or app using it."),
    budget_usd: str | None = typer.Option(None, help="Spending limit in USD, e.g. 5 or 0.25."),
    period: str = typer.Option("month", help="Budget period: day, month or total."),
    rpm: int | None = typer.Option(None, help=f"Requests per minute, 1 to {INT32_MAX}."),
    tpm: int | None = typer.Option(None, help=f"Tokens per minute, 1 to {INT32_MAX}."),
    models: str | None = typer.Option(
        None, help="Comma-separated models the key may use (left out: every model)."
    ),
    admin: bool = typer.Option(False, help="May use the admin API and the whole dashboard."),
    config: Path | None = ConfigOption,
) -> None:
    """Create a key and print its secret (shown this once only).

    Example: minigate keys create --name team-a --budget-usd 5 --period month --rpm 60
    --tpm 20000 --models smollm2-135m-instruct
    """
    settings = settings_or_exit(config)
    try:
        spec = KeySpec(
            name=name,
            budget_usd=budget_usd,
            period=period,
            rpm=rpm,
            tpm=tpm,
            models=_models(models),
            admin=admin,
        )
    except ValidationError as exc:
        fail(_refused_option(exc))
    unknown = sorted(set(spec.models or []) - set(settings.requestable))
    if unknown:
        fail(
            f"Unknown model(s): {', '.join(unknown)}; configured models and routes: "
            f"{', '.join(settings.requestable)}."
        )
    key, secret = _run(settings, lambda store: store.create(spec))
    typer.echo(f"Created key {key.id} ({key.name}). Its secret, shown only now:\n{secret}")


def _refused_option(exc: ValidationError) -> str:
    """One line naming the option a user got wrong, as for any other bad argument:
    'Invalid value for --budget-usd: Input should be a valid decimal.'"""
    first = exc.errors()[0]
    option = "--" + str(first["loc"][0]).replace("_", "-") if first["loc"] else "a key setting"
    message = message_of(first)
    return f"Invalid value for {option}: {message}."


def _models(option: str | None) -> list[str] | None:
    """--models as a list; None (every model) when the option is left out. A value that names
    no model ('', ' , ') is refused: on a command line it is likelier an unset variable than a
    wish, and the dashboard's form reads an empty field as every model, the admin API's []
    as none."""
    if option is None:
        return None
    names = [m.strip() for m in option.split(",") if m.strip()]
    if not names:
        fail(
            f"--models '{option}' names no model. Leave --models out for a key that may use "
            "every model; a key that may use none is made with the admin API "
            '(POST /v1/admin/keys with "models": []).'
        )
    return names


@app.command("list")
def list_keys(config: Path | None = ConfigOption) -> None:
    """List keys (never their secrets): a table on a terminal, tab-separated rows with a
    header line when piped. Ids are always whole: `keys disable` takes one.

    Example: minigate keys list
    """
    keys: list[VirtualKey] = _run(settings_or_exit(config), lambda s: s.list(), writes=False)
    headings = ("id", "name", "prefix", "budget", "rpm", "tpm", "models", "active", "admin")
    rows = (_row(k) for k in keys)
    if piped_rows(headings, rows):
        return
    # Fewer, narrower columns than the rows: 80 columns hold the whole id beside them.
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("id", no_wrap=True, min_width=max((len(k.id) for k in keys), default=2))
    for heading in ("name", "limits", "models"):
        table.add_column(heading, overflow="fold")
    for heading in ("active", "admin"):
        table.add_column(heading, no_wrap=True)
    for k in keys:
        limits = [_budget(k)] if k.budget_usd is not None else []
        limits += [f"{n} {unit}" for n, unit in ((k.rpm, "rpm"), (k.tpm, "tpm")) if n]
        table.add_row(
            k.id,
            f"{k.name}\n{k.prefix}…",
            "\n".join(limits) or "none",
            models_label(k.models),
            _yes(k.active),
            _yes(k.admin),
        )
    Console().print(table)


def _budget(k: VirtualKey) -> str:
    return f"${k.budget_usd}/{k.period}" if k.budget_usd is not None else "-"


def _limit(value: int | None) -> str:
    return str(value) if value else "-"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


@app.command("disable")
def disable(
    key_id: str = typer.Argument(..., help="The key's id (see keys list)."),
    config: Path | None = ConfigOption,
) -> None:
    """Disable a key at once; requests with it get 401.

    Example: minigate keys disable key-3f9a...
    """
    key = _run(settings_or_exit(config), lambda store: store.disable(key_id))
    typer.echo(f"Disabled key {key.id} ({key.name}).")


def _run(settings: Settings, action: Callable[[KeyStore], Awaitable[T]], writes: bool = True) -> T:
    async def go() -> T:
        opened = open_ledger(settings.store.url, settings.ledger, settings.models, writes=writes)
        async with opened as (engine, store, _ledger):
            if not settings.audit.enabled:
                return await action(store)
            async with open_audit(settings, checkpoint_on_close=False, engine=engine) as audit:
                store.on_change = lambda change, key: audit.record(key_event(change, key))
                return await action(store)

    return run_or_exit(go())


def _row(k: VirtualKey) -> tuple[str, ...]:
    """A key as ``keys list`` prints it piped: every field whole, tab-separated."""
    limits = (_budget(k), _limit(k.rpm), _limit(k.tpm))
    return (
        k.id,
        k.name,
        k.prefix + "…",
        *limits,
        models_label(k.models),
        str(k.active),
        str(k.admin),
    )
