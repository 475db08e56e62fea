"""The local inference engine: continuous batching of llama.cpp sequences.

A layer below the concerns, beside the backends: ``backends/llama_cpp.py`` speaks OpenAI's
wire format and hands the engine token jobs; the engine knows tokens, slots and KV cells.
"""

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
