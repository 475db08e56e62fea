"""The dashboard's defences, over HTTP against a real gateway: sessions, CSRF, admin-only pages,
cookie flags, the idle timeout and open redirects."""

from __future__ import annotations

import asyncio
import html
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import Response

from minigate.store import open_store
from minigate.store.schema import ui_sessions
from minigate.testing.stub_upstream import StubThread
from minigate.ui.routes import set_cookie
from minigate.ui.sessions import Sessions, StoredSessions
from minigate.ui.web import nav_for
from tests.conftest import Gateway, GatewayFactory, gateways
from tests.ui.conftest import MASTER, csrf_of, dashboard_config, log_in

PAGES = ["/ui/overview", "/ui/requests", "/ui/requests/chatcmpl-x", "/ui/reviews", "/ui/keys"]
PAGES += ["/ui/audit", "/ui/audit?request_id=chatcmpl-x"]
PAGES += ["/ui/batches", "/ui/batches/batch_x", "/ui/files/file-x/content"]
PAGES += ["/ui/collections", "/ui/collections/docs?q=x"]
ACTIONS = ["/ui/keys", "/ui/keys/key_x/disable", "/ui/keys/key_x/limits", "/ui/audit/verify"]
ACTIONS += ["/ui/reviews/rev_x/approve", "/ui/reviews/rev_x/reject", "/ui/logout"]
ACTIONS += ["/ui/batches/batch_x/cancel", "/ui/collections", "/ui/collections/docs/documents"]
ADMIN_PAGES = ["/ui/reviews", "/ui/keys", "/ui/audit"]


def new_key(gateway: Gateway, name: str) -> dict[str, str]:
    created = httpx.post(
        f"{gateway.base_url}/admin/keys",
        json={"name": name},
        headers={"authorization": f"Bearer {MASTER}"},
    )
    assert created.status_code == 201
    body: dict[str, str] = created.json()
    return body


def test_without_a_session_every_page_redirects_and_every_action_is_401(
    gateway: Gateway,
) -> None:
    with httpx.Client(base_url=gateway.url) as http:
        for path in PAGES:
            page = http.get(path)
            assert page.status_code == 303, path
            assert page.headers["location"].startswith("/ui/login?next=/ui/")
            htmx = http.get(path, headers={"hx-request": "true"})
            assert htmx.status_code == 401 and htmx.headers["hx-redirect"].startswith("/ui/login")
        for path in ACTIONS:
            assert http.post(path, data={"csrf": "x"}).status_code == 401, path
        assert http.get("/ui/static/vendor/htmx/htmx.min.js").status_code == 200
        assert http.get("/ui/static/../sessions.py").status_code in (404, 401)


def test_an_unknown_page_is_the_dashboards_not_available_page(gateway: Gateway) -> None:
    """Before: the API's 404 JSON ('Unknown request URL: GET /ui/keys/nosuch')."""
    unknown = ["/ui/keys/nosuch", "/ui/reviews/nosuch", "/ui/nosuchpage", "/ui/audit/x/y"]
    with log_in(gateway, MASTER) as http, httpx.Client(base_url=gateway.url) as stranger:
        for client in (http, stranger):
            for path in unknown:
                page = client.get(path)
                assert page.status_code == 404, path
                assert page.headers["content-type"].startswith("text/html"), path
                assert "<h1>Not available</h1>" in page.text and path in page.text
        posted = http.post("/ui/nosuchpage", data={"csrf": "x"})
        assert posted.status_code == 404 and "<h1>Not available</h1>" in posted.text
        assert "Log out" in http.get("/ui/nosuchpage").text  # the logged-in navigation


