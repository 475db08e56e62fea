"""Admin keys: a virtual key may be marked admin (the admin API and the whole dashboard);
the request log is indexed by time (the dashboard's newest-first log and short ranges).

Revision ID: 0007_admin_keys
Revises: 0004_reservation_leases
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_admin_keys"
down_revision = "0004_reservation_leases"


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("admin", sa.Boolean, nullable=False, server_default=sa.false()))
    op.create_index("ix_requests_created_at", "requests", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_requests_created_at", "requests")
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("admin")
