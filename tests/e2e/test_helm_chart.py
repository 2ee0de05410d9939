"""The Helm chart, without a cluster: Helm's own Go library (helm-python-sdk) lints it and
renders it offline, kubernetes-validate checks every manifest against Kubernetes' schemas,
and the rendered Prism config goes through `prism validate` and, via `prism envoy-config`,
the real `envoy --mode validate` (exactly what the pod's init container and Envoy do)."""

from __future__ import annotations

import copy
import hashlib
import re
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import kubernetes_validate
import openai
import pytest
import yaml
from helm_python import HelmValuesError
from helm_python.chart import Chart, lint

from extproc.cli import main as prism
from extproc.config import PrismConfig, load_config
from extproc.stack import Stack, free_port

from .test_envoy_configs import validate as envoy_validate

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "helm" / "prism"
KUBE_VERSIONS = ("1.30.0", "1.37.0")  # Chart.yaml's kubeVersion floor, and the newest schemas
CRDS = {"ServiceMonitor"}  # not in Kubernetes' schemas; checked by hand below

VALUE_SETS: dict[str, dict[str, Any]] = {
    "default": {},
    "gpu": {"gpu": {"enabled": True, "count": 2}},
    "redis-internal": {
        "cache": {"redis": "internal", "passwordSecret": {"name": "prism-redis", "key": "pw"}}
    },
    "redis-external": {
        "cache": {
            "redis": "external",
            "externalUrl": "rediss://cache.example.internal:6380/0",
            "passwordSecret": {"name": "redis-creds", "key": "password"},
        }
    },
    "tcp": {"extproc": {"transport": "tcp", "grpcPort": 50061}},
    "hpa": {"autoscaling": {"enabled": True, "minReplicas": 3, "maxReplicas": 12}},
    "hpa-cpu-only": {
        "autoscaling": {
            "enabled": True,
            "classifierQueue": {"enabled": False},
            "shedRate": {"enabled": False},
            "behavior": {"scaleDown": {"stabilizationWindowSeconds": 300}},
        }
    },
    "observability": {
        "serviceMonitor": {"enabled": True, "labels": {"release": "kube-prometheus"}},
        "networkPolicy": {
            "enabled": True,
            "ingressFrom": [{"namespaceSelector": {"matchLabels": {"gateway": "true"}}}],
        },
        "telemetry": {"enabled": True, "otlpEndpoint": "http://otel-collector.obs:4317"},
        "cache": {"redis": "internal"},
    },
}


@cache
def _chart() -> Chart:
    return Chart.load(CHART)


@cache
def _render_cached(name: str) -> tuple[dict[str, Any], ...]:
    return tuple(render(VALUE_SETS[name]))


def render(values: dict[str, Any]) -> list[dict[str, Any]]:
    manifests = _chart().render(copy.deepcopy(values), name="prism", namespace="llm")
    return [
        doc
        for path, text in sorted(manifests.items())
        if path.endswith(".yaml")
        for doc in yaml.safe_load_all(text)
        if doc
    ]


def docs(name: str) -> list[dict[str, Any]]:
    return copy.deepcopy(list(_render_cached(name)))


def one(manifests: list[dict[str, Any]], kind: str, name: str | None = None) -> dict[str, Any]:
    found = [d for d in manifests if d["kind"] == kind and name in (None, d["metadata"]["name"])]
    assert len(found) == 1, f"{kind} {name}: {len(found)} found"
    return found[0]


def pod_spec(manifests: list[dict[str, Any]]) -> dict[str, Any]:
    return one(manifests, "Deployment")["spec"]["template"]["spec"]


def container(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in spec["containers"] + spec["initContainers"] if c["name"] == name)


def prism_config(manifests: list[dict[str, Any]]) -> dict[str, Any]:
    data = one(manifests, "ConfigMap", "prism-config")["data"]
    assert set(data) == {"config.yaml"}
    config: dict[str, Any] = yaml.safe_load(data["config.yaml"])
    return config


