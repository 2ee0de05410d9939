"""Which (method, path) a request is for, or a refusal: Prism fails closed on paths.

Envoy normalises the path before Prism sees it (envoy_edge.harden: RFC 3986 dot segments and
unreserved percent-decoding, merged slashes, escaped slashes rejected), and the pool receives
that same path. Prism then computes the canonical form again, independently, and serves a
request only when the path it received *is* canonical and names a known route: a spelling that
means a known route but is not canonical (case, trailing slash, `;params`, dot segments or
`%XX` escapes reaching Prism through an Envoy that does not normalise) is refused with 404 and
the canonical path in the message, never forwarded. So what Prism classifies is exactly what
the pool receives. Anything else: an unknown path is 404, a known path with another method
405 (with `allow`), Prism's own admin paths 404; paths the operator lists in
`server.passthrough_paths` are forwarded unclassified.

The known routes are data (a mapping of (method, canonical path) to a route key), so the set
of API surfaces can grow without touching the matcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from extproc.errors import OpenAIError, bad_request
from extproc.surfaces.table import ENDPOINTS, ModelsList

MODELS_KEY = "models"

DEFAULT_ROUTES: Mapping[tuple[str, str], str] = {
    (method, path): MODELS_KEY if isinstance(endpoint, ModelsList) else endpoint.name
    for (method, path), endpoint in ENDPOINTS.items()
}
"""Every route Prism classifies or answers, from the surfaces' endpoint table (one source):
a surface's name, or the models list."""

ADMIN_PATHS = frozenset(
    {"/v1/explain", "/v1/classify", "/v1/feedback", "/metrics", "/healthz", "/readyz"}
)
"""Prism's admin server paths: never routed to a pool, whatever the config says."""

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ESCAPE = re.compile(r"%(..)?", re.DOTALL)
_HEX = frozenset("0123456789abcdefABCDEF")


class PathError(OpenAIError):
    """A refused method or path. `route` is the key of the known route the path spells (its
    canonical form), or "": the caller can answer in that route's own error shape (an
    Anthropic client's `GET /v1/messages` gets Anthropic's 405)."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str,
        route: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(status, message, code=code, headers=headers)
        self.route = route


@dataclass(frozen=True)
class Target:
    """A request Prism lets in: a known route (`key`) or an operator pass-through path."""

    key: str
    path: str
    """The canonical path, without the query."""
    passthrough: bool = False


def _decode_unreserved(path: str) -> str:
    def one(m: re.Match[str]) -> str:
        pair = m.group(1)
        if pair is None or len(pair) != 2 or not set(pair) <= _HEX:
            raise bad_request("request path has an invalid percent-escape", "invalid_path")
        byte = int(pair, 16)
        return chr(byte) if byte in _UNRESERVED else "%" + pair.upper()

    return _ESCAPE.sub(one, path)


def _remove_dot_segments(segments: list[str]) -> list[str]:
    out: list[str] = []
    for seg in segments:
        if seg == "..":
            if out:
                out.pop()
        elif seg != ".":
            out.append(seg)
    return out


def canonical(path: str) -> str:
    """The canonical form of a request path (query dropped): unreserved escapes decoded,
    path parameters dropped, empty and dot segments removed, no trailing slash, lower case.
    Raises a 400 OpenAIError for a malformed escape."""
    raw = path.split("?", 1)[0]
    decoded = _decode_unreserved(raw)
    segments = [seg.split(";", 1)[0] for seg in decoded.split("/")]
    kept = _remove_dot_segments([s for s in segments if s])
    return ("/" + "/".join(kept)).lower()


@dataclass(frozen=True)
class PathMatcher:
    routes: Mapping[tuple[str, str], str]
    passthrough: frozenset[str] = frozenset()

    @classmethod
    def build(
        cls, routes: Mapping[tuple[str, str], str], passthrough: Iterable[str] = ()
    ) -> PathMatcher:
        return cls(dict(routes), frozenset(passthrough))

    def match(self, method: str, path: str) -> Target:
        """The target of `method path`, or an OpenAIError (400/404/405) to answer with."""
        raw = path.split("?", 1)[0]
        if not raw.startswith("/"):
            raise bad_request("request path must start with '/'", "invalid_path")
        canon = canonical(raw)
        known = {p for (_, p) in self.routes} | self.passthrough | ADMIN_PATHS
        route = next((k for (_, p), k in self.routes.items() if p == canon), "")
        if canon in ADMIN_PATHS:
            raise _not_found(f"{canon} is not served on this listener")
        if raw != canon:
            if canon in known:
                raise _not_found(f"path {raw!r} is not canonical; send {canon}", route)
            raise _not_found(f"unknown path {raw!r}")
        if canon in self.passthrough:
            return Target("", canon, passthrough=True)
        key = self.routes.get((method, canon))
        if key is not None:
            return Target(key, canon)
        allowed = sorted(m for (m, p) in self.routes if p == canon)
        if allowed:
            raise PathError(
                405,
                f"method {method} is not allowed on {canon}; use {', '.join(allowed)}",
                code="method_not_allowed",
                route=route,
                headers={"allow": ", ".join(allowed)},
            )
        raise _not_found(f"unknown path {raw!r}")


def _not_found(message: str, route: str = "") -> PathError:
    return PathError(404, message, code="unknown_path", route=route)


def check_passthrough(paths: Iterable[str]) -> list[str]:
    """Config errors for `server.passthrough_paths` (canonical, not a route, not admin)."""
    errors = []
    routed = {p for (_, p) in DEFAULT_ROUTES}
    for i, path in enumerate(paths):
        where = f"server.passthrough_paths[{i}]"
        try:
            canon = canonical(path) if path.startswith("/") else ""
        except OpenAIError:
            canon = ""
        if canon != path or "?" in path:
            errors.append(f"{where}: {path!r} must be a canonical path (e.g. {canon or '/health'})")
        elif path in ADMIN_PATHS or path in routed:
            errors.append(f"{where}: {path!r} is a Prism or API path and cannot pass through")
    return errors
