"""The macOS app and disk image: check Contactos.app's Info.plist, sign the app, make
the .dmg (the app and a link to Applications), sign and notarise it.

    uv run --group build python build/macos.py            (after build/package.py)
    uv run --group build python build/macos.py --check-plist PATH/Info.plist
    uv run --group build python build/macos.py --check-dmg DIR

Signing and notarisation take their identity from the environment; without it they are
skipped, with a message (the app keeps PyInstaller's ad-hoc signature, which Apple
silicon needs to run it at all; a person then opens it the first time with a right-click
→ Open, README says how):

    CONTACTOS_MACOS_SIGN_IDENTITY   "Developer ID Application: NAME (TEAMID)", in the
                                    keychain (codesign -s)
    CONTACTOS_NOTARY_PROFILE        a notarytool keychain profile, or all three of:
    CONTACTOS_NOTARY_APPLE_ID, CONTACTOS_NOTARY_TEAM_ID, CONTACTOS_NOTARY_PASSWORD
                                    (an app-specific password)

--check-dmg DIR mounts the image, copies the app into DIR (a folder with accents) and
runs both programs' --self-check from there, as a person's copy would run.
"""

from __future__ import annotations

import argparse
import os
import plistlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import identity

ROOT = identity.ROOT
DIST = ROOT / "dist"
APP = DIST / "Contactos.app"
ENTITLEMENTS = ROOT / "build" / "macos" / "entitlements.plist"


def dmg_path() -> Path:
    return DIST / f"{identity.package_name()}.dmg"


# --- Info.plist ---------------------------------------------------------------------------------


def check_info_plist(path: Path) -> dict:
    """Read the app's Info.plist back; SystemExit naming what is missing or wrong."""
    with path.open("rb") as f:
        plist = plistlib.load(f)
    wanted = identity.info_plist()
    problems = [
        f"{key} is {plist.get(key)!r}, not {value!r}"
        for key, value in wanted.items()
        if plist.get(key) != value
    ]
    for key in ("CFBundleExecutable", "CFBundleIconFile"):
        if not plist.get(key):
            problems.append(f"no {key}")
    if plist.get("CFBundleShortVersionString") != identity.version():
        problems.append("the version is not pyproject.toml's")
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))
    return plist


# --- Signing and notarising ------------------------------------------------------------------


def _run(command: list[str]) -> None:
    print("$", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def sign(target: Path) -> bool:
    """codesign with the identity of CONTACTOS_MACOS_SIGN_IDENTITY (hardened runtime,
    secure timestamp); False, and a message, when there is none."""
    identity_name = os.environ.get("CONTACTOS_MACOS_SIGN_IDENTITY", "").strip()
    if not identity_name:
        print(
            f"not signed: {target.name} (CONTACTOS_MACOS_SIGN_IDENTITY is not set; the app "
            "keeps its ad-hoc signature and macOS will ask to confirm the first start)"
        )
        return False
    command = ["codesign", "--force", "--timestamp", "--sign", identity_name]
    if target.suffix == ".app":
        command += ["--deep", "--options", "runtime", "--entitlements", str(ENTITLEMENTS)]
    _run([*command, str(target)])
    _run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(target)])
    return True


def notarise(dmg: Path) -> bool:
    """Send the signed image to Apple's notary service and staple the ticket; False, and
    a message, without credentials."""
    profile = os.environ.get("CONTACTOS_NOTARY_PROFILE", "").strip()
    apple_id = os.environ.get("CONTACTOS_NOTARY_APPLE_ID", "").strip()
    team = os.environ.get("CONTACTOS_NOTARY_TEAM_ID", "").strip()
    password = os.environ.get("CONTACTOS_NOTARY_PASSWORD", "").strip()
    if profile:
        credentials = ["--keychain-profile", profile]
    elif apple_id and team and password:
        credentials = ["--apple-id", apple_id, "--team-id", team, "--password", password]
    else:
        print(
            "not notarised: set CONTACTOS_NOTARY_PROFILE, or CONTACTOS_NOTARY_APPLE_ID, "
            "CONTACTOS_NOTARY_TEAM_ID and CONTACTOS_NOTARY_PASSWORD"
        )
        return False
    print("$ xcrun notarytool submit", dmg.name, "--wait (credentials not shown)", flush=True)
    subprocess.run(["xcrun", "notarytool", "submit", str(dmg), *credentials, "--wait"], check=True)
    _run(["xcrun", "stapler", "staple", str(dmg)])
    return True