@pytest.mark.parametrize(
    ("page_no", "said"),
    [
        ("abc", "Invalid value for 'page_no': Input should be a valid integer"),
        ("999999999999999999999", "Invalid value for 'page_no': pages go up to "),
    ],
)
def test_a_bad_query_value_is_the_dashboards_page_naming_it(
    gateway: Gateway, page_no: str, said: str
) -> None:
    """Before: ?page_no=abc answered the API's bare JSON error, and a page number past int64
    an error about 'offset', a parameter the user never set."""
    with log_in(gateway, MASTER) as http:
        for headers, shell in (({}, "<h1>Not available</h1>"), ({"hx-request": "true"}, "")):
            page = http.get("/ui/requests", params={"page_no": page_no}, headers=headers)
            assert page.status_code == 400
            assert page.headers["content-type"].startswith("text/html")
            text = html.unescape(page.text)
            assert shell in text and said in text and "offset" not in text


NOBODY = {"key_id": "key_nobody"}  # a filter no request matches: one (empty) page


@pytest.mark.parametrize(
    ("path", "params", "param"),
    [
        ("/ui/requests", {"page_no": "0"}, "page_no"),
        ("/ui/requests", {"page_no": "-1"}, "page_no"),
        ("/ui/requests", {"page_no": "999"}, "page_no"),
        ("/ui/requests", {**NOBODY, "page_no": "2"}, "page_no"),
        ("/ui/requests", {"status": "bogus"}, "status"),
        ("/ui/requests", {"cache": "xx"}, "cache"),
        ("/ui/overview", {"range": "5y"}, "range"),
        ("/ui/collections/docs", {"q": "tea", "method": "fuzzy"}, "method"),
        ("/ui/batches", {"after": "batch_nosuch"}, "after"),
    ],
)
def test_a_query_value_the_page_cannot_use_is_a_400_naming_it(
    gateway: Gateway, path: str, params: dict[str, str], param: str
) -> None:
    """Before: each was ignored or clamped ('page 999 of 2' over an empty table, page 0 shown as
    page 1, an unknown status, cache result, range, method or cursor read as none) with a 200."""
    with log_in(gateway, MASTER) as http:
        page = http.get(path, params=params)
        assert page.status_code == 400, page.text
        assert "<h1>Not available</h1>" in page.text
        assert f"Invalid value for '{param}': " in html.unescape(page.text)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/ui/requests", {**NOBODY, "page_no": "1"}),
        ("/ui/requests", {"status": "error", "cache": "miss"}),
        ("/ui/requests", {"status": "upstream_error"}),  # an error code the page's menu lacks
        ("/ui/overview", {"range": "90d"}),
    ],
)
def test_the_values_a_page_offers_are_taken(
    gateway: Gateway, path: str, params: dict[str, str]
) -> None:
    with log_in(gateway, MASTER) as http:
        assert http.get(path, params=params).status_code == 200


def test_the_batches_heading_says_whose_batches_are_listed(gateway: Gateway) -> None:
    """Before: 'made with the master key' over a list of every key's batches."""
    with log_in(gateway, MASTER) as http:
        assert "<small>(every key&#39;s, newest first)</small>" in http.get("/ui/batches").text
    with log_in(gateway, new_key(gateway, "batcher")["key"]) as http:
        assert "<small>(made with this key, newest first)</small>" in http.get("/ui/batches").text


def test_a_static_name_too_long_for_the_file_system_is_a_404(gateway: Gateway) -> None:
    """Before: a 500 (OSError ENAMETOOLONG from is_file), its traceback in the log."""
    with httpx.Client(base_url=gateway.url) as http:
        for name in ("x" * 5000, "a/" * 3000 + "ui.css"):
            missing = http.get(f"/ui/static/{name}")
            assert missing.status_code == 404
            assert "No static file" in missing.text and "Traceback" not in missing.text


def test_the_session_cookie_is_httponly_and_samesite_strict(gateway: Gateway) -> None:
    with log_in(gateway, MASTER) as http:
        cookie = next(c for c in http.cookies.jar if c.name == "mg_session")
        assert cookie.path == "/ui" and not cookie.secure  # plain http: Secure would drop it
        assert cookie.has_nonstandard_attr("HttpOnly")
        assert str(cookie.get_nonstandard_attr("SameSite")).lower() == "strict"
        page = http.get("/ui/overview")
        assert page.status_code == 200
        assert "script-src 'self'" in page.headers["content-security-policy"]


