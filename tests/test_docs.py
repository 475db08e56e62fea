"""The reference in docs/ follows the code."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from minigate.cli.docs import _models_in, configuration_markdown
from minigate.config import LlamaCppModel, Settings
from minigate.ledger.settings import builtin_price_table

DOCS = Path(__file__).parent.parent / "docs"


def test_the_configuration_reference_is_generated_from_the_settings() -> None:
    written = (DOCS / "configuration.md").read_text(encoding="utf-8")
    assert written == configuration_markdown(), (
        "docs/configuration.md is out of date: run 'minigate docs-config -o docs/configuration.md'"
    )


def test_docs_config_prints_the_reference() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "docs-config"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == configuration_markdown()


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    text = re.sub(r"^```.*?^```", "", page.read_text(encoding="utf-8"), flags=re.S | re.M)
    return {_slug(m.group(1)) for m in re.finditer(r"^#{1,6} (.+)$", text, re.M)}


def test_every_relative_link_in_the_docs_resolves_to_a_file_and_heading() -> None:
    pages = [DOCS.parent / "README.md", *sorted(DOCS.glob("*.md"))]
    broken = []
    for page in pages:
        text = re.sub(r"^```.*?^```", "", page.read_text(encoding="utf-8"), flags=re.S | re.M)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            linked = (page.parent / path).resolve() if path else page
            if not linked.exists():
                broken.append(f"{page.name}: {target} (no such file)")
            elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
                broken.append(f"{page.name}: {target} (no such heading)")
    assert not broken, "broken links:\n" + "\n".join(broken)


ROOT = DOCS.parent
_PACKAGES = sorted(p.name for p in (ROOT / "src" / "minigate").glob("[a-z]*/"))
# A source file as the docs name one in backticks: from the checkout (src/minigate/guard/…),
# the package (minigate/guard/…) or within it (guard/scanners/…), or a benchmark script from
# benchmarks/ (guard/detectors.py).
_SOURCE = re.compile(rf"`((?:src/)?(?:minigate/)?(?:{'|'.join(_PACKAGES)})/[\w/]*\.py)`")


def _exists(path: str) -> bool:
    inside = path.removeprefix("src/").removeprefix("minigate/")
    return any(
        p.is_file()
        for p in (ROOT / path, ROOT / "src/minigate" / inside, ROOT / "benchmarks" / path)
    )


def test_every_source_file_the_docs_name_exists() -> None:
    """A module that moves is named where it is now (guard/multilingual.py went to
    guard/scanners/ at 3849c81, and guard-rounds.md kept the old path); a name it had at an
    older commit is written without backticks."""
    pages = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
    missing = [
        f"{page.name}: {path}"
        for page in pages
        for path in _SOURCE.findall(page.read_text(encoding="utf-8"))
        if not _exists(path)
    ]
    assert not missing, missing


def test_the_guard_page_names_the_shipped_injection_thresholds() -> None:
    """docs/guard.md's presets: the cheap mode's threshold per preset (the table) and the full
    mode's per route, as the scanner loads them from the shipped files."""
    import numpy as np

    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    async def embed(texts: list[str]) -> np.ndarray:
        return np.zeros((len(texts), 384), dtype=np.float32)

    text = (DOCS / "guard.md").read_text(encoding="utf-8")
    rows = {line.split("`")[1]: line for line in text.splitlines() if line.startswith("| `")}
    points = ("strict", "balanced", "permissive")
    for point in points:
        cheap = InjectionScanner(InjectionOptions(operating_point=point), "i", None).threshold
        assert re.search(rf"\({cheap:.2f}[,)][^|]*\|$", rows[point]), (point, cheap)
    page = " ".join(text.split())
    full = {p: InjectionScanner(InjectionOptions(operating_point=p), "i", embed) for p in points}
    for route, name in (("prompt", "prompts"), ("data", "prose data"), ("code", "code")):
        written = " / ".join(f"{full[p].thresholds[route]:.2f}" for p in points)
        assert f"{name} {written}" in page, (route, written)


