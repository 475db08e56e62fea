"""The dashboard end to end in headless Debian chromium: traffic through the openai SDK shows
up with the ledger's counts and cost; held answers are approved and rejected and the waiting
clients get each result; a key is created, used, disabled and refused; the audit verifies.

One browser for the module; a screenshot of each page goes to test-artifacts/ui/.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import openai
import orjson
import pytest

from minigate.ledger.money import from_pico
from minigate.testing.stub_upstream import COMPLETION_TEXT, StubThread
from tests.conftest import Gateway
from tests.ui.conftest import ARTIFACTS, MASTER

pytestmark = pytest.mark.browser
sync_api = pytest.importorskip("playwright.sync_api")
XSS = '<script>document.title="pwned"</script><img src=x onerror="document.title=\'pwned\'">'


@pytest.fixture(scope="module")
def page(gateway: Gateway, chromium_path: str) -> Iterator[Any]:
    """A logged-in browser tab that collects what its console reports as errors."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": 1360, "height": 900}, base_url=gateway.url)
        tab.errors = []
        tab.on(
            "console", lambda m: m.type == "error" and tab.errors.append(f"{m.text} {m.location}")
        )
        tab.on("pageerror", lambda e: tab.errors.append(str(e)))
        tab.on("dialog", lambda d: tab.errors.append(f"dialog: {d.message}"))
        tab.goto("/ui/overview")
        shoot(tab, "login")
        tab.get_by_label("API key").fill(MASTER)
        tab.get_by_role("button", name="Log in").click()
        tab.wait_for_url("**/ui/overview")
        yield tab
        browser.close()


@pytest.fixture(autouse=True)
def no_console_errors(page: Any) -> Iterator[None]:
    """Every test ends with a clean console: no errors, no uncaught exceptions, no dialogs."""
    page.errors.clear()
    yield
    assert page.errors == []


def shoot(tab: Any, name: str) -> None:
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def ledger(store: Path) -> tuple[int, Decimal]:
    with sqlite3.connect(store) as db:
        count, pusd = db.execute(
            "SELECT count(*), coalesce(sum(cost_pusd), 0) FROM requests"
        ).fetchone()
    return count, from_pico(pusd)


def test_overview_counts_and_cost_equal_the_ledger(
    page: Any, gateway: Gateway, model: StubThread, store: Path
) -> None:
    sdk = gateway.client(api_key=MASTER, max_retries=0)
    for question in ("Name three colours.", "用中文介绍一下你自己。", "Name three colours."):
        answer = sdk.chat.completions.create(
            model="cloud", messages=[{"role": "user", "content": question}], temperature=0
        )
        assert answer.choices[0].message.content == COMPLETION_TEXT
    with pytest.raises(openai.NotFoundError):
        sdk.chat.completions.create(model="nope", messages=[{"role": "user", "content": "x"}])
    page.goto("/ui/overview?range=24h")
    count, cost = ledger(store)
    assert count >= 3 and cost > 0
    assert int(metric(page, "requests")) == count
    assert Decimal(metric(page, "cost")) == cost
    assert page.locator("[data-chart=traffic] canvas").count() == 1
    shoot(page, "overview")

    page.get_by_role("link", name="Requests").click()
    page.get_by_label("Model or route").fill("cloud")
    page.get_by_role("button", name="Filter").click()
    with sqlite3.connect(store) as db:
        (cloud,) = db.execute(
            "SELECT count(*) FROM requests WHERE requested_model = 'cloud'"
        ).fetchone()
    assert f"{cloud} requests match" in page.get_by_role("status").inner_text()
    shoot(page, "requests")
    page.locator("table.log tbody a").nth(1).click()  # newest first: the Chinese prompt
    page.get_by_text("用中文介绍一下你自己。").wait_for()
    assert page.get_by_text("hash checks").is_visible()
    shoot(page, "request")


def metric(page: Any, name: str) -> str:
    value: str = page.locator(f"[data-metric={name}]").get_attribute("data-value")
    return value


