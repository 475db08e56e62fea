"""Admin API: virtual keys, usage reports, audit provenance. Keys and audit need the master key;
usage is per caller."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Literal

from fastapi import APIRouter, Query, Request
from pydantic import ValidationError
from starlette.responses import Response

from minigate.audit.export import provenance
from minigate.errors import InvalidRequest, NotFound
from minigate.ledger import limits, reports
from minigate.ledger.keys import KeyLimits, KeySpec, KeyStore
from minigate.runtime import Runtime
from minigate.server.responses import json_response
from minigate.server.routes.openai import parse_body
from minigate.validation import invalid_request

router = APIRouter(prefix="/v1")


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    if runtime.engine is None or runtime.keys is None or runtime.ledger is None:
        raise NotFound("The ledger is disabled (ledger.enabled: false).")
    return runtime


def keys_of(request: Request) -> KeyStore:
    keys = runtime_of(request).keys
    assert keys is not None
    return keys


@router.post("/admin/keys")
async def create_key(request: Request) -> Response:
    await request.app.state.auth.admin(request)
    try:
        spec = KeySpec.model_validate_json(await request.body())
    except ValidationError as exc:
        raise invalid_request(exc) from None
    _check_models(request, spec.models)
    key, secret = await keys_of(request).create(spec)
    return json_response({**key.public(), "key": secret}, status=201)


def _check_models(request: Request, models: list[str] | None) -> None:
    configured = set(request.app.state.settings.requestable)
    unknown = sorted(set(models or []) - configured)
    if unknown:
        raise InvalidRequest(
            f"Unknown model(s) {', '.join(unknown)}; configured models and routes: "
            f"{', '.join(sorted(configured))}.",
            param="models",
        )


@router.get("/admin/keys")
async def list_keys(request: Request) -> Response:
    """Every key, with what it spent in its current period (with a budget or without)."""
    await request.app.state.auth.admin(request)
    store = keys_of(request)
    keys = await store.list()
    spent = await limits.spent(store.engine, keys, datetime.now(UTC))
    data = [{**k.public(), "spent_usd": str(spent[k.id])} for k in keys]
    return json_response({"object": "list", "data": data})


@router.patch("/admin/keys/{key_id}")
async def update_key(request: Request, key_id: str) -> Response:
    """Change a key's budget, period, rate limits or models."""
    await request.app.state.auth.admin(request)
    changes = await parse_body(request, KeyLimits)
    _check_models(request, changes.models)
    return json_response((await keys_of(request).update(key_id, changes)).public())


@router.post("/admin/keys/{key_id}/disable")
async def disable_key(request: Request, key_id: str) -> Response:
    await request.app.state.auth.admin(request)
    return json_response((await keys_of(request).disable(key_id)).public())


async def usage_scope(request: Request) -> str | None:
    """The key id whose usage the caller may see, or None for all: admins (and anyone on an
    open gateway) see all; any other key, virtual or static (``auth.api_keys``), its own."""
    caller = await request.app.state.auth(request)
    return None if caller.admin else caller.key_id


@router.get("/usage")
async def usage(
    request: Request,
    by: Literal["key", "model", "day"] = Query("model"),
    since: date | None = Query(None),
) -> Response:
    key_id = await usage_scope(request)
    runtime = runtime_of(request)
    assert runtime.engine is not None and runtime.ledger is not None
    baseline = runtime.ledger.price(runtime.ledger.settings.baseline_model)
    rows = await reports.usage(runtime.engine, by, baseline, since, key_id)
    return json_response({"object": "list", "by": by, "data": rows})


@router.get("/usage/savings")
async def savings(request: Request, since: date | None = Query(None)) -> Response:
    key_id = await usage_scope(request)
    runtime = runtime_of(request)
    assert runtime.engine is not None and runtime.ledger is not None
    name = runtime.ledger.settings.baseline_model
    report = await reports.savings(runtime.engine, name, runtime.ledger.price(name), since, key_id)
    return json_response(report)


@router.get("/audit/{request_id}")
async def audit_entry(request: Request, request_id: str) -> Response:
    """The provenance of one request, for holders of the master key."""
    await request.app.state.auth.admin(request)
    audit = request.app.state.runtime.audit
    if audit is None:
        raise NotFound("The audit trail is disabled (audit.enabled: false).")
    await audit.flush()  # entries are written behind the answer: let this one land first
    found = await provenance(audit.engine, request_id)
    if found is None:
        raise NotFound(f"No audit entry for request '{request_id}'.", param="request_id")
    return json_response(found)
