"""The learned route (RouteLLM-style): a classifier trained on which prompts the cheap model
answers well enough decides, before any model is called, which one answers.

Only the last user turn is embedded: it is what changes from request to request, while a
shared system prompt or few-shot turns would pull every request's vector the same way.

An artifact trained after cheap (``minigate router train --after-cheap``) makes the route a
learned cascade: the cheap model answers first, with logprobs, and the classifier weighs its
mean logprob, its length and whether it was cut off beside the prompt's features; below the
threshold the strong model answers instead. Such a route streams as a cascade does: the kept
answer is replayed. With ``regex`` (the task's answer format), a cheap answer without a match
escalates before the classifier is asked, as a cascade's regex check does: an answer out of
format means the same on every task, where the classifier's features may not.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import numpy as np

from minigate.backends.embedder import Embedder
from minigate.errors import GatewayError
from minigate.router.artifact import AnyArtifact, answer_features
from minigate.router.checks import mean_logprob
from minigate.router.numeric import unembedded
from minigate.router.route import Attempt, Call, Route, StreamAttempt, is_target_failure
from minigate.router.settings import LearnedConfig
from minigate.schemas.chat import ChatCompletionChunk, ChatCompletionRequest
from minigate.streams import replay_chunks


class LearnedRoute:
    def __init__(
        self,
        config: LearnedConfig,
        artifact: AnyArtifact,
        embedder: Embedder,
        cheap: Route,
        strong: Route,
    ) -> None:
        self.config = config
        self.artifact = artifact
        self.embedder = embedder
        self.cheap = cheap
        self.strong = strong

    async def pick(self, req: ChatCompletionRequest, call: Call) -> Route:
        turn = last_user_turn(req)
        if not turn.strip():
            call.reasons.append(f"learned: no user text, {self.config.strong}")
            return self.strong
        vector = await self._vector(turn)
        task = call.features.task
        p = float(self.artifact.probabilities(vector[np.newaxis, :], [turn], [task])[0])
        threshold = self.config.threshold
        if p >= threshold:
            call.reasons.append(f"learned p_cheap={p:.3f} >= {threshold:g}")
            return self.cheap
        call.reasons.append(f"learned p_cheap={p:.3f} < {threshold:g}")
        return self.strong

    async def _vector(self, turn: str) -> np.ndarray:
        """The turn's embedding; zeros, with no call to the embedding model, where the
        artifact gives the embedding no weight (an answer-only router)."""
        if not self.artifact.uses_embedding:
            zero: np.ndarray = unembedded(1, self.artifact.dim)[0]
            return zero
        return await self.embedder(turn)

    async def answer(self, req: ChatCompletionRequest, call: Call) -> Attempt:
        if self.artifact.after_cheap:
            return await self.after_cheap(req, call)
        return await (await self.pick(req, call)).answer(req, call)

    async def open_stream(self, req: ChatCompletionRequest, call: Call) -> StreamAttempt:
        if not self.artifact.after_cheap:
            return await (await self.pick(req, call)).open_stream(req, call)
        attempt = await self.after_cheap(req, call)
        attempt.ctx.outcome.usage = attempt.completion.usage  # as a live stream reports it
        chunks = replay_chunks(attempt.completion, req.wants_usage_in_stream())
        return StreamAttempt(chunks[0], _iterate(chunks[1:]), attempt.ctx, attempt.model)

    async def after_cheap(self, req: ChatCompletionRequest, call: Call) -> Attempt:
        """The learned cascade: the cheap answer is kept when P(cheap good) >= threshold."""
        whole = req.model_copy(update={"stream": False, "stream_options": None})
        try:
            attempt = await self.cheap.answer(whole.model_copy(update={"logprobs": True}), call)
        except GatewayError as exc:
            if not is_target_failure(exc):
                raise
            call.reasons.append(f"escalated: {self.config.cheap} {exc.code}")
            return await self.strong.answer(whole, call)
        if self.config.regex is not None and re.search(self.config.regex, _text(attempt)) is None:
            call.reasons.append("escalated: no regex match")  # out of format: validity first
            return await self.strong.answer(whole, call)
        mean = mean_logprob(attempt.completion)
        if mean is None:
            call.reasons.append(f"learned: {attempt.model} sent no logprobs, {self.config.strong}")
            return await self.strong.answer(whole, call)
        turn = last_user_turn(req)
        vector = await self._vector(turn)
        usage, choices = attempt.completion.usage, attempt.completion.choices
        truncated = bool(choices) and choices[0].finish_reason == "length"
        tokens = usage.completion_tokens if usage else 0
        answers = np.asarray([answer_features(mean, tokens, truncated)])
        p = float(
            self.artifact.probabilities(
                vector[np.newaxis, :], [turn], [call.features.task], answers
            )[0]
        )
        threshold = self.config.threshold
        if p >= threshold:
            call.reasons.append(f"learned after cheap: p_cheap={p:.3f} >= {threshold:g}")
            if not req.logprobs:
                for choice in attempt.completion.choices:
                    choice.logprobs = None
            return attempt
        call.reasons.append(f"learned after cheap: p_cheap={p:.3f} < {threshold:g}, escalated")
        return await self.strong.answer(whole, call)


def _text(attempt: Attempt) -> str:
    choices = attempt.completion.choices
    return (choices[0].message.content if choices else None) or ""


def last_user_turn(req: ChatCompletionRequest) -> str:
    """The text of the last user message ('' when there is none)."""
    for message in reversed(req.messages):
        if message.role == "user":
            return message.text()
    return ""


async def _iterate(chunks: list[ChatCompletionChunk]) -> AsyncIterator[ChatCompletionChunk]:
    for chunk in chunks:
        yield chunk
