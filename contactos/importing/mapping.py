"""Which column holds which contact field: guessed from the header, corrected by the agent.

Headers come in Spanish and English (and German, from Outlook), from Google Contacts,
Outlook, Thunderbird and ERPs, with accents, punctuation and "(table.field)" decorations.
The guess only has to be right often enough that the agent rarely corrects it; what the
agent corrects is remembered per source and reused for the next file of the same layout.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError

# The target fields, in the order the wizard lists them, with their translatable labels.
FIELDS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Import", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Import", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("Import", "Full name"),
    "company": QT_TRANSLATE_NOOP("Import", "Company"),
    "job_title": QT_TRANSLATE_NOOP("Import", "Job title"),
    "email": QT_TRANSLATE_NOOP("Import", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Import", "Mobile"),
    "whatsapp": QT_TRANSLATE_NOOP("Import", "WhatsApp"),
    "address": QT_TRANSLATE_NOOP("Import", "Address"),
    "street": QT_TRANSLATE_NOOP("Import", "Street"),
    "city": QT_TRANSLATE_NOOP("Import", "City"),
    "region": QT_TRANSLATE_NOOP("Import", "State or province"),
    "postal_code": QT_TRANSLATE_NOOP("Import", "Postal code"),
    "country": QT_TRANSLATE_NOOP("Import", "Country"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "tags": QT_TRANSLATE_NOOP("Import", "Tags"),
    "value": QT_TRANSLATE_NOOP("Import", "Amount"),
    "lead_title": QT_TRANSLATE_NOOP("Import", "Lead title"),
    "received_date": QT_TRANSLATE_NOOP("Import", "Date received"),
    "ignore": QT_TRANSLATE_NOOP("Import", "Do not import"),
}

# Fields several columns may feed (every e-mail and phone column of an export).
ADDRESS_FIELDS = frozenset({"address", "street", "city", "region", "postal_code", "country"})

_DECORATION = re.compile(r"\(\s*[A-Za-z_]+\.[A-Za-z_0-9]+\s*\)")


@lru_cache(maxsize=4096)
def normalize_header(text: str) -> str:
    """Lower case, no accents or punctuation, digits apart: 'E-Mail 2: Adresse' ->
    'e mail 2 adresse', 'Name* (s.name)' -> 'name'."""
    text = _DECORATION.sub(" ", text or "")
    text = text.replace("ß", "ss").replace("ẞ", "ss")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


# Whole headers, after normalize_header.
_EXACT: dict[str, str] = {
    # names
    "name": "full_name",
    "full name": "full_name",
    "fullname": "full_name",
    "display name": "full_name",
    "nombre completo": "full_name",
    "nombre y apellidos": "full_name",
    "nombre y apellido": "full_name",
    "nombre del contacto": "full_name",
    "contacto": "full_name",
    "contact": "full_name",
    "contact name": "full_name",
    "nombre para mostrar": "full_name",
    "nombre": "first_name",
    "nombres": "first_name",
    "nombre s": "first_name",
    "primer nombre": "first_name",
    "segundo nombre": "first_name",
    "first name": "first_name",
    "firstname": "first_name",
    "first": "first_name",
    "given name": "first_name",
    "givenname": "first_name",
    "middle name": "first_name",
    "additional name": "first_name",
    "vorname": "first_name",
    "weitere vornamen": "first_name",
    "cp givenname": "first_name",
    "apellido": "last_name",
    "apellidos": "last_name",
    "apellido s": "last_name",
    "apellido paterno": "last_name",
    "apellido materno": "last_name",
    "primer apellido": "last_name",
    "segundo apellido": "last_name",
    "last name": "last_name",
    "lastname": "last_name",
    "last": "last_name",
    "surname": "last_name",
    "family name": "last_name",
    "nachname": "last_name",
    "cp name": "last_name",
    # junk columns of the known exports
    "title": "job_title",  # courtesy title when there is also a job title: see below
    "cp title": "ignore",
    "cp greeting": "ignore",
    "titel": "ignore",
    "privat": "ignore",
    "private": "ignore",
    "account": "ignore",
    "konto": "ignore",
    "location": "ignore",
    "office location": "ignore",
    "buro": "ignore",
    "subject": "ignore",
    "occupation": "ignore",
    "profession": "ignore",
    "beruf": "ignore",
    "hobby": "ignore",
    "enabled": "ignore",
    "currency code": "ignore",
    "status": "ignore",
    "ort": "city",
    "cp": "postal_code",
    "c p": "postal_code",
}

# Searched in order in the normalised header; the first that matches decides.
# A column that is notes by name (Notas, Comentarios...), after normalize_header.
NOTES_HEADER = (
    r"\b(notes?|notas?|comentarios?|observaciones?|notizen|bemerkungen?|description|"
    r"descripcion|remarks|memo|comments?)\b"
)
_RULES: list[tuple[str, str]] = [
    (
        r"\b(type|typ|label|tipo|yomi|phonetic|fax|telefax|telex|po box|pobox|postfach|"
        r"apartado|prefix|suffix|sufijo|tratamiento|anrede|greeting|saludo|nickname|"
        r"spitzname|apodo|initials|initialen|gender|geschlecht|sexo|genero|birthday|"
        r"birth|geburtstag|cumpleanos|nacimiento|anniversary|jahrestag|aniversario|spouse|"
        r"partner|children|kinder|sensitivity|vertraulichkeit|priority|prioritat|mileage|"
        r"reisekilometer|billing information|abrechnungsinformation|directory server|"
        r"verzeichnisserver|free busy|frei gebucht|user \d|benutzer \d|screen name|im|"
        r"imaddress|aim|icq|jabber|msn|skype|yahoo|relation|event|photo|file as|"
        r"maiden name|short name|manager s name|vorgesetzten|assistant s name|"
        r"assistent in|referred by|empfohlen von|government id|sozialversicherungsnr|"
        r"organizational id|organisationsnr|language|sprache|keywords|stichworter|"
        r"formatted|internet|symbol|job description|location)\b",
        "ignore",
    ),
    (r"(e ?mail|correo).*(display|angezeigt|mostrar)", "ignore"),
    (r"(display|angezeigt|mostrar).*(e ?mail|correo)", "ignore"),
    (r"\b(e ?mail|mail|correo|courriel|correo electronico)\b", "email"),
    (r"\b(whats ?app|wa|wapp)\b", "whatsapp"),
    (r"\b(mobile?|mobil|mobiltelefon|movil|celular|cel|cell|cellphone|handy)\b", "mobile"),
    (
        r"\b(phone|telephone|telefon|telefono|tel|telf|tlf|fono|callback|ruckmeldung|"
        r"autotelefon|haupttelefon|isdn|pager|beeper|tty|rufnummer|lada)\b",
        "phone",
    ),
    (
        r"\b(codigo postal|cod postal|c p|postal|zip|zipcode|postleitzahl|plz|postcode)\b",
        "postal_code",
    ),
    (r"\b(country|pais|land|nation|nacion)\b", "country"),
    (
        r"\b(state|province|provincia|estado|region|bundesland|kanton|entidad|"
        r"entidad federativa)\b",
        "region",
    ),
    (
        r"\b(city|ciudad|municipio|localidad|poblacion|town|ort|ville|delegacion|alcaldia|"
        r"locality|stadt|weiterer ort)\b",
        "city",
    ),
    (
        r"\b(street|calle|strasse|colonia|col|numero|num|no ext|extended address|"
        r"address 2|address 3|street 2|street 3)\b",
        "street",
    ),
    (r"\b(address|direccion|domicilio|adresse|anschrift|ubicacion)\b", "address"),
    (
        r"\b(department|departamento|abteilung|website|web|url|homepage|sitio web|"
        r"webseite|web page|custom|custom field)\b",
        "notes",
    ),
    (
        r"\b(job title|puesto|cargo|position|title|occupation|job|rol|role|funcion|"
        r"jobtitle)\b",
        "job_title",
    ),
    (
        r"\b(empresa|compania|company|organization|organisation|organizacion|firma|"
        r"razon social|negocio|business name|account name|nombre comercial|cliente|"
        r"customer name|comercio|tienda|establecimiento|institucion)\b",
        "company",
    ),
    (NOTES_HEADER, "notes"),
    (
        r"\b(tags?|etiquetas?|labels|categories|categorias?|kategorien|group membership|"
        r"grupos?|groups?|segmento)\b",
        "tags",
    ),
    (
        r"\b(valor|monto|importe|amount|value|total|presupuesto|budget|precio|price|"
        r"venta)\b",
        "value",
    ),
    (
        r"\b(producto|product|asunto|oportunidad|opportunity|interes|servicio|proyecto|"
        r"project|deal)\b",
        "lead_title",
    ),
    (
        r"\b(fecha|date|created|creado|alta|registro|received|recibido|datecreation)\b",
        "received_date",
    ),
    (
        r"\b(department|departamento|abteilung|website|web|url|homepage|sitio|webseite|"
        r"page|rfc|tax|vat|nif|cif|tva|curp|custom|customernumber|numero de cliente|"
        r"referencia|reference)\b",
        "notes",
    ),
]
_COMPILED = [(re.compile(pattern), target) for pattern, target in _RULES]


def guess_field(header: str) -> str:
    """The field one header most likely holds ('ignore' when we cannot tell)."""
    norm = normalize_header(header)
    if not norm:
        return "ignore"
    if re.search(r"\(\s*s\.(name|nom)\s*\)", header or ""):
        return "company"  # Dolibarr third parties: s.name is the company
    if norm in _EXACT:
        return _EXACT[norm]
    for pattern, target in _COMPILED:
        if pattern.search(norm):
            return target
    return "ignore"


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """A field for every column, from the header text and the other headers around it."""
    norms = [normalize_header(h) for h in headers]
    mapping = {i: guess_field(h) for i, h in enumerate(headers)}
    fields = list(mapping.values())
    if "customernumber" in norms:  # LX-Office: `name` is the customer, a company
        for i, norm in enumerate(norms):
            if norm == "name":
                mapping[i] = "company"
    if fields.count("job_title") > 1:  # Outlook's Title is Mr./Sra.
        for i, norm in enumerate(norms):
            if norm == "title":
                mapping[i] = "ignore"
    if "last_name" not in fields and "full_name" not in fields:
        # 'Nombre' alone in a sales list is usually the whole name.
        for i, norm in enumerate(norms):
            if norm in ("nombre", "nombres", "nombre s") and mapping[i] == "first_name":
                mapping[i] = "full_name"
    return mapping


def address_group(header: str) -> str:
    """Which address a column belongs to (work, home, other, 'address 2'...), so that a
    contact does not get the street of one address and the city of another."""
    norm = normalize_header(header)
    numbered = re.search(r"\baddress (\d+)\b", norm)
    if numbered and not re.search(r"\b(home|work|other) address\b", norm):
        return "address " + numbered.group(1)
    if re.search(r"\b(business|work|geschaftlich|trabajo|oficina|billing|empresa)\b", norm):
        return "work"
    if re.search(r"\b(home|privat|particular|casa|personal|residencia)\b", norm):
        return "home"
    if re.search(r"\b(other|weitere|weiterer|weiteres|otro|otra|shipping|envio)\b", norm):
        return "other"
    return ""


# --- Remembered mappings ----------------------------------------------------------------


def _layout_key(headers: list[str]) -> str:
    return "\u241f".join(normalize_header(h) for h in headers)


def _setting_key(source_id: object) -> str:
    return f"import_mapping:{source_id}"


def _load(source_id: object) -> dict[str, dict[str, str]]:
    from contactos.models import Setting

    row = Setting.get_or_none(Setting.key == _setting_key(source_id))
    if row is None:
        return {}
    try:
        data = json.loads(row.value)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def remember_mapping(source_id: object, headers: list[str], mapping: dict[int, str]) -> None:
    """Keep the agent's mapping for files of this layout from this source."""
    from contactos.models import Setting

    layouts = _load(source_id)
    layouts[_layout_key(headers)] = {str(i): f for i, f in mapping.items() if f in FIELDS}
    Setting.replace(
        key=_setting_key(source_id), value=json.dumps(layouts, ensure_ascii=False)
    ).execute()


