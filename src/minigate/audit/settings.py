"""The ``audit:`` section of the config: the tamper-evident audit trail."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from pydantic import Field

from minigate.section import Section


class AuditSettings(Section):
    """The tamper-evident audit trail: one hash-chained entry per request and event."""

    enabled: bool = True
    retain_text: bool = Field(
        default=False, description="Also store prompts and answers in full, not only hashes."
    )
    retention_days: int = Field(default=30, ge=0, description="Full text older is purged.")
    checkpoint_every: int = Field(default=100, ge=1, description="Sign the head every N entries.")
    signing_key_path: str | None = Field(
        default=None,
        description="Ed25519 private key (PEM), or fd:N to read it from an open file "
        "descriptor; default: ~/.local/state/minigate/audit-keys/ (MINIGATE_AUDIT_KEY_DIR), "
        "one key per store. Created with 0600 permissions if missing.",
    )
    allow_key_beside_store: bool = Field(
        default=False,
        description="Start even with the signing key in the SQLite database's directory "
        "(whoever copies or rewrites the database then has the key too).",
    )
    anchor_path: str | None = Field(
        default=None,
        description="Append every chain head to this file (on another volume): "
        "`minigate audit verify --anchor` then catches truncation and fresh chains.",
    )

    def signing_key(self, store_url: str) -> Path:
        """Where the checkpoint signing key lies for a store at ``store_url``: the configured
        path, else one key per store in a directory apart from every store."""
        if self.signing_key_path:
            return Path(self.signing_key_path).expanduser()
        keys = os.environ.get("MINIGATE_AUDIT_KEY_DIR") or "~/.local/state/minigate/audit-keys"
        # Imported here: it brings SQLAlchemy, which composing the settings need not import.
        from minigate.store.engine import sqlite_file

        if (db := sqlite_file(store_url)) is not None:
            store_url = f"sqlite:///{db.resolve()}"
        store = hashlib.sha256(store_url.encode()).hexdigest()[:16]
        return Path(keys).expanduser() / f"audit-{store}.pem"

    def anchor(self) -> Path | None:
        return Path(self.anchor_path).expanduser() if self.anchor_path else None
