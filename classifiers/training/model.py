"""A minimal MiniLM-L6 (BERT) in torch with Prism's multi-task branch.

Graph (what gets exported to ONNX):
    inputs_embeds (word embeddings, looked up outside the graph) + position + type -> LayerNorm
    -> layers 0..4 (frozen, shared)  -> layer 5 (frozen)      -> mean pool -> L2 -> embedding
                                     -> task layer (trained)  -> mean pool -> domain / jailbreak
                                     -> PII layer (trained)   -> per token -> PII BIO logits

The two trained layers are copies of layer 5 that read the same layer-4 states: 8 layers in
all (1.33 encoder passes). Giving the token task its own layer removes the tug of war
between the pooled heads and the token head over one layer's weights.
"""

from __future__ import annotations

import copy
import math
from pathlib import Path

import torch
from safetensors.torch import load_file
from torch import nn

HIDDEN, HEADS, FFN, LAYERS = 384, 12, 1536, 6
SHARED = 5  # layers shared by every output


class Layer(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.q, self.k, self.v = (
            nn.Linear(HIDDEN, HIDDEN),
            nn.Linear(HIDDEN, HIDDEN),
            nn.Linear(HIDDEN, HIDDEN),
        )
        self.o = nn.Linear(HIDDEN, HIDDEN)
        self.ln1 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.ff1, self.ff2 = nn.Linear(HIDDEN, FFN), nn.Linear(FFN, HIDDEN)
        self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, _ = x.shape
        d = HIDDEN // HEADS

        def heads(y: torch.Tensor) -> torch.Tensor:
            return y.view(b, t, HEADS, d).transpose(1, 2)

        q, k, v = heads(self.q(x)), heads(self.k(x)), heads(self.v(x))
        att = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + bias
        ctx = torch.matmul(att.softmax(-1), v).transpose(1, 2).reshape(b, t, HIDDEN)
        x = self.ln1(x + self.o(ctx))
        return self.ln2(x + self.ff2(nn.functional.gelu(self.ff1(x))))


def attention_bias(mask: torch.Tensor) -> torch.Tensor:
    return ((1.0 - mask.to(torch.float32)) * -10000.0)[:, None, None, :]


def mean_pool(h: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    m = mask.to(h.dtype).unsqueeze(-1)
    return (h * m).sum(1) / m.sum(1).clamp(min=1e-9)


class PrismNet(nn.Module):
    def __init__(self, n_domains: int, n_pii_labels: int) -> None:
        super().__init__()
        self.pos = nn.Embedding(512, HIDDEN)
        self.type0 = nn.Parameter(torch.zeros(HIDDEN))
        self.emb_ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))
        self.task = Layer()
        self.pii_task = Layer()
        self.domain_head = nn.Linear(HIDDEN, n_domains)
        self.jb_head = nn.Linear(HIDDEN, 1)
        self.pii_head = nn.Linear(HIDDEN, n_pii_labels)
        self.drop = nn.Dropout(0.1)

    def shared(self, inputs_embeds: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        t = inputs_embeds.shape[1]
        pos = self.pos.weight[:t].unsqueeze(0)
        x = self.emb_ln(inputs_embeds + pos + self.type0)
        bias = attention_bias(mask)
        for layer in self.layers[:SHARED]:
            x = layer(x, bias)
        return x

    def pooled(self, h: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Domain and jailbreak logits off the task layer."""
        pooled = self.drop(mean_pool(self.task(h, attention_bias(mask)), mask))
        return self.domain_head(pooled), self.jb_head(pooled).squeeze(-1)

    def pii(self, h: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Per-token PII BIO logits off the PII layer."""
        return self.pii_head(self.drop(self.pii_task(h, attention_bias(mask))))

    def heads(
        self, h: torch.Tensor, mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        return (*self.pooled(h, mask), self.pii(h, mask))

    def forward(
        self, inputs_embeds: torch.Tensor, attention_mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        h = self.shared(inputs_embeds, attention_mask)
        e = self.layers[SHARED](h, attention_bias(attention_mask))
        emb = mean_pool(e, attention_mask)
        emb = emb / emb.norm(dim=-1, keepdim=True).clamp(min=1e-12)
        dom, jb, pii = self.heads(h, attention_mask)
        return emb, dom.softmax(-1), torch.sigmoid(jb), pii


def load_base(path: Path, n_domains: int, n_pii_labels: int) -> tuple[PrismNet, torch.Tensor]:
    """Build PrismNet from all-MiniLM-L6-v2 safetensors; returns (net, word_embeddings)."""
    sd = load_file(str(path))
    sd = {k.removeprefix("bert.").removeprefix("model."): v for k, v in sd.items()}
    net = PrismNet(n_domains, n_pii_labels)
    net.pos.weight.data.copy_(sd["embeddings.position_embeddings.weight"])
    net.type0.data.copy_(sd["embeddings.token_type_embeddings.weight"][0])
    net.emb_ln.weight.data.copy_(sd["embeddings.LayerNorm.weight"])
    net.emb_ln.bias.data.copy_(sd["embeddings.LayerNorm.bias"])
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "o": "attention.output.dense",
        "ln1": "attention.output.LayerNorm",
        "ff1": "intermediate.dense",
        "ff2": "output.dense",
        "ln2": "output.LayerNorm",
    }
    for i, layer in enumerate(net.layers):
        for mine, theirs in names.items():
            mod = getattr(layer, mine)
            mod.weight.data.copy_(sd[f"encoder.layer.{i}.{theirs}.weight"])
            mod.bias.data.copy_(sd[f"encoder.layer.{i}.{theirs}.bias"])
    for trained in (net.task, net.pii_task):
        trained.load_state_dict(copy.deepcopy(net.layers[LAYERS - 1].state_dict()))
    return net, sd["embeddings.word_embeddings.weight"].clone()
