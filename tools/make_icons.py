"""Render the app icon's raster forms from its vector source.

    python tools/make_icons.py

Writes `resources/icons/ftbt-app.png` (256 px, for Linux and the window) and
`resources/icons/ftbt-app.ico` (16–256 px, for the Windows executables and the
installer) from `resources/icons/ftbt-app.svg`. Both are committed so a build
needs no renderer; run this after changing the SVG. The same Qt renders the same
bytes, so a rerun without a change leaves git clean.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_meta import ROOT, ico_bytes

ICON_DIR = ROOT / "resources" / "icons"
SVG = ICON_DIR / "ftbt-app.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    pngs = {size: render_png(renderer, size) for size in ICO_SIZES}
    (ICON_DIR / "ftbt-app.png").write_bytes(pngs[256])
    (ICON_DIR / "ftbt-app.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {ICON_DIR / 'ftbt-app.png'} and {ICON_DIR / 'ftbt-app.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
