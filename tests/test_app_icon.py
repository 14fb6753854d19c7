"""One drawing of the application icon (resources/contactos.svg); the build makes the
.ico, .icns and PNG files from it (build/icons.py), and the window uses it."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parent.parent


def icons_script():
    spec = importlib.util.spec_from_file_location("icons_build", ROOT / "build" / "icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sizes_read_back(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    found = []
    for number in range(reader.imageCount()):
        reader.jumpToImage(number)
        image = reader.read()
        assert not image.isNull(), (path, number, reader.errorString())
        assert image.width() == image.height()
        found.append(image.width())
    return found


def test_the_build_makes_every_format_from_the_one_drawing(qapp, tmp_path):
    build = icons_script()
    made = build.generate(tmp_path)
    # Windows' .ico: 16 to 256 pixels, as Qt's own reader reads it back.
    assert sizes_read_back(made["ico"]) == list(build.ICO_SIZES)
    # macOS' .icns: 16 to 1024 with the Retina sizes, each type where Apple expects it.
    data = made["icns"].read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    assert sorted(sizes_read_back(made["icns"])) == sorted(s for _, s in build.ICNS_TYPES)
    for size in build.PNG_SIZES:
        assert sizes_read_back(made[f"png{size}"]) == [size]
    # Drawn, not empty: the middle of the 256 px picture is not transparent.
    reader = QImageReader(str(made["png256"]))
    assert reader.read().pixelColor(128, 128).alpha() == 255


def test_no_generated_icon_is_committed():
    committed = [*ROOT.glob("resources/**/*.ico"), *ROOT.glob("resources/**/*.icns")]
    assert committed == []
    assert (ROOT / "resources" / "contactos.svg").exists()


def test_the_window_shows_the_application_icon(qapp):
    from ui import icons

    icon = icons.application_icon()
    assert not icon.isNull()
    assert icon.pixmap(64, 64).toImage().pixelColor(32, 32).alpha() == 255
