#!/usr/bin/env bash
# Creates .venv-bench, a virtual environment for LiteLLM's proxy (the comparison in
# benchmarks/overhead.py), kept apart so that their pins never touch the project's .venv.
# Idempotent: does nothing when the pinned versions are installed already.
#
#   bash benchmarks/setup.sh                  # or: make bench (runs this, then the benchmarks)
#   bash benchmarks/setup.sh --llama-server   # only: build llama.cpp's server (see below)
#
# --llama-server builds .cache/llama-server/llama-server, the peer of benchmarks/concurrency.py,
# from the llama.cpp vendored in the sdist of the installed llama-cpp-python (same sources as
# the engine), without curl or the prebuilt web UI. It compiles for many minutes, under nice;
# an interrupted build resumes (its folder is kept in .cache/llama-server/build); once built it
# is kept. Never run in CI.
#
# LiteLLM is pinned to an exact release: 1.82.7, 1.82.8 and 1.107.0 were compromised releases
# on PyPI (pulled since); never widen the pin to a range that could resolve to one of them.
# 1.102.4 is the newest release whose dependencies resolve here (1.103+ want certifi>=2026.10.19).
set -euo pipefail

cd "$(dirname "$0")/.."

build_llama_server() {
    local dest=.cache/llama-server python=${PYTHON:-.venv/bin/python}
    [[ -x $python ]] || python=python3
    if [[ -x $dest/llama-server ]]; then
        echo "setup: $dest/llama-server is built already"
        return
    fi
    # Sources and build folder are kept under $dest: an interrupted build resumes where it
    # stopped (cmake rebuilds only what is missing) instead of compiling everything again.
    local version src build=$dest/build
    version=$("$python" -c 'from importlib.metadata import version; print(version("llama-cpp-python"))')
    src=$dest/llama_cpp_python-$version
    mkdir -p "$dest"
    if [[ ! -f $src/vendor/llama.cpp/CMakeLists.txt ]]; then
        "$python" -m pip download --quiet --no-deps --no-binary :all: --dest "$dest" \
            "llama-cpp-python==$version" 2> >(grep -v "is ignored: it is neither" >&2)
        tar xzf "$dest/llama_cpp_python-$version.tar.gz" -C "$dest"
    fi
    # The compiler's warnings on ggml's intrinsics are many and harmless: kept in a log that
    # is shown only when the build fails.
    if ! { nice -n 10 cmake -S "$src/vendor/llama.cpp" -B "$build" -DCMAKE_BUILD_TYPE=Release \
        -DLLAMA_CURL=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_BUILD_SERVER=ON \
        -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DBUILD_SHARED_LIBS=OFF &&
        nice -n 10 cmake --build "$build" --target llama-server -j "$(nproc)"; } \
        >"$dest/build.log" 2>&1
    then
        tail -n 40 "$dest/build.log" >&2
        echo "setup: building llama-server failed (run again to resume; log: $dest/build.log)" >&2
        return 1
    fi
    cp "$build/bin/llama-server" "$dest/llama-server"
    echo "setup: built $dest/llama-server (llama.cpp of llama-cpp-python $version)"
}

if [[ ${1:-} == --llama-server ]]; then
    build_llama_server
    exit 0
fi
VENV=.venv-bench
LITELLM_VERSION=1.102.4
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3

installed() {
    "$VENV/bin/python" - "$@" <<'EOF' 2>/dev/null
import sys
from importlib.metadata import version
for spec in sys.argv[1:]:
    name, _, wanted = spec.partition("==")
    if version(name) != wanted:
        sys.exit(1)
import litellm.proxy.proxy_server  # noqa: F401  (the [proxy] extra is importable)
EOF
}

if [[ -x $VENV/bin/python ]] && installed "litellm==$LITELLM_VERSION"
then
    echo "setup: $VENV has litellm $LITELLM_VERSION already"
    exit 0
fi

[[ -x $VENV/bin/python ]] || "$PYTHON" -m venv "$VENV"
pip_install() {  # pip, less its notes about local index folders that do not exist
    "$VENV/bin/python" -m pip install --quiet "$@" 2> >(grep -v "is ignored: it is neither" >&2)
}
pip_install --upgrade pip
pip_install "litellm[proxy]==$LITELLM_VERSION"
# The 1.82.x compromise shipped a .pth file that runs at every interpreter start.
if compgen -G "$VENV/lib/python*/site-packages/litellm*.pth" >/dev/null; then
    echo "setup: unexpected litellm*.pth in $VENV: refusing to go on" >&2
    exit 1
fi
echo "setup: $VENV ready (litellm $LITELLM_VERSION)"
