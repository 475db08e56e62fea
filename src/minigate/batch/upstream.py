"""Batches passed through to a provider's own Files and Batch API (``batch_passthrough``).

A batch whose lines all name one such model is not run line by line here: a worker uploads
its lines to the model's upstream, creates a batch there and polls it, and maps the upstream's
output and error files back onto the batch's lines (joined on ``custom_id``), each with its
ledger row priced from the upstream's ``usage`` at the batch discount, committed together with
the line's result. Then the batch finishes as any other. A cancel is forwarded upstream.

Budgets hold per line: before the file goes upstream, each line's largest possible cost is
reserved against the owner's budget (``Holds``, minigate.ledger.holds); a line it cannot cover
fails with 429 ``budget_exceeded`` and is not sent. The file is spooled to disk and uploaded
from there, so a large batch never sits in memory.

Nothing is billed twice: the upstream batch carries ``metadata.minigate_batch_id``, and a
worker that finds one already there (its predecessor died after creating it) adopts it; a line
is mapped only while it is still pending, with its ledger row in the same transaction. An
upstream batch that expired makes the batch ``expired``, with what completed in time.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any, Protocol

import httpx
import orjson
from pydantic import ValidationError
from sqlalchemy import Connection, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.backends.settings import OpenAIModel
from minigate.batch.jobs import COMPLETED, MAPPED, PENDING, UPSTREAM_EXPIRED
from minigate.batch.queue import claim_batch, holding_batch
from minigate.batch.runner import (
    CONTEXT_ENDPOINTS,
    Answer,
    KeyLookup,
    Redact,
    output_line,
    parse,
    redacted_error,
    refusal,
)
from minigate.errors import GatewayError, UpstreamError
from minigate.identity import VirtualKey
from minigate.schemas.common import Usage
from minigate.stage import Request
from minigate.store.schema import batch_lines, batches

FINISHED = ("completed", "failed", "expired", "cancelled")
# What a line the upstream never ran says, by how the upstream batch ended.
UNRUN = {"expired": "batch_expired", "cancelled": "batch_cancelled"}
PAGE = 100  # upstream batches listed per request, looking for one to adopt
SPOOL_CHUNK = 500  # lines read from the store at a time while writing the upload
UPSTREAM_WINDOW_S = 24 * 3600.0  # the completion window asked of the upstream
# An upstream batch made for ours is never older than ours; allow this much clock skew.
CLOCK_SKEW_S = 3600


class Holds(Protocol):
    """The ledger's side of a relayed line (minigate.ledger.holds.BatchHolds)."""

    async def hold(
        self, key: VirtualKey | None, model: str, req: Request, hold_id: str, until: float
    ) -> None:
        """Reserve the line's largest cost until ``until``; raises 429 when it cannot."""

    def record(
        self,
        conn: Connection,
        key: VirtualKey | None,
        hold_id: str,
        row: dict[str, Any],
        usage: Usage,
    ) -> None:
        """Write the line's ledger row priced from ``usage``; settle its hold."""

    def release(self, conn: Connection, hold_id: str) -> None:
        """Give back the hold of a line that never ran."""


class Unbilled:
    """Holds for a gateway that keeps no ledger: nothing is held or written."""

    async def hold(
        self, key: VirtualKey | None, model: str, req: Request, hold_id: str, until: float
    ) -> None:
        return None

    def record(
        self,
        conn: Connection,
        key: VirtualKey | None,
        hold_id: str,
        row: dict[str, Any],
        usage: Usage,
    ) -> None:
        return None

    def release(self, conn: Connection, hold_id: str) -> None:
        return None


@dataclass(frozen=True, slots=True)
class _Line:
    id: str
    custom_id: str
    request_id: str

    @property
    def hold_id(self) -> str:
        """The name of the line's budget hold (a lease id: at most 40 characters)."""
        return f"rsv_{self.id.removeprefix('batch_req_')}"

    @classmethod
    def of(cls, row: Any) -> _Line:
        return cls(row["id"], row["custom_id"], row["request_id"])


