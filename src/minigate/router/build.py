"""Building the route stage: every configured route, once."""

from __future__ import annotations

from collections.abc import Sequence

from minigate.backends.embedder import Embedders
from minigate.backends.protocol import Backend
from minigate.metrics import Metrics
from minigate.router.breaker import Breakers, State
from minigate.router.cascade import Cascade
from minigate.router.learned import LearnedRoute
from minigate.router.route import Route
from minigate.router.settings import RouteConfig, RouterSettings, Target
from minigate.router.stage import RouteStage
from minigate.router.targets import Fallbacks, ModelTarget, RuleTable


def route_stage(
    inner: Backend,
    routes: Sequence[RouteConfig],
    settings: RouterSettings,
    metrics: Metrics,
    embedders: Embedders,
) -> RouteStage:
    """The route stage for ``settings``: every configured route, built once. Learned routes
    embed with the pipeline's shared embedder (no ledger row: it is no client request)."""

    def on_change(model: str, state: State) -> None:
        metrics.circuit_state.labels(model).set(state)
        if state is State.OPEN:
            metrics.circuit_opened.labels(model).inc()

    breakers = Breakers(settings, on_change)
    configs = {r.id: r for r in routes}
    built: dict[str, Route] = {}

    def resolve(name: str) -> Route:
        # Config validation guarantees every name is a model or a route, and no cycles.
        if name in configs:
            if name not in built:
                built[name] = build(configs[name])
            return built[name]
        return ModelTarget(name, inner, breakers[name], metrics)

    def target(spec: Target) -> Route:
        if isinstance(spec, str):
            return resolve(spec)
        names = [spec.to, *spec.fallbacks]
        return Fallbacks([(n, resolve(n)) for n in names]) if spec.fallbacks else resolve(spec.to)

    def build(config: RouteConfig) -> Route:
        if config.cascade is not None:
            tiers = [(n, resolve(n)) for n in config.cascade.tiers]
            return Cascade(config.cascade, tiers, metrics)
        if config.learned is not None:
            learned = config.learned
            embedder = embedders.get(learned.embedding_model)
            assert embedder is not None  # config validation checked the model is configured
            return LearnedRoute(
                learned, learned.loaded, embedder, resolve(learned.cheap), resolve(learned.strong)
            )
        rules = [(rule.when, target(rule.target)) for rule in config.rules]
        default = target(config.default) if config.default is not None else None
        return RuleTable(config.id, rules, default)

    return RouteStage(inner, {name: resolve(name) for name in configs})
