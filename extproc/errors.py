"""Router errors: every client-visible failure Prism produces is one of these.

A :class:`RouterError` carries status, message, type, code and param; the API surface the
request came in on renders it in its own shape (``extproc/surfaces``). :meth:`body` is the
OpenAI shape, used where no surface is known (e.g. a path Prism does not route).
"""

from __future__ import annotations

from collections.abc import Mapping

import orjson


class RouterError(Exception):
    """A failure answered to the client, rendered by the request's surface."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.headers = dict(headers or {})
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param

    def body(self) -> bytes:
        """The OpenAI shape ``{"error": {"message", "type", "param", "code"}}``."""
        return error_body(self.message, type=self.type, code=self.code, param=self.param)


OpenAIError = RouterError
"""The former name, kept so callers written against it keep working."""


def error_body(
    message: str, *, type: str, code: str | None = None, param: str | None = None
) -> bytes:
    return orjson.dumps({"error": {"message": message, "type": type, "param": param, "code": code}})


def bad_request(
    message: str, code: str = "invalid_request", param: str | None = None
) -> RouterError:
    return RouterError(400, message, code=code, param=param)


def internal_error(message: str = "internal router error") -> RouterError:
    return RouterError(500, message, type="server_error", code="internal_error")
