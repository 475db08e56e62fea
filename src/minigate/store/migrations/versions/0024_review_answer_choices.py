"""A held chat answer keeps each choice's finish_reason and the tool calls it made, which the
review showed as an empty draft and the approval released as an empty message. Rows held before
this migration have none: they release as they did, text only.

Revision ID: 0024_review_answer_choices
Revises: 0023_rollup_client_requests
"""

import sqlalchemy as sa
from alembic import op

revision = "0024_review_answer_choices"
down_revision = "0023_rollup_client_requests"


def upgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("answer_choices", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("answer_choices")
