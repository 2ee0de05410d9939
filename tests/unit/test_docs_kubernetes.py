"""The YAML in docs/kubernetes.md parses, and the Istio EnvoyFilter's ext_proc config uses
real ExternalProcessor fields with the same processing mode Prism's own Envoy gets."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import yaml

from extproc.config import DEFAULT_CONFIG_PATH, load_config
from extproc.envoy_config import extproc_filter

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from envoy_data_plane.envoy.extensions.filters.http.ext_proc.v3 import ExternalProcessor

DOC = Path(__file__).resolve().parents[2] / "docs" / "kubernetes.md"


def yaml_docs() -> list[Any]:
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(), flags=re.S)
    assert len(blocks) >= 6
    return [d for b in blocks for d in yaml.safe_load_all(b) if d is not None]


def test_istio_snippet_is_a_valid_ext_proc_config():
    (envoy_filter,) = [d for d in yaml_docs() if d.get("kind") == "EnvoyFilter"]
    typed = dict(envoy_filter["spec"]["configPatches"][0]["patch"]["value"]["typed_config"])
    assert typed.pop("@type").endswith("ext_proc.v3.ExternalProcessor")
    parsed = ExternalProcessor.from_dict(typed)  # unknown fields or enum values raise
    ours = extproc_filter(load_config(DEFAULT_CONFIG_PATH))["typed_config"]
    assert (
        parsed.to_dict()["processingMode"]
        == ExternalProcessor.from_dict({k: v for k, v in ours.items() if k != "@type"}).to_dict()[
            "processingMode"
        ]
    )
    assert parsed.allow_mode_override and not parsed.failure_mode_allow


def test_gateway_snippets_route_on_the_selected_model_header():
    docs = yaml_docs()
    (route,) = [d for d in docs if d.get("kind") == "HTTPRoute"]
    headers = [
        m["headers"][0]["name"] for r in route["spec"]["rules"] for m in r.get("matches", [])
    ]
    assert headers and set(headers) == {"x-selected-model"}
    (policy,) = [d for d in docs if d.get("kind") == "EnvoyExtensionPolicy"]
    assert policy["spec"]["extProc"][0]["processingMode"]["request"] == {"body": "Buffered"}
