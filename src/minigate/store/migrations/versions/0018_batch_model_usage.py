"""A batch's model and usage, as OpenAI's batch object shows them: the model every line names
(null when they differ) and the sum of its answered lines' usage, written when it finishes.

Revision ID: 0018_batch_model_usage
Revises: 0017_batch_output_expiry
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_batch_model_usage"
down_revision = "0017_batch_output_expiry"


def upgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.add_column(sa.Column("model", sa.String(200), nullable=True))
        batch.add_column(sa.Column("usage", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.drop_column("usage")
        batch.drop_column("model")
