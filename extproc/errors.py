"""OpenAI-shaped errors: every client-visible failure Prism produces goes through here."""

from __future__ import annotations

from collections.abc import Mapping

import orjson


class OpenAIError(Exception):
    """An error answered to the client as ``{"error": {"message", "type", "code"}}``."""

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
        return error_body(self.message, type=self.type, code=self.code, param=self.param)


def error_body(
    message: str, *, type: str, code: str | None = None, param: str | None = None
) -> bytes:
    return orjson.dumps({"error": {"message": message, "type": type, "param": param, "code": code}})


def bad_request(
    message: str, code: str = "invalid_request", param: str | None = None
) -> OpenAIError:
    return OpenAIError(400, message, code=code, param=param)


def internal_error(message: str = "internal router error") -> OpenAIError:
    return OpenAIError(500, message, type="server_error", code="internal_error")
