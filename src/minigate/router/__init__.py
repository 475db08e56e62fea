"""The router: routes are names a client asks for like models; each picks the model that
answers.

- ``features``: what rules look at (task, prompt length, images, tools, latency budget, key);
- ``rules``: matching one rule's conditions;
- ``route``: the ``Route`` protocol and the per-request ``Call``;
- ``targets``: one model (behind its breaker), a fallback chain, a rule table;
- ``cascade``: cheap tier first, escalating on low confidence or an invalid answer;
- ``learned``: a trained classifier over the prompt's embedding picks cheap or strong;
- ``artifact``: the learned router's file (JSON, never pickle); ``training``: learning it;
- ``breaker``: a circuit breaker per model;
- ``checks``: the cascade's validity and confidence checks;
- ``stage``: the pipeline stage that puts them together.
- ``build``: the stage built from settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigate.lazy import lazy_exports

if TYPE_CHECKING:
    from minigate.router.build import route_stage
    from minigate.router.stage import RouteStage

__all__ = ["RouteStage", "route_stage"]

__getattr__ = lazy_exports(
    __name__,
    {
        "RouteStage": "stage",
        "route_stage": "build",
    },
)