def test_the_guard_page_gives_the_strict_preset_s_harm_scanner_as_shipped() -> None:
    """The presets section spells out the strict preset's harm scanner (its mode decides
    whether non-English text reaches the multilingual heads), as presets.py builds it."""
    from minigate.guard.presets import preset_policy

    harm = [s for s in preset_policy("strict")["input"] if s["type"] == "harm"]
    written = "{" + ", ".join(f"{k}: {str(v).lower()}" for k, v in harm[0].items()) + "}"
    section = " ".join(_section("guard.md", "## Presets").split())
    assert f"`{written}`" in section, written


def test_the_guard_page_names_the_multilingual_category_heads() -> None:
    """The categories the multilingual harm head can name for a non-English text, as the
    shipped heads file holds them."""
    from minigate.guard.scanners.multilingual import harm_heads

    heads = harm_heads()
    assert heads is not None
    text = " ".join((DOCS / "guard.md").read_text(encoding="utf-8").split())
    names = [f"`{c}`" for c in heads.categories]
    named = f"category heads name {', '.join(names[:-1])} and {names[-1]}"
    assert named in text, named


def test_every_builtin_model_the_docs_name_exists() -> None:
    """A ``builtin:NAME`` a user copies from the docs or a setting's description (which
    docs/configuration.md shows) must load: an unknown one stops the gateway at start."""
    from minigate.backends.builtin import BUILTIN_WEIGHTS

    pages = [DOCS.parent / "README.md", *sorted(DOCS.glob("*.md"))]
    named = {
        (page.name, name)
        for page in pages
        for name in re.findall(r"builtin:([a-z0-9_.-]*[a-z0-9])\b", page.read_text("utf-8"))
    }
    unknown = sorted(f"{page}: builtin:{n}" for page, n in named if n not in BUILTIN_WEIGHTS)
    assert not unknown, f"built-in models: {', '.join(BUILTIN_WEIGHTS)}; unknown: {unknown}"


def test_the_configuration_reference_shows_list_entries_dict_entries_and_bounds() -> None:
    """A list that may be None is still a list (its entries' keys end in ``[]``), a dict of
    settings shows its entries' keys, and a bound the settings enforce is written beside the
    type: a user reads what a value may be before the gateway refuses it."""
    reference = configuration_markdown()
    assert "| `guard.moderation[].type` |" in reference
    assert "| `guard.moderation` | `list[ScannerSpec] \\| None` |" in reference
    assert "| `ledger.prices.<NAME>.input` | `decimal.Decimal` (≥ 0) | required |" in reference
    assert "| `server.port` | `int` (≥ 0, ≤ 65535) | `8080` |" in reference
    assert "| `auth.api_keys[].key` | `str` (length ≥ 8) | required |" in reference


# Hand-written tables of settings and their defaults: (page, the heading above the table or
# None for the whole page, the prefix of its keys; "models[llama_cpp]." reads LlamaCppModel).
SETTINGS_TABLES = [
    ("configuration-guide.md", None, ""),
    ("rag.md", "## Settings (`rag:`)", "rag."),
    ("batch.md", "## Settings (`batch:`)", "batch."),
    ("engine.md", "## Configuration", "models[llama_cpp]."),
]


def _section(page: str, heading: str | None) -> str:
    text = (DOCS / page).read_text(encoding="utf-8")
    if heading is None:
        return text
    after = text.split(f"\n{heading}\n", 1)[1]
    return re.split(r"^## ", after, maxsplit=1, flags=re.M)[0]


def _written_defaults(text: str, prefix: str) -> Iterator[tuple[str, str]]:
    """(key, its default cell) for each table row that names keys, `a` / `b` with `x` / `y`."""
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        keys = re.findall(r"`([a-z0-9_.]+)`", cells[0]) if len(cells) >= 3 else []
        values = cells[1].split(" / ") if keys else []
        if keys and len(keys) == len(values) == len(cells[0].split(" / ")):
            yield from ((prefix + key, value) for key, value in zip(keys, values, strict=True))


def _parsed(cell: str) -> object:
    """A default as written: `literal`, a number (with KiB or MiB), or None for prose."""
    if literal := re.fullmatch(r"`([^`$]+)`", cell):
        return yaml.safe_load(literal[1])
    if number := re.fullmatch(r"(\d+(?:\.\d+)?)(?: (KiB|MiB))?(?: \(.*\))?", cell):
        return Decimal(number[1]) * {"KiB": 1024, "MiB": 1024**2}.get(number[2] or "", 1)
    return None


