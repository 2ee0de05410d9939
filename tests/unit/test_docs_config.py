"""docs/config.md names every config key, so the reference cannot silently fall behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from cache.settings import CacheSettings
from classifiers.settings import ClassifierSettings
from extproc.config import (
    DebugHeaderSettings,
    EnvoySettings,
    Model,
    Pool,
    PrismConfig,
    ServerSettings,
)
from extproc.envoy_failover import FailoverSettings
from extproc.feedback import FeedbackSettings
from extproc.limits import Budget, LimitSettings, TenantBudget
from extproc.policy import schema
from extproc.policy.affinity import AffinitySettings
from extproc.policy.bandit_redis import BanditSettings
from extproc.telemetry import TelemetrySettings
from extproc.usage import UsageSettings

DOC = (Path(__file__).resolve().parents[2] / "docs" / "config.md").read_text()
MODELS: list[type[BaseModel]] = [
    PrismConfig,
    ServerSettings,
    DebugHeaderSettings,
    EnvoySettings,
    Pool,
    Model,
    schema.PiiPolicy,
    schema.ReasoningFamily,
    schema.Decision,
    schema.ModelRef,
    schema.Selection,
    schema.Plugins,
    schema.SystemPromptPlugin,
    schema.ReasoningPlugin,
    schema.HeaderMutationPlugin,
    schema.BlockPlugin,
    schema.SemanticCachePlugin,
    schema.KeywordSignal,
    schema.ContextLengthSignal,
    schema.LanguageSignal,
    schema.DomainSignal,
    schema.EmbeddingSignal,
    schema.JailbreakSignal,
    schema.OperatorExemplars,
    schema.PiiSignal,
    schema.HeaderSignal,
    schema.ModelRequestSignal,
    schema.Signals,
    CacheSettings,
    BanditSettings,
    TelemetrySettings,
    ClassifierSettings,
    AffinitySettings,
    LimitSettings,
    Budget,
    TenantBudget,
    UsageSettings,
    FeedbackSettings,
    FailoverSettings,
]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_key_is_documented(model: type[BaseModel]):
    missing = [
        f.alias or name
        for name, f in model.model_fields.items()
        if f"`{f.alias or name}`" not in DOC
    ]
    assert not missing, f"docs/config.md does not mention {model.__name__} keys {missing}"
