"""What every dashboard page shares: the session check, CSRF, rendering, and the responses a
refused request gets (a login redirect, a 403 page)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from minigate.identity import models_label
from minigate.ui.api import AdminAPI, ApiError
from minigate.ui.sessions import COOKIE, Session, Sessions, StoredSessions
from minigate.ui.settings import UISettings
from minigate.validation import invalid_parameter
from minigate.words import counted

HERE = Path(__file__).parent
TEMPLATES = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _utc(seconds: int | None) -> str:
    """Unix seconds (as the Batch and collections APIs give times) as a UTC date and time."""
    if not seconds:
        return "\N{EN DASH}"
    return datetime.fromtimestamp(int(seconds), UTC).strftime("%Y-%m-%d %H:%M:%S")


TEMPLATES.filters["utc"] = _utc
TEMPLATES.filters["counted"] = counted
TEMPLATES.filters["models_label"] = models_label
# No inline script or style anywhere: the policy makes an injected <script> inert even if
# escaping were ever missed.
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


@dataclass(frozen=True, slots=True)
class NavEntry:
    label: str
    path: str
    admin: bool = False
    feature: str | None = None  # a Settings section that must be configured (and enabled)


NAV = (
    NavEntry("Overview", "/ui/overview"),
    NavEntry("Requests", "/ui/requests"),
    NavEntry("Review queue", "/ui/reviews", admin=True),
    NavEntry("Keys", "/ui/keys", admin=True),
    NavEntry("Audit", "/ui/audit", admin=True),
    # Pages of optional concerns: shown while their settings section is on. Any key may open
    # them: the APIs behind them show each key its own batches and collections.
    NavEntry("Batches", "/ui/batches", feature="batch"),
    NavEntry("Collections", "/ui/collections", feature="rag"),
)


def nav_for(settings: Any, session: Session | None) -> list[NavEntry]:
    """The pages this user may open; a feature's page once its settings section is on."""
    if session is None:
        return []
    return [
        entry
        for entry in NAV
        if (session.admin or not entry.admin)
        and (entry.feature is None or _feature_on(settings, entry.feature))
    ]


def _feature_on(settings: Any, name: str) -> bool:
    section = getattr(settings, name, None)
    return section is not None and getattr(section, "enabled", True) is not False


class Dashboard:
    """The dashboard's state for one app: its settings and open sessions."""

    def __init__(self, settings: UISettings, engine: AsyncEngine | None = None) -> None:
        self.settings = settings
        self.sessions: Sessions | StoredSessions = (
            StoredSessions(engine, settings.idle_timeout_s)
            if settings.sessions == "store" and engine is not None
            else Sessions(settings.idle_timeout_s)
        )

    @classmethod
    def of(cls, request: Request) -> Dashboard:
        """The app's dashboard, made on first use: it holds memory, or uses the store's engine
        that the lifespan owns, so the lifespan has nothing to open or close for it."""
        state = request.app.state
        found: Dashboard | None = getattr(state, "dashboard", None)
        if found is None:
            engine = getattr(getattr(state, "runtime", None), "engine", None)
            found = state.dashboard = cls(state.settings.ui, engine)
        return found


class NeedLogin(Exception):
    """No live session: GET pages redirect to the login form, anything else gets 401."""


class Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(slots=True)
class Page:
    """One request's view of the dashboard: who is logged in, and the API as them."""

    request: Request
    session: Session
    api: AdminAPI

    def render(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        return render(self.request, template, status, session=self.session, **context)

    @property
    def htmx(self) -> bool:
        return self.request.headers.get("hx-request") == "true"


async def page(request: Request, *, admin: bool = False) -> Page:
    """The logged-in user's page; raises NeedLogin or Refused (admin pages, non-admin key)."""
    session = await Dashboard.of(request).sessions.get(request.cookies.get(COOKIE))
    if session is None:
        raise NeedLogin
    if admin and not session.admin:
        raise Refused(403, "This page needs the master key or an admin key.")
    return Page(request, session, AdminAPI(request.app, session.key))


async def action(request: Request, *, admin: bool = True) -> tuple[Page, dict[str, str]]:
    """A POST: the page as for a GET, plus the form, once its CSRF token has been checked."""
    found = await page(request, admin=admin)
    fields = await form(request)
    token = request.headers.get("x-csrf-token") or fields.get("csrf")
    if not found.session.csrf_ok(token):
        raise Refused(403, "The form's security token is missing or stale; reload the page.")
    return found, fields


async def form(request: Request) -> dict[str, str]:
    body = (await request.body()).decode("utf-8", "replace")
    return {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    nav = nav_for(request.app.state.settings, context.get("session"))
    html = TEMPLATES.get_template(template).render(nav=nav, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


async def refused(request: Request, exc: Exception) -> Response:
    """The response to a request the dashboard will not serve."""
    htmx = request.headers.get("hx-request") == "true"
    if isinstance(exc, ApiError) and exc.status == 401:
        await Dashboard.of(request).sessions.close(request.cookies.get(COOKIE))
        exc = NeedLogin()
    if isinstance(exc, NeedLogin):
        target = "/ui/login?next=" + quote(request.url.path, safe="/")
        if request.method == "GET" and not htmx:
            return RedirectResponse(target, status_code=303, headers=SECURITY_HEADERS)
        response = render(request, "error.html", 401, message="Please log in.", login=target)
        response.headers["hx-redirect"] = target
        return response
    assert isinstance(exc, Refused | ApiError)
    session = await Dashboard.of(request).sessions.get(request.cookies.get(COOKIE))
    template = "_error.html" if htmx else "error.html"
    return render(request, template, exc.status, message=exc.message, session=session)


Handler = Callable[[Request], Coroutine[Any, Any, Response]]


class UIRoute(APIRoute):
    """Turns the dashboard's refusals into pages, without touching the API's error handlers."""

    def get_route_handler(self) -> Handler:
        handle = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                if not Dashboard.of(request).settings.enabled:
                    raise Refused(404, "The dashboard is turned off (ui.enabled: false).")
                return await handle(request)
            except RequestValidationError as exc:
                return await refused(request, _bad_value(exc))
            except (NeedLogin, Refused, ApiError) as exc:
                return await refused(request, exc)

        return handler


def one_of(param: str, value: str, allowed: Collection[str], said: str = "") -> str:
    """``value`` where the page can take it (empty: no filter), else the 400 naming ``param``
    as typed: a value the page cannot use was ignored, and the page looked filtered. ``said``
    lists what it may be, where ``allowed`` is too long to list."""
    if value and value not in allowed:
        listed = said or ", ".join(allowed)
        raise Refused(400, f"Invalid value for '{param}': '{value}' is not one of {listed}.")
    return value


def _bad_value(exc: RequestValidationError) -> Refused:
    """A query or path value of the wrong type (``?page_no=abc``): the dashboard's page, naming
    the parameter as the user typed it, where the API's handler answered JSON."""
    first = exc.errors()[0]
    param = ".".join(str(part) for part in first["loc"][1:])  # ("query", "page_no")
    return Refused(400, invalid_parameter(first, param).message)
