"""Who may see signal scores in response headers: only requests with the operator's secret.

Scores let a client tune a jailbreak against the classifier, so `x-prism-debug` headers are
off unless `server.debug_headers.enabled` is set, and then only for a request whose
`server.debug_headers.header` equals the secret in the `secret_env` environment variable
(compared in constant time). A missing or short secret keeps them off.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Mapping

from extproc.config import DebugHeaderSettings

MIN_SECRET_LENGTH = 16


def debug_allowed(settings: DebugHeaderSettings, headers: Mapping[str, str]) -> bool:
    if not settings.enabled:
        return False
    secret = os.environ.get(settings.secret_env, "")
    if len(secret) < MIN_SECRET_LENGTH:
        return False
    given = headers.get(settings.header, "")
    return hmac.compare_digest(given.encode("utf-8"), secret.encode("utf-8"))
