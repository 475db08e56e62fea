"""A held answer keeps the values the guard redacted out of its request (its placeholders'
originals) sealed with the caller's API key, not in clear: the reviewer reads placeholders, and
the released answer gets the caller's values back.

Revision ID: 0020_review_sealed_values
Revises: 0019_review_sources
"""

import sqlalchemy as sa
from alembic import op

revision = "0020_review_sealed_values"
down_revision = "0019_review_sources"


def upgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("sealed_values", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("sealed_values")