def test_a_wrong_key_cannot_log_in(gateway: Gateway) -> None:
    with httpx.Client(base_url=gateway.url) as http:
        form = http.get("/ui/login")
        done = http.post("/ui/login", data={"key": "sk-mg-nope", "csrf": csrf_of(form.text)})
        assert done.status_code == 401 and "not valid" in done.text
        assert "mg_session" not in http.cookies


@pytest.mark.parametrize("key", ["sk-é", "sk-mg-é✓", "sk-\x00", "sk-\x1b[0m"])
def test_a_key_with_odd_characters_is_a_wrong_key(gateway: Gateway, key: str) -> None:
    with httpx.Client(base_url=gateway.url) as http:
        form = http.get("/ui/login")
        done = http.post("/ui/login", data={"key": key, "csrf": csrf_of(form.text)})
        assert done.status_code == 401 and "That key is not valid here." in done.text
        assert "mg_session" not in http.cookies


def test_an_action_without_its_csrf_token_is_refused(gateway: Gateway) -> None:
    with log_in(gateway, MASTER) as http:
        before = http.get("/ui/keys")
        for data in ({"name": "sneaky"}, {"name": "sneaky", "csrf": "wrong"}):
            refused = http.post("/ui/keys", data=data)
            assert refused.status_code == 403 and "security token" in refused.text
        refused = http.post("/ui/audit/verify", headers={"x-csrf-token": "wrong"})
        assert refused.status_code == 403
        keys = httpx.get(
            f"{gateway.base_url}/admin/keys", headers={"authorization": f"Bearer {MASTER}"}
        ).json()["data"]
        assert "sneaky" not in [k["name"] for k in keys]
        made = http.post("/ui/keys", data={"name": "fine", "csrf": csrf_of(before.text)})
        assert made.status_code == 201 and 'id="new-secret"' in made.text


def test_batch_and_collection_actions_without_their_csrf_token_are_refused(
    gateway: Gateway,
) -> None:
    """Cancel, create a collection and upload (multipart): each needs the session's token."""
    admin = {"authorization": f"Bearer {MASTER}"}
    with log_in(gateway, MASTER) as http:
        token = csrf_of(http.get("/ui/collections").text)
        for data in ({"name": "sneaky"}, {"name": "sneaky", "csrf": "wrong"}):
            refused = http.post("/ui/collections", data=data)
            assert refused.status_code == 403 and "security token" in refused.text
        names = httpx.get(f"{gateway.base_url}/collections", headers=admin).json()["data"]
        assert "sneaky" not in [c["name"] for c in names]
        upload = {"file": ("a.txt", b"text", "text/plain")}
        for data in ({}, {"csrf": "wrong"}):
            refused = http.post("/ui/collections/sneaky/documents", data=data, files=upload)
            assert refused.status_code == 403 and "security token" in refused.text
        refused = http.post("/ui/batches/batch_x/cancel", data={"csrf": "wrong"})
        assert refused.status_code == 403
        missing = http.post("/ui/batches/batch_nope/cancel", data={"csrf": token})
        assert missing.status_code == 404 and "batch_nope" in missing.text


def test_a_login_form_without_its_token_is_refused(gateway: Gateway) -> None:
    refused = httpx.post(f"{gateway.url}/ui/login", data={"key": MASTER, "csrf": "guess"})
    assert refused.status_code == 403 and "mg_session" not in refused.cookies


