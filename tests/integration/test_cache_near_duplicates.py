"""The semantic cache answers only the same question: on the committed near-duplicate set
(tests/fixtures/cache_near_duplicates.jsonl), with real encoder embeddings, both backends
give no false hit at the default threshold while paraphrases still hit."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bench.cache_near_duplicates import Figures, evaluate, load_pairs
from cache.base import SemanticCache
from cache.memory_backend import MemorySemanticCache
from cache.settings import CacheSettings
from tests.integration.conftest import FreshRedisCache
from tests.unit.classifier_support import engine

pytestmark = pytest.mark.integration


@pytest.fixture(params=["memory", "redis"])
async def backend(
    request: pytest.FixtureRequest, fresh_redis_cache: FreshRedisCache
) -> AsyncIterator[SemanticCache]:
    if request.param == "memory":
        mem = MemorySemanticCache(dim=384)
        yield mem
        await mem.close()
    else:
        yield await fresh_redis_cache(embedding_dim=384)


async def test_no_false_hits_and_paraphrases_still_hit(backend: SemanticCache) -> None:
    pairs = load_pairs()
    threshold = CacheSettings().similarity_threshold
    fig: Figures = await evaluate(backend, pairs, engine().embed, threshold)
    assert fig.different >= 40 and fig.paraphrases >= 40
    # the set is a real test: similarity alone serves several wrong answers
    assert fig.false_hits_similarity_only >= 8
    assert fig.false_hits == 0, fig.false_hit_pairs
    assert fig.paraphrase_hits >= 0.85 * fig.paraphrases
    assert fig.paraphrase_hits >= fig.paraphrase_hits_similarity_only - 2
