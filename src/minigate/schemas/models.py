"""The model list (``GET /v1/models``)."""

from __future__ import annotations

from typing import Literal

from minigate.schemas.common import WireModel


class ModelCard(WireModel):
    id: str
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "minigate"


class ModelList(WireModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]
