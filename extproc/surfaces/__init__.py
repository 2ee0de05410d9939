"""API surfaces: one adapter module per wire API, and the endpoint table."""

from extproc.surfaces.base import (
    AUTO_MODEL,
    SCOPES,
    InternalRequest,
    Kind,
    Message,
    Scope,
    Surface,
    TextSlot,
    select,
)
from extproc.surfaces.table import (
    BY_NAME,
    CHAT,
    COMPLETIONS,
    EMBEDDINGS,
    ENDPOINTS,
    MESSAGES,
    MODELS,
    RESPONSES,
    SURFACES,
    Endpoint,
    ModelsList,
    lookup,
)
from extproc.surfaces.wire import parse_request

__all__ = [
    "AUTO_MODEL",
    "BY_NAME",
    "CHAT",
    "COMPLETIONS",
    "EMBEDDINGS",
    "ENDPOINTS",
    "MESSAGES",
    "MODELS",
    "RESPONSES",
    "SCOPES",
    "SURFACES",
    "Endpoint",
    "InternalRequest",
    "Kind",
    "Message",
    "ModelsList",
    "Scope",
    "Surface",
    "TextSlot",
    "lookup",
    "parse_request",
    "select",
]
