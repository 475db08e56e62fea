"""A configured policy with its scanners built, and what the stage needs to know about it."""

from __future__ import annotations

from dataclasses import dataclass

from minigate.guard.engine import ArmedScanner, arm
from minigate.guard.protocol import GuardDeps
from minigate.guard.settings import GuardPolicy, GuardSettings


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
    return [
        ArmedPolicy(
            policy,
            arm(policy.input, deps, settings.on_error),
            arm(policy.output, deps, settings.on_error),
        )
        for policy in settings.policies
    ]
