#!/usr/bin/env bash
# Create the virtual environment and install minigate with everything it needs.
# Idempotent; `make serve` and `make test` call it when pyproject.toml changes.
# Debian packages: a C/C++ compiler, because llama-cpp-python compiles llama.cpp (~5 min on
# 2 cores the first time; pip caches the wheel afterwards); PostgreSQL and redis-server, whose
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
# the gateway down with it. A CMAKE_ARGS of your own (CUDA, Metal, native) is kept.
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}"

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
echo "bootstrap: installing minigate into $venv (the first build of llama-cpp-python takes ~5 min)"
"$venv/bin/python" -m pip install --progress-bar off -e ".[dev,rag,lora]"
# LoRA adapters (minigate lora train) convert with llama.cpp's script from the sdist.
scripts/llama_convert.sh "$venv"
