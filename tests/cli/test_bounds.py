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


# Bounded elsewhere or harmless at any size: chat checks its own (one line, before loading);
# keys create's limits are the key's settings' (32-bit); a count of rows or neighbours is
# clipped to the rows there are.
UNBOUNDED = {
    "chat --max-tokens",
    "chat --temperature",
    "keys create --rpm",
    "keys create --tpm",
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
