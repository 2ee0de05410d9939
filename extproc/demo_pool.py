"""A demo OpenAI-compatible model server: answers chat completions, names itself.

Used by `make run`, the e2e tests and the benchmarks in place of a real vLLM pool.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

import orjson
from aiohttp import web

DELAY_HEADER = "x-demo-delay-ms"


class DemoPool:
    def __init__(self, name: str, chunks: int = 4) -> None:
        self.name = name
        self.chunks = chunks
        self.requests = 0
        self.last: dict[str, Any] = {}
        self.app = web.Application(client_max_size=64 * 1024 * 1024)
        self.app.router.add_post("/v1/chat/completions", self._chat)
        self.app.router.add_post("/v1/completions", self._chat)
        self.app.router.add_get("/v1/models", self._models)
        self.app.router.add_get("/stats", self._stats)
        self.app.router.add_get("/last", self._last)
        self.app.router.add_get("/health", self._health)

    def _headers(self) -> dict[str, str]:
        return {"x-demo-pool": self.name}

    async def _stats(self, _: web.Request) -> web.Response:
        return web.json_response({"requests": self.requests}, headers=self._headers())

    async def _last(self, _: web.Request) -> web.Response:
        return web.json_response(self.last, headers=self._headers())

    async def _health(self, _: web.Request) -> web.Response:
        return web.json_response({"status": "ok"}, headers=self._headers())

    async def _models(self, _: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": []}, headers=self._headers())

    def _answer(self, body: dict[str, Any]) -> str:
        messages = body.get("messages")
        if isinstance(messages, list) and messages and isinstance(messages[-1], dict):
            prompt = str(messages[-1].get("content", ""))
        else:
            prompt = str(body.get("prompt", ""))
        return f"Demo answer from pool {self.name} to: {prompt[:200]}"

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        self.requests += 1
        raw = await request.read()
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return web.json_response(
                {"error": {"message": "bad json", "type": "invalid_request_error"}}, status=400
            )
        self.last = {
            "headers": dict(request.headers),
            "body": body,
            "path": request.path,
            "raw_length": len(raw),
        }
        model = str(body.get("model", ""))
        delay = float(request.headers.get(DELAY_HEADER, "0") or 0) / 1000
        text = self._answer(body)
        chat = request.path.endswith("/chat/completions")
        if body.get("stream"):
            return await self._stream(request, model, text, delay, body)
        if delay:
            await asyncio.sleep(delay)
        usage = {"prompt_tokens": len(raw) // 4, "completion_tokens": len(text) // 4}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        choice: dict[str, Any] = {"index": 0, "finish_reason": "stop", "logprobs": None}
        if chat:
            choice["message"] = {"role": "assistant", "content": text}
        else:
            choice["text"] = text
        out = {
            "id": "chatcmpl-" + uuid.uuid4().hex,
            "object": "chat.completion" if chat else "text_completion",
            "created": int(time.time()),
            "model": model,
            "choices": [choice],
            "usage": usage,
        }
        return web.Response(
            body=orjson.dumps(out), content_type="application/json", headers=self._headers()
        )

    async def _stream(
        self, request: web.Request, model: str, text: str, delay: float, body: dict[str, Any]
    ) -> web.StreamResponse:
        resp = web.StreamResponse(headers={**self._headers(), "content-type": "text/event-stream"})
        await resp.prepare(request)
        cid, created = "chatcmpl-" + uuid.uuid4().hex, int(time.time())

        def chunk(delta: dict[str, Any], finish: str | None) -> bytes:
            event = {
                "id": cid,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            return b"data: " + orjson.dumps(event) + b"\n\n"

        await resp.write(chunk({"role": "assistant", "content": ""}, None))
        step = max(1, len(text) // self.chunks + 1)
        for i in range(0, len(text), step):
            if delay:
                await asyncio.sleep(delay)
            await resp.write(chunk({"content": text[i : i + step]}, None))
        await resp.write(chunk({}, "stop"))
        opts = body.get("stream_options")
        if isinstance(opts, dict) and opts.get("include_usage"):
            usage = {"prompt_tokens": 1, "completion_tokens": len(text) // 4}
            usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
            event = {
                "id": cid,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [],
                "usage": usage,
            }
            await resp.write(b"data: " + orjson.dumps(event) + b"\n\n")
        await resp.write(b"data: [DONE]\n\n")
        await resp.write_eof()
        return resp


async def serve_pool(name: str, host: str, port: int) -> web.AppRunner:
    pool = DemoPool(name)
    runner = web.AppRunner(pool.app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port, reuse_address=True).start()
    return runner
