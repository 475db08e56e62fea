"""Local GGUF models served in-process through llama-cpp-python."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from minigate.backends.base import SingleModelBackend
from minigate.backends.builtin import resolve_weights
from minigate.backends.protocol import Capabilities
from minigate.backends.settings import LlamaCppModel
from minigate.backends.worker import ModelWorker
from minigate.context import RequestContext
from minigate.errors import BackendFailed, ContextLengthExceeded, InvalidRequest
from minigate.schemas.chat import (
    AssistantMessage,
    ChatChoice,
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequest,
    ChunkChoice,
    ChunkDelta,
)
from minigate.schemas.common import Usage, now
from minigate.schemas.completions import Completion, CompletionChoice, CompletionRequest


@dataclass(slots=True)
class Piece:
    """A bit of generated text for one choice; the last piece of a choice has its finish."""

    index: int
    text: str
    finish_reason: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


@dataclass(slots=True)
class GenerationPlan:
    """Everything the model thread needs, prepared (and validated) on the event loop."""

    prompts: list[list[int]]
    n: int
    max_tokens: int
    sampling: dict[str, Any] = field(default_factory=dict)
    json_schema: str | None = None
    # Updated by the model thread as tokens come: what a cut-short stream has cost so far.
    live: Usage = field(default_factory=Usage)

    def __post_init__(self) -> None:
        self.live.prompt_tokens = self.live.total_tokens = sum(len(p) for p in self.prompts)

    def jobs(self) -> list[tuple[int, list[int]]]:
        """(choice index, prompt tokens) for every choice to generate."""
        return [
            (p * self.n + i, tokens) for p, tokens in enumerate(self.prompts) for i in range(self.n)
        ]


class _TokenCounter:
    """A logits processor that counts sampling steps: exact token usage, also for streams."""

    def __init__(self) -> None:
        self.steps = 0

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        self.steps += 1
        return scores


class LlamaCppBackend(SingleModelBackend):
    capabilities = Capabilities(chat=True, completions=True, json_mode=True)

    def __init__(self, config: LlamaCppModel) -> None:
        self.config = config
        self.model_id = config.id
        self.owned_by = config.owned_by
        self.model_path = resolve_weights(config.path)
        self._worker = ModelWorker(config.id, config.max_queue, config.queue_timeout_s)
        self._llm: Any = None
        self._formatter: Any = None

    @property
    def n_ctx(self) -> int:
        return self.config.n_ctx

    async def start(self) -> None:
        await self._worker.run(self._load)

    def _load(self) -> None:
        from llama_cpp import Llama
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self._llm = Llama(
            model_path=str(self.model_path),
            n_ctx=self.config.n_ctx,
            n_threads=self.config.n_threads or max(1, (os.cpu_count() or 2)),
            n_batch=self.config.n_batch,
            verbose=False,
        )
        template = self._llm.metadata.get("tokenizer.chat_template")
        if template:
            vocab = self._llm._model
            eos = vocab.token_get_text(self._llm.token_eos())
            bos = vocab.token_get_text(self._llm.token_bos())
            self._formatter = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)

    async def aclose(self) -> None:
        self._worker.shutdown()
        if self._llm is not None:
            self._llm.close()
            self._llm = None

    # -- planning (event loop) ---------------------------------------------------------

    def _render_chat(self, req: ChatCompletionRequest) -> tuple[list[int], list[str]]:
        if self._formatter is None:
            raise InvalidRequest(
                f"Model '{self.model_id}' has no chat template in its GGUF; use /v1/completions.",
                param="model",
            )
        messages = [
            {"role": "system" if m.role == "developer" else m.role, "content": m.text()}
            for m in req.messages
        ]
        try:
            rendered = self._formatter(messages=messages)
        except Exception as exc:  # the template's own raise_exception, e.g. bad role order
            raise InvalidRequest(
                f"The messages do not fit the model's chat template: {exc}", param="messages"
            ) from None
        tokens = self._llm.tokenize(rendered.prompt.encode("utf-8"), add_bos=False, special=True)
        return tokens, list(rendered.stop or [])

    def _plan(
        self,
        prompts: list[list[int]],
        *,
        n: int,
        max_tokens: int | None,
        stop: list[str],
        temperature: float | None,
        top_p: float | None,
        seed: int | None,
        presence_penalty: float | None,
        frequency_penalty: float | None,
        json_schema: str | None = None,
        param: str = "messages",
    ) -> GenerationPlan:
        longest = max(len(p) for p in prompts)
        if longest >= self.n_ctx:
            raise ContextLengthExceeded(
                f"This model's maximum context length is {self.n_ctx} tokens. However, your "
                f"{param} resulted in {longest} tokens. Please reduce the length of the {param}.",
                param=param,
            )
        if max_tokens is not None and longest + max_tokens > self.n_ctx:
            raise ContextLengthExceeded(
                f"This model's maximum context length is {self.n_ctx} tokens. However, you "
                f"requested {longest + max_tokens} tokens ({longest} in the {param}, "
                f"{max_tokens} in the completion). Please reduce the length of the {param} "
                "or the completion.",
                param=param,
            )
        sampling = {
            "temperature": 1.0 if temperature is None else temperature,
            "top_p": 1.0 if top_p is None else top_p,
            "presence_penalty": presence_penalty or 0.0,
            "frequency_penalty": frequency_penalty or 0.0,
            "seed": seed,
            "stop": stop,
        }
        limit = max_tokens if max_tokens is not None else self.n_ctx - longest
        return GenerationPlan(prompts, n, limit, sampling, json_schema)

    def _plan_chat(self, req: ChatCompletionRequest) -> GenerationPlan:
        self.check_chat_features(req)
        tokens, template_stops = self._render_chat(req)
        return self._plan(
            [tokens],
            n=req.n,
            max_tokens=req.output_limit,
            stop=template_stops + req.stop_list(),
            temperature=req.temperature,
            top_p=req.top_p,
            seed=req.seed,
            presence_penalty=req.presence_penalty,
            frequency_penalty=req.frequency_penalty,
            json_schema=_grammar_key(req),
        )

    def _plan_completion(self, req: CompletionRequest) -> GenerationPlan:
        prompts = [
            self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=False)
            for text in req.prompts()
        ]
        return self._plan(
            prompts,
            n=req.n,
            max_tokens=req.max_tokens,
            stop=req.stop_list(),
            temperature=req.temperature,
            top_p=req.top_p,
            seed=req.seed,
            presence_penalty=req.presence_penalty,
            frequency_penalty=req.frequency_penalty,
            param="prompt",
        )

    # -- generation (model thread) -----------------------------------------------------

    def _produce(
        self, plan: GenerationPlan, emit: Callable[[Piece], None], cancelled: threading.Event
    ) -> None:
        from llama_cpp import LogitsProcessorList

        grammar = _grammar(plan.json_schema) if plan.json_schema is not None else None
        live, produced_before = plan.live, 0
        for index, prompt in plan.jobs():
            counter = _TokenCounter()
            try:
                chunks = self._llm.create_completion(
                    prompt=prompt,
                    max_tokens=plan.max_tokens,
                    stream=True,
                    grammar=grammar,
                    logits_processor=LogitsProcessorList([counter]),
                    **plan.sampling,
                )
                finish = "length"
                for chunk in chunks:
                    if cancelled.is_set():
                        chunks.close()
                        return
                    live.completion_tokens = produced_before + counter.steps
                    live.total_tokens = live.prompt_tokens + live.completion_tokens
                    choice = chunk["choices"][0]
                    if choice["text"]:
                        emit(Piece(index, choice["text"]))
                    finish = choice["finish_reason"] or finish
            except ValueError as exc:
                raise BackendFailed(f"Model '{self.model_id}' failed: {exc}") from None
            # A "stop" finish sampled one end-of-generation token that is not part of the text.
            produced = counter.steps - (1 if finish == "stop" and counter.steps else 0)
            produced_before += produced
            emit(Piece(index, "", finish, len(prompt), produced))

    async def _pieces(self, plan: GenerationPlan) -> AsyncIterator[Piece]:
        """Generated pieces; returns once the model is this request's (503 if it never is)."""
        return await self._worker.open_stream(
            lambda emit, cancelled: self._produce(plan, emit, cancelled)
        )

    # -- OpenAI operations -------------------------------------------------------------

    async def _collect(self, plan: GenerationPlan) -> tuple[list[str], list[str | None], Usage]:
        """Run a plan to the end: each choice's text and finish reason, and the usage."""
        jobs = len(plan.jobs())
        texts: list[list[str]] = [[] for _ in range(jobs)]
        finishes: list[str | None] = [None] * jobs
        usage = Usage()
        async for piece in await self._pieces(plan):
            texts[piece.index].append(piece.text)
            if piece.finish_reason:
                finishes[piece.index] = piece.finish_reason
                _add_usage(usage, piece, first_of_prompt=piece.index % plan.n == 0)
        return ["".join(t) for t in texts], finishes, usage

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        texts, finishes, usage = await self._collect(self._plan_chat(req))
        choices = [
            ChatChoice(index=i, message=AssistantMessage(content=text), finish_reason=finish)
            for i, (text, finish) in enumerate(zip(texts, finishes, strict=True))
        ]
        return ChatCompletion(
            id=ctx.request_id, created=now(), model=self.model_id, choices=choices, usage=usage
        )

    async def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        plan = self._plan_chat(req)
        created = now()

        def chunk(choices: list[ChunkChoice], usage: Usage | None = None) -> ChatCompletionChunk:
            return ChatCompletionChunk(
                id=ctx.request_id,
                created=created,
                model=self.model_id,
                choices=choices,
                usage=usage,
            )

        ctx.outcome.usage = plan.live
        pieces = await self._pieces(plan)
        yield chunk(
            [
                ChunkChoice(index=i, delta=ChunkDelta(role="assistant", content=""))
                for i in range(plan.n)
            ]
        )
        usage = Usage()
        async for piece in pieces:
            if piece.text:
                ctx.mark_first_token()
                yield chunk([ChunkChoice(index=piece.index, delta=ChunkDelta(content=piece.text))])
            if piece.finish_reason:
                _add_usage(usage, piece, first_of_prompt=piece.index % plan.n == 0)
                yield chunk(
                    [
                        ChunkChoice(
                            index=piece.index, delta=ChunkDelta(), finish_reason=piece.finish_reason
                        )
                    ]
                )
        ctx.outcome.usage = usage
        if req.wants_usage_in_stream():
            yield chunk([], usage)

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        plan = self._plan_completion(req)
        texts, finishes, usage = await self._collect(plan)
        prompts = req.prompts()
        choices = [
            CompletionChoice(
                index=i,
                text=(prompts[i // plan.n] if req.echo else "") + text,
                finish_reason=finish,
            )
            for i, (text, finish) in enumerate(zip(texts, finishes, strict=True))
        ]
        return Completion(
            id=ctx.request_id, created=now(), model=self.model_id, choices=choices, usage=usage
        )

    async def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        plan = self._plan_completion(req)
        created = now()
        usage = Usage()
        ctx.outcome.usage = plan.live
        async for piece in await self._pieces(plan):
            if piece.text:
                ctx.mark_first_token()
            if piece.finish_reason:
                _add_usage(usage, piece, first_of_prompt=piece.index % plan.n == 0)
            if piece.text or piece.finish_reason:
                yield Completion(
                    id=ctx.request_id,
                    created=created,
                    model=self.model_id,
                    choices=[
                        CompletionChoice(
                            index=piece.index, text=piece.text, finish_reason=piece.finish_reason
                        )
                    ],
                )
        ctx.outcome.usage = usage


def _add_usage(usage: Usage, piece: Piece, *, first_of_prompt: bool) -> None:
    # n choices of one prompt share that prompt, as OpenAI counts it.
    if first_of_prompt:
        usage.prompt_tokens += piece.prompt_tokens
    usage.completion_tokens += piece.completion_tokens
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens


def _grammar_key(req: ChatCompletionRequest) -> str | None:
    """The JSON schema (as text) that constrains the output, '' for any JSON, None for none."""
    fmt = req.response_format
    if fmt is None or fmt.type == "text":
        return None
    if fmt.type == "json_object":
        return ""
    schema = (fmt.json_schema or {}).get("schema")
    if not isinstance(schema, dict):
        raise InvalidRequest(
            "response_format.json_schema.schema must be a JSON schema object.",
            param="response_format",
        )
    key = json.dumps(schema, sort_keys=True)
    try:
        _grammar(key)  # built here, not on the model's thread: a bad schema is the client's 400
    except Exception as exc:
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise InvalidRequest(
            f"response_format.json_schema.schema cannot be turned into a grammar: {reason}.",
            param="response_format",
        ) from None
    return key


@lru_cache(maxsize=64)
def _grammar(schema: str) -> Any:
    from llama_cpp.llama_grammar import JSON_GBNF, LlamaGrammar

    if schema == "":
        return LlamaGrammar.from_string(JSON_GBNF, verbose=False)
    return LlamaGrammar.from_json_schema(schema, verbose=False)
