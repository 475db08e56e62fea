"""Settings: one validated object, read from YAML plus ``MINIGATE_*`` environment overrides.

Each concern owns its section's model, in its own package (``cache/settings.py``,
``guard/settings.py``, ...); this module composes them into ``Settings``, checks what spans
sections (a route names a configured model, a price a known one), and reads the file. A new
concern adds one field here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)

from minigate.audit.settings import AuditSettings as AuditSettings
from minigate.backends.settings import BUILTIN_CHAT_MODEL as BUILTIN_CHAT_MODEL
from minigate.backends.settings import BUILTIN_EMBEDDING_MODEL as BUILTIN_EMBEDDING_MODEL
from minigate.backends.settings import MULTILINGUAL, default_models, served_names
from minigate.backends.settings import LlamaCppModel as LlamaCppModel
from minigate.backends.settings import ModelConfig as ModelConfig
from minigate.backends.settings import OpenAIModel as OpenAIModel
from minigate.backends.settings import SentenceTransformerModel as SentenceTransformerModel
from minigate.batch.settings import BatchSettings as BatchSettings
from minigate.cache.settings import CacheSettings as CacheSettings
from minigate.errors import ConfigError
from minigate.guard.settings import GuardSettings as GuardSettings
from minigate.ledger.settings import LedgerSettings as LedgerSettings
from minigate.paths import read_text
from minigate.rag.settings import RagSettings as RagSettings
from minigate.router.settings import RouteConfig as RouteConfig
from minigate.router.settings import RouterSettings as RouterSettings
from minigate.router.settings import find_route_cycle
from minigate.section import CheckFailed, Section
from minigate.store.settings import StoreSettings as StoreSettings
from minigate.ui.settings import UISettings
from minigate.validation import message_of, union_tag

CONFIG_ENV = "MINIGATE_CONFIG"
DEFAULT_CONFIG_NAME = "minigate.yaml"


def _web_origin(origin: str) -> str:
    if origin != "*" and not _ORIGIN.fullmatch(origin):
        raise ValueError(
            f"{origin[:80]!r} is not a web origin: write scheme://host[:port] with no path or "
            "trailing slash (https://app.example.com), or '*' for any"
        )
    return origin


_ORIGIN = re.compile(
    r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?|https?://\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?"
)


class ServerSettings(Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    access_log: bool = True
    header_timeout_s: float = Field(
        default=15.0,
        gt=0,
        description="A connection's request line and headers must arrive within this many "
        "seconds of its opening (or of the previous answer on a kept-alive connection); "
        "else it is closed.",
    )
    body_timeout_s: float = Field(
        default=30.0,
        gt=0,
        description="A request body that sends nothing for this many seconds (between two "
        "reads, not in all) is answered 408 request_timeout and its connection closed.",
    )
    max_connections: int | None = Field(
        default=None,
        ge=1,
        description="Open client connections past this are answered 503 and closed at once. "
        "None: half the process's open-file limit (ulimit -n), at most 2048.",
    )
    metrics_access: Literal["key", "admin", "public"] = Field(
        default="key",
        description="Who may read /metrics once keys are configured: any valid key (key), the "
        "master key and admin keys only (admin), or anyone (public). Its totals are "
        "gateway-wide: per model and status, every tenant's traffic and errors together.",
    )
    public_metrics: bool = Field(
        default=False, description="Older spelling of metrics_access: public."
    )
    public_docs: bool = Field(
        default=False,
        description="Serve /docs and /openapi.json without a key even when keys are configured.",
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        description="Web origins (scheme://host[:port], or '*' for any) whose pages may call "
        "the API from a browser (CORS): preflight OPTIONS requests are answered and "
        "Access-Control-Allow-Origin is sent to them. Empty: no CORS headers at all.",
    )

    @field_validator("cors_origins")
    @classmethod
    def _web_origins(cls, origins: list[str]) -> list[str]:
        return [_web_origin(origin) for origin in origins]

    @model_validator(mode="after")
    def _one_metrics_access(self) -> ServerSettings:
        if self.public_metrics and self.metrics_access == "admin":
            raise ValueError(
                "public_metrics: true and metrics_access: admin disagree; set metrics_access alone"
            )
        if self.public_metrics:
            self.metrics_access = "public"
        return self


class ApiKey(Section):
    """A static key from the config, optionally limited to some models."""

    key: str = Field(min_length=8)
    name: str | None = None
    models: list[str] | None = Field(default=None, description="Allowed models; None: all.")


class AuthSettings(Section):
    """Who may call the gateway. No keys at all means an open gateway (the local default)."""

    master_key: str | None = Field(default=None, description="Also read from MINIGATE_MASTER_KEY.")
    api_keys: list[ApiKey] = Field(default_factory=list)


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
    batch: BatchSettings = Field(default_factory=BatchSettings)
    ui: UISettings = Field(default_factory=UISettings)
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
        models = set(served_names(self.models))
        routes = {r.id: r for r in self.routes}
        for n, route in enumerate(self.routes):
            where = f"routes.{n}"
            if route.id in models:
                raise CheckFailed(
                    ("routes", n, "id"),
                    f"{where}.id '{route.id}' is already a model id; a client names a route "
                    "as it names a model, so give the route another id",
                )
            if any(r.id == route.id for r in self.routes[:n]):  # the later entry is the one
                raise CheckFailed(
                    ("routes", n, "id"),
                    f"{where}.id '{route.id}' is the id of an earlier route; give each route "
                    "its own id",
                )
            for key, ref in route.references():
                if ref not in models and ref not in routes:
                    raise CheckFailed(
                        ("routes", n, *_key_path(key)),
                        f"{where}.{key} names '{ref}', which is neither a configured model "
                        f"nor a route; models: {', '.join(sorted(models))}; routes: "
                        f"{', '.join(sorted(routes)) or 'none'}",
                    )
        if cycle := find_route_cycle(routes):
            first = [r.id for r in self.routes].index(cycle[0])
            raise CheckFailed(
                ("routes", first), f"routes refer to each other in a cycle: {' -> '.join(cycle)}"
            )
        return self

    @model_validator(mode="after")
    def _learned_routes_embed(self) -> Settings:
        embedders = {m.id for m in self.models if isinstance(m, SentenceTransformerModel)}
        for n, route in enumerate(self.routes):
            if route.learned is None:
                continue
            model = route.learned.embedding_model
            if model not in embedders:
                raise CheckFailed(
                    ("routes", n, "learned", "embedding_model"),
                    f"routes.{n}.learned.embedding_model '{model}' is not a configured "
                    "sentence_transformers model; configured: "
                    f"{', '.join(sorted(embedders)) or 'none (add one, path: builtin:minilm)'}",
                )
            trained_on = route.learned.loaded.embedding_model
            if trained_on != model:
                raise CheckFailed(
                    ("routes", n, "learned", "artifact"),
                    f"routes.{n}.learned.artifact was trained on embeddings of '{trained_on}', "
                    f"but learned.embedding_model is '{model}'; they must match",
                )
        return self

    @model_validator(mode="after")
    def _key_models_exist(self) -> Settings:
        ids = set(self.requestable)
        for n, entry in enumerate(self.auth.api_keys):
            unknown = sorted(set(entry.models or []) - ids)
            if unknown:
                raise CheckFailed(
                    ("auth", "api_keys", n, "models", _first(entry.models or [], unknown)),
                    f"auth.api_keys.{n}.models names unconfigured model(s): {', '.join(unknown)}",
                )
        return self

    @model_validator(mode="after")
    def _prices_name_known_models(self) -> Settings:
        self.ledger.check_price_names(self.models)
        return self

    @model_validator(mode="after")
    def _semantic_model_exists(self) -> Settings:
        semantic = self.cache.semantic
        known = {m.id for m in self.models} | {MULTILINGUAL}
        if semantic.enabled and semantic.embedding_model not in known:
            raise CheckFailed(
                ("cache", "semantic", "embedding_model"),
                f"cache.semantic.embedding_model '{semantic.embedding_model}' is not a "
                f"configured model nor the built-in '{MULTILINGUAL}'",
            )
        return self

    @model_validator(mode="after")
    def _rag_answer_model_chats(self) -> Settings:
        """Checked here, not at the first ``rag:`` request: there a 404 named a model the
        client never asked for, and every request failed alike."""
        name = self.rag.answer_model
        embedders = {m.id for m in self.models if isinstance(m, SentenceTransformerModel)}
        chat = [n for n in self.requestable if n not in embedders]
        if self.rag.enabled and name is not None and name not in chat:
            raise CheckFailed(
                ("rag", "answer_model"),
                f"rag.answer_model '{name}' is not a configured chat model, adapter "
                f"('model:adapter') or route; configured: {', '.join(chat) or 'none'}",
            )
        return self

    @model_validator(mode="after")
    def _guard_policies_name_known_models(self) -> Settings:
        known = set(self.requestable) | {"*"}
        for n, policy in enumerate(self.guard.policies):
            unknown = sorted(set(policy.models) - known)
            if unknown:
                raise CheckFailed(
                    ("guard", "policies", n, "models", _first(policy.models, unknown)),
                    f"guard.policies.{n}.models names unconfigured model(s) or route(s): "
                    f"{', '.join(unknown)}; configured: {', '.join(self.requestable)}",
                )
        return self

    @model_validator(mode="after")
    def _guard_policies_each_can_match(self) -> Settings:
        """Policy ids are unique (the audit trail and reviews name them), and each policy can
        match some request: the first matching policy wins, so one listed after a '*' policy,
        or after policies that cover all of its models, never applies (an outside probe's
        configs loaded with both mistakes, silently)."""
        policies = self.guard.policies
        for n, policy in enumerate(policies):
            earlier = policies[:n]
            if any(p.id == policy.id for p in earlier):
                raise CheckFailed(
                    ("guard", "policies", n, "id"),
                    f"guard.policies.{n}.id '{policy.id}' is the id of an earlier policy; "
                    "give each policy its own id",
                )
            # a catch-all is shadowed only by another: one after named models keeps the rest;
            # the preset's policy (added last) is the configured policies' fallback
            names = ["*"] if "*" in policy.models else policy.models
            preset = self.guard.preset is not None and n == len(policies) - 1
            if earlier and not preset and all(any(p.applies_to(m) for p in earlier) for m in names):
                first = next(p.id for p in earlier if any(p.applies_to(m) for m in names))
                raise CheckFailed(
                    ("guard", "policies", n, "models"),
                    f"guard.policies.{n} ('{policy.id}') can never apply: the first policy "
                    f"that matches a model wins, and earlier policies ('{first}' first) match "
                    "every model it names; move it before them or name other models",
                )
        return self

    @model_validator(mode="after")
    def _guard_scanners_have_their_embeddings(self) -> Settings:
        """A harm scanner in full mode needs the embedding model: checked here, so that the
        error names its YAML line and ``minigate models`` fails as ``serve`` would (an outside
        probe: serve failed with no line, and ``models`` passed)."""
        if any(m.id == BUILTIN_EMBEDDING_MODEL for m in self.models):
            return self
        for key, spec in self.guard.needing_embeddings():
            where = ".".join(map(str, ("guard", *key)))
            raise CheckFailed(
                ("guard", *key),
                f"{where}: the {spec.type} scanner '{spec.label}' needs the gateway's embedding "
                f"model '{BUILTIN_EMBEDDING_MODEL}', which is not configured; add it to models "
                "(path: builtin:minilm), or set use_embeddings: false for the n-gram model, "
                "which catches less",
            )
        return self

    @model_validator(mode="after")
    def _routes_keep_their_models_guarded(self) -> Settings:
        """A route that no policy covers must not reach a model that one does: policies apply
        to the name the client asks for (pipeline.py), so such a route was a way around the
        model's scanners (an outside probe: 'auto' passed what 'fake' blocked)."""
        policies = self.guard.active_policies
        routes = {r.id: r for r in self.routes}

        def policy_of(name: str) -> int | None:
            return next((n for n, p in enumerate(policies) if p.applies_to(name)), None)

        def reached(route_id: str, seen: set[str]) -> list[str]:
            out: list[str] = []
            for _, ref in routes[route_id].references():
                if ref in routes and ref not in seen:
                    out += reached(ref, seen | {ref})
                elif ref not in routes:
                    out.append(ref)
            return out

        for route in self.routes:
            if policy_of(route.id) is not None:
                continue
            for model in dict.fromkeys(reached(route.id, {route.id})):
                if (guarded := policy_of(model)) is not None:
                    raise CheckFailed(
                        ("guard", "policies", guarded, "models"),
                        f"guard.policies.{guarded} guards model '{model}', which route "
                        f"'{route.id}' reaches, but no policy covers '{route.id}': a policy "
                        "applies to the name the client asks for, so requests to the route would "
                        f"go unscanned; add '{route.id}' to this policy's models (or give the "
                        "route a policy of its own)",
                    )
        return self

    @property
    def requestable(self) -> list[str]:
        """What a client may ask for as ``model``: the model ids, then the route ids."""
        return served_names(self.models) + [r.id for r in self.routes]

    @property
    def audit_signing_key_path(self) -> Path:
        return self.audit.signing_key(self.store.url)

    @property
    def master_key(self) -> str | None:
        return self.auth.master_key or os.environ.get("MINIGATE_MASTER_KEY") or None


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
    text = read_text(config_path, "config file") if config_path else None
    data = _parse_yaml(text, config_path) if config_path and text is not None else {}
    if config_path and (found := _environment_reference(data, config_path)):
        key, value = found
        line = _locator(text)(key)[1]
        raise ConfigError(_unexpanded(config_path, key, value, line))
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise ConfigError(_invalid(exc, config_path, text)) from None
    except SettingsError as exc:  # a MINIGATE_<SECTION> variable that is not JSON
        raise ConfigError(_environment_error(exc)) from None


