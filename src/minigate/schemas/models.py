"""The model list (``GET /v1/models``)."""

from __future__ import annotations

import time
from typing import Literal

from minigate.schemas.common import WireModel

# When this process began serving its models: OpenAI's ``created`` is a Unix time, and 0 read
# as 1970 to clients that show it. A collection's card carries its own creation time.
SERVING_SINCE = int(time.time())


class ModelCard(WireModel):
    id: str
    object: Literal["model"] = "model"
    created: int = SERVING_SINCE
    owned_by: str = "minigate"


class ModelList(WireModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]
