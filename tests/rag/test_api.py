"""Collections over HTTP and the SDK: ingest a mixed folder, ask, cite; bad inputs."""

from __future__ import annotations

import gzip
import json
import socket
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from pathlib import Path

import httpx
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import Gateway
from tests.rag.conftest import ALICE, ANSWER, BOB, api, folder_files, upload
from tests.rag.documents import docx_bytes, pdf_bytes, write_mixed_folder


@pytest.fixture(scope="module")
def mixed(rag_gateway: Gateway, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The collection 'mixed' of alice, holding the mixed folder; source -> a question."""
    folder = tmp_path_factory.mktemp("mixed")
    questions = write_mixed_folder(folder)
    with api(rag_gateway) as http:
        assert http.post("/collections", json={"name": "mixed"}).status_code == 200
        response = upload(http, "mixed", folder_files(folder))
    assert response.status_code == 200, response.text
    results = {r["source"]: r for r in response.json()["data"]}
    assert {r["status"] for r in results.values()} == {"added"}
    assert set(results) == set(questions)
    return questions


def test_search_finds_each_format_and_language(rag_gateway: Gateway, mixed: dict[str, str]) -> None:
    with api(rag_gateway) as http:
        for source, question in mixed.items():
            response = http.post("/collections/mixed/search", json={"query": question, "top_k": 3})
            assert response.status_code == 200
            assert response.json()["data"][0]["source"] == source, question


def test_the_list_of_collections_counts_their_chunks(
    rag_gateway: Gateway, mixed: dict[str, str]
) -> None:
    """The dashboard's Collections page shows the list's counts (dashboard.md: 'with their
    document and chunk counts'). Before, GET /v1/collections said 'chunks': 0 for each, while
    GET /v1/collections/{name} and 'minigate collections' counted them."""
    with api(rag_gateway) as http:
        listed = {c["name"]: c for c in http.get("/collections").json()["data"]}
        one = http.get("/collections/mixed").json()
    assert one["chunks"] > 0
    assert listed["mixed"] == one


def test_pdf_chunks_know_their_page(rag_gateway: Gateway, mixed: dict[str, str]) -> None:
    with api(rag_gateway) as http:
        body = {"query": "last visit of comet Halley", "filter": {"source": "comet.pdf"}}
        hits = http.post("/collections/mixed/search", json=body).json()["data"]
    assert {h["source"] for h in hits} == {"comet.pdf"}
    assert {h["page"]: h["text"] for h in hits} == {
        1: "Comet Halley returns every 76 years.",
        2: "Its last visit was in 1986.",
    }


def test_answer_cites_the_right_source(
    rag_gateway: Gateway, mixed: dict[str, str], answerer: StubThread
) -> None:
    sdk = rag_gateway.client(api_key=ALICE, max_retries=0)
    for source in ("bridge.docx", "tea.txt"):
        raw = sdk.chat.completions.with_raw_response.create(
            model="rag:mixed",
            messages=[{"role": "user", "content": mixed[source]}],
            max_tokens=16,
        )
        completion = raw.parse()
        sources = (completion.model_extra or {})["sources"]
        assert sources[0]["source"] == source and sources[0]["index"] == 1
        assert json.loads(raw.headers["x-minigate-rag-sources"])[0]["source"] == source
        assert completion.choices[0].message.content == "The answer is in the sources [1]."
        system = answerer.stub.received[-1].body["messages"][0]
        assert system["role"] == "system" and "[1] (" + source in system["content"]
        assert sources[0]["text"] in system["content"]
        assert answerer.stub.received[-1].body["model"] == "stub"


def test_stream_carries_the_sources_on_its_first_chunk(
    rag_gateway: Gateway, mixed: dict[str, str]
) -> None:
    sdk = rag_gateway.client(api_key=ALICE, max_retries=0)
    stream = sdk.chat.completions.create(
        model="rag:mixed",
        messages=[{"role": "user", "content": mixed["page.html"]}],
        max_tokens=16,
        stream=True,
    )
    chunks = list(stream)
    assert (chunks[0].model_extra or {})["sources"][0]["source"] == "page.html"
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def test_a_reply_without_markers_gets_the_best_matching_source_cited(
    rag_gateway: Gateway, mixed: dict[str, str], answerer: StubThread
) -> None:
    sdk = rag_gateway.client(api_key=ALICE, max_retries=0)
    question = [{"role": "user", "content": mixed["tea.txt"]}]
    answerer.stub.text = "龙井茶产于浙江杭州西湖。"  # as SmolLM2 answers: no [n]
    try:
        completion = sdk.chat.completions.create(
            model="rag:mixed", messages=question, max_tokens=16
        )
        stream = sdk.chat.completions.create(
            model="rag:mixed", messages=question, max_tokens=16, stream=True
        )
        chunks = list(stream)
    finally:
        answerer.stub.text = ANSWER
    sources = (completion.model_extra or {})["sources"]
    tea = next(s["index"] for s in sources if s["source"] == "tea.txt")
    assert completion.choices[0].message.content == f"龙井茶产于浙江杭州西湖。 [{tea}]"
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert streamed == f"龙井茶产于浙江杭州西湖。 [{tea}]"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"


def test_empty_collection_answers_that_sources_lack_it(rag_gateway: Gateway) -> None:
    with api(rag_gateway) as http:
        http.post("/collections", json={"name": "empty"})
        response = http.post(
            "/chat/completions",
            json={"model": "rag:empty", "messages": [{"role": "user", "content": "Who won?"}]},
        )
    assert response.status_code == 200
    assert response.json()["sources"] == []
    assert "do not contain the answer" in response.json()["choices"][0]["message"]["content"]


def test_reingest_edit_and_delete(rag_gateway: Gateway) -> None:
    with api(rag_gateway) as http:
        http.post("/collections", json={"name": "life"})
        first = upload(http, "life", {"note.md": b"The meeting is on Monday in room 4."})
        again = upload(http, "life", {"note.md": b"The meeting is on Monday in room 4."})
        assert first.json()["data"][0]["status"] == "added"
        assert again.json()["data"][0] | {"status": "?"} == first.json()["data"][0] | {
            "status": "?"
        }
        assert again.json()["data"][0]["status"] == "unchanged"

        edited = upload(http, "life", {"note.md": b"The meeting moved to Friday in room 9."})
        assert edited.json()["data"][0]["status"] == "replaced"
        hits = http.post("/collections/life/search", json={"query": "meeting room"}).json()
        assert [h["text"] for h in hits["data"]] == ["The meeting moved to Friday in room 9."]

        docs = http.get("/collections/life/documents").json()["data"]
        assert [(d["source"], d["chunks"]) for d in docs] == [("note.md", 1)]
        deleted = http.delete(f"/collections/life/documents/{docs[0]['id']}")
        assert deleted.status_code == 200
        hits = http.post("/collections/life/search", json={"query": "meeting room"}).json()
        assert hits["data"] == []
        again = http.delete(f"/collections/life/documents/{docs[0]['id']}")
        assert again.status_code == 404 and again.json()["error"]["code"] == "document_not_found"


def test_a_name_sent_twice_in_one_upload_is_read_in_order(rag_gateway: Gateway) -> None:
    """Before, the same file twice was a 500 (one Chroma batch held its chunks twice), and a
    name with two contents kept both as one document."""
    same = b"The library opens at nine."

    def twice(http: httpx.Client, first: bytes, second: bytes) -> httpx.Response:
        parts = [("file", ("hours.txt", data, "text/plain")) for data in (first, second)]
        return http.post("/collections/twice/documents", files=parts)

    with api(rag_gateway) as http:
        http.post("/collections", json={"name": "twice"})
        response = twice(http, same, same)
        assert response.status_code == 200, response.text
        assert [r["status"] for r in response.json()["data"]] == ["added", "unchanged"]

        response = twice(http, b"The library opens at ten.", b"The library opens at noon.")
        assert [r["status"] for r in response.json()["data"]] == ["replaced", "replaced"]
        docs = http.get("/collections/twice/documents").json()["data"]
        assert [(d["source"], d["chunks"]) for d in docs] == [("hours.txt", 1)]
        hits = http.post("/collections/twice/search", json={"query": "library opens"}).json()
        assert [h["text"] for h in hits["data"]] == ["The library opens at noon."]


def test_corrupt_pdf_is_a_per_file_error(rag_gateway: Gateway) -> None:
    files = {
        "broken.pdf": b"%PDF-1.7\n1 0 obj <<< garbage",
        "ok.pdf": pdf_bytes(["Otters hold hands while they sleep."]),
        "ok.txt": b"Penguins live in the southern hemisphere.",
    }
    with api(rag_gateway) as http:
        http.post("/collections", json={"name": "partial"})
        response = upload(http, "partial", files)
        assert response.status_code == 200
        results = {r["source"]: r for r in response.json()["data"]}
        assert results["broken.pdf"]["status"] == "error"
        assert results["broken.pdf"]["code"] == "unreadable_document"
        assert results["broken.pdf"]["error"].startswith("broken.pdf: not a readable PDF")
        assert results["ok.pdf"]["status"] == results["ok.txt"]["status"] == "added"
        sources = [d["source"] for d in http.get("/collections/partial/documents").json()["data"]]
        assert sources == ["ok.pdf", "ok.txt"]


def test_a_document_its_parser_fails_on_is_a_per_file_error(rag_gateway: Gateway) -> None:
    """What pypdf or python-docx raise beyond their own errors is the file's fault too: a PDF
    whose text has a filter pypdf lacks (NotImplementedError), a .docx whose XML is broken
    (lxml's XMLSyntaxError). Before: a 500 for the whole upload, the good file with it."""
    unknown_filter = pdf_bytes(["Otters"]).replace(b"<< /Length", b"<< /Filter /Foo /Length")
    good, broken = zipfile.ZipFile(BytesIO(docx_bytes("T", ["Text."]))), BytesIO()
    with zipfile.ZipFile(broken, "w") as out:
        for entry in good.infolist():
            xml = good.read(entry.filename)
            out.writestr(entry, b"<w:document" if entry.filename == "word/document.xml" else xml)
    files = {
        "filter.pdf": unknown_filter,
        "xml.docx": broken.getvalue(),
        "ok.txt": b"Penguins live in the southern hemisphere.",
    }
    with api(rag_gateway) as http:
        http.post("/collections", json={"name": "parsers"})
        response = upload(http, "parsers", files)
        assert response.status_code == 200, response.text
        results = {r["source"]: r for r in response.json()["data"]}
        assert results["filter.pdf"]["error"] == (
            "filter.pdf: not a readable PDF (NotImplementedError: Unsupported filter /Foo)"
        )
        assert (
            results["xml.docx"]["error"] == "xml.docx: not a readable .docx file (XMLSyntaxError)"
        )
        assert {results[n]["code"] for n in ("filter.pdf", "xml.docx")} == {"unreadable_document"}
        assert results["ok.txt"]["status"] == "added"
        alone = upload(http, "parsers", {"xml.docx": broken.getvalue()})
        _error(alone, 400, "unreadable_document")


def test_a_docx_that_unpacks_past_the_upload_limit_is_refused(rag_gateway: Gateway) -> None:
    """A 40 kB .docx whose XML unpacks to 5 MB (the gateway's limit is 4 MiB): before, it was
    unpacked and parsed whole, so the upload limit did not bound the work."""
    packed = docx_bytes("Bomb", ["Only a little text."])
    with api(rag_gateway) as http:
        http.post("/collections", json={"name": "bombs"})
        response = upload(http, "bombs", {"bomb.docx": _docx_bomb(packed)})
        _error(response, 400, "document_too_large")
        assert "unpacks to" in response.json()["error"]["message"]
        fine = upload(http, "bombs", {"fine.docx": packed})
        assert fine.json()["data"][0]["status"] == "added"


def _docx_bomb(packed: bytes) -> bytes:
    """``packed`` (a .docx) with 5 MB of XML comment in its document part: under 100 kB."""
    source, bloated = zipfile.ZipFile(BytesIO(packed)), BytesIO()
    with zipfile.ZipFile(bloated, "w", zipfile.ZIP_DEFLATED) as out:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><!--" + b"a" * 5_000_000 + b"-->")
            out.writestr(entry, data)
    assert len(bloated.getvalue()) < 100_000
    return bloated.getvalue()


def test_a_zip_archive_is_judged_by_its_content_not_its_name(rag_gateway: Gateway) -> None:
    """A .docx renamed .bin is read as the .docx it is, and a zip bomb is refused by what it
    unpacks to whatever its name: 50 MB of zeros packed in 50 kB and named .txt, a .docx
    bomb named .bin. Before: the archives' sizes were checked for a name ending .docx alone;
    the renamed .docx and the .docx bomb were an unsupported file type, the bomb named .txt
    a binary file."""
    packed = docx_bytes("Lighthouses", ["The Pharos of Alexandria was a Wonder of the World."])
    zeros = BytesIO()
    with zipfile.ZipFile(zeros, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("zeros.txt", bytes(50_000_000))
    assert len(zeros.getvalue()) < 100_000
    with api(rag_gateway) as http:
        http.post("/collections", json={"name": "renamed"})
        for name, data, what in [
            ("notes.txt", zeros.getvalue(), "zip archive"),
            ("bomb.bin", _docx_bomb(packed), ".docx"),
        ]:
            refused = upload(http, "renamed", {name: data})
            _error(refused, 400, "document_too_large")
            said = refused.json()["error"]["message"]
            assert f"{name}: the {what} unpacks to " in said, said
        renamed = upload(http, "renamed", {"lighthouse.bin": packed})
        assert renamed.json()["data"][0]["status"] == "added", renamed.text
        query = {"query": "Pharos of Alexandria", "top_k": 1}
        hits = http.post("/collections/renamed/search", json=query).json()["data"]
        assert [h["source"] for h in hits] == ["lighthouse.bin"]


def _error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code, response.text


def test_bad_inputs(rag_gateway: Gateway, mixed: dict[str, str]) -> None:
    with api(rag_gateway) as http:
        _error(http.post("/collections", json={"name": "mixed"}), 409, "collection_exists")
        _error(http.post("/collections", json={"name": "../x"}), 400, "invalid_collection_name")
        # names Chroma refuses as part of the name stored: before, a 500 internal_error
        for name in ("abc.", "abc-", "abc_", "a..b"):
            refused = http.post("/collections", json={"name": name})
            _error(refused, 400, "invalid_collection_name")
            assert "starting and ending with a letter or digit, with no '..'" in refused.text
        assert http.post("/collections", json={"name": "a.b-c_d"}).status_code == 200
        _error(http.get("/collections/nope"), 404, "collection_not_found")
        _error(http.post("/collections/nope/search", json={"query": "x"}), 404,
               "collection_not_found")  # fmt: skip
        _error(upload(http, "nope", {"a.txt": b"text"}), 404, "collection_not_found")
        for top_k in (True, "2"):  # before: converted to 1 or 2 and answered
            refused = http.post("/collections/mixed/search", json={"query": "x", "top_k": top_k})
            _error(refused, 400, "invalid_value")
            assert refused.json()["error"]["param"] == "top_k"
        chat = {"model": "rag:nope", "messages": [{"role": "user", "content": "hi"}]}
        _error(http.post("/chat/completions", json=chat), 404, "collection_not_found")
        _error(upload(http, "mixed", {"empty.txt": b""}), 400, "empty_file")
        _error(upload(http, "mixed", {"blob.txt": b"\x00\x01\x02binary\x00"}), 400, "binary_file")
        _error(upload(http, "mixed", {"../../etc/passwd": b"root:x:0:0"}), 400, "invalid_filename")
        _error(upload(http, "mixed", {"/etc/passwd": b"root:x:0:0"}), 400, "invalid_filename")
        _error(http.post("/collections/mixed/documents", json={}), 400, "invalid_content_type")


def test_utf16_without_a_mark_is_named_in_any_script(
    rag_gateway: Gateway, mixed: dict[str, str]
) -> None:
    """Before: Chinese UTF-16 without a byte-order mark was "a binary file" (400 binary_file),
    or "not UTF-8" without a line break; only ASCII-range text got the UTF-16 hint. Now: the
    hint for either byte order and any script; binary files stay binary_file."""
    texts = {
        "zh.txt": "珠穆朗玛峰海拔八千八百四十八米。\n".encode("utf-16-le"),
        "zh_nonl.txt": "珠穆朗玛峰海拔八千八百四十八米".encode("utf-16-le"),
        "zh_be.txt": "珠穆朗玛峰海拔八千八百四十八米。\n".encode("utf-16-be"),
        "ru.txt": "Москва — столица России.\n".encode("utf-16-le"),
    }
    with api(rag_gateway) as http:
        for name, data in texts.items():
            refused = upload(http, "mixed", {name: data})
            _error(refused, 400, "invalid_encoding")
            assert refused.json()["error"]["message"] == (
                f"No document was ingested: {name}: this looks like UTF-16 text without a "
                "byte-order mark; save it as UTF-8."
            )
        _error(upload(http, "mixed", {"all.txt": bytes(range(256)) * 4}), 400, "binary_file")


@pytest.mark.parametrize("where", [{"$contains": "a"}, {"$and": "x"}, {"source": "a", "$or": "b"}])
def test_a_filter_operator_is_a_400(
    rag_gateway: Gateway, mixed: dict[str, str], where: dict[str, str]
) -> None:
    """Chroma reads a '$' key as an operator and raised on these: a 500 before."""
    with api(rag_gateway) as http:
        for method in ("vector", "bm25", "hybrid"):
            body = {"query": "otters", "filter": where, "method": method}
            response = http.post("/collections/mixed/search", json=body)
            _error(response, 400, "invalid_value")
            assert response.json()["error"]["param"] == "filter"
            assert "not a metadata field" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("value", "shown"), [({"$gt": 1}, '{"$gt": 1}'), ([1, 2], "[1, 2]"), (None, "null")]
)
def test_a_filter_value_that_is_no_value_says_what_a_filter_takes(
    rag_gateway: Gateway, mixed: dict[str, str], value: object, shown: str
) -> None:
    """Before: "Invalid value for 'filter.page': Input should be a valid string", though
    'page' is a number."""
    with api(rag_gateway) as http:
        body = {"query": "otters", "filter": {"page": value}}
        response = http.post("/collections/mixed/search", json=body)
    _error(response, 400, "invalid_value")
    assert response.json()["error"]["param"] == "filter.page"
    assert response.json()["error"]["message"] == (
        f"Invalid value for 'filter.page': {shown} is no value to match: a filter matches "
        "metadata fields exactly, each against one string, number or boolean, e.g. "
        '{"source": "a.pdf", "page": 2}; operators ($gt, $in, $or, ...) are not supported.'
    )


def test_collections_belong_to_keys(rag_gateway: Gateway, mixed: dict[str, str]) -> None:
    with api(rag_gateway, BOB) as bob:
        assert "mixed" not in [c["name"] for c in bob.get("/collections").json()["data"]]
        _error(bob.get("/collections/mixed"), 404, "collection_not_found")
        _error(bob.post("/collections/mixed/search", json={"query": "tea"}), 404,
               "collection_not_found")  # fmt: skip
        _error(bob.delete("/collections/mixed"), 404, "collection_not_found")
        chat = {"model": "rag:mixed", "messages": [{"role": "user", "content": "tea?"}]}
        _error(bob.post("/chat/completions", json=chat), 404, "collection_not_found")
        # bob may have a 'mixed' of his own
        assert bob.post("/collections", json={"name": "mixed"}).status_code == 200
        assert bob.get("/collections/mixed").json()["chunks"] == 0
    with api(rag_gateway) as alice:
        assert alice.get("/collections/mixed").json()["chunks"] > 0


def test_models_list_the_callers_collections(rag_gateway: Gateway, mixed: dict[str, str]) -> None:
    alice = {m.id for m in rag_gateway.client(api_key=ALICE).models.list()}
    assert "rag:mixed" in alice and "stub" in alice
    with api(rag_gateway, BOB) as bob:
        bob.post("/collections", json={"name": "bobs-notes"})
    bob_models = {m.id for m in rag_gateway.client(api_key=BOB).models.list()}
    assert "rag:bobs-notes" in bob_models
    assert "rag:bobs-notes" not in alice
    card = rag_gateway.client(api_key=ALICE).models.retrieve("rag:mixed")
    assert card.id == "rag:mixed" and card.created > 0


def test_delete_collection(rag_gateway: Gateway) -> None:
    with api(rag_gateway) as http:
        http.post("/collections", json={"name": "gone"})
        response = http.delete("/collections/gone")
        assert response.json() == {"id": "gone", "object": "collection.deleted", "deleted": True}
        _error(http.get("/collections/gone"), 404, "collection_not_found")


def test_a_collection_deleted_during_an_upload_does_not_come_back(rag_gateway: Gateway) -> None:
    """An upload stores its chunks in batches of 512: the collection is deleted once the first
    file's are stored, while the second file's are embedded (800 chunks: enough work that the
    delete lands inside it on a busy machine; with 200 it once came after the upload ended).
    Before, the upload answered 'added' and stored them anyway, and a new collection of the
    same name was born holding them; a delete between opening the storage and writing to it
    was a 500."""
    words = ["apple", "river", "stone", "cloud", "green", "quick", "north", "lamp", "paper"]

    def text(paragraphs: int) -> bytes:  # three paragraphs a chunk
        lines = (" ".join(words[(i + j) % 9] for j in range(40)) for i in range(paragraphs))
        return "\n\n".join(lines).encode()

    files = [("file", ("first.txt", text(1560))), ("file", ("second.txt", text(2400)))]
    with api(rag_gateway) as http, ThreadPoolExecutor(1) as pool:
        http.post("/collections", json={"name": "doomed"})
        uploading = pool.submit(http.post, "/collections/doomed/documents", files=files)
        with api(rag_gateway) as other:
            while other.get("/collections/doomed").json()["chunks"] == 0:
                assert not uploading.done(), uploading.result().text
            assert other.delete("/collections/doomed").status_code == 200
        response = uploading.result()
        _error(response, 404, "collection_not_found")
        assert "deleted while this request ran" in response.json()["error"]["message"]
        assert http.post("/collections", json={"name": "doomed"}).status_code == 200
        assert http.get("/collections/doomed").json()["chunks"] == 0
        assert http.get("/collections/doomed/documents").json()["data"] == []


def _peak_rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")))


def test_a_200_mb_upload_streams_with_bounded_memory(
    rag_gateway: Gateway, mixed: dict[str, str]
) -> None:
    """rag.max_upload_bytes is 4 MB here: the body is refused once past it, never buffered."""
    block = b"All work and no play makes Jack a dull boy.\n" * 23831  # ~1 MiB

    def body() -> Iterator[bytes]:
        yield b"--B\r\nContent-Disposition: form-data; name=file; filename=big.txt\r\n\r\n"
        for _ in range(200):
            yield block
        yield b"\r\n--B--\r\n"

    before = _peak_rss_kib(rag_gateway.process.pid)
    with api(rag_gateway) as http:
        try:
            response = http.post(
                "/collections/mixed/documents",
                content=body(),
                headers={"content-type": "multipart/form-data; boundary=B"},
            )
        except httpx.TransportError:  # the gateway may close before the body is all sent
            response = None
    after = _peak_rss_kib(rag_gateway.process.pid)
    print(f"gateway peak RSS: {before // 1024} MiB before, {after // 1024} MiB after")
    if response is not None:
        _error(response, 413, "request_too_large")
    assert (after - before) < 64 * 1024  # far below the 200 MB that went by


def test_a_file_in_another_field_is_refused_naming_the_field(rag_gateway: Gateway) -> None:
    """docs/rag.md: one or more 'file' fields. Before: files of any field name went in."""
    parts = [("file", ("a.txt", b"Tea.")), ("document", ("b.txt", b"Coffee."))]
    with api(rag_gateway) as http:
        assert http.post("/collections", json={"name": "fields"}).status_code == 200
        response = http.post("/collections/fields/documents", files=parts)
        _error(response, 400, "unexpected_field")
        assert response.json()["error"]["param"] == "document"
        assert response.json()["error"]["message"] == (
            "The upload holds a file in the field 'document'; send each document in a field "
            "named 'file' (e.g. curl -F file=@guide.pdf)."
        )
        assert http.get("/collections/fields").json()["chunks"] == 0


@pytest.mark.parametrize(
    ("content_type", "body", "why"),
    [
        # cut off mid-file: before, 'The upload holds no 'file' field' (no_file)
        (
            "multipart/form-data; boundary=xyz",
            b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="t.txt"\r\n\r\n'
            b"hello wor",
            "it ends before its closing boundary, as an upload cut off does",
        ),
        # before: 'Missing boundary in multipart..'
        ("multipart/form-data", b"--xyz--\r\n", "Missing boundary in multipart"),
    ],
    ids=["cut-off", "no-boundary"],
)
def test_a_malformed_multipart_body_says_so(
    rag_gateway: Gateway, content_type: str, body: bytes, why: str
) -> None:
    with api(rag_gateway) as http:
        http.post("/collections", json={"name": "cutoff"})
        response = http.post(
            "/collections/cutoff/documents", content=body, headers={"content-type": content_type}
        )
        _error(response, 400, "invalid_request")
        assert response.json()["error"]["message"] == (
            f"The multipart body is malformed: {why}. Upload documents as multipart/form-data "
            "with one or more 'file' fields."
        )
        assert http.get("/collections/cutoff").json()["chunks"] == 0


def test_an_encoded_upload_is_refused_by_name(rag_gateway: Gateway) -> None:
    """Before: the upload route was exempt from the check every other body gets."""
    body = gzip.compress(
        b"--B\r\nContent-Disposition: form-data; name=file; filename=a.txt\r\n\r\n"
        b"Some text.\r\n--B--\r\n"
    )
    headers = {"content-type": "multipart/form-data; boundary=B", "content-encoding": "gzip"}
    with api(rag_gateway) as http:
        assert http.post("/collections", json={"name": "zipped"}).status_code == 200
        response = http.post("/collections/zipped/documents", content=body, headers=headers)
        _error(response, 415, "unsupported_content_encoding")
        assert http.get("/collections/zipped").json()["chunks"] == 0


def test_a_declared_200_mb_upload_is_refused_before_it_is_read(
    rag_gateway: Gateway, mixed: dict[str, str]
) -> None:
    head = (
        "POST /v1/collections/mixed/documents HTTP/1.1\r\nHost: gw\r\n"
        f"Authorization: Bearer {ALICE}\r\n"
        "Content-Type: multipart/form-data; boundary=B\r\n"
        f"Content-Length: {200 << 20}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", rag_gateway.port), timeout=30) as sock:
        sock.sendall(head.encode())
        reply = b""
        while not reply.endswith(b"}") and (part := sock.recv(65536)):
            reply += part
    status, _, rest = reply.decode().partition("\r\n")
    assert status == "HTTP/1.1 413 Request Entity Too Large"
    assert json.loads(rest.partition("\r\n\r\n")[2])["error"]["code"] == "request_too_large"


def test_an_unknown_embedding_model_names_the_built_in_multilingual_one(
    rag_gateway: Gateway,
) -> None:
    """docs/rag.md recommends use-multilingual-v3 for Chinese; the refusal named no model."""
    with api(rag_gateway) as http:
        made = http.post("/collections", json={"name": "zh", "embedding_model": "nosuch"})
        assert made.status_code == 400, made.text
        assert made.json()["error"]["code"] == "model_not_found"
        assert made.json()["error"]["message"] == (
            "'nosuch' is not a configured embedding model; add one to 'models', set "
            "rag.embedding_model to one that is, or use the built-in 'use-multilingual-v3' "
            "(for Chinese and other languages than English)."
        )
        multilingual = {"name": "zh", "embedding_model": "use-multilingual-v3"}
        assert http.post("/collections", json=multilingual).status_code == 200
