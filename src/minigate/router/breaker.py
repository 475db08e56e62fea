"""A circuit breaker per model: stop sending to a model that keeps failing, probe it later.

closed ──N consecutive failures──► open ──cool-down over──► half-open (one probe request)
  ▲                                  ▲                           │
  └────────── probe succeeds ────────┼───── probe fails ─────────┘
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import IntEnum

from minigate.router.settings import RouterSettings


class State(IntEnum):
    """The values of the minigate_circuit_state gauge."""

    CLOSED = 0
    OPEN = 1
    HALF_OPEN = 2


class Breaker:
    def __init__(
        self,
        failures: int,
        cooldown_s: float,
        on_change: Callable[[State], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.failures = failures
        self.cooldown_s = cooldown_s
        self.on_change = on_change
        self.clock = clock
        self.state = State.CLOSED
        self.consecutive = 0
        self.opened_at = 0.0

    def allow(self) -> bool:
        """Whether a call may go to the model now; in half-open only the one probe may."""
        if self.state is State.CLOSED:
            return True
        if self.state is State.OPEN and self.clock() - self.opened_at >= self.cooldown_s:
            self._set(State.HALF_OPEN)
            return True
        return False

    def succeeded(self) -> None:
        self.consecutive = 0
        if self.state is not State.CLOSED:
            self._set(State.CLOSED)

    def failed(self) -> None:
        self.consecutive += 1
        if self.state is State.HALF_OPEN or self.consecutive >= self.failures:
            self.opened_at = self.clock()
            self._set(State.OPEN)

    def abandoned(self) -> None:
        """The call was cancelled before it told anything: let the next request probe."""
        if self.state is State.HALF_OPEN:
            self._set(State.OPEN)

    def _set(self, state: State) -> None:
        self.state = state
        self.on_change(state)


class Breakers:
    """The breakers of all models, created on first use."""

    def __init__(self, settings: RouterSettings, on_change: Callable[[str, State], None]) -> None:
        self.settings = settings
        self.on_change = on_change
        self._by_model: dict[str, Breaker] = {}

    def __getitem__(self, model: str) -> Breaker:
        breaker = self._by_model.get(model)
        if breaker is None:
            breaker = self._by_model[model] = Breaker(
                self.settings.breaker_failures,
                self.settings.breaker_cooldown_s,
                lambda state: self.on_change(model, state),
            )
        return breaker
