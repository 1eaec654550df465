"""Just enough PDF reading for tests: page count and the text Qt's PDF writer draws.

Qt writes each font as a Type0 subset with a ToUnicode map and shows glyphs
as `<hex> Tj`, so the text comes back by mapping each glyph through the map
of the font selected with `Tf`. Not a general PDF parser: good for files
written by `QPdfWriter`, which is all the tests need.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)
# Not "\r?\nendstream": compressed data may itself end in a carriage return byte.
_STREAM = re.compile(rb"stream\r?\n(.*?)\nendstream", re.S)
_FONT_REF = re.compile(rb"/(F\d+)\s+(\d+)\s+0\s+R")
_TOUNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_HEX = rb"<([0-9A-Fa-f]+)>"
_TEXT_OPS = re.compile(rb"/(F\d+)\s+[\d.]+\s+Tf|" + _HEX + rb"\s*Tj|\[(.*?)\]\s*TJ", re.S)


def page_count(raw: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", raw))


def _objects(raw: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    """Each object's dictionary text and its (inflated) stream, if any."""
    found: dict[int, tuple[bytes, bytes | None]] = {}
    for match in _OBJECT.finditer(raw):
        body = match.group(2)
        stream_match = _STREAM.search(body)
        data = None
        head = body
        if stream_match:
            head = body[: stream_match.start()]
            data = stream_match.group(1)
            if b"FlateDecode" in head:
                # decompressobj: a "\r" written before "\nendstream" is left over, not an error
                data = zlib.decompressobj().decompress(data)
        found[int(match.group(1))] = (head, data)
    return found


def _cmap(data: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(_HEX + rb"\s*" + _HEX, block):
            mapping[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, rest in re.findall(_HEX + rb"\s*" + _HEX + rb"\s*(\[[^\]]*\]|<[^>]*>)", block):
            lo_i, hi_i = int(lo, 16), int(hi, 16)
            if rest.startswith(b"["):
                targets = re.findall(_HEX, rest)
                for offset, dst in enumerate(targets):
                    mapping[lo_i + offset] = bytes.fromhex(dst.decode()).decode("utf-16-be")
            else:
                start = int(rest.strip(b"<>"), 16)
                for offset in range(hi_i - lo_i + 1):
                    mapping[lo_i + offset] = chr(start + offset)
    return mapping


def _fonts(objects: dict[int, tuple[bytes, bytes | None]]) -> dict[bytes, dict[int, str]]:
    """Each font resource's name ("F3") → its glyph-to-text map."""
    fonts: dict[bytes, dict[int, str]] = {}
    for head, _ in objects.values():
        for name, number in _FONT_REF.findall(head):
            font_head = objects.get(int(number), (b"", None))[0]
            to_unicode = _TOUNICODE.search(font_head)
            if to_unicode:
                cmap_data = objects.get(int(to_unicode.group(1)), (b"", None))[1] or b""
                fonts[name] = _cmap(cmap_data)
    return fonts


def pdf_text(path: Path) -> str:
    """All text drawn on the pages, in drawing order, whitespace removed."""
    objects = _objects(path.read_bytes())
    fonts = _fonts(objects)
    pieces: list[str] = []
    for head, data in objects.values():
        if data is None or b"Length1" in head or b"BT" not in data:
            continue
        current: dict[int, str] = {}
        for match in _TEXT_OPS.finditer(data):
            font, single, array = match.groups()
            if font is not None:
                current = fonts.get(font, {})
                continue
            hexes = [single] if single is not None else re.findall(_HEX, array)
            for hx in hexes:
                codes = bytes.fromhex(hx.decode())
                for i in range(0, len(codes) - 1, 2):
                    pieces.append(current.get(int.from_bytes(codes[i : i + 2], "big"), ""))
    return re.sub(r"\s+", "", "".join(pieces))
