"""The human review queue: answers held until a person approves, edits or rejects them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigate.lazy import lazy_exports

if TYPE_CHECKING:
    from minigate.review.queue import HeldAnswer, Review, ReviewQueue

__all__ = ["HeldAnswer", "Review", "ReviewQueue"]

__getattr__ = lazy_exports(
    __name__,
    {
        "HeldAnswer": "queue",
        "Review": "queue",
        "ReviewQueue": "queue",
    },
)
