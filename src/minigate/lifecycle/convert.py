"""A peft adapter folder to a GGUF LoRA, with llama.cpp's own converter.

The converter (``convert_lora_to_gguf.py`` with its ``conversion`` package and ``gguf-py``,
MIT) ships in the llama-cpp-python sdist, not in any wheel. ``scripts/bootstrap.sh`` extracts
it from the sdist of the installed llama-cpp-python version into the virtual environment
(``share/minigate/llama-convert``): extracted, not vendored, so it always matches the
llama.cpp that loads the adapter, and ~2 MB of third-party code stays out of the repository.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from minigate.errors import ConfigError, JobFailed

SCRIPT = "convert_lora_to_gguf.py"


def converter_dir() -> Path:
    configured = os.environ.get("MINIGATE_LLAMA_CONVERT")
    return Path(configured) if configured else Path(sys.prefix) / "share/minigate/llama-convert"


def convert(adapter: Path, base: Path, out: Path, outtype: str = "f32") -> Path:
    """Write ``out`` from the peft folder ``adapter``; ``base`` holds the base ``config.json``.

    Written under a temporary name and renamed on success, so no partial adapter is left.
    """
    folder = converter_dir()
    if not (folder / SCRIPT).exists():
        raise ConfigError(
            f"llama.cpp's LoRA converter is not at '{folder}'. Run scripts/bootstrap.sh (it "
            "extracts it from the llama-cpp-python sdist) or set MINIGATE_LLAMA_CONVERT."
        )
    partial = out.with_name(out.name + ".partial")
    env = os.environ | {"PYTHONPATH": f"{folder}{os.pathsep}{folder / 'gguf-py'}"}
    command = [sys.executable, str(folder / SCRIPT), "--base", str(base), "--outfile",
               str(partial), "--outtype", outtype, str(adapter)]  # fmt: skip
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not partial.exists():
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            raise JobFailed(f"llama.cpp's converter failed on '{adapter}': {last}")
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out