# --- lint, schema, Kubernetes validation ---------------------------------------------------


@pytest.mark.parametrize("name", VALUE_SETS)
def test_lint_is_clean(name: str):
    report = lint(CHART, copy.deepcopy(VALUE_SETS[name]), strict=True, namespace="llm")
    assert report["errors"] == []
    assert [m for m in report["messages"] if m["severity"] >= 2] == []  # warnings or errors


@pytest.mark.parametrize("name", VALUE_SETS)
def test_manifests_pass_kubernetes_schemas(name: str):
    manifests = docs(name)
    kinds = {d["kind"] for d in manifests}
    assert {"ConfigMap", "Deployment", "Service"} <= kinds
    for doc in manifests:
        if doc["kind"] in CRDS:
            continue
        for version in KUBE_VERSIONS:
            kubernetes_validate.validate(doc, version, strict=True)


def test_kubernetes_validation_is_not_a_no_op():
    deployment = one(docs("default"), "Deployment")
    deployment["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["bogus"] = 1
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBE_VERSIONS[-1], strict=True)


@pytest.mark.parametrize("name", VALUE_SETS)
def test_value_sets_pass_the_values_schema(name: str):
    _chart().validate_schema(copy.deepcopy(VALUE_SETS[name]))


@pytest.mark.parametrize(
    ("values", "where"),
    [
        ({"replicaCount": "3"}, "/replicaCount"),
        ({"extproc": {"transport": "grpc"}}, "/extproc/transport"),
        ({"cache": {"redis": "external"}}, "/cache/externalUrl"),
        ({"cache": {"redis": "sentinel"}}, "/cache/redis"),
        ({"cache": {"redis": "external", "externalUrl": "cache:6379"}}, "/cache/externalUrl"),
        ({"telemetry": {"enabled": True}}, "/telemetry/otlpEndpoint"),
        ({"envoy": {"port": 70000}}, "/envoy/port"),
        ({"gpu": {"enabled": "yes"}}, "/gpu/enabled"),
        ({"replicas": 3}, "replicas"),
        ({"config": {"pools": []}}, "/config/pools"),
        ({"autoscaling": {"classifierQueue": {"targetAverageValue": "lots"}}}, "/autoscaling"),
    ],
)
def test_values_schema_rejects_bad_values(values: dict[str, Any], where: str):
    with pytest.raises(HelmValuesError, match=where):
        _chart().validate_schema(values)
    with pytest.raises(HelmValuesError):
        render(values)


# --- Prism's config and Envoy's bootstrap, as the pod generates them ------------------------


@pytest.mark.parametrize("name", VALUE_SETS)
def test_rendered_config_validates_and_generates_a_valid_envoy(name: str, tmp_path: Path):
    config = prism_config(docs(name))
    unknown = set(config) - set(PrismConfig.model_fields)
    assert not unknown, f"the chart writes config sections Prism does not know: {unknown}"
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config))
    assert prism(["validate", "--config", str(path)]) == 0
    out = tmp_path / "envoy.yaml"
    assert prism(["envoy-config", "--config", str(path), "--out", str(out)]) == 0
    envoy_validate(out)
    bootstrap = yaml.safe_load(out.read_text())
    listeners = {
        ln["name"]: ln["address"]["socket_address"]
        for ln in bootstrap["static_resources"]["listeners"]
    }
    assert listeners["prism_listener"] == {"address": "0.0.0.0", "port_value": 8801}
    assert listeners["prism_ready"] == {"address": "0.0.0.0", "port_value": 9902}
    assert bootstrap["admin"]["address"]["socket_address"]["address"] == "127.0.0.1"


