"""``GET /v1/models/{id}``: a name as a chat request would take it, without asking a model.

``/v1/models`` lists what a key may use; a name it leaves out is not always unknown. Chat
refuses a configured model or route that the key may not use with 403, and serves names the
list may lack (``model:adapter`` before its model has loaded). Retrieving a model answers
as chat would at the model stage, so that a client (``minigate eval``'s check of its targets)
learns what chat would say from a request that costs nothing and leaves no ledger row.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from minigate.errors import ModelNotFound, PermissionDenied
from minigate.schemas.models import ModelCard


def model_card(
    name: str,
    cards: Sequence[ModelCard],
    requestable: Sequence[str],
    routes: Collection[str],
    allowed: frozenset[str] | None,
) -> ModelCard:
    """The card of ``name`` for a key that may use ``allowed`` (None: all), or the error
    chat would refuse it with. ``cards``: every card the gateway serves, whoever asks;
    ``requestable``: the config's model, adapter and route names; ``routes``: the route
    names (the route stage words its refusal apart)."""
    card = next((c for c in cards if c.id == name), None)
    if card is None and name in requestable:
        base = next((c for c in cards if c.id == name.rpartition(":")[0]), None)
        card = ModelCard(id=name, owned_by=base.owned_by) if base else ModelCard(id=name)
    if card is None:
        raise ModelNotFound(
            f"The model '{name}' does not exist; GET /v1/models lists the models this key may use.",
            param="model",
        )
    if allowed is not None and name not in allowed:
        raise PermissionDenied.not_allowed("route" if name in routes else "model", name, allowed)
    return card