def test_held_answers_are_approved_and_rejected_and_the_clients_get_each(
    page: Any, gateway: Gateway, model: StubThread
) -> None:
    sdk = gateway.client(api_key=MASTER, max_retries=0)
    model.stub.text = "Take one dose of 5 mg."
    held = []
    for prompt in (f"How much? {XSS}", "How much for a child?"):
        raw = sdk.chat.completions.with_raw_response.create(
            model="reviewed", messages=[{"role": "user", "content": prompt}]
        )
        held.append(raw.headers["x-minigate-review-id"])
    model.stub.text = COMPLETION_TEXT

    page.get_by_role("link", name="Review queue").click()
    first, second = (page.locator(f"#review-{review_id}") for review_id in held)
    assert XSS in first.inner_text()  # shown as text, never run
    shoot(page, "reviews")
    first.get_by_label("Draft answer").fill("Ask a pharmacist.")
    first.get_by_role("button", name="Approve").click()
    page.locator(f"#review-{held[0]}.decided").wait_for()
    second.get_by_label("Note").fill("not without a doctor")
    second.get_by_role("button", name="Reject").click()
    page.locator(f"#review-{held[1]}.decided").wait_for()
    shoot(page, "reviews-decided")
    assert page.title() != "pwned"

    approved, rejected = (poll(gateway, review_id) for review_id in held)
    assert approved["status"] == "approved"
    assert approved["completion"]["choices"][0]["message"]["content"] == "Ask a pharmacist."
    assert rejected["status"] == "rejected" and "rejected" in rejected["message"]


def poll(gateway: Gateway, review_id: str) -> dict[str, Any]:
    """What the waiting client sees when it asks for its held answer."""
    headers = {"authorization": f"Bearer {MASTER}"}
    found: dict[str, Any] = httpx.get(
        f"{gateway.base_url}/reviews/{review_id}", headers=headers
    ).json()
    return found


def test_a_key_is_created_used_disabled_and_then_refused(page: Any, gateway: Gateway) -> None:
    page.get_by_role("link", name="Keys").click()
    create = page.get_by_role("region", name="Create a key")
    create.get_by_label("Name").fill("团队 team-a")
    create.get_by_label("Budget (USD)").fill("5")
    create.get_by_role("button", name="Create key").click()
    secret = page.locator("#new-secret").inner_text()
    assert secret.startswith("sk-mg-")
    shoot(page, "keys-created")

    sdk = gateway.client(api_key=secret, max_retries=0)
    sdk.chat.completions.create(model="cloud", messages=[{"role": "user", "content": "Hi"}])
    page.goto("/ui/keys")
    row = page.locator("tr", has_text="团队 team-a")
    assert "active" in row.inner_text()
    row.get_by_role("button", name="Disable 团队 team-a").click()
    page.locator("tr", has_text="团队 team-a").get_by_text("disabled").wait_for()
    shoot(page, "keys")
    with pytest.raises(openai.AuthenticationError, match="disabled"):
        sdk.chat.completions.create(model="cloud", messages=[{"role": "user", "content": "Hi"}])


def test_audit_verify_is_green_and_a_request_is_found(page: Any, gateway: Gateway) -> None:
    page.get_by_role("link", name="Audit").click()
    page.get_by_role("button", name="Run verify").click()
    verdict = page.locator(".verdict")
    verdict.wait_for()
    assert verdict.get_attribute("data-ok") == "true", verdict.inner_text()
    shoot(page, "audit-verified")
    request_id = httpx.get(
        f"{gateway.base_url}/usage/requests",
        params={"limit": 1},
        headers={"authorization": f"Bearer {MASTER}"},
    ).json()["data"][0]["id"]
    page.get_by_label("Request id").fill(request_id)
    page.get_by_role("button", name="Look up").click()
    page.get_by_text("Chain position").wait_for()
    shoot(page, "audit")


def batch_of(sdk: openai.OpenAI, prompts: list[str]) -> Any:
    """A batch of chat requests, made through the SDK as a client would."""
    lines = [
        orjson.dumps(
            {
                "custom_id": f"line-{n}",
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {"model": "cloud", "messages": [{"role": "user", "content": prompt}]},
            }
        )
        for n, prompt in enumerate(prompts)
    ]
    upload = sdk.files.create(file=("in.jsonl", b"\n".join(lines)), purpose="batch")
    return sdk.batches.create(
        input_file_id=upload.id, endpoint="/v1/chat/completions", completion_window="24h"
    )


