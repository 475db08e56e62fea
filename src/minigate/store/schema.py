"""Tables. Money is stored as integer pico-USD (1e-12 USD): exact on every database."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData()
MAX_CUSTOM_ID = 512  # a batch line's custom_id (batch.validate refuses longer ones)


def utc(at: datetime) -> datetime:
    """``at`` with its zone: SQLite hands a ``DateTime`` back without one, and the gateway
    writes UTC, so a naive value read back is UTC (PostgreSQL's ``timestamptz`` keeps it)."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def fit(column: Column[Any], text: str) -> str:
    """``text`` as ``column`` holds it on every database: a client's text (a model name) may
    carry NUL, which PostgreSQL refuses in text columns, or run past the column's length."""
    text = text.replace("\x00", "\ufffd")
    length = getattr(column.type, "length", None)
    return text[:length] if length else text


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
    # An admin key may use the admin API (keys, reviews, audit) like the master key.
    Column("admin", Boolean, nullable=False, server_default=false()),
)
# Two creates at once both pass KeyStore.create's check; this refuses the second. A store
# that held such a pair before the index has none until they are disabled (migration 0021).
active_key_name = Index(
    "uq_api_keys_active_name",
    api_keys.c.name,
    unique=True,
    sqlite_where=api_keys.c.disabled_at.is_(None),
    postgresql_where=api_keys.c.disabled_at.is_(None),
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

# One row per reservation held by a request in flight. A gateway renews the leases it owns;
# one whose gateway died expires and is reclaimed by any gateway (its reservation charged).
# Expiry is epoch seconds, comparable on every database.
reservation_leases = Table(
    "reservation_leases",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("key_id", String(40), nullable=False),
    Column("period", String(10), nullable=True),  # None: the key has no budget
    Column("minute", String(16), nullable=True),  # None: the key has no rate limit
    Column("cost_pusd", BigInteger, nullable=False),
    Column("tokens", BigInteger, nullable=False),
    Column("owner", String(80), nullable=False, index=True),
    Column("expires_at", Float, nullable=False, index=True),
    # The call's ledger row, written at its reservation when the lease expires unsettled
    # (0025, ledger.leases); None for a batch line or hold, whose result writes its row.
    Column("request", JSON, nullable=True),
)

# What /health writes and reads back to prove the store still takes writes (one row per gateway).
store_probes = Table(
    "store_probes",
    metadata,
    Column("owner", String(80), primary_key=True),
    Column("nonce", String(40), nullable=False),
)

requests = Table(
    "requests",
    metadata,
    Column("id", String(64), primary_key=True),
    # Indexed for the dashboard: the newest rows first, and short time ranges.
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
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
    Column("batch_id", String(40), nullable=True, index=True),  # a line of this batch job
)

# The audit trail is append-only: rows are only ever inserted, except that `minigate audit
# purge` blanks expired full text (prompt_text, answer_text), which the hash chain leaves out.
# Times are ISO-8601 strings in UTC so that they hash the same on every database.
audit_entries = Table(
    "audit_entries",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("request_id", String(64), nullable=True, index=True),
    Column("at", String(40), nullable=False, index=True),
    Column("key_id", String(40), nullable=True),
    Column("event", String(32), nullable=False),
    Column("endpoint", String(32), nullable=True),
    Column("route", JSON, nullable=True),
    Column("served_model", String(200), nullable=True),
    Column("model_sha256", String(64), nullable=True),
    Column("upstream", String(500), nullable=True),
    Column("prompt_hash", String(64), nullable=True),
    Column("answer_hash", String(64), nullable=True),
    Column("guard", JSON, nullable=True),
    Column("cache", String(16), nullable=True),
    Column("cost_usd", String(40), nullable=True),
    Column("status", String(40), nullable=True),
    Column("detail", JSON, nullable=True),
    Column("prompt_text", Text, nullable=True),
    Column("answer_text", Text, nullable=True),
    Column("prev_hash", String(64), nullable=False),
    Column("entry_hash", String(64), nullable=False, unique=True),
)

audit_checkpoints = Table(
    "audit_checkpoints",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("head_hash", String(64), nullable=False),
    Column("at", String(40), nullable=False),
    Column("public_key_id", String(16), nullable=False),
    Column("signature", String(128), nullable=False),
)

# Held answers. A row is written before the client hears that its answer is pending, so a
# restart loses nothing; a decision fills the decision columns once and never again.
reviews = Table(
    "reviews",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("created_at", String(40), nullable=False, index=True),
    Column("status", String(16), nullable=False, index=True),
    Column("request_id", String(64), nullable=False),
    Column("key_id", String(40), nullable=True),
    Column("endpoint", String(32), nullable=False),
    Column("route", String(200), nullable=False),
    Column("served_model", String(200), nullable=True),
    Column("reasons", JSON, nullable=False),
    Column("prompt", JSON, nullable=False),
    Column("answer", JSON, nullable=False),
    Column("final", JSON, nullable=True),
    Column("sources", JSON, nullable=True),  # a rag:NAME answer's sources (0019)
    # the values the guard redacted, sealed with the caller's key (0020, review/sealed.py)
    Column("sealed_values", Text, nullable=True),
    # the model its answer named and the usage it was counted, for the release (0022)
    Column("answer_model", String(200), nullable=True),
    Column("usage", JSON, nullable=True),
    # each chat choice's finish_reason and tool calls, released as they are (0024)
    Column("answer_choices", JSON, nullable=True),
    Column("reviewer", String(200), nullable=True),
    Column("decided_at", String(40), nullable=True),
    Column("note", Text, nullable=True),
)

# Uploaded files (purpose "batch") and the files batches write ("batch_output"). The content
# lives on disk (batch.files_dir); a row exists only once its file is complete.
files = Table(
    "files",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("key_id", String(40), nullable=True, index=True),
    Column("purpose", String(32), nullable=False),
    Column("filename", String(500), nullable=False),
    Column("bytes", BigInteger, nullable=False),
    Column("lines", Integer, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=True),  # OpenAI's expires_after; null: kept
)

# Batch jobs. Times are Unix seconds, as OpenAI's batch object shows them; the counts are
# kept here once the batch is finished (while it runs they are counted from its lines).
batches = Table(
    "batches",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("key_id", String(40), nullable=True, index=True),
    Column("allowed_models", JSON, nullable=True),
    Column("endpoint", String(40), nullable=False),
    Column("input_file_id", String(40), nullable=False),
    Column("completion_window", String(8), nullable=False),
    Column("status", String(16), nullable=False, index=True),
    Column("metadata", JSON, nullable=True),
    Column("errors", JSON, nullable=True),
    Column("output_file_id", String(40), nullable=True),
    Column("error_file_id", String(40), nullable=True),
    Column("total", Integer, nullable=False),
    Column("completed", Integer, nullable=False),
    Column("failed", Integer, nullable=False),
    Column("created_at", BigInteger, nullable=False, index=True),
    Column("in_progress_at", BigInteger, nullable=True),
    Column("expires_at", BigInteger, nullable=False),
    Column("finalizing_at", BigInteger, nullable=True),
    Column("completed_at", BigInteger, nullable=True),
    Column("failed_at", BigInteger, nullable=True),
    Column("expired_at", BigInteger, nullable=True),
    Column("cancelling_at", BigInteger, nullable=True),
    Column("cancelled_at", BigInteger, nullable=True),
    # The worker finishing the batch, and until when its claim holds.
    Column("claimed_by", String(80), nullable=True),
    Column("lease_until", Float, nullable=True),
    # A batch passed through to its model's upstream Batch API (batch/upstream.py): the
    # model, the upstream batch, and "submitted", "cancel_sent" or "mapped" (results in).
    Column("upstream_model", String(200), nullable=True),
    Column("upstream_batch_id", String(200), nullable=True),
    Column("upstream_status", String(16), nullable=True),
    Column("output_expires_s", Integer, nullable=True),  # OpenAI's output_expires_after
    # The model every line names (null when they differ), and the sum of the answered
    # lines' usage, written when the batch finishes (OpenAI's batch object has both).
    Column("model", String(200), nullable=True),
    Column("usage", JSON, nullable=True),
)

# One row per input line: the queue workers claim from, and each line's result once it is
# done (committed in the same transaction as its ledger row).
batch_lines = Table(
    "batch_lines",
    metadata,
    Column("id", String(48), primary_key=True),
    Column("batch_id", String(40), nullable=False),
    Column("line", Integer, nullable=False),
    Column("custom_id", String(MAX_CUSTOM_ID), nullable=False),
    Column("request_id", String(48), nullable=False),
    Column("body", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("claimed_by", String(80), nullable=True),
    Column("lease_until", Float, nullable=True),
    Column("attempts", Integer, nullable=False),
    Column("output", Text, nullable=True),
    Column("finished_at", Float, nullable=True),
    UniqueConstraint("batch_id", "line", name="uq_batch_lines_batch_line"),
    Index("ix_batch_lines_queue", "batch_id", "status", "line"),
)

# The ledger's hourly rollup, written with each request's row (in its transaction) so that the
# dashboard's long ranges read a few thousand rows instead of every request. Hours are UTC,
# 'YYYY-MM-DD HH'; a model left empty ('') is a request that reached none.
usage_rollup = Table(
    "usage_rollup",
    metadata,
    Column("hour", String(13), primary_key=True),
    Column("served_model", String(200), primary_key=True),
    Column("requested_model", String(200), primary_key=True),
    *(
        Column(name, BigInteger, nullable=False)
        for name in (
            "requests",
            "prompt_tokens",
            "completion_tokens",
            "cost_pusd",
            "saved_pusd",
            "exact",
            "semantic",
            "errors",
            "guard_blocked",
            "held_for_review",
        )
    ),
)

# Latency histograms per hour ("latency" and "ttft" of answered requests): column le_N counts
# requests whose whole milliseconds are at most N and above the bound before; bounds grow by
# an eighth of an octave (exact below 16 ms, within 9% above), le_inf takes what is past 17 min.
LATENCY_BOUNDS = tuple(sorted({math.ceil(2 ** (k / 8)) for k in range(8 * 20 + 1)}))
LATENCY_COLUMNS = (*(f"le_{bound}" for bound in LATENCY_BOUNDS), "le_inf")
usage_latency = Table(
    "usage_latency",
    metadata,
    Column("hour", String(13), primary_key=True),
    Column("kind", String(8), primary_key=True),
    *(Column(name, BigInteger, nullable=False) for name in LATENCY_COLUMNS),
)

# Dashboard logins, shared by the gateways of one store (minigate.ui.sessions): found by a hash
# of the browser's cookie, the API key sealed under a key derived from that cookie.
ui_sessions = Table(
    "ui_sessions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("sealed_key", Text, nullable=False),
    Column("admin", Boolean, nullable=False),
    Column("label", String(200), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("last_seen", Float, nullable=False, index=True),
)
