"""Starting Contactos when the person logs in (off unless they turn it on in Preferences).

- Windows: a value under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.
- macOS: a LaunchAgent in ~/Library/LaunchAgents.
- Linux and other freedesktop systems: a .desktop file in ~/.config/autostart.

Each is per user, needs no administrator, and is what the system's own settings list
(and let the person turn off). The program starts with `--background`: in the tray, the
window closed, reminding.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from pathlib import Path

from contactos import APP_NAME
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
LAUNCH_AGENT = "invalid.contactos.Contactos"  # the bundle identifier (build/contactos.spec)
DESKTOP_FILE = "contactos.desktop"
BACKGROUND = "--background"


class AutostartError(TranslatableError):
    context = "Autostart"


def system() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "freedesktop"


def command(arguments: list[str] | None = None) -> list[str]:
    """How to start this program as it is installed, with `arguments`."""
    arguments = list(arguments or [])
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        bundle = next((p for p in executable.parents if p.suffix == ".app"), None)
        if bundle is not None and system() == "macos":
            return ["/usr/bin/open", "-a", str(bundle), "--args", *arguments]
        return [str(executable), *arguments]
    return [sys.executable, "-m", "ui.launcher", *arguments]


# --- freedesktop ------------------------------------------------------------------------


def _config_home(home: Path | None) -> Path:
    if home is not None:
        return home / ".config"
    chosen = os.environ.get("XDG_CONFIG_HOME")
    return Path(chosen) if chosen else Path.home() / ".config"


def desktop_path(home: Path | None = None) -> Path:
    return _config_home(home) / "autostart" / DESKTOP_FILE


def _exec_quote(arg: str) -> str:
    """An argument of a desktop entry's Exec key (freedesktop quoting rules)."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def desktop_entry(cmd: list[str]) -> str:
    exec_line = " ".join(_exec_quote(a) for a in cmd).replace("%", "%%")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders of your follow-ups\n"
        f"Exec={exec_line}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


# --- macOS ------------------------------------------------------------------------------


def agent_path(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT}.plist"


def launch_agent(cmd: list[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT,
            "ProgramArguments": cmd,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


# --- Windows ----------------------------------------------------------------------------


class _Registry:
    """The current user's Run key (winreg), or a stand-in given by a test."""

    def get(self) -> str | None:  # pragma: no cover - Windows only
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                return winreg.QueryValueEx(key, APP_NAME)[0]
        except FileNotFoundError:
            return None

    def set(self, value: str) -> None:  # pragma: no cover - Windows only
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, value)

    def delete(self) -> None:  # pragma: no cover - Windows only
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            pass


# --- One interface ----------------------------------------------------------------------


def is_enabled(*, on: str | None = None, home: Path | None = None, registry=None) -> bool:
    on = on or system()
    if on == "windows":
        return bool((registry or _Registry()).get())
    if on == "macos":
        return agent_path(home).exists()
    return desktop_path(home).exists()


def enable(
    arguments: list[str] | None = None,
    *,
    on: str | None = None,
    home: Path | None = None,
    registry=None,
) -> str:
    """Start this program at login with `arguments` (after --background); returns where
    it was written."""
    on = on or system()
    cmd = command([BACKGROUND, *(arguments or [])])
    try:
        if on == "windows":
            (registry or _Registry()).set(subprocess.list2cmdline(cmd))
            return "HKCU\\" + RUN_KEY
        path = agent_path(home) if on == "macos" else desktop_path(home)
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(path.name + ".part")
        if on == "macos":
            part.write_bytes(launch_agent(cmd))
        else:
            part.write_text(desktop_entry(cmd), encoding="utf-8")
        part.replace(path)
        return str(path)
    except OSError as error:
        raise AutostartError(
            QT_TRANSLATE_NOOP("Autostart", "Contactos could not be set to start at login: {error}"),
            error=error.strerror or str(error),
        ) from error


def disable(*, on: str | None = None, home: Path | None = None, registry=None) -> None:
    on = on or system()
    try:
        if on == "windows":
            (registry or _Registry()).delete()
            return
        path = agent_path(home) if on == "macos" else desktop_path(home)
        path.unlink(missing_ok=True)
    except OSError as error:
        raise AutostartError(
            QT_TRANSLATE_NOOP("Autostart", "Contactos could not stop starting at login: {error}"),
            error=error.strerror or str(error),
        ) from error
