"""The Windows installer: compile build/windows/contactos.iss with Inno Setup, and check
the installer by installing, upgrading and uninstalling for real.

    uv run --group build python build/windows_installer.py [--iscc PATH]
    uv run --group build python build/windows_installer.py --check-install "DIR"
    uv run --group build python build/windows_installer.py --wine-check --iscc ISCC.exe

The first form needs what build/package.py built (dist/Contactos) and the icons it
generated; it writes dist/Contactos-VERSION-windows-x86_64-setup.exe. Inno Setup's
compiler is found as --iscc, $ISCC, `iscc` on the PATH or in its default folder. On
another system it runs under Wine (a compile check: the payload is then that system's
bundle, useless on Windows); --wine-check then also installs, upgrades and uninstalls
it under Wine (xvfb-run), with the same checks as --check-install but the self-check.

--check-install DIR installs the setup silently for this user into DIR (a folder with
accents, "Begoña Núñez"), runs both programs' --self-check from there, installs it
again over itself (an upgrade in place: one entry in the installed programs), then
uninstalls it and checks that the program's folder is gone and the user's data folder
is still there. On Windows only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import identity

ROOT = identity.ROOT
DIST = ROOT / "dist"
SCRIPT = ROOT / "build" / "windows" / "contactos.iss"
ICON = ROOT / "build" / ".work" / "icons" / "contactos.ico"
DEFAULT_ISCC = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")


def setup_name() -> str:
    return f"{identity.NAME}-{identity.version()}-windows-x86_64-setup"


def find_iscc(given: str | None) -> list[str]:
    """The command that runs Inno Setup's compiler (with `wine` in front off Windows)."""
    candidate = given or os.environ.get("ISCC") or shutil.which("iscc")
    if not candidate and DEFAULT_ISCC.exists():
        candidate = str(DEFAULT_ISCC)
    if not candidate:
        raise SystemExit(
            "Inno Setup's compiler (ISCC.exe) was not found: install Inno Setup 6, or "
            "give its path with --iscc or $ISCC"
        )
    if sys.platform == "win32":
        return [candidate]
    wine = shutil.which("wine")
    if not wine:
        raise SystemExit("ISCC.exe needs Wine on this system: install wine (and wine32)")
    return [wine, candidate]


def windows_path(path: Path) -> str:
    """A path as the Windows program sees it (Wine maps the root to drive Z:)."""
    if sys.platform == "win32":
        return str(path)
    return "Z:" + str(path.resolve()).replace("/", "\\")


def defines(source: Path, output: Path) -> dict[str, str]:
    return {
        "AppVersion": identity.version(),
        "AppVersionNumeric": ".".join(str(n) for n in identity.version_tuple()),
        "AppId": identity.WINDOWS_APP_ID,
        "AppPublisher": identity.PUBLISHER,
        "AppUserModelId": identity.WINDOWS_USER_MODEL_ID,
        "SourceDir": windows_path(source),
        "SetupIcon": windows_path(ICON),
        "OutputDir": windows_path(output),
        "OutputBaseFilename": setup_name(),
    }


def compile_setup(
    iscc: list[str],
    source: Path = DIST / "Contactos",
    output: Path = DIST,
    extra: dict[str, str] | None = None,
) -> Path:
    if not (source / "Contactos.exe").exists() and sys.platform == "win32":
        raise SystemExit(f"build the program first (build/package.py): no {source}")
    if not ICON.exists():
        raise SystemExit("generate the icons first (build/icons.py; build/package.py does)")
    output.mkdir(parents=True, exist_ok=True)
    command = [*iscc, "/Q"]
    values = {**defines(source, output), **(extra or {})}
    command += [f"/D{name}={value}" for name, value in values.items()]
    command.append(windows_path(SCRIPT))
    env = dict(os.environ, WINEDEBUG=os.environ.get("WINEDEBUG", "-all"))
    result = subprocess.run(command, capture_output=True, text=True, errors="replace", env=env)
    if result.returncode != 0:
        raise SystemExit(f"ISCC failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    made = output / f"{setup_name()}.exe"
    if not made.exists():
        raise SystemExit(f"ISCC reported success but wrote no {made}")
    return made


# --- Checking the installer: on Windows, or under Wine -------------------------------------


class Windows:
    """Runs the installer and looks at what it did: on Windows itself, or, elsewhere,
    under Wine on a virtual screen (xvfb-run), where only the installer can run (the
    payload is this system's bundle)."""

    def __init__(self) -> None:
        self.native = sys.platform == "win32"
        if not self.native:
            for tool in ("wine", "winepath", "xvfb-run"):
                if not shutil.which(tool):
                    raise SystemExit(f"the Wine check needs {tool} (apt-get install wine xvfb)")
        self.env = dict(os.environ, WINEDEBUG=os.environ.get("WINEDEBUG", "-all"))

    def run(self, command: list[str], timeout: float = 600) -> subprocess.CompletedProcess:
        print("$", " ".join(command), flush=True)
        if not self.native:
            command = ["xvfb-run", "-a", "wine", *command]
        return subprocess.run(
            command, capture_output=True, text=True, encoding="utf-8", errors="replace",
            timeout=timeout, env=self.env,
        )  # fmt: skip

    def local(self, path: str) -> Path:
        """A Windows path as a path of this system."""
        if self.native:
            return Path(path)
        found = subprocess.run(
            ["winepath", "-u", path], capture_output=True, text=True, env=self.env, check=True
        )
        return Path(found.stdout.strip())

    def folder(self, name: str) -> str:
        """%LOCALAPPDATA%, %APPDATA%, %USERPROFILE% as Windows paths."""
        if self.native:
            return os.environ[name]
        found = self.run(["cmd", "/c", f"echo %{name}%"])
        return found.stdout.strip()

    def uninstall_entries(self) -> list[str]:
        key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall"
        if self.native:
            import winreg

            found = []
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key.split("\\", 1)[1]) as opened:
                for index in range(winreg.QueryInfoKey(opened)[0]):
                    found.append(winreg.EnumKey(opened, index))
        else:
            listed = self.run(["reg", "query", key]).stdout
            found = [line.strip().rsplit("\\", 1)[-1] for line in listed.splitlines()]
        return [name for name in found if name.startswith(identity.WINDOWS_APP_ID)]