def _invalid(exc: ValidationError, path: Path | None, text: str | None) -> str:
    """The message for settings that failed validation. A value an environment variable set
    is named by that variable: the file's line for the same key holds a value that lost."""
    sources = [_set_by_environment(error["loc"]) for error in exc.errors()]
    if path is None or all(sources):
        where = "the environment"
    else:
        where = f"{path} and the environment" if any(sources) else str(path)
    return f"Invalid configuration in {where}:\n{describe_errors(exc, _locator(text))}"


def _set_by_environment(loc: tuple[int | str, ...]) -> str | None:
    """The MINIGATE_* variable that sets the key at ``loc`` or a section above it, if one does
    (pydantic-settings reads them case-insensitively)."""
    names = {name.upper() for name in os.environ}
    for end in range(len(loc), 0, -1):
        if not all(isinstance(part, str) for part in loc[:end]):
            continue
        variable = "MINIGATE_" + "__".join(str(part).upper() for part in loc[:end])
        if variable in names:
            return variable
    return None


_REFERENCE = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*\}")
Key = tuple[int | str, ...]


def _environment_reference(data: dict[str, Any], path: Path) -> tuple[Key, str] | None:
    """The first string in the config that holds a ${VAR}, and its key path.

    YAML aliases share one mapping or list among several keys, so each is read once: ten levels
    of ten aliases each would be ten billion strings to read otherwise. One that holds itself
    (an alias inside its own anchor) is refused, naming where."""
    seen: set[int] = set()

    def walk(value: Any, key: Key, inside: tuple[int, ...]) -> tuple[Key, str] | None:
        if isinstance(value, str):
            return (key, value) if _REFERENCE.search(value) else None
        if not isinstance(value, dict | list):
            return None
        if id(value) in inside:
            raise ConfigError(
                f"Invalid configuration in {path}:\n  {'.'.join(map(str, key))}: holds itself "
                "through a YAML alias; write the value out instead."
            )
        if id(value) in seen:
            return None
        seen.add(id(value))
        parts = value.items() if isinstance(value, dict) else enumerate(value)
        for part, inner in parts:
            if found := walk(inner, (*key, part), (*inside, id(value))):
                return found
        return None

    return walk(data, (), ())


