"""Config: YAML plus environment overrides, validated with the offending key named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from minigate.config import BUILTIN_CHAT_MODEL, LlamaCppModel, OpenAIModel, load_settings
from minigate.errors import ConfigError
from tests.imports import imported


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "minigate.yaml"
    path.write_text(text)
    return path


def test_no_config_is_the_embedded_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MINIGATE_CONFIG", raising=False)
    settings = load_settings()
    assert [m.id for m in settings.models] == [BUILTIN_CHAT_MODEL, "all-minilm-l6-v2"]
    assert settings.server.port == 8080


def test_yaml_and_environment_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(
        tmp_path,
        """
server: {port: 9000}
models:
  - {id: a, backend: openai, base_url: "http://127.0.0.1:1/v1/"}
  - {id: b, backend: llama_cpp, path: /m.gguf, n_ctx: 512}
""",
    )
    monkeypatch.setenv("MINIGATE_SERVER__PORT", "9100")
    settings = load_settings(path)
    assert settings.server.port == 9100
    first, second = settings.models
    assert isinstance(first, OpenAIModel) and first.base_url == "http://127.0.0.1:1/v1"
    assert isinstance(second, LlamaCppModel) and second.n_ctx == 512


def test_the_cache_folder_variable_is_not_read_as_a_config_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # MINIGATE_CACHE would be the response cache's section; the folder has its own name.
    from minigate.backends.dequant import default_cache as lora_bases
    from minigate.backends.onnx_encoder import default_cache

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MINIGATE_CONFIG", raising=False)
    monkeypatch.setenv("MINIGATE_CACHE_DIR", str(tmp_path / "cache"))
    assert load_settings().cache == load_settings(write(tmp_path, "{}\n")).cache
    assert default_cache() == tmp_path / "cache" / "onnx"
    assert lora_bases() == tmp_path / "cache" / "lora-bases"


@pytest.mark.parametrize("variable", ["MINIGATE_CACHE", "MINIGATE_SERVER"])
def test_a_section_variable_that_is_not_json_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, str(tmp_path))
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, "{}\n"))
    message = str(info.value)
    assert f"{variable} must hold the whole" in message and f"{variable}__<KEY>" in message
    assert ("MINIGATE_CACHE_DIR" in message) == (variable == "MINIGATE_CACHE")


def test_config_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINIGATE_CONFIG", str(write(tmp_path, "server: {port: 7000}\n")))
    assert load_settings().server.port == 7000


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("server: {prot: 1}\n", "server.prot: Extra inputs are not permitted"),
        ("server: {port: eighty}\n", "server.port"),
        ("models: [{id: a, backend: llama_cpp, path: x, n_ctxx: 5}]\n", "n_ctxx"),
        ("models: [{id: a, backend: nonsense}]\n", "models.0"),
        ("models: [{id: a, backend: openai, base_url: ftp://x}]\n", "base_url"),
        (
            "models: [{id: a, backend: openai, base_url: 'http://x'},"
            " {id: a, backend: openai, base_url: 'http://y'}]\n",
            "configured twice",
        ),
        ("models: []\n", "at least one model"),
        ("auth: {api_keys: [{key: sk-long-enough, models: [ghost]}]}\n", "ghost"),
        ("auth: {api_keys: [{key: short}]}\n", "auth.api_keys.0.key"),
        ("- just\n- a list\n", "mapping at the top level"),
        ("server: {port: [\n", "not valid YAML"),
    ],
)
def test_invalid_config_names_the_problem(tmp_path: Path, text: str, named: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, text))
    assert named in str(caught.value)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Cannot read config file"):
        load_settings(tmp_path / "absent.yaml")


LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n"
    for p, n in zip("abcdefgh", "bcdefghi", strict=True)
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "server: &s\n  port: 8080\n  again: *s\n",
            "server.again: holds itself through a YAML alias",
        ),
        ("models: &m [*m]\n", "models.0: holds itself through a YAML alias"),
        ("server: " + "[" * 5000 + "]" * 5000 + "\n", "nests mappings or lists too deeply"),
        (LAUGHS, "a: Extra inputs are not permitted (line 1)"),
    ],
    ids=["mapping-in-itself", "list-in-itself", "deep", "a-billion-laughs"],
)
def test_a_config_whose_aliases_loop_or_multiply_or_that_nests_deep_is_one_line(
    tmp_path: Path, text: str, said: str
) -> None:
    """Before: an alias inside its own anchor and 5,000 nested lists were RecursionError
    tracebacks, and nine levels of ten aliases (a billion strings) hung `minigate` for good."""
    path = write(tmp_path, text)
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "models", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert said in result.stderr and "Traceback" not in result.stderr


def test_reading_the_config_loads_no_heavy_library() -> None:
    """The CLI reads the config for every command: numpy, SQLAlchemy and httpx wait until a
    command needs them (a learned route's artifact, the guard's detectors, the store)."""
    assert imported("import minigate.config", ("numpy", "sqlalchemy", "httpx"))[1] == []


def test_the_key_and_usage_commands_load_no_gateway() -> None:
    """`minigate keys` and `minigate usage` open the ledger alone."""
    run = "from minigate.cli import build_app; build_app('keys'); build_app('usage')"
    assert imported(run)[1] == []


def test_serve_reads_its_config_before_it_loads_the_gateway(tmp_path: Path) -> None:
    """A config with a mistake is one line at once, before the server is imported."""
    bad = write(tmp_path, "server:\n  prot: 8080\n")
    argv = ["serve", "--config", str(bad)]
    run = (
        "import contextlib\nfrom minigate.cli import build_app\n"
        f"with contextlib.suppress(SystemExit): build_app('serve')({argv!r})"
    )
    assert imported(run)[1] == []


def test_a_bad_value_from_the_environment_is_named_by_its_variable_not_a_line_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file's line for the key holds a good value the variable overrode: pointing there
    sends the user to a line with nothing wrong on it."""
    path = write(tmp_path, "server:\n  host: 127.0.0.1\n  port: 8080\n")
    monkeypatch.setenv("MINIGATE_SERVER__PORT", "abc")
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert str(caught.value) == (
        "Invalid configuration in the environment:\n  server.port: Input should be a valid "
        "integer, unable to parse string as an integer (set by MINIGATE_SERVER__PORT)"
    )
    monkeypatch.setenv("MINIGATE_SERVER__PORT", "8080")
    with pytest.raises(ConfigError, match=r"in .*minigate.yaml:\n  server.host: .*\(line 2\)$"):
        load_settings(write(tmp_path, "server:\n  host: [a]\n"))


