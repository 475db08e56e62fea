"""The dashboard's pages. Each reads the admin API as the logged-in user and renders a template;
each action is a POST (form or htmx) with the session's CSRF token."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from minigate.errors import GatewayError
from minigate.schemas.bounds import INT64_MAX
from minigate.ui.api import ApiError, part
from minigate.ui.web import Page, Refused, UIRoute, action, one_of, page
from minigate.words import counted

router = APIRouter(route_class=UIRoute)

Bucket = Literal["hour", "day"]
RANGES: dict[str, tuple[timedelta, Bucket]] = {
    "24h": (timedelta(days=1), "hour"),
    "7d": (timedelta(days=7), "hour"),
    "30d": (timedelta(days=30), "day"),
    "90d": (timedelta(days=90), "day"),
}
STATUSES = ("ok", "error", "content_policy_violation", "review_pending", "rate_limit_exceeded")
CACHE_KINDS = ("hit", "semantic-hit", "miss", "bypass")


def _codes(kind: type[GatewayError] = GatewayError) -> frozenset[str]:
    return frozenset({kind.code}).union(*map(_codes, kind.__subclasses__()))


# The log's status is 'ok' or the error code of the request's failure; the page offers a few
# in its menu and takes any code of the exception tree typed into its address.
TAKEN_STATUSES = frozenset(STATUSES) | _codes()


@router.get("/overview")
async def overview(request: Request, range: str = "24h") -> Response:
    found = await page(request)
    span, bucket = RANGES[one_of("range", range, RANGES) or "24h"]
    now = datetime.now(UTC)
    since = now - span
    summary = await found.api.get(
        "/v1/usage/summary", since=since.isoformat(), until=now.isoformat(), bucket=bucket
    )
    return found.render(
        "overview.html",
        summary=summary,
        cache=await _cache_stats(found) if found.session.admin else None,
        charts=_charts(summary["series"], bucket, since, now),
        range=range or "24h",
        ranges=list(RANGES),
    )


async def _cache_stats(found: Page) -> dict[str, Any] | None:
    """The response cache's store as a whole (admins only); None when there is no cache."""
    try:
        stats: dict[str, Any] = await found.api.get("/v1/admin/cache/stats")
    except ApiError as exc:
        if exc.status == 404:
            return None
        raise
    return stats


def _charts(
    points: list[dict[str, Any]], bucket: Bucket, since: datetime, until: datetime
) -> dict[str, Any]:
    """Columns for uPlot: x in Unix seconds, one list per line; a bucket without traffic is 0."""
    shape = "%Y-%m-%d %H" if bucket == "hour" else "%Y-%m-%d"
    step = timedelta(hours=1) if bucket == "hour" else timedelta(days=1)
    at = datetime.strptime(since.strftime(shape), shape).replace(tzinfo=UTC)
    found = {p["t"]: p for p in points}
    empty = {"requests": 0, "tokens": 0, "cost_usd": "0", "saved_usd": "0"}
    x, series = [], []
    while at < until:
        x.append(int(at.timestamp()))
        series.append(found.get(at.strftime(shape), empty))
        at += step
    return {
        "traffic": {
            "x": x,
            "lines": {
                "Requests": [p["requests"] for p in series],
                "Tokens": [p["tokens"] for p in series],
            },
        },
        "money": {
            "x": x,
            "lines": {
                "Cost (USD)": [float(p["cost_usd"]) for p in series],
                "Saved vs baseline (USD)": [float(p["saved_usd"]) for p in series],
            },
        },
    }


