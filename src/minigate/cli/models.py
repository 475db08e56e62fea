from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from minigate.cli.common import ConfigOption, settings_or_exit
from minigate.router.settings import RouteConfig


def models(config: Path | None = ConfigOption) -> None:
    """List the models, their LoRA adapters and the routes the config serves (nothing is
    loaded).

    Example: minigate models --config minigate.yaml
    """
    settings = settings_or_exit(config)
    table = Table("id", "backend", "source")
    for model in settings.models:
        source = getattr(model, "path", None) or getattr(model, "base_url", "")
        table.add_row(model.id, model.backend, str(source))
        # Each adapter is a name a request may give, as /v1/models lists it.
        for adapter in getattr(model, "adapters", []):
            table.add_row(f"{model.id}:{adapter.id}", "lora adapter", str(adapter.path))
    for route in settings.routes:
        # As configured, each once: a cascade's tiers read in the order they escalate.
        targets = dict.fromkeys(ref for _, ref in route.references())
        table.add_row(route.id, f"route ({_kind(route)})", ", ".join(targets))
    Console().print(table)


def _kind(route: RouteConfig) -> str:
    if route.cascade is not None:
        return "cascade"
    return "learned" if route.learned is not None else "rules"
