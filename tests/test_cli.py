"""The command line end to end, in a temporary data folder."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import database_digest

from contactos import clock
from contactos.cli import main

# The test's days, read from the program's clock as each test starts (see _days).
TOMORROW = TODAY_DMY = None


@pytest.fixture(autouse=True)
def _days(clock):
    """Today and the days around it as the program's clock reads them, held still for
    the test by the `clock` fixture: a run across midnight reads one day."""
    global TOMORROW, TODAY_DMY
    today = clock.today()
    TOMORROW = (today + dt.timedelta(days=1)).isoformat()
    TODAY_DMY = today.strftime("%d/%m/%Y")


def add_lead(cli, *extra: str) -> int:
    code, out, err = cli(
        "add-lead",
        "José Núñez",
        "--company",
        "Ferretería El Águila",
        "--phone",
        "+52 55 1234 5678",
        "--email",
        "Jose@Aguila.MX",
        "--next",
        "Llamar para presentar",
        "--due",
        TOMORROW,
        "--value",
        "15000",
        "--representada",
        "Herramientas MTY",
        "--source",
        "Distribuidora Bajío",
        *extra,
    )
    assert code == 0, err
    return int(out.strip())


def test_add_lead_and_list(cli):
    lead_id = add_lead(cli)
    code, out, _ = cli("leads", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 1
    row = rows[0]
    assert row["id"] == lead_id
    for key in (
        "id",
        "title",
        "contact",
        "company",
        "status",
        "stage",
        "in_limbo",
        "next_action",
        "value",
        "representada",
        "source",
    ):
        assert key in row
    assert row["contact"] == "José Núñez"
    assert row["next_action"] == {
        "kind": "call",
        "what": "Llamar para presentar",
        "what_kind": None,
        "due": TOMORROW,
    }
    assert row["value"] == 15000
    assert row["representada"] == "Herramientas MTY"
    assert row["in_limbo"] is False

    code, out, _ = cli("contacts", "--json", "--search", "nunez")
    contacts = json.loads(out)
    assert contacts[0]["phones"] == ["+525512345678"]
    assert contacts[0]["emails"] == ["jose@aguila.mx"]
    for key in ("id", "name", "company", "emails", "phones", "city", "tags"):
        assert key in contacts[0]


def test_add_lead_refused_without_next_action(cli):
    for args in (["--due", TOMORROW], ["--next", "Llamar"], []):
        code, out, err = cli("add-lead", "Ana Ruiz", "--company", "Textiles", *args)
        assert code == 1
        assert out == ""
        assert "next action" in err
    code, out, _ = cli("contacts", "--json")
    assert json.loads(out) == []  # no orphan contact either


def test_dates_accept_dmy(cli):
    code, out, err = cli("add-lead", "Ana Ruiz", "--next", "Visitar", "--due", TODAY_DMY)
    assert code == 0, err
    code, out, _ = cli("today", "--json")
    queue = json.loads(out)
    assert set(queue) == {
        "overdue",
        "due_today",
        "unattended",
        "limbo",
        "commitments_due",
        "payments_due",
    }
    assert [i["title"] for i in queue["unattended"]] == ["Ana Ruiz"]


def test_impossible_date_is_a_usage_error(cli, capsys):
    with pytest.raises(SystemExit) as info:
        cli("add-lead", "Ana", "--next", "x", "--due", "31/02/2026")
    assert info.value.code == 2
    assert "31/02/2026" in capsys.readouterr().err
    # In the language asked for, although the date is refused while reading the arguments.
    with pytest.raises(SystemExit):
        cli("--lang", "es", "add-lead", "Ana", "--next", "x", "--due", "31/02/2026")
    assert "«31/02/2026» no es una fecha válida" in capsys.readouterr().err


def test_log_requires_next_action_on_open_lead(cli):
    lead_id = add_lead(cli)
    before = database_digest(cli.data)
    code, out, err = cli("log", str(lead_id), "call", "--notes", "Le mandé la cotización")
    assert code == 1 and "next action" in err
    assert database_digest(cli.data) == before
    code, _, err = cli(
        "log",
        str(lead_id),
        "call",
        "--notes",
        "Cotización",
        "--next",
        "Confirmar recepción",
        "--due",
        TOMORROW,
    )
    assert code == 0, err
    rows = json.loads(cli("leads", "--json")[1])
    assert rows[0]["next_action"]["what"] == "Confirmar recepción"


def test_lose_requires_words(cli):
    lead_id = add_lead(cli)
    before = database_digest(cli.data)
    code, _, err = cli("lose", str(lead_id), "--reason", "no-budget")
    assert code == 1 and "prospect" in err
    assert database_digest(cli.data) == before
    code, out, err = cli(
        "lose", str(lead_id), "--reason", "no-budget", "--words", "No nos autorizaron el gasto"
    )
    assert code == 0, err
    assert json.loads(cli("leads", "--json", "--status", "lost")[1])[0]["status"] == "lost"


def test_win_requires_act_and_date(cli):
    lead_id = add_lead(cli)
    before = database_digest(cli.data)
    code, _, err = cli("win", str(lead_id), "--date", TODAY_DMY)
    assert code == 1
    code, _, err = cli("win", str(lead_id), "--act", "contract")
    assert code == 1
    assert database_digest(cli.data) == before
    code, _, err = cli(
        "win", str(lead_id), "--act", "contract", "--date", TODAY_DMY, "--reference", "C-9"
    )
    assert code == 0, err
    assert json.loads(cli("leads", "--json", "--status", "won")[1])[0]["id"] == lead_id
    assert json.loads(cli("leads", "--json", "--status", "open")[1]) == []


def test_lose_help_lists_categories(capsys):
    with pytest.raises(SystemExit):
        main(["lose", "--help"])
    out = capsys.readouterr().out
    for category in (
        "bought-elsewhere",
        "no-budget",
        "better-option",
        "bad-references",
        "no-longer-needed",
        "not-real",
    ):
        assert category in out


def test_limbo_filter_and_search(cli):
    lead_id = add_lead(cli)
    cli("add-lead", "Ana Ruiz", "--next", "x", "--due", TOMORROW)
    code, _, err = cli("reschedule", str(lead_id), "2020-01-01")
    assert code == 1 and "in the past" in err  # (a next action is due today or later)
    with clock.fixed_at(dt.date(2019, 12, 30)):  # planned then, overdue now
        code, _, err = cli("reschedule", str(lead_id), "2020-01-01")
    assert code == 0, err
    limbo = json.loads(cli("leads", "--json", "--limbo")[1])
    assert [r["id"] for r in limbo] == [lead_id]
    assert limbo[0]["in_limbo"] is True
    found = json.loads(cli("leads", "--json", "--search", "aguila")[1])
    assert [r["id"] for r in found] == [lead_id]
    queue = json.loads(cli("today", "--json")[1])
    assert queue["overdue"] == [] and queue["unattended"][0]["in_limbo"] is True


def test_unknown_lead(cli):
    code, _, err = cli("win", "999", "--act", "contract", "--date", TODAY_DMY)
    assert code == 1 and "999" in err


def test_backup_restore_check(cli, tmp_path):
    add_lead(cli)
    code, out, _ = cli("backup")
    assert code == 0
    saved = Path(out.strip())
    assert saved.exists()
    cli("add-lead", "Ana Ruiz", "--next", "x", "--due", TOMORROW)
    assert len(json.loads(cli("leads", "--json")[1])) == 2
    code, out, err = cli("restore", str(saved))
    assert code == 0, err
    assert len(json.loads(cli("leads", "--json")[1])) == 1
    code, out, _ = cli("check", "--json")
    result = json.loads(out)
    assert (
        code == 0
        and result["ok"] is True
        and result["schema_version"] == result["program_schema_version"]
    )


def test_check_reports_damage(cli):
    add_lead(cli)
    import sqlite3

    con = sqlite3.connect(cli.data / "contactos.sqlite3")
    con.execute("DELETE FROM contact_fts")
    con.commit()
    con.close()
    code, out, _ = cli("check", "--json")
    assert code == 1
    assert "search index" in json.loads(out)["errors"][0]


def test_damaged_database_exit_code(cli):
    cli.data.mkdir(parents=True)
    (cli.data / "contactos.sqlite3").write_bytes(b"x" * 5000)
    code, out, err = cli("today")
    assert code == 3 and "damaged" in err


def test_spanish_messages(cli):
    code, out, err = cli("--lang", "es", "add-lead", "Ana", "--due", TOMORROW)
    assert code == 1
    assert "siguiente acción" in err


def test_real_process(tmp_path):
    """The installed entry point, as a separate process, with --data-dir."""
    data = tmp_path / "proc"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "contactos.cli",
            "--data-dir",
            str(data),
            "add-lead",
            "Luis Peña",
            "--next",
            "Llamar",
            "--due",
            TOMORROW,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "contactos.cli", "leads", "--json", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert json.loads(result.stdout)[0]["contact"] == "Luis Peña"
    assert (data / "contactos.sqlite3").exists()


def test_demo_only_into_an_empty_database(cli):
    code, out, err = cli("demo")
    assert code == 0, err
    leads = json.loads(cli("leads", "--json", "--status", "won")[1])
    assert leads and all(r["status"] == "won" for r in leads)
    queue = json.loads(cli("today", "--json")[1])
    assert queue["unattended"] and queue["overdue"] and queue["limbo"]
    before = database_digest(cli.data)
    code, out, err = cli("demo")
    assert code == 1 and "empty" in err
    assert database_digest(cli.data) == before


def test_export_commands(cli, tmp_path):
    assert cli("demo")[0] == 0
    for what, name in (
        ("contacts", "c.csv"),
        ("contacts", "c.vcf"),
        ("leads", "l.csv"),
        ("followups", "f.ics"),
    ):
        code, out, err = cli("export", what, str(tmp_path / name))
        assert code == 0, err
        assert (tmp_path / name).stat().st_size > 1000
        assert out.startswith({"contacts": "Contacts", "leads": "Leads"}.get(what, "Follow-ups"))
    assert (tmp_path / "c.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    # For an Excel that writes 1234,50: ';' between cells (auto picks it on such a computer).
    code, _, err = cli("export", "leads", str(tmp_path / "l2.csv"), "--csv", "semicolon")
    assert code == 0, err
    header = (tmp_path / "l2.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Lead ID;Opportunity;") and "," not in header
    assert b"BEGIN:VEVENT" in (tmp_path / "f.ics").read_bytes()
    code, _, err = cli("export", "source-report", str(tmp_path / "r.xlsx"))
    assert code == 1 and "source" in err
    code, _, err = cli("export", "source-report", str(tmp_path / "r.xlsx"), "--source", "Nadie")
    assert code == 1 and "The sources are: " in err and "Referido" in err  # (what to type)
    code, _, err = cli("export", "source-report", str(tmp_path / "r.xlsx"), "--source", "Referido")
    assert code == 0, err
    assert (tmp_path / "r.xlsx").exists()


DISTRIBUTOR_LIST = (
    "Lista de prospectos - Distribuidora del Bajío\r\n"
    "\r\n"
    "Nombre;Apellidos;Razón social;Teléfono;Correo;Ciudad;Monto;Comentarios\r\n"
    "José;Núñez;Ferretería El Águila;044 55 1234 5678;Jose@Aguila.MX ;Querétaro;12.500,50;"
    "Quiere catálogo\r\n"
    "Ana;Ruiz;Textiles Ruiz;(33) 3615-2233;ana@ruiz.mx, compras@ruiz.mx;Zapopan;;\r\n"
    "Ana María;Ruiz;Textiles Ruiz;33 3615 2233;;;;Repetida\r\n"
    ";;;;;Celaya;;Sin datos de contacto\r\n"
    "Luis;Peña;;12;luis@pena.mx;León;mucho;\r\n"
)


def test_import_a_distributor_list(cli, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_bytes(DISTRIBUTOR_LIST.encode("cp1252"))
    assert cli("contacts")[0] == 0  # (the database exists, empty)
    before = database_digest(cli.data)
    code, out, err = cli(
        "import", str(path), "--dry-run", "--json", "--country", "MX", "--source", "Nueva"
    )
    assert code == 0, err
    dry = json.loads(out)
    assert dry["encoding"] == "cp1252" and dry["delimiter"] == ";"
    assert dry["encoding_name"] == "Windows (Western European)"
    assert dry["batch"] is None and dry["new"] == 3 and dry["duplicate_in_file"] == 1
    assert database_digest(cli.data) == before  # a dry run writes nothing (not even the source)
    code, out, err = cli(
        "import",
        str(path),
        "--json",
        "--country",
        "MX",
        "--leads",
        "--source",
        "Distribuidora del Bajío",
        "--on-duplicate",
        "merge",
    )
    assert code == 0, err
    summary = json.loads(out)
    for key in ("created", "merged", "skipped", "duplicates", "rejected", "batch"):
        assert key in summary
    assert summary["created"] == 3 and summary["merged"] == 1
    assert [r["line"] for r in summary["rejected"]] == [7]
    assert summary["duplicates"][0]["same_as_line"] == 5
    assert any("12" in p["problem"] for p in summary["problems"])  # the bad phone, reported
    contacts = {c["name"]: c for c in json.loads(cli("contacts", "--json")[1])}
    assert contacts["José Núñez"]["phones"] == ["+525512345678"]
    assert contacts["José Núñez"]["emails"] == ["jose@aguila.mx"]
    assert contacts["Ana Ruiz"]["emails"] == ["ana@ruiz.mx", "compras@ruiz.mx"]
    leads = json.loads(cli("leads", "--json", "--search", "nunez")[1])
    assert leads[0]["value"] == 12500.5 and leads[0]["source"] == "Distribuidora del Bajío"
    queue = json.loads(cli("today", "--json")[1])
    assert len(queue["unattended"]) == 3  # rule 5 applies to imported leads
    batches = json.loads(cli("imports", "--json")[1])
    assert batches[0]["batch"] == summary["batch"]
    code, out, err = cli("undo-import", str(summary["batch"]))
    assert code == 0, err
    assert json.loads(cli("contacts", "--json")[1]) == []
    assert json.loads(cli("leads", "--json", "--status", "open")[1]) == []


def test_import_map_override_and_bad_file(cli, tmp_path):
    path = tmp_path / "raro.csv"
    path.write_text("Cliente,Dato\nAna Ruiz,ana@ruiz.mx\n", encoding="utf-8")
    code, out, err = cli(
        "import", str(path), "--json", "--map", "Cliente=full_name", "--map", "2=email"
    )
    assert code == 0, err
    assert json.loads(cli("contacts", "--json")[1])[0]["emails"] == ["ana@ruiz.mx"]
    code, _, err = cli("import", str(path), "--map", "Nada=email")
    assert code == 1 and "Nada" in err
    empty = tmp_path / "vacio.csv"
    empty.write_bytes(b"")
    code, _, err = cli("import", str(empty))
    assert code == 1 and err


def test_import_text_report_lists_every_problem(cli, tmp_path):
    """Without --json the summary still reports each duplicate, rejected row and value
    kept in the notes, with its line, in the person's language."""
    path = tmp_path / "lista.csv"
    path.write_bytes(DISTRIBUTOR_LIST.encode("cp1252"))
    code, out, err = cli("--lang", "es", "import", str(path), "--country", "MX")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == ("Importación 1. Creados: 3; combinados: 0; omitidos: 1; rechazados: 1.")
    assert lines[1:] == [
        "Leído como Windows (Europa occidental), columnas separadas por ';'.",
        "Montos en MXN (la moneda del país elegido para el archivo).",
        "Líneas del archivo que se dejaron fuera:",
        "  línea 1: un título encima de los encabezados: Lista de prospectos - Distribuidora "
        "del Bajío",
        "Duplicados:",
        "  línea 6: Mismo correo o teléfono que la línea 5 de este archivo: +523336152233 → Omitir",
        "Rechazados:",
        "  línea 7: Sin nombre, empresa, correo ni teléfono.",
        "Valores guardados en las notas:",
        "  línea 8: El teléfono «12» de la columna Teléfono no es un número válido; se guardó "
        "en las notas.",
        "  línea 8: El monto «mucho» de la columna Monto no es un número; se guardó en las notas.",
    ]


