"""Prism's YAML configuration: a pydantic v2 schema (unknown keys are errors)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from cache.settings import CacheSettings
from classifiers.language import READ_LANGUAGES
from classifiers.settings import ClassifierSettings
from extproc.envoy_failover import FailoverSettings
from extproc.feedback import FeedbackSettings
from extproc.limits import LimitSettings
from extproc.policy.affinity import AffinitySettings
from extproc.policy.bandit_redis import BanditSettings
from extproc.policy.schema import (
    DEFAULT_REASONING_FAMILIES,
    Decision,
    PiiPolicy,
    ReasoningFamily,
    Signals,
)
from extproc.telemetry import TelemetrySettings
from extproc.usage import UsageSettings

_NAME = r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DebugHeaderSettings(Strict):
    enabled: bool = Field(
        False, description="answer signal scores in x-prism-* headers to requests with the secret"
    )
    header: str = Field("x-prism-debug", description="request header that carries the secret")
    secret_env: str = Field(
        "PRISM_DEBUG_SECRET", description="environment variable holding the secret"
    )

    @model_validator(mode="after")
    def _check_header(self) -> DebugHeaderSettings:
        # x-prism-* request headers are stripped before the pool: the secret never leaves.
        if not re.fullmatch(r"x-prism-[a-z0-9-]+", self.header):
            raise ValueError(f"header must be a lower-case x-prism-* name, got {self.header!r}")
        return self


class ServerSettings(Strict):
    grpc_host: str = "127.0.0.1"
    grpc_port: int = Field(50051, ge=0, le=65535, description="0 disables TCP")
    grpc_uds: str = Field("", description="Unix domain socket path for ext_proc; empty = off")
    admin_host: str = "127.0.0.1"
    admin_port: int = Field(9190, ge=0, le=65535)
    max_body_bytes: int = Field(2 * 1024 * 1024, ge=1024)
    max_json_depth: int = Field(64, ge=4, le=512)
    drain_grace_s: float = Field(30.0, ge=0, description="max wait for in-flight streams")
    drain_delay_s: float = Field(
        5.0, ge=0, description="keep serving (not ready) this long after SIGTERM before draining"
    )
    passthrough_paths: list[str] = Field(
        default_factory=list,
        description="canonical paths forwarded to the default pool unclassified; others get 404",
    )
    debug_headers: DebugHeaderSettings = DebugHeaderSettings()
    log_level: str = "INFO"
    reload_interval_s: float = Field(1.0, ge=0, description="config file poll period; 0 = off")
    malloc_arena_max: int = Field(
        2, ge=0, description="glibc malloc arenas (M_ARENA_MAX), set at start; 0 = glibc default"
    )
    malloc_mmap_threshold_kib: int = Field(
        256,
        ge=0,
        le=32768,
        description="blocks above this many KiB get their own mapping, returned on free "
        "(fixed M_MMAP_THRESHOLD); 0 = glibc's dynamic threshold",
    )
    malloc_trim_interval_s: float = Field(
        30.0, ge=0, description="return free C-heap pages to the kernel this often; 0 = off"
    )


class EnvoySettings(Strict):
    listener_host: str = "127.0.0.1"
    listener_port: int = Field(8801, ge=1, le=65535)
    admin_port: int = Field(9901, ge=0, le=65535)
    ready_port: int = Field(
        0,
        ge=0,
        le=65535,
        description="0.0.0.0 listener serving only admin /ready and /stats/prometheus; 0 = off",
    )
    message_timeout_ms: int = Field(1000, ge=10)
    max_message_timeout_ms: int = Field(
        8000,
        ge=0,
        description="Envoy's max_message_timeout: the longest Prism may extend one message's "
        "timer to (a long scan, e.g. an agent conversation seen first), capped 0.5 s below "
        "request_timeout_s; 0, or not above message_timeout_ms = no extension",
    )

    @property
    def extension_s(self) -> float:
        """The longest one message's timer may be extended to (0.0: never): at most 0.5 s
        below ``request_timeout_s``, which bounds Prism's time on the request too."""
        seconds = min(self.max_message_timeout_ms / 1000, self.request_timeout_s - 0.5)
        return seconds if seconds * 1000 > self.message_timeout_ms else 0.0

    failure_mode_allow: bool = False
    upstream_timeout_s: float = Field(300.0, gt=0)
    extproc_target: str = Field(
        "", description="host:port or unix:PATH of Prism; empty = from server settings"
    )
    request_headers_timeout_s: float = Field(
        5.0, gt=0, description="a client must send all request headers within this"
    )
    request_timeout_s: float = Field(
        10.0, gt=0, description="a client must send the whole request (body included) within this"
    )
    idle_timeout_s: float = Field(
        60.0, gt=0, description="close a client connection idle this long"
    )
    max_request_headers_kb: int = Field(60, ge=1, le=8192)
    max_headers_count: int = Field(100, ge=1)
    max_connections: int = Field(8192, ge=1, description="client connections Envoy accepts at once")
    max_concurrent_streams: int = Field(128, ge=1, description="HTTP/2 streams per connection")
    retry_after_s: int = Field(
        1, ge=0, description="`retry-after` on Envoy's 503 when Prism is down, stalled or draining"
    )
    failover: FailoverSettings = Field(default_factory=FailoverSettings)


