"""The human review queue: answers held until a person approves, edits or rejects them."""

from minigate.review.queue import HeldAnswer, Review, ReviewQueue

__all__ = ["HeldAnswer", "Review", "ReviewQueue"]
