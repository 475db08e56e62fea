"""Document collections: /v1/collections, their documents and their search.

Uploads are multipart and may be large: the body is read as a stream, file parts spill to
temporary files past 1 MB, and reading stops with 413 as soon as rag.max_upload_bytes is
passed, so a huge upload never sits in memory.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.responses import Response

from minigate.errors import InvalidRequest, NotFound, PayloadTooLarge
from minigate.rag import Collection, DocumentInfo, Library, check_source, owner_of, source_of
from minigate.schemas.bounds import FieldError
from minigate.server.disconnect import unless_disconnected
from minigate.server.responses import json_response
from minigate.server.routes.openai import parse_body

router = APIRouter(prefix="/v1/collections")
UPLOAD_PATH = r"^/v1/collections/[^/]+/documents$"  # BodyLimit lets rag.max_upload_bytes apply
Filter = dict[str, str | int | float | bool]
FILTER_RULE = (
    "a filter matches metadata fields exactly, each against one string, number or boolean, "
    'e.g. {"source": "a.pdf", "page": 2}; operators ($gt, $in, $or, ...) are not supported'
)


class CreateCollection(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    embedding_model: str | None = None


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str = Field(min_length=1)
    top_k: int | None = Field(default=None, ge=1, le=100, strict=True)  # true is not 1
    filter: Filter | None = None
    method: Literal["hybrid", "vector", "bm25"] | None = None  # None: rag.method

    @field_validator("filter", mode="before")
    @classmethod
    def _exact_fields_only(cls, value: Any) -> Any:
        # Chroma reads a key starting with '$' as an operator and failed on it (a 500), and an
        # operator under a field ({"page": {"$gt": 1}}) was refused as "not a valid string".
        if not isinstance(value, dict):
            return value  # pydantic says what a filter is
        for key, wanted in value.items():
            if key.startswith("$"):
                raise ValueError(f"'{key}' is not a metadata field: {FILTER_RULE}")
            if not isinstance(wanted, str | int | float | bool):  # an object, a list, null
                raise FieldError(
                    key, f"{json.dumps(wanted)[:60]} is no value to match: {FILTER_RULE}"
                )
        return value


async def _caller(request: Request) -> tuple[Library, str]:
    caller = await request.app.state.auth(request)
    library: Library | None = getattr(request.app.state.runtime, "rag", None)
    if library is None:
        raise NotFound("Document collections are off on this gateway (rag.enabled: false).")
    return library, owner_of(caller.key_id)


def _collection_json(collection: Collection) -> dict[str, Any]:
    return {
        "id": collection.name,
        "object": "collection",
        "name": collection.name,
        "created_at": collection.created_at,
        "embedding_model": collection.embedding_model,
        "chunks": collection.chunks,
    }


def _document_json(doc: DocumentInfo) -> dict[str, Any]:
    return {
        "object": "collection.document",
        "id": doc.id,
        "source": doc.source,
        "content_hash": doc.content_hash,
        "chunks": doc.chunks,
        "ingested_at": doc.ingested_at,
        "pages": doc.pages,
    }


@router.post("")
async def create_collection(request: Request) -> Response:
    library, owner = await _caller(request)
    body = await parse_body(request, CreateCollection)
    collection = await library.create(owner, body.name, body.embedding_model)
    return json_response(_collection_json(collection))


@router.get("")
async def list_collections(request: Request) -> Response:
    library, owner = await _caller(request)
    collections = [_collection_json(c) for c in await library.list_collections(owner)]
    return json_response({"object": "list", "data": collections})


@router.get("/{name}")
async def get_collection(request: Request, name: str) -> Response:
    library, owner = await _caller(request)
    return json_response(_collection_json(await library.get(owner, name)))


@router.delete("/{name}")
async def delete_collection(request: Request, name: str) -> Response:
    library, owner = await _caller(request)
    await library.delete(owner, name)
    return json_response({"id": name, "object": "collection.deleted", "deleted": True})


@router.post("/{name}/documents")
async def upload_documents(request: Request, name: str) -> Response:
    """Ingest the uploaded files (form field 'file', repeatable); one result per file."""
    library, owner = await _caller(request)
    await library.get(owner, name)
    files = await _uploaded_files(request, library.settings.max_upload_bytes)
    try:  # each part spilled to a temporary file: closed however the request ends
        for upload in files:
            check_source(upload.filename or "")
        contents = [(upload.filename or "", await upload.read()) for upload in files]
    finally:
        for upload in files:
            await upload.close()
    # A client that leaves cancels its ingestion, which then keeps nothing of the document it
    # was embedding: before, an upload went on embedding for minutes after its client was
    # gone, holding the shared embedder, and its document was kept.
    ingested = await unless_disconnected(request, library.ingest_many(owner, name, contents))
    if isinstance(ingested, Response):
        return ingested
    results = ingested
    failed = [r for r in results if r.status == "error"]
    if failed and len(failed) == len(results):
        raise InvalidRequest(
            "No document was ingested: " + "; ".join(str(r.error) for r in failed) + ".",
            param="file",
            code=failed[0].code,
        )
    return json_response({"object": "list", "data": [r.to_json() for r in results]})


async def _uploaded_files(request: Request, limit: int) -> list[UploadFile]:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise _too_large(limit)
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise InvalidRequest(
            "Upload documents as multipart/form-data with one or more 'file' fields.",
            param="file",
            code="invalid_content_type",
        )

    async def counted() -> AsyncGenerator[bytes, None]:
        seen = 0
        async for part in request.stream():
            seen += len(part)
            if seen > limit:
                raise _too_large(limit)
            yield part

    parser = _Parser(request.headers, counted(), max_files=1000)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise _malformed(exc.message.rstrip(".")) from None
    try:
        return _files_of(form, parser.ended)
    except InvalidRequest:
        await form.close()  # the parts that came whole spilled to temporary files
        raise


class _Parser(MultiPartParser):
    """Starlette's parser, noting whether the body reached its closing boundary: python-multipart
    does not check, so a body cut off mid-file read as one with no file in it."""

    ended = False

    def on_end(self) -> None:
        self.ended = True


def _files_of(form: FormData, ended: bool) -> list[UploadFile]:
    """The uploaded files: every file part, which must be named 'file' as the docs, OpenAI's
    file uploads and curl's ``-F file=@guide.pdf`` name it (before, any name was taken)."""
    if not ended:
        raise _malformed("it ends before its closing boundary, as an upload cut off does")
    for field, value in form.multi_items():
        if isinstance(value, UploadFile) and field != "file":
            raise InvalidRequest(
                f"The upload holds a file in the field '{field}'; send each document in a "
                "field named 'file' (e.g. curl -F file=@guide.pdf).",
                param=field,
                code="unexpected_field",
            )
    files = [v for v in form.getlist("file") if isinstance(v, UploadFile)]
    if not files:
        raise InvalidRequest(
            "The upload holds no file in a 'file' field (e.g. curl -F file=@guide.pdf).",
            param="file",
            code="no_file",
        )
    return files


