"""False hits and paraphrase hits of the semantic cache on a near-duplicate pair set.

Each pair of ``tests/fixtures/cache_near_duplicates.jsonl`` is a stored prompt ``a`` and a
new prompt ``b``: the same question reworded (``same: true``) or a different question that
reads almost the same (``same: false``: another drug, number, name, direction, negation,
quoted string, code block or language). Every pair gets its own partition; ``a`` is stored
with the real encoder's embedding, ``b`` is looked up with its own. A hit on a different
question is a *false hit*; a hit on a paraphrase a *paraphrase hit*. Both are counted with
the facts check (:mod:`cache.facts`, the default) and without it (similarity alone).

    .venv/bin/python -m bench.cache_near_duplicates            # memory and Redis
"""

from __future__ import annotations

import argparse
import asyncio
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from cache.base import CacheKey, SemanticCache
from cache.keys import build_cache_key
from cache.memory_backend import MemorySemanticCache
from cache.redis_backend import RedisSemanticCache
from cache.settings import CacheSettings

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "cache_near_duplicates.jsonl"


@dataclass
class Figures:
    different: int = 0
    paraphrases: int = 0
    false_hits: int = 0
    paraphrase_hits: int = 0
    false_hits_similarity_only: int = 0
    paraphrase_hits_similarity_only: int = 0
    false_hit_pairs: list[str] | None = None

    def line(self, name: str) -> str:
        return (
            f"{name}: false hits {self.false_hits}/{self.different} "
            f"(similarity alone {self.false_hits_similarity_only}/{self.different}), "
            f"paraphrase hits {self.paraphrase_hits}/{self.paraphrases} "
            f"(similarity alone {self.paraphrase_hits_similarity_only}/{self.paraphrases})"
        )


def load_pairs(path: Path = PAIRS) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _key(text: str, tenant: str, with_facts: bool) -> CacheKey:
    body = {"model": "auto", "messages": [{"role": "user", "content": text}]}
    key, _ = build_cache_key(body, tenant=tenant, decision="default", model="m")
    return key if with_facts else replace(key, facts=None)


async def evaluate(
    backend: SemanticCache,
    pairs: Sequence[dict[str, Any]],
    embed: Callable[[list[str]], np.ndarray],
    threshold: float,
) -> Figures:
    """Store each pair's ``a`` and look up its ``b``, with and without the facts check."""
    emb_a = embed([p["a"] for p in pairs])
    emb_b = embed([p["b"] for p in pairs])
    fig = Figures(false_hit_pairs=[])
    run = uuid.uuid4().hex[:8]
    for i, pair in enumerate(pairs):
        same = bool(pair["same"])
        for with_facts in (True, False):
            tenant = f"{run}-{i}-{'facts' if with_facts else 'raw'}"
            await backend.store(_key(pair["a"], tenant, with_facts), emb_a[i], b"answer", 600)
            hit = await backend.lookup(_key(pair["b"], tenant, with_facts), emb_b[i], threshold)
            if hit is None:
                continue
            if same and with_facts:
                fig.paraphrase_hits += 1
            elif same:
                fig.paraphrase_hits_similarity_only += 1
            elif with_facts:
                fig.false_hits += 1
                assert fig.false_hit_pairs is not None
                fig.false_hit_pairs.append(f"{pair['a']!r} -> {pair['b']!r}")
            else:
                fig.false_hits_similarity_only += 1
        fig.paraphrases += same
        fig.different += not same
    return fig


async def _main(args: argparse.Namespace) -> None:
    from classifiers.engine import SignalEngine
    from classifiers.settings import ClassifierSettings
    from tests.redis_server import RedisServer

    engine = SignalEngine.load(ClassifierSettings())
    pairs = load_pairs()
    threshold = args.threshold
    mem = MemorySemanticCache(dim=384)
    print(f"threshold {threshold}, {len(pairs)} pairs")
    print((await evaluate(mem, pairs, engine.embed, threshold)).line("memory"))
    with RedisServer() as server:
        settings = CacheSettings(backend="redis", redis_url=server.url)
        redis_cache = RedisSemanticCache.from_settings(settings)
        try:
            fig = await evaluate(redis_cache, pairs, engine.embed, threshold)
        finally:
            await redis_cache.close()
    print(fig.line("redis"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=CacheSettings().similarity_threshold)
    asyncio.run(_main(parser.parse_args()))


if __name__ == "__main__":
    main()
