"""Continuous batching on llama.cpp: one context, ``parallel`` sequence slots, one thread.

Each step, every generating sequence contributes its last token and prefilling sequences add
prompt chunks, all in one ``llama_decode``; then each sequence samples with its own chain.
A new sequence first reuses the longest prefix of its prompt that any slot holds in the KV
cache (its own from an earlier turn, or another's system prompt) and prefills the rest.
"""

from __future__ import annotations

import ctypes
import itertools
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from minigate.engine.jobs import DONE, Failure, Group, Job, Piece, TokenLogprob
from minigate.engine.sampling import TextAssembler, build_chain, logprobs_of
from minigate.errors import BackendFailed, InvalidRequest


@dataclass(slots=True)
class EngineStats:
    """Counters for /metrics; written by the decode thread, read anywhere."""

    generated_tokens: int = 0
    prompt_tokens: int = 0
    reused_tokens: int = 0  # prompt tokens served from the KV cache
    prefix_hits: int = 0  # sequences that reused at least one cached token
    steps: int = 0
    busy_seconds: float = 0.0  # wall time of decode steps: batching, llama_decode, sampling
    decode_seconds: float = 0.0  # of which in llama_decode (the rest is Python's per step)


@dataclass(eq=False, slots=True)
class _Slot:
    seq_id: int
    cached: list[int] = field(default_factory=list)  # tokens whose KV cells this sequence has
    last_used: int = 0
    group: Group | None = None
    job: Job | None = None
    chain: Any = None
    pending: list[int] = field(default_factory=list)  # prompt tokens not yet prefilled
    next_token: int = -1
    produced: int = 0
    reused: int = 0
    text: TextAssembler | None = None
    feed: list[int] = field(default_factory=list)  # tokens in the batch being decoded
    wants_logits: bool = False


