"""Batches passed through to an upstream provider's own Batch API: which model, the
upstream batch, and how far relaying it has come.

Revision ID: 0015_batch_upstream
Revises: 0008_usage_rollup
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_batch_upstream"
down_revision = "0008_usage_rollup"


def upgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.add_column(sa.Column("upstream_model", sa.String(200), nullable=True))
        batch.add_column(sa.Column("upstream_batch_id", sa.String(200), nullable=True))
        batch.add_column(sa.Column("upstream_status", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.drop_column("upstream_status")
        batch.drop_column("upstream_batch_id")
        batch.drop_column("upstream_model")
