"""Loaders and chunking, in process: no model, no store."""

from __future__ import annotations

import pytest

from minigate.rag.chunking import chunk_blocks
from minigate.rag.loaders import LoadError, load
from minigate.rag.text import count_tokens, search_words, sentence_spans
from tests.rag.documents import MIXED, docx_bytes, pdf_bytes


def test_markdown_headings_become_the_heading_path() -> None:
    text, pieces = chunk_blocks(load("garden.md", MIXED["garden.md"]), 64, 8)
    assert [p.heading_path for p in pieces] == ["Gardening > Tomatoes", "Gardening > Basil"]
    for piece in pieces:
        assert text[piece.start : piece.end] == piece.text


def test_html_keeps_the_main_text_only() -> None:
    blocks = load("page.html", MIXED["page.html"])
    texts = " ".join(b.text for b in blocks)
    assert "Nautilus" in texts
    assert "tracker" not in texts and "Contact" not in texts and "(c) site" not in texts
    assert blocks[0].level == 1 and blocks[0].text == "Submarines"


def test_pdf_pages_are_numbered() -> None:
    blocks = load("comet.pdf", pdf_bytes(["First page text.", "Second page text."]))
    assert [(b.text, b.page) for b in blocks] == [
        ("First page text.", 1),
        ("Second page text.", 2),
    ]


def test_docx_headings_and_paragraphs() -> None:
    blocks = load("b.docx", docx_bytes("Bridges", ["The bridge opened in 1937."]))
    assert [(b.text, b.level) for b in blocks] == [
        ("Bridges", 1),
        ("The bridge opened in 1937.", 0),
    ]


def test_chinese_sentences_split_on_full_stops() -> None:
    text = "龙井茶产于浙江。它是名茶之一！水温多少？约八十度\uff1b好。"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "龙井茶产于浙江。",
        "它是名茶之一！",
        "水温多少？",
        "约八十度\uff1b",
        "好。",
    ]
    assert count_tokens("龙井茶") == 3
    assert "龙井" in search_words("龙井茶产于浙江")


def test_long_text_chunks_overlap_and_stay_under_the_limit() -> None:
    body = " ".join(f"Fact number {n} is stated here." for n in range(60))
    _, pieces = chunk_blocks(load("a.txt", body.encode()), 40, 10)
    assert len(pieces) > 3
    assert all(count_tokens(p.text) <= 40 for p in pieces)
    first_end = pieces[0].text.split(". ")[-1]
    assert first_end in pieces[1].text  # the last sentence is repeated


@pytest.mark.parametrize(
    "body",
    [
        "甲" * 300 + "。宝藏在九号洞。" + "乙" * 300,
        " ".join(["alpha"] * 300) + ". The treasure is in cave nine. " + " ".join(["beta"] * 300),
    ],
)
def test_no_chunk_lies_inside_another_after_an_over_long_sentence(body: str) -> None:
    """Before: after a sentence longer than a chunk, the short sentence that followed was
    repeated as the overlap and then made a chunk of its own (301-308 inside 160-308), so a
    rag: answer got the same sentence as sources [1] and [2]. Now: every chunk reaches past the
    one before it."""
    _, pieces = chunk_blocks(load("cut.txt", body.encode()), 160, 32)
    spans = [(p.start, p.end) for p in pieces]
    assert len(spans) >= 4
    assert not [(a, b) for a in spans for b in spans if a != b and b[0] <= a[0] <= a[1] <= b[1]]
    assert sum("treasure" in p.text or "宝藏" in p.text for p in pieces) == 1


@pytest.mark.parametrize(
    "data",
    [
        "大熊猫的生活习性".encode("gbk"),
        "日本語のテキストです。東京は日本の首都です。".encode("shift_jis"),
        "한국어 텍스트입니다. 서울은 한국의 수도입니다.".encode("euc-kr"),
        "Le café est très bon, n'est-ce pas? Déjà vu à Noël.".encode("latin-1"),
    ],
)
def test_other_encodings_are_not_taken_for_utf16(data: bytes) -> None:
    """Text in a legacy encoding is "not UTF-8", never "UTF-16 without a byte-order mark" (the
    broader UTF-16 check reads bytes as UTF-16 and must tell these apart)."""
    with pytest.raises(LoadError) as caught:
        load("legacy.txt", data)
    assert caught.value.code == "invalid_encoding"
    assert str(caught.value).startswith("the text is not UTF-8 (invalid byte at offset")


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "empty_file"),
        ("blank.md", b"  \n\n ", "empty_file"),
        ("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary_file"),
        ("latin1.txt", "café".encode("latin-1"), "invalid_encoding"),
        ("corrupt.pdf", b"%PDF-1.4\nthis is not really a pdf", "unreadable_document"),
        ("corrupt.docx", b"PK\x03\x04 not a zip", "unreadable_document"),
        ("tool.exe", b"MZ\x90\x00", "unsupported_file_type"),
    ],
)
def test_unreadable_files_say_why(name: str, data: bytes, code: str) -> None:
    with pytest.raises(LoadError) as caught:
        load(name, data)
    assert caught.value.code == code
