"""Contacts as the domain writes them: what is refused, and that a refusal writes nothing."""

from __future__ import annotations

import pytest

from contactos.contacts import ContactData, ContactError, create_contact, update_contact
from contactos.models import Contact, ContactPhone


def test_a_phone_that_cannot_be_read_is_refused_with_what_to_do(db):
    with pytest.raises(ContactError) as refused:
        create_contact(ContactData(first_name="Ana", phones=["55 1234 5678", "123"]), country="MX")
    assert refused.value.field == "phones"
    assert "'123' is not a phone number we can read for MX" in refused.value.message
    assert not Contact.select().exists() and not ContactPhone.select().exists()


def test_phones_as_people_write_them_are_accepted(db):
    ana = create_contact(
        ContactData(
            first_name="Ana",
            phones=["55 1234 5678", "044 55 8765 4321", "+34 912 345 678", "(33) 3615-2233"],
        ),
        country="MX",
    )
    assert [p.number for p in ana.phones.order_by(ContactPhone.position)] == [
        "+525512345678",
        "+525587654321",
        "+34912345678",
        "+523336152233",
    ]


def test_an_edit_with_a_phone_that_cannot_be_read_changes_nothing(db):
    ana = create_contact(ContactData(first_name="Ana", phones=["55 1234 5678"]), country="MX")
    with pytest.raises(ContactError):
        update_contact(ana, ContactData(first_name="Ana María", phones=["12"]), country="MX")
    again = Contact.get_by_id(ana.id)
    assert again.first_name == "Ana"
    assert [p.number for p in again.phones] == ["+525512345678"]


@pytest.mark.parametrize(
    ("address", "accepted"),
    [
        ("ana@acme.mx", True),
        ("Ana.Ruiz+ventas@correo.acme.com.mx", True),
        ("ana@gmailcom", False),  # (the dot forgotten)
        ("ana@", False),
        ("ana.acme.mx", False),
        ("ana..ruiz@acme.mx", False),
    ],
)
def test_e_mail_addresses_as_the_import_reads_them(db, address, accepted):
    """The form and the import agree on what an address is."""
    from contactos.importing.values import parse_email

    data = ContactData(first_name="Ana", emails=[address])
    if accepted:
        ana = create_contact(data)
        assert [e.email for e in ana.emails] == [address.lower()]
        assert parse_email(address) == address.lower()
    else:
        with pytest.raises(ContactError) as refused:
            create_contact(data)
        assert refused.value.field == "emails"
        assert not Contact.select().exists()
        assert parse_email(address) is None


def test_tags_are_created_in_a_reproducible_order_whatever_the_hash_seed(db):
    """The demo (and any import) gives the same tag the same id on every run: a set's
    order changes with Python's hash seed."""
    from contactos.actions.names import tags as find_tags

    names = [f"zona {n}" for n in "qwertyuiopasdfghjklz"]
    tags = find_tags([*names, " zona q ", ""])
    assert [t.name for t in tags] == sorted(names)
    assert [t.id for t in tags] == sorted(t.id for t in tags)
