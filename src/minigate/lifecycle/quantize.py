"""Quantize a GGUF model with llama.cpp, never leaving a partial file behind."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from minigate.errors import ConfigError, JobFailed
from minigate.gguf import GGUFInfo, read_gguf
from minigate.lifecycle.outputs import check_output, is_input

# The llama_ftype values of the types worth offering (llama.h); names as llama-quantize uses.
QUANT_TYPES: dict[str, int] = {
    "q4_0": 2, "q4_1": 3, "q8_0": 7, "q5_0": 8, "q5_1": 9, "q2_k": 10, "q3_k_m": 12,
    "q4_k_s": 14, "q4_k_m": 15, "q5_k_s": 16, "q5_k_m": 17, "q6_k": 18, "f16": 1,
}  # fmt: skip
FTYPE_NAMES = {value: name for name, value in QUANT_TYPES.items()} | {0: "f32", 32: "bf16"}
log = logging.getLogger(__name__)
_QUANT_SUFFIX = re.compile(r"[.-](?:q\d\w*|f16|f32|bf16)$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantized:
    """One quantized output file."""

    qtype: str
    path: Path
    source: GGUFInfo


def parse_types(spec: str) -> list[str]:
    """``"q8_0,q4_0"`` -> ``["q8_0", "q4_0"]``; an unknown type names the known ones."""
    types = [t.strip().lower() for t in spec.split(",") if t.strip()]
    unknown = [t for t in types if t not in QUANT_TYPES]
    if unknown or not types:
        raise ConfigError(
            f"Unknown quantization type {', '.join(repr(t) for t in unknown) or '(none)'}; "
            f"known types: {', '.join(QUANT_TYPES)}."
        )
    return list(dict.fromkeys(types))


def output_path(source: Path, qtype: str, out_dir: Path) -> Path:
    """``SmolLM2-135M-Instruct.Q4_1.gguf`` -> ``DIR/SmolLM2-135M-Instruct.Q4_0.gguf``."""
    stem = _QUANT_SUFFIX.sub("", source.stem)
    return out_dir / f"{stem}.{qtype.upper()}.gguf"


def check_target(source: Path, qtype: str, out_dir: Path, *, force: bool = False) -> Path:
    """The file ``qtype`` is written to; refused when it is the source itself, or when it
    exists and ``force`` is off (before, an existing file of that name was replaced)."""
    target = output_path(source, qtype, out_dir)
    if is_input(target, [source]) is not None:
        raise ConfigError(f"'{source}' is already {qtype}; choose another type or folder.")
    check_output(target, [source], force=force)
    return target


def prepare_output(out_dir: Path) -> bool:
    """Make the output folder, or fail with one line naming it (a file of that name, a place
    that cannot be written): before, the OSError was a traceback, after the source had been
    measured. True when the folder was made here."""
    made = not out_dir.exists()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"Cannot make the output folder {out_dir}: {exc.strerror}.") from None
    if not os.access(out_dir, os.W_OK):
        raise ConfigError(f"Cannot write to the output folder {out_dir}: permission denied.")
    return made


def quantize(
    source: Path, qtype: str, out_dir: Path, threads: int | None = None, *, force: bool = False
) -> Quantized:
    """Write ``source`` quantized to ``qtype`` into ``out_dir`` (over an existing file of that
    name only with ``force``).

    The output is written under a temporary name and renamed when llama.cpp reports success,
    so a failure or an interrupt leaves no partial model that a config could point at.
    llama.cpp runs in a child process (``quantize_worker``) that an interrupt ends at once.
    """
    info = read_gguf(source)
    target = check_target(source, qtype, out_dir, force=force)
    prepare_output(out_dir)
    partial = target.with_name(target.name + ".partial")
    # Requantizing an already quantized file is allowed; the caller warns that quality can
    # only be lost, never regained.
    threads = threads or os.cpu_count() or 1
    try:
        status = _quantize_in_child(source, partial, QUANT_TYPES[qtype], threads, info.quantized)
        if status != 0 or not partial.exists():
            raise JobFailed(
                f"llama.cpp could not quantize '{source}' to {qtype} (status {status}); "
                "no file was written. Is the source a complete model?"
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return Quantized(qtype, target, info)


def _quantize_in_child(source: Path, out: Path, ftype: int, threads: int, allow: bool) -> int:
    """llama.cpp's exit status for quantizing ``source`` into ``out``; its log lines go to
    the debug log. An interrupt (KeyboardInterrupt) kills the child before it propagates."""
    command = [sys.executable, "-m", "minigate.lifecycle.quantize_worker", str(source),
               str(out), str(ftype), str(threads), "1" if allow else "0"]  # fmt: skip
    # The child imports this package from where this process found it.
    env = os.environ | {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    child = subprocess.Popen(
        command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, errors="replace",
    )  # fmt: skip
    try:
        _, said = child.communicate()
    except BaseException:
        child.kill()
        child.wait()
        raise
    for line in said.splitlines():
        log.debug("llama.cpp: %s", line)
    return child.returncode