def test_a_key_that_is_not_admin_sees_no_admin_page(gateway: Gateway) -> None:
    key = new_key(gateway, "user")
    with log_in(gateway, key["key"]) as http:
        overview = http.get("/ui/overview")
        assert overview.status_code == 200 and "your key only" in overview.text
        assert "/ui/keys" not in overview.text  # not in the navigation either
        for path in ADMIN_PAGES:
            assert http.get(path).status_code == 403, path
        denied = http.post("/ui/keys", data={"name": "x", "csrf": csrf_of(overview.text)})
        assert denied.status_code == 403


def test_logout_ends_the_session(gateway: Gateway) -> None:
    with log_in(gateway, MASTER) as http:
        page = http.get("/ui/overview")
        out = http.post("/ui/logout", data={"csrf": csrf_of(page.text)})
        assert out.status_code == 303
        assert http.get("/ui/overview").status_code == 303


def test_login_never_redirects_off_the_dashboard(gateway: Gateway) -> None:
    with httpx.Client(base_url=gateway.url) as http:
        form = http.get("/ui/login")
        for target in ("//evil.example/ui/", "https://evil.example/", "/v1/models"):
            done = http.post(
                "/ui/login", data={"key": MASTER, "csrf": csrf_of(form.text), "next": target}
            )
            assert done.headers["location"] == "/ui/overview", target
            form = http.get("/ui/login")


@pytest.mark.parametrize("kept", ["memory", "store"])
def test_an_idle_session_expires(kept: str, tmp_path: Path) -> None:
    async def run() -> None:
        now = [0.0]
        sessions: Sessions | StoredSessions = Sessions(idle_timeout_s=60, clock=lambda: now[0])
        engine = None
        if kept == "store":
            engine = await open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}")
            sessions = StoredSessions(engine, idle_timeout_s=600, clock=lambda: now[0])
        timeout = sessions.idle_timeout_s
        try:
            session = await sessions.open("sk-x", admin=True, label="master")
            now[0] = timeout - 1
            found = await sessions.get(session.id)  # used: the idle clock restarts
            assert found is not None and (found.id, found.csrf) == (session.id, session.csrf)
            now[0] = 2 * timeout - 2
            found = await sessions.get(session.id)
            assert found is not None and found.key == "sk-x" and found.admin
            now[0] = 4 * timeout
            assert await sessions.get(session.id) is None
            assert await sessions.get(session.id) is None
            assert await sessions.get("a-guessed-id") is None
        finally:
            if engine is not None:
                await engine.dispose()

    asyncio.run(run())


def test_the_store_never_holds_a_usable_key_or_cookie(tmp_path: Path) -> None:
    async def run() -> None:
        engine = await open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}")
        try:
            session = await StoredSessions(engine, 600).open(MASTER, admin=True, label="master")
            async with engine.connect() as conn:
                row = (await conn.execute(select(ui_sessions))).one()
        finally:
            await engine.dispose()
        assert MASTER not in str(tuple(row)) and session.id not in str(tuple(row))

    asyncio.run(run())


