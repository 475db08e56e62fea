"""The guard stage: scan the prompt before the model sees it, the answer before the client.

    prompt ─► input scanners (block | redact to placeholders | flag | review)
           ─► inner stages and the model
           ─► output scanners on the raw answer (block | mask | flag | review)
           ─► placeholders restored ─► held for review, or returned

The stage sits outside the router, so a policy applies to the name the client asked for
(a route or a model) and sees the answer that was finally accepted; and outside the cache,
so that a cached answer is checked again for each caller and the cache only ever holds
redacted prompts.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from minigate.backends.protocol import Backend
from minigate.context import RequestContext
from minigate.guard.policy import ArmedPolicy
from minigate.guard.protocol import ScanContext
from minigate.guard.review import Holder
from minigate.guard.scanners.canary import new_canary
from minigate.guard.screening import Screening, check_answers, screen_chat, screen_text
from minigate.guard.streaming import WindowedRelease
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.stage import Stage


class GuardStage(Stage):
    def __init__(
        self, inner: Backend, policies: list[ArmedPolicy], holder: Holder, window: int
    ) -> None:
        super().__init__(inner)
        self.policies = policies
        self.holder = holder
        self.window = window

    def policy_for(self, model: str) -> ArmedPolicy | None:
        return next((p for p in self.policies if p.policy.applies_to(model)), None)

    def _screening(
        self, policy: ArmedPolicy, model: str, ctx: RequestContext, response_format: Any
    ) -> Screening:
        scan = ScanContext(
            direction="input",
            request_id=ctx.request_id,
            route=model,
            canary=new_canary() if policy.plants_canary else None,
            response_format=response_format,
        )
        return Screening(scan=scan, hold=policy.policy.review_all)

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        policy = self.policy_for(req.model)
        if policy is None:
            return await self.inner.chat(req, ctx)
        screening = self._screening(policy, req.model, ctx, _format(req))
        sent = await screen_chat(req, policy.input, screening, ctx)
        result = await self.inner.chat(sent, ctx)
        texts = [choice.message.content or "" for choice in result.choices]
        for choice, text in zip(
            result.choices, await check_answers(policy.output, texts, screening, ctx), strict=True
        ):
            if choice.message.content is not None:
                choice.message.content = text
        if screening.hold:
            return await self.holder.hold_chat(req, result, screening, ctx)
        return result

    def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        policy = self.policy_for(req.model)
        if policy is None:
            return self.inner.chat_stream(req, ctx)
        return self._guarded_stream(req, ctx, policy)

    async def _guarded_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext, policy: ArmedPolicy
    ) -> AsyncIterator[ChatCompletionChunk]:
        screening = self._screening(policy, req.model, ctx, _format(req))
        sent = await screen_chat(req, policy.input, screening, ctx)
        stream = self.inner.chat_stream(sent, ctx)
        if policy.may_hold or screening.hold:
            # A held answer must not have started to flow: read it whole, then decide.
            chunks = [chunk async for chunk in stream]
            result = _Assembled(chunks)
            texts = await check_answers(policy.output, result.choices_text, screening, ctx)
            if screening.hold:
                completion = result.completion(texts)
                async for chunk in self.holder.hold_chat_stream(req, completion, screening, ctx):
                    yield chunk
                return
            for chunk in result.replayed(texts):
                yield chunk
            return
        async for chunk in WindowedRelease(policy.output, screening, ctx, self.window).run(stream):
            yield chunk

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        policy = self.policy_for(req.model)
        if policy is None:
            return await self.inner.complete(req, ctx)
        screening = self._screening(policy, req.model, ctx, None)
        sent = await _screen_prompts(req, policy, screening, ctx)
        result = await self.inner.complete(sent, ctx)
        texts = await check_answers(policy.output, [c.text for c in result.choices], screening, ctx)
        for choice, text in zip(result.choices, texts, strict=True):
            choice.text = text
        if screening.hold:
            return await self.holder.hold_completion(req, result, screening, ctx)
        return result

    def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        policy = self.policy_for(req.model)
        if policy is None:
            return self.inner.complete_stream(req, ctx)
        return self._guarded_completion_stream(req, ctx, policy)

    async def _guarded_completion_stream(
        self, req: CompletionRequest, ctx: RequestContext, policy: ArmedPolicy
    ) -> AsyncIterator[Completion]:
        # The legacy endpoint is read whole before it is checked: simpler, and rarely streamed.
        screening = self._screening(policy, req.model, ctx, None)
        sent = await _screen_prompts(req, policy, screening, ctx)
        chunks = [chunk async for chunk in self.inner.complete_stream(sent, ctx)]
        texts: dict[int, str] = {}
        for chunk in chunks:
            for choice in chunk.choices:
                texts[choice.index] = texts.get(choice.index, "") + choice.text
        order = sorted(texts)
        checked = await check_answers(policy.output, [texts[i] for i in order], screening, ctx)
        if screening.hold:
            merged = chunks[-1].model_copy(deep=True)
            yield await self.holder.hold_completion(req, merged, screening, ctx, checked)
            return
        if checked == [texts[i] for i in order]:
            for chunk in chunks:
                yield chunk
            return
        yield _merged_completion(chunks, dict(zip(order, checked, strict=True)))


async def _screen_prompts(
    req: CompletionRequest, policy: ArmedPolicy, screening: Screening, ctx: RequestContext
) -> CompletionRequest:
    prompts = [await screen_text(policy.input, p, screening, ctx) for p in req.prompts()]
    prompt: str | list[str] = prompts[0] if isinstance(req.prompt, str) else prompts
    return req.model_copy(update={"prompt": prompt})


def _merged_completion(chunks: list[Completion], texts: dict[int, str]) -> Completion:
    merged = chunks[-1].model_copy(deep=True)
    for choice in merged.choices:
        choice.text = texts.get(choice.index, "")
    return merged


def _format(req: ChatCompletionRequest) -> dict[str, Any] | None:
    return None if req.response_format is None else req.response_format.model_dump()


class _Assembled:
    """A whole streamed chat answer, to check and then replay or hold."""

    def __init__(self, chunks: list[ChatCompletionChunk]) -> None:
        self.chunks = chunks
        self.texts: dict[int, str] = {}
        for chunk in chunks:
            for choice in chunk.choices:
                self.texts[choice.index] = self.texts.get(choice.index, "") + (
                    choice.delta.content or ""
                )
        self.order = sorted(self.texts)

    @property
    def choices_text(self) -> list[str]:
        return [self.texts[i] for i in self.order]

    def completion(self, texts: list[str]) -> dict[int, str]:
        return dict(zip(self.order, texts, strict=True))

    def replayed(self, texts: list[str]) -> list[ChatCompletionChunk]:
        """The chunks as they came, or, where checking changed the text, one per choice."""
        if texts == self.choices_text:
            return self.chunks
        wanted = self.completion(texts)
        out = []
        sent: set[int] = set()
        for chunk in self.chunks:
            for choice in chunk.choices:
                if choice.delta.content is not None:
                    first = choice.index not in sent
                    choice.delta.content = wanted.get(choice.index, "") if first else ""
                    sent.add(choice.index)
            out.append(chunk)
        return out
