"""`prism run`: the whole local stack in one terminal; Ctrl-C stops every child."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from extproc.config import DEFAULT_CONFIG_PATH, load_config
from extproc.stack import Stack

CURL = """
Prism is up: Envoy on :{port}, Prism gRPC on :{grpc}, admin on :{admin}, pools: {pools}

  curl -s -D - localhost:{port}/v1/chat/completions -H 'content-type: application/json' \\
    -d '{{"model":"auto","messages":[{{"role":"user","content":"hi"}}]}}'

  curl -s localhost:{port}/v1/models

Logs: {logs}   Ctrl-C stops everything.
"""


def run_stack(config_path: str | None) -> int:
    path = Path(config_path or DEFAULT_CONFIG_PATH)
    config = load_config(path)
    stack = Stack(config, path)
    stopping = False

    def _stop(*_: object) -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    try:
        stack.start()
        print(
            CURL.format(
                port=config.envoy.listener_port,
                grpc=config.server.grpc_port,
                admin=config.server.admin_port,
                pools=", ".join(f"{p.name}={p.address}" for p in config.pools),
                logs=stack.workdir,
            ),
            flush=True,
        )
        while stack.alive():
            signal.sigtimedwait([signal.SIGCHLD], 1.0)
        dead = [n for n, p in stack.procs.items() if p.poll() is not None]
        print(f"a child exited: {', '.join(dead)}; see {stack.workdir}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nstopping...", file=sys.stderr)
        return 0
    finally:
        stack.stop()
