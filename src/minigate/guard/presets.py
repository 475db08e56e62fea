"""Ready-made guard policies, so that nobody has to hand-tune thresholds.

``guard: {preset: balanced}`` adds a policy for every model (after the configured ones, which
win where they match). Each preset sets the detectors' operating point, a threshold chosen on
the train split (``benchmarks/guard/build_artifacts.py``; figures on the test split in
docs/guard.md):

- ``permissive``: few false positives (out-of-fold at most 1% on benign prompts); PII is
  redacted, injections are only recorded (``flag``), nothing is blocked;
- ``balanced``: the default operating point (at most 4%); injections blocked, PII redacted,
  the canary watches for a leaked system prompt;
- ``strict``: catches more at more false positives (at most 10%); also blocks harmful
  requests and answers. Names are not redacted: the name tagger is not good enough yet
  (docs/guard.md).

With embeddings the injection stack has a threshold per route (prompt, prose data, code),
chosen out of fold at 4.5% false positives per benign kind for ``balanced`` (3% for clean
code; ``benchmarks/guard/build_stack.py``); without embeddings the cheap mode keeps round six's
models and thresholds. What each preset catches and blocks on the test splits is in
docs/guard.md ("Where it stands", updated at each reading).
"""

from __future__ import annotations

from typing import Any, Literal

Preset = Literal["strict", "balanced", "permissive"]


def preset_policy(preset: Preset) -> dict[str, Any]:
    """The policy a preset stands for, as it would be written in the config."""
    injection = {"type": "injection", "operating_point": preset}
    if preset == "permissive":
        return {
            "id": "preset-permissive",
            "input": [{"type": "pii", "action": "redact"}, {**injection, "action": "flag"}],
            "output": [{"type": "pii", "action": "redact", "entities": ["SECRET"]}],
        }
    if preset == "balanced":
        return {
            "id": "preset-balanced",
            "input": [{"type": "pii", "action": "redact"}, injection],
            "output": [{"type": "pii", "action": "redact"}, {"type": "canary"}],
        }
    # Imported here: the detectors load numpy, which reading the config does not need.
    from minigate.guard.pii.detect import DEFAULT_KINDS

    pii = {"type": "pii", "action": "redact", "entities": list(DEFAULT_KINDS)}
    harm = {"type": "harm", "operating_point": "strict", "use_embeddings": False}
    return {
        "id": "preset-strict",
        "input": [pii, injection, harm],
        "output": [{"type": "pii", "action": "redact"}, {"type": "canary"}, harm],
    }
