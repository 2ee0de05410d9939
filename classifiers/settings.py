"""Settings of the classifier runtime (embedded in Prism's config)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

MIN_OVERLAP = 16


class ClassifierSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    models_dir: str = ""  # empty -> the artefacts installed with Prism (package prism_models)
    providers: list[str] = Field(default_factory=lambda: ["CPUExecutionProvider"])
    precision: Literal["auto", "int8", "float"] = Field(
        default="auto",
        description="auto: float on GPUs and on CPUs without int8 dot products; on CPUs with "
        "them (VNNI, AMX, Arm dotprod) both graphs are timed at load and the faster kept "
        "(classifiers/precision_probe.py)",
    )
    intra_op_threads: int = Field(default=1, ge=0)
    inter_op_threads: int = Field(default=1, ge=0)
    idle_intra_op_threads: int = Field(
        default=2,
        ge=0,
        description="CPU: a second session with this many threads runs a batch that starts "
        "while no other is in flight (both cores for one request when idle); 0 or not above "
        "intra_op_threads = off (classifiers/sessions.py)",
    )
    wide_session_spinning: Literal["during_runs", "always", "off"] = Field(
        default="during_runs",
        description="whether the wide session's threads busy-wait for work: during_runs (they "
        "stop when its run returns, so they do not take a core from the other batch worker), "
        "always (onnxruntime's default: lowest idle latency, least throughput under load), "
        "off (never: most throughput, highest idle latency)",
    )
    max_tokens: int = Field(default=256, ge=8, le=512)
    pii_window_tokens: int = Field(default=256, ge=32, le=512)
    pii_window_stride: int = Field(default=192, ge=1)
    jailbreak_segments: bool = Field(
        default=True,
        description="also score each sentence segment of a text for jailbreak, so one injected "
        "sentence is not diluted by the harmless text around it",
    )
    segment_screen: bool = Field(
        default=True,
        description="a cheap first stage (a bag of word pieces, microseconds) decides which "
        "sentence segments MiniLM reads; the rest count as 0 (classifiers/segment_screen.py). "
        "Whole windows are always read. Has effect only when the artefacts carry a screen",
    )
    segment_corroboration: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description="a text split into sentence segments counts its whole windows' jailbreak "
        "score only when one of its segments scores at least this (0: always); a long "
        "structured text (a job posting, an API response) that no sentence of makes suspect "
        "is then not flagged on its pooled reading alone",
    )
    long_text_corroboration: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description="the same floor for the jailbreak score of a user's own text longer than "
        "one window (``max_tokens``), when higher than ``segment_corroboration``; tool "
        "results keep ``segment_corroboration`` (candidate R2, docs/classifiers.md)",
    )
    addressed_segment_shift: float = Field(
        default=2.5,
        ge=0.0,
        le=8.0,
        description="in a tool or function result, a sentence segment that speaks to the AI "
        "reading it ('AI assistant: ...', 'if you are summarising this for someone ...', "
        "'your user') has its tool-result jailbreak logit moved up by this, by MiniLM's and "
        "by the multilingual branch's tool-result heads, and is never skipped by the segment "
        "screen (classifiers/addressed.py; 0: off; 2.5 chosen on the development agent sets, "
        "candidate T8'). MiniLM's part needs its tool-result head in the artefacts",
    )
    segment_min_letter_share: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description="a sentence segment is scored for jailbreak (by MiniLM and by the "
        "multilingual branch) only when letters make at least this share of its visible "
        "characters: a table rule, a SQL separator row, a commit hash or a bare log prefix is "
        "not a sentence, and the head fires on such fragments of harmless tool results "
        "(classifiers/segments.py, prose_like); 0: every segment",
    )
    foreign_segments: bool = Field(
        default=True,
        description="with the multilingual branch, a text it does not read as a whole (an "
        "English mail) has its sentence segments in the branch's languages read by it too (an "
        "Italian instruction inside the mail), against the segments' threshold",
    )
    unsure_prose_jailbreak: bool = Field(
        default=False,
        description="with the multilingual branch, prose in its languages that the detector "
        "places without confidence (a short Catalan request told French at 0.0) is read by "
        "the branch for jailbreak too, as for its domain, instead of by MiniLM, which cannot "
        "read it (candidate L7', docs/classifiers.md). Off by default: on the development "
        "sets it forwards 48 more of 1,794 harmless foreign texts and blocks 7 fewer of 1,022 "
        "jailbreaks (harmful role-play the branch misses); it failed its per-language rule",
    )
    max_batch_size: int = Field(default=16, ge=1)
    # 0 = opportunistic batching: no wait when idle; a batch forms from what queued meanwhile.
    max_wait_ms: float = Field(default=0.0, ge=0.0)
    batch_workers: int = Field(default=2, ge=1, description="batches run in parallel")
    max_batch_tokens: int = Field(
        default=1024,
        ge=512,
        description="padded tokens per session run (bounds activation memory, and the arena "
        "the warm-up sizes to the largest run: 2048 held Prism at 610 MiB under make bench, "
        "1024 at 498 MiB with the same throughput)",
    )
    memo_entries: int = Field(
        default=8192,
        ge=0,
        description="classifier outputs kept by text hash (LRU) so a conversation's earlier "
        "messages are not classified again; 0 = off",
    )
    # Admission control: texts waiting or running in the classifier (0 = unbounded). A text
    # over either bound is refused at once (HTTP 429 + retry-after) instead of queueing into
    # the signal deadline; a lone text is always admitted.
    max_queue_requests: int = Field(
        default=48, ge=0, description="texts waiting or running; over it: shed (429)"
    )
    max_queue_tokens: int = Field(
        default=8192, ge=0, description="estimated tokens waiting or running; over it: shed"
    )
    retry_after_s: int = Field(default=1, ge=1, le=300, description="retry-after when shed")
    multilingual: bool = Field(
        default=True,
        description="read text in the multilingual branch's languages (classifier_config.json "
        "'multilingual') with multilingual-e5-small for domain and jailbreak, and (its PII "
        "layer) PII for every text not told English; jailbreak "
        "signals that do not list supported_languages then read those languages too "
        "(docs/config.md). On by default since candidate G met its sealed release rule; "
        "false: MiniLM alone, other languages abstain",
    )
    shared_arena: bool = Field(
        default=True,
        description="CPU sessions allocate from one onnxruntime arena per process that grows "
        "only by what a run requests; with the warm-up it holds its peak from the start, so "
        "RSS stays flat under traffic (classifiers/arena.py)",
    )
    warmup: bool = Field(
        default=True,
        description="at load, run every path once and (``warmup_peak``) the largest batch "
        "in every worker",
    )
    warmup_peak: bool = Field(
        default=True,
        description="the warm-up also runs the largest run the batch limits allow in every "
        "worker at once, so the arena holds its peak before traffic; false: only every path "
        "once (a faster start, RSS grows to its peak under the first busy traffic instead)",
    )

    @model_validator(mode="after")
    def _stride_fits_window(self) -> ClassifierSettings:
        # windows must overlap by >= MIN_OVERLAP tokens: an entity cut by one window's edge
        # is then seen whole by its neighbour
        if self.pii_window_stride > self.pii_window_tokens - 2 - MIN_OVERLAP:
            raise ValueError(
                f"pii_window_stride must be <= pii_window_tokens - {2 + MIN_OVERLAP} "
                f"(windows overlap by at least {MIN_OVERLAP} tokens)"
            )
        return self
