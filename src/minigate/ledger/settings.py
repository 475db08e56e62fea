"""The ``ledger:`` section of the config: prices, budgets and rate limits per key."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from importlib.resources import files

import yaml
from pydantic import Field

from minigate.backends.settings import ModelConfig, OpenAIModel
from minigate.section import CheckFailed, Section

# What the providers in prices.yaml take off batch jobs.
BATCH_DISCOUNT = Decimal("0.5")


class PriceOverride(Section):
    """USD per 1M tokens. Without effective_from it replaces the built-in price outright."""

    input: Decimal = Field(ge=0)
    output: Decimal = Field(ge=0)
    cached_input: Decimal | None = Field(default=None, ge=0)
    batch_discount: Decimal = Field(default=Decimal(0), ge=0, le=1)
    effective_from: date | None = None


class LedgerSettings(Section):
    """Cost accounting, budgets and rate limits per key."""

    enabled: bool = True
    baseline_model: str = Field(default="gpt-4o", description="What savings are measured against.")
    prices: dict[str, PriceOverride] = Field(
        default_factory=dict,
        description="USD per 1M tokens per model: a configured id, an upstream_model or a "
        "built-in name. Without effective_from it replaces the built-in price; with it, it "
        "applies from that day on. An upstream model with none costs $0 and is refused to "
        "keys with a budget; price a free one at 0.",
    )
    local_usd_per_hour: Decimal = Field(default=Decimal(0), ge=0)
    local_prompt_tokens_per_s: Decimal = Field(default=Decimal(800), gt=0)
    local_completion_tokens_per_s: Decimal = Field(default=Decimal(80), gt=0)
    local_batch_discount: Decimal = Field(
        default=Decimal(0),
        ge=0,
        le=1,
        description="Batch jobs' discount on local models' compute cost (0.5: half price).",
    )
    default_max_tokens: int = Field(
        default=4096, ge=1, description="Reserved for budgets when a request sets no max_tokens."
    )
    lease_s: float = Field(
        default=30.0,
        gt=0,
        le=3600,
        description=(
            "A dead gateway's reservations are charged (ledger status gateway_stopped) "
            "after at most this long."
        ),
    )

    def check_price_names(self, models: Sequence[ModelConfig]) -> None:
        """Every price names a configured model, an upstream model or a built-in price."""
        builtin = builtin_price_table()
        known = set(builtin) | {m.id for m in models}
        known |= {
            m.upstream_model for m in models if isinstance(m, OpenAIModel) and m.upstream_model
        }
        for name in self.prices:
            if name not in known:
                raise CheckFailed(
                    ("ledger", "prices", name),
                    f"ledger.prices names unknown model '{name}'; price a configured model id, "
                    f"an upstream_model or one of: {', '.join(sorted(builtin))}",
                )
        if self.baseline_model not in known:
            raise CheckFailed(
                ("ledger", "baseline_model"),
                f"ledger.baseline_model '{self.baseline_model}' has no price",
            )


@cache
def builtin_price_table() -> dict[str, PriceOverride]:
    """The published list prices in ``prices.yaml`` (shipped with the package), read once."""
    text = files("minigate.ledger").joinpath("prices.yaml").read_text(encoding="utf-8")
    return {
        name: PriceOverride.model_validate({"batch_discount": BATCH_DISCOUNT, **row})
        for name, row in yaml.safe_load(text).items()
    }
