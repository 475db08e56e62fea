"""Where minigate keeps what it makes once and reuses: exported ONNX graphs, dequantized
LoRA bases.

``$MINIGATE_CACHE_DIR`` names that folder. It cannot be ``$MINIGATE_CACHE``: the settings read
every ``MINIGATE_<SECTION>`` variable as a whole config section, and ``cache`` is the
response cache's section.
"""

from __future__ import annotations

import os
from pathlib import Path

from minigate.errors import ConfigError

CACHE_DIR_ENV = "MINIGATE_CACHE_DIR"


def cache_root() -> Path:
    """``$MINIGATE_CACHE_DIR``, else ``minigate`` in ``$XDG_CACHE_HOME`` or ``~/.cache``."""
    if own := os.environ.get(CACHE_DIR_ENV):
        return Path(own)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "minigate"


def read_text(path: Path, what: str, error: type[ConfigError] = ConfigError) -> str:
    """A text file a user named (``what`` says which, e.g. "config file"); one that cannot be
    read, or is not UTF-8, is an ``error`` (a ConfigError) saying so, never a traceback."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise error(f"Cannot read {what} {path}: {exc.strerror}.") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"The {what} {path} is not UTF-8 text (line {line}); save it as UTF-8."
        raise error(message) from None
