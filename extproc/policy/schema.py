"""The policy part of Prism's config: signals, decisions, plugins, model selection."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extproc.surfaces.base import Scope

_NAME = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
Name = Annotated[str, Field(pattern=_NAME)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# -- signals ------------------------------------------------------------------------------
class KeywordSignal(Strict):
    name: Name
    patterns: list[str] = Field(min_length=1)
    regex: bool = False
    match: Literal["any", "all"] = "any"
    case_sensitive: bool = False
    scope: Literal["last_user", "user", "untrusted", "all", "conversation"] = Field(
        "last_user", description="as an ML signal's scope; conversation = all"
    )


class ContextLengthSignal(Strict):
    name: Name
    min_tokens: int = Field(0, ge=0)
    max_tokens: int | None = Field(None, ge=1)


class LanguageSignal(Strict):
    name: Name
    languages: list[str] = Field(min_length=1, description="ISO 639-1 codes, e.g. en, fr, zh")


OnFailure = Literal["no_match", "match"]
ON_FAILURE_DOC = (
    "when the classifier fails or misses the budget: no_match (route on, default) or match "
    "(fail closed, e.g. block when jailbreak detection could not run)"
)


SCOPE_DOC = (
    "which messages the signal reads: last_user, user (every user turn), untrusted (user "
    "turns and tool/function results), all (also system, developer, assistant and tool-call "
    "arguments); the score is the strongest message's"
)


class DomainSignal(Strict):
    name: Name
    labels: list[str] = Field(min_length=1)
    threshold: float = Field(0.5, ge=0, le=1)
    on_failure: OnFailure = Field("no_match", description=ON_FAILURE_DOC)
    scope: Scope = Field("last_user", description=SCOPE_DOC)


class EmbeddingSignal(Strict):
    name: Name
    exemplars: list[str] = Field(min_length=1)
    threshold: float = Field(0.7, ge=-1, le=1)
    on_failure: OnFailure = Field("no_match", description=ON_FAILURE_DOC)
    scope: Scope = Field("last_user", description=SCOPE_DOC)


SecurityOnFailure = Literal["refuse", "match"]
SECURITY_ON_FAILURE_DOC = (
    "when the classifier fails, is overloaded or misses signals.security_budget_ms: refuse "
    "(the request is answered 503, or 429 when shed, with retry-after; never forwarded) or "
    "match (treated as detected, e.g. blocked). A security signal never fails open."
)


class JailbreakSignal(Strict):
    name: Name
    threshold: float = Field(0.8, ge=0, le=1)
    tool_result_threshold: float | None = Field(
        None,
        ge=0,
        le=1,
        description="the line for tool and function results (Chat tool messages, Responses "
        "function_call_output, Anthropic tool_result blocks); unset (the default): threshold. "
        "It applies to the model's score for tool results: MiniLM's part shifted by the "
        "model's jailbreak_tool_result_offset, the multilingual branch's part as it is "
        "(docs/classifiers.md, candidate T)",
    )
    hidden_threshold: float | None = Field(
        0.3,
        ge=0,
        le=1,
        description="the line for an instruction hidden in a message: a part decoded or "
        "revealed from it (base64, base32, hex, URL or HTML escapes, Ascii85/base85, "
        "Unicode tags, zero-width or look-alike letters) that is an English sentence of ten "
        "words or more. Nobody hides their own request, so it is read on a lower line than "
        "what a user types; shorter or non-English parts keep the signal's line. null or a "
        "value at or above the signal's line: no separate line (docs/classifiers.md, "
        "candidate E1)",
    )
    on_failure: SecurityOnFailure = Field("refuse", description=SECURITY_ON_FAILURE_DOC)
    scope: Scope = Field("untrusted", description=SCOPE_DOC)
    supported_languages: list[str] = Field(
        default_factory=lambda: ["en"],
        min_length=1,
        description="languages the classifier reads (ISO 639-1; '*' = all): a message (or "
        "decoded part) detected in another language abstains (its English sentences are "
        "still read; listed in /v1/explain) instead of guessing; keyword signals and "
        "readable decoded parts still apply. Not listed: English and the multilingual "
        "branch's languages (classifiers.language.READ_LANGUAGES) while classifiers."
        "multilingual is on (the default), English alone when it is off",
    )
    abstain_min_confidence: float = Field(
        0.4,
        ge=0,
        le=1,
        description="abstain only when the language detector is at least this sure (and "
        "the text has no English run of its own, and its language is told by its script or "
        "by at least two of its own words)",
    )


class OperatorExemplars(Strict):
    file: str = Field(
        description="YAML file of jailbreak allow/deny lists and domain exemplars "
        "(absolute, or relative to the working directory); watched and hot-reloaded"
    )
    allow_similarity: float = Field(
        0.95, ge=-1, le=1, description="cosine to an allow entry that clears a text"
    )
    deny_similarity: float = Field(
        0.92, ge=-1, le=1, description="cosine to a deny entry that makes a text a jailbreak"
    )
    domain_similarity: float = Field(
        0.85, ge=-1, le=1, description="cosine to a domain exemplar that moves the domain"
    )
    domain_weight: float = Field(
        0.5, ge=0, le=1, description="share of the exemplar's label in the domain probabilities"
    )


class PiiSignal(Strict):
    name: Name
    types: list[str] = Field(default_factory=list, description="empty = any PII type")
    threshold: float = Field(0.5, ge=0, le=1)
    on_failure: SecurityOnFailure = Field("refuse", description=SECURITY_ON_FAILURE_DOC)
    scope: Scope = Field("all", description=SCOPE_DOC)


class HeaderSignal(Strict):
    name: Name
    header: str
    values: list[str] = Field(default_factory=list, description="empty = header present")
    regex: bool = False


class ModelRequestSignal(Strict):
    name: Name
    models: list[str] = Field(default_factory=list, description="empty = any explicit model")


SIGNALS_SETTINGS = ("budget_ms", "security_budget_ms", "max_scan_tokens", "operator_exemplars")
"""Fields of ``signals`` that are settings, not lists of signals of one kind."""


class Signals(Strict):
    keyword: list[KeywordSignal] = Field(default_factory=list)
    context_length: list[ContextLengthSignal] = Field(default_factory=list)
    language: list[LanguageSignal] = Field(default_factory=list)
    domain: list[DomainSignal] = Field(default_factory=list)
    embedding: list[EmbeddingSignal] = Field(default_factory=list)
    jailbreak: list[JailbreakSignal] = Field(default_factory=list)
    pii: list[PiiSignal] = Field(default_factory=list)
    header: list[HeaderSignal] = Field(default_factory=list)
    model_request: list[ModelRequestSignal] = Field(default_factory=list)
    budget_ms: float = Field(
        400.0, gt=0, description="time budget for routing signals (domain, embedding)"
    )
    security_budget_ms: float = Field(
        800.0,
        gt=0,
        description="deadline for the classifier pass when a security signal (jailbreak, PII "
        "signal or a PII policy) needs it; keep under envoy.message_timeout_ms",
    )
    max_scan_tokens: int = Field(
        16384,
        ge=0,
        description="estimated encoder tokens one request may send to the classifier (texts "
        "not already in the memo); over it: 413 when a security signal needs the pass, the "
        "default decision otherwise; 0 = unbounded",
    )
    operator_exemplars: OperatorExemplars | None = Field(
        None, description="operator corrections without retraining (docs/config.md)"
    )

    def all(self) -> dict[str, tuple[str, Any]]:
        """signal name -> (kind, definition)."""
        out: dict[str, tuple[str, Any]] = {}
        for kind in type(self).model_fields:
            if kind in SIGNALS_SETTINGS:
                continue
            for sig in getattr(self, kind):
                out[sig.name] = (kind, sig)
        return out


# -- rules --------------------------------------------------------------------------------
class Rule(Strict):
    """Exactly one of: signal, and, or, not, always."""

    signal: str | None = None
    and_: list[Rule] | None = Field(None, alias="and")
    or_: list[Rule] | None = Field(None, alias="or")
    not_: Rule | None = Field(None, alias="not")
    always: bool | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _one(self) -> Rule:
        set_ = [
            k for k in ("signal", "and_", "or_", "not_", "always") if getattr(self, k) is not None
        ]
        if len(set_) != 1:
            raise ValueError("a rule has exactly one of: signal, and, or, not, always")
        for key in ("and_", "or_"):
            value = getattr(self, key)
            if value is not None and not value:
                raise ValueError(f"'{key.rstrip('_')}' needs at least one rule")
        return self


# -- plugins ------------------------------------------------------------------------------
class SystemPromptPlugin(Strict):
    prompt: str
    mode: Literal["insert", "replace"] = "insert"


class ReasoningPlugin(Strict):
    enabled: bool = True
    effort: Literal["low", "medium", "high"] = "medium"


class HeaderMutationPlugin(Strict):
    add: dict[str, str] = Field(default_factory=dict)
    remove: list[str] = Field(default_factory=list)


class BlockPlugin(Strict):
    status: int = Field(403, ge=400, le=599)
    message: str = "The request was blocked by policy."
    code: str = "content_blocked"
    fast_response: str | None = Field(
        None, description="answer with this assistant message (HTTP 200) instead of an error"
    )


class PiiPlugin(Strict):
    enabled: bool = True
    scope: Scope = Field(
        "all", description="messages the model's PII policy applies to (deny/redact/reroute)"
    )


class SemanticCachePlugin(Strict):
    enabled: bool = True
    threshold: float | None = Field(None, ge=-1, le=1)
    ttl_s: int | None = Field(None, ge=1)
    scope: Literal["user", "tenant"] = Field(
        "user",
        description="user: entries shared only by requests of the same tenant and user "
        "(cache.user_header or the OpenAI `user` field; per tenant when none); tenant: "
        "shared by every user of the tenant (opt in for answers that are not personal)",
    )


class Plugins(Strict):
    system_prompt: SystemPromptPlugin | None = None
    reasoning: ReasoningPlugin | None = None
    header_mutation: HeaderMutationPlugin | None = None
    block: BlockPlugin | None = None
    pii: PiiPlugin | None = None
    semantic_cache: SemanticCachePlugin | None = None


# -- decisions ----------------------------------------------------------------------------
class ModelRef(Strict):
    model: str
    weight: float = Field(1.0, ge=0)
    quality: float | None = Field(None, ge=0, le=1, description="overrides the model's quality")


class Selection(Strict):
    algorithm: Literal["static", "weighted", "cost", "bandit"] = "static"
    quality_floor: float = Field(0.0, ge=0, le=1, description="for cost: minimum quality")
    latency_target_ms: float = Field(
        10_000.0, gt=0, description="for bandit: a response slower than this is a failure"
    )
    exploration: float = Field(1.0, gt=0, description="for bandit: prior pseudo-counts")


class Decision(Strict):
    name: Name
    description: str = ""
    priority: int = 0
    rules: Rule
    models: list[ModelRef] = Field(
        default_factory=list, description="empty = the requested model, or the default model"
    )
    selection: Selection = Selection()
    plugins: Plugins = Plugins()


# -- models' policy fields ----------------------------------------------------------------
class PiiPolicy(Strict):
    action: Literal["allow", "redact", "deny", "reroute"] = "allow"
    allowed_types: list[str] = Field(default_factory=list, description="PII types always allowed")
    reroute_to: str | None = None

    @model_validator(mode="after")
    def _reroute_target(self) -> PiiPolicy:
        if self.action == "reroute" and not self.reroute_to:
            raise ValueError("action 'reroute' needs 'reroute_to'")
        return self


class ReasoningFamily(Strict):
    type: Literal["chat_template_kwargs", "reasoning_effort", "field"]
    parameter: str = Field(
        "", description="default: enable_thinking / reasoning_effort; required for 'field'"
    )

    @model_validator(mode="before")
    @classmethod
    def _default_parameter(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("parameter"):
            default = {
                "chat_template_kwargs": "enable_thinking",
                "reasoning_effort": "reasoning_effort",
            }.get(data.get("type", ""))
            if default is None:
                raise ValueError("a 'field' reasoning family needs 'parameter'")
            data = {**data, "parameter": default}
        return data


DEFAULT_REASONING_FAMILIES: dict[str, ReasoningFamily] = {
    "qwen3": ReasoningFamily(type="chat_template_kwargs", parameter="enable_thinking"),
    "deepseek": ReasoningFamily(type="chat_template_kwargs", parameter="thinking"),
    "gpt-oss": ReasoningFamily(type="reasoning_effort", parameter="reasoning_effort"),
    "openai": ReasoningFamily(type="reasoning_effort", parameter="reasoning_effort"),
}