class Relay:
    def __init__(
        self,
        engine: AsyncEngine,
        models: dict[str, OpenAIModel],
        holds: Holds,
        keys: KeyLookup | None,
        worker_id: str,
        lease_s: float,
        poll_s: float,
        redact: Redact,
    ) -> None:
        self.engine = engine
        self.redact = redact
        self.models = models
        self.holds = holds
        self.keys = keys
        self.worker_id = worker_id
        self.lease_s = lease_s
        self.poll_s = poll_s
        self._polled: dict[str, float] = {}

    async def step(self, row: dict[str, Any]) -> bool:
        """Move the batch on by one step (submit, forward a cancel, poll, map); True if it did."""
        if row["upstream_model"] not in self.models:
            return False  # a worker whose config lacks the model: one that has it relays
        cancelled_early = row["upstream_batch_id"] is None and row["status"] == "cancelling"
        waited = time.monotonic() - self._polled.get(row["id"], 0.0)
        if (waited < self.poll_s and not cancelled_early) or not await self._claim(row["id"]):
            return False
        row = await self._row(row["id"])  # as it is now that this worker holds it
        self._polled[row["id"]] = time.monotonic()
        model = self.models[row["upstream_model"]]
        holding = holding_batch(self.engine, row["id"], self.worker_id, self.lease_s)
        async with holding, _client(model) as http:
            try:
                if row["upstream_batch_id"] is None and row["status"] == "cancelling":
                    await self._set(row["id"], upstream_status=MAPPED)  # nothing was sent
                elif row["upstream_batch_id"] is None:
                    await self._submit(http, row, model)
                elif row["status"] == "cancelling" and row["upstream_status"] != "cancel_sent":
                    await _call(http, "POST", f"/batches/{row['upstream_batch_id']}/cancel")
                    await self._set(row["id"], upstream_status="cancel_sent")
                else:
                    await self._poll(http, row)
            finally:
                await self._set(row["id"], claimed_by=None, lease_until=None)
        return True

    async def _submit(
        self, http: httpx.AsyncClient, row: dict[str, Any], model: OpenAIModel
    ) -> None:
        upstream_id = await _find(http, row)
        if upstream_id is None:
            with tempfile.TemporaryFile() as spool:
                if not await self._spool(row, model, spool):
                    # The budget covered no line: nothing goes upstream.
                    await self._set(row["id"], upstream_status=MAPPED)
                    return
                await asyncio.to_thread(spool.seek, 0)
                files = {"file": (f"{row['id']}.jsonl", spool, "application/jsonl")}
                uploaded = await _call(
                    http, "POST", "/files", data={"purpose": "batch"}, files=files
                )
            created = await _call(
                http,
                "POST",
                "/batches",
                json={
                    "input_file_id": uploaded["id"],
                    "endpoint": row["endpoint"],
                    "completion_window": "24h",
                    "metadata": {"minigate_batch_id": row["id"]},
                },
            )
            upstream_id = created["id"]
        await self._set(row["id"], upstream_batch_id=upstream_id, upstream_status="submitted")

    async def _spool(self, row: dict[str, Any], model: OpenAIModel, spool: IO[bytes]) -> int:
        """Hold each pending line's budget and write the lines held to ``spool``; a line
        refused (its budget is spent, its body is invalid) fails here. Returns how many were
        written."""
        key = await self._key(row)
        until = max(float(row["expires_at"]), time.time()) + UPSTREAM_WINDOW_S
        written, after = 0, 0
        while chunk := await self._lines(row["id"], [PENDING], after=after, limit=SPOOL_CHUNK):
            out = []
            for found in chunk:
                line, body = _Line.of(found), orjson.loads(found["body"])
                try:
                    req = parse(row["endpoint"], body)
                    await self.holds.hold(key, row["upstream_model"], req, line.hold_id, until)
                except (ValidationError, GatewayError) as exc:
                    await self._refuse(row, key, line, refusal(exc))
                    continue
                out.append(
                    orjson.dumps(
                        {
                            "custom_id": line.custom_id,
                            "method": "POST",
                            "url": row["endpoint"],
                            "body": {**body, "model": _name(model)},
                        }
                    )
                    + b"\n"
                )
            await asyncio.to_thread(spool.write, b"".join(out))
            written += len(out)
            after = chunk[-1]["line"]
        return written

    async def _refuse(
        self, row: dict[str, Any], key: VirtualKey | None, line: _Line, answer: Answer
    ) -> None:
        async with self.engine.begin() as conn:
            await conn.run_sync(self._commit_line, row, key, line, answer)

    async def _poll(self, http: httpx.AsyncClient, row: dict[str, Any]) -> None:
        upstream = await _call(http, "GET", f"/batches/{row['upstream_batch_id']}")
        if upstream["status"] not in FINISHED:
            return
        key = await self._key(row)
        for name in ("output_file_id", "error_file_id"):
            if upstream.get(name):
                text = await _content(http, upstream[name])
                await self._map(row, key, text.splitlines())
        unrun = UNRUN.get(upstream["status"], "upstream_batch_failed")
        await self._close_unrun(row, unrun, upstream)
        # An expired upstream batch expires ours (batch/finalize.ending_of).
        relayed = UPSTREAM_EXPIRED if upstream["status"] == "expired" else MAPPED
        await self._set(row["id"], upstream_status=relayed)

    async def _map(self, row: dict[str, Any], key: VirtualKey | None, raw: list[str]) -> None:
        results = [orjson.loads(text) for text in raw if text.strip()]
        by_custom_id = {r["custom_id"]: r for r in results}
        lines = await self._lines(row["id"], [PENDING], custom_ids=list(by_custom_id))
        async with self.engine.begin() as conn:
            for found in lines:
                line = _Line.of(found)
                result = by_custom_id[line.custom_id]
                if result.get("response") is None:  # it never ran upstream: nothing to bill
                    error = result.get("error") or {"code": "upstream_error", "message": ""}
                    await conn.run_sync(self._close_line, line, error)
                    continue
                await conn.run_sync(self._commit_line, row, key, line, _answer(result))

    def _commit_line(
        self,
        conn: Connection,
        row: dict[str, Any],
        key: VirtualKey | None,
        line: _Line,
        answer: Answer,
    ) -> None:
        """The line's result and its ledger row (settling its budget hold), unless the line
        was mapped already (by a worker that died before it said so)."""
        status = COMPLETED if answer.ok else "failed"
        text = output_line(line.id, line.custom_id, line.request_id, answer, self.redact)
        if not _finish_line(conn, line, status, text):
            return
        usage = Usage.model_validate(answer.body.get("usage") or {}) if answer.ok else Usage()
        now = datetime.now(UTC)
        ledger_row = {
            "id": line.request_id,
            "created_at": now,
            "day": now.strftime("%Y-%m-%d"),
            "key_id": row["key_id"],
            "endpoint": CONTEXT_ENDPOINTS[row["endpoint"]],
            "requested_model": row["upstream_model"],
            "served_model": row["upstream_model"],
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "saved_pusd": 0,
            "cache": "bypass",
            "latency_ms": 0.0,
            "ttft_ms": None,
            "status": "ok" if answer.ok else _code(answer),
            "stream": False,
            "batch_id": row["id"],
        }
        self.holds.record(conn, key, line.hold_id, ledger_row, usage)

    def _close_line(self, conn: Connection, line: _Line, error: dict[str, Any]) -> None:
        """A line that never ran upstream fails, and gives its budget hold back."""
        if _finish_line(conn, line, "failed", _unrun(line, redacted_error(error, self.redact))):
            self.holds.release(conn, line.hold_id)

    async def _close_unrun(self, row: dict[str, Any], code: str, upstream: dict[str, Any]) -> None:
        """Lines the upstream returned nothing for fail, saying why."""
        message = {
            "batch_expired": "The upstream batch expired before this request ran.",
            "batch_cancelled": "The batch was cancelled before this request ran upstream.",
        }.get(
            code, f"The upstream batch {upstream['id']} {upstream['status']}: {_errors(upstream)}"
        )
        error = {"code": code, "message": message}
        lines = await self._lines(row["id"], [PENDING])
        async with self.engine.begin() as conn:
            for found in lines:
                await conn.run_sync(self._close_line, _Line.of(found), error)

    async def _lines(
        self,
        batch_id: str,
        statuses: list[str],
        custom_ids: list[str] | None = None,
        after: int = 0,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        query = select(batch_lines).where(
            batch_lines.c.batch_id == batch_id,
            batch_lines.c.status.in_(statuses),
            batch_lines.c.line > after,
        )
        if custom_ids is not None:
            query = query.where(batch_lines.c.custom_id.in_(custom_ids))
        async with self.engine.connect() as conn:
            found = await conn.execute(query.order_by(batch_lines.c.line).limit(limit))
            return [dict(r) for r in found.mappings()]

    async def _key(self, row: dict[str, Any]) -> VirtualKey | None:
        """The batch owner's virtual key (None: a static key, or an open gateway)."""
        if self.keys is None or row["key_id"] is None:
            return None
        return await self.keys(row["key_id"])

    async def _claim(self, batch_id: str) -> bool:
        return await claim_batch(self.engine, batch_id, self.worker_id, self.lease_s)

    async def _row(self, batch_id: str) -> dict[str, Any]:
        async with self.engine.connect() as conn:
            found = await conn.execute(select(batches).where(batches.c.id == batch_id))
            return dict(found.mappings().one())

    async def _set(self, batch_id: str, **values: Any) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(update(batches).where(batches.c.id == batch_id).values(**values))


def _finish_line(conn: Connection, line: _Line, status: str, output: str) -> bool:
    done = conn.execute(
        update(batch_lines)
        .where(batch_lines.c.id == line.id, batch_lines.c.status == PENDING)
        .values(status=status, output=output, finished_at=time.time())
    )
    return bool(done.rowcount == 1)


def _unrun(line: _Line, error: dict[str, Any]) -> str:
    """The error line of a request that never ran (as runner.unrun_line writes them)."""
    return orjson.dumps(
        {"id": line.id, "custom_id": line.custom_id, "response": None, "error": error}
    ).decode()


def _name(model: OpenAIModel) -> str:
    return model.upstream_model or model.id


def _client(model: OpenAIModel) -> httpx.AsyncClient:
    headers = dict(model.headers)
    if model.api_key_env and (key := os.environ.get(model.api_key_env)):
        headers["authorization"] = f"Bearer {key}"
    timeout = httpx.Timeout(model.timeout_s, connect=model.connect_timeout_s)
    return httpx.AsyncClient(base_url=model.base_url, headers=headers, timeout=timeout)


async def _call(http: httpx.AsyncClient, method: str, path: str, **kwargs: Any) -> Any:
    try:
        reply = await http.request(method, path, **kwargs)
    except httpx.HTTPError as exc:
        raise UpstreamError(f"The upstream's Batch API at {http.base_url} failed: {exc}.") from None
    if reply.status_code >= 400:
        raise UpstreamError(
            f"The upstream's Batch API answered {method} {path} with {reply.status_code}: "
            f"{reply.text[:300]}"
        )
    return reply.json()


async def _content(http: httpx.AsyncClient, file_id: str) -> str:
    reply = await http.get(f"/files/{file_id}/content")
    if reply.status_code >= 400:
        raise UpstreamError(f"The upstream file {file_id} could not be read: {reply.status_code}.")
    return reply.text


async def _find(http: httpx.AsyncClient, row: dict[str, Any]) -> str | None:
    """The upstream batch made for ``row`` already (by a worker that died), if any: the
    upstream's batches are read page by page, newest first, back to the time ``row`` was
    made (an upstream batch for it cannot be older)."""
    params: dict[str, Any] = {"limit": PAGE}
    while True:
        listed = await _call(http, "GET", "/batches", params=params)
        page = listed.get("data") or []
        for upstream in page:
            if (upstream.get("metadata") or {}).get("minigate_batch_id") == row["id"]:
                return str(upstream["id"])
        if not page or not listed.get("has_more"):
            return None
        if int(page[-1].get("created_at") or 0) < row["created_at"] - CLOCK_SKEW_S:
            return None  # the rest are older than ours: none of them is for it
        params["after"] = page[-1]["id"]


def _answer(result: dict[str, Any]) -> Answer:
    response = result["response"]
    return Answer(int(response["status_code"]), response.get("body") or {})


def _code(answer: Answer) -> str:
    error = answer.body.get("error")
    return (
        str(error.get("code") or "upstream_error") if isinstance(error, dict) else "upstream_error"
    )


def _errors(upstream: dict[str, Any]) -> str:
    data = (upstream.get("errors") or {}).get("data") or []
    return "; ".join(f"line {e.get('line')}: {e.get('message')}" for e in data[:5]) or "no detail"
