"""The gRPC ExternalProcessor servicer: one StreamSession per ext_proc stream."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import grpc
from envoy.service.ext_proc.v3 import external_processor_pb2_grpc as ext_proc_grpc
from envoy.service.ext_proc.v3.external_processor_pb2 import (
    ProcessingRequest,
    ProcessingResponse,
)

from extproc.config import ServerSettings
from extproc.pipeline import Pipeline
from extproc.processor import StreamSession


class ExternalProcessor(ext_proc_grpc.ExternalProcessorServicer):
    def __init__(self, pipeline: Callable[[], Pipeline], settings: ServerSettings) -> None:
        self._pipeline = pipeline
        self._settings = settings
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
                response = await session.handle(request)
                if response is not None:
                    yield response
        finally:
            self.in_flight -= 1
            session.pipeline.services.metrics.in_flight.dec()
            session.close()
