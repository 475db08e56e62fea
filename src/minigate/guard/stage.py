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
from minigate.errors import BackendFailed, GatewayError, InvalidRequest
from minigate.guard.calls import check_message_calls, restore_message_calls
from minigate.guard.engine import close_scanners
from minigate.guard.placeholders import restore
from minigate.guard.policy import ArmedPolicy
from minigate.guard.protocol import ScanContext
from minigate.guard.review import Holder
from minigate.guard.scanners.canary import new_canary
from minigate.guard.screening import (
    Screening,
    check_outcomes,
    screen_chat,
    screen_identifiers,
    screen_text,
)
from minigate.guard.streaming import WindowedRelease
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.stage import Stage
from minigate.streams import StreamAssembler, replay_chunks


class GuardStage(Stage):
    def __init__(
        self, inner: Backend, policies: list[ArmedPolicy], holder: Holder, window: int
    ) -> None:
        super().__init__(inner)
        self.policies = policies
        self.holder = holder
        self.window = window

    async def aclose(self) -> None:
        try:
            await close_scanners(a for policy in self.policies for a in policy.scanners)
        finally:
            await super().aclose()

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
        ctx.redactions = scan.vault  # the audit trail records the placeholders, not the values
        return Screening(
            scan=scan, hold=policy.policy.review_all, scan_system=policy.policy.scan_system
        )

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        policy = self.policy_for(req.model)
        if policy is None:
            return await self.inner.chat(req, ctx)
        screening = self._screening(policy, req.model, ctx, _format(req))
        sent = await screen_chat(req, policy.input, screening, ctx)
        return await self._checked(sent, await self.inner.chat(sent, ctx), policy, screening, ctx)

    async def _checked(
        self,
        sent: ChatCompletionRequest,
        result: ChatCompletion,
        policy: ArmedPolicy,
        screening: Screening,
        ctx: RequestContext,
    ) -> ChatCompletion:
        """The answer to ``sent`` checked and restored, or held for review."""
        texts = [choice.message.content or "" for choice in result.choices]
        answers = await _checked_texts(policy, texts, screening, ctx)
        for choice in result.choices:
            await check_message_calls(policy.output, choice.message, screening, ctx)
        if screening.hold:
            return await self.holder.hold_chat(sent, result, answers, screening, ctx)
        vault = screening.scan.vault
        for choice, text in zip(result.choices, answers, strict=True):
            if choice.message.content is not None:
                choice.message.content = restore(text, vault)
            restore_message_calls(choice.message, vault)
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
            # A held answer must not have started to flow: read it whole, then decide as for
            # a non-streamed answer, and send the outcome as the cache replays a stored one.
            assembler = StreamAssembler()
            async for chunk in stream:
                assembler.add(chunk)
            whole = assembler.completion(None)
            if whole is None:
                raise BackendFailed(
                    "The model's stream ended before its answer was complete, so the guard "
                    "could not check it."
                )
            result = await self._checked(sent, whole, policy, screening, ctx)
            for chunk in replay_chunks(result, req.wants_usage_in_stream()):
                yield chunk
            return
        try:
            async for chunk in WindowedRelease(policy.output, screening, ctx, self.window).run(
                stream
            ):
                yield chunk
        except GatewayError as exc:
            ctx.outcome.cut_by = exc.code  # the guard ended the model's stream, not the client
            raise

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        policy = self.policy_for(req.model)
        if policy is None:
            return await self.inner.complete(req, ctx)
        screening = self._screening(policy, req.model, ctx, None)
        sent = await _screen_prompts(req, policy, screening, ctx)
        result = await self.inner.complete(sent, ctx)
        answers = await _checked_texts(policy, [c.text for c in result.choices], screening, ctx)
        if screening.hold:
            return await self.holder.hold_completion(sent, result, answers, screening, ctx)
        for choice, text in zip(result.choices, answers, strict=True):
            choice.text = restore(text, screening.scan.vault)
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
        everything = [chunk async for chunk in self.inner.complete_stream(sent, ctx)]
        chunks = [chunk for chunk in everything if chunk.choices]
        usage = [chunk for chunk in everything if not chunk.choices]  # include_usage's last
        texts: dict[int, str] = {}
        for chunk in chunks:
            for choice in chunk.choices:
                texts[choice.index] = texts.get(choice.index, "") + choice.text
        order = sorted(texts)
        answers = await _checked_texts(policy, [texts[i] for i in order], screening, ctx)
        checked = [restore(text, screening.scan.vault) for text in answers]
        if screening.hold:
            merged = chunks[-1].model_copy(deep=True)
            yield await self.holder.hold_completion(sent, merged, answers, screening, ctx)
        elif checked == [texts[i] for i in order]:
            for chunk in chunks:
                yield chunk
        else:
            yield _merged_completion(chunks, dict(zip(order, checked, strict=True)))
        for chunk in usage:
            yield chunk


async def _checked_texts(
    policy: ArmedPolicy, texts: list[str], screening: Screening, ctx: RequestContext
) -> list[str]:
    """The answers checked and masked where configured, their placeholders not yet restored:
    as a reviewer reads them; the caller gets them restored."""
    return [out.text for out in await check_outcomes(policy.output, texts, screening, ctx)]


async def _screen_prompts(
    req: CompletionRequest, policy: ArmedPolicy, screening: Screening, ctx: RequestContext
) -> CompletionRequest:
    texts = req.texts()
    if texts is None:
        return _unread_tokens(req, policy)
    prompts = [await screen_text(policy.input, p, screening, ctx, param="prompt") for p in texts]
    prompt: str | list[str] = prompts[0] if isinstance(req.prompt, str) else prompts
    update = await screen_identifiers(policy.input, req.user, None, screening, ctx, req.model_extra)
    return req.model_copy(update={"prompt": prompt, **update})


def _unread_tokens(req: CompletionRequest, policy: ArmedPolicy) -> CompletionRequest:
    """A prompt of token ids passes a policy that neither scans prompts nor holds answers
    (its reviewer would be shown the prompt); any other policy refuses it."""
    if policy.input or policy.may_hold:
        raise InvalidRequest(
            f"Guard policy '{policy.policy.id}' reads the prompts to '{req.model}' as text (to "
            "scan them, or to show them to a reviewer) and cannot read token ids; send prompt "
            "as a string or a list of strings.",
            param="prompt",
            code="unsupported",
        )
    return req


def _merged_completion(chunks: list[Completion], texts: dict[int, str]) -> Completion:
    merged = chunks[-1].model_copy(deep=True)
    for choice in merged.choices:
        choice.text = texts.get(choice.index, "")
    return merged


def _format(req: ChatCompletionRequest) -> dict[str, Any] | None:
    return None if req.response_format is None else req.response_format.model_dump()