def test_gateways_sharing_a_store_share_logins(
    gateway: Gateway, model: StubThread, store: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Logged in on one gateway, the same cookie works on another of the store; logged out on
    the second, the first refuses it too."""
    with gateways(tmp_path_factory) as start:
        other = start(
            dashboard_config(model, store, embedding=False), env={"MINIGATE_MASTER_KEY": MASTER}
        )
        with log_in(gateway, MASTER) as http:
            cookie = {"mg_session": http.cookies["mg_session"]}
            with httpx.Client(base_url=other.url, cookies=cookie) as there:
                page = there.get("/ui/keys")
                assert page.status_code == 200 and "Keys and budgets" in page.text
                assert (
                    there.post("/ui/logout", data={"csrf": csrf_of(page.text)}).status_code == 303
                )
            assert http.get("/ui/keys").status_code == 303  # to the login form


def test_a_key_marked_admin_reaches_every_page(gateway: Gateway) -> None:
    created = httpx.post(
        f"{gateway.base_url}/admin/keys",
        json={"name": "ops", "admin": True},
        headers={"authorization": f"Bearer {MASTER}"},
    ).json()
    assert created["admin"] is True
    with log_in(gateway, created["key"]) as http:
        for path in [*ADMIN_PAGES, "/ui/overview"]:
            page = http.get(path)
            assert page.status_code == 200 and "(admin)" in page.text, path


@pytest.mark.parametrize(("scheme", "secure"), [("https", True), ("http", False)])
def test_the_cookie_is_secure_over_tls(scheme: str, secure: bool) -> None:
    scope = {
        "type": "http",
        "scheme": scheme,
        "path": "/ui/login",
        "headers": [],
        "query_string": b"",
    }
    response = Response()
    set_cookie(Request(scope), response, "mg_session", "abc", path="/ui")
    header = response.headers["set-cookie"].lower()
    assert "httponly" in header and "samesite=strict" in header and "path=/ui" in header
    assert ("secure" in header.split("; ")) is secure


def test_feature_pages_join_the_navigation_once_configured() -> None:
    admin = asyncio.run(Sessions(60).open("k", admin=True, label="master"))
    user = asyncio.run(Sessions(60).open("k", admin=False, label="sk-mg-…"))
    plain = SimpleNamespace()
    configured = SimpleNamespace(
        batch=SimpleNamespace(enabled=True), rag=SimpleNamespace(enabled=False)
    )
    assert "/ui/batches" not in [e.path for e in nav_for(plain, admin)]
    paths = [e.path for e in nav_for(configured, admin)]
    assert "/ui/batches" in paths and "/ui/collections" not in paths
    assert [e.path for e in nav_for(configured, user)] == [
        "/ui/overview",
        "/ui/requests",
        "/ui/batches",
    ]
    assert nav_for(configured, None) == []


def test_an_id_typed_into_a_form_stays_one_path_segment(gateway: Gateway) -> None:
    with log_in(gateway, MASTER) as http:
        page = http.get("/ui/audit", params={"request_id": "../admin/keys"})
        assert page.status_code == 200 and "No audit entry" in page.text
        assert "sk-mg-" not in page.text


@pytest.mark.parametrize("name", ["%2e%2e", "%2E", "..%2e"])
def test_a_collection_named_with_dots_is_a_collection_name(gateway: Gateway, name: str) -> None:
    """Before: /ui/collections/%2e%2e asked the API for /v1/collections/.., which is /v1:
    a 404 "Unknown request URL: GET /v1"."""
    with log_in(gateway, MASTER) as http:
        page = http.get(f"/ui/collections/{name}")
        assert page.status_code == 404, page.text
        assert "Unknown request URL" not in page.text
        assert "collection" in page.text.lower()


def test_a_session_ends_when_its_key_is_disabled(gateway: Gateway) -> None:
    key = new_key(gateway, "leaver")
    with log_in(gateway, key["key"]) as http:
        assert http.get("/ui/overview").status_code == 200
        disabled = httpx.post(
            f"{gateway.base_url}/admin/keys/{key['id']}/disable",
            headers={"authorization": f"Bearer {MASTER}"},
        )
        assert disabled.status_code == 200
        page = http.get("/ui/overview")
        assert page.status_code == 303 and page.headers["location"].startswith("/ui/login")
        assert http.get("/ui/requests").status_code == 303  # the session is gone, not retried


def test_a_dashboard_turned_off_answers_404(
    start_gateway: GatewayFactory, model: StubThread, store: Path
) -> None:
    off = store.with_name("off.sqlite3")
    config = {**dashboard_config(model, off, embedding=False), "ui": {"enabled": False}}
    gateway = start_gateway(config, env={"MINIGATE_MASTER_KEY": MASTER})
    with httpx.Client(base_url=gateway.url) as http:
        for path in ("/ui/overview", "/ui/login", "/ui/static/ui.css"):
            assert http.get(path).status_code == 404, path
        assert http.get(
            "/v1/usage/summary", headers={"authorization": f"Bearer {MASTER}"}
        ).is_success