def test_chart_owned_keys_override_the_users_config():
    values = {
        "config": {
            **yaml.safe_load((CHART / "values.yaml").read_text())["config"],
            "server": {"grpc_port": 1234, "admin_host": "127.0.0.1", "log_level": "DEBUG"},
            "envoy": {"failure_mode_allow": True, "extproc_target": "elsewhere:1"},
            "telemetry": {"endpoint": "http://left-over:4317"},
        }
    }
    config = prism_config(render(values))
    assert config["server"]["grpc_port"] == 0  # a 0 the chart sets still wins
    assert config["server"]["admin_host"] == "0.0.0.0"
    assert config["server"]["log_level"] == "DEBUG"  # keys the chart does not own are kept
    assert config["envoy"]["failure_mode_allow"] is False
    assert config["envoy"]["extproc_target"] == ""
    assert "telemetry" not in config  # disabled in values: left out


# --- pod shape -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["default", "tcp", "gpu"])
def test_security_context(name: str):
    spec = pod_spec(docs(name))
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert spec["securityContext"]["runAsUser"] != 0
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert spec["automountServiceAccountToken"] is False
    names = [c["name"] for c in spec["initContainers"] + spec["containers"]]
    assert names == ["envoy-config", "envoy", "prism"]
    for name_ in names:
        sc = container(spec, name_)["securityContext"]
        assert sc["readOnlyRootFilesystem"] is True, name_
        assert sc["allowPrivilegeEscalation"] is False, name_
        assert sc["capabilities"] == {"drop": ["ALL"]}, name_


def test_init_container_writes_envoy_config_that_envoy_reads():
    spec = pod_spec(docs("default"))
    init = container(spec, "envoy-config")
    assert init["command"] == [
        "prism",
        "envoy-config",
        "--config",
        "/etc/prism/config.yaml",
        "--out",
        "/etc/envoy-generated/envoy.yaml",
    ]
    envoy = container(spec, "envoy")
    assert envoy["image"] == "envoyproxy/envoy:v1.40.0"
    assert "/etc/envoy-generated/envoy.yaml" in envoy["args"]
    volumes = {v["name"]: v for v in spec["volumes"]}
    assert "emptyDir" in volumes["envoy-generated"]
    mounts = {m["name"]: m["mountPath"] for m in init["volumeMounts"]}
    assert mounts["envoy-generated"] == "/etc/envoy-generated"
    assert {m["name"]: m["mountPath"] for m in envoy["volumeMounts"]}["envoy-generated"] == (
        "/etc/envoy-generated"
    )


def test_config_is_a_directory_mount_and_rolls_pods_on_change():
    manifests = docs("default")
    spec = pod_spec(manifests)
    volumes = {v["name"]: v for v in spec["volumes"]}
    assert volumes["config"]["configMap"]["name"] == "prism-config"
    for c in spec["initContainers"] + spec["containers"]:
        for m in c["volumeMounts"]:
            assert "subPath" not in m, (c["name"], m)
    assert {m["name"]: m["mountPath"] for m in container(spec, "prism")["volumeMounts"]}[
        "config"
    ] == "/etc/prism"
    annotations = one(manifests, "Deployment")["spec"]["template"]["metadata"]["annotations"]
    text = one(manifests, "ConfigMap")["data"]["config.yaml"]
    assert annotations["checksum/config"] == hashlib.sha256(text.rstrip("\n").encode()).hexdigest()
    changed = render({"config": {**prism_config(manifests), "default_model": "deepseek-r1"}})
    other = one(changed, "Deployment")["spec"]["template"]["metadata"]["annotations"]
    assert other["checksum/config"] != annotations["checksum/config"]


