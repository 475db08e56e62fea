"""Lazy re-exports for a package's ``__init__``.

A package re-exports its main names (``from minigate.audit import open_audit``), yet
importing one light module of it (``minigate.audit.settings``, which ``minigate.config``
composes) runs the package's ``__init__`` first. Eager re-exports there would make every
settings import pay for SQLAlchemy, llama.cpp and the rest: 1.5 s of CPU for each CLI command
and gateway process. So an ``__init__`` names its exports under ``TYPE_CHECKING`` (for mypy and
import-linter) and imports each one on first use through the ``__getattr__`` built here.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping


def lazy_exports(package: str, exports: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package``: ``exports`` maps a name to the submodule
    (relative to ``package``) that defines it; the name is imported once, then cached."""

    def __getattr__(name: str) -> object:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
