"""Streaming uploads: a multipart body goes to disk as it arrives, checked line by line.

Memory stays bounded whatever the upload's size: the body is parsed in the chunks the server
receives, file data is written out a megabyte at a time, and each line is only measured
(never held) so that a line too long, a binary file or too many lines stop the upload at the
byte where they become certain.
"""

from __future__ import annotations

import asyncio
import codecs
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from python_multipart.exceptions import FormParserError, MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from minigate.batch.settings import BatchSettings
from minigate.errors import GatewayError, InvalidRequest, PayloadTooLarge
from minigate.schemas.bounds import MISSING

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks

FLUSH_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Cap:
    """The most bytes an upload may write, and the error that stops one writing more."""

    bytes: int
    error: Callable[[], GatewayError]


@dataclass
class Received:
    """What an upload carried: its form fields and, once written, the file's size and lines."""

    fields: dict[str, str] = field(default_factory=dict)
    filename: str | None = None
    bytes: int = 0
    lines: int = 0


class LineScanner:
    """Counts JSONL lines and refuses what cannot be one: binary data, over-long lines."""

    def __init__(self, settings: BatchSettings) -> None:
        self.settings = settings
        self.lines = 0  # lines with content so far (blank lines are not requests)
        self._length = 0  # bytes of the current line
        self._content = False  # the current line has a non-blank byte
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._cr_last = False  # the data so far ends in a CR: the next byte must be a LF

    def feed(self, data: bytes) -> None:
        if b"\x00" in data:
            raise _binary("holds a NUL byte, which text never does (a binary file, or UTF-16)")
        try:
            self._utf8.decode(data)
        except UnicodeDecodeError:
            raise _binary() from None
        self._check_line_ends(data)
        start = 0
        while (end := data.find(b"\n", start)) != -1:
            self._grow(data[start:end])
            self._end_line()
            start = end + 1
        self._grow(data[start:])

    def finish(self) -> None:
        try:
            self._utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            raise _binary() from None
        if self._cr_last:
            raise _cr_alone()
        self._end_line()
        if self.lines == 0:
            raise InvalidRequest(
                "The file is empty; a batch file holds one JSON request per line.",
                param="file",
                code="empty_file",
            )

    def _check_line_ends(self, data: bytes) -> None:
        """Refuse a CR that no LF follows: it ends lines on classic Mac OS, while JSONL's end
        in LF (CRLF passes) and JSON writers escape a CR inside a string; such a file was read
        as one long line."""
        if not data:
            return
        if self._cr_last and data[0] != 0x0A:
            raise _cr_alone()
        at = data.find(b"\r")
        while at != -1 and at + 1 < len(data):
            if data[at + 1] != 0x0A:
                raise _cr_alone()
            at = data.find(b"\r", at + 1)
        self._cr_last = at != -1

    def _grow(self, piece: bytes) -> None:
        self._length += len(piece)
        self._content = self._content or bool(piece.strip())
        if self._length > self.settings.max_line_bytes:
            raise InvalidRequest(
                f"Line {self.lines + 1} is longer than {self.settings.max_line_bytes} bytes "
                "(batch.max_line_bytes); split the request or shorten it.",
                param="file",
                code="line_too_long",
            )

    def _end_line(self) -> None:
        if self._content:
            self.lines += 1
            if self.lines > self.settings.max_lines:
                raise InvalidRequest(
                    f"The file has more than {self.settings.max_lines} lines "
                    "(batch.max_lines); split it into several batches.",
                    param="file",
                    code="too_many_tasks",
                )
        self._length, self._content = 0, False


def _binary(why: str = "is not UTF-8 text") -> InvalidRequest:
    return InvalidRequest(
        f"The file {why}; the Batch API takes a .jsonl file of UTF-8 text with one JSON "
        "request per line.",
        param="file",
        code="invalid_file_format",
    )


def _cr_alone() -> InvalidRequest:
    return InvalidRequest(
        "The file's lines end in a carriage return alone (\\r, classic Mac OS line endings); "
        "the Batch API takes JSONL, whose lines end in \\n (or \\r\\n). Convert the line "
        "endings and upload it again.",
        param="file",
        code="invalid_file_format",
    )


def _too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(
        f"The file is larger than {limit} bytes (batch.max_file_bytes); "
        "split it into several batches.",
        param="file",
        code="file_too_large",
    )


class _Sink:
    """The file part's bytes, scanned and written to ``path`` a megabyte at a time; the
    first of ``caps`` it passes stops it."""

    def __init__(self, path: Path, scanner: LineScanner, caps: list[Cap]) -> None:
        self.path = path
        self.scanner = scanner
        self.caps = caps
        self.size = 0
        self._buffer = bytearray()
        self._handle: IO[bytes] | None = None

    async def write(self, data: bytes) -> None:
        self.size += len(data)
        for cap in self.caps:
            if self.size > cap.bytes:
                raise cap.error()
        self.scanner.feed(data)
        self._buffer += data
        if len(self._buffer) >= FLUSH_BYTES:
            await self.flush()

    async def flush(self) -> None:
        if self._handle is None:
            self._handle = await asyncio.to_thread(self.path.open, "wb")
        data, self._buffer = bytes(self._buffer), bytearray()
        await asyncio.to_thread(self._handle.write, data)

    async def close(self) -> None:
        if self._handle is not None:
            await asyncio.to_thread(self._handle.close)


