"""Reservation leases: what each request in flight holds, with its owner and expiry.

Revision ID: 0004_reservation_leases
Revises: 0003_reviews
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_reservation_leases"
down_revision = "0003_reviews"


def upgrade() -> None:
    op.create_table(
        "reservation_leases",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("key_id", sa.String(40), nullable=False),
        sa.Column("period", sa.String(10), nullable=True),
        sa.Column("minute", sa.String(16), nullable=True),
        sa.Column("cost_pusd", sa.BigInteger, nullable=False),
        sa.Column("tokens", sa.BigInteger, nullable=False),
        sa.Column("owner", sa.String(80), nullable=False, index=True),
        sa.Column("expires_at", sa.Float, nullable=False, index=True),
    )
    op.create_table(
        "store_probes",
        sa.Column("owner", sa.String(80), primary_key=True),
        sa.Column("nonce", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("store_probes")
    op.drop_table("reservation_leases")
