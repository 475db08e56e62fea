"""Alembic environment: minigate always passes an open connection."""

from alembic import context

from minigate.store.schema import metadata

context.configure(connection=context.config.attributes["connection"], target_metadata=metadata)
with context.begin_transaction():
    context.run_migrations()
