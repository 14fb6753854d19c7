"""The import engine: duplicates, choices, one transaction, cancel and undo."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contactos import rules
from contactos.collector import collector_paused
from contactos.contacts import ContactData, create_contact
from contactos.importing.duplicates import _first_similar, _fold, _fold_slowly, _Index, plan_rows
from contactos.importing.history import batches, undo_batch, undo_text
from contactos.importing.plan import ImportFailed, ImportOptions, Plan
from contactos.importing.values import Record as Rec
from contactos.importing.writer import ImportCancelled, _Writer, write_plan
from contactos.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ImportBatch,
    ImportChange,
    Lead,
    Source,
    database,
)

# The test's days, read from the program's clock as each test starts (see _days).
TOMORROW = None


@pytest.fixture(autouse=True)
def _days(clock):
    """Today and the days around it as the program's clock reads them, held still for
    the test by the `clock` fixture: a run across midnight reads one day."""
    global TOMORROW
    today = clock.today()
    TOMORROW = today + dt.timedelta(days=1)


INTERNAL = ("sqlite_sequence", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")


def dump() -> list[str]:
    """Every row of every table (the search index by its content, not its b-tree pages)."""
    con = sqlite3.connect(database.obj.database)
    try:
        return [line for line in con.iterdump() if not any(t in line for t in INTERNAL)]
    finally:
        con.close()


@pytest.fixture
def existing(db):
    return create_contact(
        ContactData(
            first_name="José",
            last_name="Núñez",
            company="Ferretería El Águila",
            emails=["jose@aguila.mx"],
            phones=["+52 55 1234 5678"],
            notes="Cliente",
        ),
        country="MX",
    )


def records():
    return [
        (
            2,
            Rec(
                first_name="Ana",
                last_name="Ruiz",
                company="Textiles Ruiz",
                emails=["ana@ruiz.mx"],
                phones=["+523312345678"],
                value=Decimal("15000"),
            ),
        ),
        (
            3,
            Rec(
                first_name="José",
                last_name="Nuñez",
                emails=["jose@aguila.mx"],
                phones=["+525599998888"],
                job_title="Gerente",
                notes="Pidió catálogo",
            ),
        ),
        (4, Rec(first_name="Ana", last_name="Ruiz", emails=["ana@ruiz.mx"], city="Zapopan")),
        (
            5,
            Rec(
                first_name="Jose",
                last_name="Nunez",
                company="Ferreteria el Aguila",
                emails=["otro@aguila.mx"],
            ),
        ),
        (6, Rec(rejected_reason="No name, company, e-mail or phone.")),
    ]


def test_plan_finds_every_kind_of_duplicate(existing):
    plan = plan_rows(records(), ImportOptions())
    status = {r.line: r.status for r in plan.rows}
    assert status == {
        2: "new",
        3: "duplicate",
        4: "duplicate_in_file",
        5: "possible_duplicate",
        6: "rejected",
    }
    assert plan.counts()["duplicate"] == 1
    assert plan.rejected() == [{"line": 6, "reason": "No name, company, e-mail or phone."}]
    by_line = {r.line: r for r in plan.rows}
    assert by_line[3].match_contact_id == existing.id
    assert by_line[4].match_line == 2
    # Same e-mail or phone: skipped unless told otherwise. A similar name alone: created,
    # for a person to look at (two people at one company often have similar names).
    assert {r.line: r.choice for r in plan.rows if r.status != "new"} == {
        3: "skip",
        4: "skip",
        5: "create",
        6: "skip",
    }


def test_import_merge_and_undo(existing):
    expo = Source.create(name="Expo")
    before = dump()
    options = ImportOptions(
        source=expo,
        make_leads=True,
        tags=["expo"],
        on_duplicate="merge",
        on_possible_duplicate="merge",
        file_name="lista.csv",
    )
    plan = plan_rows(records(), options)
    batch = write_plan(plan, options)
    assert (batch.created_count, batch.merged_count, batch.rejected_count) == (1, 3, 1)
    jose = Contact.get_by_id(existing.id)
    assert jose.job_title == "Gerente"  # an empty field filled
    assert jose.notes == "Cliente\nPidió catálogo"  # both notes kept
    assert {e.email for e in jose.emails} == {"jose@aguila.mx", "otro@aguila.mx"}
    assert "+525599998888" in {p.number for p in jose.phones}
    ana = Contact.get(Contact.first_name == "Ana")
    assert ana.city == "Zapopan"  # the in-file duplicate merged into the row created above
    leads = list(Lead.select().where(Lead.import_batch == batch))
    assert len(leads) == 2  # one per contact: rows repeating a contact add to it
    assert all(lead.next_action_due is not None for lead in leads)
    assert all(lead.source.name == "Expo" and lead.first_contact_at is None for lead in leads)
    assert ImportChange.select().where(ImportChange.batch == batch).count() > 0

    result = undo_batch(batch.id)
    assert result.contacts == 1 and result.leads == 2
    jose = Contact.get_by_id(existing.id)
    assert jose.job_title == "" and jose.notes == "Cliente"
    assert {e.email for e in jose.emails} == {"jose@aguila.mx"}
    assert ContactPhone.select().where(ContactPhone.contact == jose.id).count() == 1
    assert not Contact.select().where(Contact.first_name == "Ana").exists()
    assert ImportBatch.get_by_id(batch.id).undone_at is not None
    with pytest.raises(ImportFailed):
        undo_batch(batch.id)
    # Apart from the batch's own record, the database is as it was.
    ImportBatch.delete().execute()
    assert dump() == before


def test_skip_and_create_choices(existing):
    options = ImportOptions(on_duplicate="create")
    plan = plan_rows(records(), options)
    plan.set_choice("skip", ["possible_duplicate"])
    batch = write_plan(plan, options)
    assert (batch.created_count, batch.merged_count, batch.skipped_count) == (3, 0, 1)
    assert ContactEmail.select().where(ContactEmail.email == "jose@aguila.mx").count() == 2


def test_cancel_keeps_nothing(existing):
    before = dump()
    many = [(n, Rec(first_name=f"Persona {n}", emails=[f"p{n}@x.mx"])) for n in range(2, 300)]
    plan = plan_rows(many, ImportOptions())
    with pytest.raises(ImportCancelled):
        write_plan(plan, ImportOptions(), cancelled=lambda: True)
    assert dump() == before
    assert not ImportBatch.select().exists()


def test_a_crash_in_the_middle_keeps_nothing(existing, monkeypatch):
    """Tags and a merge are written before the crash: the transaction takes them back."""
    before = dump()
    calls = []

    def fail_on_tenth(writer, record):
        calls.append(1)
        if len(calls) == 10:
            raise RuntimeError("power cut")
        return original(writer, record)

    original = _Writer.create
    monkeypatch.setattr(_Writer, "create", fail_on_tenth)
    many = [(n, Rec(first_name=f"Persona {n}", emails=[f"p{n}@x.mx"])) for n in range(2, 40)]
    with pytest.raises(RuntimeError):
        write_plan(plan_rows(many, ImportOptions()), ImportOptions())
    assert dump() == before


def test_progress_is_reported(db):
    seen = []
    many = [(n, Rec(first_name=f"P{n}", emails=[f"p{n}@x.mx"])) for n in range(2, 252)]
    write_plan(
        plan_rows(many, ImportOptions()),
        ImportOptions(),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert (250, seen[-1][1]) in seen  # every row, then the writes
    assert seen[-1][0] <= seen[-1][1] and seen == sorted(seen)
    assert batches()[0].created == 250


def test_imported_contacts_are_searchable(db):
    from contactos import listing

    rows = [(2, Rec(first_name="Ramón", last_name="Ibáñez", phones=["+528112345678"]))]
    write_plan(plan_rows(rows, ImportOptions()), ImportOptions())
    assert [r.name for r in listing.contact_rows("ibanez")] == ["Ramón Ibáñez"]
    assert [r.name for r in listing.contact_rows("8112345678")] == ["Ramón Ibáñez"]


@pytest.mark.parametrize(
    ("name", "other", "similar"),
    [
        ("jose nunez", "jose nunez", True),
        ("ana ruiz", "ana maria ruiz", True),
        ("juan perez", "juan pena", False),
        ("sucursal 1", "sucursal 2", False),
        ("persona5 apellido5", "persona305 apellido305", False),
    ],
)
def test_similar_names(name, other, similar):
    assert (_first_similar(name, [other]) == 0) is similar


@settings(max_examples=600, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=st.characters(max_codepoint=0x36F)),  # (what the table folds)
        st.text(),  # (anything else)
        st.sampled_from(["Águila, S.A.", "Ñuñoa  y\tCía.", "ß ½ ﬁ", "a\u0301", "\x85\xa0x"]),
    )
)
def test_the_quick_fold_is_the_slow_fold(text):
    """Names and companies are compared folded; the table that folds Latin text in one
    step gives what NFKD, casefold and the punctuation rule give."""
    assert _fold(text) == _fold_slowly(text)


def test_a_possible_duplicate_is_the_first_contact_of_its_company(db):
    """Companies written in several ways ('Ferretería López', 'FERRETERIA LOPEZ') are one
    company; among its contacts with a similar name, the oldest is the match, whatever
    the order the company's spellings sort in."""
    first = create_contact(
        ContactData(first_name="Ana", last_name="Ruiz", company="Ferretería López")
    )
    create_contact(
        ContactData(first_name="Ana María", last_name="Ruiz", company="FERRETERIA LOPEZ")
    )
    rows = [(2, Rec(first_name="Ana", last_name="Ruiz", company="ferreteria lopez"))]
    plan = plan_rows(rows, ImportOptions())
    assert plan.rows[0].status == "possible_duplicate"
    assert plan.rows[0].match_contact_id == first.id


