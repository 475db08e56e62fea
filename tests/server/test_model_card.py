"""GET /v1/models/{id} answers as a chat request for that name would at the model stage:
the card of a name chat serves to the key, chat's own 403 for a model or route the key may
not use, and OpenAI's 404 model_not_found for a name that is nothing. Before, every name
missing from the key's /v1/models list was a 404 "does not exist"."""

from __future__ import annotations

from typing import Any

import pytest

from minigate.errors import ModelNotFound, PermissionDenied
from minigate.schemas.models import ModelCard
from minigate.server.routes.model_card import model_card
from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

LIMITED = {"authorization": "Bearer sk-only-cloud"}
HELLO = [{"role": "user", "content": "Hello"}]


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    return start_app(
        {
            "models": [upstream(stub.base_url, "cloud"), upstream(stub.base_url, "big")],
            "routes": [{"id": "tiered", "cascade": {"tiers": ["cloud", "big"]}}],
            "auth": {"api_keys": [{"key": "sk-only-cloud", "models": ["cloud"]}]},
        }
    )


def chat_error(gateway: InProcessGateway, model: str) -> tuple[int, Any]:
    answer = gateway.http.post(
        "/v1/chat/completions", json={"model": model, "messages": HELLO}, headers=LIMITED
    )
    return answer.status_code, answer.json()


@pytest.mark.parametrize("name", ["big", "tiered"])
def test_a_name_the_key_may_not_use_gets_chats_403(
    gateway: InProcessGateway, stub: StubThread, name: str
) -> None:
    got = gateway.http.get(f"/v1/models/{name}", headers=LIMITED)
    assert (got.status_code, got.json()) == chat_error(gateway, name)
    assert got.status_code == 403
    assert got.json()["error"]["code"] == "permission_denied"
    assert got.json()["error"]["type"] == "permission_error"
    kind = "route" if name == "tiered" else "model"
    assert got.json()["error"]["message"] == (
        f"This API key may not use {kind} '{name}'; it may use: cloud."
    )
    assert stub.stub.received == []  # neither chat nor the lookup reached the upstream


def test_an_unknown_name_is_openais_404_as_in_chat(gateway: InProcessGateway) -> None:
    got = gateway.http.get("/v1/models/gpt-9", headers=LIMITED)
    assert got.status_code == chat_error(gateway, "gpt-9")[0] == 404
    error = got.json()["error"]
    assert (error["type"], error["code"], error["param"]) == (
        "invalid_request_error",
        "model_not_found",
        "model",
    )
    assert error["message"].startswith("The model 'gpt-9' does not exist")


def test_a_name_the_key_may_use_is_its_card(gateway: InProcessGateway) -> None:
    got = gateway.http.get("/v1/models/cloud", headers=LIMITED)
    assert got.status_code == 200
    assert got.json()["id"] == "cloud"
    assert [m["id"] for m in gateway.http.get("/v1/models", headers=LIMITED).json()["data"]] == [
        "cloud"
    ]


CARDS = [ModelCard(id="local", owned_by="me")]
NAMES = ["local", "local:zero"]


def test_a_served_name_the_cards_lack_is_a_card_of_its_model() -> None:
    """``model:adapter`` is served (chat takes it) though the model's cards list its adapters
    only once it has loaded."""
    card = model_card("local:zero", CARDS, NAMES, [], None)
    assert (card.id, card.owned_by) == ("local:zero", "me")
    with pytest.raises(PermissionDenied):
        model_card("local:zero", CARDS, NAMES, [], frozenset({"local"}))
    with pytest.raises(ModelNotFound):
        model_card("local:one", CARDS, NAMES, [], None)
