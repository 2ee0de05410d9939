"""Encoded injections through the pipeline (issue 18's encoded-injection recall target).

``python -m bench.encoded_scan [--set encoded_injections_v1.json]`` reads a set written
blind (``bench/blind/``: injection sentences, neutral carrier frames, harmless messages that
carry encoded data), hides each injection in every encoding of ``ENCODINGS`` inside one of
the frames (round robin), sends each as a single user message through ``Pipeline.run`` on
the embedded default config with the real ONNX classifiers (as ``bench.blind_scan`` does),
and reports the share blocked per encoding and overall, the same sentences sent plain (what
the encoder can read at best), and the share of the harmless messages forwarded. Results go
to ``bench/results/encoded_scan_<set>.json``. Do not train or tune on the set.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

BLIND_DIR = Path(__file__).parent / "blind"
RESULT_DIR = Path(__file__).parent / "results"


def _tags(s: str) -> str:
    return "".join(chr(0xE0000 + ord(c)) for c in s if 0x20 <= ord(c) <= 0x7E)


def _zero_width(s: str) -> str:
    return "\u200b".join(s)


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


ENCODINGS: dict[str, Callable[[str], str]] = {
    "base64": lambda s: base64.b64encode(s.encode()).decode(),
    "base32": lambda s: base64.b32encode(s.encode()).decode(),
    "hex": lambda s: s.encode().hex(),
    "url": lambda s: "".join(f"%{b:02X}" for b in s.encode()),
    "html": lambda s: "".join(f"&#{ord(c)};" for c in s),
    "ascii85": lambda s: base64.a85encode(s.encode()).decode(),
    "ascii85_adobe": lambda s: base64.a85encode(s.encode(), adobe=True).decode(),
    "base85": lambda s: base64.b85encode(s.encode()).decode(),
    "unicode_tags": lambda s: "note" + _tags(s),
    "zero_width": _zero_width,
    "fullwidth": _fullwidth,
    "base64_twice": lambda s: base64.b64encode(base64.b64encode(s.encode())).decode(),
}
EXTRA_ENCODINGS: dict[str, Callable[[str], str]] = {
    "hex_list": lambda s: ", ".join(f"0x{b:02x}" for b in s.encode()),
    "unicode_escape": lambda s: "".join(f"\\u{ord(c):04x}" for c in s),
}
"""Encodings decoded since 2026-12-05 (decoder ``n5``), not in the sets' first readings:
``--extra-encodings`` adds them to a run, so the figures of the twelve stay comparable."""


def items(data: dict[str, Any], extra: bool = False) -> list[dict[str, Any]]:
    """Every (injection, encoding) in a frame, the plain sentences, the harmless messages;
    ``extra``: the :data:`EXTRA_ENCODINGS` too."""
    frames: list[str] = data["frames"]
    out: list[dict[str, Any]] = []
    k = 0  # the frames go round the twelve encodings as in every reading so far; the extra
    extra_k = 0  # encodings take their own turn, so that they move no other message's frame
    for inj in data["injections"]:
        out.append({"group": "plain", "kind": inj["kind"], "id": inj["id"], "text": inj["text"]})
        for name, encode in [*ENCODINGS.items(), *(EXTRA_ENCODINGS.items() if extra else [])]:
            if name in ENCODINGS:
                frame = frames[k % len(frames)]
                k += 1
            else:
                frame = frames[extra_k % len(frames)]
                extra_k += 1
            out.append(
                {
                    "group": name,
                    "kind": inj["kind"],
                    "id": inj["id"],
                    "text": frame.replace("{payload}", encode(inj["text"]), 1),
                }
            )
    for b in data["benign_encoded"]:
        out.append({"group": "benign", "kind": b["kind"], "id": b["id"], "text": b["text"]})
    return out


def tally(rows: list[dict[str, Any]]) -> dict[str, Any]:
    by: dict[str, list[bool]] = {}
    for r in rows:
        by.setdefault(r["group"], []).append(r["blocked"])
    encoded = [b for g, v in by.items() if g in ENCODINGS for b in v]
    out: dict[str, Any] = {
        g: {"n": len(v), "blocked": sum(v), "share": round(sum(v) / len(v), 4)}
        for g, v in sorted(by.items())
    }
    out["encoded_all"] = {
        "n": len(encoded),
        "blocked": sum(encoded),
        "share": round(sum(encoded) / max(len(encoded), 1), 4),
    }
    out["benign_blocked_ids"] = [r["id"] for r in rows if r["group"] == "benign" and r["blocked"]]
    out["plain_missed_ids"] = [r["id"] for r in rows if r["group"] == "plain" and not r["blocked"]]
    return out


def default_config(hidden_threshold: str | None = None) -> Any:
    """The embedded default config; ``hidden_threshold`` ("off" or a number) replaces every
    jailbreak signal's ``hidden_threshold`` (docs/classifiers.md, candidate E1)."""
    import yaml

    from extproc.config import DEFAULT_CONFIG_PATH, parse_config

    raw = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    if hidden_threshold is not None:
        line = None if hidden_threshold == "off" else float(hidden_threshold)
        for sig in raw["signals"]["jailbreak"]:
            sig["hidden_threshold"] = line
    return parse_config(raw)


async def scan(rows: list[dict[str, Any]], hidden_threshold: str | None = None) -> None:
    from bench.agent_scan import blocked
    from classifiers.engine import SignalEngine
    from classifiers.settings import ClassifierSettings
    from extproc.pipeline import Pipeline, make_services
    from extproc.surfaces import CHAT

    engine = SignalEngine.load(ClassifierSettings(warmup=False))

    async def classify(text: str) -> Any:
        return engine.classify_batch([text])[0]

    p = Pipeline(default_config(hidden_threshold), make_services(classify=classify))
    for r in rows:
        body = {"messages": [{"role": "user", "content": r["text"]}]}
        r["blocked"] = await blocked(p, CHAT, body)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.encoded_scan", description=__doc__)
    ap.add_argument("--set", default="encoded_injections_v1.json")
    ap.add_argument("--out", type=Path)
    ap.add_argument(
        "--hidden-threshold",
        help="'off' or a number: the jailbreak signals' hidden_threshold for this run "
        "(default: the embedded config's)",
    )
    ap.add_argument(
        "--extra-encodings", action="store_true", help="add " + ", ".join(EXTRA_ENCODINGS)
    )
    a = ap.parse_args(argv)
    path = Path(a.set) if "/" in a.set else BLIND_DIR / a.set
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = items(data, a.extra_encodings)
    asyncio.run(scan(rows, a.hidden_threshold))
    result = {
        "set": path.name,
        "hidden_threshold": a.hidden_threshold or "default",
        "encodings": list(ENCODINGS) + (list(EXTRA_ENCODINGS) if a.extra_encodings else []),
        **tally(rows),
        "rows": rows,
    }
    out = a.out or RESULT_DIR / f"encoded_scan_{path.stem}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "rows"}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
