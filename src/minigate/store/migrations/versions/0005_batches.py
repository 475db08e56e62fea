"""Batches: uploaded files, batch jobs, their lines, and the ledger's mark on batch rows.

Revision ID: 0005_batches
Revises: 0007_admin_keys
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_batches"
down_revision = "0007_admin_keys"


def upgrade() -> None:
    with op.batch_alter_table("requests") as table:
        table.add_column(sa.Column("batch_id", sa.String(40), nullable=True))
        table.create_index("ix_requests_batch_id", ["batch_id"])
    op.create_table(
        "files",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("key_id", sa.String(40), nullable=True, index=True),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("filename", sa.String(500), nullable=False),
        sa.Column("bytes", sa.BigInteger, nullable=False),
        sa.Column("lines", sa.Integer, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "batches",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("key_id", sa.String(40), nullable=True, index=True),
        sa.Column("allowed_models", sa.JSON, nullable=True),
        sa.Column("endpoint", sa.String(40), nullable=False),
        sa.Column("input_file_id", sa.String(40), nullable=False),
        sa.Column("completion_window", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("metadata", sa.JSON, nullable=True),
        sa.Column("errors", sa.JSON, nullable=True),
        sa.Column("output_file_id", sa.String(40), nullable=True),
        sa.Column("error_file_id", sa.String(40), nullable=True),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("completed", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False, index=True),
        sa.Column("in_progress_at", sa.BigInteger, nullable=True),
        sa.Column("expires_at", sa.BigInteger, nullable=False),
        sa.Column("finalizing_at", sa.BigInteger, nullable=True),
        sa.Column("completed_at", sa.BigInteger, nullable=True),
        sa.Column("failed_at", sa.BigInteger, nullable=True),
        sa.Column("expired_at", sa.BigInteger, nullable=True),
        sa.Column("cancelling_at", sa.BigInteger, nullable=True),
        sa.Column("cancelled_at", sa.BigInteger, nullable=True),
        sa.Column("claimed_by", sa.String(80), nullable=True),
        sa.Column("lease_until", sa.Float, nullable=True),
    )
    op.create_table(
        "batch_lines",
        sa.Column("id", sa.String(48), primary_key=True),
        sa.Column("batch_id", sa.String(40), nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("custom_id", sa.String(512), nullable=False),
        sa.Column("request_id", sa.String(48), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("claimed_by", sa.String(80), nullable=True),
        sa.Column("lease_until", sa.Float, nullable=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("output", sa.Text, nullable=True),
        sa.Column("finished_at", sa.Float, nullable=True),
        sa.UniqueConstraint("batch_id", "line", name="uq_batch_lines_batch_line"),
    )
    op.create_index("ix_batch_lines_queue", "batch_lines", ["batch_id", "status", "line"])


def downgrade() -> None:
    op.drop_table("batch_lines")
    op.drop_table("batches")
    op.drop_table("files")
    with op.batch_alter_table("requests") as table:
        table.drop_index("ix_requests_batch_id")
        table.drop_column("batch_id")
