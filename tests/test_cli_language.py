"""The command line speaks Spanish when asked: its help, every subcommand's help, argparse's
own errors, and numbers with their right singular or plural, in both languages."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest

from contactos import argparse_i18n, catalog, clock, i18n
from contactos.cli import build_parser, main

# The test's days, read from the program's clock as each test starts (see _days).
TODAY = None


@pytest.fixture(autouse=True)
def _days(clock):
    """Today and the days around it as the program's clock reads them, held still for
    the test by the `clock` fixture: a run across midnight reads one day."""
    global TODAY
    today = clock.today()
    TODAY = today


def usage(capsys, *args: str) -> tuple[int, str, str]:
    """A run that argparse ends (help, or a usage error)."""
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out, err = capsys.readouterr()
    return info.value.code, out, err


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text and description of the parser and its subcommands."""
    texts = [parser.description or ""]
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            texts.append(action.help)
        if isinstance(action.metavar, str) and not isinstance(action, argparse._SubParsersAction):
            texts.append(action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                texts.append(choice.help)
            for sub in action.choices.values():
                texts.extend(help_texts(sub))
    return [t for t in texts if t]


def value_options(parser: argparse.ArgumentParser) -> list[str]:
    """Every option or argument of the parser and its subcommands that takes a value and
    names it with argparse's default (its destination in capitals, in English)."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(value_options(sub))
        elif (
            action.nargs != 0
            and action.metavar is None
            and action.choices is None
            and not isinstance(action, argparse._HelpAction | argparse._VersionAction)
        ):
            found.append(f"{parser.prog} {action.option_strings or action.dest}")
    return found


def test_every_value_is_named_in_the_help_language():
    """`--source NAME` / `--source NOMBRE`: no value keeps argparse's English name."""
    i18n.install(None)
    assert value_options(build_parser()) == []


def test_every_help_text_has_its_spanish(monkeypatch):
    """A help text added without marking it, or marked and not translated, fails here."""
    i18n.install(None)
    english = help_texts(build_parser())
    spanish_table = catalog.load("es")
    # (texts with values filled in are checked by their template: see the lose epilog)
    missing = [
        text
        for text in set(english)
        if ("CLI", text) not in spanish_table
        and ("argparse", text) not in spanish_table
        and not text.startswith("one of: ")
    ]
    assert missing == []
    argparse_i18n.install()
    i18n.install(catalog.translator("es"))
    try:
        spanish = help_texts(build_parser())
    finally:
        i18n.install(None)
    assert len(spanish) == len(english)
    assert (set(english) & set(spanish)) - {"N"} == set()


def test_help_in_spanish(capsys):
    code, out, _ = usage(capsys, "--lang", "es", "--help")
    assert code == 0
    assert out.startswith("uso: contactos")
    assert "opciones:" in out and "mostrar esta ayuda y salir" in out
    assert "el trabajo del día" in out
    assert "importar contactos (o prospectos)" in out
    assert "usage:" not in out and "show this help" not in out


@pytest.mark.parametrize(
    "command",
    [
        "today",
        "leads",
        "contacts",
        "add-lead",
        "log",
        "win",
        "lose",
        "reopen",
        "reschedule",
        "settings",
        "demo",
        "backup",
        "restore",
        "check",
        "import",
        "imports",
        "undo-import",
        "export",
    ],
)
def test_every_subcommands_help_in_spanish(capsys, command):
    code, out, _ = usage(capsys, "--lang", "es", command, "--help")
    assert code == 0
    assert out.startswith("uso: contactos " + command)
    assert "show this help" not in out and "options:" not in out
    assert "carpeta de la base de datos" in out


def test_help_in_english(capsys):
    code, out, _ = usage(capsys, "--lang", "en", "lose", "--help")
    assert out.startswith("usage: contactos lose")
    assert "--not-confirmed" in out and "schedule the confirmation instead" in out


@pytest.mark.parametrize(
    ("args", "spanish"),
    [
        (["add-lead"], "faltan estos argumentos: NOMBRE"),
        (["leads", "--status", "x"], "opción no válida: 'x' (elija entre"),
        (["bogus"], "argumento ORDEN: opción no válida"),
        (["lose", "abc"], "«abc» no es un número entero"),
        (["today", "--what"], "argumentos no reconocidos: --what"),
        (["add-lead", "Ana", "--due", "31/02/2026"], "«31/02/2026» no es una fecha válida"),
        (["settings", "--country", "XX"], "«XX» no es un código de país"),
    ],
)
def test_argparse_errors_in_spanish(capsys, args, spanish):
    code, out, err = usage(capsys, "--lang", "es", *args)
    assert code == 2
    assert "uso: contactos" in err
    assert "error: " in err
    assert spanish in err


def test_argparse_errors_in_english(capsys):
    code, _, err = usage(capsys, "--lang", "en", "add-lead")
    assert code == 2
    assert "the following arguments are required: NAME" in err


# --- Numbers: one and many ------------------------------------------------------------------


def late_leads(cli) -> None:
    """Leads one and two days overdue, attended (so they show as overdue)."""
    for days in (1, 2):
        with clock.fixed_at(TODAY - dt.timedelta(days=days + 1)):
            due = (TODAY - dt.timedelta(days=days)).isoformat()
            code, out, err = cli("add-lead", f"Late {days}", "--next", "Llamar", "--due", due)
            assert code == 0, err
            cli("log", out.strip(), "call", "--keep-next")


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("es", "1 día de retraso", "2 días de retraso"),
        ("en", "1 day late", "2 days late"),
    ],
)
def test_days_late_singular_and_plural(cli, language, one, two):
    late_leads(cli)
    code, out, _ = cli("--lang", language, "today")
    assert code == 0
    assert one in out and two in out
    assert "1 días" not in out and "1 days" not in out


