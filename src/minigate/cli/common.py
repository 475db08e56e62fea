"""Helpers shared by the CLI commands."""

from __future__ import annotations

from pathlib import Path

import typer

from minigate.config import Settings, load_settings
from minigate.errors import ConfigError

ConfigOption = typer.Option(
    None,
    "--config",
    "-c",
    envvar="MINIGATE_CONFIG",
    help="Config file (default: ./minigate.yaml if present, else the embedded default).",
)


def settings_or_exit(config: Path | None) -> Settings:
    """Load the config; print a clear message and exit 2 when it is invalid."""
    try:
        return load_settings(config)
    except ConfigError as exc:
        typer.echo(f"minigate: {exc}", err=True)
        raise typer.Exit(2) from None
