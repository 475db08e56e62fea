"""Prices in USD per million tokens: a built-in table, config overrides, local compute cost."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from minigate.ledger.money import MILLION
from minigate.schemas.common import Usage

if TYPE_CHECKING:
    from minigate.config import Settings


@dataclass(frozen=True, slots=True)
class Price:
    """USD per 1M tokens. ``cached_input`` applies to prompt tokens the provider cached."""

    input: Decimal
    output: Decimal
    cached_input: Decimal | None = None
    batch_discount: Decimal = Decimal(0)  # 0.5 = half price for batch jobs
    effective_from: date = date(2024, 1, 1)

    def cost(self, usage: Usage, *, batch: bool = False) -> Decimal:
        """Exact cost of ``usage`` in USD."""
        cached = _cached_tokens(usage)
        cached_rate = self.cached_input if self.cached_input is not None else self.input
        total = (
            (usage.prompt_tokens - cached) * self.input
            + cached * cached_rate
            + usage.completion_tokens * self.output
        ) / MILLION
        return total * (1 - self.batch_discount) if batch else total


FREE = Price(Decimal(0), Decimal(0))


def _p(inp: str, out: str, cached: str | None, since: date) -> Price:
    return Price(
        Decimal(inp), Decimal(out), Decimal(cached) if cached else None, Decimal("0.5"), since
    )


# Published list prices (USD per 1M tokens); batch jobs are half price at these providers.
BUILTIN_PRICES: dict[str, Price] = {
    "gpt-4o-mini": _p("0.15", "0.60", "0.075", date(2024, 7, 18)),
    "gpt-4o": _p("2.50", "10.00", "1.25", date(2024, 10, 1)),
    "gpt-3.5-turbo": _p("0.50", "1.50", None, date(2024, 1, 25)),
    "gpt-4-turbo": _p("10.00", "30.00", None, date(2024, 4, 9)),
    "o4-mini": _p("1.10", "4.40", "0.275", date(2025, 4, 16)),
    "o3-mini": _p("1.10", "4.40", "0.55", date(2025, 1, 31)),
    "gpt-4.1": _p("2.00", "8.00", "0.50", date(2025, 4, 14)),
    "gpt-4.1-mini": _p("0.40", "1.60", "0.10", date(2025, 4, 14)),
    "gpt-4.1-nano": _p("0.10", "0.40", "0.025", date(2025, 4, 14)),
}


def local_price(usd_per_hour: Decimal, prompt_tps: Decimal, completion_tps: Decimal) -> Price:
    """Turn the machine's cost per hour into per-token prices from measured throughput."""
    if usd_per_hour == 0:
        return FREE
    per_second = usd_per_hour / 3600
    return Price(per_second / prompt_tps * MILLION, per_second / completion_tps * MILLION)


class PriceBook:
    """Which price applies to a model at a moment: the newest entry already in effect."""

    def __init__(self, entries: dict[str, list[Price]]) -> None:
        self._entries = {
            name: sorted(ps, key=lambda p: p.effective_from) for name, ps in entries.items()
        }

    def price(self, name: str, at: datetime | None = None) -> Price | None:
        day = (at or datetime.now(UTC)).date()
        current = None
        for price in self._entries.get(name, []):
            if price.effective_from <= day:
                current = price
        return current

    def names(self) -> list[str]:
        return sorted(self._entries)


def _cached_tokens(usage: Usage) -> int:
    # Reported by the upstream: whatever it says, at most the prompt is cached.
    details = getattr(usage, "prompt_tokens_details", None)
    cached = details.get("cached_tokens") if isinstance(details, dict) else None
    if not isinstance(cached, int) or isinstance(cached, bool):
        return 0
    return max(0, min(cached, usage.prompt_tokens))


def build_price_book(settings: Settings) -> PriceBook:
    """Prices keyed by configured model id (and by the baseline model's name)."""
    ledger = settings.ledger

    def history(*names: str | None) -> list[Price]:
        for name in names:
            if name and name in ledger.prices:
                o = ledger.prices[name]
                price = Price(
                    o.input,
                    o.output,
                    o.cached_input,
                    o.batch_discount,
                    o.effective_from or date.min,
                )
                builtin = BUILTIN_PRICES.get(name)
                return [builtin, price] if o.effective_from and builtin else [price]
        for name in names:
            if name and name in BUILTIN_PRICES:
                return [BUILTIN_PRICES[name]]
        return []

    entries: dict[str, list[Price]] = {}
    for model in settings.models:
        upstream = getattr(model, "upstream_model", None)
        prices = history(model.id, upstream)
        if not prices and model.backend == "llama_cpp":
            prices = [
                local_price(
                    ledger.local_usd_per_hour,
                    ledger.local_prompt_tokens_per_s,
                    ledger.local_completion_tokens_per_s,
                )
            ]
        entries[model.id] = prices or [FREE]
    entries.setdefault(ledger.baseline_model, history(ledger.baseline_model))
    return PriceBook(entries)
