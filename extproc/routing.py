"""Minimal model routing: `auto` -> the default model, a known model -> itself."""

from __future__ import annotations

from dataclasses import dataclass

from extproc.config import Model, PrismConfig
from extproc.errors import OpenAIError
from extproc.openai_request import AUTO_MODEL


@dataclass(frozen=True)
class RouteChoice:
    model: Model
    decision: str


def choose_model(config: PrismConfig, requested: str) -> RouteChoice:
    if requested == AUTO_MODEL:
        model = config.model(config.default_model)
        assert model is not None  # checked when the config was loaded
        return RouteChoice(model, "default")
    model = config.model(requested)
    if model is None:
        model = next((m for m in config.models if m.served_name == requested), None)
    if model is None:
        raise OpenAIError(
            404,
            f"The model '{requested}' does not exist or you do not have access to it.",
            code="model_not_found",
            param="model",
        )
    return RouteChoice(model, "explicit")
