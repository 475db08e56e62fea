"""The engines' state on /metrics: slots, the waiting line, tokens/s and prefix-cache hits."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from minigate.engine.engine import LocalEngine


class EngineCollector(Collector):
    """Reads every local engine when /metrics is scraped (no bookkeeping on the hot path)."""

    def __init__(self, engines: Mapping[str, LocalEngine]) -> None:
        self.engines = dict(engines)
        self._last: dict[str, tuple[float, int]] = {}

    @classmethod
    def of(cls, backends: Mapping[str, object]) -> EngineCollector:
        """A collector for the backends that run on a local engine."""
        engines = {
            name: engine
            for name, backend in backends.items()
            if isinstance(engine := getattr(backend, "engine", None), LocalEngine)
        }
        return cls(engines)

    def collect(self) -> Iterator[Metric]:
        labels = ["model"]
        slots = GaugeMetricFamily("minigate_engine_slots", "Sequence slots.", labels=labels)
        busy = GaugeMetricFamily(
            "minigate_engine_slots_busy", "Slots held by running requests.", labels=labels
        )
        waiting = GaugeMetricFamily(
            "minigate_engine_queue_length", "Requests waiting for a slot.", labels=labels
        )
        generated = CounterMetricFamily(
            "minigate_engine_generated_tokens", "Tokens generated.", labels=labels
        )
        rate = GaugeMetricFamily(
            "minigate_engine_tokens_per_second",
            "Tokens generated per second since the previous scrape.",
            labels=labels,
        )
        hits = CounterMetricFamily(
            "minigate_engine_prefix_hits",
            "Sequences that reused a cached prompt prefix.",
            labels=labels,
        )
        reused = CounterMetricFamily(
            "minigate_engine_prefix_reused_tokens",
            "Prompt tokens served from the KV cache instead of being computed.",
            labels=labels,
        )
        step = CounterMetricFamily(
            "minigate_engine_step_seconds",
            "Wall time of decode steps (batching, llama_decode, sampling).",
            labels=labels,
        )
        decode = CounterMetricFamily(
            "minigate_engine_decode_seconds",
            "Wall time in llama_decode; the rest of the steps' time is per-step Python work.",
            labels=labels,
        )
        for name, engine in self.engines.items():
            stats, pool = engine.stats, engine.pool
            slots.add_metric([name], pool.slots)
            busy.add_metric([name], pool.busy)
            waiting.add_metric([name], pool.waiting)
            generated.add_metric([name], stats.generated_tokens)
            rate.add_metric([name], self._rate(name, stats.generated_tokens))
            hits.add_metric([name], stats.prefix_hits)
            reused.add_metric([name], stats.reused_tokens)
            step.add_metric([name], stats.busy_seconds)
            decode.add_metric([name], stats.decode_seconds)
        yield from (slots, busy, waiting, generated, rate, hits, reused, step, decode)

    def _rate(self, name: str, tokens: int) -> float:
        now = time.monotonic()
        then, before = self._last.get(name, (now, tokens))
        self._last[name] = (now, tokens)
        return (tokens - before) / (now - then) if now > then else 0.0
