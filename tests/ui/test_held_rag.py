"""An answer to a rag:NAME request held for review is released, once approved, as its client
would have had it unheld: cited, with its sources."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import GatewayFactory
from tests.ui.conftest import MASTER, dashboard_config, log_in

ADMIN = {"authorization": f"Bearer {MASTER}"}
HOLD_ALL = {"policies": [{"id": "hold", "models": ["*"], "review_all": True}]}


def test_an_approved_rag_answer_keeps_its_sources_and_citation(
    start_gateway: GatewayFactory,
    model: StubThread,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    store = tmp_path_factory.mktemp("held-rag") / "store.sqlite3"
    gateway = start_gateway(
        {**dashboard_config(model, Path(store)), "guard": HOLD_ALL},
        env={"MINIGATE_MASTER_KEY": MASTER},
    )
    with httpx.Client(base_url=gateway.base_url, headers=ADMIN, timeout=120) as http:
        assert http.post("/collections", json={"name": "manuals"}).status_code == 200
        doc = [("file", ("pump.txt", b"The pump needs fresh oil every week.", "text/plain"))]
        assert http.post("/collections/manuals/documents", files=doc).status_code == 200
        before, model.stub.text = model.stub.text, "Fresh oil, every week."  # cites nothing
        try:
            question = [{"role": "user", "content": "How often does the pump need oil?"}]
            held = http.post(
                "/chat/completions", json={"model": "rag:manuals", "messages": question}
            )
        finally:
            model.stub.text = before
        assert held.status_code == 200, held.text
        review_id = held.headers["x-minigate-review-id"]
        sources = held.json()["sources"]
        assert sources[0]["source"] == "pump.txt"
        review = http.get(f"/admin/reviews/{review_id}").json()
        assert (review["route"], review["sources"]) == ("rag:manuals", sources)
        with log_in(gateway, MASTER) as dashboard:
            assert "1 answer waits for a decision." in dashboard.get("/ui/reviews").text

        approved = http.post(f"/admin/reviews/{review_id}/approve", json={"reviewer": "alice"})
        assert approved.status_code == 200, approved.text
        completion = http.get(f"/reviews/{review_id}").json()["completion"]
        assert completion["choices"][0]["message"]["content"] == "Fresh oil, every week. [1]"
        assert completion["sources"] == sources
