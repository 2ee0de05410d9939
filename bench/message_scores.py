"""Per-message jailbreak scores of an agent set, as the engine combines them, for rules that
change only how they are combined (docs/classifiers.md, "Segment corroboration and
candidate H").

``python -m bench.message_scores --set agent_injections_v7.json [--candidate DIR]
[--models DIR]`` reads
every distinct message of the set once (each injection in its carrier, each clean carrier,
each look-alike) and keeps, per message: MiniLM's highest whole-window score and highest
segment score (the rows the engine counts: for a text the branch reads, only its English
stretches), and the branch's score (the shipped ``models/`` and, with ``--candidate``, a
candidate's branch; ``--models`` reads with another set of artefacts altogether, e.g. a
retrained MiniLM; ``--engine`` keeps the engine's own score instead, with ``--setting``
overrides; ``--reading`` keeps the score the default config's jailbreak signal takes: the
engine's on the pipeline's reading of the message, its normalised text and decoded parts,
with the signal's abstention on languages the classifier does not read). From those it
reports, for the shipped branch and the candidate,
with and without segment corroboration (``--floor``), the share of injected messages,
clean carriers and look-alikes scoring at least the default config's 0.8.

This is a proxy for ``bench.blind_scan``: one message alone, no keyword signal, no decoded
parts. On agent v6 it gave 0.851 of injections blocked where the full scan gave 0.850.
Results go to ``bench/results/message_scores_<set>.json``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bench.blind import fill, pairs
from bench.setting_arg import add_setting_option

BLIND_DIR = Path(__file__).parent / "blind"
RESULT_DIR = Path(__file__).parent / "results"
THRESHOLD = 0.8  # the default config's jailbreak signal


def messages(data: dict[str, Any]) -> list[dict[str, Any]]:
    out = [
        {
            "kind": "inj",
            "lang": inj.get("lang", "en"),
            "carrier": c["id"],
            "text": fill(c, inj["text"]),
        }
        for c, inj in pairs(data)
    ]
    out += [
        {"kind": "clean", "lang": c.get("lang", "en"), "carrier": c["id"], "text": fill(c, "")}
        for c in data["carriers"]
    ]
    out += [
        {"kind": "look", "lang": b.get("lang", "en"), "text": b["text"]}
        for b in data["benign_lookalikes"]
    ]
    return out


def measure(
    texts: list[str], candidate: Path | None, models: Path | None = None
) -> list[dict[str, Any]]:
    from classifiers.engine import SignalEngine
    from classifiers.reader_split import english_rows
    from classifiers.settings import ClassifierSettings

    where = {"models_dir": str(models)} if models is not None else {}
    eng = SignalEngine.load(ClassifierSettings(warmup=False, **where))  # type: ignore[arg-type]
    branches = {"shipped": eng._branch}
    if candidate is not None:
        other = SignalEngine.load(ClassifierSettings(warmup=False, models_dir=str(candidate)))
        branches["candidate"] = other._branch
    out: list[dict[str, Any]] = []
    for s in range(0, len(texts), 8):
        chunk = texts[s : s + 8]
        toks, rows = eng._encode_rows(chunk)
        english = english_rows(chunk, toks, rows)
        foreign = {i for i, t in enumerate(chunk) if eng._branch.reads(t)}
        probs = eng._run([eng._tok.row_ids(toks[r.text_index], r) for r in rows])
        whole = [0.0] * len(chunk)
        seg: list[float | None] = [None] * len(chunk)
        for k, (r, p) in enumerate(zip(rows, probs["jailbreak_prob"], strict=True)):
            i = r.text_index
            if i in foreign and k not in (english[i] or set()):
                continue
            if r.classify or r.pii:
                whole[i] = max(whole[i], float(p))
            else:
                seg[i] = max(seg[i] or 0.0, float(p))
        branch: dict[str, dict[int, float]] = {name: {} for name in branches}
        if foreign:
            order = sorted(foreign)
            for name, b in branches.items():
                jb = b.run([chunk[i] for i in order]).jailbreak
                branch[name] = {i: float(jb[j]) for j, i in enumerate(order)}
        for i in range(len(chunk)):
            row = {"whole": whole[i], "segments": seg[i], "read_by_branch": i in foreign}
            row.update({name: branch[name].get(i) for name in branches})
            out.append(row)
    return out


def engine_scores(
    texts: list[str], models: Path | None, overrides: dict[str, Any]
) -> list[dict[str, Any]]:
    """The engine's own jailbreak probability per text (``--engine``): every rule the engine
    applies, with ``overrides`` of its settings (e.g. ``foreign_segments=false``)."""
    from classifiers.engine import SignalEngine
    from classifiers.settings import ClassifierSettings

    where = {"models_dir": str(models)} if models is not None else {}
    eng = SignalEngine.load(ClassifierSettings(warmup=False, **where, **overrides))
    out: list[dict[str, Any]] = []
    for s in range(0, len(texts), 8):
        out += [
            {"engine": float(sig.jailbreak.jailbreak_probability)}
            for sig in eng.classify_batch(texts[s : s + 8])
        ]
    return out


def reading_scores(
    texts: list[str],
    models: Path | None,
    overrides: dict[str, Any],
    tool_results: list[bool] | None = None,
) -> list[dict[str, Any]]:
    """Per text, the default jailbreak signal's score (``--reading``): the message as the
    pipeline reads it (``extproc/signals/reading.py``: the normalised text and each decoded
    part, the highest score), parts in a language the classifier does not read abstaining
    (``judge_jailbreak`` with the signal's default ``supported_languages``,
    ``abstain_min_confidence`` and ``hidden_threshold``); a text marked in
    ``tool_results`` is read as a tool result (the model's line per role,
    classifiers/roles.py). The engine's score is kept too."""
    import asyncio

    from classifiers.engine import SignalEngine
    from classifiers.settings import ClassifierSettings
    from extproc.signals.normalize import normalize
    from extproc.signals.reading import read_text

    where = {"models_dir": str(models)} if models is not None else {}
    eng = SignalEngine.load(ClassifierSettings(warmup=False, **where, **overrides))
    norms = [normalize(t) for t in texts]
    distinct = list(
        dict.fromkeys(
            piece for n in norms for piece in [n.text, *(q.text for q in n.parts if q.classified)]
        )
    )
    signals: dict[str, Any] = {}
    for s in range(0, len(distinct), 8):
        chunk = distinct[s : s + 8]
        signals.update(zip(chunk, eng.classify_batch(chunk), strict=True))

    async def classify(text: str) -> tuple[Any, str]:
        if text not in signals:  # a second reading (extproc/signals/opaque_runs.py)
            signals[text] = eng.classify_batch([text])[0]
        return signals[text], ""

    out: list[dict[str, Any]] = []
    roles = tool_results or [False] * len(texts)
    for t, n, tool in zip(texts, norms, roles, strict=True):
        reading, _ = asyncio.run(read_text(classify, t))
        engine = float(signals[n.text].jailbreak.jailbreak_probability)
        out.append({"engine": signal_score(reading, tool), "text_alone": engine})
    return out


