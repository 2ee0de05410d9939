"""MiniLM's graphs return what a tool-result head needs to read a sentence inside its window
(candidate T14, docs/classifiers.md, "MiniLM's tool results read in their window: candidate
T14").

MiniLM's tool-result head corrects the shipped jailbreak logit (``jb_head`` over the mean of
the task layer's token states) with a term over the sentence embedding (the normalised mean
of the base layers' token states). For a sentence inside a window both are means over its
token positions, so each graph gains two outputs, every other output unchanged:

- ``token_states`` (batch, tokens, 384): the base layers' states the graph mean-pools into
  ``embedding`` (``/layers.5/ln2``);
- ``token_jailbreak`` (batch, tokens): ``jb_head`` applied to each token's task-layer state;
  ``jb_head`` is linear, so its mean over a sentence's positions is the shipped logit of the
  sentence's pooled task state.

A graph that already returns them is left alone. Usage: ``PYTHONPATH=. python -m
classifiers.training.minilm_states MODELS_DIR``"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from classifiers.artifacts import write_manifest
from classifiers.engine import CONFIG_FILE
from classifiers.training.branch_states import add_states

BASE_TOP = "/layers.5/ln2/LayerNormalization_output_0"  # pooled into ``embedding``
TASK_TOP = "/task/ln2/LayerNormalization_output_0"  # pooled into ``jb_head``
TOKEN_JAILBREAK = "token_jailbreak"


def add_token_jailbreak(graph: onnx.ModelProto) -> bool:
    """Adds ``token_jailbreak`` (``jb_head`` on each task-layer token state); False when the
    graph already returns it."""
    if TOKEN_JAILBREAK in {o.name for o in graph.graph.output}:
        return False
    init = {i.name: numpy_helper.to_array(i) for i in graph.graph.initializer}
    weight, bias = init["jb_head.weight"], init["jb_head.bias"]  # (1, 384), (1,)
    column = weight.T.astype(np.float32)  # (384, 1)
    graph.graph.initializer.extend(
        [
            numpy_helper.from_array(column, "token_jailbreak.weight"),
            numpy_helper.from_array(bias.astype(np.float32), "token_jailbreak.bias"),
            numpy_helper.from_array(np.array([-1], dtype=np.int64), "token_jailbreak.axes"),
        ]
    )
    graph.graph.node.extend(
        [
            helper.make_node(
                "MatMul", [TASK_TOP, "token_jailbreak.weight"], ["token_jailbreak/MatMul"]
            ),
            helper.make_node(
                "Add", ["token_jailbreak/MatMul", "token_jailbreak.bias"], ["token_jailbreak/Add"]
            ),
            helper.make_node(
                "Squeeze", ["token_jailbreak/Add", "token_jailbreak.axes"], [TOKEN_JAILBREAK]
            ),
        ]
    )
    graph.graph.output.append(
        helper.make_tensor_value_info(TOKEN_JAILBREAK, TensorProto.FLOAT, None)
    )
    return True


def add_outputs(graph: onnx.ModelProto) -> bool:
    """Both outputs; False when the graph had them already."""
    states = add_states(graph, BASE_TOP)
    return add_token_jailbreak(graph) or states


def main(argv: list[str] | None = None) -> int:
    models = Path((argv if argv is not None else sys.argv[1:])[0])
    cfg = json.loads((models / CONFIG_FILE).read_text())
    changed = []
    for name in dict.fromkeys(cfg["onnx_files"].values()):
        graph = onnx.load(str(models / name))
        if add_outputs(graph):
            onnx.save(graph, str(models / name))
            changed.append(name)
    if changed:
        names = list(json.loads((models / "manifest.json").read_text())["files"])
        write_manifest(models, names)
    print(json.dumps({"graphs": changed}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
