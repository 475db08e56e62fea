"""Matching one rule's conditions against a request's features."""

from __future__ import annotations

from minigate.router.features import Features
from minigate.router.settings import RouteMatch


def match(when: RouteMatch, features: Features) -> str | None:
    """Why the rule matches (its conditions, for the route header), or None if it does not."""
    checks: list[tuple[str, bool]] = []
    if when.task is not None:
        checks.append((f"task={features.task}", features.task in when.task))
    if when.min_prompt_tokens is not None:
        checks.append(
            (
                f"prompt_tokens>={when.min_prompt_tokens}",
                features.prompt_tokens >= when.min_prompt_tokens,
            )
        )
    if when.max_prompt_tokens is not None:
        checks.append(
            (
                f"prompt_tokens<={when.max_prompt_tokens}",
                features.prompt_tokens <= when.max_prompt_tokens,
            )
        )
    if when.images is not None:
        checks.append((f"images={str(when.images).lower()}", features.images == when.images))
    if when.tools is not None:
        checks.append((f"tools={str(when.tools).lower()}", features.tools == when.tools))
    if when.max_latency_budget_ms is not None:
        budget = features.latency_budget_ms
        within = budget is not None and budget <= when.max_latency_budget_ms
        checks.append((f"latency_budget_ms<={when.max_latency_budget_ms}", within))
    if when.keys is not None:
        checks.append(("key", bool(features.keys & set(when.keys))))
    if not all(ok for _, ok in checks):
        return None
    return " ".join(why for why, _ in checks) or "always"
