"""The review queue page shows a held tool call to its reviewer (it showed an empty draft), and
refuses an edit that empties the answer (it released ``content: ""``)."""

from __future__ import annotations

import html
from collections.abc import Iterator

import httpx
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import Gateway, GatewayFactory
from tests.ui.conftest import MASTER, csrf_of, dashboard_config, log_in

ADMIN = {"authorization": f"Bearer {MASTER}"}
HOLD_ALL = {"policies": [{"id": "hold", "models": ["*"], "review_all": True}]}
QUESTION = [{"role": "user", "content": "Find Olga."}]


@pytest.fixture(scope="module")
def gateway(
    start_gateway: GatewayFactory, model: StubThread, tmp_path_factory: pytest.TempPathFactory
) -> Gateway:
    store = tmp_path_factory.mktemp("held-call") / "store.sqlite3"
    config = {**dashboard_config(model, store, embedding=False), "guard": HOLD_ALL}
    return start_gateway(config, env={"MINIGATE_MASTER_KEY": MASTER})


@pytest.fixture
def api(gateway: Gateway) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gateway.base_url, headers=ADMIN, timeout=60) as http:
        yield http


def hold(api: httpx.Client) -> str:
    held = api.post("/chat/completions", json={"model": "cloud", "messages": QUESTION})
    assert held.status_code == 200, held.text
    return held.headers["x-minigate-review-id"]


def test_the_reviewer_sees_the_held_tool_call(
    gateway: Gateway, api: httpx.Client, model: StubThread
) -> None:
    model.stub.tool_arguments = '{"name": "Olga Petrova"}'
    try:
        review_id = hold(api)
    finally:
        model.stub.tool_arguments = None
    with log_in(gateway, MASTER) as dashboard:
        page = html.unescape(dashboard.get("/ui/reviews").text)
    card = page[page.index(f'id="review-{review_id}"') :]
    card = card[: card.index("</article>")]
    assert '"name": "lookup"' in card and "Olga Petrova" in card
    assert "<textarea" not in card  # approved as it is, or rejected


def test_an_edit_that_empties_the_answer_is_refused(gateway: Gateway, api: httpx.Client) -> None:
    review_id = hold(api)
    with log_in(gateway, MASTER) as dashboard:
        form = {"csrf": csrf_of(dashboard.get("/ui/reviews").text), "draft": "x", "answer": ""}
        refused = dashboard.post(f"/ui/reviews/{review_id}/approve", data=form)
    assert refused.status_code == 400
    assert "An edited answer cannot be empty" in html.unescape(refused.text)
    assert api.get(f"/admin/reviews/{review_id}").json()["status"] == "pending"
