"""The ``routes:`` and ``router:`` sections of the config: names clients ask for like models,
each picking the model that answers, and the circuit breaker they share."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field, field_validator, model_validator

from minigate.backends.settings import BUILTIN_EMBEDDING_MODEL
from minigate.errors import ArtifactError
from minigate.section import Section

if TYPE_CHECKING:
    from minigate.router.artifact import AnyArtifact


class RouteMatch(Section):
    """Conditions of one rule; every condition given must hold (an empty match always holds)."""

    task: list[str] | None = Field(
        default=None, description="x-minigate-task header or metadata.task is one of these."
    )
    min_prompt_tokens: int | None = Field(default=None, ge=0)
    max_prompt_tokens: int | None = Field(default=None, ge=0)
    images: bool | None = None
    tools: bool | None = None
    max_latency_budget_ms: int | None = Field(
        default=None, ge=1, description="x-minigate-latency-budget-ms is at most this."
    )
    keys: list[str] | None = Field(default=None, description="Key ids or key names.")

    @field_validator("task", "keys", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class RouteTarget(Section):
    """A model or route to send to, and the ones to try in order when it fails."""

    to: str
    fallbacks: list[str] = Field(default_factory=list)


Target = str | RouteTarget


class RouteRule(Section):
    when: RouteMatch = Field(default_factory=RouteMatch)
    target: Target


class CascadeConfig(Section):
    """Ask the cheapest tier first; escalate while its answer is unconfident or invalid."""

    tiers: list[str] = Field(min_length=2)
    min_mean_logprob: float | None = Field(
        default=None, le=0, description="Escalate when the mean token logprob is lower."
    )
    regex: str | None = Field(default=None, description="The answer must contain a match.")

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        return compiles(value)


def compiles(value: str | None) -> str | None:
    """A configured regex, checked once at load."""
    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"regex does not compile: {exc}") from None
    return value


class ArtifactFile(str):
    """The path of a learned router's artifact, carrying what validation read from it: the
    file is read once, when the config is loaded."""

    loaded: AnyArtifact

    def __new__(cls, path: str, loaded: AnyArtifact) -> ArtifactFile:
        self = super().__new__(cls, path)
        self.loaded = loaded
        return self


class LearnedConfig(Section):
    """Send to ``cheap`` when a trained classifier says its answer will be good enough."""

    cheap: str
    strong: str
    artifact: str = Field(description="A file written by 'minigate router train'.")
    threshold: float = Field(
        default=0.5, ge=0, le=1, description="Cheap when P(cheap is good enough) >= this."
    )
    embedding_model: str = Field(
        default=BUILTIN_EMBEDDING_MODEL, description="The configured model that embeds the turn."
    )
    regex: str | None = Field(
        default=None,
        description="An artifact trained --after-cheap only: a cheap answer without a match "
        "(out of the task's answer format) escalates before the classifier is asked.",
    )

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        return compiles(value)

    @model_validator(mode="after")
    def _regex_needs_an_answer(self) -> LearnedConfig:
        if self.regex is not None and not self.loaded.after_cheap:
            raise ValueError(
                "regex checks the cheap model's answer, but this artifact decides before any "
                "call; train it with 'minigate router train --after-cheap', or drop regex"
            )
        return self

    @field_validator("artifact")
    @classmethod
    def _loads(cls, value: str) -> str:
        from minigate.router.artifact import load_artifact  # numpy: only for a learned route

        try:
            return ArtifactFile(value, load_artifact(Path(value).expanduser()))
        except ArtifactError as exc:
            raise ValueError(str(exc)) from None

    @property
    def loaded(self) -> AnyArtifact:
        """The trained classifier in ``artifact``, as read when the config was validated."""
        from minigate.router.artifact import load_artifact

        if isinstance(self.artifact, ArtifactFile):
            return self.artifact.loaded
        return load_artifact(Path(self.artifact).expanduser())  # pragma: no cover


class RouteConfig(Section):
    """A name clients ask for like a model: a rule table (rules + default), a cascade, or a
    learned router."""

    id: str
    rules: list[RouteRule] = Field(default_factory=list)
    default: Target | None = None
    cascade: CascadeConfig | None = None
    learned: LearnedConfig | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> RouteConfig:
        kinds = [self.cascade is not None, self.learned is not None]
        table = bool(self.rules) or self.default is not None
        if sum(kinds) + table > 1:
            raise ValueError("a route has one of rules/default, cascade or learned, not several")
        if not any(kinds) and not table:
            raise ValueError("a route needs rules, a default, a cascade or a learned router")
        return self

    def references(self) -> list[tuple[str, str]]:
        """(config key, model or route id) of everything this route can send to."""
        refs: list[tuple[str, str]] = []
        targets = [(f"rules.{n}.target", rule.target) for n, rule in enumerate(self.rules)]
        if self.default is not None:
            targets.append(("default", self.default))
        for key, target in targets:
            if isinstance(target, str):
                refs.append((key, target))
                continue
            refs.append((f"{key}.to", target.to))
            refs += [(f"{key}.fallbacks.{n}", f) for n, f in enumerate(target.fallbacks)]
        if self.cascade is not None:
            refs += [(f"cascade.tiers.{n}", t) for n, t in enumerate(self.cascade.tiers)]
        if self.learned is not None:
            refs += [("learned.cheap", self.learned.cheap), ("learned.strong", self.learned.strong)]
        return refs


class RouterSettings(Section):
    """The circuit breaker shared by every route: one per model the routes send to."""

    breaker_failures: int = Field(default=5, ge=1, description="Consecutive failures to open.")
    breaker_cooldown_s: float = Field(default=30.0, gt=0, description="Open time before a probe.")


def find_route_cycle(routes: dict[str, RouteConfig]) -> list[str] | None:
    """A chain of route ids that leads back to its start, or None."""

    def visit(route_id: str, path: list[str]) -> list[str] | None:
        if route_id in path:
            return [*path[path.index(route_id) :], route_id]
        for _, ref in routes[route_id].references():
            if ref in routes and (cycle := visit(ref, [*path, route_id])):
                return cycle
        return None

    for route_id in routes:
        if cycle := visit(route_id, []):
            return cycle
    return None
