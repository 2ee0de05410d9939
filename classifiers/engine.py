"""SignalEngine: one tokenisation and one ONNX session run per batch for all four signals."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from classifiers.addressed import addressed_rows
from classifiers.arena import peak_rows, run_in_every_worker
from classifiers.artifacts import OVERRIDE_HINT
from classifiers.branch_merge import BranchPlan, merge_branch
from classifiers.branch_pii import reads_pii, softmax
from classifiers.engine_parts import EngineParts, load_parts
from classifiers.errors import ModelArtifactError
from classifiers.jailbreak_vote import shifted
from classifiers.minilm_window import STATE_OUTPUTS, BothReadings
from classifiers.pii_decode import decode_window
from classifiers.pii_merge import merge_entities
from classifiers.precision import Precision
from classifiers.reader_split import (
    english_rows,
    foreign_segment_rows,
    minilm_cannot_read,
    terse_unreadable,
)
from classifiers.roles import tool_result_scores
from classifiers.row_maxima import RowMaxima
from classifiers.run_plan import PAD_TOKENS_PER_RUN, ROWS_PER_RUN, plan_runs
from classifiers.segment_screen import read_in_full, screened_out
from classifiers.segments import corroboration_floors, scored_spans
from classifiers.settings import ClassifierSettings
from classifiers.tokenization import (
    Row,
    TextTokenizer,
    TextTokens,
    padded,
    plan_rows,
    row_text,
    segment_rows,
)
from classifiers.types import DomainResult, JailbreakResult, PiiEntity, Signals

CONFIG_FILE = "classifier_config.json"


class SignalEngine:
    def __init__(self, settings: ClassifierSettings, parts: EngineParts) -> None:
        self.settings = settings
        self.precision: Precision = parts.precision  # the graph loaded (``auto`` resolved)
        self.precision_choice = parts.choice
        self._branch = parts.branch
        self._screen = parts.screen
        self._tool = parts.tool_head  # MiniLM's tool-result head (candidate T6')
        self._user = parts.user_head  # MiniLM's user-turn head (candidate P3)
        self._exemplars = parts.exemplars
        self.models_dir = parts.models_dir
        cfg = self.cfg = parts.cfg
        self._session = parts.sessions
        self._words = parts.words
        self._scales = parts.scales
        self._tok = TextTokenizer(str(parts.models_dir / cfg.tokenizer), cfg.cls_id, cfg.sep_id)
        on_gpu = "CUDAExecutionProvider" in parts.sessions.get_providers()
        self._pad_limit: int | None = None if on_gpu else PAD_TOKENS_PER_RUN
        if max(settings.max_tokens, settings.pii_window_tokens) > cfg.max_positions:
            raise ValueError(f"max_tokens/pii_window_tokens exceed {cfg.max_positions} positions")

    @classmethod
    def load(cls, settings: ClassifierSettings) -> SignalEngine:
        """Verify and load the artefacts; any failure names the path and the override."""
        try:
            parts = load_parts(settings, CONFIG_FILE)
        except ModelArtifactError as exc:
            if OVERRIDE_HINT in str(exc):
                raise
            where = (
                "the folder comes from classifiers.models_dir"
                if settings.models_dir
                else OVERRIDE_HINT
            )
            raise ModelArtifactError(f"{exc} ({where})") from exc
        engine = cls(settings, parts)
        if settings.warmup:
            engine.warm()
        return engine

    def warm(self) -> None:
        """Run every path once, then (``warmup_peak``) the largest run the batch limits allow
        in every batch worker at once, so the onnxruntime arena reaches its peak before
        traffic does (classifiers/arena.py)."""
        self.classify_batch(["Warm-up: what is 2 + 2?", "x " * 300, "Wie spät ist es?"])
        s = self.settings
        if not s.warmup_peak:
            return
        seq = max(s.max_tokens, s.pii_window_tokens)
        rows = peak_rows(min(ROWS_PER_RUN, s.max_batch_tokens // seq), seq, self.cfg.cls_id)
        run_in_every_worker(lambda: self._run(rows), s.batch_workers)
        if self._session.wide is not None:  # both sessions have run the largest run once
            self._run(rows, "wide")
            self._run(rows, "narrow")
        if self._branch is not None:
            run_in_every_worker(self._branch.run_peak, s.batch_workers)

    @property
    def labels(self) -> dict[str, tuple[str, ...]]:
        return {
            "domain": self.cfg.domains,
            "jailbreak": ("benign", "jailbreak"),
            "pii": tuple(sorted({lab[2:] for lab in self.cfg.pii_labels if lab != "O"})),
        }

    @property
    def branch_languages(self) -> frozenset[str]:
        """Languages the multilingual branch reads (empty without one)."""
        return self._branch.languages if self._branch is not None else frozenset()

    @property
    def providers_in_use(self) -> list[str]:
        return list(self._session.get_providers())

    def _run(
        self, rows: list[list[int]], session: str = "", extra: Sequence[str] = ()
    ) -> dict[str, np.ndarray]:
        ids, mask = padded(rows)
        embeds = self._words[ids].astype(np.float32) * self._scales[ids][..., None]
        names = ["embedding", "domain_probs", "jailbreak_prob", "pii_logits", *extra]
        outs = self._session.run(names, {"inputs_embeds": embeds, "attention_mask": mask}, session)
        return dict(zip(names, outs, strict=True))

    def _encode_rows(
        self, texts: Sequence[str], pii_only: Sequence[bool] | None = None
    ) -> tuple[list[TextTokens], list[Row]]:
        toks = self._tok.encode(list(texts))
        s = self.settings
        rows = [
            row
            for i, tt in enumerate(toks)
            for row in plan_rows(
                i, len(tt.ids), s.max_tokens, s.pii_window_tokens, s.pii_window_stride
            )
        ]
        if s.jailbreak_segments:
            for i, (text, tt) in enumerate(zip(texts, toks, strict=True)):
                if pii_only is not None and pii_only[i]:
                    continue  # segments feed the jailbreak score only
                spans = scored_spans(text, s.segment_min_letter_share)
                rows += segment_rows(i, tt.offsets, spans, s.max_tokens)
        return toks, rows

    def classify_batch(
        self, texts: Sequence[str], pii_only: Sequence[bool] | None = None
    ) -> list[Signals]:
        """Every signal of each text. A text marked ``pii_only`` (a message only a PII policy
        reads: a system prompt, an assistant turn) gets its PII spans and embedding from its
        windows as usual, but no sentence segments and no multilingual branch: its domain
        and jailbreak score are MiniLM's windows' alone and must not be used as verdicts."""
        if not texts:
            return []
        branch = self._branch
        toks, rows = self._encode_rows(texts, pii_only)
        pii_texts = {i for i in range(len(texts)) if pii_only and pii_only[i]}
        # the branch reads a text whole when the detector places it in one of its languages,
        # and a terse query MiniLM cannot read (candidate L9t, classifiers/reader_split.py)
        foreign = [
            i
            for i, t in enumerate(texts)
            if branch is not None
            and i not in pii_texts
            and (branch.reads(t) or terse_unreadable(t, toks[i]))
        ]
        # the texts whose PII the branch reads (classifiers/branch_pii.py): those it reads
        # anyway, and (PII only) every other text not told English
        pii_foreign = {
            i
            for i, t in enumerate(texts)
            if branch is not None and branch.pii_labels and (i in foreign or reads_pii(t))
        }
        # candidates L7d, L8d, L9d: unsure prose in the branch's languages, Finnish told by
        # the wider list, and words MiniLM cannot read take the branch's domain (and its
        # PII, where the branch reads it anyway); the jailbreak score stays MiniLM's
        read_whole = set(foreign)
        domain_only = [
            i
            for i, t in enumerate(texts)
            if branch is not None
            and branch.cfg.unsure_domain_share is not None
            and i not in pii_texts
            and i not in read_whole
            and (branch.unsure_domain(t) or minilm_cannot_read(t, toks[i]))
        ]
        pii_extra = sorted(pii_foreign - read_whole - set(domain_only))
        # MiniLM's score on the English stretches of a text that is not English as a whole
        eng = english_rows(texts, toks, rows)
        # For a text the branch reads, MiniLM's jailbreak score counts only on those
        # stretches: an English instruction inside a German mail.
        skip = {
            k
            for k, row in enumerate(rows)
            if row.text_index in read_whole and k not in (eng[row.text_index] or set())
        }
        # candidate P6: a foreign sentence of a text the branch does not read as a whole is
        # the branch's to read (its foreign stretches, below) in a user's own text; a tool
        # result keeps MiniLM's reading of it too (its tool-result head was fitted so, and
        # without it 19 of agent v18's 300 injections went unflagged)
        user_skip: set[int] = set()
        if branch is not None and branch.cfg.segments_to_branch and self.settings.foreign_segments:
            user_skip = foreign_segment_rows(
                branch, texts, toks, rows, read_whole | pii_texts, branch.cfg.segments_by_words
            )
        # the segments the first stage lets MiniLM skip (classifiers/segment_screen.py)
        ids: dict[Row, list[int]] = {}  # each row's piece ids, built once (screen and run)

        def ids_of(r: Row) -> list[int]:
            got = ids.get(r)
            if got is None:
                got = ids[r] = self._tok.row_ids(toks[r.text_index], r)
            return got

        def text_of(r: Row) -> str:
            return row_text(texts[r.text_index], toks[r.text_index], r)

        # candidate T8: a tool result's sentence that speaks to the AI reading it is moved up
        # (classifiers/addressed.py), and always read
        shift = self.settings.addressed_segment_shift
        addressed = addressed_rows(rows, text_of, skip) if shift and self._tool else set()
        screened = screened_out(
            self._screen,
            rows,
            ids_of,
            skip | addressed,
            {i for i, t in enumerate(texts) if read_in_full(t)},
            text_of,
        )
        # a skipped segment row feeds nothing (no embedding, domain, PII): not run at all;
        # nor does a skipped PII window of a text whose PII the branch reads
        order = sorted(
            (
                k
                for k, r in enumerate(rows)
                if r.classify
                or (r.pii and not (k in skip and r.text_index in pii_foreign))
                or k not in skip | screened
            ),
            key=lambda k: rows[k].stop - rows[k].start,
        )
        # candidate T14b: a segment's tool-result reading adds its window's block
        both: BothReadings | None = None
        if self._tool is not None and self._tool.window_w is not None:
            both = BothReadings.plan(self._tool, rows, order, read_whole)
        n = len(texts)
        emb = np.zeros((n, self.cfg.hidden), dtype=np.float32)
        dom = np.zeros((n, len(self.cfg.domains)), dtype=np.float32)
        user = RowMaxima(n)  # MiniLM's shipped head
        tool_rows = RowMaxima(n) if self._tool is not None else None  # its tool-result head
        for k in screened:
            user.screened(rows[k].text_index)
            if tool_rows is not None:
                tool_rows.screened(rows[k].text_index)
        jb_eng: list[float | None] = [None if eng[i] is None else 0.0 for i in range(n)]
        model_spans: list[list[PiiEntity]] = [[] for _ in range(n)]
        for chunk in self._plan_runs(order, [r.stop - r.start + 2 for r in rows]):
            ids_run = [ids_of(rows[k]) for k in chunk]
            out = self._run(ids_run) if both is None else self._run(ids_run, extra=STATE_OUTPUTS)
            whole = [rows[k].classify or rows[k].pii for k in chunk]
            tool_z = (
                self._tool.logits(out["embedding"], ~np.array(whole), out["jailbreak_prob"])
                if self._tool is not None
                else None
            )
            tool_p = None if tool_z is None else (1.0 / (1.0 + np.exp(-tool_z))).astype(np.float32)
            if both is not None and tool_p is not None:
                both.fallback(chunk, whole, out, tool_p)
            moved = [j for j, k in enumerate(chunk) if k in addressed]
            if tool_p is not None and moved:
                tool_p[moved] = shifted(tool_p[moved], shift)
            user_p = (
                self._user.scores(out["embedding"], ~np.array(whole), out["jailbreak_prob"])
                if self._user is not None
                else out["jailbreak_prob"]
            )
            for j, k in enumerate(chunk):
                row = rows[k]
                if row.classify:
                    emb[row.text_index] = out["embedding"][j]
                    dom[row.text_index] = out["domain_probs"][j]
                # Jailbreak: the highest score of every window of the text, so an injection
                # placed after `max_tokens` of harmless padding is still seen; segment rows
                # apart (segment_corroboration).
                # the user-turn head reads English only (candidate P3): a text told English,
                # or an English stretch of another text; the rest keeps the shipped reading
                i, counted = row.text_index, eng[row.text_index]
                english = counted is None or k in counted
                p = float((user_p if english else out["jailbreak_prob"])[j])
                if k not in skip:
                    if k not in user_skip:
                        user.add(i, p, not whole[j])
                    if both is not None and tool_z is not None and k in both.reads:
                        both.take_own(k, float(tool_z[j]))
                    elif tool_rows is not None and tool_p is not None:
                        tool_rows.add(i, float(tool_p[j]), not whole[j])
                if both is not None and k in both.parts:
                    both.take_window(k, out["token_states"][j], out["token_jailbreak"][j])
                if counted is not None and k in counted:
                    jb_eng[i] = max(jb_eng[i] or 0.0, p)
                if row.pii and i not in pii_foreign:
                    length = row.stop - row.start
                    probs = softmax(out["pii_logits"][j, 1 : 1 + length].astype(np.float32))
                    offsets = toks[row.text_index].offsets[row.start : row.stop]
                    model_spans[row.text_index] += decode_window(
                        texts[row.text_index],
                        probs,
                        self.cfg.pii_labels,
                        offsets,
                        row.first,
                        row.last,
                    )
        for k, p_tool in both.scores(addressed, shift) if both is not None else ():
            if tool_rows is not None:
                tool_rows.add(rows[k].text_index, p_tool, True)
        # (R2) a user's long text needs a suspect segment for its whole windows to count
        jb = user.scores(corroboration_floors(self.settings, [len(t.ids) for t in toks]))
        need = self.settings.segment_corroboration
        own_tool = tool_rows.scores(need) if tool_rows is not None else None
        if self._exemplars is not None:
            dom = self._exemplars.blend(dom, emb)
        other = np.zeros(n, dtype=np.float32)  # the branch's parts (not shifted per role)
        other_tool: np.ndarray | None = None  # the same as tool results (candidate T4)
        if branch is not None:
            plan = BranchPlan(foreign, domain_only, pii_extra, pii_foreign, pii_texts)
            other, other_tool = merge_branch(
                branch,
                plan,
                texts,
                toks,
                dom,
                model_spans,
                shift,
                self.settings.foreign_segments,
            )
        tool = tool_result_scores(
            jb, other, self.cfg.jailbreak_tool_result_offset, other_tool, own_tool
        )
        jb = np.maximum(jb, other)
        return [
            self._signals(
                texts[i],
                len(toks[i].ids),
                emb[i],
                dom[i],
                float(jb[i]),
                model_spans[i],
                jb_eng[i],
                None if tool is None else float(tool[i]),
            )
            for i in range(n)
        ]

    def _plan_runs(self, order: list[int], lengths: list[int]) -> list[list[int]]:
        return plan_runs(order, lengths, self.settings.max_batch_tokens, self._pad_limit)

    def _signals(
        self,
        text: str,
        n_tokens: int,
        emb: np.ndarray,
        dom: np.ndarray,
        pj: float,
        spans: list[PiiEntity],
        pj_english: float | None = None,
        pj_tool: float | None = None,
    ) -> Signals:
        top = int(dom.argmax())
        probs = {d: float(p) for d, p in zip(self.cfg.domains, dom.tolist(), strict=True)}
        is_jb = pj >= self.cfg.jailbreak_threshold
        jailbreak = JailbreakResult(
            "jailbreak" if is_jb else "benign", pj if is_jb else 1.0 - pj, pj, pj_english, pj_tool
        )
        return Signals(
            DomainResult(self.cfg.domains[top], float(dom[top]), probs),
            jailbreak,
            merge_entities(text, spans),
            emb.copy(),
            n_tokens,
        )

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised sentence embeddings (n, 384) of the first ``max_tokens`` tokens."""
        if not texts:
            return np.zeros((0, self.cfg.hidden), dtype=np.float32)
        toks = self._tok.encode(list(texts))
        budget = self.settings.max_tokens - 2
        rows = [[self.cfg.cls_id, *tt.ids[:budget], self.cfg.sep_id] for tt in toks]
        order = sorted(range(len(rows)), key=lambda k: len(rows[k]))
        out = np.zeros((len(texts), self.cfg.hidden), dtype=np.float32)
        for chunk in self._plan_runs(order, [len(r) for r in rows]):
            out[chunk] = self._run([rows[k] for k in chunk])["embedding"]
        return out
