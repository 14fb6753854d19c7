"""Export → import round trips: what Contactos writes, Contactos reads back."""

from __future__ import annotations

import pytest

from contactos import exporting, listing
from contactos.contacts import ContactData, create_contact
from contactos.importing import mapping, readers, values
from contactos.importing.duplicates import plan_rows
from contactos.importing.plan import ImportOptions
from contactos.importing.writer import write_plan
from contactos.models import Contact, ContactEmail, ContactPhone, ContactTag, Tag


def people() -> None:
    create_contact(
        ContactData(
            first_name="José",
            last_name="Núñez Peña",
            company="Ferretería El Águila",
            job_title="Compras",
            city="Querétaro",
            region="Qro.",
            emails=["jose@aguila.mx", "compras@aguila.mx"],
            phones=["+52 55 1234 5678", "+52 442 123 4567"],
            tags=["mayorista"],
            notes='=HYPERLINK("x") no es fórmula',
        ),
        country="MX",
    )
    create_contact(
        ContactData(
            company="Plásticos Jalisco", emails=["ventas@plasjal.mx"], phones=["(33) 3615-2233"]
        ),
        country="MX",
    )


def snapshot() -> list[dict]:
    """Everything a contact export carries, per contact."""
    rows = []
    for contact in Contact.select().order_by(Contact.company):
        rows.append(
            {
                "first_name": contact.first_name,
                "last_name": contact.last_name,
                "company": contact.company,
                "job_title": contact.job_title,
                "city": contact.city,
                "region": contact.region,
                "notes": contact.notes,
                "emails": sorted(
                    e.email for e in ContactEmail.select().where(ContactEmail.contact == contact)
                ),
                "phones": sorted(
                    p.number for p in ContactPhone.select().where(ContactPhone.contact == contact)
                ),
                "tags": sorted(
                    t.name
                    for t in Tag.select().join(ContactTag).where(ContactTag.contact == contact)
                ),
            }
        )
    return rows


def reimport(path) -> None:
    table = readers.read_file(path)
    guessed = table.preset_mapping or mapping.guess_mapping(table.headers)
    records, _ = values.normalize_rows(table, guessed, "MX")
    options = ImportOptions(file_name=path.name)
    write_plan(plan_rows(records, options), options)


@pytest.mark.parametrize("suffix", [".csv", ".vcf", ".xlsx"])
def test_export_then_import(db, tmp_path, suffix):
    people()
    before = snapshot()
    path = tmp_path / f"contactos{suffix}"
    assert exporting.export_to("contacts", path) == 2
    for model in (ContactTag, ContactEmail, ContactPhone, Contact, Tag):
        model.delete().execute()
    from contactos import search

    search.rebuild_index()
    reimport(path)
    after = snapshot()
    assert after[0]["tags"] == ["mayorista"] and after[0]["city"] == "Querétaro"
    assert after == before
    assert [r.name for r in listing.contact_rows("nunez")] == ["José Núñez Peña"]


def test_the_apostrophe_of_a_neutralised_cell_goes_on_import():
    """What neutralize() guards is what the importer reads back without its apostrophe."""
    from contactos.importing.readers import Row

    assert set(exporting.files._DANGEROUS_START) == set(values.FORMULA_STARTS)
    record = values.RowNormalizer(
        ["Notas", "Teléfono", "Empresa"], {0: "notes", 1: "phone", 2: "company"}, "MX"
    )(Row(2, ["'=1+1 es texto", "'+52 55 1234 5678", "'Rock'n'roll"]))
    assert record.notes == "=1+1 es texto"
    assert record.phones == ["+525512345678"]
    assert record.company == "'Rock'n'roll"  # (an apostrophe before a letter is the text's)