class Scheduler:
    """Owns a llama.cpp context and the thread that decodes all its sequences."""

    def __init__(
        self, model: Any, ctx: Any, *, slots: int, n_batch: int, prefill_chunk: int, reuse: bool
    ) -> None:
        import llama_cpp as lc

        self._lc = lc
        self.model = model  # llama_cpp._internals.LlamaModel
        self.ctx = ctx  # a llama_context pointer
        self.memory = lc.llama_get_memory(ctx)
        self.vocab = model.vocab
        self.n_vocab = lc.llama_vocab_n_tokens(self.vocab)
        self.n_batch = n_batch
        self.prefill_chunk = prefill_chunk
        self.reuse = reuse
        self.stats = EngineStats()
        self._slots = [_Slot(i) for i in range(slots)]
        self._batch = lc.llama_batch_init(n_batch, 0, 1)
        self._groups: list[Group] = []
        self._inbox: list[Group] = []
        self._cond = threading.Condition()
        self._closing = False
        self._uses = itertools.count(1)
        self._thread = threading.Thread(target=self._run, name="engine-decode", daemon=True)
        self._thread.start()

    # -- the loop's side ----------------------------------------------------------------

    def submit(self, group: Group) -> None:
        with self._cond:
            self._inbox.append(group)
            self._cond.notify()

    def wake(self) -> None:
        """Make the thread look at cancellations now (it also does so every step)."""
        with self._cond:
            self._cond.notify()

    def close(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify()
        self._thread.join()
        for slot in self._slots:
            self._free_chain(slot)
        self._lc.llama_batch_free(self._batch)

    # -- the decode thread --------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                while not (self._inbox or self._closing or self._any_active() or self._startable()):
                    self._cond.wait()
                if self._closing:
                    break
                arrived, self._inbox = self._inbox, []
            self._groups.extend(arrived)
            self._groups.sort(key=lambda g: (g.priority, g.arrival))
            try:
                self._admit()
                if self._any_active():
                    self._step()
            except Exception as exc:  # a bug or a broken context: fail everyone, keep serving
                for group in list(self._groups):
                    self._fail(group, BackendFailed(f"The local model failed: {exc}"))
                self._lc.llama_memory_clear(self.memory, True)
                for slot in self._slots:
                    slot.cached = []
        for group in self._groups + self._inbox:
            self._fail(group, BackendFailed("The gateway is shutting down."))

    def _any_active(self) -> bool:
        return any(slot.job is not None for slot in self._slots)

    def _startable(self) -> bool:
        """A group holds a free slot for a job not started yet. ``_admit`` holds back a job
        whose prompt another slot is still prefilling (to share its cells); when that slot
        ends in the same step (``max_tokens: 1``), nothing is active, and without this the
        thread slept with the held-back job never started (fuzz17 #1)."""
        return any(group.jobs and group.running < group.held for group in self._groups)

    def _admit(self) -> None:
        """Drop cancelled work and start queued jobs on the slots their groups hold."""
        for group in list(self._groups):
            if group.cancelled:
                self._fail(group, None)
        for group in list(self._groups):  # a job whose grammar fails ends its group
            while group.jobs and group.running < group.held:
                if self.reuse and self._prefilling(group.jobs[0].prompt):
                    break  # n > 1: the first choice's prompt cells will be shared, not recomputed
                self._start(group, group.jobs.popleft())

    def _prefilling(self, prompt: list[int]) -> bool:
        return any(s.pending and s.job is not None and s.job.prompt == prompt for s in self._slots)

    def _start(self, group: Group, job: Job) -> None:
        try:
            self._place(group, job)
        except Exception as exc:  # this request's sampler or prompt, not the engine
            self._fail(group, BackendFailed(f"The local model could not start: {exc}"))

    def _place(self, group: Group, job: Job) -> None:
        free = [s for s in self._slots if s.job is None]
        own = {s.seq_id: _common(s.cached, job.prompt) if self.reuse else 0 for s in free}
        slot = max(free, key=lambda s: (own[s.seq_id], -s.last_used))
        chain = build_chain(job.sampling, self.vocab, self.n_vocab)
        if chain is None:
            self._fail(
                group,
                InvalidRequest(
                    "A local model cannot follow this response_format: the grammar built from "
                    "it does not parse (an empty enum, or a keyword its converter mistranslates).",
                    param="response_format",
                    code="unsupported",
                ),
            )
            return
        slot.group, slot.job, slot.chain = group, job, chain
        slot.produced, slot.next_token = 0, -1
        slot.text = TextAssembler(job.stops)
        group.running += 1
        self._place_prefix(slot, job.prompt, own[slot.seq_id])
        self.stats.prompt_tokens += len(job.prompt)

    def _place_prefix(self, slot: _Slot, prompt: list[int], own: int) -> None:
        lc = self._lc
        source, best = slot, own
        if self.reuse:
            for other in self._slots:
                length = _common(other.cached, prompt)
                if length > best:
                    source, best = other, length
        # At least the last prompt token is decoded again: its logits pick the first token.
        keep = max(0, min(best, len(prompt) - 1))
        if source is slot and lc.llama_memory_seq_rm(self.memory, slot.seq_id, keep, -1):
            slot.cached = slot.cached[:keep]
        else:
            lc.llama_memory_seq_rm(self.memory, slot.seq_id, -1, -1)
            if keep > 0 and source is not slot:
                lc.llama_memory_seq_cp(self.memory, source.seq_id, slot.seq_id, 0, keep)
            else:
                keep = 0
            slot.cached = prompt[:keep]
        slot.pending = prompt[keep:]
        slot.reused = keep
        if keep:
            self.stats.reused_tokens += keep
            self.stats.prefix_hits += 1

    def _step(self) -> None:
        started = time.perf_counter()
        active = [s for s in self._slots if s.job is not None]
        self._fill_batch(active)
        decoding = time.perf_counter()
        status = self._lc.llama_decode(self.ctx, self._batch)
        if status == 1 and self._evict_idle():
            status = self._lc.llama_decode(self.ctx, self._batch)
        self.stats.decode_seconds += time.perf_counter() - decoding
        if status == 1:  # no room even after dropping idle prefixes: the newest sequence yields
            newest = max(active, key=lambda s: s.group.arrival if s.group else 0)
            if newest.group is not None:
                self._fail(newest.group, BackendFailed("The KV cache is full; retry shortly."))
            return
        if status != 0:
            raise RuntimeError(f"llama_decode returned {status}")
        position = 0
        for slot in active:
            slot.cached.extend(slot.feed)
            if slot.pending:
                slot.pending = slot.pending[len(slot.feed) :]
            position += len(slot.feed)
            if slot.wants_logits and slot.job is not None:
                self._sample(slot, position - 1)
        self.stats.steps += 1
        self.stats.busy_seconds += time.perf_counter() - started

    def _fill_batch(self, active: list[_Slot]) -> None:
        batch = self._batch
        batch.n_tokens = 0
        budget = self.n_batch - sum(1 for s in active if not s.pending)
        # Interactive work prefills first; the order of self._groups is the priority order.
        rank = {id(g): n for n, g in enumerate(self._groups)}
        prefilling = sorted(
            (s for s in active if s.pending), key=lambda s: rank.get(id(s.group), 0)
        )
        for slot in active:
            slot.feed, slot.wants_logits = [], False
            if not slot.pending:
                slot.feed, slot.wants_logits = [slot.next_token], True
        for slot in prefilling:
            take = min(len(slot.pending), self.prefill_chunk, budget)
            budget -= take
            slot.feed = slot.pending[:take]
            slot.wants_logits = take == len(slot.pending)
        for slot in active:  # the batch follows slot order, as _step reads the outputs back
            for offset, token in enumerate(slot.feed):
                i = batch.n_tokens
                batch.token[i] = token
                batch.pos[i] = len(slot.cached) + offset
                batch.n_seq_id[i] = 1
                batch.seq_id[i][0] = slot.seq_id
                batch.logits[i] = slot.wants_logits and offset == len(slot.feed) - 1
                batch.n_tokens += 1

    def _sample(self, slot: _Slot, index: int) -> None:
        lc, job, group, text = self._lc, slot.job, slot.group, slot.text
        assert job is not None and group is not None and text is not None
        if slot.produced >= job.max_tokens:  # max_tokens 0: the prompt read, nothing generated
            self._finish(slot, "length")
            return
        logits = None
        if job.top_logprobs is not None:
            pointer = lc.llama_get_logits_ith(self.ctx, index)
            logits = np.ctypeslib.as_array(pointer, shape=(self.n_vocab,))
        token = lc.llama_sampler_sample(slot.chain, self.ctx, index)
        if lc.llama_vocab_is_eog(self.vocab, token):
            self._finish(slot, "stop")
            return
        slot.produced += 1
        self.stats.generated_tokens += 1
        group.live.completion_tokens += 1
        group.live.total_tokens += 1
        piece = self._piece(token)
        entry = None
        if logits is not None:
            chosen, top = logprobs_of(logits, token, job.top_logprobs or 0)
            entry = TokenLogprob(piece, chosen, tuple((self._piece(t), lp) for t, lp in top))
        out, entries, stopped = text.feed(piece, entry)
        if out or entries:
            group.post(Piece(job.index, out, entries))
        if stopped:
            self._finish(slot, "stop", flush=False)
        elif slot.produced >= job.max_tokens:
            self._finish(slot, "length")
        else:
            slot.next_token = token

    def _piece(self, token: int) -> bytes:
        buffer = ctypes.create_string_buffer(64)
        size = self._lc.llama_token_to_piece(self.vocab, token, buffer, 64, 0, False)
        return buffer.raw[: max(size, 0)]

    def _finish(self, slot: _Slot, reason: str, *, flush: bool = True) -> None:
        job, group, text = slot.job, slot.group, slot.text
        assert job is not None and group is not None and text is not None
        rest, entries = text.flush() if flush else ("", [])
        group.post(
            Piece(job.index, rest, entries, reason, len(job.prompt), slot.produced, slot.reused)
        )
        self._vacate(slot)
        self._after_vacate(group)

    def _vacate(self, slot: _Slot) -> None:
        """Free a slot; its KV cells stay, for a later prompt with the same prefix."""
        group = slot.group
        self._free_chain(slot)
        slot.group = slot.job = slot.text = None
        slot.pending, slot.feed = [], []
        slot.last_used = next(self._uses)
        if group is not None:
            group.running -= 1

    def _after_vacate(self, group: Group) -> None:
        if group.jobs and not group.cancelled:
            self._start(group, group.jobs.popleft())
            return
        group.held -= 1
        group.release(1)
        if group.running == 0 and not group.jobs and group in self._groups:
            self._groups.remove(group)
            group.post(DONE)

    def _fail(self, group: Group, exc: BaseException | None) -> None:
        """End a whole group: cancelled by its client (exc None) or failed."""
        group.jobs.clear()
        for slot in self._slots:
            if slot.group is group:
                self._vacate(slot)
        if group.held:
            group.release(group.held)
            group.held = 0
        if group in self._groups:
            self._groups.remove(group)
        if exc is not None:
            group.post(Failure(exc))
        group.post(DONE)

    def _evict_idle(self) -> bool:
        """Drop the cached prefixes of idle slots to make room; True if any were dropped."""
        dropped = False
        for slot in self._slots:
            if slot.job is None and slot.cached:
                self._lc.llama_memory_seq_rm(self.memory, slot.seq_id, -1, -1)
                slot.cached = []
                dropped = True
        return dropped

    def _free_chain(self, slot: _Slot) -> None:
        if slot.chain is not None:
            self._lc.llama_sampler_free(slot.chain)
            slot.chain = None


def _common(a: list[int], b: list[int]) -> int:
    """The length of the common prefix of two token lists."""
    n = min(len(a), len(b))
    if n == 0 or a[0] != b[0]:
        return 0
    if a[:n] == b[:n]:
        return n
    low, high = 1, n  # a[:low] == b[:low] and a[:high] != b[:high]
    while high - low > 1:
        mid = (low + high) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid
    return low
