from __future__ import annotations

import shlex
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import typer

from minigate.cli.common import (
    ConfigOption,
    fail,
    gateway_url,
    keyless,
    not_utf8,
    run_or_exit,
    settings_or_exit,
)
from minigate.config import Settings
from minigate.errors import GatewayError
from minigate.schemas.bounds import INT32_MAX
from minigate.schemas.chat import ChatCompletionRequest
from minigate.streams import sse_lines


def chat(
    prompt: str | None = typer.Argument(None, help="The prompt; leave out for a REPL."),
    model: str | None = typer.Option(
        None, "--model", "-m", help="Model id (default: first chat model)."
    ),
    system: str | None = typer.Option(None, "--system", "-s", help="A system prompt."),
    max_tokens: int = typer.Option(256, help=f"Most tokens per answer, 1 to {INT32_MAX}."),
    temperature: float = typer.Option(
        0.7, help="Sampling temperature, 0 to 2; 0 is deterministic."
    ),
    url: str | None = typer.Option(
        None,
        envvar="MINIGATE_URL",
        callback=gateway_url,
        help="Talk to a running gateway (e.g. http://127.0.0.1:8080/v1) instead of loading "
        "the model in this process.",
    ),
    api_key: str | None = typer.Option(None, envvar="MINIGATE_API_KEY", help="Key for --url."),
    config: Path | None = ConfigOption,
) -> None:
    """Chat with a model; the answer streams to the terminal.

    Examples: minigate chat "Name three primary colours"; minigate chat -m qwen (a REPL:
    type 'exit' or press Ctrl-D to leave).
    """
    if not 0 <= temperature <= 2:  # NaN too: the request's JSON could not hold it
        fail("--temperature must be between 0 and 2.")
    if not 1 <= max_tokens <= INT32_MAX:  # in this process, a ValidationError's traceback
        fail(f"--max-tokens must be from 1 to {INT32_MAX}.")
    if prompt is not None and not prompt.strip():  # likelier an unset variable than a wish
        fail("The prompt is empty; write one, or leave it out for a REPL.")
    for what, text in (("The prompt", prompt), ("The system prompt", system)):
        if text is not None and (problem := _not_utf8(what, text)):
            fail(problem)
    settings = settings_or_exit(config)
    model_id = model or _default_chat_model(settings)
    if url is None and model_id not in settings.requestable:
        # Before anything loads; the gateway names what it serves in its 404 the same way.
        configured = ", ".join(settings.requestable)
        fail(
            f"Model '{model_id}' is not configured; configured models: {configured}."
            + _collection_hint(model_id)
        )
    messages: list[dict[str, str]] = [{"role": "system", "content": system}] if system else []
    params: dict[str, Any] = {
        "model": model_id,
        "max_tokens": max_tokens,
        "temperature": temperature,
    }
    session = _session(settings, url, api_key, prompt, messages, params)
    run_or_exit(session, url, no_key_given=keyless(api_key))


async def _session(
    settings: Settings,
    url: str | None,
    api_key: str | None,
    prompt: str | None,
    messages: list[dict[str, str]],
    params: dict[str, Any],
) -> None:
    if url:
        async with httpx.AsyncClient(timeout=300) as http:
            ask = _remote(http, url.rstrip("/"), api_key)
            await _converse(ask, prompt, messages, params)
        return
    from minigate.metrics import Metrics
    from minigate.runtime import running

    only = [params["model"]]
    async with running(
        settings, Metrics(), only=only, with_ledger=False, moderation=False
    ) as runtime:
        pipeline = runtime.pipeline

        async def ask(body: dict[str, Any]) -> AsyncIterator[str]:
            from minigate.context import RequestContext

            req = ChatCompletionRequest.model_validate({**body, "stream": True})
            async for chunk in pipeline.chat_stream(req, RequestContext(endpoint="cli")):
                for choice in chunk.choices:
                    if choice.delta.content:
                        yield choice.delta.content

        await _converse(ask, prompt, messages, params)


async def _converse(
    ask: Any, prompt: str | None, messages: list[dict[str, str]], params: dict[str, Any]
) -> None:
    while True:
        text = prompt if prompt is not None else _read_turn()
        if text is None:
            return
        messages.append({"role": "user", "content": text})
        answer = []
        async for delta in ask({**params, "messages": messages}):
            answer.append(delta)
            typer.echo(delta, nl=False)
        typer.echo()
        messages.append({"role": "assistant", "content": "".join(answer)})
        if prompt is not None:
            return


def _read_turn() -> str | None:
    while True:
        try:
            text = input(">>> ").strip()
        except EOFError:
            return None
        if not (problem := _not_utf8("The line", text)):
            return None if text in ("exit", "quit") else text
        typer.echo(f"minigate: {problem}", err=True)


def _not_utf8(what: str, text: str) -> str | None:
    """Why ``text`` cannot be sent, if it cannot."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return not_utf8(what)
    return None


def _remote(http: httpx.AsyncClient, url: str, api_key: str | None) -> Any:
    headers = {"authorization": f"Bearer {api_key}"} if api_key else {}

    async def ask(body: dict[str, Any]) -> AsyncIterator[str]:
        async with http.stream(
            "POST", f"{url}/chat/completions", headers=headers, json={**body, "stream": True}
        ) as response:
            if response.status_code >= 400:
                raise _gateway_error(await response.aread(), response.status_code)
            async for line in sse_lines(response):
                if not line.startswith("data:") or line.endswith("[DONE]"):
                    continue
                data = orjson.loads(line[5:])
                if "error" in data:
                    raise GatewayError(data["error"].get("message", "stream failed"))
                for choice in data.get("choices", []):
                    if content := choice.get("delta", {}).get("content"):
                        yield content

    return ask


def _gateway_error(body: bytes, status: int) -> GatewayError:
    """The gateway's error, with its code (a model it does not serve ends the command as a
    bad argument); a server that is not a gateway answers something else."""
    try:
        error = orjson.loads(body)["error"]
        return GatewayError(str(error["message"]), code=error.get("code"))
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        return GatewayError(
            f"HTTP {status} from a server that is not a minigate gateway, or not its /v1"
        )


def _collection_hint(model_id: str) -> str:
    """What to run for ``rag:NAME``: only a gateway serves collections as models, and
    'minigate ask' asks one in this process."""
    from minigate.rag.answer import PREFIX

    if not model_id.startswith(PREFIX):
        return ""
    name = shlex.quote(model_id.removeprefix(PREFIX))
    return (
        f' To ask the collection {name} here, use: minigate ask -c {name} "question" (or '
        "chat with a running gateway's rag: models with --url)."
    )


def _default_chat_model(settings: Settings) -> str:
    model = next((m.id for m in settings.models if m.backend != "sentence_transformers"), None)
    if model is None:
        fail("the config has no chat model; add one under 'models'.")
    return model
