"""The ledger's hourly rollup (sums per hour and model, latency histograms per hour), backfilled
from the rows already in the ledger; and the dashboard's sessions, shared by the gateways of
one store.

The backfill is this migration's own copy of what minigate.ledger.rollup adds per row, frozen
here as migrations are; tests/ui/test_rollup.py checks that both give the same rollup.

Revision ID: 0008_usage_rollup
Revises: 0005_batches
"""

import math
from bisect import bisect_left
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008_usage_rollup"
down_revision = "0005_batches"

SUMS = (
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
BOUNDS = tuple(sorted({math.ceil(2 ** (k / 8)) for k in range(8 * 20 + 1)}))
COLUMNS = (*(f"le_{bound}" for bound in BOUNDS), "le_inf")
NOT_ERRORS = ("ok", "content_policy_violation", "review_pending")
CHUNK = 5000


def upgrade() -> None:
    rollup = op.create_table(
        "usage_rollup",
        sa.Column("hour", sa.String(13), primary_key=True),
        sa.Column("served_model", sa.String(200), primary_key=True),
        sa.Column("requested_model", sa.String(200), primary_key=True),
        *(sa.Column(name, sa.BigInteger, nullable=False) for name in SUMS),
    )
    latency = op.create_table(
        "usage_latency",
        sa.Column("hour", sa.String(13), primary_key=True),
        sa.Column("kind", sa.String(8), primary_key=True),
        *(sa.Column(name, sa.BigInteger, nullable=False) for name in COLUMNS),
    )
    op.create_table(
        "ui_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("sealed_key", sa.Text, nullable=False),
        sa.Column("admin", sa.Boolean, nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("last_seen", sa.Float, nullable=False),
    )
    op.create_index("ix_ui_sessions_last_seen", "ui_sessions", ["last_seen"])
    assert rollup is not None and latency is not None
    sums, histograms = _tally(op.get_bind())
    insert = [
        {
            "hour": h,
            "served_model": s,
            "requested_model": r,
            **{n: int(sums[h, s, r][n]) for n in SUMS},
        }
        for h, s, r in sorted(sums)
    ]
    for start in range(0, len(insert), CHUNK):
        op.bulk_insert(rollup, insert[start : start + CHUNK])
    insert = [
        {"hour": h, "kind": k, **{n: histograms[h, k][i] for i, n in enumerate(COLUMNS)}}
        for h, k in sorted(histograms)
    ]
    for start in range(0, len(insert), CHUNK):
        op.bulk_insert(latency, insert[start : start + CHUNK])


def _tally(
    conn: sa.Connection,
) -> tuple[dict[tuple[str, str, str], Counter[str]], dict[tuple[str, str], Counter[int]]]:
    """Every ledger row's part of the rollup, read in one streamed pass."""
    requests = sa.table(
        "requests",
        *(
            sa.column(name)
            for name in (
                "served_model",
                "requested_model",
                "prompt_tokens",
                "completion_tokens",
                "cost_pusd",
                "saved_pusd",
                "cache",
                "latency_ms",
                "ttft_ms",
                "status",
            )
        ),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    sums: dict[tuple[str, str, str], Counter[str]] = {}
    histograms: dict[tuple[str, str], Counter[int]] = {}
    result = conn.execute(sa.select(requests).execution_options(yield_per=CHUNK))
    for row in result.mappings():
        hour = _hour(row["created_at"])
        status, cache = row["status"], row["cache"]
        sums.setdefault(
            (hour, row["served_model"] or "", row["requested_model"]), Counter()
        ).update(
            {
                "requests": 1,
                "prompt_tokens": row["prompt_tokens"],
                "completion_tokens": row["completion_tokens"],
                "cost_pusd": row["cost_pusd"],
                "saved_pusd": row["saved_pusd"],
                "exact": cache == "hit",
                "semantic": cache == "semantic-hit",
                "errors": status not in NOT_ERRORS,
                "guard_blocked": status == "content_policy_violation",
                "held_for_review": status == "review_pending",
            }
        )
        if status != "ok":
            continue
        histograms.setdefault((hour, "latency"), Counter())[_bucket(row["latency_ms"])] += 1
        if row["ttft_ms"] is not None:
            histograms.setdefault((hour, "ttft"), Counter())[_bucket(row["ttft_ms"])] += 1
    return sums, histograms


def _hour(at: Any) -> str:
    if isinstance(at, str):  # SQLite without the column's type: the stored text
        at = datetime.fromisoformat(at)
    if at.tzinfo is not None:
        at = at.astimezone(UTC)
    return str(at.strftime("%Y-%m-%d %H"))


def _bucket(ms: float) -> int:
    return bisect_left(BOUNDS, int(ms))


def downgrade() -> None:
    op.drop_table("ui_sessions")
    op.drop_table("usage_latency")
    op.drop_table("usage_rollup")
