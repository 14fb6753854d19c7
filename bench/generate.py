"""A synthetic but realistic Contactos database for the benchmarks.

`generate(data_dir)` creates (or reuses) a database of 100,000 contacts, 30,000 leads and
300,000 activities through the program's own session opening (migrations, default stages,
search index), filling the tables with bulk `executemany` inserts on the program's
connection, in the formats peewee itself writes (datetimes as ``YYYY-MM-DD HH:MM:SS``,
dates as ``YYYY-MM-DD``, booleans as 0/1).

The data is consistent with the follow-up rules: every open lead has a dated next action,
`first_contact_at` is the first contact-kind activity logged on the lead (NULL for the
unattended ones), `last_activity_at` the last thing logged, won and lost leads have their
Closing, won leads a planned re-order call. Dates are relative to the moment of
generation, which is stored in the marker file (`bench.json`) beside the database so that
a benchmark run on a later day can still ask for the queue "as of" that moment.

Run it alone with ``uv run python -m bench.generate [--data-dir DIR] [--force]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import logging
import random
import time
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from contactos import search, settings
from contactos.models import Activity, Stage, now
from contactos.paths import DATABASE_FILE, resolve_paths
from contactos.session import close_session, open_session

GENERATOR_VERSION = 1
MARKER_FILE = "bench.json"
DEFAULT_DATA_DIR = Path(__file__).resolve().parent / ".data"

log = logging.getLogger(__name__)

# --- Vocabulary -------------------------------------------------------------------------

MALE_NAMES = [
    "José", "Juan", "Luis", "Jesús", "Ramón", "Martín", "Raúl", "Andrés", "Héctor", "Óscar",
    "Iván", "Adrián", "Julián", "Sebastián", "Joaquín", "Rubén", "Germán", "Tomás", "Nicolás",
    "Fernando", "Alejandro", "Miguel", "Francisco", "Carlos", "Jorge", "Ricardo", "Roberto",
    "Eduardo", "Arturo", "Alberto", "Enrique", "Sergio", "Manuel", "Pedro", "Pablo", "Rafael",
    "Gerardo", "Salvador", "Gustavo", "Ángel", "Víctor", "Efraín", "Moisés", "Abraham",
    "Ismael", "Agustín", "Marcos", "Hugo", "Diego", "Emilio",
]  # fmt: skip
FEMALE_NAMES = [
    "María", "Sofía", "Lucía", "Ana", "Verónica", "Mónica", "Inés", "Begoña", "Mariana",
    "Guadalupe", "Rocío", "Araceli", "Leticia", "Patricia", "Gabriela", "Fernanda", "Daniela",
    "Valeria", "Ximena", "Andrea", "Claudia", "Alejandra", "Adriana", "Beatriz", "Carmen",
    "Silvia", "Laura", "Elena", "Isabel", "Teresa", "Rosa", "Martha", "Lorena", "Érika",
    "Nayeli", "Itzel", "Citlali", "Dolores", "Concepción", "Margarita", "Maribel", "Noemí",
    "Raquel", "Susana", "Yolanda", "Irene", "Julia", "Paola", "Karla", "Montserrat",
]  # fmt: skip
LAST_NAMES = [
    "García", "Hernández", "López", "Martínez", "González", "Pérez", "Rodríguez", "Sánchez",
    "Ramírez", "Núñez", "Muñoz", "Gómez", "Díaz", "Vázquez", "Jiménez", "Álvarez", "Ibáñez",
    "Peña", "Ordóñez", "Castañeda", "Cruz", "Flores", "Morales", "Reyes", "Gutiérrez",
    "Ortiz", "Chávez", "Ruiz", "Mendoza", "Aguilar", "Torres", "Rivera", "Domínguez",
    "Ramos", "Romero", "Herrera", "Medina", "Castillo", "Vargas", "Guzmán", "Velázquez",
    "Rojas", "Contreras", "Salazar", "Luna", "Ortega", "Guerrero", "Estrada", "Bautista",
    "Cortés", "Juárez", "Maldonado", "Cervantes", "Ávila", "Villaseñor", "Zúñiga", "Fuentes",
    "Cárdenas", "Espinoza", "Valdés", "Carrillo", "Sandoval", "Trejo", "Peñaloza", "Montaño",
    "Benítez", "Márquez", "Córdova", "Acuña", "Quiñones", "Solís", "Tovar", "Galván", "Robles",
    "Beltrán", "Olvera", "Rentería", "Briseño", "Magaña", "Argüello",
]  # fmt: skip
COMPANY_KINDS = [
    "Ferretería", "Ferremateriales", "Ferrecentro", "Ferreacabados", "Distribuidora",
    "Constructora", "Materiales", "Grupo", "Abarrotes", "Farmacia", "Refaccionaria",
    "Tlapalería", "Comercializadora", "Servicios Industriales", "Plomería", "Eléctrica",
    "Pinturas", "Aceros", "Maderería", "Vidriería", "Papelería", "Transportes", "Agroquímicos",
    "Clínica", "Hotel", "Restaurante", "Taller", "Inmobiliaria", "Consultoría", "Laboratorio",
]  # fmt: skip
COMPANY_NAMES = [
    "El Sol", "La Esperanza", "San José", "Guadalupe", "del Bajío", "del Norte", "Azteca",
    "Los Pinos", "Santa Fe", "La Huerta", "Monarca", "Anáhuac", "Cuauhtémoc", "Tenochtitlan",
    "Pacífico", "del Golfo", "La Paz", "Victoria", "Tres Ríos", "El Roble", "La Peña",
    "Los Álamos", "San Ángel", "Chapultepec", "Hidalgo", "Juárez", "Morelos", "Zaragoza",
    "Obregón", "Insurgentes", "La Cañada", "Río Bravo", "Sierra Madre", "Valle Verde",
    "Don Ramón", "Doña Inés", "Hermanos Núñez", "Martínez e Hijos", "López Hermanos",
    "Muñoz y Asociados", "Peñoles", "Mérida", "Campeche", "Ixtapa", "Xochimilco", "Coyoacán",
]  # fmt: skip
COMPANY_SUFFIX = ["", "", "", " S.A. de C.V.", " S. de R.L.", " y Cía."]
CITIES = [
    ("Ciudad de México", "CDMX", "55"), ("Guadalajara", "Jalisco", "33"),
    ("Monterrey", "Nuevo León", "81"), ("Puebla", "Puebla", "222"),
    ("Querétaro", "Querétaro", "442"), ("León", "Guanajuato", "477"),
    ("Toluca", "Estado de México", "722"), ("Mérida", "Yucatán", "999"),
    ("San Luis Potosí", "San Luis Potosí", "444"), ("Aguascalientes", "Aguascalientes", "449"),
    ("Morelia", "Michoacán", "443"), ("Tijuana", "Baja California", "664"),
    ("Culiacán", "Sinaloa", "667"), ("Hermosillo", "Sonora", "662"),
    ("Saltillo", "Coahuila", "844"), ("Oaxaca", "Oaxaca", "951"),
    ("Cancún", "Quintana Roo", "998"), ("Veracruz", "Veracruz", "229"),
    ("Celaya", "Guanajuato", "461"), ("Naucalpan", "Estado de México", "55"),
    ("Tlalnepantla", "Estado de México", "55"), ("Zapopan", "Jalisco", "33"),
]  # fmt: skip
CITY_WEIGHTS = [30, 12, 12, 5, 4, 4, 4, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 4, 3, 3]
JOB_TITLES = [
    "", "", "Gerente de compras", "Comprador", "Director general", "Dueño", "Encargado de almacén",
    "Jefe de mantenimiento", "Administradora", "Contador", "Gerente de sucursal", "Arquitecta",
    "Ingeniero de obra", "Asistente de dirección", "Jefa de compras",
]  # fmt: skip
STREETS = ["Av. Juárez", "Calle Hidalgo", "Blvd. Díaz Ordaz", "Av. Insurgentes Sur",
           "Calle Morelos", "Av. Revolución", "Calle 5 de Mayo", "Periférico Norte"]  # fmt: skip
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"]
TAGS = [
    "cliente", "prospecto", "vip", "mayorista", "minorista", "construcción", "ferretería",
    "expo ferretera 2025", "referido", "gobierno", "crédito", "contado", "norte", "bajío",
    "sureste", "recompra", "moroso", "distribuidor", "obra pública", "industria",
]  # fmt: skip
REPRESENTADAS = [
    ("Pinturas Comex Industrial", "0.050", 60),
    ("Herramientas Truper", "0.040", 45),
    ("Tuberías Rotoplas", "0.060", 90),
    ("Cementos Moctezuma", "0.030", 30),
]
SOURCES = [
    ("Distribuidor Norte", "distributor"), ("Distribuidor Bajío", "distributor"),
    ("Lista Expo Ferretera", "list"), ("Lista CANACO", "list"), ("Referidos", "referral"),
    ("Prospección propia", "own"), ("Campaña WhatsApp", "campaign"),
    ("Campaña Facebook", "campaign"),
]  # fmt: skip
PRODUCTS = [
    "pintura vinílica", "impermeabilizante", "tinacos", "tubería PVC", "cemento gris",
    "herramienta eléctrica", "taladros", "esmalte", "cisternas", "mortero", "brochas",
    "llaves de paso", "calentadores", "block", "varilla", "selladores", "rodillos",
]  # fmt: skip
LEAD_TITLES = [
    "Cotización de {p}", "Pedido de {p}", "Surtido de {p} para obra", "Reposición de {p}",
    "Propuesta anual de {p}", "Muestra de {p}", "Licitación {p}",
]  # fmt: skip
LEAD_NOTES = [
    "", "", "", "Pide precio de mayoreo.", "Compra cada trimestre.", "Quiere crédito a 30 días.",
    "Comparar con la competencia.", "Obra nueva en la zona norte.", "Llamar después de las 5.",
]  # fmt: skip
SUBJECTS = {
    "call": ["Llamada de seguimiento", "Confirmar pedido", "Dar precio", "Llamada de presentación"],
    "visit": ["Visita a sucursal", "Visita de obra", "Entrega de muestras", "Visita comercial"],
    "email": ["Envío de cotización", "Envío de catálogo", "Ficha técnica", "Lista de precios"],
    "whatsapp": ["Mensaje de seguimiento", "Foto de producto", "Confirmó recepción"],
    "meeting": ["Junta con compras", "Presentación de línea", "Negociación de precio"],
    "note": ["Nota", "Comentario del cliente", "Dato de competencia"],
    "task": ["Preparar cotización", "Revisar inventario", "Pedir descuento a fábrica"],
}
OUTCOMES = ["", "", "interesado", "sin respuesta", "pide más información", "buzón de voz"]
COMMITMENTS = [
    ("me", "Enviar cotización formal"), ("me", "Conseguir muestra"),
    ("prospect", "Confirmar cantidades"), ("prospect", "Mandar orden de compra"),
    ("representada", "Autorizar precio especial"), ("representada", "Confirmar fecha de entrega"),
]  # fmt: skip
LOSS_WORDS = ["Ya compramos con otro proveedor.", "No hay presupuesto este año.",
              "Nos quedamos con la otra marca.", "Ya no lo necesitamos."]  # fmt: skip

CONTACT_KINDS = ("call", "visit", "email", "whatsapp", "meeting")
ACTIVITY_KINDS = ("call", "visit", "email", "whatsapp", "meeting", "note", "task")
ACTIVITY_WEIGHTS = (35, 10, 20, 20, 5, 8, 2)

# --- Helpers ----------------------------------------------------------------------------


def _ascii(text: str) -> str:
    """What people type into an e-mail address: no accents, lower case, no spaces."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def _ts(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


