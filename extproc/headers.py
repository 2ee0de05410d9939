"""Every header name Prism reads or writes, in one place.

Prism-owned names (``x-selected-model`` and every ``x-prism-*``) are stripped from client
requests (:func:`is_spoofable`): a client can never choose a pool or fake a decision.
"""

from __future__ import annotations

# -- written by Prism ---------------------------------------------------------------------
SELECTED_MODEL = "x-selected-model"
"""Envoy's routes match it exactly: the model (and so the pool) a request goes to."""
DECISION = "x-prism-decision"
MODEL = "x-prism-model"
REQUEST_ID = "x-prism-request-id"
CATEGORY = "x-prism-category"
CACHE_STATUS = "x-prism-cache"
CACHE_SIMILARITY = "x-prism-cache-similarity"
MATCHED_SIGNALS = "x-prism-matched-signals"
SIGNAL_SCORES = "x-prism-signal-scores"
SIGNAL_MESSAGES = "x-prism-signal-messages"
"""Debug: for each matched signal, the message (index:role) that fired it."""

# -- read by Prism ------------------------------------------------------------------------
DEBUG = "x-prism-debug"
CACHE_CONTROL = "x-prism-cache-control"
CLIENT_REQUEST_ID = "x-request-id"
CONTENT_TYPE = "content-type"
CONTENT_LENGTH = "content-length"
RETRY_AFTER = "retry-after"
SERVED_MODEL = "x-prism-served-model"
"""Set on the answer by Envoy's per-attempt filter (envoy_failover): the model that served."""
ATTEMPT_COUNT = "x-envoy-attempt-count"
"""Envoy's attempts for the request (1 = no retry), on the answer."""
SESSION_ID = "x-session-id"
"""The default session header of session affinity (``session_affinity.header``)."""
ANTHROPIC_VERSION = "anthropic-version"
"""Present on every Anthropic SDK request: tells the two `GET /v1/models` shapes apart."""
METHOD = ":method"
PATH = ":path"
STATUS = ":status"
HOST = "host"

PRISM_PREFIX = "x-prism-"


def is_spoofable(name: str) -> bool:
    """Headers only Prism may set: a client cannot choose a pool by sending them."""
    return name == SELECTED_MODEL or name.startswith(PRISM_PREFIX)
