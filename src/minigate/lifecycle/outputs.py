"""Where a lifecycle command may write: never over its own input, never over a file by chance.

An outside probe wrote a trained adapter over the base model it was trained from
(``--base m.gguf -o m.gguf``) and over an unrelated file, without a word; ``quantize`` did the
same to a file that had its output's name. ``minigate init`` already refused an existing file
without ``--force``; these commands now do the same.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from minigate.errors import ConfigError


def is_input(out: Path, inputs: Iterable[Path]) -> Path | None:
    """The input that ``out`` is, by any path to it (a symlink, a hard link), or None."""
    if not out.exists():
        return None
    return next((p for p in inputs if p.exists() and os.path.samefile(out, p)), None)


def check_output(out: Path, inputs: Iterable[Path], *, force: bool) -> None:
    """Refuse ``out`` when it is one of ``inputs`` (even with ``force``: the input would be
    gone before it was read), or when it exists and ``force`` is off."""
    if (source := is_input(out, inputs)) is not None:
        raise ConfigError(
            f"The output '{out}' is the input '{source}'; writing it would destroy the input. "
            "Choose another output."
        )
    if out.exists() and not force:
        raise ConfigError(f"{out} exists already; pass --force to overwrite it.")
