"""A held answer to a ``rag:NAME`` request keeps the sources its client would have got, so
that the approved answer carries them and its citation, as the unheld answer would.

Revision ID: 0019_review_sources
Revises: 0018_batch_model_usage
"""

import sqlalchemy as sa
from alembic import op

revision = "0019_review_sources"
down_revision = "0018_batch_model_usage"


def upgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("sources", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("sources")
