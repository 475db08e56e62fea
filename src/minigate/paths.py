"""Where minigate keeps what it makes once and reuses: exported ONNX graphs, dequantized
LoRA bases.

``$MINIGATE_CACHE_DIR`` names that folder. It cannot be ``$MINIGATE_CACHE``: the settings read
every ``MINIGATE_<SECTION>`` variable as a whole config section, and ``cache`` is the
response cache's section.
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_DIR_ENV = "MINIGATE_CACHE_DIR"


def cache_root() -> Path:
    """``$MINIGATE_CACHE_DIR``, else ``minigate`` in ``$XDG_CACHE_HOME`` or ``~/.cache``."""
    if own := os.environ.get(CACHE_DIR_ENV):
        return Path(own)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "minigate"
