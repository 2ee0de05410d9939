"""Tokenise examples exactly as the runtime does and build per-token PII BIO labels."""

from __future__ import annotations

from dataclasses import dataclass

from tokenizers import Tokenizer

from classifiers.labels import PII_TYPES
from classifiers.training.data_domain import Example

PII_LABELS: tuple[str, ...] = ("O", *tuple(f"{p}-{t}" for t in PII_TYPES for p in ("B", "I")))
CLS_ID, SEP_ID = 101, 102


@dataclass
class Encoded:
    ids: list[int]
    pii: list[int]  # per token label id, -100 = ignored
    domain: int
    jailbreak: int


def load_tokenizer(path: str) -> Tokenizer:
    tok = Tokenizer.from_file(path)
    tok.no_truncation()
    tok.no_padding()
    return tok


def encode_all(tok: Tokenizer, examples: list[Example], max_len: int) -> list[Encoded]:
    encs = tok.encode_batch([e.text for e in examples], add_special_tokens=False)
    out = []
    for ex, enc in zip(examples, encs, strict=True):
        ids = [CLS_ID, *enc.ids[: max_len - 2], SEP_ID]
        offs = enc.offsets[: max_len - 2]
        if ex.spans is None:
            pii = [-100] * len(ids)
        else:
            labels = [0] * len(offs)
            for s, e, typ in ex.spans:
                first = True
                for i, (a, b) in enumerate(offs):
                    if a >= s and b <= e and b > a:
                        labels[i] = PII_LABELS.index(("B-" if first else "I-") + typ)
                        first = False
            pii = [-100, *labels, -100]
        out.append(Encoded(ids, pii, ex.domain, ex.jailbreak))
    return out