MODELS = """models:
  - {id: a, backend: openai, base_url: "http://127.0.0.1:1/v1/"}
  - {id: b, backend: openai, base_url: "http://127.0.0.1:1/v1/"}
"""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "auth:\n  api_keys:\n    - key: sk-long-enough\n      models:\n        - a\n"
            "        - ghost\n",
            "  auth.api_keys.0.models names unconfigured model(s): ghost (line 9)",
        ),
        (
            "ledger:\n  prices:\n    a: {input: 1, output: 1}\n    ghost: {input: 1, output: 1}\n",
            "  ledger.prices names unknown model 'ghost'; price a configured model id, an "
            "upstream_model or one of: ",
        ),
        (
            "routes:\n  - {id: r, default: a}\n  - {id: s, default: t}\n  - {id: t, default: s}\n",
            "  routes refer to each other in a cycle: s -> t -> s (line 6)",
        ),
        (
            "guard:\n  policies:\n    - id: p\n      models:\n        - a\n        - ghost\n",
            "  guard.policies.0.models names unconfigured model(s) or route(s): ghost; "
            "configured: a, b (line 9)",
        ),
        (
            "routes:\n  - {id: r, default: {to: s}}\n  - {id: s, default: b}\n"
            "guard:\n  policies:\n    - id: p\n      models: [b]\n"
            "      input: [{type: length, max_chars: 9}]\n",
            "  guard.policies.0 guards model 'b', which route 'r' reaches, but no policy covers "
            "'r': a policy applies to the name the client asks for, so requests to the route "
            "would go unscanned; add 'r' to this policy's models (or give the route a policy of "
            "its own) (line 10)",
        ),
        (
            "routes:\n  - id: c\n    default: a\n  - id: c\n    default: b\n",
            "  routes.1.id 'c' is the id of an earlier route; give each route its own id (line 7)",
        ),
        (
            "guard:\n  policies:\n    - {id: p, models: [a]}\n    - {id: p, models: [b]}\n",
            "  guard.policies.1.id 'p' is the id of an earlier policy; give each policy its own "
            "id (line 7)",
        ),
        (
            "guard:\n  policies:\n    - {id: all, models: ['*']}\n    - {id: late, models: [a]}\n",
            "  guard.policies.1 ('late') can never apply: the first policy that matches a model "
            "wins, and earlier policies ('all' first) match every model it names; move it "
            "before them or name other models (line 7)",
        ),
        (
            "guard:\n  policies:\n    - {id: x, models: [a]}\n    - {id: y, models: [b]}\n"
            "    - {id: z, models: [b, a]}\n    - {id: rest, models: ['*']}\n",
            "  guard.policies.2 ('z') can never apply: the first policy that matches a model "
            "wins, and earlier policies ('x' first) match every model it names; move it "
            "before them or name other models (line 8)",
        ),
    ],
    ids=[
        "key models",
        "prices",
        "route cycle",
        "guard policy models",
        "route around a policy",
        "route id twice",
        "policy id twice",
        "policy after a catch-all",
        "policy after its models",
    ],
)
def test_a_check_across_sections_names_the_line_of_the_entry_it_refuses(
    tmp_path: Path, text: str, said: str
) -> None:
    """Before, the line was found from the key a message starts with: the list or mapping
    that holds the wrong entry (a key's models, the prices), or none at all (a cycle of
    routes: '(top level)'). Each check now carries its key path, down to the entry."""
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, MODELS + text))
    shown = str(caught.value).splitlines()[1]
    assert shown.startswith(said), shown
    if "prices" in said:
        assert shown.endswith("(line 7)")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "models:\n  - id: a\n    backend: openai\n    base_url: http://x/v1\n"
            "    timeout_s: -1\n",
            ["  models.0.timeout_s: Input should be greater than 0 (line 5)"],
        ),
        (
            "models:\n  - id: a\n    backend: llama_cpp\n    path: x.gguf\n    n_ctxx: 5\n",
            ["  models.0.n_ctxx: Extra inputs are not permitted (line 5)"],
        ),
        (
            "models:\n  - id: path\n    backend: llama_cpp\n",
            ["  models.0.path: Field required (line 2)"],
        ),
        (
            "routes:\n  - id: r\n    default:\n      to: 5\n",
            [
                "  routes.0.default: Input should be a valid string (line 4)",
                "  routes.0.default.to: Input should be a valid string (line 4)",
            ],
        ),
    ],
    ids=["model bound", "model extra key", "model missing key", "route target"],
)
def test_an_error_in_a_union_names_the_key_as_written_and_its_line(
    tmp_path: Path, text: str, said: list[str]
) -> None:
    """configuration-guide.md promises the key and its line. Before, pydantic's name of the
    union member it tried was part of the key ('models.0.openai.timeout_s',
    'routes.0.default.RouteTarget.to'), a key no file has, and the line was the list
    entry's ('- id: a'), not the key's."""
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, text))
    assert str(caught.value).splitlines()[1:] == said


def test_a_check_across_sections_names_its_key_and_line(tmp_path: Path) -> None:
    """A route naming a model that is not there fails a check that spans sections (pydantic
    gives it no key); its message starts with the key, and the line follows as for the rest."""
    path = write(tmp_path, "routes:\n  - id: auto\n    default: gpt-9\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert str(caught.value).splitlines()[1] == (
        "  routes.0.default names 'gpt-9', which is neither a configured model nor a route; "
        "models: all-minilm-l6-v2, smollm2-135m-instruct; routes: auto (line 3)"
    )
