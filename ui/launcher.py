"""`contactos`: the window, or a command-line command when one is named.

This module imports no Qt, so command-line use starts fast and works without a screen.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from contactos import cli

CLI_WORDS = set(cli.COMMANDS) | set(cli.NEEDS_PATHS) | {"-h", "--help", "--version"}


def wants_cli(argv: Sequence[str]) -> bool:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("--data-dir", "--lang", "--screenshots", "--screenshot-size"):
            skip = True
            continue
        if arg in CLI_WORDS:
            return True
        if not arg.startswith("-"):
            return True  # an unknown command: let the command line explain
    return False


def _day_sheet(args) -> int:
    """`contactos day-sheet`: the PDF is Qt's work (imported only for this command)."""
    from ui.day_sheet import command

    return command(args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-check" in argv:  # (both programs of the package; in a temporary folder)
        from ui.selfcheck import main as self_check

        return self_check()
    if wants_cli(argv):
        return cli.main(argv, provided={"day-sheet": _day_sheet})
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
