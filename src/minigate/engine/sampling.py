"""Per-sequence sampling: llama.cpp sampler chains, logprobs, text assembly and stop strings."""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

PENALTY_WINDOW = 64  # tokens the presence/frequency penalties look back on (llama.cpp's default)
# llama.cpp reads this seed (LLAMA_DEFAULT_SEED) as "draw a random one": no request may reach it.
RANDOM_SEED = 0xFFFFFFFF


@dataclass(frozen=True, slots=True)
class Sampling:
    """How one sequence picks its tokens. The defaults are llama-cpp-python's."""

    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 40
    min_p: float = 0.05
    seed: int | None = None
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    grammar: str | None = None  # GBNF text; its start rule is "root"
    logit_bias: tuple[tuple[int, float], ...] = ()  # (token id, added to its logit)


# A schema's repetition bound n (maxLength: n, a{1,n}) becomes n nested optional groups, and
# llama.cpp's grammar parser recurses once per group: 20,000 overflow its stack, a segfault
# that takes the whole gateway down; 10**9 write an 8 GB grammar before that. Far below both.
MAX_REPEAT = 1000
_REPEAT_KEYWORDS = frozenset({"minLength", "maxLength", "minItems", "maxItems"})
_QUANTIFIER = re.compile(r"\{\s*(\d+)\s*(?:,\s*(\d*)\s*)?\}")


@lru_cache(maxsize=64)
def json_grammar(schema: str) -> str:
    """GBNF for a JSON schema given as text; '' stands for any JSON value. Raises ValueError
    for a repetition bound above ``MAX_REPEAT``."""
    from llama_cpp.llama_grammar import JSON_GBNF, json_schema_to_gbnf

    if schema:
        check_repeats(json.loads(schema), "schema")
    return JSON_GBNF if schema == "" else json_schema_to_gbnf(schema)


def check_repeats(node: Any, path: str) -> None:
    """Raise ValueError naming the first repetition bound in ``node`` above ``MAX_REPEAT``."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            check_repeats(item, f"{path}.{index}")
    elif isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}"
            if key in _REPEAT_KEYWORDS and isinstance(value, int | float) and value > MAX_REPEAT:
                raise ValueError(f"{where} is {value}, above the {MAX_REPEAT} a grammar can hold")
            if key == "pattern" and isinstance(value, str) and _repeats_past_limit(value):
                raise ValueError(f"{where} repeats more than the {MAX_REPEAT} a grammar can hold")
            check_repeats(value, where)


def _repeats_past_limit(pattern: str) -> bool:
    return any(
        int(number) > MAX_REPEAT
        for found in _QUANTIFIER.finditer(pattern)
        for number in found.groups()
        if number
    )


def build_chain(sampling: Sampling, vocab: Any, n_vocab: int) -> Any:
    """A new llama.cpp sampler chain for one sequence; the caller frees it. None if the
    grammar does not parse."""
    import llama_cpp as lc

    chain = lc.llama_sampler_chain_init(lc.llama_sampler_chain_default_params())

    def add(sampler: Any) -> None:
        lc.llama_sampler_chain_add(chain, sampler)

    if sampling.logit_bias:
        entries = [lc.llama_logit_bias(token, bias) for token, bias in sampling.logit_bias]
        biases = (lc.llama_logit_bias * len(entries))(*entries)
        add(lc.llama_sampler_init_logit_bias(n_vocab, len(sampling.logit_bias), biases))
    if sampling.presence_penalty or sampling.frequency_penalty:
        add(
            lc.llama_sampler_init_penalties(
                n_vocab,
                PENALTY_WINDOW,
                1.0,
                sampling.frequency_penalty,
                sampling.presence_penalty,
            )
        )
    if sampling.grammar is not None:
        grammar = lc.llama_sampler_init_grammar(vocab, sampling.grammar.encode(), b"root")
        if not grammar:
            lc.llama_sampler_free(chain)
            return None
        add(grammar)
    if sampling.temperature == 0:
        add(lc.llama_sampler_init_greedy())
    else:
        add(lc.llama_sampler_init_top_k(sampling.top_k))
        add(lc.llama_sampler_init_top_p(sampling.top_p, 1))
        add(lc.llama_sampler_init_min_p(sampling.min_p, 1))
        add(lc.llama_sampler_init_temp(sampling.temperature))
        seed = lc.LLAMA_DEFAULT_SEED if sampling.seed is None else engine_seed(sampling.seed)
        add(lc.llama_sampler_init_dist(seed))
    return chain


def engine_seed(seed: int) -> int:
    """llama.cpp's 32-bit seed for a request's seed (OpenAI's is any int64, and ``seed + i``
    for choice i may pass it): 0 to 2**32 - 2 as they are, every other value through SHA-256
    of its decimal form, so no seed means "random" and none aliases another modulo 2**32."""
    if 0 <= seed < RANDOM_SEED:
        return seed
    digest = hashlib.sha256(str(seed).encode("ascii")).digest()
    return int.from_bytes(digest[:8], "big") % RANDOM_SEED


def logprobs_of(logits: np.ndarray, token: int, top: int) -> tuple[float, list[tuple[int, float]]]:
    """The chosen token's log-probability under the model, and the ``top`` likeliest tokens."""
    shifted = logits - logits.max()
    log_total = float(np.log(np.exp(shifted).sum()))
    chosen = float(shifted[token]) - log_total
    if top <= 0:
        return chosen, []
    top = min(top, len(shifted))
    best = np.argpartition(-shifted, top - 1)[:top]
    best = best[np.argsort(-shifted[best], kind="stable")]
    return chosen, [(int(t), float(shifted[t]) - log_total) for t in best]


