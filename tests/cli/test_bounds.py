"""Numeric options have upper bounds: a huge value is refused, naming the option, before
anything loads, not run for days or overflowed into a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

from minigate.cli import build_app
from tests.cli.test_cli import minigate

HUGE = str(10**20)

# An input that is not there: the option must be refused before the command reads it.
REFUSED = [
    (["lora", "train", "rows.jsonl", "-o", "a.gguf", "--steps", HUGE], "--steps"),
    (["lora", "train", "rows.jsonl", "-o", "a.gguf", "--seed", str(2**64)], "--seed"),
    (["lora", "train", "rows.jsonl", "-o", "a.gguf", "--lr", "inf"], "--lr"),
    (["lora", "eval", "rows.jsonl", "-a", "a.gguf", "--scale", "nan"], "--scale"),
    (["quantize", "missing.gguf", "--threads", HUGE], "--threads"),
    (["eval", "run", "rows.jsonl", "-t", "m", "--timeout", "1e300"], "--timeout"),
    (["batch", "list", "--limit", "0"], "--limit"),
]


@pytest.mark.parametrize(("args", "option"), REFUSED, ids=[o for _, o in REFUSED])
def test_a_value_out_of_bounds_is_refused_naming_the_option(
    tmp_path: Path, args: list[str], option: str
) -> None:
    """Before, each was accepted: --steps 10^20 trained until stopped, --seed 2^64 overflowed
    torch.manual_seed after the base model was dequantized, --lr inf and --scale nan ran."""
    result = minigate(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert f"Invalid value for '{option}'" in result.stderr
    assert "Traceback" not in result.stderr


def _options(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, Any]]:
    for name, sub in getattr(command, "commands", {}).items():
        yield from _options(sub, (*path, name))
    for param in getattr(command, "params", []):
        yield " ".join((*path, param.opts[0])), param


# Bounded by the command itself, not by click: chat checks its own (one line, before loading);
# keys create's limits are the key's settings' (32-bit). Their --help says the bounds.
BOUNDED_BY_THE_COMMAND = {
    "chat --max-tokens": "1 to 2147483647",
    "chat --temperature": "0 to 2",
    "keys create --rpm": "1 to 2147483647",
    "keys create --tpm": "1 to 2147483647",
}
# Harmless at any size, or bounded by the command: a count of rows or neighbours is clipped
# to the rows there are.
UNBOUNDED = {
    *BOUNDED_BY_THE_COMMAND,
    "router train --k",
    "router label --limit",
    "eval run --limit",
    "eval run --sample",
    "lora eval --limit",
}


def test_every_numeric_option_has_an_upper_bound() -> None:
    """Before: 23 numeric options had none (--steps, every --seed and --threads, --timeout,
    --lr, --scale, ...)."""
    command = typer.main.get_command(build_app())
    numeric = {
        name: param
        for name, param in _options(command)
        if param.type_descriptor.annotation in (int, float)
    }
    assert set(numeric) >= UNBOUNDED
    missing = [n for n, p in numeric.items() if n not in UNBOUNDED and p.max is None]
    assert missing == []


def test_an_option_the_command_bounds_itself_says_its_bounds_in_its_help() -> None:
    """docs/cli.md: a number past its option's bounds, which --help shows. Before, chat's
    --max-tokens and --temperature and keys create's --rpm and --tpm were refused past them
    and their --help named none."""
    options = dict(_options(typer.main.get_command(build_app())))
    unsaid = [n for n, said in BOUNDED_BY_THE_COMMAND.items() if said not in options[n].help]
    assert unsaid == []
