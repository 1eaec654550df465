"""A small PDF writer for the server's documents: headings and wrapped text lines.

The server has no Qt (the desktop's PDF path) and needs only plain reports, so
this writes PDF 1.4 by hand: A4 pages, the standard Helvetica and Courier fonts
in WinAnsiEncoding (which holds æ, ø, å and the other Danish letters), the
document's language and title set for screen readers. Text is wrapped by a
fixed count of characters of the monospaced font, so no font metrics are needed.
"""

from __future__ import annotations

import textwrap
import zlib
from dataclasses import dataclass

PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN = 56
BODY_SIZE = 9
LINE_GAP = 3
# Courier's advance is 0.6 em: this many characters fit between the margins.
BODY_CHARS = int((PAGE_W - 2 * MARGIN) / (BODY_SIZE * 0.6))


@dataclass(frozen=True)
class Block:
    text: str
    kind: str = "body"  # "title", "heading" or "body"
    indent: int = 0


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


_STYLE = {"title": ("F2", 15), "heading": ("F2", 11), "body": ("F1", BODY_SIZE)}


def _lines(blocks: list[Block]) -> list[tuple[str, int, str, int]]:
    """(font, size, text, indent) per output line, with blank space as empty text."""
    out: list[tuple[str, int, str, int]] = []
    for block in blocks:
        font, size = _STYLE[block.kind]
        if block.kind != "body":
            out.append(("F1", BODY_SIZE, "", 0))
        width = BODY_CHARS - block.indent if block.kind == "body" else 60
        for paragraph in block.text.split("\n"):
            wrapped = textwrap.wrap(paragraph, width=max(20, width)) or [""]
            out.extend((font, size, line, block.indent) for line in wrapped)
    return out


def render(blocks: list[Block], title: str, language: str = "da-DK") -> bytes:
    pages: list[list[tuple[str, int, str, int]]] = [[]]
    y = PAGE_H - MARGIN
    for line in _lines(blocks):
        step = line[1] + LINE_GAP
        if y - step < MARGIN:
            pages.append([])
            y = PAGE_H - MARGIN
        pages[-1].append(line)
        y -= step
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    page_tree = add(b"")
    body_font = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    )
    bold_font = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    kids = []
    for number, lines in enumerate(pages, start=1):
        stream = [b"BT"]
        y = PAGE_H - MARGIN
        for font, size, text, indent in lines:
            y -= size + LINE_GAP
            x = MARGIN + indent * BODY_SIZE * 0.6
            stream.append(
                f"/{font} {size} Tf 1 0 0 1 {x:.1f} {y} Tm ".encode()
                + b"("
                + _escape(text)
                + b") Tj"
            )
        footer = f"{number}/{len(pages)}"
        stream.append(
            f"/F1 8 Tf 1 0 0 1 {PAGE_W - MARGIN - 30} {MARGIN / 2:.0f} Tm ".encode()
            + b"("
            + _escape(footer)
            + b") Tj"
        )
        stream.append(b"ET")
        data = zlib.compress(b"\n".join(stream))
        content = add(
            f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode()
            + data
            + b"\nendstream"
        )
        kids.append(
            add(
                f"<< /Type /Page /Parent {page_tree} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                f"/Resources << /Font << /F1 {body_font} 0 R /F2 {bold_font} 0 R >> >> "
                f"/Contents {content} 0 R >>".encode()
            )
        )
    info = add(b"<< /Title (" + _escape(title) + b") /Producer (FTBT server) >>")
    objects[catalog - 1] = (
        f"<< /Type /Catalog /Pages {page_tree} 0 R /Lang (".encode()
        + _escape(language)
        + b") /ViewerPreferences << /DisplayDocTitle true >> >>"
    )
    objects[page_tree - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    ).encode()
    out = bytearray(b"%PDF-1.4\n%\xe6\xf8\xe5\xc6\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
