"""Helpers shared by the CLI commands."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TextIO, TypeVar

import typer

from minigate.config import Settings, load_settings
from minigate.errors import ConfigError, GatewayError

T = TypeVar("T")

ConfigOption = typer.Option(
    None,
    "--config",
    "-c",
    envvar="MINIGATE_CONFIG",
    help="Config file (default: ./minigate.yaml if present, else the embedded default).",
)


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr, then exit ``code``: 2 for a usage or configuration error, 1 for a
    failure at run time (the convention of docs/cli.md)."""
    typer.echo(f"minigate: {message}", err=True)
    raise typer.Exit(code)


def not_utf8(what: str) -> str:
    """Why ``what`` cannot be used: an argument or a line read that was not UTF-8 reaches
    Python with its bytes as lone surrogates, which no request, query or URL can carry."""
    return f"{what} is not UTF-8 text; use a UTF-8 terminal (e.g. LANG=C.UTF-8)."


def settings_or_exit(config: Path | None) -> Settings:
    """Load the config; print a clear message and exit 2 when it is invalid."""
    try:
        return load_settings(config)
    except ConfigError as exc:
        fail(str(exc))


def run_or_exit(call: Coroutine[Any, Any, T]) -> T:
    """Run ``call``: a configuration problem it meets (a store.url that cannot be opened, an
    audit key in the wrong place) exits 2; a failure at run time (GatewayError: an id that
    is not there, a store that is down) exits 1; each is one line."""
    try:
        return asyncio.run(call)
    except ConfigError as exc:
        fail(str(exc))
    except GatewayError as exc:
        fail(exc.message, code=1)


@contextmanager
def output_or_exit(path: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """``path`` open for writing; a folder that does not exist (or any OSError) is one line on
    stderr and exit 1."""
    try:
        out = path.open("w", encoding=encoding)
    except OSError as exc:
        typer.echo(f"minigate: cannot write {path}: {exc.strerror}.", err=True)
        raise typer.Exit(1) from None
    with out:
        yield out


def write_or_exit(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path``, as ``output_or_exit`` opens it."""
    with output_or_exit(path, encoding) as out:
        out.write(text)


def or_exit(work: Callable[[], T]) -> T:
    """Run ``work``; bad input or an unreachable gateway is one line on stderr and exit 1."""
    import openai

    try:
        return work()
    except ConfigError as exc:
        typer.echo(f"minigate: {exc}", err=True)
    except openai.APIConnectionError as exc:
        reason = str(exc).rstrip(".")
        typer.echo(f"minigate: cannot reach the gateway: {reason}. Is it running?", err=True)
    except openai.APIStatusError as exc:
        typer.echo(f"minigate: the gateway answered {exc.status_code}: {exc.message}", err=True)
    except openai.APIError as exc:
        typer.echo(f"minigate: the gateway failed: {exc.message}", err=True)
    raise typer.Exit(1)
