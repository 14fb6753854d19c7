"""What goes into the packaged program: the parts of Qt it uses, and nothing pulled in by
accident. build/contactos.spec calls `prune` on what PyInstaller's analysis collected;
build/EXCLUDED.md says what is left out and why, and the size it saves.

The rules are allow-lists where Qt is concerned (a plugin folder or a plugin the program
does not name is left out) and work the same on Linux, Windows and macOS. A shared
library that only a left-out plugin needed goes too; one that anything kept needs stays.
Everything here runs without PyInstaller except `prune`'s dependency reader, so the
tests can check the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Qt's plugins, by folder: the names kept (None: every plugin of the folder). A folder not
# named here is left out whole (egldeviceintegrations, generic, networkinformation, tls,
# sqldrivers, qmltooling, designer, printsupport, permissions...).
PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # The window: X11 (xcb) and Wayland on Linux, Windows, macOS; offscreen and minimal
    # for --self-check and --screenshots without a screen.
    "platforms": frozenset({"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen", "qminimal"}),
    # The desktop's own file chooser through the XDG portal (Flatpak, GNOME, KDE). The GTK 3
    # theme is left out: it pulls in 6 MB of cairo, pango and GDK libraries that must
    # match the GTK of the system they run on.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Dead keys and compose sequences (typing á, ñ on Linux), and input methods.
    "platforminputcontexts": None,
    # The program's icons are SVG (ui/icons.py); .ico is the Windows icon format.
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": None,
    # The native look (Windows 11 / Vista styles, macOS style).
    "styles": None,
    # X11 and Wayland need these to open windows with some drivers and compositors.
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}

# Qt's own catalogues: the program loads qtbase_LANG (ui/translation.py) for Spanish;
# English needs none.
QT_CATALOGUES_KEPT = frozenset({"qtbase_es.qm"})

# Single files left out by name (the basename of where they would go).
FILES_LEFT_OUT = frozenset(
    {
        # Windows: a 20 MB software OpenGL renderer, for Qt Quick on machines without a
        # graphics driver; a widgets program never loads it.
        "opengl32sw.dll",
    }
)

# Libraries loaded by name at run time by something left out: OpenSSL, for Qt's TLS
# plugins and Python's ssl and _hashlib (left out in the spec: the program talks to no
# server). Left out unless something kept links to them.
UNLESS_LINKED = re.compile(r"^(lib)?(ssl|crypto)[-.]", re.IGNORECASE)

_PLUGIN = re.compile(r"(?:^|/)PySide6/(?:Qt/)?plugins/([^/]+)/([^/]+)$")
_QT_CATALOGUE = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/([^/]+)$")


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def plugin_name(filename: str) -> str:
    """'libqxcb.so' / 'qwindows.dll' / 'libqcocoa.dylib' -> 'qxcb' / 'qwindows' / 'qcocoa'."""
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def kept(dest: str) -> bool:
    """Whether the file PyInstaller would put at `dest` (inside the bundle) is kept."""
    dest = _posix(dest)
    if PurePosixPath(dest).name in FILES_LEFT_OUT:
        return False
    plugin = _PLUGIN.search(dest)
    if plugin:
        folder, filename = plugin.groups()
        if folder not in PLUGINS_KEPT:
            return False
        names = PLUGINS_KEPT[folder]
        return names is None or plugin_name(filename) in names
    catalogue = _QT_CATALOGUE.search(dest)
    if catalogue:
        return catalogue.group(1) in QT_CATALOGUES_KEPT
    return True


Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (dest, source, typecode)
Reader = Callable[[str], Iterable[str]]  # a binary's source path -> names it links to


def _is_library(entry: Entry) -> bool:
    return entry[2] in ("BINARY", "EXTENSION")


def prune(binaries: list[Entry], datas: list[Entry], needs: Reader) -> tuple[list, list, list]:
    """(binaries kept, datas kept, what was left out).

    A shared library that a left-out file linked to is left out too, unless something
    kept links to it (directly or through other libraries): the Qt plugins pull in
    libraries of their own (the GTK theme: cairo, pango...; eglfs: its integration).
    A library that nothing links to (loaded by name at run time) is never removed here.
    """
    left_out = [e for e in binaries + datas if not kept(e[0])]
    binaries = [e for e in binaries if kept(e[0])]
    datas = [e for e in datas if kept(e[0])]

    by_name: dict[str, Entry] = {}
    for entry in binaries:
        if _is_library(entry):
            by_name.setdefault(PurePosixPath(_posix(entry[0])).name, entry)

    def linked(entry: Entry) -> set[str]:
        try:
            return {PurePosixPath(_posix(n)).name for n in needs(entry[1])}
        except Exception:  # noqa: BLE001 - an unreadable file: assume it needs nothing
            return set()

    # Candidates: what the left-out files linked to, and what those link to in turn.
    candidates: set[str] = {name for name in by_name if UNLESS_LINKED.match(name)}
    queue = [e for e in left_out if _is_library(e)] + [by_name[name] for name in candidates]
    while queue:
        for name in linked(queue.pop()):
            if name in by_name and name not in candidates:
                candidates.add(name)
                queue.append(by_name[name])
    if not candidates:
        present = {_posix(e[0]) for e in binaries + datas if e[2] != "SYMLINK"}
        return (
            _without_dangling_links(binaries, present),
            _without_dangling_links(datas, present),
            left_out,
        )

    # Needed: what every kept file that is not a candidate links to, transitively.
    needed: set[str] = set()
    queue = [
        e for e in binaries if _is_library(e) and PurePosixPath(_posix(e[0])).name not in candidates
    ]
    seen: set[str] = set()
    while queue:
        entry = queue.pop()
        for name in linked(entry):
            needed.add(name)
            if name in by_name and name not in seen:
                seen.add(name)
                queue.append(by_name[name])
    orphans = candidates - needed
    gone = [e for e in binaries if PurePosixPath(_posix(e[0])).name in orphans and _is_library(e)]
    binaries = [e for e in binaries if e not in gone]
    present = {_posix(e[0]) for e in binaries + datas if e[2] != "SYMLINK"}
    return (
        _without_dangling_links(binaries, present),
        _without_dangling_links(datas, present),
        left_out + gone,
    )


def _without_dangling_links(entries: list[Entry], present: set[str]) -> list[Entry]:
    """Without the SYMLINK entries (dest, target relative to dest's folder) whose target
    is not among `present` (a link may be in one list and its target in the other)."""
    result = []
    for entry in entries:
        if entry[2] == "SYMLINK":
            folder = PurePosixPath(_posix(entry[0])).parent
            target = _normalise(folder / _posix(entry[1]))
            if target not in present:
                continue
        result.append(entry)
    return result


def _normalise(path: PurePosixPath) -> str:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)
