"""The gRPC ExternalProcessor servicer: one StreamSession per ext_proc stream.

A request body may get two messages back: Envoy's timer extension
(``extproc/message_timer.py``), sent as soon as the pipeline asks for it, then the answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import grpc
from envoy.service.ext_proc.v3 import external_processor_pb2_grpc as ext_proc_grpc
from envoy.service.ext_proc.v3.external_processor_pb2 import (
    ProcessingRequest,
    ProcessingResponse,
)

from extproc.config import ServerSettings
from extproc.message_timer import CURRENT, MessageTimer
from extproc.pipeline import Pipeline
from extproc.processor import StreamSession


class ExternalProcessor(ext_proc_grpc.ExternalProcessorServicer):
    def __init__(
        self,
        pipeline: Callable[[], Pipeline],
        settings: ServerSettings,
        max_message_timeout_s: float = 0.0,
    ) -> None:
        self._pipeline = pipeline
        self._settings = settings
        self._max_message_timeout_s = max_message_timeout_s
        self.in_flight = 0
        self.total = 0

    async def Process(
        self,
        request_iterator: AsyncIterator[ProcessingRequest],
        context: grpc.aio.ServicerContext,
    ) -> AsyncIterator[ProcessingResponse]:
        session = StreamSession(self._pipeline(), self._settings)
        self.in_flight += 1
        self.total += 1
        session.pipeline.services.metrics.in_flight.inc()
        try:
            async for request in request_iterator:
                if self._max_message_timeout_s and request.HasField("request_body"):
                    async for response in self._answer_body(session, request):
                        yield response
                    continue
                response = await session.handle(request)
                if response is not None:
                    yield response
        finally:
            self.in_flight -= 1
            session.pipeline.services.metrics.in_flight.dec()
            session.close()

    async def _answer_body(
        self, session: StreamSession, request: ProcessingRequest
    ) -> AsyncIterator[ProcessingResponse]:
        """The body's answer, preceded by the timer extension when the pipeline asks for it
        while it works (at most one: Envoy accepts one per message)."""
        extension: asyncio.Future[ProcessingResponse] = asyncio.get_running_loop().create_future()
        token = CURRENT.set(MessageTimer(self._max_message_timeout_s, extension.set_result))
        try:
            task = asyncio.ensure_future(session.handle(request))  # copies CURRENT
        finally:
            CURRENT.reset(token)
        try:
            await asyncio.wait((task, extension), return_when=asyncio.FIRST_COMPLETED)
            if extension.done():
                yield extension.result()
            response = await task
        finally:
            if not task.done():  # the stream ended under us: stop the work
                task.cancel()
        if response is not None:
            yield response
