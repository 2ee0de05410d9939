"""Which onnxruntime execution providers a session gets, and why a GPU one is missing."""

from __future__ import annotations

import importlib.metadata
import logging

import onnxruntime as ort

log = logging.getLogger(__name__)

GPU_FIX = (
    "pip uninstall -y onnxruntime onnxruntime-gpu && "
    "pip install --no-deps 'onnxruntime-gpu>=1.31.1'"
)


def installed(dist: str) -> bool:
    try:
        importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def choose_providers(wanted: list[str]) -> list[str]:
    available = set(ort.get_available_providers())
    chosen = [p for p in wanted if p in available]
    dropped = [p for p in wanted if p not in available]
    if dropped:
        log.warning("onnxruntime providers not available, falling back: %s", dropped)
    if "CUDAExecutionProvider" in dropped and installed("onnxruntime-gpu"):
        # `pip install prism-router[gpu]` also installs the CPU `onnxruntime` (a base
        # dependency); both wheels write the same module and the CPU one can win.
        both = installed("onnxruntime")
        log.warning(
            "onnxruntime-gpu is installed but CUDA is not available%s; fix: %s",
            " (the CPU onnxruntime is installed too and shadows it)" if both else "",
            GPU_FIX,
        )
    if "CPUExecutionProvider" not in chosen:
        chosen.append("CPUExecutionProvider")
    return chosen


def preload_cuda_libraries() -> None:
    """Load the CUDA/cuDNN libraries that the ``gpu`` extra installs as NVIDIA wheels.

    onnxruntime-gpu's CUDA provider needs libcudart/libcublas/libcudnn of its CUDA major
    version; ``onnxruntime.preload_dlls()`` (onnxruntime >= 1.21) finds them in the
    ``nvidia`` site-packages, so no CUDA toolkit is needed in the image (only the driver)."""
    preload = getattr(ort, "preload_dlls", None)
    if preload is None:
        return
    try:
        preload()
    except Exception as exc:  # missing libraries: the session below falls back to the CPU
        log.warning("could not preload CUDA libraries: %s", exc)


def check_providers(session: ort.InferenceSession, chosen: list[str]) -> None:
    """Warn when a requested GPU provider failed to initialise (ORT then runs on the CPU)."""
    in_use = set(session.get_providers())
    failed = [p for p in chosen if p not in in_use]
    if failed:
        log.warning(
            "onnxruntime providers failed to initialise, running on %s instead of %s",
            session.get_providers(),
            failed,
        )
