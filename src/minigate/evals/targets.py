"""What an evaluation calls: a model or route id, optionally with a prompt template."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from minigate.evals.dataset import DatasetError, Messages
from minigate.paths import read_text

PLACEHOLDER = "{input}"


@dataclass(frozen=True)
class Target:
    """``name`` labels the results; ``model`` is what the gateway is asked for."""

    name: str
    model: str
    template: str | None = None

    def messages(self, messages: Messages) -> Messages:
        """The row's messages under this target's template. A template holding ``{input}``
        wraps the last user turn; any other is a system prompt put before the row's."""
        if self.template is None:
            return messages
        if PLACEHOLDER in self.template:
            last = max(n for n, m in enumerate(messages) if m["role"] == "user")
            wrapped = self.template.replace(PLACEHOLDER, messages[last]["content"])
            return [*messages[:last], {"role": "user", "content": wrapped}, *messages[last + 1 :]]
        if messages[0]["role"] == "system":
            system = f"{self.template.strip()}\n\n{messages[0]['content']}"
            return [{"role": "system", "content": system}, *messages[1:]]
        return [{"role": "system", "content": self.template.strip()}, *messages]


def parse_targets(specs: list[str], templates: list[Path]) -> list[Target]:
    """``MODEL`` or ``MODEL@TEMPLATE_FILE`` per spec; each ``--prompt-template`` also adds a
    variant of every plain target, named ``MODEL@STEM``."""
    targets: list[Target] = []
    for spec in specs:
        model, _, path = spec.partition("@")
        targets.append(_target(model, Path(path)) if path else Target(model, model))
    plain = [t for t in targets if t.template is None]
    targets += [_target(t.model, path) for path in templates for t in plain]
    names = [t.name for t in targets]
    if len(set(names)) != len(names):
        raise DatasetError(f"Targets must differ; got {', '.join(names)}.")
    return targets


def _target(model: str, path: Path) -> Target:
    text = read_text(path, "prompt template", DatasetError)
    if not text.strip():
        raise DatasetError(f"The prompt template {path} is empty.")
    return Target(f"{model}@{path.stem}", model, text)


def unknown(model: str, role: str, served: list[str]) -> str:
    """The sentence for a ``role`` ("Target", "Judge model") the gateway does not serve."""
    return (
        f"{role} '{model}' is not a model or route of the gateway; "
        f"configured: {', '.join(sorted(served)) or 'none'}."
    )
