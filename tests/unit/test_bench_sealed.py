"""bench/sealed/: every sealed set has its README row, the row's sha256 is the set's (the JSON
inside the gzip, hashed without parsing it), and the count line says how many there are."""

from __future__ import annotations

import gzip
import hashlib
import re
from pathlib import Path

SEALED = Path(__file__).resolve().parents[2] / "bench" / "sealed"
WORDS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six"}


def _rows() -> dict[str, str]:
    """file name -> sha256 named by its row of the README's table."""
    out = {}
    for line in (SEALED / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `([\w.]+\.json\.gz)` \|.*\| `([0-9a-f]{64})` \|", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def test_each_sealed_set_is_named_by_one_row_with_its_sha256() -> None:
    rows = _rows()
    files = sorted(p.name for p in SEALED.glob("*.json.gz"))
    assert files and sorted(rows) == files
    for name in files:
        data = gzip.decompress((SEALED / name).read_bytes())
        assert hashlib.sha256(data).hexdigest() == rows[name], name
    text = (SEALED / "README.md").read_text(encoding="utf-8")
    assert f"{WORDS[len(files)]} sets are sealed now" in text or len(files) == 1