async def receive_upload(
    body: AsyncIterator[bytes],
    content_type: str,
    path: Path,
    settings: BatchSettings,
    room: Cap | None = None,
) -> Received:
    """Parse a multipart/form-data body, writing its ``file`` part to ``path``; a file
    larger than ``room`` (what the key's storage quota leaves) stops with its error.

    Raises InvalidRequest or PayloadTooLarge; the caller removes ``path`` then."""
    kind, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise InvalidRequest(
            "Upload files as multipart/form-data with the fields 'file' and 'purpose'.",
            code="invalid_content_type",
        )
    received = Received()
    limit = settings.max_file_bytes
    caps = [Cap(limit, lambda: _too_large(limit)), *([room] if room else [])]
    sink = _Sink(path, LineScanner(settings), caps)
    events: list[tuple[str, bytes]] = []
    try:
        parser = MultipartParser(boundary, _callbacks(events))
    except FormParserError as exc:  # a boundary longer than its 256 bytes (RFC 2046 allows 70)
        raise _malformed(exc) from None
    part: _Part | None = None
    try:
        async for chunk in body:
            _parse(parser.write, chunk)
            part = await _apply(events, part, sink, received)
            events.clear()
        _parse(parser.finalize)
        await _apply(events, part, sink, received)
        if received.filename is None:
            raise InvalidRequest(
                "Missing required parameter: 'file'.",
                param="file",
                code=MISSING,
            )
        sink.scanner.finish()
        await sink.flush()
    finally:
        await sink.close()
    received.bytes, received.lines = sink.size, sink.scanner.lines
    return received


def _parse(step: Callable[..., object], *data: bytes) -> None:
    """One step of the parser; what it cannot parse is the client's fault (a 400), as is a
    part header over its limit (a file name of thousands of characters)."""
    try:
        step(*data)
    except MultipartParseError as exc:
        raise _malformed(exc) from None


def _malformed(exc: FormParserError) -> InvalidRequest:
    return InvalidRequest(
        f"The multipart body is malformed ({exc}); upload files as multipart/form-data "
        "with the fields 'file' and 'purpose'.",
        code="invalid_multipart",
    )


@dataclass
class _Part:
    headers: dict[str, str] = field(default_factory=dict)
    header: str = ""
    name: str = ""
    filename: str | None = None
    value: bytearray = field(default_factory=bytearray)


def _callbacks(events: list[tuple[str, bytes]]) -> MultipartCallbacks:
    def mark(kind: str) -> Callable[[], None]:
        return lambda: events.append((kind, b""))

    def data(kind: str) -> Callable[[bytes, int, int], None]:
        return lambda buf, start, end: events.append((kind, bytes(buf[start:end])))

    return {
        "on_part_begin": mark("begin"),
        "on_header_field": data("field"),
        "on_header_value": data("value"),
        "on_header_end": mark("header_end"),
        "on_headers_finished": mark("headers_done"),
        "on_part_data": data("data"),
        "on_part_end": mark("end"),
    }


async def _apply(
    events: list[tuple[str, bytes]], part: _Part | None, sink: _Sink, received: Received
) -> _Part | None:
    """Act on the parser's events; returns the part still open, if any."""
    for kind, data in events:
        if kind == "begin":
            part = _Part()
        elif part is None:
            continue
        elif kind == "field":
            part.header += data.decode("latin-1")
        elif kind == "value":
            part.headers[part.header.lower()] = part.headers.get(
                part.header.lower(), ""
            ) + data.decode("latin-1")
        elif kind == "header_end":
            part.header = ""
        elif kind == "headers_done":
            _, params = parse_options_header(part.headers.get("content-disposition", ""))
            part.name = params.get(b"name", b"").decode("utf-8", "replace")
            raw = params.get(b"filename")
            part.filename = raw.decode("utf-8", "replace") if raw is not None else None
            if part.name == "file":
                if received.filename is not None:  # one sink: two files would run together
                    raise InvalidRequest(
                        "The upload holds more than one 'file' part; upload one file per request.",
                        param="file",
                        code="invalid_multipart",
                    )
                received.filename = part.filename or "upload.jsonl"
        elif kind == "data":
            if part.name == "file":
                await sink.write(data)
            elif len(part.value) + len(data) <= 4096:
                part.value += data
        elif kind == "end":
            if part.name != "file":
                received.fields[part.name] = part.value.decode("utf-8", "replace")
            part = None
    return part
