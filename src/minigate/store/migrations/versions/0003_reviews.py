"""Reviews: answers held for a person to approve, edit or reject.

Revision ID: 0003_reviews
Revises: 0002_audit
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_reviews"
down_revision = "0002_audit"


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("created_at", sa.String(40), nullable=False, index=True),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(40), nullable=True),
        sa.Column("endpoint", sa.String(32), nullable=False),
        sa.Column("route", sa.String(200), nullable=False),
        sa.Column("served_model", sa.String(200), nullable=True),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("prompt", sa.JSON, nullable=False),
        sa.Column("answer", sa.JSON, nullable=False),
        sa.Column("final", sa.JSON, nullable=True),
        sa.Column("reviewer", sa.String(200), nullable=True),
        sa.Column("decided_at", sa.String(40), nullable=True),
        sa.Column("note", sa.Text, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("reviews")
