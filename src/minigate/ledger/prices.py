"""Prices in USD per million tokens: the built-in table (``prices.yaml``, shipped with the
package), config overrides, local compute cost."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache

from minigate.backends.settings import ModelConfig
from minigate.ledger.money import MILLION, from_pico, to_pico
from minigate.ledger.settings import LedgerSettings, PriceOverride, builtin_price_table
from minigate.schemas.common import Usage

log = logging.getLogger("minigate.ledger")


@dataclass(frozen=True, slots=True)
class Price:
    """USD per 1M tokens. ``cached_input`` applies to prompt tokens the provider cached."""

    input: Decimal
    output: Decimal
    cached_input: Decimal | None = None
    batch_discount: Decimal = Decimal(0)  # 0.5 = half price for batch jobs
    effective_from: date = date(2024, 1, 1)

    def cost(self, usage: Usage, *, batch: bool = False) -> Decimal:
        """Exact cost of ``usage`` in USD; a batch job's line gets the batch discount."""
        cached = _cached_tokens(usage)
        cached_rate = self.cached_input if self.cached_input is not None else self.input
        total = (
            (usage.prompt_tokens - cached) * self.input
            + cached * cached_rate
            + usage.completion_tokens * self.output
        ) / MILLION
        return total * (1 - self.batch_discount) if batch else total


FREE = Price(Decimal(0), Decimal(0))


def saved_vs(baseline: Price, prompt_tokens: int, completion_tokens: int, cost_pusd: int) -> int:
    """What these tokens would have cost on the baseline model, less what they cost (pico-USD):
    the one "saved" figure of every report (a cache hit's own saving is ``saved_pusd`` in the
    ledger's rows, shown as "saved by the cache")."""
    tokens = Usage.model_construct(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)
    return to_pico(baseline.cost(tokens)) - cost_pusd


def money_fields(
    baseline: Price, prompt_tokens: int, completion_tokens: int, cost_pusd: int, saved_pusd: int
) -> dict[str, str]:
    """The money of a report's row, group or total: its cost, what it saved against the
    baseline (``saved_vs``) and what the cache saved (``saved_pusd``, the ledger's column)."""
    saved = saved_vs(baseline, prompt_tokens, completion_tokens, cost_pusd)
    return {
        "cost_usd": str(from_pico(cost_pusd)),
        "saved_usd": str(from_pico(saved)),
        "cache_saved_usd": str(from_pico(saved_pusd)),
    }


@cache
def builtin_prices() -> dict[str, Price]:
    """The published list prices shipped in ``prices.yaml``."""
    return {name: _price(entry) for name, entry in builtin_price_table().items()}


def _price(entry: PriceOverride) -> Price:
    return Price(
        entry.input,
        entry.output,
        entry.cached_input,
        entry.batch_discount,
        entry.effective_from or date.min,
    )


def local_price(
    usd_per_hour: Decimal,
    prompt_tps: Decimal,
    completion_tps: Decimal,
    batch_discount: Decimal = Decimal(0),
) -> Price:
    """Turn the machine's cost per hour into per-token prices from measured throughput."""
    if usd_per_hour == 0:
        return FREE
    per_second = usd_per_hour / 3600
    return Price(
        per_second / prompt_tps * MILLION,
        per_second / completion_tps * MILLION,
        batch_discount=batch_discount,
    )


class PriceBook:
    """Which price applies to a model at a moment: the newest entry already in effect.

    ``unpriced``: the upstream models that have no price (neither built in nor in
    ``ledger.prices``); they cost 0, which no budget can count, so keys with a budget are
    refused them (Ledger.admit)."""

    def __init__(
        self, entries: dict[str, list[Price]], unpriced: frozenset[str] = frozenset()
    ) -> None:
        self._entries = {
            name: sorted(ps, key=lambda p: p.effective_from) for name, ps in entries.items()
        }
        self.unpriced = unpriced

    def price(self, name: str, at: datetime | None = None) -> Price | None:
        day = (at or datetime.now(UTC)).date()
        current = None
        if name not in self._entries and ":" in name:  # model:adapter runs on model's weights
            name = name.rpartition(":")[0]
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


def build_price_book(ledger: LedgerSettings, models: Sequence[ModelConfig]) -> PriceBook:
    """Prices keyed by configured model id (and by the baseline model's name)."""
    builtin = builtin_prices()

    def history(*names: str | None) -> list[Price]:
        for name in names:
            if name and name in ledger.prices:
                override = ledger.prices[name]
                price = _price(override)
                known = builtin.get(name)
                return [known, price] if override.effective_from and known else [price]
        for name in names:
            if name and name in builtin:
                return [builtin[name]]
        return []

    entries: dict[str, list[Price]] = {}
    unpriced: set[str] = set()
    for model in models:
        upstream = getattr(model, "upstream_model", None)
        prices = history(model.id, upstream)
        if not prices and model.backend == "llama_cpp":
            prices = [
                local_price(
                    ledger.local_usd_per_hour,
                    ledger.local_prompt_tokens_per_s,
                    ledger.local_completion_tokens_per_s,
                    ledger.local_batch_discount,
                )
            ]
        if not prices and model.backend == "openai":  # local embedders are free by design
            unpriced.add(model.id)
        entries[model.id] = prices or [FREE]
    entries.setdefault(ledger.baseline_model, history(ledger.baseline_model))
    return PriceBook(entries, frozenset(unpriced))


def warn_unpriced(book: PriceBook) -> None:
    """Name at start the upstream models that have no price, and what that means."""
    if book.unpriced:
        names = ", ".join(f"'{name}'" for name in sorted(book.unpriced))
        log.warning(
            "Upstream models with no price: %s. They are recorded at $0, and keys with a "
            "budget are refused them (403): set their price in ledger.prices (input: 0, "
            "output: 0 for a free one).",
            names,
        )
