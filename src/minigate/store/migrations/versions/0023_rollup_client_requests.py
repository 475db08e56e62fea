"""The hourly rollup counts client requests, not model calls: a routed request that fell back or
escalated is one request, counted (with its cache result and status) at its last model call.
The ledger's writer now takes an earlier call's counts back as it writes the later call's row;
this migration does so for the rows written before (frozen here, as migrations are; the rows of
a request's later calls are the ids ending in ``.2``, ``.3``, ...).

Revision ID: 0023_rollup_client_requests
Revises: 0022_review_model_usage
"""

from collections import Counter
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0023_rollup_client_requests"
down_revision = "0022_review_model_usage"

COUNTS = ("requests", "exact", "semantic", "errors", "guard_blocked", "held_for_review")
NOT_ERRORS = ("ok", "content_policy_violation", "review_pending")
CHUNK = 500


def upgrade() -> None:
    _add(-1)


def downgrade() -> None:
    _add(+1)  # every model call a request again


def _add(sign: int) -> None:
    """Add ``sign`` times each earlier call's counts to its rollup cell."""
    conn = op.get_bind()
    requests = sa.table(
        "requests",
        *(sa.column(n) for n in ("id", "served_model", "requested_model", "status", "cache")),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    later = conn.execute(sa.select(requests.c.id).where(requests.c.id.like("%.%"))).scalars()
    earlier = [found for call in later if (found := _previous(call)) is not None]
    taken_back: dict[tuple[str, str, str], Counter[str]] = {}
    for start in range(0, len(earlier), CHUNK):
        chunk = earlier[start : start + CHUNK]
        for row in conn.execute(sa.select(requests).where(requests.c.id.in_(chunk))).mappings():
            cell = (_hour(row["created_at"]), row["served_model"] or "", row["requested_model"])
            status, cache = row["status"], row["cache"]
            taken_back.setdefault(cell, Counter()).update(
                {
                    "requests": 1,
                    "exact": cache == "hit",
                    "semantic": cache == "semantic-hit",
                    "errors": status not in NOT_ERRORS,
                    "guard_blocked": status == "content_policy_violation",
                    "held_for_review": status == "review_pending",
                }
            )
    keys = ("hour", "served_model", "requested_model")
    rollup = sa.table("usage_rollup", *(sa.column(n) for n in (*keys, *COUNTS)))
    for (hour, served, asked), counts in sorted(taken_back.items()):
        conn.execute(
            rollup.update()
            .where(
                rollup.c.hour == hour,
                rollup.c.served_model == served,
                rollup.c.requested_model == asked,
            )
            .values({name: rollup.c[name] + sign * int(counts[name]) for name in COUNTS})
        )


def _previous(call: str) -> str | None:
    head, dot, n = call.rpartition(".")
    if not (dot and head and n.isdigit()):
        return None
    return head if int(n) == 2 else f"{head}.{int(n) - 1}"


def _hour(at: Any) -> str:
    if isinstance(at, str):  # SQLite without the column's type: the stored text
        at = datetime.fromisoformat(at)
    if at.tzinfo is not None:
        at = at.astimezone(UTC)
    return str(at.strftime("%Y-%m-%d %H"))
