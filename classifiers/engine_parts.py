"""Everything a SignalEngine reads from its models folder, verified against the manifest and
loaded in one place: the encoder sessions, word embeddings, domain exemplars, the multilingual
branch, the segment screen and MiniLM's heads for tool results and user turns."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort
from onnxruntime.capi.onnxruntime_pybind11_state import Fail as OrtFail

from classifiers.artifacts import ModelConfig, default_models_dir, load_config, verify_manifest
from classifiers.domain_exemplars import DomainExemplars
from classifiers.errors import ModelArtifactError
from classifiers.minilm_window import STATE_OUTPUTS
from classifiers.multilingual import MultilingualBranch
from classifiers.precision import Precision, cpu_flags
from classifiers.precision_probe import PrecisionChoice, choose_precision
from classifiers.providers import check_providers, choose_providers, preload_cuda_libraries
from classifiers.segment_screen import SegmentScreen
from classifiers.sessions import EncoderSessions, session_options, wide_session
from classifiers.settings import ClassifierSettings
from classifiers.tool_head import ToolHead

UNSURE_SHARE = 0.15  # candidate L7's share, for a model whose branch config names none


@dataclass(frozen=True)
class EngineParts:
    models_dir: Path
    cfg: ModelConfig
    sessions: EncoderSessions
    words: np.ndarray
    scales: np.ndarray
    precision: Precision  # the graph loaded (``auto`` resolved)
    choice: PrecisionChoice  # how it was chosen (``measured``: both graphs timed)
    exemplars: DomainExemplars | None = None
    branch: MultilingualBranch | None = None
    screen: SegmentScreen | None = None
    tool_head: ToolHead | None = None
    user_head: ToolHead | None = None


def load_parts(settings: ClassifierSettings, config_file: str) -> EngineParts:
    models_dir = Path(settings.models_dir) if settings.models_dir else default_models_dir()
    verify_manifest(models_dir, [config_file])
    cfg = load_config(models_dir, config_file)
    providers = choose_providers(settings.providers)
    opts = session_options(settings, settings.intra_op_threads, providers)
    choice, probed = _choose_graph(settings, providers, models_dir, cfg, opts)
    precision = choice.precision
    onnx_name = cfg.onnx_files.get(precision)
    if onnx_name is None:
        raise ModelArtifactError(f"no {precision} model listed in {config_file}")
    ex_cfg = cfg.domain_exemplars
    extra = [ex_cfg.file] if ex_cfg is not None else []
    branch_cfg = cfg.multilingual if settings.multilingual else None
    if branch_cfg is not None and settings.unsure_prose_jailbreak:
        # candidate L7': the branch reads unsure prose whole, with the domain test's share
        share = branch_cfg.unsure_domain_share or UNSURE_SHARE
        branch_cfg = dataclasses.replace(branch_cfg, unsure_stopword_share=share)
    if branch_cfg is not None:
        extra += branch_cfg.files
    screen_cfg = cfg.segment_screen if settings.segment_screen else None
    if screen_cfg is not None:
        extra.append(screen_cfg.file)
    extra += [f for f in (cfg.jailbreak_tool_head, cfg.jailbreak_user_head) if f]
    verify_manifest(models_dir, [onnx_name, cfg.word_embeddings, cfg.tokenizer, *extra])
    try:
        if "CUDAExecutionProvider" in providers:
            preload_cuda_libraries()
        session = (
            probed
            if probed is not None
            else ort.InferenceSession(
                str(models_dir / onnx_name), sess_options=opts, providers=providers
            )
        )
        check_providers(session, providers)
        sessions = EncoderSessions(
            session, wide_session(settings, str(models_dir / onnx_name), providers)
        )
        with np.load(models_dir / cfg.word_embeddings) as npz:
            words, scales = np.ascontiguousarray(npz["q"]), np.ascontiguousarray(npz["scale"])
        tool_head = (
            ToolHead.load(models_dir / cfg.jailbreak_tool_head) if cfg.jailbreak_tool_head else None
        )
        if tool_head is not None and tool_head.window_w is not None:
            if not {o.name for o in session.get_outputs()} >= set(STATE_OUTPUTS):
                raise ValueError(
                    f"a tool head reading segments in their window needs {STATE_OUTPUTS}"
                )
        return EngineParts(
            models_dir,
            cfg,
            sessions,
            words,
            scales,
            precision,
            choice,
            exemplars=(
                DomainExemplars.load(models_dir / ex_cfg.file, len(cfg.domains), ex_cfg)
                if ex_cfg is not None
                else None
            ),
            branch=(
                MultilingualBranch(
                    models_dir,
                    branch_cfg,
                    opts,
                    len(cfg.domains),
                    settings.max_batch_tokens,
                    settings.segment_min_letter_share,
                    cfg.pii_labels,
                    providers,
                )
                if branch_cfg is not None
                else None
            ),
            screen=(
                SegmentScreen.load(models_dir / screen_cfg.file, screen_cfg.threshold)
                if screen_cfg is not None
                else None
            ),
            tool_head=tool_head,
            user_head=(
                ToolHead.load(models_dir / cfg.jailbreak_user_head)
                if cfg.jailbreak_user_head
                else None
            ),
        )
    except (OSError, ValueError, KeyError, OrtFail) as exc:
        raise ModelArtifactError(f"cannot load model artifacts from {models_dir}: {exc}") from exc


def _choose_graph(
    settings: ClassifierSettings,
    providers: list[str],
    models_dir: Path,
    cfg: ModelConfig,
    opts: ort.SessionOptions,
) -> tuple[PrecisionChoice, ort.InferenceSession | None]:
    """The graph to load (classifiers/precision_probe.py): ``auto`` on a CPU with int8 dot
    products times both graphs the config lists, after checking them against the manifest;
    the session it timed the winner on (built with ``opts``) becomes the narrow one."""
    graphs = {name: models_dir / file for name, file in cfg.onnx_files.items()}

    def verify() -> None:  # only when both graphs are about to be timed
        verify_manifest(models_dir, [cfg.onnx_files["int8"], cfg.onnx_files["float"]])

    try:
        return choose_precision(settings.precision, providers, cpu_flags(), graphs, opts, verify)
    except (OSError, ValueError, OrtFail) as exc:
        raise ModelArtifactError(f"cannot time the graphs in {models_dir}: {exc}") from exc