def _hold_write_lock(data: Path, seconds: float):
    """Another program in the middle of writing: a write transaction held open."""
    import sqlite3
    import threading

    con = sqlite3.connect(data / "contactos.sqlite3", isolation_level=None, check_same_thread=False)
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE contact SET notes = notes WHERE id = 1")
    timer = threading.Timer(seconds, lambda: (con.execute("ROLLBACK"), con.close()))
    timer.start()
    return timer


def test_import_waits_for_another_writer_then_imports(cli, tmp_path, monkeypatch):
    from contactos.storage import sqlite as backend

    monkeypatch.setitem(backend.PRAGMAS, "busy_timeout", 3000)
    assert cli("demo")[0] == 0
    path = tmp_path / "lista.csv"
    path.write_text("Nombre;Correo\nNueva;nueva@lista.mx\n", encoding="utf-8")
    timer = _hold_write_lock(cli.data, 0.5)
    code, out, err = cli("import", str(path), "--country", "MX")
    timer.join()
    assert code == 0, err
    assert "Created: 1;" in out


def test_a_busy_database_is_a_clear_refusal_that_writes_nothing(cli, tmp_path, monkeypatch):
    from contactos.storage import sqlite as backend

    monkeypatch.setitem(backend.PRAGMAS, "busy_timeout", 200)
    assert cli("demo")[0] == 0
    path = tmp_path / "lista.csv"
    path.write_text("Nombre;Correo\nNueva;nueva@lista.mx\n", encoding="utf-8")
    before = database_digest(cli.data)
    timer = _hold_write_lock(cli.data, 2)
    code, out, err = cli("--lang", "es", "import", str(path), "--country", "MX")
    timer.join()
    assert code == 4
    assert "La base de datos está ocupada" in err and "Traceback" not in err
    assert database_digest(cli.data) == before


