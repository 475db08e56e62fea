"""How long a batch's output and error files live: OpenAI's ``output_expires_after``, in
seconds after each file is written; null keeps them until they are deleted.

Revision ID: 0017_batch_output_expiry
Revises: 0016_file_expiry
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_batch_output_expiry"
down_revision = "0016_file_expiry"


def upgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.add_column(sa.Column("output_expires_s", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.drop_column("output_expires_s")