def test_uds_is_a_shared_empty_dir():
    manifests = docs("default")
    spec = pod_spec(manifests)
    config = prism_config(manifests)
    assert config["server"]["grpc_uds"] == "/var/run/prism/ext_proc.sock"
    assert config["server"]["grpc_port"] == 0
    assert {v["name"]: v for v in spec["volumes"]}["extproc-socket"] == {
        "name": "extproc-socket",
        "emptyDir": {},
    }
    for name in ("envoy", "prism"):
        mounts = {m["name"]: m["mountPath"] for m in container(spec, name)["volumeMounts"]}
        assert mounts["extproc-socket"] == "/var/run/prism", name
    prism_c = container(spec, "prism")
    assert prism_c["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "admin"}
    assert config["server"]["admin_host"] == "0.0.0.0"  # the kubelet probes the pod IP


def test_tcp_mode_uses_grpc_health_probe_and_no_socket_volume():
    manifests = docs("tcp")
    spec = pod_spec(manifests)
    config = prism_config(manifests)
    assert config["server"]["grpc_uds"] == ""
    assert config["server"]["grpc_port"] == 50061
    assert config["server"]["grpc_host"] == "0.0.0.0"
    assert "extproc-socket" not in {v["name"] for v in spec["volumes"]}
    prism_c = container(spec, "prism")
    assert prism_c["readinessProbe"]["grpc"] == {"port": 50061}
    assert {"name": "grpc", "containerPort": 50061} in prism_c["ports"]
    service_ports = one(manifests, "Service", "prism")["spec"]["ports"]
    assert {"name": "grpc", "port": 50061, "targetPort": "grpc", "appProtocol": "grpc"} in (
        service_ports
    )
    default_ports = one(docs("default"), "Service", "prism")["spec"]["ports"]
    assert "grpc" not in {p["name"] for p in default_ports}


def test_envoy_probes_use_the_ready_listener_not_the_admin():
    spec = pod_spec(docs("default"))
    envoy = container(spec, "envoy")
    ports = {p["name"]: p["containerPort"] for p in envoy["ports"]}
    assert ports == {"http": 8801, "envoy-ready": 9902}
    assert envoy["readinessProbe"]["httpGet"] == {"path": "/ready", "port": "envoy-ready"}
    assert envoy["lifecycle"]["preStop"]["sleep"]["seconds"] == 5


def test_gpu():
    manifests = docs("gpu")
    prism_c = container(pod_spec(manifests), "prism")
    assert prism_c["resources"]["limits"]["nvidia.com/gpu"] == 2
    assert prism_c["image"] == "ghcr.io/prism-router/prism:0.1.0-gpu"
    assert container(pod_spec(manifests), "envoy-config")["image"] == prism_c["image"]
    classifiers = prism_config(manifests)["classifiers"]
    assert classifiers["providers"] == ["CUDAExecutionProvider", "CPUExecutionProvider"]
    assert classifiers["precision"] == "float"  # the graph measured for GPUs
    default = container(pod_spec(docs("default")), "prism")
    assert "nvidia.com/gpu" not in default["resources"]["limits"]
    assert default["image"] == "ghcr.io/prism-router/prism:0.1.0"
    assert "classifiers" not in prism_config(docs("default"))


def test_in_chart_redis():
    manifests = docs("redis-internal")
    sts = one(manifests, "StatefulSet", "prism-redis")
    redis = sts["spec"]["template"]["spec"]["containers"][0]
    assert redis["image"] == "redis:8"
    assert redis["securityContext"]["readOnlyRootFilesystem"] is True
    assert sts["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] is True
    assert redis["env"][0]["valueFrom"]["secretKeyRef"] == {"name": "prism-redis", "key": "pw"}
    service = one(manifests, "Service", "prism-redis")
    assert service["spec"]["selector"] == sts["spec"]["selector"]["matchLabels"]
    # The Prism Service must not select the Redis pod, nor the Redis Service Prism's pods.
    prism_svc = one(manifests, "Service", "prism")
    assert "app.kubernetes.io/component" not in prism_svc["spec"]["selector"]
    cache_cfg = prism_config(manifests)["cache"]
    assert cache_cfg["backend"] == "redis"
    assert cache_cfg["redis_url"] == "redis://prism-redis:6379/0"
    _password_env_matches(manifests, "prism-redis", "pw")


def test_external_redis():
    manifests = docs("redis-external")
    assert not [d for d in manifests if d["kind"] == "StatefulSet"]
    cache_cfg = prism_config(manifests)["cache"]
    assert cache_cfg["redis_url"] == "rediss://cache.example.internal:6380/0"
    _password_env_matches(manifests, "redis-creds", "password")
    assert "cache" not in prism_config(docs("default"))


def _password_env_matches(manifests: list[dict[str, Any]], secret: str, key: str) -> None:
    env_name = prism_config(manifests)["cache"]["redis_password_env"]
    env = {e["name"]: e for e in container(pod_spec(manifests), "prism")["env"]}
    assert env[env_name]["valueFrom"]["secretKeyRef"] == {"name": secret, "key": key}


def test_hpa_scales_on_classifier_queue_depth_and_shedding():
    from classifiers.settings import ClassifierSettings

    metrics = one(docs("hpa"), "HorizontalPodAutoscaler")["spec"]["metrics"]
    pods = {
        m["pods"]["metric"]["name"]: m["pods"]["target"] for m in metrics if m["type"] == "Pods"
    }
    assert set(pods) == {"prism_classifier_queue_requests", "prism_classifier_shed_per_second"}
    queue = pods["prism_classifier_queue_requests"]
    assert queue["type"] == "AverageValue"
    # pods are added before admission control has to shed
    assert int(queue["averageValue"]) < ClassifierSettings().max_queue_requests
    assert [m["type"] for m in metrics].count("Resource") == 1
    cpu_only = one(docs("hpa-cpu-only"), "HorizontalPodAutoscaler")["spec"]
    assert [m["type"] for m in cpu_only["metrics"]] == ["Resource"]
    assert cpu_only["behavior"] == {"scaleDown": {"stabilizationWindowSeconds": 300}}


def test_hpa_replaces_fixed_replicas():
    manifests = docs("hpa")
    hpa = one(manifests, "HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (3, 12)
    assert hpa["spec"]["scaleTargetRef"]["name"] == one(manifests, "Deployment")["metadata"]["name"]
    assert "replicas" not in one(manifests, "Deployment")["spec"]
    assert one(docs("default"), "Deployment")["spec"]["replicas"] == 2
    assert not [d for d in docs("default") if d["kind"] == "HorizontalPodAutoscaler"]
    pdb = one(manifests, "PodDisruptionBudget")
    assert (
        pdb["spec"]["selector"]["matchLabels"]
        == one(manifests, "Deployment")["spec"]["selector"]["matchLabels"]
    )


def test_service_monitor_network_policy_and_telemetry():
    manifests = docs("observability")
    sm = one(manifests, "ServiceMonitor")
    assert sm["apiVersion"] == "monitoring.coreos.com/v1"
    assert sm["metadata"]["labels"]["release"] == "kube-prometheus"
    assert set(sm["spec"]) == {"selector", "endpoints"}
    assert sm["spec"]["endpoints"] == [
        {"port": "envoy-stats", "path": "/stats/prometheus", "interval": "30s"},
        {"port": "prism-metrics", "path": "/metrics", "interval": "30s"},
    ]
    service = one(manifests, "Service", "prism")
    assert {"envoy-stats", "prism-metrics"} <= {p["name"] for p in service["spec"]["ports"]}
    labels = service["metadata"]["labels"]
    assert all(labels.get(k) == v for k, v in sm["spec"]["selector"]["matchLabels"].items())
    policy = one(manifests, "NetworkPolicy", "prism")
    assert policy["spec"]["ingress"][0]["from"] == [
        {"namespaceSelector": {"matchLabels": {"gateway": "true"}}}
    ]
    assert policy["spec"]["ingress"][0]["ports"] == [{"port": "http"}]  # UDS: no gRPC port
    assert one(manifests, "NetworkPolicy", "prism-redis")["spec"]["ingress"][0]["from"]
    tcp = render({"networkPolicy": {"enabled": True}, "extproc": {"transport": "tcp"}})
    tcp_ports = one(tcp, "NetworkPolicy")["spec"]["ingress"][0]["ports"]
    assert tcp_ports == [{"port": "http"}, {"port": "grpc"}]
    for doc in tcp:
        if doc["kind"] not in CRDS:
            kubernetes_validate.validate(doc, KUBE_VERSIONS[-1], strict=True)
    telemetry = prism_config(manifests)["telemetry"]
    assert telemetry == {
        "enabled": True,
        "endpoint": "http://otel-collector.obs:4317",
        "service_name": "prism",
    }
    assert not [d for d in docs("default") if d["kind"] in ("ServiceMonitor", "NetworkPolicy")]


# --- the pod, run locally ------------------------------------------------------------------


def test_pod_serves_traffic_with_the_rendered_config_and_probes(tmp_path: Path):
    """Prism + Envoy run with exactly the config the chart renders (UDS in a shared dir,
    admin on 0.0.0.0, the ready listener); requests route, and every HTTP probe the
    Deployment declares answers 200 on the port it names."""
    config_values = yaml.safe_load((CHART / "values.yaml").read_text())["config"]
    for pool in config_values["pools"]:
        pool["address"] = f"127.0.0.1:{free_port()}"
        pool.pop("health_path")
    values = {
        "config": config_values,
        "envoy": {"port": free_port(), "readyPort": free_port(), "adminPort": free_port()},
        "adminPort": free_port(),
        "extproc": {"socketDir": str(tmp_path)},
    }
    manifests = render(values)
    path = tmp_path / "config.yaml"
    path.write_text(one(manifests, "ConfigMap")["data"]["config.yaml"])
    stack = Stack(load_config(path), path, workdir=tmp_path)
    try:
        stack.start()
        assert (tmp_path / "ext_proc.sock").is_socket()
        base = f"http://127.0.0.1:{values['envoy']['port']}/v1"
        client = openai.OpenAI(base_url=base, api_key="x", max_retries=0, timeout=30)
        msg = [{"role": "user", "content": "hi"}]
        raw = client.chat.completions.with_raw_response.create(model="deepseek-r1", messages=msg)
        assert raw.headers["x-selected-model"] == "deepseek-r1"
        assert raw.headers["x-demo-pool"] == "reasoning"
        spec = pod_spec(manifests)
        probed = 0
        for c in spec["containers"]:
            ports = {p["name"]: p["containerPort"] for p in c["ports"]}
            for kind in ("readinessProbe", "livenessProbe", "startupProbe"):
                get = c.get(kind, {}).get("httpGet")
                if get:
                    url = f"http://127.0.0.1:{ports[get['port']]}{get['path']}"
                    assert httpx.get(url, timeout=5).status_code == 200, (c["name"], kind)
                    probed += 1
        assert probed == 4  # envoy readiness; prism readiness, liveness, startup
    finally:
        stack.stop()


def test_grafana_dashboard_is_valid_and_reads_real_metrics():
    import json

    from extproc.metrics import Metrics

    dashboard = json.loads((CHART / "dashboards" / "prism.json").read_text())
    assert dashboard["uid"] and dashboard["panels"]
    exported = {m.name for m in Metrics().registry.collect()}
    titles = set()
    for panel in dashboard["panels"]:
        titles.add(panel["title"])
        for target in panel["targets"]:
            names = set(re.findall(r"prism_[a-z_]+", target["expr"]))
            assert names, target
            for name in names:
                base = re.sub(r"_(total|bucket|count|sum)$", "", name)
                assert base in exported, f"{panel['title']}: {name} is not exported"
    for needed in (
        "decision",
        "model",
        "latency",
        "cache hit",
        "blocked",
        "errors",
        "tokens",
        "cost",
        "first token",
        "failovers",
        "budget",
    ):
        assert any(needed in t.lower() for t in titles), needed
    rendered = render({"grafanaDashboard": {"enabled": True}})
    cm = one(rendered, "ConfigMap", "prism-dashboard")
    assert cm["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert json.loads(cm["data"]["prism.json"]) == dashboard