def _unexpanded(path: Path, key: Key, value: str, line: int | None) -> str:
    """minigate expands no ${VAR}: taken as written, '${MASTER_KEY}' would be the master key."""
    name = ".".join(map(str, key))
    variable = "MINIGATE_" + "__".join(str(part).upper() for part in key)
    instead = (
        f" or set {variable} in the environment" if all(isinstance(p, str) for p in key) else ""
    )
    return (
        f"Invalid configuration in {path}:\n  {name}: '{value}' names an environment variable, "
        f"but minigate does not expand them in its config file. Write the value itself{instead}; "
        f"an upstream's API key is read from the variable its api_key_env names"
        f"{f' (line {line})' if line else ''}."
    )


def _environment_error(exc: SettingsError) -> str:
    field = re.search(r'field "(\w+)"', str(exc))
    section = field[1] if field else "<section>"
    variable = f"MINIGATE_{section.upper()}"
    hint = " (the folder for exported models is MINIGATE_CACHE_DIR)" if section == "cache" else ""
    return (
        f"Invalid configuration in the environment: {variable} must hold the whole "
        f"'{section}' section as JSON; set one key with {variable}__<KEY> "
        f"(e.g. MINIGATE_SERVER__PORT=8080){hint}."
    )


class _UniqueKeyLoader(yaml.SafeLoader):
    """Refuses a mapping that sets a key twice, which PyYAML allows, keeping the last value: a
    second ``models:`` at the end of a file would drop every model above it, silently."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[str, int] = {}
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                line = key.start_mark.line + 1
                if key.value in seen:
                    raise yaml.constructor.ConstructorError(
                        problem=f"'{key.value}' is set twice, on lines {seen[key.value]} and "
                        f"{line}; keep one",
                        problem_mark=key.start_mark,
                    )
                seen[key.value] = line
        return super().construct_mapping(node, deep)

    def construct_yaml_timestamp(self, node: yaml.Node) -> Any:
        """A date YAML reads as one but the calendar has not (2026-02-30): the line named, not
        PyYAML's ValueError as a traceback."""
        try:
            return super().construct_yaml_timestamp(node)  # type: ignore[arg-type]
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                problem=f"{node.value!r} is not a date ({exc})", problem_mark=node.start_mark
            ) from None


_UniqueKeyLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _UniqueKeyLoader.construct_yaml_timestamp
)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """Where and what, on one line: PyYAML's own text is several, with a snippet of the file
    and '<unicode string>' for its name."""
    if not isinstance(exc, yaml.MarkedYAMLError):
        return f": {' '.join(str(exc).split())}"
    mark = exc.problem_mark or exc.context_mark
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
    said = exc.problem or exc.context or "it cannot be read"
    if exc.problem and exc.context:
        started = exc.context_mark
        moved = started is not None and mark is not None and started.line != mark.line
        at = f" at line {started.line + 1}" if started is not None and moved else ""
        said += f", {exc.context}{at}"
    return f"{where}: {said.rstrip('.')}"


def _parse_yaml(text: str, path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader
    except yaml.YAMLError as exc:
        raise ConfigError(f"Config file {path} is not valid YAML{_yaml_problem(exc)}.") from None
    except RecursionError:
        raise ConfigError(
            f"Config file {path} nests mappings or lists too deeply to be read; a configuration "
            "needs a few levels."
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"Config file {path} must hold a mapping at the top level.")
    return data


KeyPath = tuple[int | str, ...]
# Where a key path is in the config file: the path as the file writes it, and its 1-based line.
Locator = Callable[[KeyPath], tuple[KeyPath, int | None]]


def _locator(text: str | None) -> Locator:
    """Finds a validation error's ``loc`` in the YAML text. pydantic's loc also names the
    member of a union it tried (``models.0.llama_cpp.n_ctx``, ``routes.0.default.RouteTarget``),
    which is no key of the file: such a part is dropped, so that the path is the one the user
    wrote and the line that of the key itself, not of the list entry above it."""
    root = yaml.compose(text) if text else None

    def locate(loc: KeyPath) -> tuple[KeyPath, int | None]:
        node, line, path = root, None, []
        for i, part in enumerate(loc):
            if node is not None and _union_member(node, part, last=i == len(loc) - 1):
                continue
            path.append(part)
            node = _child(node, part)
            if node is not None:
                line = node.start_mark.line + 1
        return tuple(path), line

    return locate


def _child(node: yaml.Node | None, part: int | str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((v for k, v in node.value if k.value == str(part)), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int):
        return node.value[part] if 0 <= part < len(node.value) else None
    return None


def _union_member(node: yaml.Node, part: int | str, *, last: bool) -> bool:
    """Whether ``part`` of a loc names the union member pydantic tried at ``node`` rather than
    a key: the tag the entry holds (``backend: llama_cpp``; a tag is never the last part), or
    a type's name (``str``, ``RouteTarget``: our keys are lower case). A scalar or a list has
    no named keys, so a name under one is a member's too."""
    if not isinstance(part, str):
        return False
    if not isinstance(node, yaml.MappingNode):
        return True
    if any(key.value == part for key, _ in node.value):
        return False
    tags = {v.value for _, v in node.value if isinstance(v, yaml.ScalarNode)}
    return (part in tags and not last) or part[:1].isupper() or union_tag(part)


def describe_errors(exc: ValidationError, locate: Locator | None = None) -> str:
    lines = []
    for error in exc.errors():
        message = message_of(error)
        cause = (error.get("ctx") or {}).get("error")
        loc = tuple(error["loc"]) or (cause.key if isinstance(cause, CheckFailed) else ())
        # A scanner option's error carries the option's path below the scanner's entry.
        option_path = tuple((error.get("ctx") or {}).get("option_path", ()))
        line = None
        if locate and loc:
            loc = locate(loc)[0]
            line = locate((*loc, *option_path))[1]
        at = f" (line {line})" if line else ""
        if variable := _set_by_environment(loc):
            at = f" (set by {variable})"
        if error["loc"]:
            lines.append(f"  {'.'.join(map(str, loc))}: {message}{at}")
        else:  # a check across sections names its key first ('routes.0.default names ...')
            lines.append(f"  {message if loc else '(top level): ' + message}{at}")
    return "\n".join(lines)


def _key_path(dotted: str) -> tuple[int | str, ...]:
    """``rules.1.target`` as a key path: ``("rules", 1, "target")``."""
    return tuple(int(p) if p.isdigit() else p for p in dotted.split("."))


def _first(listed: list[str], unknown: list[str]) -> int:
    """The index in ``listed`` of its first entry that is in ``unknown``."""
    return next(i for i, name in enumerate(listed) if name in unknown)
