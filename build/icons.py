"""The application icon in every format the packages need, drawn from one SVG.

    uv run python build/icons.py [OUT]      (default OUT: build/.work/icons)

resources/contactos.svg is the only drawing. This renders it with Qt's SVG renderer to
PNG files (16 to 1024 pixels), a Windows .ico (16 to 256, PNG-compressed entries, as
Windows Vista and later read them) and a macOS .icns (16 to 1024, with the Retina
sizes). build/package.py runs it before PyInstaller; nothing it makes is committed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "contactos.svg"
OUT = ROOT / "build" / ".work" / "icons"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# .icns element types and the pixel size of each (Apple's icns format; @2x are Retina).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def render(size: int, source: Path = SOURCE) -> bytes:
    """The SVG at size x size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"cannot encode the {size} px icon")
    buffer.close()
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """A .ico file of PNG entries: ICONDIR, one ICONDIRENTRY each, then the PNGs."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = images[size]
        side = 0 if size >= 256 else size  # (0 means 256)
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A .icns file: 'icns', the file's length, then (type, length, PNG) elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = images[size]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generate(out: Path = OUT, source: Path = SOURCE) -> dict[str, Path]:
    """Write contactos.ico, contactos.icns and png/contactos-SIZE.png into `out`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    images = {size: render(size, source) for size in sizes}
    (out / "png").mkdir(parents=True, exist_ok=True)
    made = {}
    for size in PNG_SIZES:
        path = out / "png" / f"contactos-{size}.png"
        path.write_bytes(images[size])
        made[f"png{size}"] = path
    made["ico"] = out / "contactos.ico"
    made["ico"].write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    made["icns"] = out / "contactos.icns"
    made["icns"].write_bytes(icns(images))
    return made


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    for name, path in generate(target).items():
        print(f"{name}: {path}")
