"""The branch graph's top-layer token states as an output of its own (candidate T13,
docs/classifiers.md, "Sentences read in their window: candidate T13").

A tool-result head that reads a sentence segment pooled from the window that holds it
(``classifiers/window_pool.py``) needs the states the graph mean-pools into ``embedding``.
This adds an ``Identity`` output ``token_states`` (batch, tokens, 384) on the last layer's
normalised output; every other output, and the graph's size, stay as they are. It leaves a
graph that already returns them alone.

Usage: ``PYTHONPATH=. python -m classifiers.training.branch_states MODELS_DIR``"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import onnx
from onnx import TensorProto, helper

from classifiers.artifacts import write_manifest
from classifiers.engine import CONFIG_FILE

TOP = "/layers.11/ln2/LayerNormalization_output_0"  # the top layer's token states
OUTPUT = "token_states"


def add_states(graph: onnx.ModelProto, top: str = TOP) -> bool:
    """Adds the ``token_states`` output (the tensor ``top``) to ``graph``; False when it
    already had one."""
    if OUTPUT in {o.name for o in graph.graph.output}:
        return False
    if not any(top in n.output for n in graph.graph.node):
        raise ValueError(f"the graph has no tensor {top}")
    graph.graph.node.append(helper.make_node("Identity", [top], [OUTPUT]))
    graph.graph.output.append(helper.make_tensor_value_info(OUTPUT, TensorProto.FLOAT, None))
    return True


def with_states(models: Path, onnx_file: str, out: Path, top: str = TOP) -> Path:
    """A models folder in ``out`` (the rest linked) whose graph ``onnx_file`` returns the
    token states ``top`` (the branch's by default)."""
    graph = onnx.load(str(models / onnx_file))
    add_states(graph, top)
    for f in models.iterdir():
        if f.name != onnx_file:
            (out / f.name).symlink_to(f.resolve())
    onnx.save(graph, str(out / onnx_file))
    return out


def main(argv: list[str] | None = None) -> int:
    models = Path((argv if argv is not None else sys.argv[1:])[0])
    ml = json.loads((models / CONFIG_FILE).read_text())["multilingual"]
    graph = onnx.load(str(models / ml["onnx"]))
    if add_states(graph):
        onnx.save(graph, str(models / ml["onnx"]))
        names = list(json.loads((models / "manifest.json").read_text())["files"])
        write_manifest(models, names)
    print(json.dumps({"graph": ml["onnx"], "outputs": [o.name for o in graph.graph.output]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
