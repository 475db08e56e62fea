"""Who is calling: the virtual key a request was made with, as every layer may read it.

It lives below the concerns so that the request context, the router's rules and the ledger
can all name it without importing each other; the ledger's key store creates and stores keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

Period = Literal["day", "month", "total"]


def models_label(models: list[str] | None) -> str:
    """A key's models as admins read them: ``all`` (no list), ``none`` (an empty list, which
    allows no model) or the list."""
    if models is None:
        return "all"
    return ", ".join(models) or "none"


@dataclass(frozen=True, slots=True)
class VirtualKey:
    id: str
    name: str
    prefix: str
    models: list[str] | None
    budget_usd: Decimal | None
    period: Period
    rpm: int | None
    tpm: int | None
    created_at: datetime
    disabled_at: datetime | None
    admin: bool = False  # may use the admin API, as the master key

    @property
    def active(self) -> bool:
        return self.disabled_at is None

    def public(self) -> dict[str, Any]:
        """The key as admins see it: never the secret, only its first characters."""
        return {
            "id": self.id,
            "name": self.name,
            "prefix": self.prefix,
            "models": self.models,
            "budget_usd": None if self.budget_usd is None else f"{self.budget_usd:f}",
            "period": self.period,
            "rpm": self.rpm,
            "tpm": self.tpm,
            "created_at": self.created_at.isoformat(),
            "active": self.active,
            "admin": self.admin,
        }
