"""Harmless machine text for candidate T6 (docs/classifiers.md, "Machine text in tool results:
candidate T6"): chunks of the Python standard library's own files (source with its comments
and docstrings, the e-mail test messages, XML, TOML, JSON, config and text files; PSF
licence), the kind of text an agent's tools return and on whose short fragments MiniLM's
jailbreak head misfires ("charset=utf-8 X-RateLimit-Remaining: 4873": 0.997).

Deterministic for one Python build (the project pins 3.12.1): files sorted, chunks drawn
with a seeded generator."""

from __future__ import annotations

import random
import sysconfig
from pathlib import Path

SUFFIXES = (".py", ".txt", ".xml", ".toml", ".json", ".cfg", ".ini", ".html", ".rst")
SKIP_PARTS = ("site-packages", "__pycache__", "lib2to3", "ensurepip")


def stdlib_files(root: Path | None = None) -> list[Path]:
    base = root or Path(sysconfig.get_paths()["stdlib"])
    return sorted(
        p
        for p in base.rglob("*")
        if p.is_file()
        and p.suffix in SUFFIXES
        and not any(part in SKIP_PARTS for part in p.parts)
        and p.stat().st_size > 400
    )


def _chunk(path: Path, rng: random.Random, lo: int, hi: int) -> str | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (UnicodeDecodeError, OSError):
        return None
    if len(lines) < 8:
        return None
    k = rng.randrange(max(1, len(lines) - 8))
    text, target = "", rng.randint(lo, hi)
    while k < len(lines) and len(text) < target:
        text += lines[k] + "\n"
        k += 1
    text = text.strip("\n")
    if len(text) < lo or sum(c.isalpha() for c in text) < 0.3 * len(text):
        return None
    return text


def chunks(n: int, seed: int = 61, lo: int = 300, hi: int = 1200) -> list[tuple[str, str]]:
    """``n`` (kind, text) chunks of whole lines, ``lo``-``hi`` characters: half from Python
    source files (one per file), half from the other files (up to three per file); kind is
    the file's suffix."""
    rng = random.Random(seed)
    files = stdlib_files()
    py = [p for p in files if p.suffix == ".py"]
    other = [p for p in files if p.suffix != ".py"] * 3
    rng.shuffle(py)
    rng.shuffle(other)
    out: list[tuple[str, str]] = []
    for pool, want in ((other, n // 2), (py, n)):
        for path in pool:
            if len(out) >= want:
                break
            text = _chunk(path, rng, lo, hi)
            if text is not None and all(text != t for _, t in out):
                out.append((path.suffix.lstrip("."), text))
    return out


def with_slot(text: str, rng: random.Random) -> str:
    """``text`` with ``{inj}`` at a line boundary (never the first line)."""
    lines = text.split("\n")
    at = rng.randrange(1, len(lines)) if len(lines) > 1 else 1
    return "\n".join([*lines[:at], "{inj}", *lines[at:]])
