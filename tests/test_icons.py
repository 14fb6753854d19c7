"""The shipped icon set and its palette-aware loader (ui.icons)."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette

from ui import icons

NAMES = [
    "today",
    "leads",
    "contacts",
    "contact",
    "call",
    "visit",
    "email",
    "whatsapp",
    "meeting",
    "note",
    "task",
    "stage",
    "won",
    "lost",
    "reopen",
    "import",
    "export",
    "limbo",
    "overdue",
    "unattended",
    "commitment",
    "impediment",
    "question",
    "search",
    "add",
    "edit",
    "done",
    "reschedule",
    "calendar",
    "open",
    "back",
    "settings",
    "money",
    "source",
    "representada",
    "tag",
    "filter",
    "demo",
    "backup",
    "payment",
    "stage-change",
    "closed",
    "info",
    "reports",
]

SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _fresh_cache():
    icons.clear_cache()
    yield
    icons.clear_cache()


def opaque_pixels(image: QImage) -> list[QColor]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    ]


def test_every_listed_icon_is_shipped():
    assert sorted(NAMES) == icons.available()
    for name in NAMES:
        assert icons.icon_path(name).is_file()


@pytest.mark.parametrize("name", NAMES)
def test_svg_follows_the_house_style(name):
    root = ET.parse(icons.icon_path(name)).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("fill") == "none"
    assert root.get("stroke") == "currentColor"
    assert root.get("stroke-width") == "2"
    assert len(root) > 0


@pytest.mark.parametrize("name", NAMES)
def test_icon_renders_something_at_24px(qapp, name):
    result = icons.icon(name)
    assert not result.isNull()
    image = result.pixmap(QSize(24, 24)).toImage()
    assert image.width() >= 24
    assert any(
        image.pixelColor(x, y).alpha() > 0
        for y in range(image.height())
        for x in range(image.width())
    )


def test_default_colour_is_the_palette_text_colour(qapp):
    expected = qapp.palette().color(QPalette.ColorRole.WindowText)
    pixels = opaque_pixels(icons.icon("add").pixmap(QSize(24, 24)).toImage())
    assert pixels
    assert {c.rgb() for c in pixels} == {expected.rgb()}


def test_follows_a_dark_palette(qapp):
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#777777"))
    qapp.setPalette(dark)
    try:
        normal = opaque_pixels(icons.icon("add").pixmap(QSize(24, 24)).toImage())
        disabled = opaque_pixels(
            icons.icon("add").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
        )
    finally:
        qapp.setPalette(original)
    assert {c.name() for c in normal} == {"#eeeeee"}
    assert {c.name() for c in disabled} == {"#777777"}


@pytest.mark.parametrize("color", ["#c62828", QColor(0, 128, 255)])
def test_colour_override(qapp, color):
    expected = QColor(color)
    pixels = opaque_pixels(icons.icon("limbo", color).pixmap(QSize(48, 48)).toImage())
    assert pixels
    assert {c.rgb() for c in pixels} == {expected.rgb()}


def test_disabled_mode_uses_the_disabled_text_colour(qapp):
    expected = qapp.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    image = icons.icon("add").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    pixels = opaque_pixels(image)
    assert pixels
    assert {c.rgb() for c in pixels} == {expected.rgb()}


def test_hidpi_pixmap(qapp):
    pixmap = icons.icon("search").pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.width() == 48


def test_icons_are_cached_per_colour(qapp):
    assert icons.icon("tag").cacheKey() == icons.icon("tag").cacheKey()
    assert icons.icon("tag", "red").cacheKey() != icons.icon("tag").cacheKey()


@pytest.mark.parametrize("name", ["nope", "Add", "../icons/add", ""])
def test_unknown_name_raises_key_error(qapp, name):
    with pytest.raises(KeyError) as excinfo:
        icons.icon(name)
    assert excinfo.value.args == (name,)
    with pytest.raises(KeyError):
        icons.icon_path(name)


def test_invalid_colour_is_rejected(qapp):
    with pytest.raises(ValueError):
        icons.icon("add", "not-a-colour")


def test_frozen_bundle_location(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert icons.icons_dir() == tmp_path / "resources" / "icons"


def test_licence_is_shipped():
    licence = icons.icons_dir() / "LICENSE"
    text = licence.read_text(encoding="utf-8")
    assert "MIT" in text
    assert "Copyright (c) 2026 The Contactos developers" in text
    readme = (icons.icons_dir() / "README.md").read_text(encoding="utf-8")
    for name in NAMES:
        assert f"`{name}`" in readme