# --- Messy files, end to end ----------------------------------------------------------


def test_a_spanish_workbook_arrives_whole_in_euros_without_its_total(cli, tmp_path):
    """A Spanish workbook with a title block and a TOTAL row, read with --country ES:
    every person once, every amount in euros (the formula's result the workbook keeps),
    no TOTAL, and the summary says which lines it left out."""
    from messy_files import SPANISH_PEOPLE, UNIT_PRICE, spanish_workbook

    path = spanish_workbook(tmp_path / "clientes.xlsx")
    code, out, err = cli("import", str(path), "--country", "ES", "--leads", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["created"], summary["currency"], summary["currency_from"]) == (5, "EUR", "file")
    assert [item["line"] for item in summary["left_out"]] == [1, 2, 3, 11]
    assert summary["left_out"][-1]["reason"].startswith("a totals row: TOTAL")
    contacts = json.loads(cli("contacts", "--json")[1])
    assert sorted(c["name"] for c in contacts) == sorted(f"{p[0]} {p[1]}" for p in SPANISH_PEOPLE)
    leads = json.loads(cli("leads", "--json")[1])
    assert not any("TOTAL" in (lead["title"] + lead["contact"]) for lead in leads)
    assert {lead["currency"] for lead in leads} == {"EUR"}
    assert sorted(lead["value"] for lead in leads) == sorted(
        float(p[6] * UNIT_PRICE) for p in SPANISH_PEOPLE
    )
    jordi = next(c for c in contacts if c["name"].startswith("Jordi"))
    assert jordi["phones"] == ["+34612345678"]


