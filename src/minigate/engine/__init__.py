"""The local inference engine: continuous batching of llama.cpp sequences.

A layer below the concerns, beside the backends: ``backends/llama_cpp.py`` speaks OpenAI's
wire format and hands the engine token jobs; the engine knows tokens, slots and KV cells.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigate.lazy import lazy_exports

if TYPE_CHECKING:
    from minigate.engine.admission import Priority
    from minigate.engine.engine import LocalEngine
    from minigate.engine.jobs import Job, Piece, TokenLogprob
    from minigate.engine.sampling import Sampling, json_grammar
    from minigate.engine.settings import EngineSettings

__all__ = [
    "EngineSettings",
    "Job",
    "LocalEngine",
    "Piece",
    "Priority",
    "Sampling",
    "TokenLogprob",
    "json_grammar",
]

__getattr__ = lazy_exports(
    __name__,
    {
        "EngineSettings": "settings",
        "Job": "jobs",
        "LocalEngine": "engine",
        "Piece": "jobs",
        "Priority": "admission",
        "Sampling": "sampling",
        "TokenLogprob": "jobs",
        "json_grammar": "sampling",
    },
)
