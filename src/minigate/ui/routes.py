"""The dashboard's routes: login and logout, static files, and one route per page."""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import quote

from fastapi import APIRouter, Request
from starlette.responses import FileResponse, RedirectResponse, Response

from minigate.ui import batches, collections, pages
from minigate.ui.api import AdminAPI, ApiError
from minigate.ui.sessions import COOKIE
from minigate.ui.web import (
    HERE,
    SECURITY_HEADERS,
    Dashboard,
    Refused,
    UIRoute,
    action,
    form,
    render,
)

router = APIRouter(prefix="/ui", route_class=UIRoute, include_in_schema=False)
router.include_router(pages.router)
router.include_router(batches.router)
router.include_router(collections.router)
STATIC = (HERE / "static").resolve()
LOGIN_COOKIE = "mg_login"  # the login form's CSRF token, double-submitted (no session yet)


@router.get("")
@router.get("/")
async def home() -> Response:
    return RedirectResponse("/ui/overview", status_code=303)


@router.get("/static/{path:path}")
async def static(path: str) -> Response:
    file = (STATIC / path).resolve()
    try:
        found = file.is_relative_to(STATIC) and file.is_file()
    except OSError:  # a name longer than the file system takes (ENAMETOOLONG): was a 500
        found = False
    if not found:
        raise Refused(404, f"No static file '{path[:200]}'.")
    return FileResponse(file, headers={"cache-control": "public, max-age=3600"})


@router.get("/login")
async def login_form(request: Request, next: str = "/ui/overview") -> Response:
    return _login_page(request, _safe_next(next))


def _login_page(request: Request, next_path: str, status: int = 200, error: str = "") -> Response:
    token = secrets.token_urlsafe(24)
    open_gateway = request.app.state.auth.open
    response = render(
        request, "login.html", status, csrf=token, next=next_path, error=error, open=open_gateway
    )
    set_cookie(request, response, LOGIN_COOKIE, token, path="/ui/login", max_age=600)
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    fields = await form(request)
    next_path = _safe_next(fields.get("next", ""))
    presented, expected = fields.get("csrf", ""), request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not hmac.compare_digest(presented.encode(), expected.encode()):
        return _login_page(request, next_path, 403, "The form expired; please try again.")
    if request.app.state.auth.open:
        return _login_page(request, next_path, 403, "Set a master key to use the dashboard.")
    key = fields.get("key", "").strip()
    admin = await _probe(request, key)
    if admin is None:
        return _login_page(request, next_path, 401, "That key is not valid here.")
    label = "master" if admin and key == request.app.state.settings.master_key else key[:10] + "…"
    session = await Dashboard.of(request).sessions.open(key, admin=admin, label=label)
    response = RedirectResponse(next_path, status_code=303, headers=SECURITY_HEADERS)
    set_cookie(request, response, COOKIE, session.id, path="/ui")
    response.delete_cookie(LOGIN_COOKIE, path="/ui/login")
    return response


async def _probe(request: Request, key: str) -> bool | None:
    """Whether the admin API takes ``key`` as an admin's (True), a user's (False), or not."""
    if not key:
        return None
    try:
        await AdminAPI(request.app, key).get("/v1/admin/keys")
    except ApiError as exc:
        if exc.status == 401:
            return None
        return exc.status != 403  # 404: admin, but this gateway keeps no keys
    return True


@router.post("/logout")
async def logout(request: Request) -> Response:
    found, _ = await action(request, admin=False)
    await Dashboard.of(request).sessions.close(found.session.id)
    response = RedirectResponse("/ui/login", status_code=303, headers=SECURITY_HEADERS)
    response.delete_cookie(COOKIE, path="/ui")
    if found.htmx:
        response.headers["hx-redirect"] = "/ui/login"
    return response


def set_cookie(
    request: Request,
    response: Response,
    name: str,
    value: str,
    path: str,
    max_age: int | None = None,
) -> None:
    """HttpOnly, SameSite=Strict, and Secure whenever the page came over TLS."""
    secure = request.scope.get("scheme") == "https"  # uvicorn --proxy-headers sets it too
    response.set_cookie(
        name, value, max_age, path=path, secure=secure, httponly=True, samesite="strict"
    )


def _safe_next(path: str) -> str:
    """Only a path inside the dashboard: never an open redirect to another site."""
    if not path.startswith("/ui/") or path.startswith("//") or "\\" in path:
        return "/ui/overview"
    return quote(path, safe="/?=&")


# Last, so that every page and action above is matched first: any other /ui path is a page
# that does not exist, shown as the dashboard's own "Not available" page, never the API's JSON.
@router.api_route("/{path:path}", methods=["GET", "POST"])
async def unknown(path: str) -> Response:
    raise Refused(404, f"There is no dashboard page /ui/{path[:200]}.")