@router.get("/requests")
async def request_log(
    request: Request,
    key_id: str = "",
    model: str = "",
    status: str = "",
    cache: str = "",
    page_no: int = 1,
) -> Response:
    found = await page(request)
    size = request.app.state.settings.ui.page_size
    last = INT64_MAX // size + 1  # the API's offset is the database's integer
    if page_no < 1:
        raise Refused(400, "Invalid value for 'page_no': pages start at 1.")
    if page_no > last:
        raise Refused(400, f"Invalid value for 'page_no': pages go up to {last}.")
    filters = {
        "key_id": key_id,
        "model": model,
        "status": one_of(
            "status", status, TAKEN_STATUSES, "ok, error (any but ok) or an error code"
        ),
        "cache": one_of("cache", cache, CACHE_KINDS),
    }
    log = await found.api.get(
        "/v1/usage/requests", **filters, limit=size, offset=(page_no - 1) * size
    )
    pages = max((log["total"] + size - 1) // size, 1)
    if page_no > pages:
        raise Refused(
            400, f"Invalid value for 'page_no': the log, as filtered, has {counted(pages, 'page')}."
        )
    return found.render(
        "requests.html",
        log=log,
        filters=filters,
        page_no=page_no,
        pages=pages,
        statuses=STATUSES,
        cache_kinds=CACHE_KINDS,
    )


@router.get("/requests/{request_id}")
async def request_detail(request: Request, request_id: str) -> Response:
    found = await page(request)
    record = await found.api.get(f"/v1/usage/requests/{part(request_id)}")
    entry = await _audit_entry(found, request_id) if found.session.admin else None
    return found.render("request.html", record=record, entry=entry)


async def _audit_entry(found: Page, request_id: str) -> dict[str, Any] | None:
    try:
        entry: dict[str, Any] = await found.api.get(f"/v1/audit/{part(request_id)}")
    except ApiError as exc:
        if exc.status == 404:
            return None
        raise
    return entry


# -- review queue -------------------------------------------------------------------------


@router.get("/reviews")
async def reviews(request: Request) -> Response:
    found = await page(request, admin=True)
    try:
        queue = (await found.api.get("/v1/admin/reviews", status="pending"))["data"]
    except ApiError as exc:
        if exc.status != 404:
            raise
        queue = None  # this gateway holds no answers for review
    return found.render("reviews.html", queue=queue)


@router.post("/reviews/{review_id}/{verdict}")
async def decide(request: Request, review_id: str, verdict: str) -> Response:
    found, fields = await action(request)
    if verdict not in ("approve", "reject"):
        raise Refused(404, f"There is no review action '{verdict}'.")
    body: dict[str, Any] = {"reviewer": found.session.label, "note": fields.get("note", "")}
    edited = fields.get("answer")
    if verdict == "approve" and edited is not None and edited != fields.get("draft"):
        body["answer"] = edited
    review = await found.api.post(f"/v1/admin/reviews/{part(review_id)}/{verdict}", body)
    if found.htmx:
        return found.render("_decided.html", review=review)
    return RedirectResponse("/ui/reviews", status_code=303)


# -- keys and budgets ---------------------------------------------------------------------


@router.get("/keys")
async def keys(request: Request) -> Response:
    found = await page(request, admin=True)
    return await _keys_page(found)


async def _keys_page(found: Page, **extra: Any) -> Response:
    listed = (await found.api.get("/v1/admin/keys"))["data"]
    status = 400 if extra.get("error") else 201 if extra.get("created") else 200
    return found.render("keys.html", keys=listed, status=status, **extra)


@router.post("/keys")
async def create_key(request: Request) -> Response:
    found, fields = await action(request)
    try:
        spec = {"name": fields.get("name", "").strip(), **_limits(fields)}
        if models := _models(fields.get("models", "")):
            spec["models"] = models
        if fields.get("admin") == "true":
            spec["admin"] = True
        created = await found.api.post("/v1/admin/keys", spec)
    except (ApiError, ValueError) as exc:
        return await _keys_page(found, error=str(exc))
    # The secret is in this response only: it is never stored, so never shown again.
    return await _keys_page(found, created=created)


@router.post("/keys/{key_id}/disable")
async def disable_key(request: Request, key_id: str) -> Response:
    found, _ = await action(request)
    key = await found.api.post(f"/v1/admin/keys/{part(key_id)}/disable")
    if found.htmx:
        spent = await _spent(found, key_id)
        return found.render("_key_row.html", key={**key, "spent_usd": spent})
    return RedirectResponse("/ui/keys", status_code=303)


@router.post("/keys/{key_id}/limits")
async def edit_limits(request: Request, key_id: str) -> Response:
    found, fields = await action(request)
    try:
        await found.api.patch(f"/v1/admin/keys/{part(key_id)}", _limits(fields, clear=True))
    except (ApiError, ValueError) as exc:
        return await _keys_page(found, error=str(exc))
    return RedirectResponse("/ui/keys", status_code=303)


async def _spent(found: Page, key_id: str) -> str:
    listed = (await found.api.get("/v1/admin/keys"))["data"]
    return next((str(k["spent_usd"]) for k in listed if k["id"] == key_id), "0")


def _limits(fields: dict[str, str], clear: bool = False) -> dict[str, Any]:
    """Budget, period and rate limits from a form; an empty field means no limit."""
    found: dict[str, Any] = {}
    for name in ("budget_usd", "rpm", "tpm"):
        text = fields.get(name, "").strip()
        if text:
            found[name] = _number(name, text)
        elif clear:
            found[name] = None
    if fields.get("period"):
        found["period"] = fields["period"]
    return found


def _number(name: str, text: str) -> str | int:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{name} must be a number, not '{text}'.") from None
    # int() of Infinity raises OverflowError, and of 1e999999999 builds a 400 MB integer:
    # refuse both here; the admin API judges the finite rest.
    if not value.is_finite() or abs(value) > INT64_MAX:
        raise ValueError(f"{name} must be a finite number, not '{text}'.")
    return str(value) if name == "budget_usd" else int(value)


def _models(text: str) -> list[str]:
    return [m.strip() for m in text.replace("\n", ",").split(",") if m.strip()]


# -- audit --------------------------------------------------------------------------------


@router.get("/audit")
async def audit(request: Request, request_id: str = "") -> Response:
    found = await page(request, admin=True)
    entry = await _audit_entry(found, request_id.strip()) if request_id.strip() else None
    return found.render("audit.html", request_id=request_id, entry=entry, report=None)


@router.post("/audit/verify")
async def verify(request: Request) -> Response:
    found, _ = await action(request)
    report = await found.api.post("/v1/admin/audit/verify")
    template = "_verified.html" if found.htmx else "audit.html"
    return found.render(template, report=report, request_id="", entry=None)
