"""The ``minigate`` command line: serve, chat, models, init, keys, usage, cache, audit,
review, router, quantize, lora, eval, batch, worker, ingest, ask, collections, guard.

A command's module imports what that command runs. ``minigate eval`` or ``minigate keys``
imports only its own module, not the server, the engine and every concern besides (about a
second of CPU per command); ``minigate --help`` imports them all to list them.
"""

from __future__ import annotations

import importlib
import sys

import typer

from minigate import collector
from minigate.cli.common import OneLineUsage, option_alias

# name: (module under minigate.cli, its command function or Typer group), in --help's order
COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("serve", "serve"),
    "chat": ("chat", "chat"),
    "models": ("models", "models"),
    "init": ("init", "init"),
    "usage": ("usage", "usage"),
    "quantize": ("quantize", "quantize"),
    "worker": ("batch", "worker"),
    "docs-config": ("docs", "docs_config"),
    "keys": ("keys", "app"),
    "cache": ("cache", "app"),
    "audit": ("audit", "app"),
    "review": ("review", "app"),
    "router": ("router", "app"),
    "eval": ("eval", "app"),
    "batch": ("batch", "app"),
    "ingest": ("ingest", "ingest"),
    "ask": ("ask", "ask"),
    "collections": ("collections", "app"),
    "lora": ("lora", "app"),
    "guard": ("guard", "app"),
}
HIDDEN = {"docs-config"}


def build_app(only: str | None = None) -> typer.Typer:
    """The command line with every command, or with ``only`` that one (what ``main`` runs)."""
    app = typer.Typer(
        name="minigate",
        cls=OneLineUsage,
        help="An OpenAI-compatible gateway for small language models.\n\n"
        "Start with 'minigate serve', then point any OpenAI client at http://127.0.0.1:8080/v1.\n\n"
        "Example: minigate init; minigate serve --config minigate.yaml",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"token_normalize_func": option_alias},
    )
    # A Typer app with one command runs it as the app itself; the callback keeps the command's
    # name a subcommand, as with all of them.
    app.callback()(_no_options)
    for name, (module, attribute) in COMMANDS.items():
        if only is None or name == only:
            target = getattr(importlib.import_module(f"minigate.cli.{module}"), attribute)
            if isinstance(target, typer.Typer):
                app.add_typer(target, name=name)
            else:
                app.command(name, hidden=name in HIDDEN)(target)
    return app


def _no_options() -> None:
    pass


def main() -> None:
    collector.starting()  # the command's imports and start-up (minigate.collector)
    wanted = sys.argv[1] if len(sys.argv) > 1 else None
    try:
        build_app(wanted if wanted in COMMANDS else None)()
    except UnicodeEncodeError as exc:
        # Whatever encodes such an argument first (a query, a request, a URL) fails.
        from minigate.cli.common import not_utf8

        shown = exc.object[max(0, exc.start - 20) : exc.end + 20].encode("utf-8", "replace")
        quoted = f"'{shown.decode()}'"
        typer.echo(f"minigate: {not_utf8(quoted)}", err=True)
        raise SystemExit(2) from None