def _malformed(why: str) -> InvalidRequest:
    return InvalidRequest(
        f"The multipart body is malformed: {why}. Upload documents as multipart/form-data "
        "with one or more 'file' fields."
    )


def _too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(
        f"The upload is larger than the limit of {limit} bytes (rag.max_upload_bytes); "
        "split it or raise the limit."
    )


@router.get("/{name}/documents")
async def list_documents(request: Request, name: str) -> Response:
    library, owner = await _caller(request)
    docs = [_document_json(d) for d in await library.documents(owner, name)]
    return json_response({"object": "list", "data": docs})


@router.delete("/{name}/documents/{document_id}")
async def delete_document(request: Request, name: str, document_id: str) -> Response:
    library, owner = await _caller(request)
    await library.delete_document(owner, name, document_id)
    deleted = {"id": document_id, "object": "collection.document.deleted", "deleted": True}
    return json_response(deleted)


@router.post("/{name}/search")
async def search(request: Request, name: str) -> Response:
    library, owner = await _caller(request)
    body = await parse_body(request, SearchRequest)
    hits = await library.search(owner, name, body.query, body.top_k, body.filter, body.method)
    data = [source_of(n, hit) | {"ranks": hit.ranks} for n, hit in enumerate(hits, start=1)]
    return json_response({"object": "list", "data": data})