def test_near_namesakes_all_arrive_with_the_default_command(cli, tmp_path):
    from messy_files import near_namesakes

    text, people = near_namesakes(400)
    path = tmp_path / "distribuidor.csv"
    path.write_bytes(text.encode("cp1252"))
    code, out, err = cli("import", str(path), "--country", "MX", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["possible_duplicate"] > 30 and summary["created"] == len(people) == 400
    flagged = [d for d in summary["duplicates"] if d["status"] == "possible_duplicate"]
    assert {d["choice"] for d in flagged} == {"create"} and len(flagged) > 30
    emails = {e for c in json.loads(cli("contacts", "--json")[1]) for e in c["emails"]}
    assert emails == {email for _, email, _ in people}
    # Told to, the command line still skips them.
    code, out, err = cli("undo-import", str(summary["batch"]))
    assert code == 0, err
    code, out, err = cli(
        "import", str(path), "--country", "MX", "--json", "--on-possible-duplicate", "skip"
    )
    skipped = json.loads(out)
    assert skipped["skipped"] == len(flagged) and skipped["created"] == 400 - len(flagged)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("import", "{file}", "--encoding", "rot13"), "'rot13' is not an encoding we know."),
        (
            ("export", "followups", "{dir}/f.ics", "--days", "99999999"),
            "from 1 to 3660 days ahead, not 99999999",
        ),
    ],
)
def test_odd_arguments_get_a_message_not_a_traceback(cli, tmp_path, args, message):
    path = tmp_path / "lista.csv"
    path.write_text("Nombre;Correo\nAna;ana@x.mx\n", encoding="utf-8")
    args = [a.format(file=path, dir=tmp_path) for a in args]
    code, out, err = cli(*args)
    assert code == 1 and message in err and "Traceback" not in err


