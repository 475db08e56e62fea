"""How a local model shares the machine: sequence slots, prefill chunks, threads."""

from __future__ import annotations

import os

from pydantic import Field

from minigate.section import Section


def cores() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS has no affinity
        return max(1, os.cpu_count() or 1)


def default_parallel() -> int:
    # Two sequences per core keep the matrix units busy while one sequence samples; more
    # than eight mostly buys KV memory (each slot holds a full n_ctx of cells).
    return min(8, 2 * cores())


class EngineSettings(Section):
    """The scheduler's knobs for one llama.cpp model; composed into that model's config."""

    parallel: int | None = Field(
        default=None,
        ge=1,
        le=64,
        description="Sequences decoded together in one batch; default: 2 per core, at most 8.",
    )
    interactive_reserve: int = Field(
        default=1,
        ge=0,
        description="Sequence slots that batch lines never take, so that a person's request "
        "finds one free however many batch lines wait (at most parallel - 1; 0: batch lines "
        "may take every slot).",
    )
    n_threads: int | None = Field(
        default=None, ge=1, description="llama.cpp threads; default: the cores this process has."
    )
    prefill_chunk: int = Field(
        default=256,
        ge=16,
        description="Prompt tokens prefilled per step, so a long prompt never stalls streams.",
    )
    prefix_cache: bool = Field(
        default=True, description="Reuse KV cells of a prompt prefix another sequence computed."
    )

    def slots(self) -> int:
        return self.parallel or default_parallel()

    def threads(self) -> int:
        return self.n_threads or cores()