def signal_score(reading: Any, tool: bool) -> float:
    """The default jailbreak signal's score of a message's reading (``read_text``): its
    abstention on languages the classifier does not read, and the tool-result line when
    ``tool``."""
    from classifiers.language import READ_LANGUAGES
    from extproc.policy.schema import JailbreakSignal
    from extproc.signals.reading import judge_jailbreak

    fields = JailbreakSignal.model_fields
    score, _ = judge_jailbreak(
        reading,
        frozenset(READ_LANGUAGES),
        fields["abstain_min_confidence"].default,
        tool,
        fields["hidden_threshold"].default,
        THRESHOLD,
    )
    return float(score)


def score(m: dict[str, Any], branch: str, floor: float) -> float:
    if "engine" in m:
        return float(m["engine"])
    minilm = m["whole"] if m["segments"] is None else m["segments"]
    if m["segments"] is not None and (m["read_by_branch"] or m["segments"] >= floor):
        minilm = max(m["whole"], m["segments"])
    return max(minilm, m.get(branch) or 0.0)


def summary(rows: list[dict[str, Any]], floor: float) -> dict[str, Any]:
    def rate(branch: str, f: float, pick: Any) -> dict[str, Any]:
        sel = [m for m in rows if pick(m)]
        hit = sum(score(m, branch, f) >= THRESHOLD for m in sel)
        return {"flagged": hit, "n": len(sel), "share": round(hit / len(sel), 3) if sel else None}

    groups = {
        "injections": lambda m: m["kind"] == "inj",
        "english_injections": lambda m: m["kind"] == "inj" and m["lang"] == "en",
        "foreign_injections": lambda m: m["kind"] == "inj" and m["lang"] != "en",
        "clean_carriers": lambda m: m["kind"] == "clean",
        "lookalikes": lambda m: m["kind"] == "look",
    }
    out: dict[str, Any] = {}
    if "engine" in rows[0]:
        out["engine"] = {g: rate("engine", 0.0, pick) for g, pick in groups.items()}
        # "net": an injection counts only in a carrier that is forwarded without it (one in a
        # carrier the guard blocks anyway says nothing about the guard)
        blocked = {
            m["carrier"]
            for m in rows
            if m["kind"] == "clean" and "carrier" in m and score(m, "engine", 0.0) >= THRESHOLD
        }
        out["engine"]["injections_net"] = rate(
            "engine",
            0.0,
            lambda m: m["kind"] == "inj" and "carrier" in m and m["carrier"] not in blocked,
        )
    for branch in [b for b in ("shipped", "candidate") if b in rows[0]]:
        for f in (0.0, floor):
            out[f"{branch}, floor {f}"] = {g: rate(branch, f, pick) for g, pick in groups.items()}
    by_lang: dict[str, dict[str, str]] = {}
    for kind in ("inj", "clean", "look"):
        for lang in sorted({m["lang"] for m in rows if m["kind"] == kind}):
            r = rate("shipped", 0.0, lambda m, k=kind, la=lang: m["kind"] == k and m["lang"] == la)
            by_lang.setdefault(kind, {})[lang] = f"{r['flagged']}/{r['n']}"
    out["flagged by language (engine, or shipped branch at floor 0)"] = by_lang
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", required=True, help="set file under bench/blind/, or a path")
    ap.add_argument("--candidate", type=Path, default=None, help="a candidate's models dir")
    ap.add_argument(
        "--models", type=Path, default=None, help="read with these artefacts (default: models/)"
    )
    ap.add_argument("--floor", type=float, default=0.4, help="segment corroboration floor")
    ap.add_argument(
        "--engine",
        action="store_true",
        help="the engine's own score per message instead of its parts (no --candidate/--floor)",
    )
    ap.add_argument(
        "--reading",
        action="store_true",
        help="like --engine, on the pipeline's reading of each message (normalised text and "
        "decoded parts, abstention): the score the default jailbreak signal takes",
    )
    add_setting_option(ap, "foreign_segments=false (with --engine or --reading)")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    path = Path(args.set) if Path(args.set).exists() else BLIND_DIR / args.set
    msgs = messages(json.loads(path.read_text(encoding="utf-8")))
    texts = [m["text"] for m in msgs]
    overrides = dict(args.setting)
    if args.reading:
        # carriers (with or without their injection) are what a tool returned; look-alikes
        # are user turns
        tools = [m["kind"] != "look" for m in msgs]
        scores = reading_scores(texts, args.models, overrides, tools)
    elif args.engine:
        scores = engine_scores(texts, args.models, overrides)
    else:
        scores = measure(texts, args.candidate, args.models)
    for m, r in zip(msgs, scores, strict=True):
        m.update(r)
        del m["text"]
    report = {
        "set": path.name,
        "models": str(args.models or "models/"),
        "mode": "reading" if args.reading else "engine" if args.engine else "parts",
        "settings": overrides,
        "threshold": THRESHOLD,
        "summary": summary(msgs, args.floor),
    }
    out = args.out or RESULT_DIR / f"message_scores_{path.stem}.json"
    out.write_text(json.dumps({**report, "messages": msgs}, indent=1) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
