"""The program's identity for the packages, read from the project itself: its name and
version from pyproject.toml, the rest set here once. The spec, the Info.plist, the Inno
Setup script (through build/windows_installer.py) and the dmg script all read it.

Signing identities are not here: they come from the environment (see build/macos.py).
"""

from __future__ import annotations

import os
import platform
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NAME = "Contactos"
DESCRIPTION = "Contactos: contacts and follow-up for independent sales agents"
PUBLISHER = "The Contactos developers"
COPYRIGHT = "© 2026 The Contactos developers"
# macOS: the bundle identifier names the program to the system (notifications and their
# permission are kept per identifier: do not change it once released).
BUNDLE_ID = os.environ.get("CONTACTOS_BUNDLE_ID", "invalid.contactos.Contactos")
MACOS_MINIMUM = "13.0"  # what the PySide6 wheels of uv.lock are built for (macosx_13_0)
# Windows: the installer's AppId; the same id in every version makes an install of a
# newer version an upgrade in place. Never change it.
WINDOWS_APP_ID = "{8E6C7A0B-3F4D-4C2E-9B7A-2D5F1C9E4A61}"
# The AppUserModelID that toasts are shown under (ui/notify.py WINDOWS_APP_ID): the Start
# menu shortcut carries it.
WINDOWS_USER_MODEL_ID = "Contactos"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def version_tuple() -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0), for Windows' four-number file version."""
    numbers = []
    for part in version().split(".")[:4]:
        digits = "".join(ch for ch in part if ch.isdigit())
        numbers.append(int(digits or 0))
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def system() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)


def machine() -> str:
    arch = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(arch, arch)


def package_name(kind: str = "") -> str:
    """'Contactos-0.1.0-linux-x86_64', with '-setup' or the like after it."""
    name = f"{NAME}-{version()}-{system()}-{machine()}"
    return f"{name}-{kind}" if kind else name


def windows_version_info(file_name: str, description: str):
    """The version resource of a Windows executable (Explorer's Properties → Details)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple()
    strings = [
        vi.StringStruct("CompanyName", PUBLISHER),
        vi.StringStruct("FileDescription", description),
        vi.StringStruct("FileVersion", version()),
        vi.StringStruct("InternalName", file_name.removesuffix(".exe")),
        vi.StringStruct("LegalCopyright", COPYRIGHT),
        vi.StringStruct("OriginalFilename", file_name),
        vi.StringStruct("ProductName", NAME),
        vi.StringStruct("ProductVersion", version()),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


def info_plist() -> dict:
    """Contactos.app's Info.plist entries (PyInstaller adds the executable and icon)."""
    return {
        "CFBundleName": NAME,
        "CFBundleDisplayName": NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "CFBundleDevelopmentRegion": "es",
        "CFBundleLocalizations": ["es", "en"],
        "CFBundlePackageType": "APPL",
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": COPYRIGHT,
        "NSPrincipalClass": "NSApplication",
        # Reminders: alerts (with their buttons) rather than banners, and the text the
        # system shows when it asks for the permission to notify.
        "NSUserNotificationAlertStyle": "alert",
        "NSUserNotificationsUsageDescription": (
            "Contactos le avisa de los seguimientos que vencen (llamadas, visitas, "
            "compromisos). / Contactos reminds you of the follow-ups that fall due."
        ),
    }
