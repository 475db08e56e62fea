"""Text out of documents: .txt, .md, .html, .pdf and .docx, as blocks with their place.

A loader returns blocks: a heading or a paragraph, with the page it is on (PDFs) and the
headings above it. The chunker cuts blocks into chunks; it never needs to know the format.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from io import BytesIO
from pathlib import PurePath
from typing import Any

from minigate.rag.text import normalise

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
_SNIFF = 8192
_DOCX_PART = "word/document.xml"  # the main part every .docx holds (ECMA-376, Part 1)
_HEADING_MD = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


class LoadError(Exception):
    """The file cannot be read as a document; the message says why, without the file name."""

    def __init__(self, message: str, code: str = "unreadable_document") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Block:
    text: str
    level: int = 0  # 1-6 for a heading, 0 for a paragraph
    page: int | None = None


def load(name: str, data: bytes, max_bytes: int | None = None) -> list[Block]:
    """The blocks of the document ``name``: a .docx by its content (a zip archive holding
    ``word/document.xml``), whatever it is named; any other file by its suffix. A zip archive,
    named anything, may unpack to at most ``max_bytes``."""
    entries = _zip_entries(data)
    if entries is not None and max_bytes is not None:
        _check_unpacked(entries, max_bytes, ".docx" if _DOCX_PART in entries else "zip archive")
    suffix = PurePath(name).suffix.lower()
    reader = read_docx if entries is not None and _DOCX_PART in entries else _READERS.get(suffix)
    if reader is None:
        raise LoadError(
            f"unsupported file type '{suffix or '(none)'}'; supported: {', '.join(SUPPORTED)}",
            "unsupported_file_type",
        )
    if not data.strip():
        raise LoadError("the file is empty", "empty_file")
    blocks = [b for b in reader(data) if b.text.strip()]
    if not any(b.level == 0 for b in blocks):
        raise LoadError("no text found in the file", "no_text")
    return blocks


def _text_of(data: bytes) -> str:
    """UTF-8, or UTF-16 that starts with its byte-order mark, as Windows tools save "Unicode"
    text (Notepad, PowerShell's '>'): the mark says which it is, so nothing is guessed. UTF-16
    without one is named as such, so that its user knows what to change."""
    codec = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else None
    if codec is None and b"\x00" in data[:_SNIFF]:
        _refuse_utf16(data[:_SNIFF])
        raise LoadError("this is a binary file, not text", "binary_file")
    try:
        return data.decode(codec or "utf-8-sig")
    except UnicodeDecodeError as exc:
        if codec is None:
            _refuse_utf16(data[:_SNIFF])
        raise LoadError(
            f"the text is not {'UTF-16' if codec else 'UTF-8'} (invalid byte at offset "
            f"{exc.start}); save it as UTF-8",
            "invalid_encoding",
        ) from None


def _refuse_utf16(head: bytes) -> None:
    if _looks_utf16(head):
        raise LoadError(
            "this looks like UTF-16 text without a byte-order mark; save it as UTF-8",
            "invalid_encoding",
        )


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a mark, in either byte order. Mostly-ASCII text has a NUL in every other
    byte; text in other scripts may have none (Chinese) or few, so it is decoded instead, and
    read as UTF-16 when it is the letters, digits and punctuation of common scripts."""
    even, odd = head[0::2], head[1::2]
    for zeros, other in ((odd, even), (even, odd)):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.1 * len(other):
            return True
    # Big-endian must show a space or a punctuation mark too: Shift-JIS and GBK read that way
    # are ideographs and Hangul syllables throughout. Windows writes little-endian.
    little = _reads_as_text(_utf16(head, "utf-16-le"), spaced=False)
    return little or _reads_as_text(_utf16(head, "utf-16-be"), spaced=True)


def _utf16(head: bytes, codec: str) -> str:
    """``head`` decoded, or "" where it is not UTF-16; a pair cut off by the sniff is left out."""
    head = head[: len(head) // 2 * 2]
    try:
        return head.decode(codec)
    except UnicodeDecodeError as exc:
        return _utf16(head[: exc.start], codec) if exc.start >= len(head) - 2 else ""


# Blocks that text in use is written in. Bytes of another encoding (GBK, Shift-JIS, Latin-1)
# or binary data read as UTF-16 stray outside them: into Yi, private use, unassigned points.
_TEXT_BLOCKS = (
    (0x20, 0x7E),  # ASCII
    (0xA0, 0x24F),  # Latin-1, Latin Extended-A and -B
    (0x370, 0x52F),  # Greek, Cyrillic
    (0x590, 0x6FF),  # Hebrew, Arabic
    (0x900, 0xE7F),  # Indic scripts, Thai
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x30FF),  # CJK punctuation, kana
    (0x4E00, 0x9FFF),  # CJK ideographs
    (0xAC00, 0xD7A3),  # Hangul
    (0xFF00, 0xFFEF),  # full-width forms
    (0x1F300, 0x1FAFF),  # emoji
)


def _reads_as_text(text: str, *, spaced: bool) -> bool:
    """At least eight characters (fewer tell nothing), 95% of them text in a common script,
    and, where ``spaced``, some of them spaces or punctuation."""
    usual = sum(c in "\t\n\r" or (_in_text_block(c) and c.isprintable()) for c in text)
    breaks = any(c.isspace() or unicodedata.category(c).startswith("P") for c in text)
    return len(text) >= 8 and usual >= 0.95 * len(text) and (breaks or not spaced)


def _in_text_block(c: str) -> bool:
    return any(low <= ord(c) <= high for low, high in _TEXT_BLOCKS)


def _paragraphs(text: str, page: int | None = None) -> Iterator[Block]:
    for para in re.split(r"\n\s*\n", text):
        if para.strip():
            yield Block(_join_lines(para), page=page)


def _join_lines(para: str) -> str:
    """One paragraph on one line: wrapped lines join with a space, CJK lines without one."""
    lines = [line.strip() for line in para.splitlines() if line.strip()]
    out = lines[0] if lines else ""
    for line in lines[1:]:
        cjk_seam = ord(out[-1]) > 0x2E80 and ord(line[0]) > 0x2E80
        out += line if cjk_seam else " " + line
    return out


def read_txt(data: bytes) -> list[Block]:
    return list(_paragraphs(_text_of(data)))


def read_markdown(data: bytes) -> list[Block]:
    blocks: list[Block] = []
    buffer: list[str] = []
    for line in _text_of(data).splitlines():
        heading = _HEADING_MD.match(line)
        if heading:
            blocks += _paragraphs("\n".join(buffer))
            buffer = []
            blocks.append(Block(heading.group(2), level=len(heading.group(1))))
        else:
            buffer.append(line)
    return blocks + list(_paragraphs("\n".join(buffer)))


class _MainText(HTMLParser):
    """Blocks of an HTML page's main text: <main> or <article> when the page has one, and never
    scripts, styles, navigation, headers, footers or forms."""

    SKIP = frozenset(
        {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template",
         "svg", "head", "button", "select"}
    )  # fmt: skip
    BLOCK = frozenset(
        {"p", "div", "li", "tr", "td", "th", "pre", "blockquote", "section", "article", "main",
         "dd", "dt", "figcaption", "br", "table", "ul", "ol"}
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[Block, bool]] = []  # (block, inside main/article)
        self._skip = 0
        self._main = 0
        self._level = 0
        self._parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag in ("main", "article"):
            self._flush()
            self._main += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self._level = int(tag[1])
        elif tag in self.BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in ("main", "article"):
            self._flush()
            self._main = max(0, self._main - 1)
        elif re.fullmatch(r"h[1-6]", tag) or tag in self.BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._parts.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            self.blocks.append((Block(text, level=self._level), self._main > 0))
        self._parts = []
        self._level = 0

    def main_blocks(self) -> list[Block]:
        self._flush()
        inside = [b for b, in_main in self.blocks if in_main]
        return inside or [b for b, _ in self.blocks]


def read_html(data: bytes) -> list[Block]:
    parser = _MainText()
    parser.feed(_text_of(data))
    parser.close()
    return parser.main_blocks()


def read_pdf(data: bytes) -> list[Block]:
    from pypdf import PdfReader

    # pypdf logs what it finds wrong in a damaged file (a warning on stderr, outside the
    # gateway's logging too); the LoadError below says it once, naming the file.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    # Whatever the parser raises is the file's fault (a 400), not a bug: pypdf raises
    # NotImplementedError for a filter it lacks and DependencyError for JBIG2 text.
    except Exception as exc:
        raise LoadError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    blocks: list[Block] = []
    for number, text in enumerate(pages, start=1):
        blocks += _paragraphs(normalise(text), page=number)
    return blocks


def _zip_entries(data: bytes) -> dict[str, int] | None:
    """The entries of a zip archive (name -> unpacked size, as the archive states it), or None
    for anything that is not one. zipfile finds an archive by its end record, which it reads
    first: a file that is not an archive costs a look at its last 64 kB."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return {entry.filename: entry.file_size for entry in archive.infolist()}
    except (zipfile.BadZipFile, ValueError, EOFError):
        return None  # not an archive; one named .docx, read_docx says it cannot be read


def _check_unpacked(entries: dict[str, int], limit: int, what: str) -> None:
    """A .docx is a zip archive, and a small one may unpack to gigabytes that python-docx would
    hold and parse whole; its entries' stated sizes are summed before that (zipfile never
    unpacks an entry past its stated size). Any other archive is held to the same limit,
    so that a name is no way around it."""
    size = sum(entries.values())
    if size > limit:
        raise LoadError(
            f"the {what} unpacks to {size} bytes, more than the {limit} an upload may hold "
            "(rag.max_upload_bytes)",
            "document_too_large",
        )


def read_docx(data: bytes) -> list[Block]:
    import docx

    try:
        return _docx_blocks(docx.Document(BytesIO(data)))
    # Whatever the parser raises is the file's fault (a 400), not a bug: lxml's
    # XMLSyntaxError is no ValueError, a part with the wrong root an AttributeError.
    except Exception as exc:
        raise LoadError(f"not a readable .docx file ({type(exc).__name__})") from None


def _docx_blocks(document: Any) -> list[Block]:
    blocks: list[Block] = []
    for para in document.paragraphs:
        style = para.style.name if para.style is not None else ""
        level = re.fullmatch(r"(?:Heading|Title) ?(\d?)", style or "")
        if level:
            blocks.append(Block(para.text.strip(), level=int(level.group(1) or 1)))
        else:
            blocks += _paragraphs(para.text)
    return blocks


_READERS: dict[str, Callable[[bytes], list[Block]]] = {
    ".txt": read_txt,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}
