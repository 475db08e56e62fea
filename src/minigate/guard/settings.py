"""The ``guard:`` section of the config: which scanners run on which requests, and how."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from minigate.guard.presets import Preset, preset_policy
from minigate.guard.protocol import Direction
from minigate.guard.registry import scanner_names, scanner_type
from minigate.validation import message_of

OnError = Literal["block", "allow"]

# Scanners that refuse to start without the gateway's embedding model unless told
# ``use_embeddings: false``: harm's n-gram model alone misses much of what its classifier
# catches, so a policy that asked for harm does not get the weaker one without saying so.
# Injection falls back to its cheap mode instead, with a warning at start (policy.py): that
# mode has thresholds of its own, and the presets run it on gateways with no embedding model.
NEEDS_EMBEDDINGS = frozenset({"harm"})


class ScannerSpec(BaseModel):
    """One scanner in a policy: its type, what to do when it flags, and its own options.

    Options sit beside ``type`` and ``action`` in the YAML; they are checked against the
    scanner type's own options model, so a misspelt option fails at start.
    """

    model_config = ConfigDict(extra="allow", frozen=True)

    type: str
    action: Literal["block", "redact", "flag", "review"] = "block"
    name: str | None = Field(default=None, description="Shown in errors; default: the type.")
    on_error: OnError | None = Field(
        default=None, description="When the scanner crashes; default: guard.on_error."
    )

    @property
    def label(self) -> str:
        return self.name or self.type

    @property
    def options(self) -> dict[str, Any]:
        return dict(self.model_extra or {})

    @model_validator(mode="after")
    def _options_fit_type(self) -> ScannerSpec:
        try:
            kind = scanner_type(self.type)
        except KeyError as exc:
            raise ValueError(exc.args[0]) from None
        try:
            kind.options.model_validate(self.options)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            message = message_of(first)
            key = ".".join(str(p) for p in first["loc"]) or "(options)"
            # The option's own path rides along so that the config loader can point at its line.
            raise PydanticCustomError(
                "scanner_option",
                "{kind} scanner option '{key}': {message}",
                {"kind": self.type, "key": key, "message": message, "option_path": first["loc"]},
            ) from None
        return self

    def check_direction(self, direction: Direction) -> None:
        kind = scanner_type(self.type)
        if direction not in kind.directions:
            raise ValueError(f"the {self.type} scanner cannot scan the {direction}")
        if self.action == "redact" and direction not in kind.redacts:
            # It finds no span to take out: accepted, it let the text through unchanged.
            can = [n for n in scanner_names() if direction in scanner_type(n).redacts]
            raise ValueError(
                f"the {self.type} scanner cannot redact the {direction} (it finds no part of the "
                f"text to take out); use block, flag or review (scanners that redact the "
                f"{direction}: {', '.join(can)})"
            )


class GuardPolicy(BaseModel):
    """The scanners for requests to some models or routes; the first matching policy wins."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    models: list[str] = Field(
        default_factory=lambda: ["*"], description="Model or route names; '*' matches all."
    )
    input: list[ScannerSpec] = Field(default_factory=list)
    output: list[ScannerSpec] = Field(default_factory=list)
    review_all: bool = Field(
        default=False, description="Hold every answer for human review (high-risk routes)."
    )
    scan_system: bool = Field(
        default=False,
        description="Also scan system turns, as data: for apps that put user data there.",
    )

    @field_validator("models")
    @classmethod
    def _names_some(cls, models: list[str]) -> list[str]:
        # An empty list is what an unset templated variable gives: the policy would guard
        # nothing, and its redaction would be off without a word (an outside probe).
        if not models:
            raise ValueError(
                "a policy that names no model never applies; list the models or routes it "
                "guards, or '*' for all of them"
            )
        return models

    @model_validator(mode="after")
    def _directions(self) -> GuardPolicy:
        for direction, specs in (("input", self.input), ("output", self.output)):
            for n, spec in enumerate(specs):
                try:
                    spec.check_direction(direction)  # type: ignore[arg-type]
                except ValueError as exc:
                    raise ValueError(f"{direction}.{n}: {exc}") from None
        return self

    def applies_to(self, model: str) -> bool:
        return "*" in self.models or model in self.models


class ReviewSettings(BaseModel):
    """What a client gets while its answer waits for a reviewer."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mode: Literal["placeholder", "http_202"] = Field(
        default="placeholder",
        description="placeholder: a normal answer saying it is under review (works with every "
        "client); http_202: HTTP 202 with the review id to poll, for clients that handle a 202 "
        "themselves (the openai SDK does not: its stream yields nothing, its completion has no "
        "choices).",
    )
    placeholder: str = (
        "This answer is being reviewed by a person before it is released. "
        "Review id: {review_id}. Poll GET /v1/reviews/{review_id} for the result."
    )


class GuardSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    preset: Preset | None = Field(
        default=None,
        description="A ready-made policy for every model (strict, balanced or permissive), "
        "after the configured policies, which win where they match.",
    )
    on_error: OnError = Field(
        default="block", description="A scanner that crashes blocks (fail closed) or allows."
    )
    stream_window_chars: int = Field(
        default=80, ge=1, description="Streamed answers are scanned and released in windows."
    )
    policies: list[GuardPolicy] = Field(default_factory=list)
    moderation: list[ScannerSpec] | None = Field(
        default=None,
        description="The scanners behind POST /v1/moderations; default: the harm classifier.",
    )
    review: ReviewSettings = Field(default_factory=ReviewSettings)

    @model_validator(mode="before")
    @classmethod
    def _add_preset(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("preset") in ("strict", "balanced", "permissive"):
            data = {**data, "policies": [*data.get("policies", []), preset_policy(data["preset"])]}
        return data

    @property
    def active_policies(self) -> list[GuardPolicy]:
        return self.policies if self.enabled else []

    def needing_embeddings(self) -> Iterator[tuple[tuple[int | str, ...], ScannerSpec]]:
        """The scanners that cannot start without the embedding model, with their key paths
        below ``guard`` (``policies.0.output.1``), for the config's check across sections."""
        for n, policy in enumerate(self.active_policies):
            for direction in ("input", "output"):
                for i, spec in enumerate(getattr(policy, direction)):
                    yield from _needing(spec, ("policies", n, direction, i))
        for i, spec in enumerate(self.moderation or []):
            yield from _needing(spec, ("moderation", i))

    @property
    def holds_answers(self) -> bool:
        """Whether some policy may hold an answer for review (which needs the store)."""
        return any(
            p.review_all or any(s.action == "review" for s in [*p.input, *p.output])
            for p in self.active_policies
        )


def _needing(
    spec: ScannerSpec, key: tuple[int | str, ...]
) -> Iterator[tuple[tuple[int | str, ...], ScannerSpec]]:
    if spec.type in NEEDS_EMBEDDINGS and spec.options.get("use_embeddings", True):
        yield key, spec