class TextAssembler:
    """Turns token bytes into text, holding back what may still become a stop string.

    A token may end inside a UTF-8 character, and text may end with the start of a stop
    string; both are held until the next token tells. Logprob entries ride along with the
    text they belong to, so an entry is released with (never before) its token's text.
    """

    def __init__(self, stops: tuple[str, ...]) -> None:
        self.stops = tuple(s for s in stops if s)
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._held = ""
        self._entries: list[tuple[int, Any]] = []  # (end offset in all text so far, entry)
        self._seen = 0  # characters decoded so far
        self._released = 0

    def feed(self, piece: bytes, entry: Any = None) -> tuple[str, list[Any], bool]:
        """Add one token; returns (text to send, entries to send, a stop string was hit)."""
        text = self._utf8.decode(piece)
        self._seen += len(text)
        if entry is not None:
            self._entries.append((self._seen, entry))
        held = self._held + text
        hits = [i for i in (held.find(s) for s in self.stops) if i >= 0]
        if hits:
            self._held = ""
            return self._release(held[: min(hits)]), self._take(everything=False), True
        keep = _partial_stop(held, self.stops)
        self._held = held[len(held) - keep :]
        return self._release(held[: len(held) - keep]), self._take(everything=False), False

    def flush(self) -> tuple[str, list[Any]]:
        """What is still held, at the end of a sequence that did not stop on a stop string."""
        # A sequence cut by its token limit may end inside a character (an emoji's first
        # token): its bytes are dropped, not sent as U+FFFD, as no client could use half of it.
        self._utf8.reset()
        held, self._held = self._held, ""
        return self._release(held), self._take(everything=True)

    def _release(self, text: str) -> str:
        self._released += len(text)
        return text

    def _take(self, *, everything: bool) -> list[Any]:
        count = len(self._entries)
        if not everything:
            count = next(
                (i for i, (end, _) in enumerate(self._entries) if end > self._released), count
            )
        taken = [entry for _, entry in self._entries[:count]]
        del self._entries[:count]
        return taken


def _partial_stop(text: str, stops: tuple[str, ...]) -> int:
    """The length of the longest end of ``text`` that begins some stop string."""
    longest = 0
    for stop in stops:
        for size in range(min(len(stop) - 1, len(text)), longest, -1):
            if text.endswith(stop[:size]):
                longest = size
                break
    return longest