def settled(sdk: openai.OpenAI, batch_id: str, until: Any = None) -> Any:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        batch = sdk.batches.retrieve(batch_id)
        if (until or (lambda b: b.status in ("completed", "failed", "cancelled")))(batch):
            return batch
        time.sleep(0.1)
    raise AssertionError(f"batch {batch_id} is still {batch.status}")


def test_batches_show_progress_counts_and_files_and_one_is_cancelled(
    page: Any, gateway: Gateway, model: StubThread
) -> None:
    sdk = gateway.client(api_key=MASTER, max_retries=0)
    done = settled(
        sdk, batch_of(sdk, ["Name three colours.", "用中文回答：天空是什么颜色？", "Hi"]).id
    )
    assert done.status == "completed" and done.output_file_id
    model.stub.delay_s = 0.3
    try:
        slow = batch_of(sdk, [f"Question {n}" for n in range(40)])
        settled(sdk, slow.id, until=lambda b: b.request_counts.completed >= 1)

        page.get_by_role("link", name="Batches", exact=True).click()
        page.get_by_role("link", name=done.id).wait_for()
        assert page.locator("progress").count() >= 2
        shoot(page, "batches")

        page.get_by_role("link", name=slow.id).click()
        cancel = page.get_by_role("button", name="Cancel this batch")
        cancel.focus()  # keyboard only: focus and Enter
        page.keyboard.press("Enter")
        page.get_by_text("cancel", exact=False).first.wait_for()
        cancelled = settled(sdk, slow.id)
    finally:
        model.stub.delay_s = 0
    assert cancelled.status == "cancelled"
    page.reload()
    assert "cancelled" in page.locator("#counts").inner_text()
    assert page.get_by_role("button", name="Cancel this batch").count() == 0
    shoot(page, "batch-cancelled")

    page.goto(f"/ui/batches/{done.id}")
    counts = page.locator("#counts").inner_text()
    assert "completed" in counts and "3" in counts
    with page.expect_download() as download:
        page.get_by_role("link", name=f"Download {done.output_file_id}").click()
    lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert sorted(orjson.loads(line)["custom_id"] for line in lines) == [
        "line-0",
        "line-1",
        "line-2",
    ]
    shoot(page, "batch")


DOCUMENTS = {
    "great-wall.txt": "长城是中国古代的军事防御工程，东起山海关，西至嘉峪关。".encode(),
    "tea.md": b"# Tea\n\nGreen tea is steamed or pan-fired soon after picking, so it stays green.",
}


@pytest.mark.model
def test_a_collection_is_made_uploaded_to_and_queried_in_chinese(page: Any, tmp_path: Path) -> None:
    page.get_by_role("link", name="Collections", exact=True).click()
    create = page.get_by_role("region", name="Create a collection")
    create.get_by_label("Name").fill("docs")
    create.get_by_label("Name").press("Enter")  # the keyboard submits the form
    page.wait_for_url("**/ui/collections/docs")

    for name, data in DOCUMENTS.items():
        (tmp_path / name).write_bytes(data)
    page.get_by_label("Files").set_input_files([str(tmp_path / name) for name in DOCUMENTS])
    page.get_by_role("button", name="Upload").click()
    uploaded = page.get_by_role("status")
    uploaded.wait_for()
    assert "great-wall.txt: added" in uploaded.inner_text(), uploaded.inner_text()
    shoot(page, "collection-uploaded")

    search = page.get_by_role("search", name="Test a query")
    search.get_by_label("Query").fill("长城有多长？")
    search.get_by_label("Method").select_option("bm25")
    search.get_by_role("button", name="Search").click()
    hits = page.locator("ol.hits")
    hits.wait_for()
    assert "长城是中国古代的军事防御工程" in hits.locator("li").first.inner_text()
    assert page.get_by_text(re.compile(r"\d+ hits? for “长城有多长？”")).is_visible()
    shoot(page, "collection")

    page.get_by_role("link", name="All collections").click()
    row = page.locator("tr", has_text="docs")
    assert row.locator("td").nth(1).inner_text() == "2"
    shoot(page, "collections")
