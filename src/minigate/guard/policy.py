"""A configured policy with its scanners built, and what the stage needs to know about it."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from minigate.guard.engine import ArmedScanner, arm
from minigate.guard.protocol import GuardDeps
from minigate.guard.settings import GuardPolicy, GuardSettings

log = logging.getLogger("minigate.guard")


@dataclass(frozen=True, slots=True)
class ArmedPolicy:
    policy: GuardPolicy
    input: list[ArmedScanner]
    output: list[ArmedScanner]

    @property
    def plants_canary(self) -> bool:
        return any(spec.type == "canary" for spec in self.policy.output)

    @property
    def scanners(self) -> list[ArmedScanner]:
        return [*self.input, *self.output]

    @property
    def may_hold(self) -> bool:
        """Whether an answer may be held for review, so a stream must be read to its end."""
        return self.policy.review_all or any(spec.action == "review" for spec in self.policy.output)


def arm_policies(settings: GuardSettings, deps: GuardDeps) -> list[ArmedPolicy]:
    if deps.embed is None:
        for policy in settings.policies:
            _warn_cheap(policy)
    return [
        ArmedPolicy(
            policy,
            arm(policy.input, deps, settings.on_error),
            arm(policy.output, deps, settings.on_error),
        )
        for policy in settings.policies
    ]


def _warn_cheap(policy: GuardPolicy) -> None:
    """Said once at start for each scanner that reads less than its config asks: injection
    falls back to its cheap mode where harm refuses to start (settings.NEEDS_EMBEDDINGS
    says why)."""
    for spec in policy.input:
        if spec.type == "injection" and spec.options.get("use_embeddings", True):
            log.warning(
                "Guard scanner '%s' (injection) of policy '%s' runs in the cheap mode: no "
                "embedding model is configured. Add one (path: builtin:minilm) for the full mode, "
                "or set use_embeddings: false to say so.",
                spec.label,
                policy.id,
            )
