"""Aggregates and logs for operators (the dashboard reads these, as any client may): a usage
summary over a time range, the request log with one request's record, and verifying the audit
trail. Usage is scoped per caller, like GET /v1/usage; verify needs an admin key."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.responses import Response

from minigate.audit.export import load
from minigate.audit.verify import verify
from minigate.errors import InvalidRequest, NotFound
from minigate.ledger import history, summary
from minigate.ledger.prices import Price
from minigate.schemas.bounds import INT64_MAX
from minigate.server.responses import json_response
from minigate.server.routes.admin import runtime_of, usage_scope
from minigate.store.schema import audit_entries

router = APIRouter(prefix="/v1")
MAX_RANGE = timedelta(days=400)
# A range's arithmetic (a day back, the next whole hour) stays inside what datetime holds.
EARLIEST, LATEST = datetime(1970, 1, 2, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC)


def _utc(value: datetime | None, default: datetime, param: str) -> datetime:
    """``value`` in UTC (a time without an offset is taken as UTC), or ``default``."""
    if value is None:
        return default
    try:
        at = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except OverflowError:  # year 1 at +14:00, year 9999 at -14:00: no datetime holds it in UTC
        raise _out_of_range(param) from None
    if not EARLIEST <= at <= LATEST:
        raise _out_of_range(param)
    return at


def _out_of_range(param: str) -> InvalidRequest:
    return InvalidRequest(
        f"'{param}' must be a time from 1970-01-02 to 9999-01-01 (UTC).",
        param=param,
        code="invalid_value",  # as the query's own checks answer (server/errors.py)
    )


@router.get("/usage/summary")
async def usage_summary(
    request: Request,
    since: datetime | None = Query(None, description="Start (ISO 8601); default: 24 h ago."),
    until: datetime | None = Query(None, description="End (ISO 8601); default: now."),
    bucket: Literal["hour", "day"] = Query("hour"),
) -> Response:
    key_id = await usage_scope(request)
    runtime = runtime_of(request)
    assert runtime.engine is not None and runtime.ledger is not None
    end = _utc(until, datetime.now(UTC), "until")
    start = _utc(since, end - timedelta(days=1), "since")
    if not start < end or end - start > MAX_RANGE:
        raise InvalidRequest(
            "'since' must come before 'until', at most 400 days apart.",
            param="since",
            code="invalid_value",
        )
    found = await summary.summary(
        runtime.engine, start, end, bucket, key_id, baseline=_baseline(request)
    )
    return json_response({**found, "baseline_model": runtime.ledger.settings.baseline_model})


@router.get("/usage/requests")
async def request_log(
    request: Request,
    key_id: str | None = None,
    model: str | None = None,
    status: str | None = None,
    cache: str | None = None,
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=INT64_MAX),  # the database's integer
) -> Response:
    """The ledger's rows, newest first; a key that is no admin sees only its own."""
    own = await usage_scope(request)
    engine = runtime_of(request).engine
    assert engine is not None
    wanted = history.RequestFilter(
        key_id=own or key_id, model=model, status=status, cache=cache, limit=limit, offset=offset
    )
    total, rows = await history.page(engine, wanted, _baseline(request))
    verdicts = await _guard_verdicts(request, [r["id"] for r in rows])
    for row in rows:
        row["guard"] = verdicts.get(row["id"])
    body = {"object": "list", "total": total, "limit": limit, "offset": offset, "data": rows}
    return json_response(body)


@router.get("/usage/requests/{request_id}")
async def request_record(request: Request, request_id: str) -> Response:
    own = await usage_scope(request)
    engine = runtime_of(request).engine
    assert engine is not None
    row = await history.one(engine, request_id, _baseline(request))
    if row is None or (own is not None and row["key_id"] != own):
        raise NotFound(f"No request '{request_id}' in the ledger.", param="request_id")
    row["guard"] = (await _guard_verdicts(request, [request_id])).get(request_id)
    return json_response(row)


def _baseline(request: Request) -> Price:
    ledger = runtime_of(request).ledger
    assert ledger is not None
    return ledger.price(ledger.settings.baseline_model)


async def _guard_verdicts(request: Request, ids: list[str]) -> dict[str, Any]:
    """The guard's verdicts per request, as the audit trail recorded them (if it is on)."""
    audit = request.app.state.runtime.audit
    if audit is None or not ids:
        return {}
    engine: AsyncEngine = audit.engine
    query = select(audit_entries.c.request_id, audit_entries.c.guard).where(
        audit_entries.c.request_id.in_(ids), audit_entries.c.event == "request"
    )
    async with engine.connect() as conn:
        return {rid: guard for rid, guard in (await conn.execute(query)).all() if guard}


@router.post("/admin/audit/verify")
async def verify_audit(request: Request) -> Response:
    """Check every entry's hash and every checkpoint's signature, as `minigate audit verify`."""
    await request.app.state.auth.admin(request)
    audit = request.app.state.runtime.audit
    if audit is None:
        raise NotFound("The audit trail is disabled (audit.enabled: false).")
    await audit.flush()
    entries, checkpoints = await load(audit.engine)
    report = verify(entries, checkpoints, audit.signer.public)
    return json_response({"object": "audit.verification", **report.as_dict()})
