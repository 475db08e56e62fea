#!/usr/bin/env bash
# Creates .venv-bench, a virtual environment for LiteLLM's proxy (the comparison in
# benchmarks/overhead.py), kept apart so that their pins never touch the project's .venv.
# Idempotent: does nothing when the pinned versions are installed already.
#
#   bash benchmarks/setup.sh            # or: make bench (runs this, then the benchmarks)
#
# LiteLLM is pinned to an exact release: 1.82.7, 1.82.8 and 1.107.0 were compromised releases
# on PyPI (pulled since); never widen the pin to a range that could resolve to one of them.
# 1.102.4 is the newest release whose dependencies resolve here (1.103+ want certifi>=2026.10.19).
set -euo pipefail

cd "$(dirname "$0")/.."
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
