"""The multilingual branch: domain and jailbreak for text the MiniLM encoder cannot read.

MiniLM-L6 was trained on English; in German, Chinese or Russian its domain vote is near
chance and its jailbreak score means nothing (docs/classifiers.md, "Languages"). Texts that
the language detector (``classifiers/language.py``) places in one of the branch's languages
are read a second time by multilingual-e5-small with two linear heads
(``classifiers/training/train_multilingual.py``); its domain probabilities and jailbreak
probability replace MiniLM's for that text. The cache embedding stays MiniLM's; PII comes from
the branch's own PII layer when the config says ``pii`` (classifiers/branch_pii.py).

The jailbreak score is the highest over windows of ``max_tokens`` that cover the whole
text, so an injection at the end of a long foreign tool result is read too; the domain comes
from the first window, its head blended with a vote of the nearest training prompts in e5's
space when the config names a bank (candidate Y, ``domain_exemplars``). A text is read with
the "query: " prefix e5 was trained with. With ``segment_shift`` in the config (candidate G),
each sentence segment of the text is read too, against a threshold set on harmless
segments: a one-sentence injection in a foreign mail is diluted in a whole window, not in
its own segment (docs/classifiers.md, "Probe F"). A short text in a language the head was
not calibrated on has its score moved by ``jailbreak_language_shift`` (candidate L5). With
``tool_head`` (candidate T4, ``classifiers/tool_head.py``), the same pass also scores each
text as a tool result would be read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import onnxruntime as ort

from classifiers.addressed import addresses_agent
from classifiers.arena import peak_rows
from classifiers.branch_config import BranchConfig as BranchConfig
from classifiers.branch_config import BranchScores as BranchScores
from classifiers.branch_config import ScoredPieces
from classifiers.branch_pii import text_offsets, window_spans
from classifiers.branch_placement import MIN_CONFIDENCE as MIN_CONFIDENCE
from classifiers.branch_placement import branch_reads, domain_unsure, language_moves
from classifiers.domain_exemplars import DomainExemplars
from classifiers.jailbreak_vote import JailbreakVote, shifted
from classifiers.reader_split import english_run, letter_words
from classifiers.run_plan import PAD_TOKENS_PER_RUN, capped_runs
from classifiers.segments import scored_segments, scored_spans
from classifiers.stretch_head import StretchHead
from classifiers.tokenization import load_tokenizer, padded
from classifiers.tool_head import ToolHead
from classifiers.types import PiiEntity
from classifiers.window_pool import WindowSegments

ROWS_PER_RUN = 16


class MultilingualBranch:
    def __init__(
        self,
        models_dir: Path,
        cfg: BranchConfig,
        opts: ort.SessionOptions,
        n_domains: int,
        max_batch_tokens: int,
        min_letter_share: float = 0.0,
        pii_labels: tuple[str, ...] = (),
        providers: Sequence[str] = ("CPUExecutionProvider",),
    ) -> None:
        self.cfg = cfg
        self.pii_labels = pii_labels if cfg.pii else ()
        self.min_letter_share = min_letter_share  # segments read: ``segments.prose_like``
        # like the encoder's runs, a run stays within max_batch_tokens padded tokens
        self.rows_per_run = max(1, min(ROWS_PER_RUN, max_batch_tokens // cfg.max_tokens))
        self.n_domains = n_domains
        self.languages = frozenset(cfg.languages)
        # the encoder's providers: on an H200 the branch reads a 64-word German prompt in
        # 12 ms on CUDA against 350 ms on the host CPU (docs/classifiers.md, "GPU")
        self._session = ort.InferenceSession(
            str(models_dir / cfg.onnx), sess_options=opts, providers=list(providers)
        )
        # rows share a run only while padding stays small, as the encoder's (run_plan.py): a
        # 96-token text and its five 19-token segments in one run cost 256 ms, apart 90 ms
        on_gpu = "CUDAExecutionProvider" in self._session.get_providers()
        self._pad_limit: int | None = None if on_gpu else PAD_TOKENS_PER_RUN
        self._tok = load_tokenizer(models_dir / cfg.tokenizer)
        self._tok.no_truncation()
        self._tok.no_padding()
        with np.load(models_dir / cfg.word_embeddings) as npz:
            self._words = np.ascontiguousarray(npz["q"])
            self._scales = np.ascontiguousarray(npz["scale"])
        ex = cfg.domain_exemplars
        self._exemplars = (
            DomainExemplars.load(models_dir / ex.file, n_domains, ex) if ex is not None else None
        )
        vote = cfg.jailbreak_exemplars
        self._vote = JailbreakVote.load(models_dir, vote) if vote is not None else None
        self._outputs = ["domain_probs", "jailbreak_prob"]
        self._outputs += ["pii_logits"] if self.pii_labels else []
        # the sentence embedding is fetched only where it is read (the vote, ``embed``)
        self._has_embedding = "embedding" in {o.name for o in self._session.get_outputs()}
        self._tool = ToolHead.load(models_dir / cfg.tool_head) if cfg.tool_head else None
        self._user = ToolHead.load(models_dir / cfg.user_head) if cfg.user_head else None
        st = cfg.stretch_head
        self._stretch = StretchHead.load(models_dir, st) if st is not None else None
        readers = (
            ("a jailbreak vote", self._vote),
            ("a tool-result head", self._tool),
            ("a user-turn head", self._user),
            ("a stretch head", self._stretch),
        )
        for what, reader in readers:
            if reader is not None and not self._has_embedding:
                raise ValueError(f"{what} needs a branch graph that returns the embedding")
        outputs = {o.name for o in self._session.get_outputs()}
        if self._tool is not None and self._tool.in_window and "token_states" not in outputs:
            raise ValueError("a head that reads segments in their window needs token_states")

    @property
    def providers_in_use(self) -> list[str]:
        return list(self._session.get_providers())

    def reads(self, text: str) -> bool:
        """True when the detector places ``text`` in one of the branch's languages (or, with
        ``unsure_stopword_share``, unsure prose in them): ``branch_placement.branch_reads``.
        An English stretch inside it is still read by MiniLM, on its own."""
        return branch_reads(text, self.cfg, self.languages)

    def reads_domain(self, text: str) -> bool:
        """True for a text the branch does not read as a whole whose domain it answers
        (with ``unsure_domain_share`` set; candidates L7d and L8d)."""
        return not self.reads(text) and self.unsure_domain(text)

    def unsure_domain(self, text: str) -> bool:
        """``reads_domain`` for a text already known not to be read as a whole."""
        return domain_unsure(text, self.cfg, self.languages)

    def _windows(self, ids: list[int]) -> list[list[int]]:
        width = self.cfg.max_tokens - 2
        starts = range(0, max(len(ids), 1), width)
        return [[self.cfg.bos_id, *ids[s : s + width], self.cfg.eos_id] for s in starts]

    def foreign_segments(self, text: str) -> list[str]:
        """The sentence segments of a text not read as a whole that are themselves in one of
        the branch's languages and not English (an Italian instruction in an English mail):
        MiniLM cannot read them, the branch can (``classifiers.foreign_segments``)."""
        return [
            s
            for s in scored_segments(text, self.min_letter_share)
            if self.reads(s) and not english_run(s)
        ]

    def stretch_scores(self, texts: Sequence[str], skip: set[int]) -> dict[int, float]:
        """Per text (but ``skip``) with foreign segments, the highest jailbreak probability
        of those segments, each read as a segment (against the segments' threshold when the
        branch has one, ``segment_shift``)."""
        shifted = self.cfg.segment_shift is not None
        pieces = [
            (i, seg, shifted)
            for i, text in enumerate(texts)
            if i not in skip
            for seg in self.foreign_segments(text)
        ]
        if not pieces:
            return {}
        # every one of their rows is a segment: the stored line reads them all (L1s)
        reads = self._stretch is not None and shifted
        stored = frozenset(range(len(texts))) if reads else frozenset()
        jb = self._score(pieces, len(texts), stored=stored)[1]
        return {i: float(jb[i]) for i in {i for i, _, _ in pieces}}

    def run(self, texts: Sequence[str], addressed_shift: float = 0.0) -> BranchScores:
        """The scores of ``texts``: the domain of the first window (blended with the
        exemplar vote when the config names a bank, ``domain_exemplars``), the highest
        jailbreak probability over the windows and (``segment_shift``) the sentence
        segments, the PII spans of every window, and (``tool_head``) the highest tool-result
        jailbreak probability over the same windows and segments, a segment that addresses
        the AI reading it moved up by ``addressed_shift`` (candidate T8')."""
        pieces = [(i, t, False) for i, t in enumerate(texts)]
        in_window = self._tool is not None and self._tool.in_window
        # each text's segments, found once: read as rows and/or pooled in their window (T13)
        sents = (
            [scored_spans(t, self.min_letter_share) for t in texts]
            if self.cfg.segment_shift is not None or in_window
            else []
        )
        if self.cfg.segment_shift is not None:
            pieces += [(i, t[a:b], True) for i, t in enumerate(texts) for a, b in sents[i]]
        moves = language_moves(texts, self.cfg)
        stored = self._stretch.machine(texts) if self._stretch is not None else frozenset()
        bank = self._exemplars is not None
        dom, jb, spans, emb, tool = self._score(
            pieces, len(texts), bank, True, moves, addressed_shift, sents, stored
        )
        if self._exemplars is not None and emb is not None:
            dom = self._exemplars.blend(dom, emb)
        return BranchScores(dom, jb, spans, tool)

    def domain_and_pii(self, texts: Sequence[str]) -> tuple[np.ndarray, list[list[PiiEntity]]]:
        """The domain (as ``run`` gives it: first window, blended with the exemplar vote)
        and the PII spans (as ``pii_spans``) of whole texts, in one pass of their windows."""
        pieces = [(i, t, False) for i, t in enumerate(texts)]
        dom, _, spans, emb, _ = self._score(pieces, len(texts), self._exemplars is not None)
        if self._exemplars is not None and emb is not None:
            dom = self._exemplars.blend(dom, emb)
        return dom, spans if spans is not None else [[] for _ in texts]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """The sentence embedding (n, 384) of each text's first window, as the domain vote
        reads it (the bank's prompts are embedded with this): the graph must return it."""
        emb = self._score([(i, t, False) for i, t in enumerate(texts)], len(texts), True)[3]
        if emb is None:
            raise ValueError("the branch graph returns no embedding")
        return emb

    @property
    def terse_words(self) -> int | None:
        """The terse bank's word limit (candidate J1); None without one."""
        return self._vote.terse_words if self._vote is not None else None

    def terse_scores(self, texts: Sequence[str]) -> np.ndarray:
        """The terse bank's share of attacks for whole terse texts the branch does not read
        (candidate J2; one pass for their embedding)."""
        if self._vote is None or not texts:
            return np.zeros(len(texts), dtype=np.float32)
        return self._vote.terse(self.embed(texts))

    def head_domain(self, texts: Sequence[str]) -> np.ndarray:
        """The domain head's probabilities alone (no vote), whole texts: for training."""
        return self._score([(i, t, False) for i, t in enumerate(texts)], len(texts))[0]

    def pii_spans(self, texts: Sequence[str]) -> list[list[PiiEntity]]:
        """The PII model spans of texts read for PII only (``branch_pii.reads_pii``): whole
        windows, no segments; empty lists without ``pii``."""
        if not self.pii_labels or not texts:
            return [[] for _ in texts]
        spans = self._score([(i, t, False) for i, t in enumerate(texts)], len(texts))[2]
        return spans if spans is not None else [[] for _ in texts]

    def _score(
        self,
        pieces: list[tuple[int, str, bool]],
        n: int,
        embed: bool = False,
        vote: bool = False,
        moves: dict[int, float] | None = None,
        addressed_shift: float = 0.0,
        sents: Sequence[list[tuple[int, int]]] = (),
        stored: frozenset[int] = frozenset(),
    ) -> ScoredPieces:
        """Per owner: the first whole window's domain, the highest jailbreak probability
        over every window (segment pieces shifted), the PII spans of its whole windows, the
        first whole window's embedding (None unless ``embed`` and the graph returns it) and,
        with ``vote`` (``run``) and a tool head, the highest tool-result probability.
        With ``vote`` (``run``), a whole text of one window scores the higher of its head and
        the jailbreak vote's blend; every other reader gets the head's score. ``moves``: per
        owner, the offset of its whole text's score when one window (L5). ``sents``: per
        owner, its scored segment spans (``run``; an in-window tool head pools them, T13).
        ``stored``: owners whose every row the stretch head's stored line reads instead (the
        foreign stretches of ``stretch_scores``, L1s; machine-shaped texts in ``run``, L1k)."""
        encs = self._tok.encode_batch(
            [self.cfg.prefix + t for _, t, _ in pieces], add_special_tokens=False
        )
        rows: list[list[int]] = []
        owner: list[int] = []
        segment: list[bool] = []
        alone: list[int] = []  # rows that are a whole text of one window (the vote's rows)
        alone_text: dict[int, str] = {}
        addressed: list[int] = []  # segment rows that speak to the AI (candidate T8')
        # per whole-text window: (text, its tokens' characters) for the PII decoding
        reads: dict[int, tuple[str, list[tuple[int, int] | None]]] = {}
        width = self.cfg.max_tokens - 2
        # candidate T13: the tool head reads a whole text's segments pooled in its windows
        tool_in_window = vote and self._tool is not None and self._tool.in_window
        pool = WindowSegments() if tool_in_window else None
        for (i, text, is_segment), enc in zip(pieces, encs, strict=True):
            chars = (
                text_offsets(text, enc.offsets, len(self.cfg.prefix))
                if self.pii_labels and not is_segment
                else None
            )
            windows = self._windows(list(enc.ids))
            if pool is not None and not is_segment:
                spans_i = sents[i]
                speak = [
                    (a, b) for a, b in spans_i if addressed_shift and addresses_agent(text[a:b])
                ]
                pool.plan(len(rows), i, enc.offsets, len(self.cfg.prefix), width, spans_i, speak)
            if len(windows) == 1 and not is_segment:
                alone.append(len(rows))
                alone_text[len(rows)] = text
            # an in-window head does not read segment rows (T13): no need to ask who they address
            speaks = bool(addressed_shift) and is_segment and pool is None and addresses_agent(text)
            for w, window in enumerate(windows):
                if chars is not None:
                    reads[len(rows)] = (text, chars[w * width : (w + 1) * width])
                if speaks:
                    addressed.append(len(rows))
                rows.append(window)
                owner.append(i)
                segment.append(is_segment)
        dom_w = np.zeros((len(rows), self.n_domains), dtype=np.float32)
        jb_w = np.zeros(len(rows), dtype=np.float32)
        emb_w: np.ndarray | None = None
        spans: list[list[PiiEntity]] | None = [[] for _ in range(n)] if self.pii_labels else None
        order = sorted(range(len(rows)), key=lambda k: len(rows[k]))
        voter = self._vote if vote and alone else None  # only ``run`` reports the vote's score
        tool_head = self._tool if vote else None
        user_head = self._user if vote else None  # a user's own text (``run``) only
        fetch = embed or voter is not None or tool_head is not None or user_head is not None
        fetch = fetch or bool(stored)
        lengths = [len(r) for r in rows]
        runs = capped_runs(order, lengths, self.rows_per_run, self.cfg.max_tokens, self._pad_limit)
        for chunk in runs:
            states = pool is not None and any(k in pool.by_row for k in chunk)
            dom_w[chunk], jb_w[chunk], pii, emb, st = self._run(
                [rows[k] for k in chunk], fetch, states
            )
            if pool is not None and st is not None:
                for j, k in enumerate(chunk):
                    pool.take(k, st[j])
            if emb is not None:
                if emb_w is None:
                    emb_w = np.zeros((len(rows), emb.shape[1]), dtype=np.float32)
                emb_w[chunk] = emb
            if spans is None or pii is None:
                continue
            for j, k in enumerate(chunk):
                if k in reads:
                    text, chars = reads[k]
                    logits = pii[j, 1 : 1 + len(chars)]
                    spans[owner[k]] += window_spans(text, logits, chars, self.pii_labels)
        tool_w = (
            tool_head.scores(emb_w, np.array(segment, dtype=bool))
            if tool_head is not None and emb_w is not None
            else None
        )
        if tool_w is not None and addressed:
            tool_w[addressed] = shifted(tool_w[addressed], addressed_shift)
        if self.cfg.segment_shift is not None and any(segment):
            seg = np.array(segment)
            jb_w[seg] = shifted(jb_w[seg], self.cfg.segment_shift)
        if stored and self._stretch is not None and emb_w is not None:
            self._stretch.rescore_owners(jb_w, emb_w, owner, segment, stored)
        if user_head is not None and emb_w is not None:
            # candidate P4: the shipped reading (segments shifted) corrected for a user's text
            jb_w = user_head.scores(emb_w, np.array(segment, dtype=bool), jb_w)
        if voter is not None and emb_w is not None:
            # the vote can add a detection, never take one of the head's away (candidate X2)
            jb_w[alone] = np.maximum(jb_w[alone], voter.blend(jb_w[alone], emb_w[alone]))
        for k in alone:
            move = moves.get(owner[k]) if moves else None
            if move:  # candidate L5: a language the head was not calibrated on
                jb_w[k] = shifted(jb_w[k : k + 1], move)[0]
        if voter is not None and voter.terse_words is not None and emb_w is not None:
            # candidate J1: a terse text takes the vote's own share of attacks when higher
            limit = voter.terse_words
            terse = [k for k in alone if letter_words(alone_text[k]) <= limit]
            if terse:
                jb_w[terse] = np.maximum(jb_w[terse], voter.terse(emb_w[terse]))
        dom = np.zeros((n, self.n_domains), dtype=np.float32)
        jb = np.zeros(n, dtype=np.float32)
        tool = np.zeros(n, dtype=np.float32) if tool_w is not None else None
        embs = np.zeros((n, emb_w.shape[1]), dtype=np.float32) if emb_w is not None else None
        seen: set[int] = set()
        for k, i in enumerate(owner):
            if i not in seen and not segment[k]:  # the first window carries the domain
                dom[i] = dom_w[k]
                if embs is not None and emb_w is not None:
                    embs[i] = emb_w[k]
                seen.add(i)
            jb[i] = max(jb[i], float(jb_w[k]))
            if tool is not None and tool_w is not None and not (pool is not None and segment[k]):
                tool[i] = max(tool[i], float(tool_w[k]))
        if pool is not None and tool is not None and tool_head is not None:
            x, of, talking = pool.pooled_rows()
            if len(of):
                p = tool_head.scores(x, np.ones(len(of), dtype=bool))
                if talking.any():
                    p[talking] = shifted(p[talking], addressed_shift)
                np.maximum.at(tool, of, p)
        return ScoredPieces(dom, jb, spans, embs, tool)

    def run_peak(self) -> None:
        """The largest run the batch limits allow (the arena warm-up)."""
        self._run(peak_rows(self.rows_per_run, self.cfg.max_tokens, self.cfg.eos_id))

    def _run(
        self, rows: list[list[int]], embed: bool = False, states: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None, np.ndarray | None]:
        """(domain_probs, jailbreak_prob, pii_logits or None, embedding or None, token_states
        or None) of rows; the embedding only with ``embed`` and a graph that returns it, the
        top layer's token states only with ``states``."""
        ids, mask = padded(rows)
        embeds = self._words[ids].astype(np.float32) * self._scales[ids][..., None]
        names = self._outputs + (["embedding"] if embed and self._has_embedding else [])
        names += ["token_states"] if states else []
        feed = {"inputs_embeds": embeds, "attention_mask": mask}
        outs = dict(zip(names, self._session.run(names, feed), strict=True))
        return (
            outs["domain_probs"],
            outs["jailbreak_prob"],
            outs.get("pii_logits"),
            outs.get("embedding"),
            outs.get("token_states"),
        )
