"""A family's words looked for on disk, in every encoding they could be written in."""

from __future__ import annotations

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def leaks(files: dict[str, bytes], needles: set[str]) -> list[tuple[str, str, str]]:
    """(file, text, encoding) for every text found in a file's raw bytes."""
    found = []
    for name, content in files.items():
        for needle in needles:
            for encoding in ENCODINGS:
                if needle.encode(encoding) in content:
                    found.append((name, needle, encoding))
    return found
