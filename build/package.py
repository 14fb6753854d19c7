"""Build the packaged program for this platform, check that it runs, and zip it.

    uv run --group build python build/package.py [--no-zip] [--skip-check]

PyInstaller builds dist/Contactos/ from build/contactos.spec (on macOS also
dist/Contactos.app). The check then runs what was built, as a person would, on a
temporary data folder: the command line (--version, demo, today --json, check) and the
window, which renders its views to PNG files (--screenshots) and must exit cleanly.
Last, the folder (or the .app) is zipped to dist/Contactos-VERSION-PLATFORM.zip.

PyInstaller does not cross-compile: build the Windows package on Windows and the macOS
one on macOS.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / ".work"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def build() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "build" / "contactos.spec")],
        check=True, cwd=ROOT,
    )  # fmt: skip


def programs() -> tuple[Path, Path]:
    """(window program, command-line program) as built for this platform."""
    suffix = ".exe" if sys.platform == "win32" else ""
    folder = DIST / "Contactos"
    command_line = folder / f"contactos-cli{suffix}"
    if sys.platform == "darwin":
        window = DIST / "Contactos.app" / "Contents" / "MacOS" / "Contactos"
    else:
        window = folder / f"Contactos{suffix}"
    return window, command_line


def run(cmd: list[str], env: dict[str, str], timeout: float = 120) -> str:
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(cmd)} exited with {result.returncode}:\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def check() -> None:
    """Run the built programs on a temporary data folder; raise SystemExit on a failure."""
    window, command_line = programs()
    for program in (window, command_line):
        if not program.exists():
            raise SystemExit(f"missing: {program}")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if sys.platform.startswith("linux") else "")
    if not env["QT_QPA_PLATFORM"]:
        del env["QT_QPA_PLATFORM"]
    with tempfile.TemporaryDirectory(prefix="contactos-package-") as tmp:
        data = Path(tmp) / "data"
        shown = run([str(command_line), "--version"], env).strip()
        print("version:", shown)
        if version() not in shown:
            raise SystemExit(f"--version says {shown!r}, not {version()}")
        cli = [str(command_line), "--data-dir", str(data)]
        run([*cli, "--lang", "es", "demo"], env)
        today = json.loads(run([*cli, "today", "--json"], env))
        if not today:
            raise SystemExit("today --json is empty after the demo data")
        run([*cli, "check"], env)
        # The catalogue is in the package: a refusal comes back in Spanish.
        refused = subprocess.run(
            [*cli, "--lang", "es", "reschedule", "999999", "2030-01-01"],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        print("refusal in Spanish:", refused.stderr.strip())
        if refused.returncode == 0 or "999999" not in refused.stderr:
            raise SystemExit(f"expected a refusal, got {refused.returncode}: {refused.stderr}")
        shots = Path(tmp) / "shots"
        run([str(window), "--data-dir", str(data), "--lang", "es", "--screenshots", str(shots)],
            env, timeout=300)  # fmt: skip
        pictures = sorted(p.name for p in shots.glob("*.png"))
        if len(pictures) < 5:
            raise SystemExit(f"the window rendered only {pictures}")
        print("window rendered:", len(pictures), "views and dialogs")
        keep = DIST / "screenshots"
        shutil.rmtree(keep, ignore_errors=True)
        shutil.copytree(shots, keep)


def archive() -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    name = f"Contactos-{version()}-{system}-{platform.machine().lower()}"
    base = DIST / "Contactos.app" if sys.platform == "darwin" else DIST / "Contactos"
    made = shutil.make_archive(str(DIST / name), "zip", root_dir=base.parent, base_dir=base.name)
    return Path(made)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="check what is in dist/")
    parser.add_argument("--skip-check", action="store_true", help="do not run what was built")
    parser.add_argument("--no-zip", action="store_true", help="leave dist/Contactos unzipped")
    args = parser.parse_args(argv)
    if not args.skip_build:
        build()
    if not args.skip_check:
        check()
    if not args.no_zip:
        print("package:", archive())
    return 0


if __name__ == "__main__":
    sys.exit(main())
