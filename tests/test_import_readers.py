"""Readers: every real-world fixture imports with the right people, plus generated files
for encodings, delimiters, title lines, footers, ragged rows, xlsx sheets and a fuzzer."""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactos.importing import readers
from contactos.importing.mapping import guess_mapping
from contactos.importing.readers import ReadError, read_file
from contactos.importing.values import normalize_rows


def read_csv_bytes(data: bytes, *, name: str = "lista.csv", **options) -> readers.Table:
    """`data` read as the file `name`, through read_file as the program reads it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return read_file(path, **options)


def normalize_table(table, mapping: dict[int, str], country: str = "MX") -> list:
    return [record for _, record in normalize_rows(table, mapping, country)[0]]


REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real"


def _records(relative: str, country: str):
    table = read_file(REAL / relative)
    mapping = table.preset_mapping or guess_mapping(table.headers)
    return table, normalize_table(table, mapping, country)


def _by_name(records):
    return {f"{r.first_name} {r.last_name}".strip() or r.company: r for r in records}


# --- Every real fixture -----------------------------------------------------------------

# Skipped on a developer's machine without them; under CI=true a missing folder fails
# (conftest turns every skip into a failure there).
real = pytest.mark.skipif(
    not REAL.is_dir(), reason=f"the shared real-world fixtures are not at {REAL}"
)

# file -> (country, kind, number of records, {name: (emails, phones, company)})
EXPECTED: dict[str, tuple[str, str, int, dict[str, tuple[list[str], list[str], str]]]] = {
    "akaunting/customers.xlsx": (
        "US",
        "xlsx",
        1,
        {"Test Customer": (["test@customer.com"], [], "")},
    ),
    "dolibarr/file_import_company_1.csv": (
        "FR",
        "csv",
        2,
        {
            "MyBigCompanyImport1": (
                ["test@mycompany.com"],
                ["+33101010101"],
                "MyBigCompanyImport1",
            ),
            "MyBigCompanyImport2": (
                ["test@mycompany2.com"],
                ["+33101010102"],
                "MyBigCompanyImport2",
            ),
        },
    ),
    "ez-vcard/John_Doe_ANDROID.vcf": (
        "US",
        "vcard",
        6,
        {"": (["john.doe@company.com"], [], "")},
    ),
    "ez-vcard/John_Doe_IPHONE.vcf": (
        "US",
        "vcard",
        1,
        {
            "John Richter James Doe": (
                ["john.doe@ibm.com"],
                ["+19056661234", "+19057771234", "+19052221234", "+19055551234"],
                "IBM",
            )
        },
    ),
    "ez-vcard/outlook-2007.vcf": (
        "US",
        "vcard",
        1,
        {"Michael Angstadt": (["mike.angstadt@gmail.com"], [], "TheCompany")},
    ),
    "messytables/spanish_chars.csv": ("MX", "csv", 114, {}),
    "roundcube/all.csv": (
        "US",
        "csv",
        1,
        {
            "First Name Middle Name Last Name": (
                ["home@example.com", "work@example.com", "other@example.com"],
                [],
                "Company",
            )
        },
    ),
    "roundcube/apple.vcf": ("CH", "vcard", 1, {"Apple Computer AG": ([], [], "Apple Computer AG")}),
    "roundcube/gmail.csv": (
        "US",
        "csv",
        1,
        {
            "Firstname Middle Lastname": (
                ["home@aaa.pl", "work@email.pl", "unknown@email.com", "other@email.com"],
                [],
                "company",
            )
        },
    ),
    "roundcube/tb_plain.csv": (
        "US",
        "csv",
        1,
        {"Firstname Lastname": (["test@domain.tld", "next@domain.tld"], [], "Organization")},
    ),
    "roundcube/thebat.vcf": (
        "PL",
        "vcard",
        1,
        {"Piotr Iksiñski": (["piotr.iksinski@somedomain.com"], [], "")},
    ),
    "roundcube/utf-16_sample.vcf": ("PE", "vcard", 1, {"Ǽgean ĽdaMonté": ([], [], "")}),
    "sugarcrm-ce/Bug45907Test.csv": (
        "US",
        "csv",
        3,
        {
            "Acme": ([], ["+12125555555"], "Acme"),
            "salesforce.com": ([], ["+14159017000"], "salesforce.com"),
            "Global Media": ([], ["+19055551212"], "Global Media"),
        },
    ),
    "sugarcrm-ce/TestCharset2.csv": ("CA", "csv", 11, {}),
    "thunderbird/csv_semicolon.csv": (
        "US",
        "csv",
        2,
        {"John Doe": (["john@doe.invalid"], [], ""), "Jane Doe": (["jane@doe.invalid"], [], "")},
    ),
    "thunderbird/dos_vcard_addressbook.vcf": (
        "US",
        "vcard",
        1,
        {"Name Surname": (["example@gmail.com"], [], "")},
    ),
    # contact1@invalid has no domain: kept in the notes, reported (see below).
    "thunderbird/export.csv": ("US", "csv", 2, {"contact one": ([], [], "")}),
    "thunderbird/shiftjis_addressbook.csv": ("JP", "csv", 1, {"権兵衛 名無し": ([], [], "")}),
    "thunderbird/utf16_addressbook.csv": (
        "US",
        "csv",
        1,
        {"John Doe": (["johndoe@host.invalid"], [], "")},
    ),
    "tine20/HerrFalkMuenchen.vcf": (
        "DE",
        "vcard",
        1,
        {"Falk München": (["falk.muenchoen@landtag.xyz.de"], ["+491719394461"], "")},
    ),
    "tine20/google_contacts.csv": (
        "DE",
        "csv",
        5,
        {
            "Ando family": ([], ["+49227913452"], ""),
            "axel gert": (["abc@here.de"], ["+4921234435"], ""),
        },
    ),
    "tine20/importtest_lxoffice2.csv": (
        "DE",
        "csv",
        6,
        {
            "Bruno Röhr": (
                [
                    "adr1l@googlemail.com",
                    "adr2l@googlemail.com",
                    "adr3l@googlemail.com",
                    "jr@schwimmbad-und-mehr.de",
                ],
                ["+491726508462"],
                "Gartencenter Röhr & Vater",
            ),
        },
    ),
    "tine20/importtest_outlook2013.csv": (
        "DE",
        "csv",
        2,
        {
            "Christian Baumann": (["c.baumann@unittest.de"], ["+49406432131550"], "unittest"),
            "Cornelius Weiß": (["c.weiss@unittest.de"], ["+49406432131545"], "unittest"),
        },
    ),
    "tine20/importtest_win1252.csv": (
        "DE",
        "csv",
        4,
        {
            "Peter Pan": (["peter.pan@ecologic.eu"], [], ""),
            "ÖzdemirÖ Üglü": (["oezdemir@ueglue.tu"], [], ""),
        },
    ),
    "tine20/mac_os_x_addressbook.vcf": (
        "DE",
        "vcard",
        1,
        {"Lars Kneschke": (["l.kneschke@metaways.de", "lars@kneschke.de"], [], "ORGANI,SATION")},
    ),
}


@real
def test_every_fixture_has_expectations():
    found = {
        str(p.relative_to(REAL))
        for p in REAL.rglob("*")
        if p.is_file() and p.suffix.lower() in (".csv", ".vcf", ".xlsx")
    }
    assert found == set(EXPECTED)


@real
@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_real_fixture(relative):
    country, kind, count, people = EXPECTED[relative]
    table, records = _records(relative, country)
    assert table.kind == kind
    assert len(records) == count
    by_name = _by_name(records)
    for name, (emails, phones, company) in people.items():
        if name:
            assert name in by_name, sorted(by_name)
            record = by_name[name]
        else:
            record = next(r for r in records if r.emails == emails)
        assert record.emails == emails
        assert record.phones == phones
        assert record.company == company
        assert record.rejected_reason is None


@real
def test_encodings_detected_on_real_files():
    expected = {
        "roundcube/all.csv": "utf-8-sig",
        "thunderbird/utf16_addressbook.csv": "utf-16-le",
        "roundcube/utf-16_sample.vcf": "utf-16-be",
        "thunderbird/shiftjis_addressbook.csv": "cp932",
        "tine20/importtest_win1252.csv": "cp1252",
        "tine20/importtest_outlook2013.csv": "cp1252",
        "sugarcrm-ce/TestCharset2.csv": "cp1252",
        "messytables/spanish_chars.csv": "cp1252",
        "tine20/google_contacts.csv": "utf-8",
    }
    for relative, encoding in expected.items():
        assert read_file(REAL / relative).encoding == encoding, relative


@real
def test_salesforce_footer_is_not_a_record():
    table = read_file(REAL / "sugarcrm-ce/Bug45907Test.csv")
    assert [row.line for row in table.rows] == [2, 3, 4]
    assert [line for line, reason in table.skipped if reason == "footer"] == [7, 8, 9, 10, 11]
    assert {reason for _, reason in table.skipped} == {"blank", "footer"}


@real
def test_german_outlook_maps_every_email_and_phone_column():
    table = read_file(REAL / "tine20/importtest_outlook2013.csv")
    mapping = guess_mapping(table.headers)
    named = {table.headers[i]: f for i, f in mapping.items()}
    for header in ("E-Mail-Adresse", "E-Mail 2: Adresse", "E-Mail 3: Adresse"):
        assert named[header] == "email"
    for header in (
        "Telefon geschäftlich",
        "Telefon geschäftlich 2",
        "Telefon (privat)",
        "Telefon (privat 2)",
        "Weiteres Telefon",
        "Haupttelefon",
        "Autotelefon",
        "Telefon Firma",
    ):
        assert named[header] == "phone", header
    assert named["Mobiltelefon"] == named["Mobiltelefon 2"] == "mobile"
    assert named["E-Mail-Typ"] == named["E-Mail: Angezeigter Name"] == "ignore"
    # Ragged rows: 92 header columns, 89 cells per row, padded.
    assert len(table.headers) == 92
    assert all(len(row.cells) == 92 for row in table.rows)
    # A quoted note that is only a line break: the second record starts on line 4.
    assert [row.line for row in table.rows] == [2, 4]


@real
def test_google_legacy_maps_every_email_and_phone_column():
    table = read_file(REAL / "roundcube/gmail.csv")
    mapping = guess_mapping(table.headers)
    named = {table.headers[i]: f for i, f in mapping.items()}
    for n in range(1, 5):
        assert named[f"E-mail {n} - Value"] == "email"
        assert named[f"E-mail {n} - Type"] == "ignore"
    for n in range(1, 8):
        assert named[f"Phone {n} - Value"] == "phone"
    assert named["Organization 1 - Name"] == "company"
    assert named["Organization 1 - Title"] == "job_title"
    assert named["Group Membership"] == "tags"
    record = normalize_table(table, mapping, "US")[0]
    assert record.job_title == "jobtitle"
    assert record.tags == ["Test"]
    assert record.notes.startswith('note"note')
    assert record.address.startswith("home_street")


@real
def test_thunderbird_quoted_cr_lf_and_tab_survive():
    table = read_file(REAL / "thunderbird/export.csv")
    cells = dict(zip(table.headers, table.rows[1].cells, strict=True))
    assert cells["Custom 1"] == "custom, 1"
    assert cells["Custom 2"] == "custom\t2"
    assert cells["Custom 3"] == "custom\r3"
    assert cells["Custom 4"] == "custom\n4"
    assert cells["Job Title"] == '"worker"'
    records = normalize_table(table, guess_mapping(table.headers), "US")
    assert "contact1@invalid" in records[0].notes
    assert any("contact1@invalid" in p for p in records[0].problems)


@real
def test_vcard_details():
    _, (card,) = _records("ez-vcard/outlook-2007.vcf", "US")
    assert "I assume it encodes this text inside a NOTE vCard type." in card.notes
    assert "\r" not in card.notes
    _, records = _records("ez-vcard/John_Doe_ANDROID.vcf", "US")
    assert any(r.last_name == "Ñ Ñ Ñ Ñ" for r in records)
    _, (mac,) = _records("tine20/mac_os_x_addressbook.vcf", "DE")
    assert "UN;IT" in mac.notes  # the department after ORG's escaped semicolon
    assert "Line Break and , and ; yeah!" in mac.notes
    assert any("+49 BUSINESS" in p for p in mac.problems)  # letters are not a number
    _, (falk,) = _records("tine20/HerrFalkMuenchen.vcf", "DE")
    assert falk.city == "Bad Vilbel"
    assert "Düsseldorf" in falk.notes  # the second address is kept
    assert "12212/1212" in falk.notes
    table = read_file(REAL / "roundcube/utf-16_sample.vcf")
    assert table.rows[0].cells[table.headers.index("full_name")] == "Ǽgean ĽdaMonté"
    assert table.preset_mapping == {i: h for i, h in enumerate(table.headers)}


@real
def test_lxoffice_three_emails_in_one_cell():
    table = read_file(REAL / "tine20/importtest_lxoffice2.csv")
    cell = table.rows[4].cells[table.headers.index("email")]
    assert cell.count("@") == 3
    records = normalize_table(table, guess_mapping(table.headers), "DE")
    assert records[4].emails[:3] == [
        "adr1l@googlemail.com",
        "adr2l@googlemail.com",
        "adr3l@googlemail.com",
    ]


@real
def test_xlsx_fixture_keeps_types_readable():
    table = read_file(REAL / "akaunting/customers.xlsx")
    assert table.sheets and table.sheet == table.sheets[0]
    assert table.headers[:2] == ["name", "email"]
    assert table.rows[0].line == 2


# --- Generated files: encodings and delimiters ------------------------------------------

SPANISH = "Nombre;Apellidos;Correo;Teléfono\nJosé;Núñez Peña;jose@ejemplo.mx;55 1234 5678\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + SPANISH.encode("utf-8"), "utf-8-sig"),
        (SPANISH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + SPANISH.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SPANISH.encode("utf-16-be"), "utf-16-be"),
        (SPANISH.encode("utf-16-le"), "utf-16-le"),
        (SPANISH.encode("utf-16-be"), "utf-16-be"),
        (SPANISH.encode("cp1252"), "cp1252"),
    ],
)
def test_encoding_detection(data, encoding):
    table = read_csv_bytes(data)
    assert table.encoding == encoding
    assert table.delimiter == ";"
    assert table.headers == ["Nombre", "Apellidos", "Correo", "Teléfono"]
    assert table.rows[0].cells[:2] == ["José", "Núñez Peña"]


def test_encoding_override_wins():
    data = SPANISH.encode("utf-8")
    table = read_csv_bytes(data, encoding="latin-1")
    assert table.encoding == "iso8859-1"
    assert table.rows[0].cells[0] == "JosÃ©"
    with pytest.raises(ReadError, match="not an encoding"):
        read_csv_bytes(data, encoding="klingon")


@pytest.mark.parametrize("encoding", ["rot13", "rot_13", "base64", "hex", "zlib", "bz2", "uu"])
def test_a_codec_that_is_not_a_text_encoding_is_refused(encoding):
    with pytest.raises(ReadError, match=f"'{encoding}' is not an encoding we know"):
        read_csv_bytes("Nombre;Tel\nJosé;55\n".encode("cp1252"), encoding=encoding)


@pytest.mark.parametrize("encoding", ["idna", "punycode", "undefined"])
def test_an_encoding_that_cannot_read_the_file_is_refused(encoding):
    with pytest.raises(ReadError, match=f"cannot be read as {encoding}: choose another"):
        read_csv_bytes("Nombre;Tel\nJosé;55\n".encode("cp1252"), name="l.csv", encoding=encoding)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_detection(delimiter):
    lines = [
        ["Empresa", "Contacto", "Monto", "Correo"],
        ["Ferretería López, S.A.", "Ana", "1.234,50", "ana@lopez.mx"],
        ["Abarrotes Mary", "María", "250", "mary@correo.mx"],
    ]
    text = "\n".join(
        delimiter.join(f'"{c}"' if delimiter in c or "," in c else c for c in row) for row in lines
    )
    table = read_csv_bytes(text.encode("cp1252"))
    assert table.delimiter == delimiter
    assert table.rows[0].cells == lines[1]


def test_delimiter_override_wins():
    table = read_csv_bytes(b"a;b,c\n1;2,3\n", delimiter=",")
    assert table.delimiter == ","
    assert table.headers == ["a;b", "c"]
    table = read_csv_bytes(b"a\tb\n1\t2\n", delimiter="tab")
    assert table.headers == ["a", "b"]
    with pytest.raises(ReadError):
        read_csv_bytes(b"a,b\n", delimiter=";;")


def test_title_lines_above_the_header_and_blank_rows():
    text = (
        "Reporte de clientes - Distribuidora del Norte\n"
        "Generado el 01/02/2024;;;\n"
        ";;;\n"
        "Nombre;Empresa;Teléfono;Correo\n"
        "Ana Pérez;Abarrotes Ana;(55) 1234-5678;ana@x.mx\n"
        ";;;\n"
        "Luis Gómez;Ferre Luis;044 55 8765 4321;luis@x.mx\n"
    )
    table = read_csv_bytes(text.encode("utf-8"))
    assert table.header_row == 3
    assert table.headers == ["Nombre", "Empresa", "Teléfono", "Correo"]
    assert [row.line for row in table.rows] == [5, 7]
    assert table.skipped == [(1, "title"), (2, "title"), (3, "blank"), (6, "blank")]
    table = read_csv_bytes(text.encode("utf-8"), header_row=4)
    assert table.headers[0] == "Ana Pérez"
    with pytest.raises(ReadError):
        read_csv_bytes(text.encode("utf-8"), header_row=99)


def test_ragged_rows_are_padded_and_extra_cells_kept():
    table = read_csv_bytes(b"a,b,c\n1\n1,2,3,4\n")
    assert table.headers == ["a", "b", "c", ""]
    assert table.rows[0].cells == ["1", "", "", ""]
    assert table.rows[1].cells == ["1", "2", "3", "4"]


def test_quoted_newlines_and_line_numbers():
    data = b'Nombre,Notas\r\n"Ana","linea 1\r\nlinea 2\rlinea 3"\r\nLuis,ok\r\n'
    table = read_csv_bytes(data)
    assert table.rows[0].cells[1] == "linea 1\r\nlinea 2\rlinea 3"
    assert [row.line for row in table.rows] == [2, 5]


def test_bare_cr_line_endings():
    table = read_csv_bytes(b"Nombre,Correo\rAna,ana@x.mx\rLuis,luis@x.mx\r")
    assert [row.cells[0] for row in table.rows] == ["Ana", "Luis"]


@pytest.mark.parametrize(
    "data",
    [b"", b"   \r\n\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE],
)
def test_empty_files(data, tmp_path):
    path = tmp_path / "vacio.csv"
    path.write_bytes(data)
    with pytest.raises(ReadError, match="vacio.csv is empty"):
        read_file(path)


def test_binary_and_broken_files(tmp_path):
    path = tmp_path / "foto.csv"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(ReadError, match="not a CSV, Excel or vCard"):
        read_file(path)
    path = tmp_path / "roto.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a zip")
    with pytest.raises(ReadError, match="not a CSV, Excel or vCard"):
        read_file(path)
    path = tmp_path / "viejo.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ReadError, match="old Excel"):
        read_file(path)
    with pytest.raises(ReadError, match="cannot be opened"):
        read_file(tmp_path / "no-existe.csv")


# --- xlsx -------------------------------------------------------------------------------


def test_xlsx_two_sheets(tmp_path):
    import datetime as dt

    from openpyxl import Workbook

    workbook = Workbook()
    first = workbook.active
    first.title = "Resumen"
    first.append(["Reporte mensual"])
    first.append([])
    first.append(["Nombre", "Celular", "Monto", "Fecha", "Alta"])
    first.append(["Ana Pérez", 5512345678, 1234.5, dt.datetime(2024, 3, 1), 45231])
    first.append(["Luis", "044 55 8765 4321", 0.1 + 0.2, dt.date(2024, 1, 2), None])
    second = workbook.create_sheet("Clientes")
    second.append(["Empresa", "Correo"])
    second.append(["Abarrotes Ana", "ANA@X.MX "])
    path = tmp_path / "libro.xlsx"
    workbook.save(path)

    table = read_file(path)
    assert table.kind == "xlsx"
    assert table.sheets == ["Resumen", "Clientes"]
    assert table.sheet == "Resumen"
    assert table.header_row == 2
    assert table.headers == ["Nombre", "Celular", "Monto", "Fecha", "Alta"]
    assert table.rows[0].line == 4
    assert table.rows[0].cells == ["Ana Pérez", "5512345678", "1234.5", "2024-03-01", "45231"]
    assert table.rows[1].cells[2] == "0.3"
    assert table.skipped == [(1, "title"), (2, "blank")]

    other = read_file(path, sheet="Clientes")
    assert other.sheet == "Clientes"
    assert other.rows[0].cells == ["Abarrotes Ana", "ANA@X.MX "]
    with pytest.raises(ReadError, match="The sheet Ventas is not in libro.xlsx") as refused:
        read_file(path, sheet="Ventas")
    assert refused.value.message.endswith("its sheets are: " + ", ".join(table.sheets) + ".")


# --- Totals rows --------------------------------------------------------------------------


def test_a_workbook_with_a_title_block_and_a_totals_row(tmp_path):
    """The title lines and the TOTAL row under the data are left out and said; the rows'
    own formulas keep the results the workbook holds; the € of the amounts' number
    format names their currency."""
    from messy_files import SPANISH_PEOPLE, UNIT_PRICE, spanish_workbook

    table = read_file(spanish_workbook(tmp_path / "clientes.xlsx"))
    assert table.header_row == 4
    assert [row.cells[0] for row in table.rows] == [p[0] for p in SPANISH_PEOPLE]
    amount = table.headers.index("Importe previsto (€)")
    assert [row.cells[amount] for row in table.rows] == [
        format(p[6] * UNIT_PRICE, "f").rstrip("0").rstrip(".") for p in SPANISH_PEOPLE
    ]
    assert table.currencies == {amount: "EUR"}
    total_line = table.rows[-1].line + 1
    assert (total_line, "total") in table.skipped
    assert readers.left_out(table) == [
        {
            "line": 1,
            "reason": "a title above the header: Distribuidora Ibérica de Suministros, S.L.",
        },
        {
            "line": 2,
            "reason": "a title above the header: Listado de clientes potenciales — marzo de 2026",
        },
        {"line": 3, "reason": "a title above the header: Fecha: 02/03/2026"},
        {"line": total_line, "reason": "a totals row: TOTAL · 24 · 2962.8"},
    ]


@pytest.mark.parametrize(
    "row",
    [
        "TOTAL;;;36.000,00",
        "Total:;;;36.000,00",
        "Totales;;;36.000,00",
        "Suma;;;36.000,00",
        ";;Subtotal Jalisco;36.000,00",
        "Gran total;;;36.000,00",
        "TOTAL;;;",
    ],
)
def test_totals_rows_are_left_out_of_a_csv(row):
    text = f"Nombre;Empresa;Correo;Monto\nAna Ruiz;Textiles Ruiz;ana@ruiz.mx;12.000,00\n{row}\n"
    table = read_csv_bytes(text.encode(), name="lista.csv")
    assert [r.cells[0] for r in table.rows] == ["Ana Ruiz"]
    assert table.skipped == [(3, "total")]


@pytest.mark.parametrize(
    "row",
    [
        "Total Play;Total Play;ventas@totalplay.mx;1.200,00",  # a company called Total
        "Suma Consultores;;;500",
        "Total;Ferretería;;500",  # a label beside words is not a sum
        "Subtotal;;juan@x.mx;500",
    ],
)
def test_rows_that_only_look_like_totals_are_kept(row):
    text = f"Nombre;Empresa;Correo;Monto\nAna Ruiz;Textiles Ruiz;ana@ruiz.mx;12.000,00\n{row}\n"
    table = read_csv_bytes(text.encode(), name="lista.csv")
    assert len(table.rows) == 2 and table.skipped == []


# --- Limits: hostile and oversized files --------------------------------------------------


def _bomb(path: Path, megabytes: int) -> Path:
    """A workbook whose one sheet is a few kilobytes packed and `megabytes` unpacked."""
    import zipfile

    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = row * (1024 * 1024 // len(row))
            for _ in range(megabytes):
                sheet.write(block)
    return path


def test_a_workbook_that_unpacks_far_beyond_its_size_is_refused_unread(tmp_path, monkeypatch):
    import time

    import openpyxl

    path = _bomb(tmp_path / "bomba.xlsx", 300)
    assert path.stat().st_size < 2 * 1024 * 1024
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("parsed"))
    started = time.monotonic()
    with pytest.raises(ReadError) as refused:
        read_file(path)
    assert time.monotonic() - started < 5
    assert refused.value.template == readers.TOO_LARGE_UNPACKED
    assert refused.value.message.startswith("The workbook bomba.xlsx unpacks to 300 MB of data")


def test_a_part_that_unpacks_a_hundred_times_its_size_is_refused(tmp_path):
    path = _bomb(tmp_path / "bomba.xlsx", readers.RATIO_FROM_MB + 5)
    with pytest.raises(ReadError) as refused:
        read_file(path)
    assert refused.value.template == readers.TOO_PACKED
    assert refused.value.message.startswith("The workbook bomba.xlsx packs 25 MB of data into 0.")


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_MB", 1)
    path = tmp_path / "enorme.csv"
    path.write_bytes(b"Nombre;Correo\n" + b"Ana;ana@x.mx\n" * 100_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read"))
    with pytest.raises(ReadError) as refused:
        read_file(path)
    assert refused.value.message.startswith("The file enorme.csv is 1.2 MB; Contactos reads")
    assert "Split the list into smaller files" in refused.value.message


@pytest.mark.parametrize("kind", ["csv", "xlsx", "vcf"])
def test_a_list_over_the_row_limit_is_refused_with_how_to_split_it(tmp_path, monkeypatch, kind):
    from openpyxl import Workbook

    monkeypatch.setattr(readers, "MAX_ROWS", 50)
    monkeypatch.setattr(readers, "_SPARE_LINES", 5)
    path = tmp_path / f"lista.{kind}"
    rows = [[f"Persona {n}", f"p{n}@x.mx"] for n in range(60)]
    if kind == "csv":
        path.write_text("\n".join(";".join(r) for r in [["Nombre", "Correo"], *rows]))
    elif kind == "vcf":
        path.write_text("".join(f"BEGIN:VCARD\nFN:{n}\nEMAIL:{e}\nEND:VCARD\n" for n, e in rows))
    else:
        book = Workbook()
        book.active.append(["Nombre", "Correo"])
        for row in rows:
            book.active.append(row)
        book.save(path)
    with pytest.raises(ReadError) as refused:
        read_file(path)
    assert refused.value.template == readers.TOO_MANY_ROWS
    assert refused.value.message.startswith(f"The file lista.{kind} has more than 50 rows.")
    # At the limit, the list is read.
    monkeypatch.setattr(readers, "MAX_ROWS", 60)
    assert len(read_file(path).rows) == 60


def test_formatted_empty_rows_below_the_data_are_not_rows(tmp_path, monkeypatch):
    from openpyxl import Workbook

    monkeypatch.setattr(readers, "MAX_ROWS", 50)
    monkeypatch.setattr(readers, "_SPARE_LINES", 5)
    book = Workbook()
    book.active.append(["Nombre", "Correo"])
    book.active.append(["Ana", "ana@x.mx"])
    for number in range(3, 400):  # (whole columns formatted, as people do)
        book.active.cell(row=number, column=1).number_format = "@"
        book.active.cell(row=number, column=1).value = None
    path = tmp_path / "formato.xlsx"
    book.save(path)
    table = read_file(path)
    assert [row.cells for row in table.rows] == [["Ana", "ana@x.mx"]]


# --- Fuzzing ----------------------------------------------------------------------------


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_fuzz_arbitrary_bytes(data):
    """Any bytes either read as a table, or are refused as empty (no visible cell) or as
    binary data (mostly control characters): never with another error."""
    try:
        table = read_csv_bytes(data, name="x.csv")
    except ReadError as exc:
        _assert_refused_rightly(exc, data)
    else:
        assert all(len(row.cells) == len(table.headers) for row in table.rows)
        assert not _blank(data)


def _assert_refused_rightly(exc: ReadError, data: bytes) -> None:
    """The only refusals a CSV reader may give content it can decode: empty (no visible
    cell, once decoded as the reader decodes it), or binary data (control characters).
    Content that begins as a workbook or a vCard is read as one, and refused as one."""
    assert exc.params["name"] == "x.csv"
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return
    text, _ = readers.decode(data)
    if text.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCARD"):
        return
    if exc.template == readers.EMPTY:
        assert _blank(data), data
    else:
        assert exc.template == readers.UNREADABLE, exc.template
        assert exc.params["detail"] == readers.BINARY
        text, _ = readers.decode(data)
        assert sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n") > 3, text


def _blank(data: bytes) -> bool:
    """Whether `data`, decoded as the reader decodes it, holds no visible cell."""
    import csv
    import io

    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        return True  # (nothing but spaces, NULs and pieces of byte-order marks)
    text, _ = readers.decode(data)
    text = text.lstrip("\ufeff").replace("\x00", "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=readers.sniff_delimiter(text))
    return not any(cell.strip() for cells in reader for cell in cells)


cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12
) | st.sampled_from(["", '"', '""', "a,b", "x;y", "línea\nnueva", "\r", "ñ", "€", "@"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(cell_text, min_size=1, max_size=6), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    quote_all=st.booleans(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]),
    line_end=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_fuzz_generated_csv(rows, delimiter, quote_all, encoding, line_end):
    def quote(cell: str) -> str:
        if quote_all or any(c in cell for c in (delimiter, '"', "\n", "\r")):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    text = line_end.join(delimiter.join(quote(c) for c in row) for row in rows)
    data = text.encode(encoding, errors="replace")
    try:
        table = read_csv_bytes(data, name="x.csv")
    except ReadError as exc:
        # A well-formed CSV is refused only when it holds nothing, or is mostly control
        # characters (what a binary file looks like).
        _assert_refused_rightly(exc, data)
        if exc.template == readers.EMPTY and len(data) > 8:  # (a few bytes read many ways)
            assert not any(cell.strip() for row in rows for cell in row), rows
    else:
        assert all(len(row.cells) == len(table.headers) for row in table.rows)
        assert table.encoding
