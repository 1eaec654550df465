"""Pure pieces of the bundle build: the Windows version resource and the .ico container.

Kept free of PyInstaller and Qt so `tests/test_bundle_meta.py` can check them
in `make test`, and so `tools/build_bundle.py` and `tools/make_icons.py` share
one version of each.
"""

from __future__ import annotations

import re
import struct
import tomllib
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT_NAME = "FTBT Desktop"
COMPANY_NAME = "FTBT Desktop"
DESCRIPTION = "FTBT Desktop – Familiens Trivsel, Barnets Trivsel"
# Danish (0x0406) in Unicode (code page 1200): the language the app speaks first.
LANGUAGE_ID = 0x0406
CODE_PAGE = 1200


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version in pyproject.toml: the one source the bundle's resources follow."""
    with pyproject.open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def windows_version(version: str) -> tuple[int, int, int, int]:
    """A PEP 440 version as Windows' four 16-bit numbers ("0.1.0rc2" → (0, 1, 0, 0)).

    Windows compares these four numbers only, so a pre-release or local label is
    dropped rather than guessed at; the full text stays in the string table.
    """
    match = re.match(r"^\s*v?(\d+(?:\.\d+){0,3})", version)
    if match is None:
        raise ValueError(f"not a version: {version!r}")
    numbers = [int(part) for part in match.group(1).split(".")]
    if any(number > 0xFFFF for number in numbers):
        raise ValueError(f"a part of {version!r} is above 65535, which Windows cannot hold")
    return tuple([*numbers, 0, 0, 0][:4])  # type: ignore[return-value]


def version_info_text(version: str, internal_name: str, file_name: str) -> str:
    """PyInstaller's version file (a `VSVersionInfo` expression) for one executable."""
    numbers = windows_version(version)
    table = f"{LANGUAGE_ID:04x}{CODE_PAGE:04x}"
    strings = {
        "CompanyName": COMPANY_NAME,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": internal_name,
        "LegalCopyright": COMPANY_NAME,
        "OriginalFilename": file_name,
        "ProductName": PRODUCT_NAME,
        "ProductVersion": version,
    }
    rows = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return (
        "VSVersionInfo(\n"
        "  ffi=FixedFileInfo(\n"
        f"    filevers={numbers!r},\n"
        f"    prodvers={numbers!r},\n"
        "    mask=0x3F, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)\n"
        "  ),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        f"      StringTable({table!r}, [\n"
        f"{rows}\n"
        "      ])\n"
        "    ]),\n"
        f"    VarFileInfo([VarStruct('Translation', [{LANGUAGE_ID:#06x}, {CODE_PAGE}])])\n"
        "  ]\n"
        ")\n"
    )


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An .ico holding one PNG per size (Windows Vista and later read PNG entries).

    Sizes in ascending order, so the same images always give the same bytes.
    """
    if not pngs:
        raise ValueError("an icon needs at least one image")
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    directory = b""
    offset = len(header) + 16 * len(sizes)
    for size in sizes:
        data = pngs[size]
        if png_size(data) != (size, size):
            raise ValueError(f"the {size}px image is {png_size(data)}")
        if not 1 <= size <= 256:
            raise ValueError(f"an icon image is 1 to 256 pixels, not {size}")
        # 0 stands for 256 in the one-byte width and height.
        edge = 0 if size == 256 else size
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(pngs[size] for size in sizes)
