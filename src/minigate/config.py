"""Settings: one validated object, read from YAML plus ``MINIGATE_*`` environment overrides.

With no config file at all the gateway runs its embedded default: SmolLM2-135M-Instruct for
chat and all-MiniLM-L6-v2 for embeddings, both shipped inside PyPI wheels.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from minigate.errors import ConfigError
from minigate.guard.settings import GuardSettings
from minigate.rag.settings import RagSettings

CONFIG_ENV = "MINIGATE_CONFIG"
DEFAULT_CONFIG_NAME = "minigate.yaml"
BUILTIN_CHAT_MODEL = "smollm2-135m-instruct"
BUILTIN_EMBEDDING_MODEL = "all-minilm-l6-v2"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LlamaCppModel(_Strict):
    """A local GGUF model served in-process by llama.cpp."""

    backend: Literal["llama_cpp"]
    id: str
    path: str = Field(description="A .gguf file, or 'builtin:smollm2' for the bundled model.")
    n_ctx: int = Field(default=2048, ge=64)
    n_threads: int | None = Field(default=None, ge=1)
    n_batch: int = Field(default=512, ge=1)
    max_queue: int = Field(default=16, ge=1, description="Requests that may wait per model.")
    queue_timeout_s: float = Field(default=60.0, gt=0)
    owned_by: str = "minigate"


class SentenceTransformerModel(_Strict):
    """A local embedding model loaded with sentence-transformers, offline."""

    backend: Literal["sentence_transformers"]
    id: str
    path: str = Field(description="A model folder, or 'builtin:all-minilm-l6-v2'.")
    torch_threads: int = Field(default=1, ge=1)
    max_batch: int = Field(default=256, ge=1)
    owned_by: str = "minigate"


class OpenAIModel(_Strict):
    """A model behind any OpenAI-compatible HTTP upstream (OpenAI, vLLM, llama.cpp, minigate)."""

    backend: Literal["openai"]
    id: str
    base_url: str
    upstream_model: str | None = Field(default=None, description="Name upstream; default: id.")
    api_key_env: str | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    timeout_s: float = Field(default=60.0, gt=0)
    connect_timeout_s: float = Field(default=5.0, gt=0)
    max_retries: int = Field(default=2, ge=0, le=10)
    backoff_s: float = Field(default=0.5, ge=0)
    max_backoff_s: float = Field(default=8.0, ge=0)
    owned_by: str = "upstream"

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return value.rstrip("/")


ModelConfig = Annotated[
    LlamaCppModel | SentenceTransformerModel | OpenAIModel, Field(discriminator="backend")
]


class ServerSettings(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    access_log: bool = True


class ApiKey(_Strict):
    """A static key from the config, optionally limited to some models."""

    key: str = Field(min_length=8)
    name: str | None = None
    models: list[str] | None = Field(default=None, description="Allowed models; None: all.")


class AuthSettings(_Strict):
    """Who may call the gateway. No keys at all means an open gateway (the local default)."""

    master_key: str | None = Field(default=None, description="Also read from MINIGATE_MASTER_KEY.")
    api_keys: list[ApiKey] = Field(default_factory=list)


class SemanticCacheSettings(_Strict):
    """Serve an answer cached for a paraphrase of the last user turn."""

    enabled: bool | None = Field(
        default=None, description="None: on when embedding_model is a configured model."
    )
    embedding_model: str = BUILTIN_EMBEDDING_MODEL
    # Measured on 6,000 labelled Quora question pairs with all-MiniLM-L6-v2 (benchmarks/cache.py):
    # 0.965 keeps false hits on non-duplicates under 1% (0.83%) and hits 15% of duplicates.
    threshold: float = Field(default=0.965, gt=0, le=1)


class CacheSettings(_Strict):
    """The response cache for chat completions (see minigate.cache)."""

    enabled: bool = True
    backend: Literal["sqlite", "redis"] = "sqlite"
    sqlite_path: str = ".minigate/cache.sqlite3"
    redis_url: str = "redis://127.0.0.1:6379/0"
    ttl_s: float = Field(default=86400.0, gt=0)
    max_entries: int = Field(default=10000, ge=1)
    max_entry_bytes: int = Field(default=256 * 1024, ge=1)
    only_deterministic: bool = Field(
        default=True, description="Cache only requests with temperature 0 or a seed."
    )
    tenant_header: str | None = Field(
        default=None, description="Namespace by this header (set by a trusted proxy)."
    )
    semantic: SemanticCacheSettings = Field(default_factory=SemanticCacheSettings)


class PriceOverride(_Strict):
    """USD per 1M tokens. Without effective_from it replaces the built-in price outright."""

    input: Decimal = Field(ge=0)
    output: Decimal = Field(ge=0)
    cached_input: Decimal | None = Field(default=None, ge=0)
    batch_discount: Decimal = Field(default=Decimal(0), ge=0, le=1)
    effective_from: date | None = None


class LedgerSettings(_Strict):
    """Cost accounting, budgets and rate limits per key."""

    enabled: bool = True
    baseline_model: str = Field(default="gpt-4o", description="What savings are measured against.")
    prices: dict[str, PriceOverride] = Field(default_factory=dict)
    local_usd_per_hour: Decimal = Field(default=Decimal(0), ge=0)
    local_prompt_tokens_per_s: Decimal = Field(default=Decimal(800), gt=0)
    local_completion_tokens_per_s: Decimal = Field(default=Decimal(80), gt=0)
    default_max_tokens: int = Field(
        default=4096, ge=1, description="Reserved for budgets when a request sets no max_tokens."
    )


class StoreSettings(_Strict):
    url: str = Field(
        default="sqlite:///minigate.db",
        description="sqlite:///PATH (embedded) or postgresql+psycopg://USER:PW@HOST/DB (shared).",
    )

    @field_validator("url")
    @classmethod
    def _supported(cls, value: str) -> str:
        if not value.startswith(("sqlite:", "postgresql")):
            raise ValueError("use sqlite:///PATH or postgresql+psycopg://USER:PW@HOST/DB")
        return value


class RouteMatch(_Strict):
    """Conditions of one rule; every condition given must hold (an empty match always holds)."""

    task: list[str] | None = Field(
        default=None, description="x-minigate-task header or metadata.task is one of these."
    )
    min_prompt_tokens: int | None = Field(default=None, ge=0)
    max_prompt_tokens: int | None = Field(default=None, ge=0)
    images: bool | None = None
    tools: bool | None = None
    max_latency_budget_ms: int | None = Field(
        default=None, ge=1, description="x-minigate-latency-budget-ms is at most this."
    )
    keys: list[str] | None = Field(default=None, description="Key ids or key names.")

    @field_validator("task", "keys", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class RouteTarget(_Strict):
    """A model or route to send to, and the ones to try in order when it fails."""

    to: str
    fallbacks: list[str] = Field(default_factory=list)


Target = str | RouteTarget


class RouteRule(_Strict):
    when: RouteMatch = Field(default_factory=RouteMatch)
    target: Target


class CascadeConfig(_Strict):
    """Ask the cheapest tier first; escalate while its answer is unconfident or invalid."""

    tiers: list[str] = Field(min_length=2)
    min_mean_logprob: float | None = Field(
        default=None, le=0, description="Escalate when the mean token logprob is lower."
    )
    regex: str | None = Field(default=None, description="The answer must contain a match.")

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"regex does not compile: {exc}") from None
        return value


class LearnedConfig(_Strict):
    """Send to ``cheap`` when a trained classifier says its answer will be good enough."""

    cheap: str
    strong: str
    artifact: str = Field(description="A file written by 'minigate router train'.")
    threshold: float = Field(
        default=0.5, ge=0, le=1, description="Cheap when P(cheap is good enough) >= this."
    )
    embedding_model: str = Field(
        default=BUILTIN_EMBEDDING_MODEL, description="The configured model that embeds the turn."
    )

    @field_validator("artifact")
    @classmethod
    def _loads(cls, value: str) -> str:
        from minigate.router.artifact import ArtifactError, load_artifact

        try:
            load_artifact(Path(value).expanduser())
        except ArtifactError as exc:
            raise ValueError(str(exc)) from None
        return value


class RouteConfig(_Strict):
    """A name clients ask for like a model: a rule table (rules + default), a cascade, or a
    learned router."""

    id: str
    rules: list[RouteRule] = Field(default_factory=list)
    default: Target | None = None
    cascade: CascadeConfig | None = None
    learned: LearnedConfig | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> RouteConfig:
        kinds = [self.cascade is not None, self.learned is not None]
        table = bool(self.rules) or self.default is not None
        if sum(kinds) + table > 1:
            raise ValueError("a route has one of rules/default, cascade or learned, not several")
        if not any(kinds) and not table:
            raise ValueError("a route needs rules, a default, a cascade or a learned router")
        return self

    def references(self) -> list[tuple[str, str]]:
        """(config key, model or route id) of everything this route can send to."""
        refs: list[tuple[str, str]] = []
        targets = [(f"rules.{n}.target", rule.target) for n, rule in enumerate(self.rules)]
        if self.default is not None:
            targets.append(("default", self.default))
        for key, target in targets:
            if isinstance(target, str):
                refs.append((key, target))
                continue
            refs.append((f"{key}.to", target.to))
            refs += [(f"{key}.fallbacks.{n}", f) for n, f in enumerate(target.fallbacks)]
        if self.cascade is not None:
            refs += [(f"cascade.tiers.{n}", t) for n, t in enumerate(self.cascade.tiers)]
        if self.learned is not None:
            refs += [("learned.cheap", self.learned.cheap), ("learned.strong", self.learned.strong)]
        return refs


class RouterSettings(_Strict):
    """The circuit breaker shared by every route: one per model the routes send to."""

    breaker_failures: int = Field(default=5, ge=1, description="Consecutive failures to open.")
    breaker_cooldown_s: float = Field(default=30.0, gt=0, description="Open time before a probe.")


class AuditSettings(_Strict):
    """The tamper-evident audit trail: one hash-chained entry per request and event."""

    enabled: bool = True
    retain_text: bool = Field(
        default=False, description="Also store prompts and answers in full, not only hashes."
    )
    retention_days: int = Field(default=30, ge=0, description="Full text older is purged.")
    checkpoint_every: int = Field(default=100, ge=1, description="Sign the head every N entries.")
    signing_key_path: str | None = Field(
        default=None,
        description="Ed25519 private key (PEM); default: next to the SQLite database, "
        "else .minigate/audit_ed25519.pem. Created with 0600 permissions if missing.",
    )


def default_models() -> list[ModelConfig]:
    return [
        LlamaCppModel(backend="llama_cpp", id=BUILTIN_CHAT_MODEL, path="builtin:smollm2"),
        SentenceTransformerModel(
            backend="sentence_transformers", id=BUILTIN_EMBEDDING_MODEL, path="builtin:minilm"
        ),
    ]


class Settings(BaseSettings):
    """Everything the gateway needs, validated once at start."""

    model_config = SettingsConfigDict(
        env_prefix="MINIGATE_",
        env_nested_delimiter="__",
        extra="forbid",
    )

    server: ServerSettings = Field(default_factory=ServerSettings)
    auth: AuthSettings = Field(default_factory=AuthSettings)
    models: list[ModelConfig] = Field(default_factory=default_models)
    store: StoreSettings = Field(default_factory=StoreSettings)
    ledger: LedgerSettings = Field(default_factory=LedgerSettings)
    cache: CacheSettings = Field(default_factory=CacheSettings)
    router: RouterSettings = Field(default_factory=RouterSettings)
    routes: list[RouteConfig] = Field(default_factory=list)
    audit: AuditSettings = Field(default_factory=AuditSettings)
    guard: GuardSettings = Field(default_factory=GuardSettings)
    rag: RagSettings = Field(default_factory=RagSettings)

    @field_validator("models")
    @classmethod
    def _unique_ids(cls, models: list[ModelConfig]) -> list[ModelConfig]:
        seen: set[str] = set()
        for model in models:
            if model.id in seen:
                raise ValueError(f"model id '{model.id}' is configured twice")
            seen.add(model.id)
        if not models:
            raise ValueError("at least one model must be configured")
        return models

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment wins over the file, the file (passed as init kwargs) over defaults.
        return env_settings, init_settings

    @model_validator(mode="after")
    def _routes_resolve(self) -> Settings:
        models = {m.id for m in self.models}
        routes = {r.id: r for r in self.routes}
        for n, route in enumerate(self.routes):
            where = f"routes.{n}"
            if route.id in models or sum(r.id == route.id for r in self.routes) > 1:
                raise ValueError(f"{where}.id '{route.id}' is already a model or route id")
            for key, ref in route.references():
                if ref not in models and ref not in routes:
                    raise ValueError(
                        f"{where}.{key} names '{ref}', which is neither a configured model "
                        f"nor a route; models: {', '.join(sorted(models))}; routes: "
                        f"{', '.join(sorted(routes)) or 'none'}"
                    )
        if cycle := find_route_cycle(routes):
            raise ValueError(f"routes refer to each other in a cycle: {' -> '.join(cycle)}")
        return self

    @model_validator(mode="after")
    def _learned_routes_embed(self) -> Settings:
        embedders = {m.id for m in self.models if isinstance(m, SentenceTransformerModel)}
        for n, route in enumerate(self.routes):
            if route.learned is None:
                continue
            model = route.learned.embedding_model
            if model not in embedders:
                raise ValueError(
                    f"routes.{n}.learned.embedding_model '{model}' is not a configured "
                    "sentence_transformers model; configured: "
                    f"{', '.join(sorted(embedders)) or 'none (add one, path: builtin:minilm)'}"
                )
            from minigate.router.artifact import load_artifact

            trained_on = load_artifact(Path(route.learned.artifact).expanduser()).embedding_model
            if trained_on != model:
                raise ValueError(
                    f"routes.{n}.learned.artifact was trained on embeddings of '{trained_on}', "
                    f"but learned.embedding_model is '{model}'; they must match"
                )
        return self

    @model_validator(mode="after")
    def _key_models_exist(self) -> Settings:
        ids = set(self.requestable)
        for n, entry in enumerate(self.auth.api_keys):
            unknown = sorted(set(entry.models or []) - ids)
            if unknown:
                raise ValueError(
                    f"auth.api_keys.{n}.models names unconfigured model(s): {', '.join(unknown)}"
                )
        return self

    @model_validator(mode="after")
    def _prices_name_known_models(self) -> Settings:
        from minigate.ledger.prices import BUILTIN_PRICES

        known = set(BUILTIN_PRICES) | {m.id for m in self.models}
        known |= {
            m.upstream_model for m in self.models if isinstance(m, OpenAIModel) and m.upstream_model
        }
        for name in self.ledger.prices:
            if name not in known:
                raise ValueError(
                    f"ledger.prices names unknown model '{name}'; price a configured model id, "
                    f"an upstream_model or one of: {', '.join(sorted(BUILTIN_PRICES))}"
                )
        if self.ledger.baseline_model not in known:
            raise ValueError(f"ledger.baseline_model '{self.ledger.baseline_model}' has no price")
        return self

    @model_validator(mode="after")
    def _semantic_model_exists(self) -> Settings:
        semantic = self.cache.semantic
        if semantic.enabled and semantic.embedding_model not in {m.id for m in self.models}:
            raise ValueError(
                f"cache.semantic.embedding_model '{semantic.embedding_model}' is not a "
                "configured model"
            )
        return self

    @model_validator(mode="after")
    def _guard_policies_name_known_models(self) -> Settings:
        known = set(self.requestable) | {"*"}
        for n, policy in enumerate(self.guard.policies):
            unknown = sorted(set(policy.models) - known)
            if unknown:
                raise ValueError(
                    f"guard.policies.{n}.models names unconfigured model(s) or route(s): "
                    f"{', '.join(unknown)}; configured: {', '.join(self.requestable)}"
                )
        return self

    @property
    def semantic_cache_on(self) -> bool:
        semantic = self.cache.semantic
        configured = semantic.embedding_model in {m.id for m in self.models}
        return self.cache.enabled and configured and semantic.enabled is not False

    @property
    def requestable(self) -> list[str]:
        """What a client may ask for as ``model``: the model ids, then the route ids."""
        return [m.id for m in self.models] + [r.id for r in self.routes]

    @property
    def audit_signing_key_path(self) -> Path:
        if self.audit.signing_key_path:
            return Path(self.audit.signing_key_path).expanduser()
        url = self.store.url
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            return Path(url.removeprefix("sqlite:///")).parent / "audit_ed25519.pem"
        return Path(".minigate/audit_ed25519.pem")

    @property
    def master_key(self) -> str | None:
        return self.auth.master_key or os.environ.get("MINIGATE_MASTER_KEY") or None


def find_route_cycle(routes: dict[str, RouteConfig]) -> list[str] | None:
    """A chain of route ids that leads back to its start, or None."""

    def visit(route_id: str, path: list[str]) -> list[str] | None:
        if route_id in path:
            return [*path[path.index(route_id) :], route_id]
        for _, ref in routes[route_id].references():
            if ref in routes and (cycle := visit(ref, [*path, route_id])):
                return cycle
        return None

    for route_id in routes:
        if cycle := visit(route_id, []):
            return cycle
    return None


def find_config_path(explicit: str | Path | None) -> Path | None:
    """The config file to read: --config, then $MINIGATE_CONFIG, then ./minigate.yaml."""
    if explicit:
        return Path(explicit)
    if env := os.environ.get(CONFIG_ENV):
        return Path(env)
    local = Path(DEFAULT_CONFIG_NAME)
    return local if local.is_file() else None


def load_settings(path: str | Path | None = None) -> Settings:
    """Read and validate the config; raise ConfigError with the offending key named."""
    config_path = find_config_path(path)
    text = _read_text(config_path) if config_path else None
    data = _parse_yaml(text, config_path) if config_path and text is not None else {}
    try:
        return Settings(**data)
    except ValidationError as exc:
        where = str(config_path) if config_path else "environment"
        lines = _line_finder(text)
        raise ConfigError(
            f"Invalid configuration in {where}:\n{describe_errors(exc, lines)}"
        ) from None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"Cannot read config file {path}: {exc.strerror}.") from None


def _parse_yaml(text: str, path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"Config file {path} is not valid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"Config file {path} must hold a mapping at the top level.")
    return data


LineFinder = Callable[[tuple[int | str, ...]], int | None]


def _line_finder(text: str | None) -> LineFinder:
    """Where a key path (a validation error's ``loc``) starts in the YAML text, 1-based."""
    root = yaml.compose(text) if text else None

    def find(loc: tuple[int | str, ...]) -> int | None:
        node, line = root, None
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                match = [v for k, v in node.value if k.value == str(part)]
                node = match[0] if match else None
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                node = node.value[part] if part < len(node.value) else None
            else:
                node = None
            if node is None:
                break
            line = node.start_mark.line + 1
        return line

    return find


def describe_errors(exc: ValidationError, line_of: LineFinder | None = None) -> str:
    lines = []
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"]) or "(top level)"
        # A scanner option's error carries the option's path below the scanner's entry.
        option_path = tuple((error.get("ctx") or {}).get("option_path", ()))
        line = line_of((*error["loc"], *option_path)) if line_of else None
        at = f" (line {line})" if line else ""
        message = str(error["msg"]).removeprefix("Value error, ")
        lines.append(f"  {key}: {message}{at}")
    return "\n".join(lines)