def test_lead_for_a_row_known_only_by_its_email(db):
    rows = [(2, Rec(emails=["solo@correo.mx"])), (3, Rec(phones=["+528112345678"]))]
    options = ImportOptions(make_leads=True, file_name="lista.csv")
    batch = write_plan(plan_rows(rows, options), options)
    titles = sorted(lead.title for lead in Lead.select().where(Lead.import_batch == batch))
    assert titles == ["+528112345678", "solo@correo.mx"]


def test_a_contact_known_only_by_email_is_listed_by_it(db):
    from contactos import listing

    rows = [(2, Rec(emails=["solo@correo.mx"]))]
    write_plan(plan_rows(rows, ImportOptions()), ImportOptions())
    assert [r.name for r in listing.contact_rows()] == ["solo@correo.mx"]
    assert [r.name for r in listing.contact_rows("solo", sort="relevance")] == ["solo@correo.mx"]


def test_a_big_file_is_written_in_windows(db, monkeypatch):
    """Rows repeating a contact written in an earlier window still merge into it."""
    from contactos import listing

    monkeypatch.setattr(_Writer, "FLUSH_EVERY", 10)
    rows = [(n, Rec(first_name=f"Persona{n}", emails=[f"p{n}@x.mx"])) for n in range(2, 40)]
    rows.append((40, Rec(first_name="Persona2", emails=["p2@x.mx", "otro2@x.mx"], city="León")))
    options = ImportOptions(on_duplicate="merge", make_leads=True)
    batch = write_plan(plan_rows(rows, options), options)
    assert (batch.created_count, batch.merged_count) == (38, 1)
    persona2 = Contact.get(Contact.first_name == "Persona2")
    assert persona2.city == "León"
    assert {e.email for e in persona2.emails} == {"p2@x.mx", "otro2@x.mx"}
    assert [r.name for r in listing.contact_rows("otro2")] == ["Persona2"]
    assert Lead.select().where(Lead.import_batch == batch).count() == 38
    undo_batch(batch.id)
    assert not Contact.select().exists()


