"""A reservation's lease keeps what its call's ledger row needs (id, endpoint, models, time,
prompt estimate), so that a lease left by a gateway that stopped (kill -9) is charged at its
reservation as a ``gateway_stopped`` row when it is reclaimed, instead of being released
unbilled. Leases taken before this migration have none: they are released as before.

Revision ID: 0025_lease_request
Revises: 0024_review_answer_choices
"""

import sqlalchemy as sa
from alembic import op

revision = "0025_lease_request"
down_revision = "0024_review_answer_choices"


def upgrade() -> None:
    with op.batch_alter_table("reservation_leases") as batch:
        batch.add_column(sa.Column("request", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reservation_leases") as batch:
        batch.drop_column("request")
