"""Virtual API keys: created by admins, stored hashed, with budgets, rate limits and models."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import Select, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.errors import GatewayError, KeyNameTaken, NotFound, StoreUnavailable
from minigate.identity import Period as Period
from minigate.identity import VirtualKey as VirtualKey
from minigate.ledger.limits import recount_spend
from minigate.ledger.money import from_pico, to_pico
from minigate.schemas.common import new_id
from minigate.store.health import reason_of, refusal, unwritable_error
from minigate.store.schema import active_key_name, api_keys, utc

KEY_PREFIX = "sk-mg-"
CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # refused in names


class KeySpec(BaseModel):
    """What an admin asks for when creating a key (API body and CLI options alike)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    budget_usd: Decimal | None = Field(default=None, ge=0, max_digits=18, decimal_places=12)
    period: Period = "month"
    # The columns are 32-bit (and OpenAI's limits are far below that). Strict: `"rpm": true`
    # or `"2"` is a 400, never a key limited to 1 or 2 requests a minute. budget_usd takes a
    # decimal string as well as a number (the API answers money as strings).
    rpm: int | None = Field(default=None, ge=1, le=2**31 - 1, strict=True)
    tpm: int | None = Field(default=None, ge=1, le=2**31 - 1, strict=True)
    models: list[str] | None = Field(default=None, max_length=1000)
    admin: bool = Field(
        default=False, strict=True, description="May use the admin API, as the master key."
    )

    @field_validator("name")
    @classmethod
    def _printable(cls, name: str) -> str:
        # Printed in tables, the dashboard and 429 messages; PostgreSQL refuses NUL outright.
        if CONTROL.search(name):
            raise ValueError("a key's name cannot hold control characters (NUL, newline, tab)")
        return name


class KeyLimits(BaseModel):
    """New limits for an existing key (PATCH /v1/admin/keys/{id}); fields left out stay."""

    model_config = ConfigDict(extra="forbid")

    budget_usd: Decimal | None = Field(default=None, ge=0, max_digits=18, decimal_places=12)
    period: Period | None = None
    rpm: int | None = Field(default=None, ge=1, le=2**31 - 1, strict=True)
    tpm: int | None = Field(default=None, ge=1, le=2**31 - 1, strict=True)
    models: list[str] | None = Field(default=None, max_length=1000)

    def columns(self) -> dict[str, Any]:
        """The api_keys columns to set: only the fields the caller sent (null clears one)."""
        sent = self.model_dump(exclude_unset=True)
        names = {"budget_usd": "budget_pusd", "period": "budget_period"}
        if "budget_usd" in sent and sent["budget_usd"] is not None:
            sent["budget_usd"] = to_pico(sent["budget_usd"])
        if sent.get("period", "") is None:
            sent["period"] = "month"
        return {names.get(name, name): value for name, value in sent.items()}


def hash_key(raw: str) -> str:
    # Keys are 192-bit random: a fast hash suffices; no salt or KDF is needed against guessing.
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


KeyListener = Callable[[str, VirtualKey], None]


class KeyStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        # Told of every key created or disabled ("created"/"disabled"), e.g. the audit trail.
        self.on_change: KeyListener | None = None
        # Raises StoreUnavailable when the store is known to be broken; told of every failure
        # met here; asked whether a failure is a file that cannot be written
        # (minigate.store.health).
        self.require_store: Callable[[], None] = lambda: None
        self.store_failed: Callable[[str], None] = lambda reason: None
        self.store_unwritable: Callable[[str], str | None] = lambda reason: None

    def _changed(self, action: str, key: VirtualKey) -> None:
        if self.on_change is not None:
            self.on_change(action, key)

    async def create(self, spec: KeySpec) -> tuple[VirtualKey, str]:
        """Store a new key; returns it with the secret, which is shown this once only."""
        raw = KEY_PREFIX + secrets.token_urlsafe(24)
        row = {
            "id": new_id("key"),
            "name": spec.name,
            "key_hash": hash_key(raw),
            "key_prefix": raw[:10],
            "models": spec.models,
            "budget_pusd": None if spec.budget_usd is None else to_pico(spec.budget_usd),
            "budget_period": spec.period,
            "rpm": spec.rpm,
            "tpm": spec.tpm,
            "created_at": datetime.now(UTC),
            "disabled_at": None,
            "admin": spec.admin,
        }
        async with self.engine.begin() as conn:
            # Checked in the insert's transaction; a disabled key's name may be taken again.
            taken = select(api_keys.c.id).where(
                api_keys.c.name == spec.name, api_keys.c.disabled_at.is_(None)
            )
            if (await conn.execute(taken)).first() is not None:
                raise _name_taken(spec.name)
            try:
                await conn.execute(api_keys.insert().values(**row))
            except IntegrityError as exc:
                # Another create of the name committed since the check (schema.active_key_name).
                if not _names_the_name(exc):
                    raise
                raise _name_taken(spec.name) from None
        key = _key(row)
        self._changed("created", key)
        return key, raw

    async def by_secret(self, raw: str) -> VirtualKey | None:
        """The key whose secret is ``raw``; 503 ``store_unavailable`` when the store fails (a
        key that cannot be checked is refused, never let through)."""
        self.require_store()
        try:
            async with self.engine.connect() as conn:
                found = await conn.execute(
                    select(api_keys).where(api_keys.c.key_hash == hash_key(raw))
                )
                row = found.mappings().first()
        except (SQLAlchemyError, OSError) as exc:
            report_failure(exc, self.store_failed)
            raise store_unavailable(exc, self.store_unwritable) from None
        return _key(dict(row)) if row else None

    async def get(self, key_id: str) -> VirtualKey:
        async with self.engine.connect() as conn:
            found = (await conn.execute(_by_id(key_id))).mappings().first()
        if found is None:
            raise NotFound(f"No API key with id '{key_id}'.", param="key_id")
        return _key(dict(found))

    async def list(self) -> list[VirtualKey]:
        async with self.engine.connect() as conn:
            rows = await conn.execute(select(api_keys).order_by(api_keys.c.created_at))
            return [_key(dict(r)) for r in rows.mappings()]

    async def update(self, key_id: str, limits: KeyLimits) -> VirtualKey:
        """Change a key's budget, rate limits or models; spend so far is kept: a budget with a
        new period, or on a key that had none, counts what the key's ledger rows since the
        start of its current window cost."""
        key = before = await self.get(key_id)
        if columns := limits.columns():
            async with self.engine.begin() as conn:
                await conn.execute(update(api_keys).where(api_keys.c.id == key_id).values(columns))
                key = _key(dict((await conn.execute(_by_id(key_id))).mappings().one()))
                # A key's spend is counted only while it has a budget, per window of its period.
                new_window = key.period != before.period or before.budget_usd is None
                if key.budget_usd is not None and new_window:
                    await recount_spend(conn, key_id, key.period, datetime.now(UTC))
        self._changed("updated", key)
        return key

    async def disable(self, key_id: str) -> VirtualKey:
        await self.get(key_id)
        async with self.engine.begin() as conn:
            done = await conn.execute(
                update(api_keys)
                .where(api_keys.c.id == key_id, api_keys.c.disabled_at.is_(None))
                .values(disabled_at=datetime.now(UTC))
            )
        key = await self.get(key_id)
        if done.rowcount:
            self._changed("disabled", key)
        return key


def _by_id(key_id: str) -> Select[Any]:
    return select(api_keys).where(api_keys.c.id == key_id)


def _name_taken(name: str) -> KeyNameTaken:
    return KeyNameTaken(
        f"An active key is named '{name}' already, and route rules match "
        "keys by name; choose another name, or disable that key first.",
        param="name",
    )


def _names_the_name(exc: IntegrityError) -> bool:
    """Whether ``exc`` is the unique index on active keys' names refusing a row (PostgreSQL
    names the index; SQLite names the column it covers)."""
    said = str(exc.orig)
    return str(active_key_name.name) in said or "api_keys.name" in said


def report_failure(exc: BaseException, report: Callable[[str], None]) -> None:
    """Tell ``report`` why the store failed with ``exc`` (store.health marks it degraded), once
    per failure; a value the store refused is the request's fault, and is not reported."""
    if refusal(exc) is None:
        report(reason_of(exc))


def store_unavailable(exc: BaseException, unwritable: Callable[[str], str | None]) -> GatewayError:
    """The answer to a request whose store access failed with ``exc``: for a value the store
    refused, the 400 (store.health.refusal); else the 503, which says what to do when
    ``unwritable`` finds the store's file cannot be written (store.health). It reports
    nothing: that is ``report_failure``'s, where the failure was met."""
    if (refused := refusal(exc)) is not None:
        return refused
    reason = reason_of(exc)
    if (problem := unwritable(reason)) is not None:
        return unwritable_error(problem)
    return StoreUnavailable(
        "The gateway's store failed, so API keys and budgets cannot be checked "
        f"({reason}). Try again later."
    )


def _key(row: dict[str, Any]) -> VirtualKey:
    budget = row["budget_pusd"]
    return VirtualKey(
        id=row["id"],
        name=row["name"],
        prefix=row["key_prefix"],
        models=row["models"],
        budget_usd=None if budget is None else from_pico(budget),
        period=row["budget_period"] or "month",
        rpm=row["rpm"],
        tpm=row["tpm"],
        created_at=utc(row["created_at"]),
        disabled_at=None if row["disabled_at"] is None else utc(row["disabled_at"]),
        admin=bool(row["admin"]),
    )
