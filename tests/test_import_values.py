"""Values of imported rows: phones, e-mails, dates, amounts, names, the mapping guess and
the mapping remembered per source."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from contactos.importing.mapping import (
    FIELDS,
    address_group,
    guess_mapping,
    normalize_header,
    recall_mapping,
    remember_mapping,
)
from contactos.importing.readers import Row
from contactos.importing.values import (
    RowNormalizer,
    country_code,
    normalize_rows,
    parse_date,
    parse_email,
    parse_phone,
    split_full_name,
    split_multi,
)


def normalize_row(row, headers, mapping, country="MX"):
    """One row as the import reads it (RowNormalizer is made once per table)."""
    return RowNormalizer(headers, mapping, country)(row)


# --- Phones -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("55 1234 5678", "+525512345678"),
        ("(55) 1234-5678", "+525512345678"),
        ("55-1234-5678", "+525512345678"),
        ("044 55 1234 5678", "+525512345678"),
        ("045 33 1234 5678", "+523312345678"),
        ("01 81 1234 5678", "+528112345678"),
        ("+52 1 55 1234 5678", "+525512345678"),
        ("+52 55 1234 5678", "+525512345678"),
        ("521 55 1234 5678", "+525512345678"),
        ("Tel: 55 1234 5678", "+525512345678"),
        ("55 1234 5678 ext. 12", "+525512345678"),
        ("+34 612 345 678", "+34612345678"),
        ("12345", None),
        ("", None),
        ("+49 BUSINESS", None),
        ("sin teléfono", None),
    ],
)
def test_parse_phone_mexico(text, expected):
    assert parse_phone(text, "MX") == expected


def test_parse_phone_other_country():
    assert parse_phone("040 6432131545", "DE") == "+49406432131545"
    assert parse_phone("(212) 555-5555", "us") == "+12125555555"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("55 1234 5678", ["55 1234 5678"]),
        ("55 1234 5678 / 33 8765 4321", ["55 1234 5678", "33 8765 4321"]),
        ("5512345678, 3387654321", ["5512345678", "3387654321"]),
        ("5512345678 y 3387654321", ["5512345678", "3387654321"]),
        ("5512345678 o 3387654321", ["5512345678", "3387654321"]),
        ("5512345678\n3387654321", ["5512345678", "3387654321"]),
        ("a@x.mx; b@y.mx", ["a@x.mx", "b@y.mx"]),
        ("a@x.mx, b@y.mx, c@z.mx", ["a@x.mx", "b@y.mx", "c@z.mx"]),
        ("12212/1212", ["12212/1212"]),
        ("", []),
    ],
)
def test_split_multi(text, expected):
    assert split_multi(text) == expected


# --- E-mails ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Ana.Perez@Ejemplo.MX ", "ana.perez@ejemplo.mx"),
        ("mailto:ventas@empresa.com.mx", "ventas@empresa.com.mx"),
        ("Ana Pérez <ana@x.mx>", "ana@x.mx"),
        ("ana@x.mx.", "ana@x.mx"),
        ("ana@", None),
        ("contact1@invalid", None),
        ("email other", None),
        ("ana@@x.mx", None),
        ("ana..b@x.mx", None),
        ("", None),
    ],
)
def test_parse_email(text, expected):
    assert parse_email(text) == expected


# --- Dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25/11/2024", dt.date(2024, 11, 25)),
        ("5/3/2024", dt.date(2024, 3, 5)),  # dd/mm unless the day forces m/d
        ("3/25/2024", dt.date(2024, 3, 25)),
        ("25.11.2024", dt.date(2024, 11, 25)),
        ("25-11-2024", dt.date(2024, 11, 25)),
        ("01/01/00", dt.date(2000, 1, 1)),
        ("15/06/85", dt.date(1985, 6, 15)),
        ("2024-11-25", dt.date(2024, 11, 25)),
        ("2024/11/25", dt.date(2024, 11, 25)),
        ("2024-11-25T10:30:00", dt.date(2024, 11, 25)),
        ("2024-11-25 10:30", dt.date(2024, 11, 25)),
        ("1/3/1940 13:25", dt.date(1940, 3, 1)),
        ("45231", dt.date(2023, 11, 1)),
        ("45231.5", dt.date(2023, 11, 1)),
        ("123", None),
        ("99999", None),
        ("0.0.00", None),
        ("31/02/2024", None),
        ("12 de marzo de 2025", dt.date(2025, 3, 12)),
        ("1 de mayo del 2025", dt.date(2025, 5, 1)),
        ("1o. de mayo de 2025", dt.date(2025, 5, 1)),
        ("miércoles, 5 de Febrero de 2025", dt.date(2025, 2, 5)),
        ("12-mar-2025", dt.date(2025, 3, 12)),
        ("12-Dic-24", dt.date(2024, 12, 12)),
        ("3 sept. 2024", dt.date(2024, 9, 3)),
        ("12 Aug 2024", dt.date(2024, 8, 12)),
        ("March 12, 2025", dt.date(2025, 3, 12)),
        ("ago 7 2024", dt.date(2024, 8, 7)),
        ("31 de febrero de 2025", None),
        ("12 de marzito de 2025", None),
        ("marzo de 2025", None),
        ("mañana", None),
        ("", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


# --- Amounts (read by contactos.amounts, with what the whole column shows) ---------------


def _amounts(texts: list[str], header: str = "Monto", country: str = "MX"):
    """The records of a one-column list of amounts (beside a name), and the problems."""
    from contactos.importing.readers import Table

    table = Table(
        kind="csv",
        headers=["Nombre", header],
        rows=[Row(n, [f"Persona {n}", t]) for n, t in enumerate(texts, start=2)],
    )
    records, problems = normalize_rows(table, {0: "full_name", 1: "value"}, country)
    return [r for _, r in records], problems


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # One mark with three digits after it groups thousands, unless the column says
        # it is the decimal mark.
        (["$1,234.50", "12,500"], ["1234.50", "12500"]),
        (["1.234,50", "4.500", "12,5"], ["1234.50", "4500", "12.5"]),
        (["12,500", "3,5"], ["12.5", "3.5"]),
        (["12.500", "3.5"], ["12.5", "3.5"]),
        (["1.234", "5.678"], ["1234", "5678"]),
        (["1 234,50", "4 500", "€ 3.000,00"], ["1234.50", "4500", "3000.00"]),
        (["MXN 4,500", "1'234.50"], ["4500", "1234.50"]),
        (["229,932.50", "1500"], ["229932.50", "1500"]),
    ],
)
def test_amounts_are_read_with_the_columns_decimal_mark(texts, expected):
    records, problems = _amounts(texts)
    assert [r.value for r in records] == [Decimal(e) for e in expected]
    assert [r.value_text for r in records] == texts
    if not any(c in "".join(texts) for c in "€"):
        assert problems == []


def test_an_amount_that_stays_ambiguous_is_reported_and_kept_in_the_notes():
    """The column writes both marks: '1.234' could be 1234 or 1.234; it is not guessed."""
    records, problems = _amounts(["1.234,50", "1,234.50", "1.234", "7"])
    assert [r.value for r in records] == [
        Decimal("1234.50"),
        Decimal("1234.50"),
        None,
        Decimal("7"),
    ]
    assert records[2].notes == "Monto: 1.234"
    assert problems == [
        {
            "line": 4,
            "problem": "Amount '1.234' in column Monto could be 1234 or 1.234: the column "
            "writes both decimal marks; kept in the notes.",
        }
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("inf", "Amount 'inf' in column Monto is not a number; kept in the notes."),
        ("nan", "Amount 'nan' in column Monto is not a number; kept in the notes."),
        ("snan", "Amount 'snan' in column Monto is not a number; kept in the notes."),
        ("1e999", "Amount '1e999' in column Monto is not a number; kept in the notes."),
        ("-5", "Amount '-5' in column Monto is negative; kept in the notes."),
        ("(250.00)", "Amount '(250.00)' in column Monto is negative; kept in the notes."),
        (
            "12,3456",
            "Amount '12,3456' in column Monto: '12,3456' has more than 2 decimals; write it "
            "rounded as you mean it. Kept in the notes.",
        ),
        (
            "99999999999999",
            "Amount '99999999999999' in column Monto: '99999999999999' is too large for an "
            "amount. Kept in the notes.",
        ),
    ],
)
def test_amounts_that_cannot_be_a_value_are_reported(text, message):
    records, problems = _amounts([text])
    assert records[0].value is None and records[0].notes == f"Monto: {text}"
    assert problems == [{"line": 2, "problem": message}]


def test_the_currency_comes_from_the_header_or_the_cells():
    records, _ = _amounts(["1.234,50 €", "800"], header="Importe previsto (€)")
    assert [(r.value, r.currency) for r in records] == [
        (Decimal("1234.50"), "EUR"),
        (Decimal("800"), "EUR"),
    ]
    # One sign in the column names the currency of its other amounts too.
    records, _ = _amounts(["1.234,50 €", "800"])
    assert [r.currency for r in records] == ["EUR", "EUR"]
    # "$" alone names none (Mexico, Colombia, the United States...).
    records, _ = _amounts(["$1,234.50", "800"])
    assert [r.currency for r in records] == [None, None]


def test_a_file_whose_amounts_name_two_currencies_is_not_mixed():
    records, problems = _amounts(["USD 300", "1.234,50 €", "800", ""])
    assert [(r.value, r.currency) for r in records] == [
        (Decimal("300"), "USD"),
        (Decimal("1234.50"), "EUR"),
        (None, None),
        (None, None),
    ]
    assert records[2].notes == "Monto: 800"
    assert problems == [
        {
            "line": 4,
            "problem": "Amount '800' in column Monto names no currency, and the amounts of "
            "this file name several (USD, EUR); kept in the notes.",
        }
    ]


# --- Names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Juan Pérez López", ("Juan", "Pérez López")),
        ("  Ana   María  ", ("Ana", "María")),
        ("Cher", ("Cher", "")),
        ("Pérez López, Juan", ("Juan", "Pérez López")),
        ("", ("", "")),
    ],
)
def test_split_full_name(text, expected):
    assert split_full_name(text) == expected


# --- Mapping guesses --------------------------------------------------------------------

SPANISH_HEADERS = {
    "Nombre": "first_name",
    "Apellidos": "last_name",
    "Razón social": "company",
    "Empresa": "company",
    "Puesto": "job_title",
    "Teléfono": "phone",
    "Tel.": "phone",
    "Celular": "mobile",
    "Móvil": "mobile",
    "WhatsApp": "whatsapp",
    "Correo": "email",
    "E-mail": "email",
    "Ciudad": "city",
    "Municipio": "city",
    "Estado": "region",
    "C.P.": "postal_code",
    "Comentarios": "notes",
    "Observaciones": "notes",
    "Valor": "value",
    "Monto": "value",
}


def test_guess_mapping_spanish_names_from_the_issue():
    headers = list(SPANISH_HEADERS)
    mapping = guess_mapping(headers)
    assert {headers[i]: f for i, f in mapping.items()} == SPANISH_HEADERS


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("NOMBRE(S)", "first_name"),
        ("Apellido paterno", "last_name"),
        ("Apellido Materno", "last_name"),
        ("Compañía", "company"),
        ("Negocio", "company"),
        ("Cargo", "job_title"),
        ("Tel", "phone"),
        ("Cel.", "mobile"),
        ("Correo electrónico", "email"),
        ("Email", "email"),
        ("Mail", "email"),
        ("Dirección", "address"),
        ("Calle", "street"),
        ("Colonia", "street"),
        ("Localidad", "city"),
        ("Provincia", "region"),
        ("Código postal", "postal_code"),
        ("CP", "postal_code"),
        ("País", "country"),
        ("Notas", "notes"),
        ("Importe", "value"),
        ("Producto", "lead_title"),
        ("Fecha", "received_date"),
        ("Etiquetas", "tags"),
        ("Email (s.email)", "email"),
        ("Name* (s.name)", "company"),
        ("Fax", "ignore"),
        ("Columna sin nombre conocido", "ignore"),
        ("", "ignore"),
    ],
)
def test_guess_single_headers(header, field):
    assert guess_mapping([header, "Apellidos"])[0] == field


def test_nombre_alone_is_the_full_name():
    assert guess_mapping(["Nombre", "Teléfono"]) == {0: "full_name", 1: "phone"}
    assert guess_mapping(["Nombre", "Apellidos"])[0] == "first_name"


def test_outlook_english_and_spanish_layouts():
    english = [
        "Title",
        "First Name",
        "Middle Name",
        "Last Name",
        "Company",
        "Job Title",
        "E-mail Address",
        "E-mail Type",
        "E-mail Display Name",
        "E-mail 2 Address",
        "E-mail 3 Address",
        "Business Phone",
        "Mobile Phone",
        "Home Phone",
        "Business Fax",
        "Business Street",
        "Business City",
        "Business State",
        "Business Postal Code",
        "Business Country/Region",
        "Notes",
        "Categories",
    ]
    named = {english[i]: f for i, f in guess_mapping(english).items()}
    assert named["Title"] == "ignore"
    assert named["Job Title"] == "job_title"
    assert [named[h] for h in english if "E-mail" in h] == [
        "email",
        "ignore",
        "ignore",
        "email",
        "email",
    ]
    assert named["Mobile Phone"] == "mobile"
    assert named["Business Phone"] == named["Home Phone"] == "phone"
    assert named["Business Country/Region"] == "country"
    assert named["Categories"] == "tags"

    spanish = [
        "Nombre",
        "Apellidos",
        "Organización",
        "Puesto",
        "Dirección de correo electrónico",
        "Nombre para mostrar del correo electrónico",
        "Teléfono del trabajo",
        "Teléfono móvil",
        "Calle del trabajo",
        "Ciudad de trabajo",
        "Estado o provincia de trabajo",
        "Código postal del trabajo",
        "País o región del trabajo",
        "Notas",
    ]
    assert list(guess_mapping(spanish).values()) == [
        "first_name",
        "last_name",
        "company",
        "job_title",
        "email",
        "ignore",
        "phone",
        "mobile",
        "street",
        "city",
        "region",
        "postal_code",
        "country",
        "notes",
    ]


def test_new_google_layout():
    headers = [
        "First Name",
        "Middle Name",
        "Last Name",
        "Phonetic First Name",
        "Organization Name",
        "Organization Title",
        "Labels",
        "E-mail 1 - Label",
        "E-mail 1 - Value",
        "Phone 1 - Label",
        "Phone 1 - Value",
        "Address 1 - Formatted",
        "Address 1 - City",
    ]
    assert list(guess_mapping(headers).values()) == [
        "first_name",
        "first_name",
        "last_name",
        "ignore",
        "company",
        "job_title",
        "tags",
        "ignore",
        "email",
        "ignore",
        "phone",
        "ignore",
        "city",
    ]


def test_every_guess_is_a_field():
    headers = list(SPANISH_HEADERS) + ["Website 1 - Value", "Custom Field 1 - Value"]
    assert set(guess_mapping(headers).values()) <= set(FIELDS)


def test_normalize_header_and_address_group():
    assert normalize_header("E-Mail 2: Adresse") == "e mail 2 adresse"
    assert normalize_header("Straße geschäftlich") == "strasse geschaftlich"
    assert normalize_header("Zip (s.cp)") == "zip"
    assert address_group("Business City") == address_group("Ort geschäftlich") == "work"
    assert address_group("Home City") == "home"
    assert address_group("Address 2 - City") == "address 2"


# --- Remembered mappings ----------------------------------------------------------------


def test_remember_and_recall_mapping(db):
    headers = ["Cliente", "Tel.", "Zona"]
    assert recall_mapping(7, headers) is None
    edited = {0: "company", 1: "whatsapp", 2: "tags"}
    remember_mapping(7, headers, edited)
    assert recall_mapping(7, headers) == edited
    # Same layout written differently (case, accents, spaces) is the same layout.
    assert recall_mapping(7, ["CLIENTE", "tel", "zona "]) == edited
    assert recall_mapping(7, ["Cliente", "Tel.", "Zona", "Extra"]) is None
    assert recall_mapping(8, headers) is None
    # A second layout from the same source does not forget the first.
    remember_mapping(7, ["Nombre", "Correo"], {0: "full_name", 1: "email"})
    assert recall_mapping(7, headers) == edited
    assert recall_mapping(7, ["Nombre", "Correo"]) == {0: "full_name", 1: "email"}


def test_recall_ignores_unknown_fields(db):
    from contactos.models import Setting

    Setting.replace(
        key="import_mapping:3", value='{"a\\u241fb": {"0": "email", "1": "bogus", "9": "phone"}}'
    ).execute()
    assert recall_mapping(3, ["A", "B"]) == {0: "email", 1: "ignore"}
    Setting.replace(key="import_mapping:4", value="not json").execute()
    assert recall_mapping(4, ["A"]) is None


# --- Rows -------------------------------------------------------------------------------

HEADERS = [
    "Nombre",
    "Apellidos",
    "Empresa",
    "Teléfono",
    "Celular",
    "WhatsApp",
    "Correo",
    "Monto",
    "Fecha",
    "Ciudad",
    "Comentarios",
    "Etiquetas",
    "Producto",
]


def _row(**cells: str) -> Row:
    values = [""] * len(HEADERS)
    for header, value in cells.items():
        values[HEADERS.index(header)] = value
    return Row(2, values)


def test_normalize_row_clean_values():
    mapping = guess_mapping(HEADERS)
    record = normalize_row(
        _row(
            Nombre=" Ana María ",
            Apellidos="Pérez  López",
            Empresa="Abarrotes Ana",
            Teléfono="01 55 1234 5678",
            Celular="044 55 8765 4321 / 33 1111 2222",
            WhatsApp="+52 1 55 8765 4321",
            Correo="ANA@Abarrotes.MX; ventas@abarrotes.mx",
            Monto="$12,500.00",
            Fecha="45231",
            Ciudad="Toluca",
            Comentarios="Cliente desde 2019",
            Etiquetas="mayoreo, norte",
            Producto="Cemento",
        ),
        HEADERS,
        mapping,
        "MX",
    )
    assert record.first_name == "Ana María"
    assert record.last_name == "Pérez López"
    assert record.company == "Abarrotes Ana"
    assert record.phones == ["+525512345678", "+525587654321", "+523311112222"]
    assert record.phone_kinds == ["phone", "whatsapp", "mobile"]
    assert record.emails == ["ana@abarrotes.mx", "ventas@abarrotes.mx"]
    assert record.value == Decimal("12500.00")
    assert record.received_date == dt.date(2023, 11, 1)
    assert record.city == "Toluca"
    # The list's date is not dropped: imported leads are received now (rule 5), so the
    # date the list gives goes to the notes, readable.
    assert record.notes == "Cliente desde 2019\nFecha: 2023-11-01"
    assert record.tags == ["mayoreo", "norte"]
    assert record.lead_title == "Cemento"
    assert record.problems == []
    assert record.rejected_reason is None


def test_unreadable_values_are_kept_in_the_notes_and_reported():
    mapping = guess_mapping(HEADERS)
    record = normalize_row(
        _row(
            Nombre="Luis",
            Teléfono="pedir en oficina",
            Correo="luis arroba gmail",
            Monto="a convenir",
            Fecha="la semana pasada",
            Comentarios="Llamar en la tarde",
        ),
        HEADERS,
        mapping,
        "MX",
    )
    assert record.phones == [] and record.emails == []
    assert record.value is None and record.received_date is None
    assert record.notes.splitlines() == [
        "Llamar en la tarde",
        "Teléfono: pedir en oficina",
        "Correo: luis arroba gmail",
        "Monto: a convenir",
        "Fecha: la semana pasada",
    ]
    assert record.problems == [
        "Phone 'pedir en oficina' in column Teléfono is not a valid number; kept in the notes.",
        "E-mail 'luis arroba gmail' in column Correo is not a valid address; kept in the notes.",
        "Amount 'a convenir' in column Monto is not a number; kept in the notes.",
        "Date 'la semana pasada' in column Fecha is not a date we can read; kept in the notes.",
    ]
    assert record.rejected_reason is None  # it has a name


def test_problems_are_translated():
    from contactos import i18n

    i18n.install(lambda context, text: text.replace("is not a valid number", "no es válido"))
    record = normalize_row(Row(2, ["x", "123"]), ["Nombre", "Tel"], {0: "full_name", 1: "phone"})
    assert record.problems == ["Phone '123' in column Tel no es válido; kept in the notes."]


def test_row_without_name_company_email_or_phone_is_rejected():
    mapping = guess_mapping(HEADERS)
    record = normalize_row(_row(Ciudad="Puebla", Teléfono="123"), HEADERS, mapping, "MX")
    assert record.rejected_reason == "No name, company, e-mail or phone."
    assert "Teléfono: 123" in record.notes


def test_full_name_is_split_and_company_only_rows_keep_no_person():
    headers = ["Nombre", "Empresa"]
    mapping = guess_mapping(headers)
    assert mapping == {0: "full_name", 1: "company"}
    record = normalize_row(Row(2, ["Juan Pérez López", "Ferre"]), headers, mapping)
    assert (record.first_name, record.last_name) == ("Juan", "Pérez López")
    record = normalize_row(Row(3, ["Ferre", "Ferre"]), headers, mapping)
    assert (record.first_name, record.last_name, record.company) == ("", "", "Ferre")


def test_one_address_is_chosen_the_others_go_to_notes():
    headers = ["Home Street", "Home City", "Business Street", "Business City"]
    mapping = guess_mapping(headers)
    record = normalize_row(Row(2, ["", "", "Av. Juárez 10", "Puebla"]), headers, mapping)
    assert (record.address, record.city, record.notes) == ("Av. Juárez 10", "Puebla", "")
    record = normalize_row(Row(2, ["Calle 1", "Toluca", "Av. 2", "Puebla"]), headers, mapping)
    assert (record.address, record.city) == ("Calle 1", "Toluca")
    assert record.notes.splitlines() == ["Business Street: Av. 2", "Business City: Puebla"]


def test_google_group_membership_drops_system_groups():
    record = normalize_row(
        Row(2, ["Ana", "* My Contacts ::: Clientes ::: * Starred in Android"]),
        ["Name", "Group Membership"],
        {0: "full_name", 1: "tags"},
    )
    assert record.tags == ["Clientes"]


# --- A row's own country ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("México", "MX"),
        ("Mexico", "MX"),
        ("MX", "MX"),
        ("mx", "MX"),
        ("MEX", "MX"),
        ("USA", "US"),
        ("EE.UU.", "US"),
        ("EE. UU.", "US"),
        ("E.U.A.", "US"),
        ("Estados Unidos", "US"),
        ("United States", "US"),
        ("España", "ES"),
        ("Spain", "ES"),
        ("ESP", "ES"),
        ("Perú", "PE"),
        ("Reino Unido", "GB"),
        ("Alemania", "DE"),
        ("Narnia", None),
        ("", None),
        ("12", None),
    ],
)
def test_country_code(text, code):
    assert country_code(text) == code


def test_phones_are_read_in_the_rows_own_country():
    """A USA row's (415) 901-7000 is a US number, not a Mexican one; a row without a
    country, or with one that cannot be read, takes the import's country (reported)."""
    from contactos.importing.readers import read_bytes

    text = (
        "Nombre;País;Teléfono\n"
        "Ann Lee;USA;(415) 901-7000\n"
        "Jordi Puig;España;934 12 34 56\n"
        "José Núñez;;55 1234 5678\n"
        "Ana Ruiz;Narnia;33 3615 2233\n"
        "Lía Gil;México;33 3615 2233\n"
    )
    table = read_bytes(text.encode(), name="paises.csv")
    records, problems = normalize_rows(table, guess_mapping(table.headers), "MX")
    assert [r.phones for _, r in records] == [
        ["+14159017000"],
        ["+34934123456"],
        ["+525512345678"],
        ["+523336152233"],
        ["+523336152233"],
    ]
    assert [r.country for _, r in records][:2] == ["USA", "España"]  # as written
    assert problems == [
        {
            "line": 5,
            "problem": "Country 'Narnia' in column País is not a country we know; its phones "
            "were read as numbers of MX.",
        }
    ]


