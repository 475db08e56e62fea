"""Dashboard sessions: the browser keeps only a random id; the rest stays on the server.

The API key a user logged in with stays on the server; the dashboard presents it to the admin
API on the user's behalf, so the API's own checks (admin or not, whose usage) apply unchanged.

By default (``ui.sessions: store``) sessions live in the store, so that every gateway sharing
it knows every login: a row is found by the SHA-256 of the cookie's id and holds the key
sealed (AES-GCM) under a key derived from that id, so the store alone yields neither a cookie
nor an API key. ``memory`` keeps them in this process (a restart logs everyone out).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.store.schema import ui_sessions

COOKIE = "mg_session"
Clock = Callable[[], float]


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


def _new(key: str, admin: bool, label: str, now: float) -> Session:
    token = secrets.token_urlsafe(32)
    return Session(token, key, admin, label, secrets.token_urlsafe(32), now)


class Sessions:
    """Sessions in this process's memory."""

    def __init__(self, idle_timeout_s: float, clock: Clock = time.time) -> None:
        self.idle_timeout_s = idle_timeout_s
        self._clock = clock
        self._open: dict[str, Session] = {}

    async def open(self, key: str, *, admin: bool, label: str) -> Session:
        now = self._clock()
        for old in [s for s in self._open.values() if now - s.last_seen > self.idle_timeout_s]:
            del self._open[old.id]
        session = _new(key, admin, label, now)
        self._open[session.id] = session
        return session

    async def get(self, session_id: str | None) -> Session | None:
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

    async def close(self, session_id: str | None) -> None:
        self._open.pop(session_id or "", None)


class StoredSessions:
    """Sessions in the store, shared by every gateway using it.

    A page load reads its session's row; the row's idle clock is written at most once per
    ``touch_s`` (a tenth of the timeout, at most a minute), so a session ends after between
    ``idle_timeout_s`` and ``idle_timeout_s + touch_s`` unused."""

    def __init__(self, engine: AsyncEngine, idle_timeout_s: float, clock: Clock = time.time):
        self.engine = engine
        self.idle_timeout_s = idle_timeout_s
        self.touch_s = min(60.0, idle_timeout_s / 10)
        self._clock = clock

    async def open(self, key: str, *, admin: bool, label: str) -> Session:
        now = self._clock()
        session = _new(key, admin, label, now)
        row = {
            "id": _row_id(session.id),
            "sealed_key": _seal(session.id, key),
            "admin": admin,
            "label": label,
            "csrf": session.csrf,
            "last_seen": now,
        }
        async with self.engine.begin() as conn:
            cutoff = now - self.idle_timeout_s - self.touch_s
            await conn.execute(delete(ui_sessions).where(ui_sessions.c.last_seen < cutoff))
            await conn.execute(insert(ui_sessions).values(row))
        return session

    async def get(self, session_id: str | None) -> Session | None:
        if not session_id:
            return None
        row_id, c = _row_id(session_id), ui_sessions.c
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(ui_sessions).where(c.id == row_id))).first()
        if row is None:
            return None
        now = self._clock()
        if now - row.last_seen > self.idle_timeout_s + self.touch_s:
            await self.close(session_id)
            return None
        key = _unseal(session_id, row.sealed_key)
        if key is None:
            return None
        if now - row.last_seen > self.touch_s:
            async with self.engine.begin() as conn:
                await conn.execute(update(ui_sessions).where(c.id == row_id).values(last_seen=now))
        return Session(session_id, key, row.admin, row.label, row.csrf, now)

    async def close(self, session_id: str | None) -> None:
        if session_id:
            async with self.engine.begin() as conn:
                await conn.execute(
                    delete(ui_sessions).where(ui_sessions.c.id == _row_id(session_id))
                )


def _row_id(session_id: str) -> str:
    return hashlib.sha256(b"minigate-ui-session-id\0" + session_id.encode()).hexdigest()


def _cipher(session_id: str) -> AESGCM:
    return AESGCM(hashlib.sha256(b"minigate-ui-session-key\0" + session_id.encode()).digest())


def _seal(session_id: str, key: str) -> str:
    nonce = secrets.token_bytes(12)
    sealed = nonce + _cipher(session_id).encrypt(nonce, key.encode(), None)
    return base64.b64encode(sealed).decode()


def _unseal(session_id: str, sealed: str) -> str | None:
    raw = base64.b64decode(sealed)
    try:
        return _cipher(session_id).decrypt(raw[:12], raw[12:], None).decode()
    except Exception:  # a row not sealed for this id: not this cookie's session
        return None
