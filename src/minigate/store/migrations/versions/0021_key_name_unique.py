"""An active key's name is its own (route rules match keys by name): a unique index on the
names of the keys not disabled, so that two creates at once cannot both pass the check that
``KeyStore.create`` makes in its transaction.

A store that holds two active keys of one name already (made by such a race before this
index) keeps them, and migrates: the index is left out here, and the gateway names those
names at every start, and creates the index at the first start after they are disabled
(minigate.store.migrate).

Revision ID: 0021_key_name_unique
Revises: 0020_review_sealed_values
"""

import sqlalchemy as sa
from alembic import op

revision = "0021_key_name_unique"
down_revision = "0020_review_sealed_values"

INDEX = "uq_api_keys_active_name"


def upgrade() -> None:
    keys = sa.table("api_keys", sa.column("name"), sa.column("disabled_at"))
    shared = (
        sa.select(keys.c.name)
        .where(keys.c.disabled_at.is_(None))
        .group_by(keys.c.name)
        .having(sa.func.count() > 1)
        .limit(1)
    )
    if op.get_bind().execute(shared).first() is None:
        active = sa.text("disabled_at IS NULL")
        op.create_index(
            INDEX, "api_keys", ["name"], unique=True, sqlite_where=active, postgresql_where=active
        )


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
