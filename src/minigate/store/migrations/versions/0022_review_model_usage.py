"""A held answer keeps the model name its answer reported and the usage it was counted, so
that the released completion carries them as the client would have had them unheld. Rows held
before this migration have neither: their release names the gateway's model, without usage.

Revision ID: 0022_review_model_usage
Revises: 0021_key_name_unique
"""

import sqlalchemy as sa
from alembic import op

revision = "0022_review_model_usage"
down_revision = "0021_key_name_unique"


def upgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("answer_model", sa.String(200), nullable=True))
        batch.add_column(sa.Column("usage", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("usage")
        batch.drop_column("answer_model")
