"""The garbage collector while a ``minigate`` process starts.

A command's start-up (its imports, the config, for ``minigate serve`` the app and the guard's
patterns compiled at start) allocates about a million objects, nearly all of which live as long
as the process. With the interpreter's default threshold (700) the collector ran some 630
young, 58 middle and 5 full collections during a gateway's start, each walking the objects made
so far: about 0.45 s of a 3 s start on one core, and 0.1-0.2 s of a CLI command. ``starting``
collects the youngest generation after 10,000 net allocations instead (the older generations
keep their ratios, so they too run less often); cyclic garbage is still collected, in fewer,
larger passes. ``started`` puts the threshold back; a serving app calls it before it tunes the
collector for serving (server.app.tuned_collector), and the other commands keep the start-up
threshold until they exit.

Measured, a gateway with one loopback upstream, imports and lifespan start-up on one core
(three runs each, a loaded machine): 2.9-3.7 s with the default threshold, 2.1-2.7 s with
this one.
"""

from __future__ import annotations

import gc

STARTUP_THRESHOLD = 10_000


class _Startup:
    def __init__(self) -> None:
        self.saved: tuple[int, int, int] | None = None

    def starting(self) -> None:
        if self.saved is None:
            self.saved = gc.get_threshold()
            gc.set_threshold(max(self.saved[0], STARTUP_THRESHOLD), *self.saved[1:])

    def started(self) -> None:
        if self.saved is not None:
            gc.set_threshold(*self.saved)
            self.saved = None


_STARTUP = _Startup()


def starting() -> None:
    """Collect less often while the process starts (until ``started``)."""
    _STARTUP.starting()


def started() -> None:
    """Put back the threshold ``starting`` found; does nothing when it was not called."""
    _STARTUP.started()
