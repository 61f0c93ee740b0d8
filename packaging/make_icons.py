"""Render assets/icons/vagval.svg to the PNG sizes the desktop wants and to a Windows .ico.

Run from the repository root with the project's venv: `.venv/bin/python packaging/make_icons.py`.
Qt does the drawing (QSvgRenderer); the .ico holds the same images as PNG (the ICO format
has allowed PNG entries since Windows Vista), so no other tool is needed. The results are
committed; run this again only when the SVG changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent.parent / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file: a 6-byte header, one 16-byte entry per image, then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(HERE / "vagval.svg"))
    if not renderer.isValid():
        print("vagval.svg could not be read", file=sys.stderr)
        return 1
    for size in SIZES:
        if not render(renderer, size).save(str(HERE / f"vagval-{size}.png")):
            print(f"could not write vagval-{size}.png", file=sys.stderr)
            return 1
    (HERE / "vagval.ico").write_bytes(ico([(size, png_bytes(render(renderer, size)))
                                           for size in ICO_SIZES]))
    print(f"wrote {len(SIZES)} PNG files and vagval.ico to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
