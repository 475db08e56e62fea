"""The served OpenAPI document, with the request bodies that the routes validate themselves.

Handlers read their bodies with ``parse_body`` (so that errors take OpenAI's shape), which
FastAPI cannot see: without this, the document describes no request body at all, and neither
clients nor fuzzers can use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

_REF = "#/components/schemas/{model}"


def openapi_document(app: FastAPI, bodies: Mapping[str, type[BaseModel]]) -> dict[str, Any]:
    """The app's OpenAPI document with the POST bodies of ``bodies`` (path: model) described
    (built once)."""
    if app.openapi_schema is not None:
        return app.openapi_schema
    document = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes
    )
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for path, model in bodies.items():
        operation = document.get("paths", {}).get(path, {}).get("post")
        if operation is None:
            continue
        schema = model.model_json_schema(ref_template=_REF)
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema
        operation["requestBody"] = {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": _REF.format(model=model.__name__)}}
            },
        }
    app.openapi_schema = document
    return document
