"""Every command's --help shows an example (docs/cli.md's habit), the group's too."""

from __future__ import annotations

from collections.abc import Iterator

import typer
from typer.testing import CliRunner

from minigate.cli import build_app


def _commands(command: object, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The paths of ``command`` and of every command under it that --help lists."""
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        if not sub.hidden:
            yield from _commands(sub, (*path, name))


def test_every_help_shows_an_example() -> None:
    """Before: 'minigate', 'keys', 'lora' and 'lora eval' had none. In-process: a process per
    command (about forty) would cost a minute for text the same code prints."""
    app = build_app()
    runner = CliRunner()
    paths = list(_commands(typer.main.get_command(app)))
    assert len(paths) > 30
    missing = []
    for path in paths:
        shown = runner.invoke(app, [*path, "--help"], prog_name="minigate")
        assert shown.exit_code == 0, (path, shown.output)
        if "Example" not in shown.output or "minigate " not in shown.output.split("Example")[1]:
            missing.append(" ".join(("minigate", *path)))
    assert missing == [], missing
