"""The wheel's contents and the version are declared once and agree everywhere."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml
from setuptools import find_namespace_packages

from extproc.cli import prism_version

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
VERSION = PYPROJECT["project"]["version"]
DOCKERFILES = [ROOT / "docker" / "Dockerfile", ROOT / "docker" / "Dockerfile.gpu"]


def test_every_package_in_the_tree_is_listed_for_the_wheel():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {
        p
        for p in find_namespace_packages(
            where=str(ROOT), include=["extproc*", "classifiers*", "cache*"]
        )
        if "__pycache__" not in p
    }
    assert found - listed == set(), "add these packages to [tool.setuptools] packages"
    assert listed - found == {"prism_models"}
    assert PYPROJECT["tool"]["setuptools"]["package-dir"] == {"prism_models": "models"}
    data = PYPROJECT["tool"]["setuptools"]["package-data"]
    assert "default_config.yaml" in data["extproc"]
    shipped = {f.name for f in (ROOT / "models").iterdir() if f.is_file()}
    patterns = [re.compile(p.replace(".", r"\.").replace("*", ".*")) for p in data["prism_models"]]
    manifest = yaml.safe_load((ROOT / "models" / "manifest.json").read_text())["files"]
    for name in [*manifest, "manifest.json"]:
        assert name in shipped and any(p.fullmatch(name) for p in patterns), name


def test_version_agrees_across_cli_chart_and_images():
    assert prism_version() == VERSION
    chart = yaml.safe_load((ROOT / "helm" / "prism" / "Chart.yaml").read_text())
    assert chart["appVersion"] == VERSION
    for dockerfile in DOCKERFILES:
        text = dockerfile.read_text()
        assert f'org.opencontainers.image.version="{VERSION}"' in text, dockerfile.name
        assert f"prism:{VERSION}" in text, dockerfile.name  # the documented build tag


def test_images_install_only_the_wheel_built_by_the_shared_recipe():
    for dockerfile in DOCKERFILES:
        text = dockerfile.read_text()
        assert "RUN bash docker/build_wheel.sh /wheels" in text, dockerfile.name
        copies = re.findall(r"^COPY .*$", text, re.M)
        assert not any("models" in c for c in copies), dockerfile.name  # inside the wheel
    makefile = (ROOT / "Makefile").read_text()
    assert "docker/build_wheel.sh" in makefile
