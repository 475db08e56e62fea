"""Ed25519 keys that sign checkpoints: created once with 0600 permissions, then only loaded."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from minigate.audit.chain import checkpoint_message, header_message, sha256_hex
from minigate.errors import ConfigError


class Signer:
    """Signs checkpoints with a private key."""

    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._key = key
        self.public = key.public_key()
        self.key_id = public_key_id(self.public)

    def sign(self, seq: int, head_hash: str) -> str:
        return self._key.sign(checkpoint_message(seq, head_hash)).hex()

    def sign_header(self, header: Mapping[str, Any]) -> str:
        """The signature of an export's header (chain.header_message)."""
        return self._key.sign(header_message(header)).hex()

    def public_pem(self) -> str:
        return public_pem(self.public)


def public_key_id(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return sha256_hex(raw)[:16]


def public_pem(key: Ed25519PublicKey) -> str:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def signature_ok(key: Ed25519PublicKey, seq: int, head_hash: str, signature: str) -> bool:
    return _verifies(key, signature, checkpoint_message(seq, head_hash))


def header_signature_ok(key: Ed25519PublicKey, header: Mapping[str, Any]) -> bool:
    """Whether ``header["signature"]`` signs the rest of an export's header."""
    return _verifies(key, str(header.get("signature")), header_message(header))


def _verifies(key: Ed25519PublicKey, signature: str, message: bytes) -> bool:
    """Whether ``signature`` (hex) is ``key``'s over ``message``; a malformed one is not."""
    try:
        key.verify(bytes.fromhex(signature), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def load_signer(path: Path, *, create: bool) -> Signer:
    """The key at ``path``; with ``create`` a new one is written there first if none exists.
    ``fd:N`` reads it from open file descriptor N (a secret handed over by a supervisor)."""
    if str(path).startswith("fd:"):
        path = Path(f"/dev/fd/{str(path).removeprefix('fd:')}")
    elif create and not path.exists():
        _create(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"No audit signing key at {path} (audit.signing_key_path); start the gateway once "
            "to create it, or point audit.signing_key_path at the key."
        ) from None
    except OSError as exc:
        raise ConfigError(
            f"Cannot read the audit signing key {path} (audit.signing_key_path): {exc.strerror}."
        ) from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise ConfigError(_corrupt(path, str(exc).splitlines()[0])) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ConfigError(_corrupt(path, "it holds a key of another type"))
    return Signer(key)


def load_public_key(path: Path) -> Ed25519PublicKey:
    """A public key from a PEM file (as `minigate audit pubkey` writes it)."""
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except OSError as exc:
        raise ConfigError(f"Cannot read the public key {path}: {exc.strerror}.") from None
    except (ValueError, TypeError):
        raise ConfigError(f"{path} is not a PEM public key; use 'minigate audit pubkey'.") from None
    if not isinstance(key, Ed25519PublicKey):
        raise ConfigError(f"{path} is not an Ed25519 public key.")
    return key


def _corrupt(path: Path, reason: str) -> str:
    return (
        f"The audit signing key {path} (audit.signing_key_path) is not an unencrypted Ed25519 "
        f"private key in PEM ({reason}). Restore the original file: with a new key the "
        "existing checkpoints no longer verify."
    )


def _create(path: Path) -> None:
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside, then hard-linked into place: two processes starting at once never read a
    # half-written key, and the first one to link wins.
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
        with contextlib.suppress(FileExistsError):
            os.link(temp, path)
    finally:
        temp.unlink(missing_ok=True)