def _setting_default(key: str) -> object:
    model: type[BaseModel] = Settings
    *sections, name = key.removeprefix("models[llama_cpp].").split(".")
    if key.startswith("models[llama_cpp]."):
        model = LlamaCppModel
    for section in sections:
        (model,) = _models_in(model.model_fields[section].annotation)
    return model.model_fields[name].get_default(call_default_factory=True, validated_data={})


def test_the_hand_written_settings_tables_give_the_settings_defaults() -> None:
    """The guide and the concern pages write defaults by hand (4 MiB, `true`, 0.965); a default
    changed in the code must change them too. Prose defaults ('first chat model') are left."""
    wrong, checked = [], 0
    for page, heading, prefix in SETTINGS_TABLES:
        for key, cell in _written_defaults(_section(page, heading), prefix):
            written = _parsed(cell)
            if written is None or "[]" in key:
                continue
            actual = _setting_default(key)
            if isinstance(written, Decimal) and not isinstance(actual, bool):
                actual = Decimal(str(actual))
            checked += 1
            if written != actual:
                wrong.append(f"{page}: {key} is written {cell}, the settings say {actual!r}")
    assert not wrong, "\n".join(wrong)
    assert checked > 60, checked


def test_the_ledger_page_lists_the_shipped_prices() -> None:
    """docs/ledger.md's built-in prices (input / output (cached input)) are prices.yaml's."""
    text = " ".join((DOCS / "ledger.md").read_text(encoding="utf-8").split())
    listed = text.split("Built-in prices", 1)[1].split(". An `openai` model", 1)[0]
    number = r"(\d+(?:\.\d+)?)"
    written = {
        name: (Decimal(i), Decimal(o), Decimal(c) if c else None)
        for name, i, o, c in re.findall(rf"([\w.-]+) {number} / {number}(?: \({number}\))?", listed)
    }
    shipped = {n: (p.input, p.output, p.cached_input) for n, p in builtin_price_table().items()}
    assert written == shipped


def _command_lines(page: Path) -> Iterator[str]:
    """Every `minigate ...` the page shows inline or in a code block, one command each."""
    text = page.read_text(encoding="utf-8")
    spans = re.findall(r"`(minigate [^`]+)`", text)
    blocks = re.findall(r"^```(?:sh|bash)?\n(.*?)^```", text, re.S | re.M)
    lines = [line for block in blocks for line in block.replace("\\\n", " ").splitlines()]
    spans += [m for line in lines for m in re.findall(r"(minigate [^#;&|>]+)", line)]
    for span in spans:
        yield from (part.strip() for part in re.split(r"`?, `?|;| / ", span.replace("\\|", "|")))


def _options_of(words: list[str]) -> tuple[str, set[str]] | None:
    """The command ``words`` names (past its groups) and the options it takes; None when a
    word where a subcommand belongs names none (a placeholder such as FILE is left)."""
    import typer.main

    from minigate.cli import build_app

    # typer's own click: its groups are no click.Group, so they are told by get_command
    command: Any = typer.main.get_command(build_app())
    name = "minigate"
    for word in words:
        if not hasattr(command, "get_command"):
            break
        context = command.context_class(command)
        sub = command.get_command(context, word)
        if sub is None and name == "minigate eval":
            sub = command.get_command(context, "run")  # 'eval DATA' means 'eval run DATA'
        elif sub is None:
            return None
        else:
            name = f"{name} {word}"
        command = sub
    if name == "minigate eval" and hasattr(command, "get_command"):
        command = command.get_command(command.context_class(command), "run")
    options = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
    return name, options


