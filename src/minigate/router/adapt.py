"""Adapting a router to a new task from a few labelled rows of it.

A router trained on other tasks ranks a new task's prompts no better than chance (docs/eval.md,
the split by task). The realistic remedy is the one a user has at hand: label a few rows of the
new task against both models (``minigate router label``) and train again with them
(``minigate router train BASE.jsonl --adapt NEW.jsonl``). The rows join the training rows as
they are, so every router kind adapts the same way:

- the logistic routers learn the new task's tag, and its prior (the share of its rows that
  needed the strong model) enters through the prior feature, whose weight was learned across
  the other tasks;
- the kNN routers find the new task's labelled prompts among the neighbours of its prompts,
  which sit close together in the embedding space.

Those few rows are also all the user has to choose the threshold on, and a router that was
trained on a row scores it too well (a kNN router finds the row itself). So their scores are
cross-fitted: the rows are dealt into ``folds`` parts, and each part is scored by a router
adapted on the other parts only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

import numpy as np

from minigate.router.training import Row, answers_of

FOLDS = 4


class Scorer(Protocol):
    """What a trained router offers (``RouterArtifact``, ``KnnArtifact``)."""

    @property
    def after_cheap(self) -> bool: ...

    def probabilities(
        self,
        vectors: np.ndarray,
        prompts: Sequence[str] | None = None,
        tasks: Sequence[str | None] | None = None,
        answers: np.ndarray | None = None,
    ) -> np.ndarray: ...


S = TypeVar("S", bound=Scorer)
Fit = Callable[[list[Row], np.ndarray], S]


def p_cheap(model: Scorer, rows: Sequence[Row], vectors: np.ndarray) -> np.ndarray:
    """The router's P(cheap good enough) for labelled rows and their prompts' vectors."""
    answers = answers_of(list(rows)) if model.after_cheap else None
    prompts, tasks = [r.prompt for r in rows], [r.task for r in rows]
    return model.probabilities(vectors, prompts, tasks, answers)


def adapted(
    fit: Fit[S], rows: list[Row], vectors: np.ndarray, adapt: list[Row], adapt_vectors: np.ndarray
) -> S:
    """The router ``fit`` trains on the base rows and the new task's rows together."""
    return fit(rows + adapt, np.vstack([vectors, adapt_vectors]))


def cross_fitted(
    fit: Fit[S],
    rows: list[Row],
    vectors: np.ndarray,
    adapt: list[Row],
    adapt_vectors: np.ndarray,
    folds: int = FOLDS,
) -> np.ndarray:
    """P(cheap good enough) of each ``adapt`` row from a router adapted on the base rows and
    the adapt rows of the other folds (row i is in fold i mod ``folds``): no row is scored by
    a router that saw it."""
    fold = np.arange(len(adapt)) % folds
    result = np.empty(len(adapt))
    for part in range(min(folds, len(adapt))):
        held = fold == part
        kept = [r for r, h in zip(adapt, held, strict=True) if not h]
        model = adapted(fit, rows, vectors, kept, adapt_vectors[~held])
        result[held] = p_cheap(
            model, [r for r, h in zip(adapt, held, strict=True) if h], adapt_vectors[held]
        )
    return result
