"""The audit trail: a tamper-evident, hash-chained record of every answer and event.

chain.py   canonical JSON and the entry hash       signer.py  Ed25519 checkpoint keys
log.py     the appender (queue, one writer task)   stage.py   the pipeline stage
verify.py  chain and signature checks              export.py  provenance, JSONL export, purge
models.py  model file digests and upstream names   anchor.py  heads appended outside the store
build.py   opening the trail; entries for keys, reviews and the config
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigate.lazy import lazy_exports

if TYPE_CHECKING:
    from minigate.audit.build import config_event, key_event, open_audit, review_event
    from minigate.audit.log import AuditLog, AuditTrail

__all__ = ["AuditLog", "AuditTrail", "config_event", "key_event", "open_audit", "review_event"]

__getattr__ = lazy_exports(
    __name__,
    {
        "AuditLog": "log",
        "AuditTrail": "log",
        "config_event": "build",
        "key_event": "build",
        "open_audit": "build",
        "review_event": "build",
    },
)