def _unknown_options(where: str, lines: Iterable[str]) -> list[str]:
    """'WHERE: COMMAND has no --FLAG (LINE)' for each option a command line names that its
    command does not take."""
    unknown = []
    for line in lines:
        words = line.replace("[", " ").replace("]", " ").split()[1:]
        named = [w for w in words if not w.startswith("-")][:2]
        if not named:
            continue
        group, *sub = named
        # 'cache stats|clear|invalidate [--model M]': the options of any of them
        found = [_options_of([group, *([alt] if sub else [])]) for alt in "|".join(sub).split("|")]
        if any(f is None for f in found):
            continue
        name = " ".join(["minigate", group, *sub])
        options = {opt for f in found if f is not None for opt in f[1]}
        for word in words:
            flag = re.match(r"(--?[a-z][a-z0-9-]*)", word)
            if flag and flag[1] not in options and flag[1] != "--base-url":
                unknown.append(f"{where}: {name} has no {flag[1]} ({line})")
    return unknown


def test_every_option_the_docs_show_a_command_taking_exists() -> None:
    """cli.md's table and the pages' examples name options; each must be one the command's
    --help lists (an option renamed in the code and not in the docs fails a user at once)."""
    pages = [DOCS.parent / "README.md", *sorted(DOCS.glob("*.md"))]
    unknown = [bad for page in pages for bad in _unknown_options(page.name, _command_lines(page))]
    assert not unknown, "\n".join(sorted(set(unknown)))


def test_every_help_example_uses_options_its_command_takes() -> None:
    """The 'Example: minigate ...' of each command's --help, read the same way."""
    import typer.main

    from minigate.cli import build_app

    def commands(command: Any, path: str) -> Iterator[tuple[str, Any]]:
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from commands(sub, f"{path} {name}")

    unknown, examples = [], 0
    for path, command in commands(typer.main.get_command(build_app()), "minigate"):
        text = " ".join((command.help or "").split())
        for example in re.findall(
            r"Examples?: (minigate [^;(]+?)(?=$| Example|; |\. |, then)", text
        ):
            examples += 1
            unknown += _unknown_options(
                f"{path} --help", [example.replace("&&", ";").split(";")[0]]
            )
    assert not unknown, "\n".join(unknown)
    assert examples > 30, examples


def _documented_endpoints() -> set[tuple[str, str]]:
    """(METHOD, path with {} for each parameter) for each 'POST /v1/...' the docs show; an
    optional part in brackets counts both ways, and '…/reject' stands for any path so ending."""
    pages = [DOCS.parent / "README.md", *sorted(DOCS.glob("*.md"))]
    text = " ".join(page.read_text(encoding="utf-8") for page in pages)
    found = set()
    for method, path in re.findall(r"\b(GET|POST|PATCH|DELETE) (…?/[\w/{}\[\].-]*\w[}\]]?)", text):
        for variant in (re.sub(r"\[[^\]]*\]", "", path), re.sub(r"\[([^\]]*)\]", r"\1", path)):
            found.add((method, re.sub(r"\{[^}]*\}", "{}", variant)))
    return found


def test_the_docs_show_the_endpoints_the_gateway_serves() -> None:
    """Every endpoint a page names is served, and every one served is named somewhere."""
    from minigate.config import load_settings
    from minigate.server.app import create_app

    spec = create_app(load_settings("/dev/null")).openapi()
    served = {
        (method.upper(), re.sub(r"\{[^}]*\}", "{}", path))
        for path, operations in spec["paths"].items()
        for method in operations
    }
    documented = _documented_endpoints()
    shorthand = {(m, p.removeprefix("…")) for m, p in documented if p.startswith("…")}
    missing = {(m, p) for m, p in documented - shorthand if not p.startswith("…")} - served
    assert not missing, f"the docs name endpoints the gateway does not serve: {sorted(missing)}"
    unnamed = {
        (m, p)
        for m, p in served - documented
        if not any(m == sm and p.endswith(sp) for sm, sp in shorthand)
    }
    assert not unnamed, f"served but named in no page: {sorted(unnamed)}"


def test_the_http_api_page_lists_every_error_code_of_the_tree() -> None:
    """Each class of errors.py's tree answers its own code; http-api.md's table names each."""
    from minigate.errors import GatewayError

    def tree(cls: type[GatewayError]) -> list[type[GatewayError]]:
        return [cls, *(c for sub in cls.__subclasses__() for c in tree(sub))]

    text = (DOCS / "http-api.md").read_text(encoding="utf-8")
    codes = {cls.code for cls in tree(GatewayError) if cls is not GatewayError}
    missing = sorted(code for code in codes if f"`{code}`" not in text)
    assert not missing, f"docs/http-api.md names no {missing}"


