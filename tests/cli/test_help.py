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


def _options(command: typer.core.TyperGroup, path: tuple[str, ...] = ()) -> Iterator[str]:
    """'COMMAND --option' for every option --help lists (arguments are named by the usage)."""
    for name, sub in getattr(command, "commands", {}).items():
        if not sub.hidden:
            yield from _options(sub, (*path, name))
    for param in getattr(command, "params", []):
        if param.param_type_name == "option" and not param.hidden:
            yield " ".join((*path, param.opts[0])) + ("" if param.help else "  <no help>")


def test_every_option_says_what_it_does() -> None:
    """Before: quantize --decode-tokens, lora train --batch-size, --lr, --rank and --alpha,
    lora eval --max-tokens and --threads were listed with nothing beside them."""
    listed = list(_options(typer.main.get_command(build_app())))
    assert len(listed) > 100
    assert [o for o in listed if o.endswith("<no help>")] == []