def test_duplicates_found_by_scanning_too(existing, monkeypatch):
    monkeypatch.setattr(_Index, "SCAN_FROM", 1)  # the path a big file takes
    plan = plan_rows(records(), ImportOptions())
    assert {r.line: r.status for r in plan.rows}[3] == "duplicate"


def test_a_list_with_a_negative_amount_imports_every_row(db, tmp_path):
    """A value the rules refuse (a negative amount) is a problem of its row, kept in the
    notes: it never stops the import of the other rows."""
    from contactos.importing import readers, values
    from contactos.importing.mapping import guess_mapping

    path = tmp_path / "lista.csv"
    path.write_text("Nombre;Empresa;Valor\nAna;Acme;-500\nLuis;Beta;1.200\n", encoding="utf-8")
    table = readers.read_file(path)
    records, problems = values.normalize_rows(table, guess_mapping(table.headers), "MX")
    assert [p["line"] for p in problems] == [2]
    options = ImportOptions(make_leads=True)
    batch = write_plan(plan_rows(records, options), options)
    assert batch.created_count == 2
    values_by_title = {lead.title: lead.value for lead in Lead.select()}
    assert values_by_title == {"Acme": None, "Beta": Decimal("1200")}
    assert Contact.get(Contact.first_name == "Ana").notes == "Valor: -500"


