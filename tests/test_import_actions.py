"""The import actions (contactos.actions.imports): plan, run, undo and list, each with its
own transaction, and the one mapping choice the command line and the wizard share."""

from __future__ import annotations

import datetime as dt

import pytest

from contactos.actions import imports
from contactos.cli import main
from contactos.importing import mapping, readers
from contactos.importing.history import BatchRow, UndoResult
from contactos.importing.plan import ImportFailed
from contactos.importing.writer import ImportCancelled
from contactos.models import Contact, ImportBatch, Lead, Representada, Setting, Source

LIST = (
    "Nombre;Empresa;Correo;Teléfono\n"
    "Ana Ruiz;Textiles Ruiz;ana@ruiz.mx;33 1234 5678\n"
    "Luis Pérez;Ferretería León;luis@leon.mx;55 8765 4321\n"
    "Ana Ruiz;Textiles Ruiz;ANA@ruiz.mx;\n"
)


@pytest.fixture
def lista(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text(LIST, encoding="utf-8")
    return path


def request(**changes) -> imports.ImportRequest:
    return imports.ImportRequest(
        **{"source": "Expo Bajío", "representada": "Herramientas MTY", "country": "MX"} | changes
    )


def test_a_plan_reads_only(db, lista):
    """Planning names a new source and representada without creating them: a dry run
    writes nothing, not even a name."""
    plan = imports.plan_import(readers.read_file(lista), request(), file_name=lista.name)
    assert plan.counts()["new"] == 2 and plan.counts()["duplicate_in_file"] == 1
    assert plan.mapping == {0: "full_name", 1: "company", 2: "email", 3: "phone"}
    assert plan.file_name == "lista.csv" and plan.options.source is None
    assert mapping.choose_mapping(plan.table).origin == "guess"
    assert not Source.select().exists() and not Representada.select().exists()
    assert not Contact.select().exists()


def test_running_a_plan_creates_the_names_and_remembers_the_mapping(db, lista):
    table = readers.read_file(lista)
    edited = {0: "full_name", 1: "company", 2: "email", 3: "mobile"}
    plan = imports.plan_import(table, request(make_leads=True), edited, file_name=lista.name)
    batch = imports.run_import(plan)
    assert isinstance(batch, imports.ImportedBatch)
    assert (batch.created, batch.skipped, batch.leads, batch.file_name) == (2, 1, 2, "lista.csv")
    expo = Source.get(Source.name == "Expo Bajío")
    assert Representada.get(Representada.name == "Herramientas MTY")
    assert {lead.source_id for lead in Lead.select()} == {expo.id}
    assert mapping.recall_mapping(expo.id, table.headers) == edited
    # The next file from that source starts from the person's mapping, in both adapters.
    choice = imports.choose_mapping(readers.read_file(lista), "expo bajío")
    assert (choice.mapping, choice.origin, choice.source) == (edited, "source", "Expo Bajío")


def test_a_cancelled_import_keeps_nothing_not_even_the_new_names(db, tmp_path):
    path = tmp_path / "larga.csv"
    path.write_text(
        "Nombre;Correo\n" + "".join(f"Persona {n};p{n}@x.mx\n" for n in range(120)),
        encoding="utf-8",
    )
    plan = imports.plan_import(readers.read_file(path), request(), file_name=path.name)
    with pytest.raises(ImportCancelled):
        imports.run_import(plan, cancelled=lambda: True)
    assert not Source.select().exists() and not Representada.select().exists()
    assert not Contact.select().exists() and not ImportBatch.select().exists()
    assert not Setting.select().where(Setting.key.startswith("import_mapping")).exists()


def test_import_file_dry_run_and_run(db, lista):
    plan, batch = imports.import_file(lista, request(), dry_run=True, overrides=["4=mobile"])
    assert batch is None and plan.mapping[3] == "mobile"
    assert not Source.select().exists() and not Contact.select().exists()
    plan, batch = imports.import_file(lista, request(), progress=lambda done, total: None)
    assert batch.created == 2 and Contact.select().count() == 2
    assert plan.table.rows == []  # (let go as they were read)


def test_undo_and_the_list_are_typed(db, lista, clock):
    clock.set(dt.datetime(2026, 3, 2, 10, 30))
    _, batch = imports.import_file(lista, request())
    rows = imports.list_imports()
    assert rows == [
        BatchRow(
            batch=batch.id,
            file="lista.csv",
            created_at=dt.datetime(2026, 3, 2, 10, 30),
            source="Expo Bajío",
            representada="Herramientas MTY",
            rows=3,
            created=2,
            merged=0,
            skipped=1,
            rejected=0,
            undone_at=None,
        )
    ]
    clock.advance(dt.timedelta(minutes=5))
    assert imports.undo_import(batch.id) == UndoResult(0, 2, 0, 0, 0, 0)
    assert not Contact.select().exists()
    assert imports.list_imports()[0].undone_at == dt.datetime(2026, 3, 2, 10, 35)
    with pytest.raises(ImportFailed):
        imports.undo_import(batch.id)


def test_one_mapping_choice_for_the_command_line_and_the_wizard(
    tmp_path, lista, monkeypatch, capsys
):
    """Both adapters take the mapping from mapping.choose_mapping: a known format's own,
    else the one remembered for the source, else the guess."""
    asked: list[object] = []
    real = mapping.choose_mapping

    def spy(table, source=None):
        asked.append(source.name if source is not None else None)
        return real(table, source)

    monkeypatch.setattr(mapping, "choose_mapping", spy)
    data = str(tmp_path / "cli")
    command = ["--data-dir", data, "import", str(lista), "--country", "MX", "--json"]
    assert main([*command, "--source", "Expo", "--map", "Teléfono=mobile"]) == 0
    assert main([*command, "--source", "Expo", "--dry-run"]) == 0
    *_, second = capsys.readouterr().out.split('"file"')
    assert '"Teléfono": "mobile"' in second  # (remembered from the first import)
    assert asked == [None, "Expo"]  # (a new source has nothing remembered yet)

    from contactos.paths import resolve_paths
    from contactos.session import close_session, open_session

    open_session(resolve_paths(tmp_path / "cli"), auto_backup=False)
    try:
        choice = imports.choose_mapping(readers.read_file(lista), "EXPO")  # (the wizard's)
    finally:
        close_session()
    assert asked == [None, "Expo", "Expo"]
    assert (choice.origin, choice.source, choice.mapping[3]) == ("source", "Expo", "mobile")


def test_a_vcard_maps_its_own_fields(db, tmp_path):
    path = tmp_path / "contactos.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nEMAIL:ana@ruiz.mx\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    choice = mapping.choose_mapping(readers.read_file(path), Source.create(name="Expo"))
    assert choice.origin == "file"