def test_a_negative_amount_is_kept_in_the_notes_not_as_the_value():
    record = normalize_row(
        Row(2, ["Ana", "-1.500,00"]), ["Nombre", "Monto"], {0: "full_name", 1: "value"}
    )
    assert record.value is None
    assert record.notes == "Monto: -1.500,00"
    assert record.problems == ["Amount '-1.500,00' in column Monto is negative; kept in the notes."]
    positive = normalize_row(
        Row(3, ["Luis", "1.500,00"]), ["Nombre", "Monto"], {0: "full_name", 1: "value"}
    )
    assert positive.value == Decimal("1500.00") and positive.problems == []


def test_normalize_rows_can_consume_the_table():
    from contactos.importing.readers import read_bytes

    table = read_bytes(b"Nombre;Correo\nAna;ana@x.mx\nLuis;correo malo\n", name="a.csv")
    mapping = guess_mapping(table.headers)
    kept, kept_problems = normalize_rows(table, mapping, "MX")
    assert len(table.rows) == 2  # the wizard normalises again when the mapping changes
    records, problems = normalize_rows(table, mapping, "MX", consume=True)
    assert table.rows == []
    assert [(line, r.first_name, r.emails) for line, r in records] == [
        (2, "Ana", ["ana@x.mx"]),
        (3, "Luis", []),
    ]
    assert problems == kept_problems and [p["line"] for p in problems] == [3]


def test_google_phone_types_say_which_number_is_the_mobile():
    """Google Contacts writes 'Phone N - Type' beside 'Phone N - Value': a Mobile (or a
    WhatsApp) type makes that number's kind, other types leave it a phone."""
    from contactos.importing.readers import read_bytes

    text = (
        "Name,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,"
        "Phone 3 - Type,Phone 3 - Value\n"
        "Ana Ruiz,Work,+52 55 8765 4321,* Mobile,+52 55 1234 5678,WhatsApp,+52 33 1111 2222\n"
    )
    table = read_bytes(text.encode(), name="google.csv")
    records, problems = normalize_rows(table, guess_mapping(table.headers), "MX")
    record = records[0][1]
    assert problems == []
    assert record.phones == ["+525587654321", "+525512345678", "+523311112222"]
    assert record.phone_kinds == ["phone", "mobile", "whatsapp"]
    assert "Type" not in record.notes  # (the type columns are read, not kept as notes)
