"""Counts in messages: ``1 line``, ``2 lines``. A neutral helper (no minigate imports), for
the layers that may not import each other's."""

from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``1 line``, ``4 lines``, ``1,024 entries`` (``plural`` for irregular ones)."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"
