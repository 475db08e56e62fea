"""The learned route (RouteLLM-style): a classifier trained on which prompts the cheap model
answers well enough decides, before any model is called, which one answers.

Only the last user turn is embedded: it is what changes from request to request, while a
shared system prompt or few-shot turns would pull every request's vector the same way.
"""

from __future__ import annotations

import numpy as np

from minigate.backends.embedder import Embedder
from minigate.router.artifact import RouterArtifact
from minigate.router.route import Attempt, Call, Route, StreamAttempt
from minigate.router.settings import LearnedConfig
from minigate.schemas.chat import ChatCompletionRequest


class LearnedRoute:
    def __init__(
        self,
        config: LearnedConfig,
        artifact: RouterArtifact,
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
        vector = await self.embedder(turn)
        task = call.features.task
        p = float(self.artifact.probabilities(vector[np.newaxis, :], [turn], [task])[0])
        threshold = self.config.threshold
        if p >= threshold:
            call.reasons.append(f"learned p_cheap={p:.3f} >= {threshold:g}")
            return self.cheap
        call.reasons.append(f"learned p_cheap={p:.3f} < {threshold:g}")
        return self.strong

    async def answer(self, req: ChatCompletionRequest, call: Call) -> Attempt:
        return await (await self.pick(req, call)).answer(req, call)

    async def open_stream(self, req: ChatCompletionRequest, call: Call) -> StreamAttempt:
        return await (await self.pick(req, call)).open_stream(req, call)


def last_user_turn(req: ChatCompletionRequest) -> str:
    """The text of the last user message ('' when there is none)."""
    for message in reversed(req.messages):
        if message.role == "user":
            return message.text()
    return ""