class Pool(Strict):
    name: Annotated[str, Field(pattern=_NAME)]
    address: str = Field(description="host:port of the OpenAI-compatible model server(s)")
    tls: bool = False
    connect_timeout_s: float = 2.0
    health_path: str = ""

    @property
    def cluster(self) -> str:
        return "pool_" + re.sub(r"[^A-Za-z0-9_]", "_", self.name)

    @property
    def host_port(self) -> tuple[str, int]:
        host, _, port = self.address.rpartition(":")
        return host, int(port)

    @model_validator(mode="after")
    def _check_address(self) -> Pool:
        host, sep, port = self.address.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"pool address must be host:port, got {self.address!r}")
        return self


class Model(Strict):
    name: Annotated[str, Field(pattern=_NAME)]
    served_name: str = ""
    pool: str
    description: str = ""
    reasoning_family: str | None = None
    cost_per_1m_input: float = Field(0.0, ge=0)
    cost_per_1m_output: float = Field(0.0, ge=0)
    quality: float = Field(0.5, ge=0, le=1)
    max_context_tokens: int | None = Field(None, ge=1)
    fallbacks: list[str] = Field(
        default_factory=list,
        description="models tried in order when this one's pool fails before answering",
    )
    pii_policy: PiiPolicy = PiiPolicy()

    @property
    def cost(self) -> float:
        return self.cost_per_1m_input + self.cost_per_1m_output

    @property
    def upstream_name(self) -> str:
        return self.served_name or self.name


class PrismConfig(Strict):
    server: ServerSettings = ServerSettings()
    envoy: EnvoySettings = EnvoySettings()
    pools: list[Pool] = Field(min_length=1)
    models: list[Model] = Field(min_length=1)
    default_model: str
    reasoning_families: dict[str, ReasoningFamily] = Field(
        default_factory=dict, description="added to (or overriding) the built-in families"
    )
    signals: Signals = Signals()
    decisions: list[Decision] = Field(default_factory=list)
    cache: CacheSettings = Field(default_factory=CacheSettings)
    telemetry: TelemetrySettings = Field(default_factory=TelemetrySettings)
    bandit: BanditSettings = Field(default_factory=BanditSettings)
    feedback: FeedbackSettings = Field(default_factory=FeedbackSettings)
    classifiers: ClassifierSettings = Field(default_factory=ClassifierSettings)
    session_affinity: AffinitySettings = Field(default_factory=AffinitySettings)
    limits: LimitSettings = Field(default_factory=LimitSettings)
    usage: UsageSettings = Field(default_factory=UsageSettings)

    @model_validator(mode="before")
    @classmethod
    def _read_languages(cls, raw: Any) -> Any:
        """A jailbreak signal that does not list ``supported_languages`` reads what the
        classifier reads: English and the multilingual branch's languages when the branch is
        on (the default), English alone when it is off."""
        if not isinstance(raw, dict):
            return raw
        clf = raw.get("classifiers")
        on = ClassifierSettings.model_fields["multilingual"].default
        if isinstance(clf, dict) and "multilingual" in clf:
            on = bool(clf["multilingual"])
        signals = raw.get("signals")
        if (
            not on
            or not isinstance(signals, dict)
            or not isinstance(signals.get("jailbreak"), list)
        ):
            return raw
        filled = [
            {**sig, "supported_languages": list(READ_LANGUAGES)}
            if isinstance(sig, dict) and "supported_languages" not in sig
            else sig
            for sig in signals["jailbreak"]
        ]
        return {**raw, "signals": {**signals, "jailbreak": filled}}

    @property
    def families(self) -> dict[str, ReasoningFamily]:
        return {**DEFAULT_REASONING_FAMILIES, **self.reasoning_families}

    def model(self, name: str) -> Model | None:
        return next((m for m in self.models if m.name == name), None)

    def pool(self, name: str) -> Pool:
        return next(p for p in self.pools if p.name == name)


class ConfigError(Exception):
    """A config that cannot be loaded; the message names the YAML path."""


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


def parse_config(data: Any) -> PrismConfig:
    from extproc.paths import check_passthrough
    from extproc.policy.validation import reference_errors

    try:
        config = PrismConfig.model_validate(data)
    except ValidationError as exc:
        lines = [f"{_loc(e['loc'])}: {e['msg']}" for e in exc.errors()]
        raise ConfigError("\n".join(lines)) from None
    errors = check_passthrough(config.server.passthrough_paths) + reference_errors(config)
    if errors:
        raise ConfigError("\n".join(errors))
    return config


def load_config(path: str | Path) -> PrismConfig:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from None
    return parse_config(data)


DEFAULT_CONFIG_PATH = Path(__file__).with_name("default_config.yaml")
