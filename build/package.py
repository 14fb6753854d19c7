"""Build the packaged program for this platform, check that it runs, and zip it.

    uv run --group build python build/package.py [--skip-build] [--skip-check] [--no-zip]
        [--check-from FOLDER]

First the icon files are generated from resources/contactos.svg (build/icons.py), then
PyInstaller builds dist/Contactos/ from build/contactos.spec (on macOS also
dist/Contactos.app). The check then runs what was built, as a person would, on a
temporary data folder: both programs' --self-check, the command line (--version, demo,
today --json, check, a refusal in Spanish) and the window, which renders its views to PNG
files (--screenshots, kept in dist/screenshots/). With --check-from FOLDER the bundle is
copied there first and run from there (a folder with accents: "Begoña Núñez"). Last, the
folder (or the .app) is zipped to dist/Contactos-VERSION-SYSTEM-MACHINE.zip, symbolic
links kept as links, and the sizes are checked against the budget (on Linux: unzipped
under 150 MB, zipped under 60 MB; written to dist/size.json).

The installers are made from what this builds: build/windows_installer.py (Inno Setup)
and build/macos.py (the .app's Info.plist, signing, the .dmg).

PyInstaller does not cross-compile: build the Windows package on Windows and the macOS
one on macOS.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import identity

ROOT = identity.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build" / ".work"
MB = 1_000_000

# The Linux bundle's budget (issue 12): room for later features, and a check that a
# dependency does not bring in half of Qt again. Measured: build/EXCLUDED.md.
BUDGET = {"linux": {"unzipped": 150 * MB, "zipped": 60 * MB}}


def version() -> str:
    return identity.version()


def icons() -> None:
    subprocess.run([sys.executable, str(ROOT / "build" / "icons.py")], check=True, cwd=ROOT)


def build() -> None:
    icons()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "build" / "contactos.spec")],
        check=True, cwd=ROOT,
    )  # fmt: skip


def bundle_folder() -> Path:
    """What a person gets: dist/Contactos.app on macOS, dist/Contactos elsewhere."""
    return DIST / "Contactos.app" if sys.platform == "darwin" else DIST / "Contactos"


def programs(base: Path | None = None) -> tuple[Path, Path]:
    """(window program, command-line program) in the bundle at `base`."""
    base = base or bundle_folder()
    suffix = ".exe" if sys.platform == "win32" else ""
    if sys.platform == "darwin":
        inside = base / "Contents" / "MacOS"
        return inside / "Contactos", inside / "contactos-cli"
    return base / f"Contactos{suffix}", base / f"contactos-cli{suffix}"


def run(cmd: list[str], env: dict[str, str], timeout: float = 180) -> str:
    result = subprocess.run(
        cmd, capture_output=True, text=True, encoding="utf-8", errors="replace",
        env=env, timeout=timeout,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(cmd)} exited with {result.returncode}:\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def check(base: Path | None = None) -> None:
    """Run the built programs on a temporary data folder; raise SystemExit on a failure."""
    window, command_line = programs(base)
    for program in (window, command_line):
        if not program.exists():
            raise SystemExit(f"missing: {program}")
    env = dict(os.environ)
    if sys.platform.startswith("linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="contactos-package-") as tmp:
        data = Path(tmp) / "data"
        env["CONTACTOS_DATA_DIR"] = str(Path(tmp) / "not-used")  # (each command names its own)
        shown = run([str(command_line), "--version"], env).strip()
        print("version:", shown)
        if version() not in shown:
            raise SystemExit(f"--version says {shown!r}, not {version()}")
        for program in (command_line, window):
            started = time.monotonic()
            line = run([str(program), "--self-check"], env, timeout=300).strip()
            print(f"{program.name} --self-check ({time.monotonic() - started:.0f} s): {line}")
            # (a windowed Windows program has no stdout: its exit code alone tells)
            silent = sys.platform == "win32" and program == window
            if not silent and not line.startswith("contactos self-check: ok"):
                raise SystemExit(f"unexpected self-check output: {line!r}")
        cli = [str(command_line), "--data-dir", str(data)]
        run([*cli, "--lang", "es", "demo"], env)
        today = json.loads(run([*cli, "today", "--json"], env))
        if not today:
            raise SystemExit("today --json is empty after the demo data")
        run([*cli, "check"], env)
        # The catalogue is in the package: a refusal comes back in Spanish.
        refused = subprocess.run(
            [*cli, "--lang", "es", "reschedule", "999999", "2030-01-01"],
            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
        )  # fmt: skip
        print("refusal in Spanish:", refused.stderr.strip())
        if refused.returncode == 0 or "No existe" not in refused.stderr:
            raise SystemExit(f"expected a refusal, got {refused.returncode}: {refused.stderr}")
        shots = Path(tmp) / "shots"
        run([str(window), "--data-dir", str(data), "--lang", "es", "--screenshots", str(shots)],
            env, timeout=300)  # fmt: skip
        pictures = sorted(p.name for p in shots.glob("*.png"))
        if len(pictures) < 5:
            raise SystemExit(f"the window rendered only {pictures}")
        print("window rendered:", len(pictures), "views and dialogs")
        if list((Path(tmp) / "not-used").glob("*")):
            raise SystemExit("a check wrote outside the data folder it was given")
        keep = DIST / "screenshots"
        shutil.rmtree(keep, ignore_errors=True)
        shutil.copytree(shots, keep)


def check_from(folder: Path) -> None:
    """Copy the bundle to `folder` (a path with accents, say) and check it there."""
    source = bundle_folder()
    target = folder / source.name
    shutil.rmtree(target, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, target, symlinks=True)
    print("checking the copy in", target)
    try:
        check(target)
    finally:
        shutil.rmtree(target, ignore_errors=True)


# --- The zip and its size ------------------------------------------------------------------


def folder_size(folder: Path) -> int:
    """Bytes on disk once unpacked: files, and links as links (the zip keeps them)."""
    total = 0
    for path in folder.rglob("*"):
        info = path.lstat()
        if stat.S_ISREG(info.st_mode):
            total += info.st_size
        elif stat.S_ISLNK(info.st_mode):
            total += len(os.readlink(path))
    return total


def zip_folder(base: Path, target: Path) -> Path:
    """`base` zipped with its own name at the top; a symbolic link is stored as a link (as
    Info-ZIP and macOS' Archive Utility read it), not as a second copy of its target
    (Qt's libraries would be there twice on Linux, and a macOS .app would not verify)."""
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted([base, *base.rglob("*")]):
            name = path.relative_to(base.parent).as_posix()
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                entry = zipfile.ZipInfo(name, time.localtime(info.st_mtime)[:6])
                entry.create_system = 3  # (Unix: the mode below is read)
                entry.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(entry, os.readlink(path), zipfile.ZIP_STORED)
            elif path.is_dir():
                archive.write(path, name + "/")
            else:
                archive.write(path, name)
    return target


def archive() -> Path:
    return zip_folder(bundle_folder(), DIST / f"{identity.package_name()}.zip")


def sizes(zipped: Path | None) -> dict[str, int | str]:
    measured: dict[str, int | str] = {
        "system": identity.system(),
        "unzipped": folder_size(bundle_folder()),
    }
    if zipped is not None:
        measured["zipped"] = zipped.stat().st_size
    return measured


def within_budget(measured: dict[str, int | str]) -> list[str]:
    """What is over the budget of this system (none: [])."""
    budget = BUDGET.get(str(measured["system"]), {})
    return [
        f"{what} {int(measured[what]) / MB:.1f} MB > {limit / MB:.0f} MB"
        for what, limit in budget.items()
        if what in measured and int(measured[what]) > limit
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="check what is in dist/")
    parser.add_argument("--skip-check", action="store_true", help="do not run what was built")
    parser.add_argument("--no-zip", action="store_true", help="leave dist/Contactos unzipped")
    parser.add_argument(
        "--check-from",
        metavar="FOLDER",
        type=Path,
        help="also run the check from a copy of the bundle in FOLDER (a path with accents)",
    )
    args = parser.parse_args(argv)
    if not args.skip_build:
        build()
    if not args.skip_check:
        check()
        if args.check_from:
            check_from(args.check_from)
    zipped = None if args.no_zip else archive()
    if zipped:
        print("package:", zipped)
    measured = sizes(zipped)
    (DIST / "size.json").write_text(json.dumps(measured, indent=2) + "\n", encoding="utf-8")
    print(
        "size: "
        + ", ".join(f"{k} {v / MB:.1f} MB" for k, v in measured.items() if isinstance(v, int))
    )
    over = within_budget(measured)
    if over:
        print("over the size budget: " + "; ".join(over), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
