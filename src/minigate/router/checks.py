"""Whether a cascade tier's answer is good enough to keep, or the next tier must answer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minigate.jsonchecks import json_problem, schema_of
from minigate.router.settings import CascadeConfig
from minigate.schemas.chat import ChatCompletion, ChatCompletionRequest


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    why: str


def judge(completion: ChatCompletion, req: ChatCompletionRequest, config: CascadeConfig) -> Verdict:
    """Validity first (JSON, regex), then confidence (mean token logprob, when reported)."""
    first = completion.choices[0].message if completion.choices else None
    text = (first.content if first else None) or ""
    if req.response_format is not None and req.response_format.type != "text":
        problem = json_problem(text, schema_of(req.response_format.json_schema))
        if problem is not None:
            return Verdict(False, problem)
    if config.regex is not None and re.search(config.regex, text) is None:
        return Verdict(False, "no regex match")
    if config.min_mean_logprob is not None:
        mean = mean_logprob(completion)
        # A backend that reports no logprobs (local llama.cpp) is judged on validity alone.
        if mean is not None and mean < config.min_mean_logprob:
            return Verdict(False, f"mean logprob {mean:.2f} < {config.min_mean_logprob:g}")
        if mean is not None:
            return Verdict(True, f"passed: mean logprob {mean:.2f}")
    return Verdict(True, "passed checks")


def mean_logprob(completion: ChatCompletion) -> float | None:
    """The mean logprob of the first choice's tokens, or None when the backend sent none."""
    if not completion.choices or completion.choices[0].logprobs is None:
        return None
    tokens = completion.choices[0].logprobs.get("content") or []
    values = [t["logprob"] for t in tokens if isinstance(t, dict) and "logprob" in t]
    return sum(values) / len(values) if values else None
