#!/usr/bin/env bash
# Create the virtual environment and install minigate with everything it needs.
# Idempotent; `make serve` and `make test` call it when pyproject.toml changes.
# Debian packages: a C/C++ compiler, because llama-cpp-python compiles llama.cpp (~5-8 min on
# 2 cores the first time; the wheel is kept per CMAKE_ARGS, below); PostgreSQL and redis-server, whose
# servers the tests start privately on loopback ports (the multi-process ledger and the shared
# cache are tested against them); chromium and a CJK font, which the dashboard's browser tests
# drive through Playwright (Debian's browser: Playwright never downloads one).
set -euo pipefail
venv="${1:-.venv}"

apt_install() {
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  else
    echo "bootstrap: please install these Debian packages first: $*" >&2
    exit 1
  fi
}

missing=()
command -v cc >/dev/null && command -v c++ >/dev/null || missing+=(build-essential)
command -v python3 >/dev/null || missing+=(python3 python3-venv python3-dev)
compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v chromium >/dev/null || missing+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  apt_install "${missing[@]}"
fi

python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "bootstrap: minigate needs Python >= 3.11; $("$python" --version) found." \
       "Set PYTHON=/path/to/python3.11." >&2
  exit 1
fi
if ! "$python" -m venv --help >/dev/null 2>&1; then
  apt_install python3-venv
fi

# llama.cpp is built for the x86-64 baseline with AVX2 (GGML_NATIVE=OFF), not for this CPU: built
# natively on a Xeon with AMX (AVX512 + AMX_INT8), llama-cpp-python 0.3.36 crashed (SIGSEGV in
# llama_decode) on the first prompt of more than one token with SmolLM2's Q4_1 weights, taking
# the gateway down with it. Should that build crash too, the plain x86-64 build (no AVX, slower)
# is tried next. A CMAKE_ARGS of your own (CUDA, Metal, native) is kept, and is the only one tried.
if [ -n "${CMAKE_ARGS:-}" ]; then
  llama_targets=("$CMAKE_ARGS")
else
  llama_targets=("-DGGML_NATIVE=OFF"
    "-DGGML_NATIVE=OFF -DGGML_AVX=OFF -DGGML_AVX2=OFF -DGGML_FMA=OFF -DGGML_F16C=OFF -DGGML_BMI2=OFF")
fi

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip

# pip's wheel cache is keyed on the sdist alone, not on CMAKE_ARGS: a wheel once built natively
# would be installed again whatever CMAKE_ARGS says now (that took down CI on 2026-12-05). So
# llama-cpp-python is built here, without pip's cache, into a folder of its own per CMAKE_ARGS,
# and installed from there before minigate, which then finds its requirement met.
llama_req="$(sed -n 's/^ *"\(llama-cpp-python[^"]*\)",*$/\1/p' pyproject.toml)"
llama_install() {  # $1: CMAKE_ARGS; builds the wheel once per (requirement, CMAKE_ARGS)
  local key wheels
  key="$(printf '%s|%s' "$llama_req" "$1" | sha256sum | cut -c1-16)"
  wheels="${XDG_CACHE_HOME:-$HOME/.cache}/minigate/llama-wheels/$key"
  if ! compgen -G "$wheels/llama_cpp_python-*.whl" >/dev/null; then
    echo "bootstrap: building llama-cpp-python (CMAKE_ARGS=$1; ~5-8 min on 2 cores)"
    mkdir -p "$(dirname "$wheels")"
    rm -rf "$wheels.partial"
    CMAKE_ARGS="$1" "$venv/bin/python" -m pip wheel -q --no-cache-dir --no-deps \
      -w "$wheels.partial" "$llama_req"
    rm -rf "$wheels"
    mv "$wheels.partial" "$wheels"
  fi
  "$venv/bin/python" -m pip install -q --force-reinstall --no-deps --no-index \
    --find-links "$wheels" llama-cpp-python
}

# A llama.cpp that crashes on this CPU would take every local answer down, and `make test` with
# it (a crashed test worker, then a hung run): a prompt of several tokens through the built-in
# model, in a process of its own, tells at once.
llama_answers() {
  "$venv/bin/python" - <<'PY'
from llama_cpp import Llama

from minigate.backends.builtin import resolve_weights

llm = Llama(str(resolve_weights("builtin:smollm2")), n_ctx=64, n_threads=1, verbose=False)
llm.eval(llm.tokenize(b"Hello there, how are you?"))
PY
}

llama_install "${llama_targets[0]}"
echo "bootstrap: installing minigate into $venv"
"$venv/bin/python" -m pip install --progress-bar off -e ".[dev,rag,lora]"
# LoRA adapters (minigate lora train) convert with llama.cpp's script from the sdist.
scripts/llama_convert.sh "$venv"

llama_ok=""
for target in "${llama_targets[@]}"; do
  [ "$target" = "${llama_targets[0]}" ] || llama_install "$target"
  if llama_answers; then
    llama_ok="$target"
    break
  fi
  echo "bootstrap: llama.cpp built with CMAKE_ARGS=$target crashed on a short prompt here" >&2
done
if [ -z "$llama_ok" ]; then
  echo "bootstrap: no llama.cpp build answered on this machine; set CMAKE_ARGS for its CPU" \
       "(the builds are kept in ~/.cache/minigate/llama-wheels)" >&2
  exit 1
fi