def recall_mapping(source_id: object, headers: list[str]) -> dict[int, str] | None:
    """The mapping remembered for this source and layout, or None."""
    stored = _load(source_id).get(_layout_key(headers))
    if not isinstance(stored, dict):
        return None
    mapping: dict[int, str] = {}
    for key, field in stored.items():
        if str(key).isdigit() and int(key) < len(headers) and field in FIELDS:
            mapping[int(key)] = field
    for i in range(len(headers)):
        mapping.setdefault(i, "ignore")
    return mapping


# --- The mapping an import starts from --------------------------------------------------


@dataclass(frozen=True, slots=True)
class MappingChoice:
    """The mapping an import starts from, and where it comes from: ``"file"`` (the file
    names its fields itself: vCards), ``"source"`` (as the person matched them for the
    last file of this layout from `source`) or ``"guess"`` (from the column names)."""

    mapping: dict[int, str]
    origin: str
    source: str = ""


def choose_mapping(table, source=None) -> MappingChoice:
    """The one way the command line and the wizard choose a file's mapping: the file's
    own (a known export format), else the one remembered for `source` (a Source row, or
    None) and this layout, else the guess from the headers."""
    if table.preset_mapping:
        return MappingChoice(dict(table.preset_mapping), "file")
    if source is not None:
        remembered = recall_mapping(source.id, table.headers)
        if remembered:
            return MappingChoice(dict(remembered), "source", source.name)
    return MappingChoice(dict(guess_mapping(table.headers)), "guess")


class MappingError(TranslatableError):
    context = "Import"


def apply_overrides(
    headers: list[str], mapping: dict[int, str], items: list[str]
) -> dict[int, str]:
    """`mapping` with the person's COLUMN=FIELD corrections (a column by its header, in
    any case, or by its number from 1); MappingError for one that cannot be followed."""
    result = dict(mapping)
    folded = [h.strip().casefold() for h in headers]
    for item in items:
        column, sep, field = item.partition("=")
        column, field = column.strip(), field.strip()
        if not sep or field not in FIELDS:
            raise MappingError(
                QT_TRANSLATE_NOOP(
                    "Import", "'{item}' is not COLUMN=FIELD; the fields are: {fields}."
                ),
                item=item,
                fields=", ".join(FIELDS),
            )
        if column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        elif column.casefold() in folded:
            index = folded.index(column.casefold())
        else:
            raise MappingError(
                QT_TRANSLATE_NOOP("Import", "There is no column '{column}' in this file."),
                column=column,
            )
        result[index] = field
    return result