def test_stage_moves_an_open_lead_as_the_board_does(cli):
    """`contactos stage LEAD STAGE`: by key or by name, in the reader's language; the
    move is in the lead's history; an unknown stage or a closed lead is refused."""
    from contactos.models import Lead, StageChange

    lead_id = add_lead(cli)
    code, out, err = cli("stage", str(lead_id), "proposal")
    assert code == 0, err
    assert Lead.get_by_id(lead_id).stage.key == "proposal"
    code, out, err = cli("--lang", "es", "stage", str(lead_id), "negociación")
    assert (code, out.strip()) == (0, f"Prospecto {lead_id}: etapa Negociación."), err
    assert [c.to_stage.key for c in StageChange.select().order_by(StageChange.id)][-2:] == [
        "proposal",
        "negotiation",
    ]
    code, out, err = cli("--lang", "es", "stage", str(lead_id), "cerrado")
    assert (code, out) == (1, "")
    assert "No hay ninguna etapa llamada «cerrado»" in err and "Negociación" in err
    assert Lead.get_by_id(lead_id).stage.key == "negotiation"
    assert cli("lose", str(lead_id), "--reason", "no-budget", "--words", "Muy caro")[0] == 0
    code, _, err = cli("stage", str(lead_id), "new")
    assert code == 1 and "reopen it first" in err
