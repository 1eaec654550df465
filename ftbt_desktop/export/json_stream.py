"""Reading an export file one family at a time (no Qt).

An export of a whole municipality is hundreds of megabytes; parsed whole it
took several times its size in memory (issue 18: a 200 MB file, 920 MB).
`ExportReader` walks the top-level object itself and decodes only one value at
a time with the standard library's decoder: the header's small values, then
each family of the `families` list, so memory holds one family, never the
file. The exporter writes `format` and `version` before `families`; the header
values a reader needs must come first, and a file that has other keys after
the list is refused (no export has them). Bytes go through a SHA-256 as they
are read, so a caller reading the file twice (check, then write) can tell
that it did not change in between.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

CHUNK = 1 << 20  # characters read at a time
_DECODER = json.JSONDecoder()
_SPACE = " \t\n\r"


# How near the buffer's end a decoding error may be and still be a value cut off
# there (an escape "\\u00", a literal "tru", a number "1.").
_CUT_MARGIN = 16


def _maybe_cut(exc: json.JSONDecodeError, buffered: int) -> bool:
    """Whether the error may only mean that the value goes on after the buffer.
    A string cut off is reported where it starts, so it always may."""
    return exc.pos >= buffered - _CUT_MARGIN or exc.msg.startswith("Unterminated string")


class NotJson(ValueError):
    """The bytes are not the JSON text of one object (with a `families` list)."""


@dataclass(slots=True)
class ExportHeader:
    """What the file said before its list of families."""

    values: dict[str, Any] = field(default_factory=dict)
    has_families: bool = False


class _Text:
    """A buffered UTF-8 text reader that hashes the bytes it reads."""

    def __init__(self, raw: IO[bytes], chunk: int) -> None:
        self.raw = raw
        self.chunk = chunk
        self.digest = hashlib.sha256()
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buffer = ""
        self.pos = 0
        self.eof = False

    def more(self, at_least: int = 0) -> bool:
        """Read on (at least `at_least` characters' worth of bytes); False at the end."""
        if self.eof:
            return False
        data = self.raw.read(max(self.chunk, at_least))
        self.digest.update(data)
        try:
            text = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            raise NotJson("not UTF-8") from None
        if not data:
            self.eof = True
        # Drop what is read, so the buffer holds only the value being decoded.
        self.buffer = self.buffer[self.pos :] + text
        self.pos = 0
        return bool(data) or bool(text)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in _SPACE:
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.more():
                return ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise NotJson(f"expected {char!r}")
        self.pos += 1

    def value(self) -> Any:
        """The next JSON value, read on until it is whole."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                # Wrong well before the end of what is buffered: malformed, said at once
                # rather than after reading the rest of a large file into memory.
                if not _maybe_cut(exc, len(self.buffer)):
                    raise NotJson("malformed") from None
                # Cut off by the chunk's end (or wrong there: only more text tells).
                # Reading as much again as is buffered keeps a large family linear.
                if not self.more(len(self.buffer) - self.pos):
                    raise NotJson("malformed") from None
                continue
            except RecursionError:
                raise NotJson("nested too deep") from None
            except ValueError:
                # Not a JSONDecodeError (caught above): a number past the 4,300 digits
                # Python reads. No export holds one.
                raise NotJson("a number too long") from None
            # A number at the buffer's end may go on in the next chunk ("12" of "123").
            number = self.buffer[self.pos] in "-0123456789"
            if number and end == len(self.buffer) and self.more():
                continue
            self.pos = end
            return value


class KeysAfterFamilies(NotJson):
    """The object goes on after its `families` list (no export does)."""


class NotAnObject(NotJson):
    """The text starts as JSON of another kind (a list, a string, a number)."""


class ExportReader:
    """Iterating yields the file's header (once `families` starts), then each family.

    Raises NotJson for text that is not one JSON object; a family that is not an
    object is yielded as it is, for the caller's checks to name. Once the whole file
    is read, `digest` is the SHA-256 of its bytes."""

    def __init__(self, raw: IO[bytes], chunk: int = CHUNK) -> None:
        self._text = _Text(raw, chunk)
        self.digest: str | None = None

    def __iter__(self) -> Iterator[ExportHeader | Any]:
        text = self._text
        header = ExportHeader()
        first = text.peek()
        if first and first in '["-0123456789tfn':
            raise NotAnObject("not an object")
        text.expect("{")
        if text.peek() == "}":
            text.pos += 1
        else:
            while True:
                key = text.value()
                if not isinstance(key, str):
                    raise NotJson("a key is not a string")
                text.expect(":")
                if key == "families" and text.peek() == "[":
                    header.has_families = True
                    yield header
                    yield from _families(text)
                    after = text.peek()
                    if after == "":
                        raise NotJson("cut short after the list of families")
                    if after != "}":
                        raise KeysAfterFamilies("data after the list of families")
                    text.pos += 1
                    self._finish()
                    return
                header.values[key] = text.value()
                if text.peek() != ",":
                    break
                text.pos += 1
            text.expect("}")
        self._finish()
        yield header

    def _finish(self) -> None:
        if self._text.peek() != "":
            raise NotJson("text after the object")
        self.digest = self._text.digest.hexdigest()


def _families(text: _Text) -> Iterator[Any]:
    text.expect("[")
    if text.peek() == "]":
        text.pos += 1
        return
    while True:
        yield text.value()
        if text.peek() == ",":
            text.pos += 1
            continue
        text.expect("]")
        return