def test_the_collector_is_paused_during_an_import_and_back_after():
    import gc
    import threading

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        inner_done = threading.Event()

        def other_import():
            with collector_paused():
                assert not gc.isenabled()
            inner_done.set()

        thread = threading.Thread(target=other_import)
        thread.start()
        thread.join()
        assert inner_done.is_set()
        assert not gc.isenabled()  # the first pause is still under way
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("an import that fails")
    assert gc.isenabled()


def test_phones_keep_the_kind_of_their_column(existing, tmp_path):
    """A number from a Celular or WhatsApp column is labelled so (and exported to vCard as
    a cell phone); a number from a plain phone column has no label. A merge labels the
    numbers it adds."""
    from contactos import exporting
    from contactos.importing import readers, values
    from contactos.importing.mapping import guess_mapping

    path = tmp_path / "lista.csv"
    path.write_text(
        "Nombre;Teléfono;Celular;WhatsApp;Correo\n"
        "Luis;55 1111 2222;55 3333 4444;55 5555 6666;luis@x.mx\n"
        "José;;33 7777 8888;;jose@aguila.mx\n",  # the existing contact, by e-mail
        encoding="utf-8",
    )
    table = readers.read_file(path)
    records, _ = values.normalize_rows(table, guess_mapping(table.headers), "MX")
    options = ImportOptions(on_duplicate="merge")
    write_plan(plan_rows(records, options), options)
    labels = {p.number: p.label for p in ContactPhone.select()}
    assert labels["+525511112222"] == ""
    assert labels["+525533334444"] == "Mobile"
    assert labels["+525555556666"] == "WhatsApp"
    assert labels["+523377778888"] == "Mobile"  # merged into José
    assert labels["+525512345678"] == ""  # José's own number, untouched
    out = tmp_path / "luis.vcf"
    exporting.export_vcards(out, [Contact.get(Contact.first_name == "Luis").id])
    card = out.read_text(encoding="utf-8")
    assert "TEL;TYPE=CELL:+525533334444" in card
    assert "TEL;TYPE=CELL:+525555556666" in card
    assert "TEL:+525511112222" in card


