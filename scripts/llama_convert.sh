#!/usr/bin/env bash
# Extract llama.cpp's LoRA converter (convert_lora_to_gguf.py, its conversion/ package and
# gguf-py; MIT, LICENSE copied beside them) from the sdist of the installed llama-cpp-python,
# into VENV/share/minigate/llama-convert, where `minigate lora train` looks for it.
# Extracted rather than vendored: it then always matches the llama.cpp that loads adapters.
# Idempotent; pip fetches the sdist from the configured index (or its cache).
set -euo pipefail
venv="${1:-.venv}"
version="$("$venv/bin/python" -c 'import llama_cpp; print(llama_cpp.__version__)')"
dest="$venv/share/minigate/llama-convert"
if [ -f "$dest/VERSION" ] && [ "$(cat "$dest/VERSION")" = "$version" ]; then
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "bootstrap: extracting llama.cpp's LoRA converter from llama-cpp-python $version's sdist"
"$venv/bin/python" -m pip download -q --no-deps --no-binary :all: \
  "llama-cpp-python==$version" -d "$work"
src="llama_cpp_python-$version/vendor/llama.cpp"
tar -xzf "$work"/llama_cpp_python-"$version".tar.gz -C "$work" --wildcards \
  "$src/convert_lora_to_gguf.py" "$src/convert_hf_to_gguf.py" "$src/conversion/*" \
  "$src/gguf-py/*" "$src/LICENSE"
rm -rf "$dest.partial"
mkdir -p "$dest.partial"
cp -r "$work/$src"/. "$dest.partial"/
echo "$version" >"$dest.partial/VERSION"
rm -rf "$dest"
mv "$dest.partial" "$dest"
