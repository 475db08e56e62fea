"""Tables. Money is stored as integer pico-USD (1e-12 USD): exact on every database."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
)

metadata = MetaData()

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("key_prefix", String(16), nullable=False),
    Column("models", JSON, nullable=True),
    Column("budget_pusd", BigInteger, nullable=True),
    Column("budget_period", String(8), nullable=True),
    Column("rpm", Integer, nullable=True),
    Column("tpm", Integer, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("disabled_at", DateTime(timezone=True), nullable=True),
)

key_spend = Table(
    "key_spend",
    metadata,
    Column("key_id", String(40), primary_key=True),
    Column("period", String(10), primary_key=True),  # "2026-11-23", "2026-11" or "total"
    Column("spent_pusd", BigInteger, nullable=False),
    Column("reserved_pusd", BigInteger, nullable=False),
)

rate_windows = Table(
    "rate_windows",
    metadata,
    Column("key_id", String(40), primary_key=True),
    Column("minute", String(16), primary_key=True),  # "2026-11-23T10:55"
    Column("requests", Integer, nullable=False),
    Column("tokens", BigInteger, nullable=False),
)

requests = Table(
    "requests",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("day", String(10), nullable=False, index=True),
    Column("key_id", String(40), nullable=True, index=True),
    Column("endpoint", String(32), nullable=False),
    Column("requested_model", String(200), nullable=False),
    Column("served_model", String(200), nullable=True),
    Column("prompt_tokens", Integer, nullable=False),
    Column("completion_tokens", Integer, nullable=False),
    Column("cost_pusd", BigInteger, nullable=False),
    Column("saved_pusd", BigInteger, nullable=False),
    Column("cache", String(16), nullable=True),
    Column("latency_ms", Float, nullable=False),
    Column("ttft_ms", Float, nullable=True),
    Column("status", String(40), nullable=False),
    Column("stream", Boolean, nullable=False),
)
