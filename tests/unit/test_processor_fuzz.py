"""Property tests: random, repeated, out-of-order and truncated ext_proc messages."""

from __future__ import annotations

import asyncio
import json

from envoy.service.ext_proc.v3.external_processor_pb2 import ProcessingRequest
from google.protobuf.message import DecodeError
from hypothesis import given, settings
from hypothesis import strategies as st

from extproc.config import DEFAULT_CONFIG_PATH, load_config
from extproc.pipeline import Pipeline, make_services
from extproc.processor import StreamSession
from tests.unit.ext_proc_client import (
    request_body,
    request_headers,
    response_body,
    response_headers,
)

CONFIG = load_config(DEFAULT_CONFIG_PATH)
PIPELINE = Pipeline(CONFIG, make_services())
VALID = json.dumps(
    {"model": "auto", "stream": True, "messages": [{"role": "user", "content": "hi there"}]}
).encode()
EXPECTED = {
    "request_headers": {"request_headers", "immediate_response"},
    "request_body": {"request_body", "immediate_response"},
    "response_headers": {"response_headers"},
    "response_body": {"response_body"},
    "request_trailers": {"request_trailers"},
    "response_trailers": {"response_trailers"},
}

paths = st.sampled_from(["/v1/chat/completions", "/v1/completions", "/v1/models", "/x", ""])
methods = st.sampled_from(["POST", "GET", "PUT", ""])
bodies = st.one_of(
    st.binary(max_size=200),
    st.integers(0, len(VALID)).map(lambda n: VALID[:n]),  # truncated JSON
    st.just(VALID),
)
messages = st.one_of(
    st.builds(
        lambda p, m, eos, spoof: request_headers(
            p, m, {"x-selected-model": "deepseek-r1"} if spoof else None, eos
        ),
        paths,
        methods,
        st.booleans(),
        st.booleans(),
    ),
    bodies.map(request_body),
    st.builds(
        response_headers,
        st.integers(0, 999),
        st.sampled_from(["application/json", "text/event-stream", ""]),
        st.booleans(),
    ),
    st.builds(response_body, bodies, st.booleans()),
    st.just(ProcessingRequest()),
)


def run(seq: list[ProcessingRequest]) -> None:
    async def go() -> None:
        session = StreamSession(PIPELINE, CONFIG.server)
        for m in seq:
            resp = await session.handle(m)
            kind = m.WhichOneof("request")
            if kind is None:
                assert resp is None
                continue
            assert resp is not None
            assert resp.WhichOneof("response") in EXPECTED[kind]
            resp.SerializeToString()  # a well-formed message Envoy can read
        session.close()

    asyncio.run(go())


@settings(max_examples=300, deadline=None)
@given(st.lists(messages, max_size=8))
def test_any_message_sequence_gets_an_answer_per_message(seq: list[ProcessingRequest]) -> None:
    run(seq)


@settings(max_examples=200, deadline=None)
@given(st.lists(messages, min_size=1, max_size=4), st.data())
def test_truncated_wire_messages(seq: list[ProcessingRequest], data: st.DataObject) -> None:
    decoded: list[ProcessingRequest] = []
    for m in seq:
        wire = m.SerializeToString()
        cut = data.draw(st.integers(0, len(wire)))
        parsed = ProcessingRequest()
        try:
            parsed.ParseFromString(wire[:cut])
        except DecodeError:
            continue  # gRPC would reject it before Prism sees it
        decoded.append(parsed)
    run(decoded)
