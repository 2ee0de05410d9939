#!/usr/bin/env bash
# Build Prism's wheel from a source tree: compile proto/ (as the Makefile does), then build.
# The one recipe behind `make wheel`, both Dockerfiles and the release test
# (tests/release/test_wheel.py), so the image installs exactly what the test installs.
#   PYTHON=python3 bash docker/build_wheel.sh OUTDIR
# PYTHON needs grpcio-tools and build.
set -euo pipefail
out="$(realpath -m "${1:?usage: build_wheel.sh OUTDIR}")"
cd "$(dirname "$0")/.."
py="${PYTHON:-python3}"
mkdir -p extproc/gen
"$py" -m grpc_tools.protoc -Iproto --python_out=extproc/gen --pyi_out=extproc/gen \
    --grpc_python_out=extproc/gen $(find proto -name '*.proto')
# setuptools reuses build/lib between builds and never deletes from it: a model file removed
# from models/ (ml_tokenizer.json when it became ml_tokenizer.json.gz) would ship again
rm -rf build
"$py" -m build --wheel --outdir "$out" .
