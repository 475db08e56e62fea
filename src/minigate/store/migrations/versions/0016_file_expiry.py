"""When a file expires: OpenAI's ``expires_after`` on upload, null for a file kept until it
is deleted.

Revision ID: 0016_file_expiry
Revises: 0015_batch_upstream
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_file_expiry"
down_revision = "0015_batch_upstream"


def upgrade() -> None:
    with op.batch_alter_table("files") as batch:
        batch.add_column(sa.Column("expires_at", sa.BigInteger, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("files") as batch:
        batch.drop_column("expires_at")
