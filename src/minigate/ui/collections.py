"""The collections pages: the caller's document collections with their document counts, one
collection's documents, an upload, and a test query that shows the hits. All through the
collections API (/v1/collections), as the logged-in key: collections belong to a key."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.datastructures import UploadFile
from starlette.responses import RedirectResponse, Response

from minigate.ui.api import ApiError, part
from minigate.ui.web import Page, Refused, UIRoute, action, one_of, page

router = APIRouter(route_class=UIRoute)
METHODS = ("hybrid", "bm25", "vector")


@router.get("/collections")
async def collection_list(request: Request) -> Response:
    found = await page(request)
    return await _list_page(found)


async def _list_page(found: Page, status: int = 200, error: str = "") -> Response:
    listed = (await found.api.get("/v1/collections"))["data"]
    for collection in listed:
        documents = await found.api.get(f"/v1/collections/{part(collection['name'])}/documents")
        collection["documents"] = len(documents["data"])
    return found.render("collections.html", status, collections=listed, error=error)


@router.post("/collections")
async def create(request: Request) -> Response:
    found, fields = await action(request, admin=False)
    name = fields.get("name", "").strip()
    try:
        await found.api.post("/v1/collections", {"name": name})
    except ApiError as exc:
        return await _list_page(found, 400, exc.message)
    return RedirectResponse(f"/ui/collections/{part(name)}", status_code=303)


@router.get("/collections/{name}")
async def collection(request: Request, name: str, q: str = "", method: str = "") -> Response:
    found = await page(request)
    return await _collection_page(found, name, q.strip(), one_of("method", method, METHODS))


async def _collection_page(
    found: Page,
    name: str,
    query: str = "",
    method: str = "",
    uploaded: list[dict[str, Any]] | None = None,
    status: int = 200,
    error: str = "",
) -> Response:
    path = f"/v1/collections/{part(name)}"
    shown = await found.api.get(path)
    documents = (await found.api.get(f"{path}/documents"))["data"]
    hits = None
    if query:
        search: dict[str, Any] = {"query": query}
        if method:
            search["method"] = method
        try:
            hits = (await found.api.post(f"{path}/search", search))["data"]
        except ApiError as exc:
            error, status = exc.message, exc.status
    return found.render(
        "collection.html",
        status,
        collection=shown,
        documents=documents,
        query=query,
        method=method,
        methods=METHODS,
        hits=hits,
        uploaded=uploaded,
        error=error,
    )


@router.post("/collections/{name}/documents")
async def upload(request: Request, name: str) -> Response:
    """The upload form (multipart): its CSRF token is a form field beside the files."""
    found = await page(request)
    async with request.form() as fields:
        token = request.headers.get("x-csrf-token") or fields.get("csrf")
        if not isinstance(token, str) or not found.session.csrf_ok(token):
            raise Refused(403, "The form's security token is missing or stale; reload the page.")
        files = [
            ("file", (value.filename or "", await value.read()))
            for value in fields.getlist("file")
            if isinstance(value, UploadFile) and value.filename
        ]
    if not files:
        return await _collection_page(found, name, status=400, error="Choose a file to upload.")
    try:
        results = await found.api.upload(f"/v1/collections/{part(name)}/documents", files)
    except ApiError as exc:
        return await _collection_page(found, name, status=exc.status, error=exc.message)
    return await _collection_page(found, name, uploaded=results["data"])
