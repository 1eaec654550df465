"""The pure pieces of the bundle build (tools/bundle_meta.py); the bundle itself is
built and smoke-tested by `make bundle-test`, outside `make test` (docs/bundle.md)."""

from __future__ import annotations

import ast
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import bundle_meta  # noqa: E402 - the tools folder is not a package

import ftbt_desktop  # noqa: E402


def png(size: int) -> bytes:
    """A PNG header with just the IHDR the .ico writer reads, and a tail to copy."""
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", 13)
        + b"IHDR"
        + struct.pack(">II", size, size)
        + bytes(5)
        + bytes([size % 251])
    )


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2", (2, 0, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("1.4.0rc2", (1, 4, 0, 0)),
        ("3.0.1.dev5+g1234", (3, 0, 1, 0)),
    ],
)
def test_windows_version_keeps_the_four_numbers(
    version: str, expected: tuple[int, int, int, int]
) -> None:
    assert bundle_meta.windows_version(version) == expected


@pytest.mark.parametrize("version", ["", "final", "1.70000"])
def test_windows_version_refuses_what_windows_cannot_hold(version: str) -> None:
    with pytest.raises(ValueError):
        bundle_meta.windows_version(version)


def test_the_project_version_is_the_package_version() -> None:
    assert bundle_meta.project_version() == ftbt_desktop.__version__


def test_version_info_is_pyinstallers_expression_with_the_version() -> None:
    text = bundle_meta.version_info_text("1.4.0rc2", "ftbt-desktop", "ftbt-desktop.exe")
    call = ast.parse(text, mode="eval").body
    assert isinstance(call, ast.Call) and ast.unparse(call.func) == "VSVersionInfo"
    ffi = next(kw.value for kw in call.keywords if kw.arg == "ffi")
    fixed = {kw.arg: ast.literal_eval(kw.value) for kw in ffi.keywords}  # type: ignore[attr-defined]
    assert fixed["filevers"] == fixed["prodvers"] == (1, 4, 0, 0)
    strings = {
        ast.literal_eval(node.args[0]): ast.literal_eval(node.args[1])
        for node in ast.walk(call)
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "StringStruct"
    }
    assert strings["FileVersion"] == strings["ProductVersion"] == "1.4.0rc2"
    assert strings["OriginalFilename"] == "ftbt-desktop.exe"
    assert strings["InternalName"] == "ftbt-desktop"
    assert strings["ProductName"] == "FTBT Desktop"
    # The string table is Danish in Unicode, and the translation entry says the same.
    assert "StringTable('040604b0'" in text
    assert "VarStruct('Translation', [0x0406, 1200])" in text


def test_ico_directory_points_at_each_image_in_size_order() -> None:
    images = {48: png(48), 16: png(16), 256: png(256)}
    data = bundle_meta.ico_bytes(images)
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, 3)
    for index, size in enumerate((16, 48, 256)):
        width, height, _c, _r, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (width, height) == ((0, 0) if size == 256 else (size, size))
        assert (planes, bits) == (1, 32)
        assert data[offset : offset + length] == images[size]
    assert bundle_meta.ico_bytes(images) == data  # the same images, the same bytes


def test_ico_refuses_an_image_of_the_wrong_size() -> None:
    with pytest.raises(ValueError):
        bundle_meta.ico_bytes({32: png(48)})
    with pytest.raises(ValueError):
        bundle_meta.ico_bytes({})


def test_the_committed_icon_holds_every_size() -> None:
    data = (ROOT / "resources" / "icons" / "ftbt-app.ico").read_bytes()
    count = struct.unpack_from("<H", data, 4)[0]
    sizes = [struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)]
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
