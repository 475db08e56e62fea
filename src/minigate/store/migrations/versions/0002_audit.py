"""Audit: the hash-chained, append-only audit trail and its signed checkpoints.

Revision ID: 0002_audit
Revises: 0001_ledger
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_audit"
down_revision = "0001_ledger"


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("request_id", sa.String(64), nullable=True, index=True),
        sa.Column("at", sa.String(40), nullable=False, index=True),
        sa.Column("key_id", sa.String(40), nullable=True),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("endpoint", sa.String(32), nullable=True),
        sa.Column("route", sa.JSON, nullable=True),
        sa.Column("served_model", sa.String(200), nullable=True),
        sa.Column("model_sha256", sa.String(64), nullable=True),
        sa.Column("upstream", sa.String(500), nullable=True),
        sa.Column("prompt_hash", sa.String(64), nullable=True),
        sa.Column("answer_hash", sa.String(64), nullable=True),
        sa.Column("guard", sa.JSON, nullable=True),
        sa.Column("cache", sa.String(16), nullable=True),
        sa.Column("cost_usd", sa.String(40), nullable=True),
        sa.Column("status", sa.String(40), nullable=True),
        sa.Column("detail", sa.JSON, nullable=True),
        sa.Column("prompt_text", sa.Text, nullable=True),
        sa.Column("answer_text", sa.Text, nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False, unique=True),
    )
    op.create_table(
        "audit_checkpoints",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("public_key_id", sa.String(16), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audit_checkpoints")
    op.drop_table("audit_entries")
