"""The batches pages: the caller's batch jobs with their progress, one batch's counts and its
output and error files, and cancelling it. All through the Batch and Files APIs, as the
logged-in key: a key sees the batches it made, and the master key every key's, as over HTTP."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from minigate.ui.api import ApiError, part
from minigate.ui.web import SECURITY_HEADERS, Page, Refused, UIRoute, action, page

router = APIRouter(route_class=UIRoute)
PAGE_SIZE = 50
# The states from which the Batch API still takes a cancel.
CANCELLABLE = ("validating", "in_progress")
TIMES = (
    "created_at",
    "in_progress_at",
    "finalizing_at",
    "completed_at",
    "failed_at",
    "expired_at",
    "cancelling_at",
    "cancelled_at",
    "expires_at",
)


@router.get("/batches")
async def batch_list(request: Request, after: str = "") -> Response:
    found = await page(request)
    if after:
        await _cursor(found, after)
    listed = await found.api.get("/v1/batches", limit=PAGE_SIZE, after=after)
    return found.render(
        "batches.html", batches=[_shown(b) for b in listed["data"]], listed=listed, after=after
    )


async def _cursor(found: Page, after: str) -> None:
    """Refuse a cursor that is no batch of the key's: the API lists nothing after it, and the
    page looked like the end of the list."""
    try:
        await found.api.get(f"/v1/batches/{part(after)}")
    except ApiError as exc:
        if exc.status != 404:
            raise
        raise Refused(
            400, f"Invalid value for 'after': there is no batch '{after}' to list after."
        ) from None


@router.get("/batches/{batch_id}")
async def batch_detail(request: Request, batch_id: str) -> Response:
    found = await page(request)
    batch = await found.api.get(f"/v1/batches/{part(batch_id)}")
    return found.render("batch.html", batch=_shown(batch), times=_times(batch))


@router.post("/batches/{batch_id}/cancel")
async def cancel(request: Request, batch_id: str) -> Response:
    found, _ = await action(request, admin=False)
    batch = await found.api.post(f"/v1/batches/{part(batch_id)}/cancel")
    if found.htmx:
        return found.render("batch.html", batch=_shown(batch), times=_times(batch))
    return RedirectResponse(f"/ui/batches/{part(batch_id)}", status_code=303)


@router.get("/files/{file_id}/content")
async def file_content(request: Request, file_id: str) -> Response:
    """A batch's output or error file, downloaded through the Files API as the user."""
    found = await page(request)
    body = await found.api.content(f"/v1/files/{part(file_id)}/content")
    headers = {
        **SECURITY_HEADERS,
        "content-disposition": f'attachment; filename="{part(file_id)}.jsonl"',
    }
    return Response(body, media_type="application/jsonl", headers=headers)


def _shown(batch: dict[str, Any]) -> dict[str, Any]:
    """The batch, with its progress as a share of its lines and whether it may be cancelled."""
    counts = batch.get("request_counts") or {}
    total, done = counts.get("total", 0), counts.get("completed", 0) + counts.get("failed", 0)
    return {
        **batch,
        "done": done,
        "percent": round(100 * done / total) if total else 0,
        "cancellable": batch["status"] in CANCELLABLE,
        "created": _when(batch["created_at"]),
    }


def _times(batch: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (name.removesuffix("_at").replace("_", " "), _when(batch[name]))
        for name in TIMES
        if batch.get(name)
    ]


def _when(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
