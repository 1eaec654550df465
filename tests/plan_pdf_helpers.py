"""Text per page of a PDF written by Qt, for the family plan tests (footer on every page).

Builds on `pdf_text.py`: the pages in the order of the page tree, each page's
own content stream read through the font maps.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pdf_text import _HEX, _fonts, _objects, pdf_text

# As pdf_text's, but an array may not run past its own "]": tables draw many "[] 0 d",
# and a lazy match across them makes the scan quadratic.
_TEXT_OPS = re.compile(rb"/(F\d+)\s+[\d.]+\s+Tf|" + _HEX + rb"\s*Tj|\[([^\]]*)\]\s*TJ")


def plain_text(path: Path) -> str:
    """`pdf_text` with ligatures undone ("ﬁ" → "fi"), as a reader would search it."""
    return unicodedata.normalize("NFKC", pdf_text(path))


def page_texts(path: Path) -> list[str]:
    """The text drawn on each page, whitespace removed, in page order."""
    objects = _objects(path.read_bytes())
    fonts = _fonts(objects)
    kids: list[int] = []
    for head, _ in objects.values():
        if re.search(rb"/Type\s*/Pages\b", head):
            match = re.search(rb"/Kids\s*\[(.*?)\]", head, re.S)
            if match:
                kids = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", match.group(1))]
    texts = []
    for kid in kids:
        head = objects[kid][0]
        refs = re.search(rb"/Contents\s+(\d+)\s+0\s+R", head)
        data = objects[int(refs.group(1))][1] if refs else None
        texts.append(_stream_text(data or b"", fonts))
    return texts


def page_sizes(path: Path) -> list[tuple[int, int]]:
    """Each page's width and height in points, in page order (from its /MediaBox)."""
    objects = _objects(path.read_bytes())
    kids: list[int] = []
    for head, _ in objects.values():
        if re.search(rb"/Type\s*/Pages\b", head):
            match = re.search(rb"/Kids\s*\[(.*?)\]", head, re.S)
            if match:
                kids = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", match.group(1))]
    sizes = []
    for kid in kids:
        box = re.search(
            rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", objects[kid][0]
        )
        assert box is not None, kid
        x0, y0, x1, y1 = (float(v) for v in box.groups())
        sizes.append((round(x1 - x0), round(y1 - y0)))
    return sizes


def _stream_text(data: bytes, fonts: dict[bytes, dict[int, str]]) -> str:
    pieces: list[str] = []
    current: dict[int, str] = {}
    for match in _TEXT_OPS.finditer(data):
        font, single, array = match.groups()
        if font is not None:
            current = fonts.get(font, {})
            continue
        for hx in [single] if single is not None else re.findall(_HEX, array):
            codes = bytes.fromhex(hx.decode())
            for i in range(0, len(codes) - 1, 2):
                pieces.append(current.get(int.from_bytes(codes[i : i + 2], "big"), ""))
    return unicodedata.normalize("NFKC", re.sub(r"\s+", "", "".join(pieces)))
