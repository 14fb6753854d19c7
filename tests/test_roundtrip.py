"""Export → import round trips: what Contactos writes, Contactos reads back."""

from __future__ import annotations

import pytest

from contactos import exporting, listing
from contactos.contacts import ContactData, create_contact
from contactos.importing import engine, mapping, readers, values
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


def snapshot() -> list[tuple]:
    rows = []
    for contact in Contact.select().order_by(Contact.company):
        rows.append(
            (
                contact.first_name,
                contact.last_name,
                contact.company,
                sorted(
                    e.email for e in ContactEmail.select().where(ContactEmail.contact == contact)
                ),
                sorted(
                    p.number for p in ContactPhone.select().where(ContactPhone.contact == contact)
                ),
            )
        )
    return rows


def reimport(path) -> None:
    table = readers.read_file(path)
    guessed = table.preset_mapping or mapping.guess_mapping(table.headers)
    records = [(r.line, values.normalize_row(r, table.headers, guessed, "MX")) for r in table.rows]
    options = engine.ImportOptions(file_name=path.name)
    engine.run_import(engine.plan_import(records, options), options)


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
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
    assert snapshot() == before
    assert [r["name"] for r in listing.contact_rows("nunez")] == ["José Núñez Peña"]
