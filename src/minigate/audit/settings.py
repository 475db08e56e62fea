"""The ``audit:`` section of the config: the tamper-evident audit trail."""

from __future__ import annotations

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
        description="Ed25519 private key (PEM); default: next to the SQLite database, "
        "else .minigate/audit_ed25519.pem. Created with 0600 permissions if missing.",
    )

    def signing_key(self, store_url: str) -> Path:
        """Where the checkpoint signing key lies for a store at ``store_url``."""
        if self.signing_key_path:
            return Path(self.signing_key_path).expanduser()
        if store_url.startswith("sqlite:///") and store_url != "sqlite:///:memory:":
            return Path(store_url.removeprefix("sqlite:///")).parent / "audit_ed25519.pem"
        return Path(".minigate/audit_ed25519.pem")
