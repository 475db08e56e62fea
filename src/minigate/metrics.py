"""Prometheus metrics, one registry per app (no process-global state)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "minigate_requests",
            "Requests through the pipeline.",
            ["endpoint", "model", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "minigate_request_duration_seconds",
            "Time from request to last byte.",
            ["endpoint", "model"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.ttft = Histogram(
            "minigate_time_to_first_token_seconds",
            "Time to the first streamed token.",
            ["model"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.tokens = Counter(
            "minigate_tokens",
            "Tokens read and generated.",
            ["model", "kind"],
            registry=self.registry,
        )
        self.http_errors = Counter(
            "minigate_http_errors",
            "Error responses, by status and OpenAI error code.",
            ["status", "code"],
            registry=self.registry,
        )
        self.route_attempts = Counter(
            "minigate_route_attempts",
            "Model calls made by routes, by outcome: ok, an error code, or circuit_open "
            "(skipped, not called).",
            ["route", "model", "outcome"],
            registry=self.registry,
        )
        self.route_escalations = Counter(
            "minigate_route_escalations",
            "Cascade answers rejected by the checks, so that the next tier answered.",
            ["route", "model"],
            registry=self.registry,
        )
        self.circuit_state = Gauge(
            "minigate_circuit_state",
            "Circuit breaker per model: 0 closed, 1 open, 2 half-open.",
            ["model"],
            registry=self.registry,
        )
        self.circuit_opened = Counter(
            "minigate_circuit_opened",
            "Times a model's circuit breaker opened.",
            ["model"],
            registry=self.registry,
        )

        self.store_healthy = Gauge(
            "minigate_store_healthy",
            "1 while the store passes /health's checks (file unchanged, a write reads back).",
            registry=self.registry,
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
