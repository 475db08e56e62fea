"""Money is Decimal USD in code and integer pico-USD (1e-12) in the database."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

PICO = Decimal("1e-12")
MILLION = Decimal(1_000_000)


def to_pico(usd: Decimal) -> int:
    return int((usd / PICO).to_integral_value(rounding=ROUND_HALF_EVEN))


def from_pico(pico: int) -> Decimal:
    """USD without trailing zeros, and without an exponent: 10 USD is "10", never "1E+1"."""
    if not pico:
        return Decimal(0)
    usd = (Decimal(pico) * PICO).normalize()
    exponent = usd.as_tuple().exponent
    return usd.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else usd


def usd_text(usd: Decimal) -> str:
    """A human amount: at least cents, more digits only where they matter."""
    return f"${usd:.2f}" if usd == usd.quantize(Decimal("0.01")) else f"${usd.normalize():f}"