def test_undo_keeps_what_was_worked_on_since_the_import(existing, monkeypatch):
    """Undo removes what the import made and nobody touched since; a lead with a call
    logged, a contact edited afterwards and a merged field changed again stay as the
    agent left them."""
    from contactos.contacts import ContactData, update_contact
    from contactos.models import Activity

    options = ImportOptions(make_leads=True, on_duplicate="merge")
    rows = [
        (2, Rec(first_name="Ana", company="Acme", emails=["ana@acme.mx"])),
        (3, Rec(first_name="Luis", company="Beta", emails=["luis@beta.mx"])),
        (4, Rec(first_name="Eva", company="Gama", emails=["eva@gama.mx"])),
        (5, Rec(first_name="Sara", company="Delta", emails=["sara@delta.mx"])),
        (6, Rec(first_name="José", job_title="Gerente", emails=["jose@aguila.mx"])),  # merge
    ]
    batch = write_plan(plan_rows(rows, options), options)
    ana_lead = Lead.get(Lead.title == "Acme")
    rules.log_activity(
        ana_lead, "call", notes="Le interesa", next_action=rules.NextAction("Cotizar", TOMORROW)
    )
    # The edits below are made a minute after the import (times are kept to the second).
    from contactos import contacts as contacts_module
    from contactos.models import now

    later = now() + dt.timedelta(minutes=1)
    monkeypatch.setattr(contacts_module, "now", lambda: later)
    eva = Contact.get(Contact.first_name == "Eva")
    update_contact(eva, ContactData(first_name="Eva", last_name="Mora", company="Gama"))
    Lead.delete().where(Lead.contact == eva.id).execute()  # (so only the edit keeps her)
    jose = Contact.get_by_id(existing.id)
    assert jose.job_title == "Gerente"
    update_contact(jose, ContactData(first_name="José", last_name="Núñez", job_title="Director"))

    result = undo_batch(batch.id)
    # Luis's, Sara's and the lead the merge gave José go; Ana's, with its call, stays.
    assert result.leads == 3 and result.kept_leads == 1
    assert result.contacts == 2 and result.kept_contacts == 2  # Ana (her lead), Eva
    assert {c.first_name for c in Contact.select()} == {"José", "Ana", "Eva"}
    assert [a.notes for a in Activity.select().where(Activity.lead == ana_lead.id)] == [
        "Le interesa"
    ]
    assert Contact.get_by_id(existing.id).job_title == "Director"  # changed since: kept
    assert result.kept_changes >= 1
    text = undo_text(batch.id, result)
    assert "worked on after the import: leads: 1; contacts: 2;" in text


def test_undo_of_an_untouched_import_reverts_the_merge_fully(existing):
    options = ImportOptions(on_duplicate="merge")
    rows = [(2, Rec(first_name="José", job_title="Gerente", emails=["jose@aguila.mx"]))]
    before = Contact.get_by_id(existing.id)
    batch = write_plan(plan_rows(rows, options), options)
    result = undo_batch(batch.id)
    after = Contact.get_by_id(existing.id)
    assert after.job_title == "" and after.updated_at == before.updated_at
    assert result.kept_changes == 0 and "Kept" not in undo_text(batch.id, result)


def test_editing_a_contact_keeps_the_labels_of_its_phones(db):
    """The contact form edits numbers, not labels: saving it keeps 'Celular' on the
    number that still is there, and a new number starts without a label."""
    from contactos.contacts import contact_data, update_contact

    options = ImportOptions()
    rows = [(2, Rec(first_name="Ana", phones=["+525511112222", "+525533334444"],
                    phone_kinds=["phone", "mobile"]))]  # fmt: skip
    write_plan(plan_rows(rows, options), options)
    ana = Contact.get(Contact.first_name == "Ana")
    data = contact_data(ana)
    data.last_name = "Ruiz"
    data.phones = [data.phones[1], "33 7777 8888"]  # one kept, one removed, one new
    update_contact(ana, data, country="MX")
    labels = {p.number: p.label for p in ContactPhone.select().where(ContactPhone.contact == ana)}
    assert labels == {"+525533334444": "Mobile", "+523377778888": ""}


def test_a_new_tag_on_a_merged_and_a_new_contact_is_made_once(existing):
    """A tag new to the database, on a row merged into a saved contact and on a new row,
    is created once (it used to be created twice, and the whole import failed)."""
    from contactos.models import ContactTag, Tag

    options = ImportOptions(on_duplicate="merge")
    rows = [
        (2, Rec(first_name="José", emails=["jose@aguila.mx"], tags=["Expo 2026"])),  # merge
        (3, Rec(first_name="Ana", emails=["ana@nueva.mx"], tags=["Expo 2026"])),  # new
    ]
    batch = write_plan(plan_rows(rows, options), options)
    assert (batch.created_count, batch.merged_count) == (1, 1)
    assert Tag.select().where(Tag.name == "Expo 2026").count() == 1
    tagged = {
        ct.contact.first_name for ct in ContactTag.select().join(Tag).where(Tag.name == "Expo 2026")
    }
    assert tagged == {"José", "Ana"}
    undo_batch(batch.id)  # and undo takes the tag away again
    assert not Tag.select().where(Tag.name == "Expo 2026").exists()


