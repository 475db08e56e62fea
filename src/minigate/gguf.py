"""Read a GGUF file's header, metadata and tensor shapes without loading its tensors.

Enough of the format (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md) to name a
file's architecture, dimensions and quantization, to refuse a file that is not GGUF before
llama.cpp sees it, and to check that a LoRA adapter fits a base model before either is loaded
(llama.cpp aborts the process on some mismatches instead of returning an error).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from minigate.errors import ConfigError

MAGIC = b"GGUF"
# value type -> struct format of one scalar; 8 (string) and 9 (array) are read apart.
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q",
            11: "<q", 12: "<d"}  # fmt: skip
_STRING, _ARRAY = 8, 9
# llama_ftype values whose weights are not yet quantized (F32, F16, BF16).
UNQUANTIZED_FTYPES = {0, 1, 32}


@dataclass(frozen=True)
class GGUFInfo:
    """What a GGUF file says about itself."""

    path: Path
    version: int
    tensor_count: int
    metadata: dict[str, Any] = field(repr=False)
    # name -> dimensions, innermost first (ggml's ne order); read only when asked for.
    tensors: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    @property
    def file_type(self) -> int | None:
        value = self.metadata.get("general.file_type")
        return int(value) if value is not None else None

    @property
    def quantized(self) -> bool:
        return self.file_type not in UNQUANTIZED_FTYPES

    def dimension(self, name: str) -> int | None:
        """An architecture dimension, e.g. ``embedding_length`` or ``block_count``."""
        value = self.metadata.get(f"{self.architecture}.{name}")
        return int(value) if value is not None else None

    @property
    def is_lora(self) -> bool:
        return (
            self.metadata.get("general.type") == "adapter"
            and self.metadata.get("adapter.type") == "lora"
        )


def read_gguf(path: Path, *, tensors: bool = False) -> GGUFInfo:
    """Parse the header and metadata of ``path`` (and its tensor shapes with ``tensors``);
    a file that is not GGUF, or is cut short, fails clearly."""
    try:
        with path.open("rb") as f:
            if f.read(4) != MAGIC:
                raise ConfigError(f"'{path}' is not a GGUF file (it does not start with 'GGUF').")
            version, tensors_count, kv_count = struct.unpack("<IQQ", _exact(f, 20))
            metadata = {}
            for _ in range(kv_count):
                key = _string(f)
                metadata[key] = _value(f, struct.unpack("<I", _exact(f, 4))[0])
            shapes = dict(_tensor_info(f) for _ in range(tensors_count if tensors else 0))
    except (EOFError, struct.error, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(
            f"'{path}' is a corrupt GGUF file: its header ends early ({exc})."
        ) from None
    except OSError as exc:
        raise ConfigError(f"Cannot read '{path}': {exc.strerror}.") from None
    return GGUFInfo(path, version, tensors_count, metadata, shapes)


def check_adapter(base: GGUFInfo, adapter: GGUFInfo) -> None:
    """Refuse an adapter made for another model: its architecture, and every adapted tensor's
    input and output dimensions, must match the base. Both need ``read_gguf(tensors=True)``."""
    where = f"The adapter '{adapter.path.name}'"
    if not adapter.is_lora:
        raise ConfigError(f"{where} is not a LoRA adapter GGUF (general.type is not 'adapter').")
    if adapter.architecture != base.architecture:
        raise ConfigError(
            f"{where} is for a '{adapter.architecture}' model, but '{base.path.name}' is "
            f"'{base.architecture}'; train an adapter for this base model."
        )
    for name, shape in adapter.tensors.items():
        weight, _, part = name.rpartition(".lora_")
        target = base.tensors.get(weight)
        # lora_a is (n_in, rank) and lora_b (rank, n_out), against the weight's (n_in, n_out).
        fits = target is not None and (
            (part == "a" and shape[0] == target[0]) or (part == "b" and shape[-1] == target[-1])
        )
        if not fits:
            raise ConfigError(
                f"{where} does not fit '{base.path.name}': its tensor {name} {list(shape)} has "
                f"no matching base weight ({weight}: {list(target) if target else 'absent'}); "
                "it was trained for another base model."
            )


def _tensor_info(f: BinaryIO) -> tuple[str, tuple[int, ...]]:
    name = _string(f)
    (n_dims,) = struct.unpack("<I", _exact(f, 4))
    if n_dims > 8:
        raise ValueError(f"a tensor with {n_dims} dimensions")
    dims = struct.unpack(f"<{n_dims}Q", _exact(f, 8 * n_dims))
    _exact(f, 12)  # the tensor's type and data offset
    return name, tuple(dims)


def _exact(f: BinaryIO, n: int) -> bytes:
    data = f.read(n)
    if len(data) != n:
        raise EOFError("unexpected end of file")
    return data


def _string(f: BinaryIO) -> str:
    (length,) = struct.unpack("<Q", _exact(f, 8))
    if length > 1 << 24:
        raise ValueError(f"a string of {length} bytes")
    return _exact(f, length).decode()


def _value(f: BinaryIO, kind: int) -> Any:
    if kind == _STRING:
        return _string(f)
    if kind == _ARRAY:
        item_kind, count = struct.unpack("<IQ", _exact(f, 12))
        if item_kind in _SCALARS:  # large arrays (token scores) are skipped, not decoded
            f.seek(struct.calcsize(_SCALARS[item_kind]) * count, 1)
            return count
        return [_value(f, item_kind) for _ in range(count)]
    if kind not in _SCALARS:
        raise ValueError(f"unknown value type {kind}")
    fmt = _SCALARS[kind]
    return struct.unpack(fmt, _exact(f, struct.calcsize(fmt)))[0]