def _insert(con, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
    cols = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    cursor = con.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)
    return cursor.rowcount


def program_fingerprint() -> str:
    """A hash of the program's code that decides what the database holds (schema,
    migrations, what goes into the search index): cached data older than it is rebuilt."""
    import contactos

    root = Path(contactos.__file__).resolve().parent
    files = [root / name for name in ("models.py", "search.py", "phones.py", "stages.py")]
    files += sorted((root / "storage").rglob("*.py"))
    digest = hashlib.sha256()
    for path in files:
        if path.exists():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _marker(contacts: int, leads: int, activities: int, seed: int) -> dict[str, object]:
    return {
        "generator_version": GENERATOR_VERSION,
        "program": program_fingerprint(),
        "contacts": contacts,
        "leads": leads,
        "activities": activities,
        "seed": seed,
    }


def read_marker(data_dir: Path) -> dict[str, object] | None:
    try:
        return json.loads((Path(data_dir) / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def anchor_of(data_dir: Path) -> dt.datetime:
    """The moment the data was generated relative to ("now" for the benchmarks)."""
    marker = read_marker(data_dir)
    if not marker or "anchor" not in marker:
        raise FileNotFoundError(f"no benchmark data in {data_dir}")
    return dt.datetime.fromisoformat(str(marker["anchor"]))


# --- The generator ----------------------------------------------------------------------


class _Builder:
    def __init__(self, rng: random.Random, anchor: dt.datetime) -> None:
        self.rng = rng
        self.anchor = anchor

    def moment_between(self, start: dt.datetime, end: dt.datetime) -> dt.datetime:
        """A working-hours moment between start and end (clamped to end)."""
        span = max((end - start).total_seconds(), 0.0)
        when = start + dt.timedelta(seconds=self.rng.random() * span)
        if 8 <= when.hour < 20:
            return when.replace(microsecond=0)
        moved = when.replace(hour=self.rng.randint(9, 18), minute=self.rng.randint(0, 59))
        return min(max(moved, start), end).replace(microsecond=0)

    def days_ago(self, low: float, high: float) -> dt.datetime:
        return self.anchor - dt.timedelta(days=self.rng.uniform(low, high))

    # Contacts ---------------------------------------------------------------------

    def contacts(self, count: int):
        rng = self.rng
        contacts, emails, phones, contact_tags = [], [], [], []
        company_pool = [
            f"{kind} {name}{rng.choice(COMPANY_SUFFIX)}"
            for kind in COMPANY_KINDS
            for name in COMPANY_NAMES
            if rng.random() < 0.8
        ]
        city_idx = list(range(len(CITIES)))
        used_phones: set[str] = set()
        for cid in range(1, count + 1):
            female = rng.random() < 0.45
            first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
            if rng.random() < 0.12:
                prefix = rng.choice(("María", "Ana") if female else ("José", "Juan", "Luis"))
                if prefix != first:
                    first = f"{prefix} {first}"
            last = f"{rng.choice(LAST_NAMES)} {rng.choice(LAST_NAMES)}"
            if rng.random() < 0.04:  # a company without a named person
                first, last = "", ""
            company = rng.choice(company_pool) if rng.random() < 0.85 else ""
            city, region, area = CITIES[rng.choices(city_idx, CITY_WEIGHTS)[0]]
            created = self.days_ago(1, 900)
            notes = rng.choice(("", "", "", "", "Cliente desde 2019.", "Prefiere WhatsApp."))
            contacts.append(
                (
                    cid, first, last, company, rng.choice(JOB_TITLES),
                    f"{rng.choice(STREETS)} {rng.randint(1, 3000)}" if rng.random() < 0.5 else "",
                    city, region, f"{rng.randint(1000, 99999):05d}", "México", notes,
                    _ts(created), _ts(created), None,
                )
            )  # fmt: skip
            # E-mails: normalized lower case; about 80% of contacts have at least one.
            n_mail = rng.choices((0, 1, 2), (20, 65, 15))[0]
            first_word = _ascii(first.split(" ")[-1]) if first else "contacto"
            last_word = _ascii(last.split(" ")[0]) if last else "ventas"
            for pos in range(n_mail):
                if pos == 0 and company and rng.random() < 0.6:
                    domain = _ascii(company.replace("S.A. de C.V.", ""))[:20] + ".com.mx"
                    label = "trabajo"
                else:
                    domain = rng.choice(MAIL_DOMAINS)
                    label = "personal"
                style = rng.random()
                if style < 0.5:
                    local = f"{first_word}.{last_word}"
                elif style < 0.75:
                    local = f"{first_word[:1]}{last_word}"
                else:
                    local = f"{first_word}{last_word[:1]}{rng.randint(1, 99)}"
                address = f"{local}@{domain}"
                if pos and address == emails[-1][1]:
                    address = f"{local}{rng.randint(1, 99)}@{domain}"
                emails.append((cid, address, label, pos))
            # Phones: E.164 in `number`, as written in `raw`; about 92% have one.
            n_phone = rng.choices((0, 1, 2), (8, 70, 22))[0]
            for pos in range(n_phone):
                mobile = pos == 0 or rng.random() < 0.5
                while True:
                    local_digits = str(rng.randint(1, 9)) + "".join(
                        str(rng.randint(0, 9)) for _ in range(9 - len(area))
                    )
                    national = area + local_digits
                    if national not in used_phones:
                        used_phones.add(national)
                        break
                number = "+52" + national
                raw = self._written_phone(area, local_digits, mobile)
                phones.append((cid, number, raw, "celular" if mobile else "oficina", pos))
            if rng.random() < 0.3:
                for tag_id in rng.sample(range(1, len(TAGS) + 1), rng.choice((1, 1, 2, 3))):
                    contact_tags.append((cid, tag_id))
        return contacts, emails, phones, contact_tags

    def _written_phone(self, area: str, local: str, mobile: bool) -> str:
        rng = self.rng
        half = len(local) // 2
        style = rng.randrange(7)
        if style == 0:
            return area + local
        if style == 1:
            return f"{area} {local[:half]} {local[half:]}"
        if style == 2:
            return f"({area}) {local[:half]}-{local[half:]}"
        if style == 3:
            return f"+52 {area} {local[:half]} {local[half:]}"
        if style == 4 and mobile:
            return f"044 {area} {local[:half]} {local[half:]}"
        if style == 5 and mobile:
            return f"+52 1 {area} {local[:half]} {local[half:]}"
        return f"{area}-{local[:half]}-{local[half:]}"

    # Leads and activities ---------------------------------------------------------

    def leads_and_activities(  # noqa: C901 - one pass over 30,000 leads, kept inline
        self,
        n_contacts: int,
        n_leads: int,
        n_activities: int,
        stages: list[tuple[int, str, int]],
        n_representadas: int,
        n_sources: int,
    ):
        rng = self.rng
        anchor = self.anchor
        today = anchor.date()
        open_stage_ids = [s[0] for s in stages]
        closing_stage = next((s[0] for s in stages if s[1] == "closing"), open_stage_ids[-1])
        # Some contacts carry many leads (good clients), most one or none.
        heavy = max(1, n_contacts // 20)
        lead_plans = []
        for lid in range(1, n_leads + 1):
            contact_id = rng.randint(1, heavy) if rng.random() < 0.3 else rng.randint(1, n_contacts)
            roll = rng.random()
            status = "open" if roll < 0.6 else ("won" if roll < 0.8 else "lost")
            if status == "open":
                unattended = rng.random() < 0.06
                received = self.days_ago(0.1, 12) if unattended else self.days_ago(1, 240)
                closed = None
            else:
                unattended = False
                received = self.days_ago(20, 700)
                closed = self.moment_between(received + dt.timedelta(days=5), anchor)
            lead_plans.append((lid, contact_id, status, unattended, received, closed))

        # Share the activities out: ~12% are contact-only (no lead).
        weights = [0.0 if p[3] else rng.uniform(0.3, 1.7) for p in lead_plans]
        n_lead_acts = int(n_activities * 0.88)
        per_lead = [0] * n_leads
        attended_idx = [i for i, w in enumerate(weights) if w > 0]
        # Every attended lead gets at least one contact activity (its first contact).
        for i in attended_idx:
            per_lead[i] = 1
        extra = max(n_lead_acts - len(attended_idx), 0)
        for i in rng.choices(attended_idx, [weights[i] for i in attended_idx], k=extra):
            per_lead[i] += 1
        # Unattended leads: sometimes a note (not a contact) has been logged.
        for i, plan in enumerate(lead_plans):
            if plan[3] and rng.random() < 0.3:
                per_lead[i] = 1

        leads, activities, closings, commitments = [], [], [], []
        aid = 0
        for i, (lid, contact_id, status, unattended, received, closed) in enumerate(lead_plans):
            end = closed or anchor
            first_contact = None
            last_activity = None
            for k in range(per_lead[i]):
                aid += 1
                if unattended:
                    kind = "note"
                elif k == 0:
                    kind = rng.choice(CONTACT_KINDS)
                else:
                    kind = rng.choices(ACTIVITY_KINDS, ACTIVITY_WEIGHTS)[0]
                planned = status == "open" and k > 0 and not unattended and rng.random() < 0.025
                if planned:
                    due_at = dt.datetime.combine(
                        today + dt.timedelta(days=rng.randint(-20, 30)),
                        dt.time(rng.randint(9, 18), rng.choice((0, 30))),
                    )
                    activities.append(
                        (aid, lid, contact_id, kind, rng.choice(SUBJECTS[kind]), 0,
                         _ts(due_at), None, "", "", "", _ts(received))
                    )  # fmt: skip
                    continue
                if k == 0 and not unattended:
                    # The first contact: usually within hours, sometimes days.
                    delay = dt.timedelta(hours=rng.expovariate(1 / 20))
                    when = min(received + delay, end)
                else:
                    when = self.moment_between(received, end)
                when = when.replace(microsecond=0)
                activities.append(
                    (aid, lid, contact_id, kind, rng.choice(SUBJECTS[kind]), 1, None, _ts(when),
                     rng.choice(OUTCOMES), "", "", _ts(when))
                )  # fmt: skip
                if kind in CONTACT_KINDS and (first_contact is None or when < first_contact):
                    first_contact = when
                if last_activity is None or when > last_activity:
                    last_activity = when

            product = rng.choice(PRODUCTS)
            title = rng.choice(LEAD_TITLES).format(p=product)
            value = round(rng.lognormvariate(10.5, 1.0), 2) if rng.random() < 0.85 else None
            rep = rng.randint(1, n_representadas) if rng.random() < 0.95 else None
            rate = REPRESENTADAS[rep - 1][1] if rep else None
            source = rng.randint(1, n_sources) if rng.random() < 0.9 else None
            kind = rng.choice(CONTACT_KINDS)
            due = due_time = what = None
            closed_ts = None
            if status == "open":
                stage = open_stage_ids[0] if unattended else rng.choice(open_stage_ids)
                roll = rng.random()
                if unattended:  # the first call, planned when the lead came in
                    due = received.date() + dt.timedelta(days=rng.choice((0, 1)))
                elif roll < 0.2:
                    due = today - dt.timedelta(days=rng.randint(1, 45))
                elif roll < 0.25:
                    due = today
                else:
                    due = today + dt.timedelta(days=rng.randint(1, 45))
                if rng.random() < 0.3:
                    due_time = dt.time(rng.randint(9, 18), rng.choice((0, 15, 30, 45)))
                what = rng.choice(SUBJECTS[kind])
            else:
                stage = closing_stage if status == "won" else rng.choice(open_stage_ids)
                closed_ts = _ts(closed)
                last_activity = max(last_activity or closed, closed)
                if status == "won":
                    act = rng.choice(("contract", "purchase-order", "payment"))
                    closings.append(
                        (lid, "won", closed.date().isoformat(), act, f"OC-{lid:06d}", "", "", "",
                         closed_ts)
                    )  # fmt: skip
                    # Rule 7: the re-order call planned at the win.
                    reorder = REPRESENTADAS[rep - 1][2] if rep else 90
                    aid += 1
                    due_at = dt.datetime.combine(
                        closed.date() + dt.timedelta(days=reorder), dt.time(10, 0)
                    )
                    if due_at < anchor - dt.timedelta(days=3) and rng.random() < 0.9:
                        # Long past: the call was made (completed on the day or soon after).
                        done_at = min(due_at + dt.timedelta(days=rng.randint(0, 3)), anchor)
                        activities.append(
                            (aid, lid, contact_id, "call", f"Re-order follow-up: {title}", 1,
                             _ts(due_at), _ts(done_at), rng.choice(OUTCOMES), "", "", closed_ts)
                        )  # fmt: skip
                        last_activity = max(last_activity, done_at)
                    else:
                        activities.append(
                            (aid, lid, contact_id, "call", f"Re-order follow-up: {title}", 0,
                             _ts(due_at), None, "", "", "", closed_ts)
                        )  # fmt: skip
                else:
                    reason = rng.choice(
                        ("bought-elsewhere", "no-budget", "better-option", "no-longer-needed")
                    )
                    closings.append(
                        (lid, "lost", closed.date().isoformat(), "", "", reason,
                         rng.choice(LOSS_WORDS), rng.choice(("phone", "visit", "whatsapp")),
                         closed_ts)
                    )  # fmt: skip
            leads.append(
                (
                    lid, contact_id, rep, source, title, value, "MXN", rate, stage, status,
                    _ts(received), _ts(first_contact) if first_contact else None,
                    _ts(last_activity) if last_activity else None, kind, what or "",
                    due.isoformat() if due else None,
                    due_time.strftime("%H:%M:%S") if due_time else None,
                    None, None, "", "", None, None, rng.choice(LEAD_NOTES), closed_ts,
                    _ts(received), _ts(last_activity or received), None,
                )
            )  # fmt: skip
            # Commitments on about one lead in eight; the closed ones are all done.
            if rng.random() < 0.125:
                for _ in range(rng.choice((1, 1, 2))):
                    owner, description = rng.choice(COMMITMENTS)
                    c_due = today + dt.timedelta(days=rng.randint(-30, 30))
                    done = status != "open" or rng.random() < 0.55
                    commitments.append(
                        (lid, owner, description, c_due.isoformat(),
                         _ts(self.moment_between(received, anchor)) if done else None,
                         _ts(received))
                    )  # fmt: skip

        # Contact-only activities (no lead): calls and visits to clients, a few planned.
        while aid < n_activities:
            aid += 1
            contact_id = rng.randint(1, n_contacts)
            kind = rng.choices(ACTIVITY_KINDS, ACTIVITY_WEIGHTS)[0]
            if rng.random() < 0.02:
                due_at = dt.datetime.combine(
                    today + dt.timedelta(days=rng.randint(-10, 40)),
                    dt.time(rng.randint(9, 18), 0),
                )
                activities.append(
                    (aid, None, contact_id, kind, rng.choice(SUBJECTS[kind]), 0, _ts(due_at),
                     None, "", "", "", _ts(self.days_ago(1, 30)))
                )  # fmt: skip
            else:
                when = self.moment_between(self.days_ago(0, 700), anchor)
                activities.append(
                    (aid, None, contact_id, kind, rng.choice(SUBJECTS[kind]), 1, None, _ts(when),
                     rng.choice(OUTCOMES), "", "", _ts(when))
                )  # fmt: skip
        return leads, activities, closings, commitments


CONTACT_COLUMNS = (
    "id", "first_name", "last_name", "company", "job_title", "address", "city", "region",
    "postal_code", "country", "notes", "created_at", "updated_at", "import_batch_id",
)  # fmt: skip
LEAD_COLUMNS = (
    "id", "contact_id", "representada_id", "source_id", "title", "value", "currency",
    "commission_rate", "stage_id", "status", "received_at", "first_contact_at",
    "last_activity_at", "next_action_kind", "next_action_what", "next_action_due",
    "next_action_time", "expected_close_date", "expected_payment_date", "value_for_prospect",
    "open_questions", "commission_received_on", "commission_received_amount", "notes",
    "closed_at", "created_at", "updated_at", "import_batch_id",
)  # fmt: skip
ACTIVITY_COLUMNS = (
    "id", "lead_id", "contact_id", "kind", "subject", "done", "due_at", "done_at", "outcome",
    "notes", "place", "created_at",
)  # fmt: skip


def _remove_database(data_dir: Path) -> None:
    for name in (MARKER_FILE, DATABASE_FILE, DATABASE_FILE + "-wal", DATABASE_FILE + "-shm"):
        (data_dir / name).unlink(missing_ok=True)


def generate(
    data_dir: Path,
    contacts: int = 100_000,
    leads: int = 30_000,
    activities: int = 300_000,
    seed: int = 1,
    *,
    force: bool = False,
) -> Path:
    """Create the benchmark database in `data_dir` and return the database file's path.

    Reused when `bench.json` says it was generated with the same parameters by the same
    generator and the same program code (see `program_fingerprint`)."""
    assert set(ACTIVITY_KINDS) == set(Activity.KINDS)
    assert set(CONTACT_KINDS) == set(Activity.CONTACT_KINDS)

    data_dir = Path(data_dir)
    paths = resolve_paths(data_dir)
    wanted = _marker(contacts, leads, activities, seed)
    marker = read_marker(data_dir)
    if (
        not force
        and marker
        and {k: marker.get(k) for k in wanted} == wanted
        and paths.database.exists()
    ):
        log.info("reusing %s", paths.database)
        return paths.database

    data_dir.mkdir(parents=True, exist_ok=True)
    _remove_database(data_dir)
    started = time.perf_counter()
    rng = random.Random(seed)
    anchor = now()
    builder = _Builder(rng, anchor)
    db = open_session(paths, auto_backup=False)
    try:
        # An agent in Mexico who has set up the program: the window opens on its data
        # instead of asking for the country of the phones first.
        settings.put("default_country", "MX")
        con = db.connection()
        stages = list(Stage.select(Stage.id, Stage.key, Stage.stale_days).tuples())
        contact_rows, email_rows, phone_rows, tag_rows = builder.contacts(contacts)
        lead_rows, activity_rows, closing_rows, commitment_rows = builder.leads_and_activities(
            contacts, leads, activities, stages, len(REPRESENTADAS), len(SOURCES)
        )
        built = time.perf_counter()
        with db.atomic():
            # (the columns of migration 0004 have no default in the schema: given here)
            _insert(
                con, "representada",
                ("name", "commission_rate", "reorder_days", "notes", "active", "currency"),
                [(n, float(r), d, "", 1, "") for n, r, d in REPRESENTADAS],
            )  # fmt: skip
            _insert(
                con, "source", ("name", "kind", "notes", "active", "currency"),
                [(n, k, "", 1, "") for n, k in SOURCES],
            )  # fmt: skip
            _insert(con, "tag", ("name",), [(t,) for t in TAGS])
            _insert(con, "contact", CONTACT_COLUMNS, contact_rows)
            _insert(con, "contact_email", ("contact_id", "email", "label", "position"), email_rows)
            _insert(
                con, "contact_phone", ("contact_id", "number", "raw", "label", "position"),
                phone_rows,
            )  # fmt: skip
            _insert(con, "contact_tag", ("contact_id", "tag_id"), tag_rows)
            _insert(
                con, "lead", (*LEAD_COLUMNS, "next_action_template"), [(*r, "") for r in lead_rows]
            )
            _insert(
                con, "stage_change", ("lead_id", "from_stage_id", "to_stage_id", "changed_at"),
                [(r[0], None, r[8], r[10]) for r in lead_rows],
            )  # fmt: skip
            _insert(
                con, "activity", (*ACTIVITY_COLUMNS, "subject_template", "outcome_template"),
                [(*r, "", "") for r in activity_rows],
            )  # fmt: skip
            _insert(
                con, "closing",
                ("lead_id", "outcome", "date", "act", "reference", "reason", "prospect_words",
                 "channel", "created_at"),
                closing_rows,
            )  # fmt: skip
            _insert(
                con, "commitment",
                ("lead_id", "owner", "description", "due", "done_at", "created_at"),
                commitment_rows,
            )  # fmt: skip
        inserted = time.perf_counter()
        with db.atomic():
            search.rebuild_index()
        indexed = time.perf_counter()
        errors = [r[0] for r in con.execute("PRAGMA foreign_key_check").fetchall()]
        if errors:
            raise RuntimeError(f"generated rows break foreign keys in {sorted(set(errors))}")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        timings = {
            "build_rows_s": round(built - started, 1),
            "insert_s": round(inserted - built, 1),
            "search_index_s": round(indexed - inserted, 1),
        }
        counts = {
            table: con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in (
                "contact", "contact_email", "contact_phone", "contact_tag", "lead", "activity",
                "closing", "commitment",
            )
        }  # fmt: skip
    finally:
        close_session()
    info = {**wanted, "anchor": anchor.isoformat(), "timings": timings, "rows": counts}
    (data_dir / MARKER_FILE).write_text(json.dumps(info, indent=2), encoding="utf-8")
    log.info("generated %s in %.1f s: %s", paths.database, time.perf_counter() - started, counts)
    return paths.database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--leads", type=int, default=30_000)
    parser.add_argument("--activities", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="regenerate even if cached")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    path = generate(
        args.data_dir, args.contacts, args.leads, args.activities, args.seed, force=args.force
    )
    print(path)
    print(json.dumps(read_marker(args.data_dir), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
