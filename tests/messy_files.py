"""Files as distributors send them, made for the tests: a Spanish workbook with a title
block, per-row formulas and a totals row, and a distributor list whose people share
companies and nearly share names."""

from __future__ import annotations

import datetime as dt
import random
import re
import zipfile
from decimal import Decimal
from pathlib import Path

SPANISH_PEOPLE = [
    # first name, last name, company, phone, e-mail, province, units
    ("Jordi", "Puig Serra", "Ferretería Puig", "612 345 678", "jordi@puig.es", "Barcelona", 4),
    ("Marta", "Vila Roca", "Suministros Vila", "+34 934 12 34 56", "marta@vila.es", "Girona", 10),
    ("Íñigo", "Zubizarreta", "Talleres Zubi", "943 11 22 33", "inigo@zubi.eus", "Gipuzkoa", 1),
    ("Lucía", "Gómez Peña", "Hostelería Gómez", "655 44 33 22", "lucia@gomez.es", "Madrid", 7),
    ("Ann", "Lee", "Lee Imports", "(415) 901-7000", "ann@leeimports.com", "California", 2),
]
UNIT_PRICE = Decimal("123.45")  # what the workbook's formula multiplies the units by


def with_cached_values(path: Path, sheet: str, values: dict[str, object]) -> None:
    """Give the formula cells of a workbook openpyxl wrote the results a spreadsheet
    program would have kept with them (openpyxl writes formulas without results)."""
    member = f"xl/worksheets/{sheet}.xml"
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts[member].decode("utf-8")

    def cached(match: re.Match[str]) -> str:
        reference = match.group(1)
        if reference not in values:
            return match.group(0)
        formula, value = match.group(3), values[reference]
        return f'<c r="{reference}"{match.group(2)}><f>{formula}</f><v>{value}</v></c>'

    xml = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>', cached, xml)
    parts[member] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def spanish_workbook(path: Path, people=SPANISH_PEOPLE) -> Path:
    """A Spanish distributor's workbook: three title lines and a blank one above the
    header, an amount column in euros computed by a formula on each row (with its
    result kept, as Excel keeps it), a 'Fecha de alta' column, and a TOTAL row of sums
    under the data."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Clientes"
    sheet["A1"] = "Distribuidora Ibérica de Suministros, S.L."
    sheet["A2"] = "Listado de clientes potenciales — marzo de 2026"
    sheet["A3"] = "Fecha: 02/03/2026"
    header = [
        "Nombre",
        "Apellidos",
        "Empresa",
        "Teléfono",
        "Correo electrónico",
        "Provincia",
        "Unidades",
        "Importe previsto (€)",
        "Fecha de alta",
    ]
    sheet.append([])
    sheet.append(header)
    first = sheet.max_row + 1
    cached: dict[str, object] = {}
    for offset, (name, last, company, phone, email, region, units) in enumerate(people):
        row = first + offset
        sheet.append([name, last, company, phone, email, region, units, f"=G{row}*{UNIT_PRICE}"])
        sheet.cell(row=row, column=9, value=dt.date(2026, 1, 10 + offset))
        sheet.cell(row=row, column=8).number_format = '#,##0.00 "€"'
        cached[f"H{row}"] = float(units * UNIT_PRICE)
    last_row = first + len(people) - 1
    total = last_row + 1
    sheet.cell(row=total, column=1, value="TOTAL")
    sheet.cell(row=total, column=7, value=f"=SUM(G{first}:G{last_row})")
    sheet.cell(row=total, column=8, value=f"=SUM(H{first}:H{last_row})")
    sheet.cell(row=total, column=8).number_format = '#,##0.00 "€"'
    cached[f"G{total}"] = sum(p[6] for p in people)
    cached[f"H{total}"] = float(sum(p[6] * UNIT_PRICE for p in people))
    book.save(path)
    with_cached_values(path, "sheet1", cached)
    return path


# --- A distributor list with near-namesakes ----------------------------------------------

_FIRST = ["José", "Juan", "Ana", "María", "Luis", "Carmen", "Jorge", "Laura", "Miguel", "Rosa"]
_LAST = ["García", "Hernández", "López", "Martínez", "González", "Pérez", "Rodríguez", "Ruiz"]
_COMPANIES = ["Ferretería El Águila", "Textiles Ruiz", "Materiales del Bajío", "Grupo Norteño"]


def near_namesakes(count: int = 300, seed: int = 8) -> tuple[str, list[tuple[str, str, str]]]:
    """A semicolon CSV (cp1252-safe) of `count` different people at a few companies, many
    of them with nearly the same name as a colleague ('Ana María Ruiz' beside 'Ana Ruiz',
    'José Luis García' beside 'José García'), every one with their own e-mail and phone.
    Returns the text and the (name, e-mail, phone) of every person."""
    rng = random.Random(seed)
    lines = ["Nombre;Empresa;Correo;Teléfono;Ciudad"]
    people: list[tuple[str, str, str]] = []
    for number in range(count):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        if number % 3 == 1:  # a colleague's name with a middle name added
            first = f"{first} {rng.choice(_FIRST)}"
        name = f"{first} {last}"
        email = f"persona{number}@ejemplo.mx"
        phone = f"33 {3000 + number:04d} {rng.randint(1000, 9999)}"
        company = _COMPANIES[number % len(_COMPANIES)]
        lines.append(f"{name};{company};{email};{phone};Guadalajara")
        people.append((name, email, phone))
    return "\r\n".join(lines) + "\r\n", people
