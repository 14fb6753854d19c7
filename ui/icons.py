"""Contactos' own line icons (``resources/icons/*.svg``) as palette-aware QIcons.

The SVG files draw with ``currentColor``; :func:`icon` substitutes the application
palette's text colour (or an explicit colour) and renders crisp pixmaps, at any device
pixel ratio, plus a greyed set for the Disabled mode. Pixmaps are rendered when a size is
first asked for (Qt's SVG icon engine reads a recoloured copy of the file), so the
window does not wait for icons it is not showing.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

__all__ = [
    "SIZES",
    "application_icon",
    "available",
    "clear_cache",
    "icon",
    "icon_path",
    "icons_dir",
]

#: Logical pixmap sizes rendered into every icon.
SIZES: tuple[int, ...] = (16, 20, 24, 32, 48)

_cache: dict[tuple[str, str, str], QIcon] = {}


# (resolved once: icons are looked up in item models' data(), row after row)
_SOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


def icons_dir() -> Path:
    """The folder holding the SVG files (inside the PyInstaller bundle when frozen)."""
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        return Path(meipass) / "resources" / "icons"
    return _SOURCE_DIR


@functools.cache
def _names(folder: Path) -> frozenset[str]:
    return frozenset(path.stem for path in folder.glob("*.svg"))


def available() -> list[str]:
    """The names of all shipped icons, sorted."""
    return sorted(_names(icons_dir()))


def has(name: str) -> bool:
    """Whether an icon called ``name`` is shipped."""
    return name in _names(icons_dir())


def icon_path(name: str) -> Path:
    """The SVG file of icon ``name``; :class:`KeyError` if there is no such icon."""
    folder = icons_dir()
    if name not in _names(folder):
        raise KeyError(name)
    return folder / f"{name}.svg"


def application_icon() -> QIcon:
    """The program's own icon (resources/contactos.svg: the windows' and the taskbar's;
    the packages' .ico and .icns are generated from the same drawing)."""
    return QIcon(str(icons_dir().parent / "contactos.svg"))


def clear_cache() -> None:
    """Forget rendered icons and the list of names (e.g. after adding an SVG file)."""
    _cache.clear()
    _names.cache_clear()


def _to_color(color: QColor | str) -> QColor:
    result = QColor(color)
    if not result.isValid():
        raise ValueError(f"invalid colour: {color!r}")
    return result


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """The icon ``name`` drawn in ``color`` (default: the palette's window text colour).

    Raises :class:`KeyError` for an unknown name. Needs a running QGuiApplication.
    """
    path = icon_path(name)
    if QGuiApplication.instance() is None:
        raise RuntimeError("ui.icons.icon() needs a QApplication")
    palette = QApplication.palette()
    normal = palette.color(QPalette.ColorRole.WindowText) if color is None else _to_color(color)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    key = (
        name,
        normal.name(QColor.NameFormat.HexArgb),
        disabled.name(QColor.NameFormat.HexArgb),
    )
    cached = _cache.get(key)
    if cached is not None:
        return cached

    svg = path.read_text(encoding="utf-8")  # (tests/test_icons.py renders every file)
    result = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled)):
        result.addFile(str(_coloured_file(name, svg, colour)), QSize(), mode)
    _cache[key] = result
    return result


@functools.cache
def _coloured_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="contactos-icons-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _coloured_file(name: str, svg: str, colour: QColor) -> Path:
    """The SVG drawn in `colour`, as a file Qt's own SVG icon engine reads: it renders
    each size only when a widget first asks for it."""
    path = _coloured_dir() / f"{name}-{colour.name(QColor.NameFormat.HexArgb)[1:]}.svg"
    if not path.exists():
        data = svg.replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
        if colour.alphaF() < 1:
            alpha = f"{colour.alphaF():.3f}"
            data = data.replace("<svg ", f'<svg opacity="{alpha}" ', 1)
        path.write_text(data, encoding="utf-8")
    return path