def test_every_yaml_example_loads(tmp_path: Path) -> None:
    """Each ```yaml block of README.md and docs/ (not guard's pages, whose examples read
    word lists) that is a config, not a fragment or a list, loads through the config loader.
    Models it names without defining them (another page's qwen-7b) stand in as upstreams; a
    learned route's artifact is a file the reader trains, so those blocks are left."""
    from minigate.config import load_settings
    from minigate.errors import ConfigError

    pages = [DOCS.parent / "README.md", *sorted(DOCS.glob("*.md"))]
    blocks = [
        (page.name, block)
        for page in pages
        if not page.name.startswith("guard")
        for block in re.findall(r"^```yaml\n(.*?)^```", page.read_text("utf-8"), re.S | re.M)
    ]
    loaded = 0
    for name, block in blocks:
        data = yaml.safe_load(block)
        if not isinstance(data, dict) or not set(data) <= set(Settings.model_fields):
            continue
        if "artifact:" in block:
            continue
        defaults = [m.model_dump(include={"id", "backend", "path"}) for m in Settings().models]
        models = data.get("models", defaults)
        for _ in range(10):
            path = tmp_path / "minigate.yaml"
            path.write_text(yaml.safe_dump({**data, "models": models}), encoding="utf-8")
            try:
                load_settings(path)
                break
            except ConfigError as exc:
                missing = re.search(
                    r"names '([^']+)', which is neither a configured model", str(exc)
                )
                assert missing, f"{name}: a yaml example does not load:\n{exc}\n{block}"
                stub = {"id": missing[1], "backend": "openai", "base_url": "http://127.0.0.1:9/v1"}
                models = [*models, stub]
        loaded += 1
    assert loaded >= 5, loaded


# The configuration guide quotes the loader's messages; each with the config that makes it.
GUIDE_QUOTES = {
    "server.prot: Extra inputs are not permitted (line 2)": ("server:\n  prot: 1\n", {}),
    "server.port: Input should be a valid integer, ... (set by MINIGATE_SERVER__PORT)": (
        "",
        {"MINIGATE_SERVER__PORT": "eighty"},
    ),
    "routes.0.default names 'gpt-9', which is neither a configured model nor a route": (
        "routes:\n  - id: r\n    default: gpt-9\n",
        {},
    ),
}


def test_the_configuration_guide_quotes_the_messages_the_loader_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user matches the guide's quoted error against the one the gateway printed; '...'
    in a quote stands for any text."""
    from minigate.config import load_settings
    from minigate.errors import ConfigError

    guide = " ".join((DOCS / "configuration-guide.md").read_text(encoding="utf-8").split())
    for quote, (text, environment) in GUIDE_QUOTES.items():
        assert f"`{quote}`" in guide, quote
        path = tmp_path / "minigate.yaml"
        path.write_text(text, encoding="utf-8")
        with monkeypatch.context() as patch:
            for name, value in environment.items():
                patch.setenv(name, value)
            try:
                load_settings(path)
            except ConfigError as exc:
                said = str(exc)
            else:
                said = "(loaded)"
        pattern = ".*".join(re.escape(part) for part in quote.split("..."))
        assert re.search(pattern, said), (quote, said)


def test_the_architecture_page_draws_the_import_contract_s_layers() -> None:
    """architecture.md's drawing of the layers is the import-linter contract's, layer by
    layer (its parentheses, import-linter's mark for an optional module, aside)."""
    import tomllib

    config = tomllib.loads((DOCS.parent / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [
        c for c in config["tool"]["importlinter"]["contracts"] if c.get("type") == "layers"
    ]

    def names(layer: str) -> set[str]:
        return {n.strip(" ()").removeprefix("minigate.") for n in layer.split("|")}

    page = (DOCS / "architecture.md").read_text(encoding="utf-8")
    drawing = page.split("## Layers", 1)[1].split("```", 2)[1]
    drawn = [names(layer) for layer in re.split(r"─►|\n", drawing) if layer.strip()]
    assert drawn == [names(layer) for layer in contract["layers"]]
