"""``minigate ask -c NAME "question"``: a cited answer from a collection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import typer

from minigate.cli.collections import (
    ConfigOnly,
    KeyOption,
    OwnerOption,
    collection_option,
    for_command,
    local_runtime,
)
from minigate.cli.common import (
    TOKENS_MAX,
    fail,
    gateway_url,
    no_key,
    or_exit,
    run_or_exit,
)
from minigate.context import RequestContext
from minigate.errors import GatewayError
from minigate.schemas.chat import ChatCompletionRequest


def ask(
    question: str = typer.Argument(..., help="The question."),
    collections: list[str] = collection_option("The collection to ask."),
    max_tokens: int = typer.Option(256, min=1, max=TOKENS_MAX, help="Most tokens in the answer."),
    url: str | None = typer.Option(
        None,
        envvar="MINIGATE_URL",
        callback=gateway_url,
        help="Ask a running gateway (e.g. http://127.0.0.1:8080/v1) instead of this process.",
    ),
    api_key: str | None = KeyOption,
    owner: str | None = OwnerOption,
    config: Path | None = ConfigOnly,
) -> None:
    """Answer from the collection's documents, citing them as [1], [2], and list the sources.

    Example: minigate ask -c manuals "How do I reset the device?"
    """
    if not question.strip():
        fail('The question is empty; ask one, e.g. minigate ask -c manuals "How do I reset it?"')
    body: dict[str, Any] = {
        "model": f"rag:{collections[0]}",
        "messages": [{"role": "user", "content": question}],
        "max_tokens": max_tokens,
        "temperature": 0,
    }
    if url:
        answer = or_exit(lambda: _remote(url.rstrip("/"), api_key, body), url)
    else:
        answer = run_or_exit(_local(config, api_key, owner, body))
    typer.echo(answer["choices"][0]["message"]["content"])
    for source in answer.get("sources", []):
        where = f", page {source['page']}" if "page" in source else ""
        typer.echo(f"[{source['index']}] {source['source']}{where}")


async def _local(
    config: Path | None, api_key: str | None, owner: str | None, body: dict[str, Any]
) -> dict[str, Any]:
    async with local_runtime(config, api_key, owner, chat=True) as local:
        req = ChatCompletionRequest.model_validate(body)
        ctx = RequestContext(
            endpoint="cli", key_id=local.owner, allowed_models=local.allowed_models
        )
        result = await local.runtime.pipeline.chat(req, ctx)
        return result.model_dump(mode="json")


def _remote(url: str, api_key: str | None, body: dict[str, Any]) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {api_key}"} if api_key else {}
    response = httpx.post(f"{url}/chat/completions", json=body, headers=headers, timeout=300)
    if response.status_code == 401 and not api_key:
        raise no_key()
    answer = _answer_of(response)
    if answer is None:
        raise GatewayError(
            f"{url} answered {response.status_code} without a chat completion; is it a "
            "gateway's /v1 URL (e.g. http://127.0.0.1:8080/v1)?"
        )
    return answer


def _answer_of(response: httpx.Response) -> dict[str, Any] | None:
    """The chat completion a gateway answered (its error raised as a GatewayError), or None
    for what no gateway sends: a proxy's HTML page, another server's JSON."""
    try:
        answer = response.json()
        if response.status_code != 200:
            message = str(answer["error"]["message"])
        elif isinstance(answer["choices"][0]["message"], dict):
            return dict(answer)
        else:
            return None
    except (ValueError, LookupError, TypeError):
        return None
    raise GatewayError(for_command(message))