@pytest.mark.parametrize(
    ("language", "ages", "expected"),
    [
        ("es", (0.5,), "recibido hace menos de una hora"),
        ("es", (1.2,), "recibido hace 1 hora"),
        ("es", (5,), "recibido hace 5 horas"),
        ("es", (50,), "recibido hace 2 días"),
        ("en", (1.2,), "received 1 hour ago"),
        ("en", (30,), "received 30 hours ago"),
        ("en", (0.2,), "received less than an hour ago"),
    ],
)
def test_received_ago_reads_right(cli, language, ages, expected):
    for hours in ages:
        with clock.fixed_at(clock.now() - dt.timedelta(hours=hours)):
            cli("add-lead", "Nuevo", "--next", "Llamar", "--due", TODAY.isoformat())
    code, out, _ = cli("--lang", language, "today")
    assert expected in out
    assert "hace 0 horas" not in out and " 0 hours ago" not in out


@pytest.mark.parametrize(
    ("language", "none", "one", "two"),
    [
        (
            "es",
            "Salud del embudo: no hay prospectos abiertos.",
            "Salud del embudo: 1 prospecto abierto, 100 % con la siguiente acción por delante.",
            "Salud del embudo: 2 prospectos abiertos, el 50 % con la siguiente acción",
        ),
        (
            "en",
            "Pipeline health: no open leads.",
            "Pipeline health: 1 open lead, 100% with a next action ahead.",
            "Pipeline health: 2 open leads, 50% with a next action ahead.",
        ),
    ],
)
def test_pipeline_health_reads_right(cli, language, none, one, two):
    assert none in cli("--lang", language, "today")[1]
    cli("add-lead", "Ana", "--next", "Llamar", "--due", TODAY.isoformat())
    assert one in cli("--lang", language, "today")[1]
    with clock.fixed_at(TODAY - dt.timedelta(days=3)):
        cli("add-lead", "Late", "--next", "Llamar", "--due", (TODAY - dt.timedelta(1)).isoformat())
    assert two in cli("--lang", language, "today")[1]


def test_plural_forms_come_from_the_catalogue():
    spanish = catalog.plural_translator("es")
    assert spanish("CLI", "%n day(s) late", 1) == "1 día de retraso"
    assert spanish("CLI", "%n day(s) late", 0) == "0 días de retraso"
    english = catalog.plural_translator("en")
    assert english("CLI", "%n day(s) late", 1) == "1 day late"
    assert english("CLI", "%n day(s) late", 3) == "3 days late"
    # Without a catalogue entry, English still reads right.
    assert english("CLI", "%n lead(s)", 1) == "1 lead"
