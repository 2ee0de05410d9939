"""Prism's signals without routing: `POST /v1/classify` (admin) and the gRPC Classifier."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import grpc
import orjson
from aiohttp import web

from extproc.classifier_service import ClassifierService
from extproc.errors import OpenAIError, bad_request

sys.path.insert(0, str(Path(__file__).with_name("gen")))  # protoc's absolute imports
from prism.v1 import classify_pb2, classify_pb2_grpc  # type: ignore[import-not-found]

MAX_TEXTS = 256


def _texts(data: Any) -> list[str]:
    texts = data.get("texts") if isinstance(data, dict) else None
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise bad_request('body must be {"texts": [string, ...]}', "invalid_type", "texts")
    if len(texts) > MAX_TEXTS:
        raise bad_request(f"at most {MAX_TEXTS} texts per call", "too_many_texts", "texts")
    return texts


def classify_handler(service: Callable[[], ClassifierService | None]) -> Callable[..., Any]:
    async def classify(request: web.Request) -> web.Response:
        svc = service()
        try:
            if svc is None:
                raise OpenAIError(
                    503,
                    "classifiers are disabled",
                    type="server_error",
                    code="classifier_unavailable",
                )
            try:
                data = orjson.loads(await request.read())
            except orjson.JSONDecodeError as exc:
                raise bad_request(f"body is not valid JSON: {exc}", "invalid_json") from None
            results = await svc.classify_public(_texts(data))
        except OpenAIError as exc:
            return web.Response(status=exc.status, body=exc.body(), content_type="application/json")
        return web.Response(
            body=orjson.dumps({"results": results}), content_type="application/json"
        )

    return classify


class ClassifierServicer(classify_pb2_grpc.ClassifierServicer):  # type: ignore[misc]
    def __init__(self, service: ClassifierService) -> None:
        self.service = service

    async def Classify(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        texts = list(request.texts)
        if len(texts) > MAX_TEXTS:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"at most {MAX_TEXTS} texts")
        results = await self.service.classify_public(texts)
        return classify_pb2.ClassifyResponse(
            results=[
                classify_pb2.ClassifyResult(
                    domain=classify_pb2.DomainSignal(**r["domain"]),
                    jailbreak=classify_pb2.JailbreakSignal(**r["jailbreak"]),
                    pii=[classify_pb2.PiiSpan(**p) for p in r["pii"]],
                    language=r["language"],
                )
                for r in results
            ]
        )


def add_classifier_service(server: grpc.aio.Server, service: ClassifierService) -> None:
    classify_pb2_grpc.add_ClassifierServicer_to_server(ClassifierServicer(service), server)
