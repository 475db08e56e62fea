"""The Files and Batch API checked against OpenAI's API reference, field by field, through the
``openai`` SDK, on an in-process gateway whose worker runs inside it and a loopback upstream."""

from __future__ import annotations

from collections.abc import Iterator

import openai
import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.batch.conftest import chat_line, jsonl, upload
from tests.conftest import InProcessGateway
from tests.conftest import upstream_model as upstream


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InProcessGateway]:
    stub = StubThread(StubUpstream())
    workdir = tmp_path_factory.mktemp("reference")
    config = {
        "models": [upstream(stub.base_url, "mini")],
        "cache": {"enabled": False},
        "batch": {"poll_s": 0.1, "idle_poll_s": 0.1, "files_dir": str(workdir / "files")},
    }
    gateway = InProcessGateway(workdir, config)
    yield gateway
    gateway.stop()
    stub.close()


@pytest.fixture(scope="module")
def client(gateway: InProcessGateway) -> openai.OpenAI:
    return gateway.client(max_retries=0)


@pytest.mark.parametrize(
    ("metadata", "param"),
    [
        ({"k" * 65: "v"}, "metadata." + "k" * 65),
        ({"k": "v" * 513}, "metadata.k"),
        ({f"k{n}": "v" for n in range(17)}, "metadata"),
    ],
    ids=["key of 65 characters", "value of 513 characters", "17 pairs"],
)
def test_batch_metadata_past_openais_limits_is_a_400(
    client: openai.OpenAI, metadata: dict[str, str], param: str
) -> None:
    file_id = upload(client, jsonl([chat_line(1)]))
    before = len(list(client.batches.list()))
    with pytest.raises(openai.BadRequestError) as caught:
        client.batches.create(
            input_file_id=file_id,
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata=metadata,
        )
    assert caught.value.body["code"] == "invalid_value"  # type: ignore[index]
    assert caught.value.body["param"] == param  # type: ignore[index]
    assert len(list(client.batches.list())) == before  # nothing was created


def test_batch_metadata_at_openais_limits_is_kept(client: openai.OpenAI) -> None:
    metadata = {f"{n:02d}" + "k" * 62: "v" * 512 for n in range(16)}
    file_id = upload(client, jsonl([chat_line(1)]))
    batch = client.batches.create(
        input_file_id=file_id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata=metadata,
    )
    assert client.batches.retrieve(batch.id).metadata == metadata
