"""Reversible placeholders: ``<EMAIL_1>`` goes to the model instead of the address.

The same value gets the same placeholder within one request, so a model that refers to it
twice stays coherent, and ``restore`` puts the caller's own values back into the answer.
"""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*)_(\d+)>")
_LONGEST = 40  # longer than any placeholder we make; bounds what a stream holds back


def placeholder_for(kind: str, value: str, vault: dict[str, str]) -> str:
    """The placeholder for ``value``, reusing the one it already has in ``vault``; a new one
    takes the first number no token in ``vault`` has (``reserve_literals`` put there the ones a
    caller wrote)."""
    for token, original in vault.items():
        if original == value and token.startswith(f"<{kind}_"):
            return token
    count = sum(1 for token in vault if token.startswith(f"<{kind}_")) + 1
    while (token := f"<{kind}_{count}>") in vault:
        count += 1
    vault[token] = value
    return token


def reserve_literals(text: str, vault: dict[str, str]) -> None:
    """Keep what a caller wrote in the placeholders' shape as their own: each such token in
    ``text`` that ``vault`` does not know maps to itself, so no value gets its name and
    ``restore`` leaves it as written (an outside probe's "the token <EMAIL_1> is literal" came
    back as the caller's address)."""
    for match in PLACEHOLDER.finditer(text):
        vault.setdefault(match.group(0), match.group(0))


def restore(text: str, vault: dict[str, str]) -> str:
    """``text`` with every known placeholder replaced by its original value."""
    if not vault:
        return text
    return PLACEHOLDER.sub(lambda m: vault.get(m.group(0), m.group(0)), text)


class StreamRestorer:
    """Restores placeholders in a stream whose chunks may split a placeholder in two.

    Text that could still be the start of a placeholder is held back until the next chunk
    shows whether it is one; ``flush`` releases what is left at the end of the stream.
    """

    def __init__(self, vault: dict[str, str]) -> None:
        self.vault = vault
        self._pending = ""

    def feed(self, piece: str) -> str:
        text = self._pending + piece
        cut = text.rfind("<")
        if cut != -1 and ">" not in text[cut:] and len(text) - cut < _LONGEST:
            self._pending, text = text[cut:], text[:cut]
        else:
            self._pending = ""
        return restore(text, self.vault)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return restore(text, self.vault)