def _install(windows: Windows, setup: Path, folder: str, log: Path) -> None:
    result = windows.run(
        [windows_path(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
         f"/DIR={folder}", f"/LOG={windows_path(log)}"]
    )  # fmt: skip
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8-sig", errors="replace")[-2000:] if log.exists() else ""
        raise SystemExit(f"the installer exited with {result.returncode}:\n{tail}")


def check_install(setup: Path, folder: str) -> None:
    """Install into `folder` (a Windows path), self-check from there (on Windows),
    install again over it (an upgrade in place), uninstall; the data folder stays."""
    windows = Windows()
    program = "Contactos.exe" if windows.native else "Contactos"  # (the payload's)
    data = windows.local(windows.folder("LOCALAPPDATA")) / identity.NAME
    data.mkdir(parents=True, exist_ok=True)
    marker = data / "kept-by-the-uninstaller.txt"
    marker.write_text("the uninstaller must leave the data folder\n", encoding="utf-8")
    logs = DIST / "install-logs"
    logs.mkdir(parents=True, exist_ok=True)

    _install(windows, setup, folder, logs / "install.log")
    installed = windows.local(folder)
    if not (installed / program).exists():
        raise SystemExit(f"not installed: {installed / program}")
    print("installed in", installed)
    if windows.native:
        for name in ("contactos-cli.exe", "Contactos.exe"):
            result = windows.run([str(installed / name), "--self-check"])
            print(f"{name} --self-check -> {result.returncode}: {result.stdout.strip()}")
            if result.returncode != 0:
                raise SystemExit(f"--self-check failed:\n{result.stdout}\n{result.stderr}")
    start_menu = windows.local(windows.folder("APPDATA")) / "Microsoft/Windows/Start Menu/Programs"
    if not (start_menu / "Contactos.lnk").exists():
        raise SystemExit(f"no Start menu entry in {start_menu}")
    entries = windows.uninstall_entries()
    if len(entries) != 1:
        raise SystemExit(f"installed programs' entries: {entries}")

    # An upgrade in place: the same folder, one entry, an old version's file gone.
    stale = installed / "_internal" / "left-by-an-older-version.dll"
    stale.write_bytes(b"")
    _install(windows, setup, folder, logs / "upgrade.log")
    if windows.uninstall_entries() != entries or stale.exists():
        raise SystemExit(f"not an upgrade in place: {windows.uninstall_entries()}")
    print("upgraded in place")

    result = windows.run(
        [folder + "\\unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"]
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"the uninstaller exited with {result.returncode}")
    for _ in range(60):  # (the uninstaller finishes in a copy of itself)
        if not (installed / program).exists() and not windows.uninstall_entries():
            break
        time.sleep(1)
    if (installed / program).exists() or windows.uninstall_entries():
        raise SystemExit("the uninstaller left the program installed")
    if (start_menu / "Contactos.lnk").exists():
        raise SystemExit("the uninstaller left the Start menu entry")
    if not marker.exists():
        raise SystemExit(f"the uninstaller removed the user's data folder {data}")
    marker.unlink()
    print("installed, upgraded in place and uninstalled; the data folder stays")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iscc", help="path of Inno Setup's ISCC.exe")
    parser.add_argument(
        "--check-install",
        metavar="DIR",
        help="install the built setup into DIR (a Windows path), check it, upgrade it "
        "and uninstall it",
    )
    parser.add_argument(
        "--wine-check",
        action="store_true",
        help="off Windows: compile with Wine, then install, upgrade and uninstall under "
        "Wine into a folder with accents",
    )
    args = parser.parse_args(argv)
    if args.check_install:
        check_install(DIST / f"{setup_name()}.exe", args.check_install)
        return 0
    extra = {}
    if args.wine_check:
        extra["DefaultDir"] = r"{localappdata}\Programs\Contactos"  # (Wine 8: see the .iss)
    made = compile_setup(find_iscc(args.iscc), extra=extra)
    print("installer:", made)
    if args.wine_check:
        profile = Windows().folder("USERPROFILE")
        check_install(made, profile + r"\Begoña Núñez\Programas\Contactos")
    return 0


if __name__ == "__main__":
    sys.exit(main())
