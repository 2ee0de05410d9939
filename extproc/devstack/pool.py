"""A demo model server: answers every API surface Prism routes, names itself, counts.

Used by `make run`, the e2e tests and the benchmarks in place of a real vLLM pool. It speaks
OpenAI Chat Completions, Completions, Responses and Embeddings (``openai_api``) and
Anthropic Messages (``anthropic_api``), streaming and not. Given ``tools`` and a conversation
that does not end with a tool's result, it calls the first tool; otherwise it answers with
the last text it was sent, so a test can run a whole tool-calling loop. ``GET /stats``
counts the requests it served and ``GET /last`` shows the last one as received.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from aiohttp import web

from extproc.devstack import anthropic_api, openai_api
from extproc.devstack.call import DELAY_HEADER, Call

Handler = Callable[[Call], Awaitable[web.StreamResponse]]


class DemoPool:
    def __init__(self, name: str, chunks: int = 4) -> None:
        self.name = name
        self.chunks = chunks
        self.requests = 0
        self.by_path: dict[str, int] = {}
        self.last: dict[str, Any] = {}
        self.app = web.Application(client_max_size=64 * 1024 * 1024)
        routes: dict[str, Handler] = {
            "/v1/chat/completions": openai_api.chat,
            "/v1/completions": openai_api.completions,
            "/v1/responses": openai_api.responses,
            "/v1/embeddings": openai_api.embeddings,
            "/v1/messages": anthropic_api.messages,
        }
        for path, handler in routes.items():
            self.app.router.add_post(path, self._serve(handler))
        self.app.router.add_get("/v1/models", self._models)
        self.app.router.add_get("/stats", self._stats)
        self.app.router.add_get("/last", self._last)
        self.app.router.add_get("/health", self._health)

    def _headers(self) -> dict[str, str]:
        return {"x-demo-pool": self.name}

    async def _stats(self, _: web.Request) -> web.Response:
        stats = {"requests": self.requests, "by_path": self.by_path}
        return web.json_response(stats, headers=self._headers())

    async def _last(self, _: web.Request) -> web.Response:
        return web.json_response(self.last, headers=self._headers())

    async def _health(self, _: web.Request) -> web.Response:
        return web.json_response({"status": "ok"}, headers=self._headers())

    async def _models(self, _: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": []}, headers=self._headers())

    def _serve(self, handler: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def serve(request: web.Request) -> web.StreamResponse:
            self.requests += 1
            self.by_path[request.path] = self.by_path.get(request.path, 0) + 1
            raw = await request.read()
            try:
                body = orjson.loads(raw)
            except orjson.JSONDecodeError:
                body = None
            if not isinstance(body, dict):
                error = {"message": "bad json", "type": "invalid_request_error"}
                return web.json_response({"error": error}, status=400)
            self.last = {
                "headers": dict(request.headers),
                "body": body,
                "path": request.path,
                "raw_length": len(raw),
            }
            delay = float(request.headers.get(DELAY_HEADER, "0") or 0) / 1000
            return await handler(Call(self.name, request, body, len(raw), delay, self.chunks))

        return serve


async def serve_pool(name: str, host: str, port: int) -> web.AppRunner:
    pool = DemoPool(name)
    runner = web.AppRunner(pool.app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port, reuse_address=True).start()
    return runner
