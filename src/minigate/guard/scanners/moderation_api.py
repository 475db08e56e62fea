"""A remote classifier behind OpenAI's moderation API: another minigate, or any service
that speaks ``POST /v1/moderations`` (a Llama Guard deployment behind a shim, a provider).

It is also the scanner most likely to fail at run time (the service is down or slow), which
is what ``on_error`` decides: block the request (fail closed) or let it through (fail open).

One HTTP client serves every scan, so that scans reuse their connections to the service; it
is opened by the first scan (on the loop that serves) and closed with the guard stage.
"""

from __future__ import annotations

import logging
import os

import httpx
from pydantic import Field

from minigate.guard.protocol import GuardDeps, ScanContext, Verdict
from minigate.guard.registry import ScannerOptions, ScannerType
from minigate.logs import warn_if_unset

log = logging.getLogger("minigate.guard")


class ModerationApiOptions(ScannerOptions):
    base_url: str = Field(description="Up to /v1, e.g. http://127.0.0.1:8081/v1.")
    api_key_env: str | None = None
    model: str | None = None
    timeout_s: float = Field(default=5.0, gt=0)


class ModerationApiScanner:
    sends_text_out = True  # protocol.SendsTextOut: it reads the prompt as redacted so far

    def __init__(self, options: ModerationApiOptions, name: str) -> None:
        self.name = name
        self.options = options
        self.url = options.base_url.rstrip("/") + "/moderations"
        warn_if_unset(options.api_key_env, f"Guard scanner '{name}' ({self.url})", log)
        self._client: httpx.AsyncClient | None = None

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.options.timeout_s)
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        headers = {}
        if self.options.api_key_env and (key := os.environ.get(self.options.api_key_env)):
            headers["authorization"] = f"Bearer {key}"
        body: dict[str, object] = {"input": text}
        if self.options.model:
            body["model"] = self.options.model
        response = await self.client.post(self.url, json=body, headers=headers)
        response.raise_for_status()
        result = response.json()["results"][0]
        if not result.get("flagged"):
            return Verdict.clean(self.name)
        categories = sorted(k for k, hit in (result.get("categories") or {}).items() if hit)
        scores = result.get("category_scores") or {}
        return Verdict(
            scanner=self.name,
            flagged=True,
            score=max((float(scores.get(c, 1.0)) for c in categories), default=1.0),
            labels=tuple(categories),
            reason=f"the moderation service flagged it ({', '.join(categories) or 'no category'})",
        )


def _build(options: ModerationApiOptions, name: str, deps: GuardDeps) -> ModerationApiScanner:
    return ModerationApiScanner(options, name)


SCANNER_TYPE = ScannerType(
    options=ModerationApiOptions,
    build=_build,
    description="A remote service speaking OpenAI's moderation API.",
)