def import_certificate() -> bool:
    """CI: put the Developer ID certificate of CONTACTOS_MACOS_CERTIFICATE (a base64
    .p12) with CONTACTOS_MACOS_CERTIFICATE_PASSWORD into a keychain of its own, for
    codesign. False, and a message, without it."""
    import base64
    import secrets

    encoded = os.environ.get("CONTACTOS_MACOS_CERTIFICATE", "").strip()
    if not encoded:
        print("no signing certificate (CONTACTOS_MACOS_CERTIFICATE is not set): unsigned")
        return False
    password = os.environ.get("CONTACTOS_MACOS_CERTIFICATE_PASSWORD", "")
    keychain = Path(os.environ.get("RUNNER_TEMP", tempfile.gettempdir())) / "contactos.keychain"
    keychain_password = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory() as tmp:
        p12 = Path(tmp) / "certificate.p12"
        p12.write_bytes(base64.b64decode(encoded))
        quiet = ["security"]
        _run([*quiet, "create-keychain", "-p", keychain_password, str(keychain)])
        _run([*quiet, "set-keychain-settings", "-lut", "21600", str(keychain)])
        _run([*quiet, "unlock-keychain", "-p", keychain_password, str(keychain)])
        subprocess.run(
            [*quiet, "import", str(p12), "-P", password, "-A", "-t", "cert", "-f", "pkcs12",
             "-k", str(keychain)],
            check=True,
        )  # fmt: skip
    subprocess.run(
        ["security", "set-key-partition-list", "-S", "apple-tool:,apple:", "-k",
         keychain_password, str(keychain)],
        check=True, capture_output=True,
    )  # fmt: skip
    _run(["security", "list-keychains", "-d", "user", "-s", str(keychain), "login.keychain"])
    return True


# --- The disk image ---------------------------------------------------------------------------


def make_dmg(app: Path = APP, target: Path | None = None) -> Path:
    """A compressed, read-only image with the app and a link to /Applications, to drag
    it onto."""
    target = target or dmg_path()
    with tempfile.TemporaryDirectory(prefix="contactos-dmg-") as tmp:
        staging = Path(tmp) / identity.NAME
        staging.mkdir()
        _run(["ditto", str(app), str(staging / app.name)])  # (keeps links and signatures)
        (staging / "Applications").symlink_to("/Applications")
        target.unlink(missing_ok=True)
        _run(
            ["hdiutil", "create", "-volname", f"{identity.NAME} {identity.version()}",
             "-srcfolder", str(staging), "-fs", "HFS+", "-format", "UDZO", "-ov", str(target)]
        )  # fmt: skip
    return target


def check_dmg(dmg: Path, folder: Path) -> None:
    """Mount the image, copy the app into `folder`, run its self-checks from there."""
    with tempfile.TemporaryDirectory(prefix="contactos-mount-") as mount:
        _run(["hdiutil", "attach", "-nobrowse", "-readonly", "-mountpoint", mount, str(dmg)])
        try:
            mounted = Path(mount)
            if os.readlink(mounted / "Applications") != "/Applications":
                raise SystemExit("the image has no link to /Applications")
            folder.mkdir(parents=True, exist_ok=True)
            copy = folder / APP.name
            shutil.rmtree(copy, ignore_errors=True)
            _run(["ditto", str(mounted / APP.name), str(copy)])
        finally:
            _run(["hdiutil", "detach", mount])
    check_info_plist(copy / "Contents" / "Info.plist")
    for program in ("contactos-cli", "Contactos"):
        path = copy / "Contents" / "MacOS" / program
        result = subprocess.run([str(path), "--self-check"], capture_output=True, text=True)
        print(f"{program} --self-check -> {result.returncode}: {result.stdout.strip()}")
        if result.returncode != 0:
            raise SystemExit(f"{path} --self-check failed:\n{result.stdout}\n{result.stderr}")
    shutil.rmtree(copy, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-plist", metavar="PLIST", type=Path, help="only check it")
    parser.add_argument(
        "--check-dmg", metavar="DIR", type=Path, help="mount the image and check the app in DIR"
    )
    parser.add_argument(
        "--import-certificate",
        action="store_true",
        help="CI: import the signing certificate from the environment into a keychain",
    )
    args = parser.parse_args(argv)
    if args.import_certificate:
        import_certificate()
        return 0
    if args.check_plist:
        plist = check_info_plist(args.check_plist)
        print(f"{args.check_plist}: {plist['CFBundleIdentifier']} {plist['CFBundleVersion']}")
        return 0
    if args.check_dmg:
        check_dmg(dmg_path(), args.check_dmg)
        return 0
    if sys.platform != "darwin":
        raise SystemExit("the app and the image are made on macOS (hdiutil, codesign)")
    check_info_plist(APP / "Contents" / "Info.plist")
    sign(APP)
    dmg = make_dmg()
    if sign(dmg):
        notarise(dmg)
    print("disk image:", dmg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
