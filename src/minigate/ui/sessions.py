"""Dashboard sessions, held in the gateway's memory: the browser keeps only a random id.

The API key a user logged in with stays on the server; the dashboard presents it to the admin
API on the user's behalf, so the API's own checks (admin or not, whose usage) apply unchanged.
A restart logs everyone out, which is the safe way round.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

COOKIE = "mg_session"


@dataclass(slots=True)
class Session:
    id: str
    key: str = field(repr=False)
    admin: bool
    label: str
    csrf: str = field(repr=False)
    last_seen: float

    def csrf_ok(self, presented: str | None) -> bool:
        return bool(presented) and hmac.compare_digest(
            self.csrf.encode(), (presented or "").encode()
        )


class Sessions:
    def __init__(self, idle_timeout_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.idle_timeout_s = idle_timeout_s
        self._clock = clock
        self._open: dict[str, Session] = {}

    def open(self, key: str, *, admin: bool, label: str) -> Session:
        self._expire()
        session = Session(
            id=secrets.token_urlsafe(32),
            key=key,
            admin=admin,
            label=label,
            csrf=secrets.token_urlsafe(32),
            last_seen=self._clock(),
        )
        self._open[session.id] = session
        return session

    def get(self, session_id: str | None) -> Session | None:
        """The live session with this id, its idle clock restarted; None if unknown or idle."""
        session = self._open.get(session_id or "")
        if session is None:
            return None
        now = self._clock()
        if now - session.last_seen > self.idle_timeout_s:
            del self._open[session.id]
            return None
        session.last_seen = now
        return session

    def close(self, session_id: str | None) -> None:
        self._open.pop(session_id or "", None)

    def close_key(self, key: str) -> None:
        """Log out every session of a key the API no longer accepts."""
        for session in [s for s in self._open.values() if s.key == key]:
            del self._open[session.id]

    def _expire(self) -> None:
        cutoff = self._clock() - self.idle_timeout_s
        for session in [s for s in self._open.values() if s.last_seen < cutoff]:
            del self._open[session.id]
