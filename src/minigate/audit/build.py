"""Opening the audit trail on the store, and the entries for events outside requests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.audit.anchor import FileAnchor
from minigate.audit.chain import canonical_json, sha256_hex
from minigate.audit.log import AuditLog, Entry
from minigate.audit.models import ModelSources
from minigate.audit.settings import AuditSettings
from minigate.audit.signer import load_signer
from minigate.errors import ConfigError
from minigate.store import open_store
from minigate.store.engine import sqlite_file
from minigate.store.settings import StoreSettings
from minigate.store.writer import StoreWriter

if TYPE_CHECKING:
    from minigate.identity import VirtualKey
    from minigate.review import Review


class AuditConfig(Protocol):
    """The sections the audit trail reads (``config.Settings`` has them)."""

    @property
    def audit(self) -> AuditSettings: ...

    @property
    def store(self) -> StoreSettings: ...


@asynccontextmanager
async def open_audit(
    settings: AuditConfig,
    *,
    sources: ModelSources | None = None,
    checkpoint_on_close: bool = True,
    writer: StoreWriter | None = None,
    engine: AsyncEngine | None = None,
) -> AsyncIterator[AuditLog]:
    """The audit log on the configured store, migrated; its signing key created if missing.
    It reads through ``engine`` and writes through ``writer`` (a running gateway's, shared
    with the ledger) or through its own."""
    key_path = settings.audit.signing_key(settings.store.url)
    check_key_placement(settings.audit, settings.store.url, key_path)
    signer = load_signer(key_path, create=True)
    own_engine = engine is None
    engine = engine or await open_store(settings.store.url)
    own = writer is None
    writer = writer or StoreWriter(settings.store.url)
    anchor = FileAnchor(path) if (path := settings.audit.anchor()) is not None else None
    audit = AuditLog(engine, writer, signer, settings.audit, sources, anchor)
    try:
        yield audit
    finally:
        try:
            await audit.aclose(checkpoint=checkpoint_on_close)
        finally:
            if own:
                await writer.aclose()
            if own_engine:
                await engine.dispose()


def check_key_placement(audit: AuditSettings, store_url: str, key_path: Path) -> None:
    """Refuse a signing key kept with the database it signs (unless allowed): whoever can
    copy or rewrite the database could then re-sign a rewritten chain."""
    db = sqlite_file(store_url)
    if db is None or str(key_path).startswith("fd:"):
        return
    store_dir = db.expanduser().resolve().parent
    old_default = store_dir / "audit_ed25519.pem"
    if audit.signing_key_path is None and old_default.exists() and not key_path.exists():
        raise ConfigError(
            f"The audit signing key {old_default} lies beside the database. Move it to "
            f"{key_path} (or set audit.signing_key_path to where you move it); to keep it "
            "there, set audit.signing_key_path to it and audit.allow_key_beside_store: true."
        )
    inside = key_path.expanduser().resolve().is_relative_to(store_dir)
    if inside and not audit.allow_key_beside_store:
        raise ConfigError(
            f"The audit signing key {key_path} (audit.signing_key_path) is in the database's "
            f"directory {store_dir}: whoever can rewrite the database could re-sign it. Keep the "
            "key elsewhere, or set audit.allow_key_beside_store: true."
        )


def key_event(action: str, key: VirtualKey) -> Entry:
    """An entry for a virtual key created or disabled (by the admin API or the CLI)."""
    return {
        "event": f"key_{action}",
        "key_id": key.id,
        "detail": {"name": key.name, "models": key.models, "active": key.active},
    }


def review_event(review: Review) -> Entry:
    """An entry for a reviewer's decision on a held answer (by the admin API or the CLI)."""
    final = None if review.final is None else canonical_json(review.final).decode("utf-8")
    return {
        "event": f"review_{review.status}",
        "request_id": review.held.request_id,
        "key_id": review.held.key_id,
        "answer_hash": None if final is None else sha256_hex(final),
        "detail": {
            "review_id": review.id,
            "reviewer": review.reviewer,
            "decided_at": review.decided_at,
            "edited": review.final is not None and review.final != review.held.answer,
            "note": review.note,
        },
    }


def config_event(settings: BaseModel) -> Entry:
    """An entry for the configuration a gateway started with (hashed: it may hold secrets)."""
    dumped = settings.model_dump(mode="json")
    return {
        "event": "config_loaded",
        "detail": {
            "config_sha256": sha256_hex(canonical_json(dumped)),
            "models": [m["id"] for m in dumped.get("models", [])],
        },
    }