# --- Currency and the list's own date ---------------------------------------------------


def _import_text(tmp_path, text: str, **options) -> tuple[Plan, ImportBatch]:
    from contactos.importing import readers, values
    from contactos.importing.mapping import guess_mapping

    path = tmp_path / "lista.csv"
    path.write_bytes(text.encode("cp1252"))
    table = readers.read_file(path)
    country = options.pop("country", "MX")
    records, _ = values.normalize_rows(table, guess_mapping(table.headers), country)
    opts = ImportOptions(make_leads=True, file_name=path.name, country=country, **options)
    plan = plan_rows(records, opts)
    return plan, write_plan(plan, opts)


def _currencies() -> list[tuple[str, object]]:
    return [(lead.currency, lead.value) for lead in Lead.select().order_by(Lead.id)]


def test_the_currency_the_file_names_wins(db, tmp_path):
    """A Spanish list, read with --country ES, its amounts headed 'Importe previsto (€)':
    euros, whatever the representada's currency or the default is."""
    from contactos.models import Representada

    rep = Representada.create(name="Sierra", currency="USD")
    text = "Nombre;Importe previsto (€)\r\nJordi Puig;1.234,50 €\r\nMarta Vila;800\r\n"
    plan, _ = _import_text(tmp_path, text, country="ES", representada=rep)
    assert (plan.currency, plan.currency_origin, plan.currencies) == ("EUR", "file", ["EUR"])
    assert _currencies() == [("EUR", Decimal("1234.50")), ("EUR", Decimal("800"))]


@pytest.mark.parametrize(
    ("representada", "source", "country", "expected", "origin"),
    [
        ("USD", "EUR", "MX", "USD", "representada"),
        ("", "EUR", "MX", "EUR", "source"),
        ("", "", "ES", "EUR", "country"),
        ("", "", "CO", "COP", "country"),
        ("", "", "MX", "MXN", "country"),
    ],
)
def test_without_a_currency_in_the_file(
    db, tmp_path, representada, source, country, expected, origin
):
    from contactos.models import Representada

    rep = Representada.create(name="Sierra", currency=representada)
    src = Source.create(name="Bajío", currency=source)
    text = "Nombre;Monto\r\nJordi Puig;1.234,50\r\n"
    plan, _ = _import_text(tmp_path, text, country=country, representada=rep, source=src)
    assert (plan.currency, plan.currency_origin) == (expected, origin)
    assert _currencies() == [(expected, Decimal("1234.50"))]


def test_the_persons_own_currency_for_their_own_country(db, tmp_path):
    from contactos import settings

    settings.put("default_country", "MX")
    settings.put("default_currency", "USD")  # (an agent who sells in dollars)
    plan, _ = _import_text(tmp_path, "Nombre;Monto\r\nAna Ruiz;1,500\r\n", country="MX")
    assert (plan.currency, plan.currency_origin) == ("USD", "settings")
    plan, _ = _import_text(tmp_path, "Nombre;Monto\r\nJordi Puig;1.500\r\n", country="ES")
    assert (plan.currency, plan.currency_origin) == ("EUR", "country")


def test_two_currencies_in_one_file_are_reported_not_mixed(db, tmp_path):
    text = "Nombre;Monto\r\nAnn Lee;USD 300\r\nJordi Puig;1.234,50 €\r\nAna Ruiz;800\r\n"
    plan, _ = _import_text(tmp_path, text, country="MX")
    assert plan.currencies == ["USD", "EUR"]
    assert _currencies() == [("USD", Decimal("300")), ("EUR", Decimal("1234.50")), ("MXN", None)]
    assert "Monto: 800" in Contact.get(Contact.first_name == "Ana").notes


