"""An active key's name is its own, also when two creates race: a unique index on active
keys' names refuses the second (409 ``key_name_taken``), on SQLite and on PostgreSQL; a store
that already holds two active keys of one name migrates, keeps them, and says how to mend it."""

from __future__ import annotations

import asyncio
import logging
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, create_engine, func, inspect, select, update
from sqlalchemy.exc import IntegrityError

from minigate.errors import KeyNameTaken
from minigate.ledger.keys import KeySpec, KeyStore
from minigate.store import open_store
from minigate.store.engine import sync_url
from minigate.store.migrate import MIGRATIONS, upgrade
from minigate.store.schema import api_keys
from minigate.testing.postgres import PostgresServer

INDEX = "uq_api_keys_active_name"


@pytest.fixture(params=["sqlite", "postgresql"])
def blank_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database, not yet migrated."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'keys.db'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database(f"keys_{uuid.uuid4().hex[:8]}")


@pytest.fixture
def store_url(blank_url: str) -> str:
    upgrade(blank_url, probe_write=True)
    return blank_url


def key_row(name: str, disabled: bool = False) -> dict[str, Any]:
    key_id = f"key-{uuid.uuid4().hex[:24]}"
    now = datetime.now(UTC)
    return {
        "id": key_id,
        "name": name,
        "key_hash": uuid.uuid4().hex * 2,
        "key_prefix": "sk-mg-xxxx",
        "budget_period": "month",
        "created_at": now,
        "disabled_at": now if disabled else None,
    }


def on(url: str, work: Any) -> Any:
    engine = create_engine(sync_url(url))
    try:
        with engine.begin() as conn:
            return work(conn)
    finally:
        engine.dispose()


def active(conn: Connection, name: str) -> int:
    found = select(func.count()).where(api_keys.c.name == name, api_keys.c.disabled_at.is_(None))
    return int(conn.execute(found).scalar_one())


def test_a_fresh_store_refuses_a_second_active_name_at_the_index(store_url: str) -> None:
    on(store_url, lambda conn: conn.execute(api_keys.insert(), [key_row("team-a")]))
    with pytest.raises(IntegrityError):  # past KeyStore.create's check
        on(store_url, lambda conn: conn.execute(api_keys.insert(), [key_row("team-a")]))
    # A disabled key's name is free again, and disabled keys may share one.
    disabled = [key_row("team-a", disabled=True), key_row("team-a", disabled=True)]
    on(store_url, lambda conn: conn.execute(api_keys.insert(), disabled))
    assert on(store_url, lambda conn: active(conn, "team-a")) == 1


def test_two_creates_at_once_make_one_key(store_url: str) -> None:
    """Before: the second create's check ran before the first committed, and both inserted.
    Here the first is a transaction held open over its insert while the second checks."""

    async def race() -> None:
        engine = await open_store(store_url)
        keys = KeyStore(engine)
        await keys.list()  # connected (on SQLite: the file in WAL mode, as the gateway has it)
        first = create_engine(sync_url(store_url))
        try:
            with first.connect() as conn:
                conn.begin()
                conn.execute(api_keys.insert(), [key_row("team-a")])
                second = asyncio.create_task(keys.create(KeySpec(name="team-a")))
                await asyncio.sleep(0.5)  # checked (nothing committed), waiting at its insert
                assert not second.done()
                conn.commit()
            with pytest.raises(KeyNameTaken) as refused:
                await second
            assert (refused.value.status, refused.value.code) == (409, "key_name_taken")
            assert refused.value.param == "name"
        finally:
            first.dispose()
            await engine.dispose()

    asyncio.run(race())
    assert on(store_url, lambda conn: active(conn, "team-a")) == 1


def test_a_store_holding_two_active_keys_of_a_name_migrates_and_says_so(
    blank_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(sync_url(blank_url))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0020_review_sealed_values")
    finally:
        engine.dispose()
    twins = [key_row("team-a"), key_row("team-a"), key_row("team-b")]
    on(blank_url, lambda conn: conn.execute(api_keys.insert(), twins))

    with caplog.at_level(logging.WARNING, logger="minigate.store"):
        upgrade(blank_url, probe_write=True)  # as the gateway does at start
    [said] = [r.getMessage() for r in caplog.records if r.name == "minigate.store"]
    assert f"'team-a': {twins[0]['id']}, {twins[1]['id']}" in said
    assert "'team-b'" not in said and "minigate keys disable" in said
    assert "\n" not in said
    assert not on(blank_url, lambda conn: inspect(conn).has_index("api_keys", INDEX))
    assert on(blank_url, lambda conn: active(conn, "team-a")) == 2  # both kept, both work

    disable = update(api_keys).where(api_keys.c.id == twins[1]["id"])
    on(blank_url, lambda conn: conn.execute(disable.values(disabled_at=datetime.now(UTC))))
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="minigate.store"):
        upgrade(blank_url, probe_write=True)
    assert not [r for r in caplog.records if r.name == "minigate.store"]
    assert on(blank_url, lambda conn: inspect(conn).has_index("api_keys", INDEX))
    with pytest.raises(IntegrityError):
        on(blank_url, lambda conn: conn.execute(api_keys.insert(), [key_row("team-a")]))
