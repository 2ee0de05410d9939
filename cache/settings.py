"""Configuration of the semantic cache (one pydantic model, validated at start-up)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class CacheSettings(BaseModel):
    """Settings for :func:`cache.factory.create_cache`.

    ``backend="none"`` disables caching; ``"memory"`` keeps entries in-process;
    ``"redis"`` uses a Redis server with the RediSearch module (HNSW vector index).
    """

    model_config = ConfigDict(extra="forbid")

    backend: Literal["none", "memory", "redis"] = "memory"
    similarity_threshold: float = Field(default=0.92, ge=-1.0, le=1.0)
    ttl_s: int = Field(default=3600, gt=0)
    max_entry_bytes: int = Field(default=256 * 1024, gt=0)
    memory_max_entries: int = Field(default=10000, gt=0)
    memory_max_bytes: int = Field(default=256 * 1024 * 1024, gt=0)
    redis_url: str = "redis://127.0.0.1:6379/0"
    redis_password_env: str = ""
    redis_index: str = "prism-cache"
    redis_prefix: str = "prism:cache:"
    timeout_ms: float = Field(default=50.0, gt=0)
    breaker_failures: int = Field(default=5, gt=0)
    breaker_reset_s: float = Field(default=10.0, ge=0)
    max_pending_stores: int = Field(
        default=256, gt=0, description="stores in flight at once; more are dropped (counted)"
    )
    tenant_header: str = "x-tenant-id"
    user_header: str = Field(
        default="x-user-id",
        description="names the user (else the body's OpenAI `user` field): entries are per "
        "tenant and user unless a decision opts into scope: tenant",
    )
    cache_pii: bool = False
    embedding_dim: int = Field(default=384, gt=0)
    hnsw_m: int = Field(default=16, gt=0)
    hnsw_ef_construction: int = Field(default=200, gt=0)
    hnsw_ef_runtime: int = Field(default=128, gt=0)
    facts_vocabulary: str = Field(
        default="",
        description="tokenizer.json whose whole words are common (not anchors) in the "
        "near-duplicate check; empty = the shipped encoder's",
    )
    redis_knn: int = Field(
        default=8, ge=1, le=64, description="vector-tier candidates the Redis backend checks"
    )