def test_the_lists_date_is_kept_as_the_leads_date_in_the_list(db, tmp_path, clock):
    """'Fecha de alta' is the lead's date in the source's list; it is received (and its
    response time runs) from the import."""
    moment = dt.datetime(2026, 3, 2, 9, 30)
    clock.set(moment)
    text = "Nombre;Fecha de alta\r\nAna Ruiz;15/01/2026\r\nLuis Peña;\r\n"
    _import_text(tmp_path, text)
    leads = list(Lead.select().order_by(Lead.id))
    assert [lead.listed_on for lead in leads] == [dt.date(2026, 1, 15), None]
    assert [lead.received_at for lead in leads] == [moment, moment]


def test_near_namesakes_at_one_company_all_arrive(db):
    """Three hundred different people at four companies, many with a colleague's name
    plus a middle name, each with their own e-mail and phone: every one is created by
    default, and the rows that only look alike are listed as possible duplicates."""
    from messy_files import near_namesakes

    from contactos.importing import readers, values
    from contactos.importing.mapping import guess_mapping

    text, people = near_namesakes(300)
    table = readers.read_bytes(text.encode("cp1252"), name="distribuidor.csv")
    records, _ = values.normalize_rows(table, guess_mapping(table.headers), "MX")
    options = ImportOptions(file_name="distribuidor.csv")
    plan = plan_rows(records, options)
    possible = [r for r in plan.rows if r.status == "possible_duplicate"]
    assert len(possible) > 30  # (the list does have near-namesakes)
    assert {r.choice for r in possible} == {"create"}
    batch = write_plan(plan, options)
    assert (batch.created_count, batch.skipped_count, batch.merged_count) == (300, 0, 0)
    stored = {e for (e,) in ContactEmail.select(ContactEmail.email).tuples()}
    assert stored == {email for _, email, _ in people}


def test_possible_duplicates_can_still_be_skipped_or_merged(existing):
    for choice, contacts in (("skip", 1), ("merge", 1), ("create", 2)):
        options = ImportOptions(on_possible_duplicate=choice)
        line = [(5, records()[3][1])]  # José Nuñez, another e-mail, same company
        plan = plan_rows(line, options)
        assert [(r.status, r.choice) for r in plan.rows] == [("possible_duplicate", choice)]
        batch = write_plan(plan, options)
        assert Contact.select().count() == contacts
        undo_batch(batch.id)


# --- The import in the history ------------------------------------------------------------


def test_the_import_reads_as_a_sentence_in_the_history(existing):
    """The timeline says what the import did in words (its figures are stored as data and
    written in the reader's language), and a contact imported without a lead, or merged
    into, has its import in its history too."""
    from contactos import i18n, timeline

    options = ImportOptions(on_duplicate="merge", file_name="lista.xlsx")
    batch = write_plan(plan_rows(records(), options), options)
    ana = Contact.get(Contact.first_name == "Ana")
    events = [e for e in timeline.for_contact(ana.id) if e.kind == "import"]
    assert [(e.title, e.object_id) for e in events] == [("lista.xlsx", batch.id)]
    assert events[0].detail == (
        f"Import number {batch.id}: contacts created: 2; merged into existing "
        "contacts: 2; rows rejected: 1."
    )
    assert "{" not in events[0].detail
    # The contact that existed before was merged into: the import is in its history too.
    assert [e.object_id for e in timeline.for_contact(existing.id) if e.kind == "import"] == [
        batch.id
    ]
    i18n.install(
        lambda context, text: {"rows rejected: {count}": "filas rechazadas: {count}"}.get(
            text, text
        )
    )
    assert "filas rechazadas: 1" in timeline.for_contact(ana.id)[0].detail


def test_an_imported_lead_shows_its_import_once(db):
    from contactos import timeline

    options = ImportOptions(make_leads=True, file_name="lista.csv")
    line = [(2, Rec(first_name="Ana", last_name="Ruiz", emails=["ana@ruiz.mx"]))]
    batch = write_plan(plan_rows(line, options), options)
    lead = Lead.get()
    imports = [e for e in timeline.for_contact(lead.contact_id) if e.kind == "import"]
    assert len(imports) == 1 and imports[0].lead_id == lead.id
    assert imports[0].detail == (
        f"Import number {batch.id}: contacts created: 1; leads created: 1."
    )
    undo_batch(batch.id)
    assert ImportBatch.get_by_id(batch.id).undone_at is not None
