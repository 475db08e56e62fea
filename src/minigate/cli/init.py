from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import typer

from minigate.cli.common import fail, write_or_exit
from minigate.config import DEFAULT_CONFIG_NAME


def init(
    path: Path = typer.Argument(Path(DEFAULT_CONFIG_NAME), help="Where to write the config."),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite an existing file."),
) -> None:
    """Write a commented example config to start from.

    Example: minigate init && minigate serve --config minigate.yaml
    """
    if path.exists() and not force:
        fail(f"{path} exists already; pass --force to overwrite it.")
    write_or_exit(path, files("minigate").joinpath("example.yaml").read_text(encoding="utf-8"))
    typer.echo(f"Wrote {path}. Edit it, then run: minigate serve --config {path}")
