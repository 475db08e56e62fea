"""Local GGUF models served in-process by llama.cpp, many requests batched together.

This module speaks OpenAI's wire format: it renders chat templates, validates limits and
shapes answers (logprobs too). The tokens themselves come from ``minigate.engine``, which
decodes every running request's sequences in one batch.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from typing import Any

from minigate.backends.adapters import adapter_views, check_adapters, pick
from minigate.backends.base import SingleModelBackend
from minigate.backends.builtin import resolve_weights
from minigate.backends.protocol import Capabilities
from minigate.backends.settings import LlamaCppModel
from minigate.context import RequestContext
from minigate.engine import Job, LocalEngine, Piece, Priority, Sampling, json_grammar
from minigate.errors import ContextLengthExceeded, InvalidRequest
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
from minigate.schemas.models import ModelCard

PRIORITIES = {"interactive": Priority.INTERACTIVE, "background": Priority.BACKGROUND}


@dataclass(slots=True)
class GenerationPlan:
    """Everything the engine needs, prepared (and validated) on the event loop."""

    prompts: list[list[int]]
    n: int
    jobs: list[Job]
    # Updated by the decode thread as tokens come: what a cut-short stream has cost so far.
    live: Usage


@dataclass(slots=True)
class _Choice:
    """One choice being collected for a whole (not streamed) answer."""

    text: str = ""
    finish: str | None = None
    logprobs: list[Any] | None = None


class LlamaCppBackend(SingleModelBackend):
    capabilities = Capabilities(chat=True, completions=True, json_mode=True)

    def __init__(self, config: LlamaCppModel) -> None:
        self.config = config
        self.model_id = config.id
        self.owned_by = config.owned_by
        self.model_path = resolve_weights(config.path)
        self.engine = LocalEngine(
            config.id,
            self.model_path,
            n_ctx=config.n_ctx,
            n_batch=config.n_batch,
            settings=config,
            max_queue=config.max_queue,
            queue_timeout_s=config.queue_timeout_s,
        )
        self._formatter: Any = None
        self.adapters: dict[str, LlamaCppBackend] = {}  # adapter id -> its view of this model

    @property
    def n_ctx(self) -> int:
        return self.config.n_ctx

    async def start(self) -> None:
        await asyncio.to_thread(self._load)

    def _load(self) -> None:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        check_adapters(self)
        self.engine.load()
        model = self.engine.model
        template = model.metadata().get("tokenizer.chat_template")
        if template:
            eos = model.token_get_text(model.token_eos())
            bos = model.token_get_text(model.token_bos())
            self._formatter = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)
        self.adapters = adapter_views(self)

    def adapter(self, name: str) -> LlamaCppBackend:
        """This model with LoRA adapter ``name`` (the part after the colon in ``model``)."""
        return pick(self, name)

    def models(self) -> list[ModelCard]:
        return [ModelCard(id=self.model_id, owned_by=self.owned_by)] + [
            ModelCard(id=view.model_id, owned_by=self.owned_by) for view in self.adapters.values()
        ]

    async def aclose(self) -> None:
        for view in self.adapters.values():  # their contexts go before the shared weights
            await asyncio.to_thread(view.engine.close)
        await asyncio.to_thread(self.engine.close)

    def served_names(self) -> list[str]:
        return [self.model_id, *self.config.adapter_names()]

    def context_window(self) -> int | None:
        return self.n_ctx

    def prompt_tokens(self, req: ChatCompletionRequest) -> int | None:
        return len(self._render_chat(req)[0]) if self._formatter is not None else None

    # -- planning (event loop) ---------------------------------------------------------

    def _tokenize(self, text: str, *, add_bos: bool, special: bool) -> list[int]:
        tokens: list[int] = self.engine.model.tokenize(text.encode("utf-8"), add_bos, special)
        return tokens

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
        tokens = self._tokenize(rendered.prompt, add_bos=False, special=True)
        return tokens, list(rendered.stop or [])

    def _check_length(self, prompts: list[list[int]], max_tokens: int | None, param: str) -> int:
        """The token limit of each choice; a prompt that does not fit is a clear 400."""
        if not all(prompts):  # llama.cpp cannot decode nothing: a 500 from llama_decode
            raise InvalidRequest(
                f"The {param} is empty, and model '{self.model_id}' adds no start token to "
                "continue from: send some text.",
                param=param,
                code="invalid_value",
            )
        longest = max(len(p) for p in prompts)
        if longest >= self.n_ctx:
            room = "which leaves no room for a completion" if longest == self.n_ctx else ""
            raise ContextLengthExceeded(
                f"This model's maximum context length is {self.n_ctx} tokens. However, your "
                f"{param} resulted in {longest} tokens{', ' + room if room else ''}. Please "
                f"reduce the length of the {param}.",
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
        return max_tokens if max_tokens is not None else self.n_ctx - longest

    def _plan(
        self,
        req: ChatCompletionRequest | CompletionRequest,
        prompts: list[list[int]],
        *,
        max_tokens: int | None,
        stops: list[str],
        top_logprobs: int | None,
        grammar: str | None = None,
        param: str = "messages",
    ) -> GenerationPlan:
        limit = self._check_length(prompts, max_tokens, param)
        extra = req.model_extra or {}
        sampling = Sampling(
            temperature=1.0 if req.temperature is None else req.temperature,
            top_p=1.0 if req.top_p is None else req.top_p,
            top_k=_number(extra, "top_k", 40, int, 100_000),
            min_p=_number(extra, "min_p", 0.05, float, 1),
            seed=req.seed,
            presence_penalty=req.presence_penalty or 0.0,
            frequency_penalty=req.frequency_penalty or 0.0,
            grammar=grammar,
            logit_bias=self._logit_bias(req.logit_bias),
        )
        jobs = [
            Job(p * req.n + i, tokens, limit, _nth(sampling, i), tuple(stops), top_logprobs)
            for p, tokens in enumerate(prompts)
            for i in range(req.n)
        ]
        prompt_tokens = sum(len(p) for p in prompts)
        live = Usage(prompt_tokens=prompt_tokens, total_tokens=prompt_tokens)
        return GenerationPlan(prompts, req.n, jobs, live)

    def _logit_bias(self, bias: dict[str, float] | None) -> tuple[tuple[int, float], ...]:
        """OpenAI's logit_bias as llama.cpp takes it; a token the model lacks is a 400."""
        pairs = tuple((int(token), value) for token, value in (bias or {}).items())
        self._check_vocabulary([t for t, _ in pairs], "logit_bias names", "logit_bias")
        return pairs

    def _plan_chat(self, req: ChatCompletionRequest) -> GenerationPlan:
        self.check_chat_features(req)
        tokens, template_stops = self._render_chat(req)
        return self._plan(
            req,
            [tokens],
            max_tokens=req.output_limit,
            stops=template_stops + req.stop_list(),
            top_logprobs=(req.top_logprobs or 0) if req.logprobs else None,
            grammar=_grammar(req),
        )

    def _plan_completion(self, req: CompletionRequest) -> GenerationPlan:
        self.check_completion_features(req)
        prompts = [self._prompt_tokens(i, p) for i, p in enumerate(req.prompts())]
        return self._plan(
            req,
            prompts,
            max_tokens=req.max_tokens,
            stops=req.stop_list(),
            top_logprobs=req.logprobs,
            param="prompt",
        )

    def _prompt_tokens(self, i: int, prompt: str | list[int]) -> list[int]:
        """Prompt ``i`` as the model reads it: text tokenised, token ids as they were sent."""
        if isinstance(prompt, str):
            return self._tokenize(prompt, add_bos=True, special=False)
        self._check_vocabulary(prompt, f"prompt {i} holds", "prompt")
        return prompt

    def _text_of(self, prompt: str | list[int]) -> str:
        """A prompt as text, for echo: token ids read back as the model spells them."""
        if isinstance(prompt, str):
            return prompt
        text: bytes = self.engine.model.detokenize(prompt, False)
        return text.decode("utf-8", errors="replace")

    def _check_vocabulary(self, tokens: list[int], where: str, param: str) -> None:
        """A token id the model lacks is a 400: llama.cpp would read past its vocabulary."""
        n_vocab = self.engine.model.n_vocab()
        if (past := next((t for t in tokens if t >= n_vocab), None)) is not None:
            raise InvalidRequest(
                f"{where} token {past}, but model '{self.model_id}' has tokens 0 to "
                f"{n_vocab - 1} only.",
                param=param,
                code="invalid_value",
            )

    async def _pieces(self, plan: GenerationPlan, ctx: RequestContext) -> AsyncIterator[Piece]:
        """Generated pieces; returns once slots are this request's (503 if they never are)."""
        priority = PRIORITIES.get(ctx.priority, Priority.INTERACTIVE)
        # Known now, before any wait: a client that leaves is charged these, not the estimate.
        ctx.outcome.prompt_tokens = plan.live.prompt_tokens
        return await self.engine.generate(plan.jobs, plan.live, priority)

    # -- OpenAI operations -------------------------------------------------------------

    async def _collect(
        self, plan: GenerationPlan, ctx: RequestContext, shape: Any
    ) -> tuple[list[_Choice], Usage]:
        """Run a plan to the end: each choice's text, finish reason and logprobs, and usage."""
        choices = [_Choice() for _ in plan.jobs]
        usage = _usage()
        async for piece in await self._pieces(plan, ctx):
            choice = choices[piece.index]
            choice.text += piece.text
            if piece.logprobs:
                choice.logprobs = (choice.logprobs or []) + [shape(t) for t in piece.logprobs]
            if piece.finish_reason:
                choice.finish = piece.finish_reason
                _add_usage(usage, piece, first_of_prompt=piece.index % plan.n == 0)
        return choices, usage

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        plan = self._plan_chat(req)
        collected, usage = await self._collect(plan, ctx, _chat_token)
        choices = [
            ChatChoice(
                index=i,
                message=AssistantMessage(content=c.text),
                finish_reason=c.finish,
                logprobs=_chat_logprobs(c.logprobs or []) if req.logprobs else None,
            )
            for i, c in enumerate(collected)
        ]
        return ChatCompletion(
            id=ctx.request_id,
            created=now(),
            model=self.model_id,
            choices=choices,
            usage=usage,
            system_fingerprint=self.engine.fingerprint,
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
                system_fingerprint=self.engine.fingerprint,
            )

        ctx.outcome.usage = plan.live
        pieces = await self._pieces(plan, ctx)
        yield chunk(
            [
                ChunkChoice(index=i, delta=ChunkDelta(role="assistant", content=""))
                for i in range(len(plan.jobs))
            ]
        )
        usage = _usage()
        async for piece in pieces:
            if piece.text or piece.logprobs:
                ctx.mark_first_token()
                logprobs = None
                if req.logprobs:
                    logprobs = _chat_logprobs([_chat_token(t) for t in piece.logprobs])
                delta = ChunkDelta(content=piece.text)
                yield chunk([ChunkChoice(index=piece.index, delta=delta, logprobs=logprobs)])
            if piece.finish_reason:
                _add_usage(usage, piece, first_of_prompt=piece.index % plan.n == 0)
                finish = ChunkChoice(
                    index=piece.index, delta=ChunkDelta(), finish_reason=piece.finish_reason
                )
                yield chunk([finish])
        ctx.outcome.usage = usage
        if req.wants_usage_in_stream():
            yield chunk([], usage)

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        plan = self._plan_completion(req)
        collected, usage = await self._collect(plan, ctx, lambda t: t)
        prompts = [self._text_of(p) for p in req.prompts()] if req.echo else []
        choices = []
        for i, c in enumerate(collected):
            echo = prompts[i // plan.n] if req.echo else ""
            logprobs = None
            if req.logprobs is not None:
                logprobs = _completion_logprobs(c.logprobs or [], len(echo))
            choices.append(
                CompletionChoice(
                    index=i, text=echo + c.text, finish_reason=c.finish, logprobs=logprobs
                )
            )
        return Completion(
            id=ctx.request_id,
            created=now(),
            model=self.model_id,
            choices=choices,
            usage=usage,
            system_fingerprint=self.engine.fingerprint,
        )

    async def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        plan = self._plan_completion(req)
        created = now()

        def chunk(choices: list[CompletionChoice], usage: Usage | None = None) -> Completion:
            return Completion(
                id=ctx.request_id,
                created=created,
                model=self.model_id,
                choices=choices,
                usage=usage,
                system_fingerprint=self.engine.fingerprint,
            )

        usage = _usage()
        ctx.outcome.usage = plan.live
        pieces = await self._pieces(plan, ctx)
        offsets = [0] * len(plan.jobs)
        if req.echo:  # each choice starts with its prompt, as the whole answer's text does
            prompts = [self._text_of(p) for p in req.prompts()]
            echoed = [prompts[i // plan.n] for i in range(len(plan.jobs))]
            offsets = [len(text) for text in echoed]
            choices = [CompletionChoice(index=i, text=t) for i, t in enumerate(echoed)]
            yield chunk(choices)
        async for piece in pieces:
            if piece.text:
                ctx.mark_first_token()
            if piece.finish_reason:
                _add_usage(usage, piece, first_of_prompt=piece.index % plan.n == 0)
            if piece.text or piece.finish_reason or piece.logprobs:
                logprobs = None
                if req.logprobs is not None:
                    logprobs = _completion_logprobs(piece.logprobs, offsets[piece.index])
                offsets[piece.index] += len(piece.text)
                choice = CompletionChoice(
                    index=piece.index,
                    text=piece.text,
                    finish_reason=piece.finish_reason,
                    logprobs=logprobs,
                )
                yield chunk([choice])
        ctx.outcome.usage = usage
        if req.wants_usage_in_stream():
            yield chunk([], usage)


def _usage() -> Usage:
    """Zero usage in OpenAI's shape, with ``prompt_tokens_details.cached_tokens``: the prompt
    tokens whose KV cells were reused from the prefix cache instead of computed."""
    return Usage.model_validate({"prompt_tokens_details": {"cached_tokens": 0}})


def _add_usage(usage: Usage, piece: Piece, *, first_of_prompt: bool) -> None:
    # n choices of one prompt share that prompt, as OpenAI counts it.
    if first_of_prompt:
        usage.prompt_tokens += piece.prompt_tokens
        details = (usage.model_extra or {}).get("prompt_tokens_details")
        if isinstance(details, dict):
            details["cached_tokens"] += piece.cached_tokens
    usage.completion_tokens += piece.completion_tokens
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens


def _nth(sampling: Sampling, choice: int) -> Sampling:
    """Choice ``choice``'s sampling: a seeded request draws choice i with seed + i, or its n
    choices would be n copies of one answer; choice 0 keeps the seed, as n=1 does."""
    if sampling.seed is None or choice == 0:
        return sampling
    return replace(sampling, seed=sampling.seed + choice)


def _number(extra: dict[str, Any], name: str, default: Any, kind: type, high: float) -> Any:
    """A llama.cpp sampling extension (top_k, min_p) that clients may send beside OpenAI's."""
    value = extra.get(name)
    if value is None:
        return default
    try:
        number = kind(value)
    except (TypeError, ValueError, OverflowError):
        number = None
    if number is None or not 0 <= number <= high:
        raise InvalidRequest(
            f"{name} must be a number from 0 to {high:g}.", param=name, code="invalid_value"
        )
    return number


def _grammar(req: ChatCompletionRequest) -> str | None:
    """The GBNF that constrains the output to the requested JSON, or None for free text."""
    fmt = req.response_format
    if fmt is None or fmt.type == "text":
        return None
    if fmt.type == "json_object":
        return json_grammar("")
    schema = (fmt.json_schema or {}).get("schema")
    if schema is None:  # OpenAI's schema is optional: then any JSON object answers
        return json_grammar("")
    try:  # built here, not on the model's thread: a bad schema is the client's 400
        return json_grammar(json.dumps(schema, sort_keys=True))
    except Exception as exc:  # the converter's own errors: unsupported keywords and the like
        raise InvalidRequest(
            "A local model cannot follow this response_format.json_schema.schema: "
            f"{_grammar_failure(exc)}.",
            param="response_format.json_schema.schema",
            code="unsupported",
        ) from None


def _grammar_failure(exc: Exception) -> str:
    """What llama.cpp's schema converter could not do, in words a client can act on."""
    said = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    if isinstance(exc, KeyError):
        return (
            f"the $ref {said} leads to no schema it can resolve (its converter resolves "
            "$refs to $defs from a root that is not itself a $ref)"
        )
    if "Pattern must start with" in said:
        return (
            'each "pattern" must be anchored, starting with "^" and ending with "$" (a '
            "grammar matches the whole string)"
        )
    if said.startswith("Unsupported ref #"):
        return "a $ref to the root ('#') is not supported; put the recursive schema under $defs"
    return said


def _text(token: bytes) -> str:
    return token.decode("utf-8", errors="replace")


def _chat_token(token: Any) -> dict[str, Any]:
    """A token in the shape of OpenAI's chat ``logprobs.content`` items."""
    return {
        "token": _text(token.token),
        "logprob": token.logprob,
        "bytes": list(token.token),
        "top_logprobs": [
            {"token": _text(t), "logprob": lp, "bytes": list(t)} for t, lp in token.top
        ],
    }


def _chat_logprobs(content: list[Any]) -> dict[str, Any]:
    return {"content": content, "refusal": None}


def _completion_logprobs(tokens: list[Any], offset: int) -> dict[str, object]:
    """Legacy completions' parallel lists; ``offset`` is where this text starts."""
    offsets = []
    for token in tokens:
        offsets.append(offset)
        offset += len(_text(token.token))
    return {
        "tokens": [_text(t.token) for t in tokens],
        "token_logprobs": [t.logprob for t in tokens],
        "top_logprobs": [{_text(tok): lp for tok, lp in t.top} for t in tokens],
        "text_offset": offsets,
    }
