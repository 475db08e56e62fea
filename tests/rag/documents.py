"""Small documents of every supported format, made by the tests themselves."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path


def pdf_bytes(pages: list[str]) -> bytes:
    """A minimal valid PDF with one line of Helvetica text per page (ASCII only)."""
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * n} 0 R" for n in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    font = 3 + 2 * len(pages)
    for n, text in enumerate(pages):
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET".encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * n} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out, offsets = BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def docx_bytes(heading: str, paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


MIXED = {
    "volcano.txt": b"Mount Kilimanjaro is a dormant volcano in Tanzania.\n\n"
    b"Its summit, Uhuru Peak, rises 5,895 metres above sea level.",
    "garden.md": b"# Gardening\n\n## Tomatoes\n\nTomato plants need six hours of sun and "
    b"deep watering twice a week.\n\n## Basil\n\nBasil dislikes cold nights below ten degrees.",
    "page.html": b"<html><head><title>T</title><script>var tracker = 1;</script></head><body>"
    b"<nav>Home | About | Contact</nav><main><h1>Submarines</h1><p>The Nautilus was the "
    b"first nuclear-powered submarine, launched in 1954.</p></main><footer>(c) site"
    b"</footer></body></html>",
    "tea.txt": "龙井茶产于浙江杭州西湖一带。它是中国十大名茶之一！冲泡时水温约八十度。".encode(),
}


def write_mixed_folder(folder: Path) -> dict[str, str]:
    """A folder of txt, md, html, docx and pdf files (one Chinese); source -> a question."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in MIXED.items():
        (folder / name).write_bytes(data)
    (folder / "bridge.docx").write_bytes(
        docx_bytes("Bridges", ["The Golden Gate Bridge opened in 1937 in San Francisco."])
    )
    (folder / "comet.pdf").write_bytes(
        pdf_bytes(["Comet Halley returns every 76 years.", "Its last visit was in 1986."])
    )
    return {
        "volcano.txt": "How high is Uhuru Peak on Kilimanjaro?",
        "garden.md": "How much sun do tomato plants need?",
        "page.html": "When was the Nautilus submarine launched?",
        "tea.txt": "龙井茶产于哪里？",
        "bridge.docx": "When did the Golden Gate Bridge open?",
        "comet.pdf": "How often does comet Halley return?",
    }
