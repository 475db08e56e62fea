"""Scorers: does an answer match the expected one? Each takes (answer, expected, options).

The ``judge`` scorer needs a model; the runner asks it (see ``runner.judge``) and this
module only reads its verdict.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from minigate.jsonchecks import json_problem

Scorer = Callable[[str, Any, dict[str, Any]], bool]
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?:[eE][-+]?\d+)?")
FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)


def normal(text: str) -> str:
    """Lower case, punctuation and runs of space folded to one space, in Unicode's NFKC form.

    NFKC rather than NFC: besides joining "e" and a combining accent into "é", it reads
    full-width letters and digits (U+FF21 for "A", common in CJK answers) and ligatures as
    the plain ones, which a reader also takes for the same answer."""
    folded = unicodedata.normalize("NFKC", str(text)).lower()
    return re.sub(r"[\W_]+", " ", folded).strip()


def _options(expected: Any) -> list[str]:
    return [str(e) for e in expected] if isinstance(expected, list) else [str(expected)]


def exact(answer: str, expected: Any, _: dict[str, Any]) -> bool:
    """The answer equals the expected one (or any of a list), ignoring case and punctuation."""
    return normal(answer) in {normal(e) for e in _options(expected)}


def contains(answer: str, expected: Any, _: dict[str, Any]) -> bool:
    """The expected text (or any of a list) occurs in the answer, ignoring case and punctuation."""
    said = f" {normal(answer)} "
    return any(f" {normal(e)} " in said for e in _options(expected) if normal(e))


def regex(answer: str, expected: Any, options: dict[str, Any]) -> bool:
    """The pattern (``options.pattern``, else ``expected``) matches somewhere in the answer."""
    pattern = options.get("pattern", expected)
    return re.search(str(pattern), answer, re.IGNORECASE | re.MULTILINE) is not None


def choice(answer: str, expected: Any, options: dict[str, Any]) -> bool:
    """The first of the choices (``options.choices``, default A-E) the answer names is the
    expected one: "B", "(b)", "B) Paris" and "The answer is B." all name B."""
    labels = [str(c) for c in options.get("choices", ["A", "B", "C", "D", "E"])]
    by_word = {normal(c): c for c in labels}
    for word in normal(answer).split():
        if word in by_word:
            return normal(by_word[word]) == normal(str(expected))
    return False


def final_number(text: str) -> float | None:
    """The number after the last 'Answer:' or '####', else the last number in the text."""
    tail = text
    for marker in ("####", "Answer:", "answer:", "answer is"):
        if marker in tail:
            tail = tail.rsplit(marker, 1)[-1]
    numbers = NUMBER.findall(tail) or NUMBER.findall(text)
    if not numbers:
        return None
    try:
        return float(numbers[-1].replace(",", "").rstrip("."))
    except ValueError:
        return None


def number(answer: str, expected: Any, options: dict[str, Any]) -> bool:
    """The answer's final number is within ``tolerance`` (absolute, default 1e-6) or
    ``relative`` (a share of the expected value) of the expected number."""
    got, want = final_number(answer), final_number(str(expected))
    if got is None or want is None:
        return False
    tolerance = max(
        float(options.get("tolerance", 1e-6)), abs(want) * float(options.get("relative", 0))
    )
    return abs(got - want) <= tolerance


def extract_json(answer: str) -> str:
    """The JSON in an answer: a fenced block's body, else from the first brace or bracket."""
    fenced = FENCE.search(answer)
    if fenced:
        return fenced.group(1).strip()
    starts = [i for i in (answer.find("{"), answer.find("[")) if i >= 0]
    return answer[min(starts) :].strip() if starts else answer.strip()


def json_match(answer: str, expected: Any, options: dict[str, Any]) -> bool:
    """The answer is JSON that fits ``options.schema`` (when given) and whose fields named in
    ``expected`` (an object) hold the expected values (all of them, or ``options.fields``)."""
    text = extract_json(answer)
    if json_problem(text, options.get("schema")) is not None:
        return False
    value = json.loads(text)
    if not isinstance(expected, dict):
        return bool(value == expected)
    if not isinstance(value, dict):
        return False
    fields = options.get("fields", list(expected))
    return all(field in value and value[field] == expected.get(field) for field in fields)


def judge_verdict(text: str) -> bool:
    """A judge's answer: it must begin with PASS or FAIL (anything else fails)."""
    words = normal(text).split()
    return bool(words) and words[0] in {"pass", "yes", "correct"}


SCORERS: dict[str, Scorer | None] = {
    "exact": exact,
    "contains": contains,
    "regex": regex,
    "choice": choice,
    "number": number,
    "json": json_match,
    "judge": None,  # asked of a judge model by the runner
}


def score(answer: str, expected: Any, spec: dict[str, Any]) -> bool:
    """Score with a non-judge scorer; a malformed expectation scores False, never raises."""
    scorer = SCORERS[spec["type"]]
    assert scorer is not None, "the judge scorer is run by the runner"
    try:
        return scorer(answer, expected, spec)
    except (re.error, ValueError, TypeError):
        return False
