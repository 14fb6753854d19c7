"""Reading the files distributors send: CSV in any encoding and dialect, .xlsx, vCard.

Nobody cleans these files: Excel "CSV" saved in a Spanish locale (semicolons,
Windows-1252), UTF-16 from "Unicode text", report titles above the header, footers
below the data, ragged rows, vCards from every phone and mail program. Every reader
returns the same :class:`Table` so that mapping and normalisation do not care where the
rows came from, and any content we cannot read becomes a :class:`ReadError` with a
message the agent can act on, never a traceback.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import quopri
import re
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError

DELIMITERS = (",", ";", "\t", "|")

# Vcard columns: already the canonical fields of contactos.importing.mapping.
VCARD_COLUMNS = [
    "first_name",
    "last_name",
    "full_name",
    "company",
    "job_title",
    "email",
    "phone",
    "mobile",
    "address",
    "city",
    "region",
    "postal_code",
    "country",
    "notes",
    "tags",
]

# Single-byte Western text is what this audience sends; East Asian encodings appear in
# exports from Japanese/Chinese/Korean Windows (see the Thunderbird Shift-JIS fixture).
_CJK_CANDIDATES = ("cp932", "euc_jp", "gb18030", "big5", "euc_kr")
_LATIN_EXTRA = set("¡¿ºª°€£¥§«»·´¨")

_MAX_FIELD = 10 * 1024 * 1024

# What one import reads, at most (README, "Import limits"). A list of MAX_ROWS rows
# imports within the memory the benchmark measures (bench/README.md); a larger one is
# refused at once, with how to split it, before it can take the computer's memory.
MAX_ROWS = 100_000
MAX_FILE_MB = 100  # a file on disk (a CSV of 100,000 rows is about 20 MB)
MAX_PART_MB = 200  # one part of a workbook, unpacked (its sheet of 100,000 rows: ~50 MB)
MAX_UNPACKED_MB = 400  # all the parts of a workbook, unpacked
MAX_RATIO = 100  # a part that unpacks to more than this many times its packed size...
RATIO_FROM_MB = 20  # ...and to more than this is refused (a "zip bomb")
# Lines a file may hold besides its rows: titles, blank lines, totals, footers.
_SPARE_LINES = 1000

_MB = 1024 * 1024

TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Import",
    "The file {name} has more than {limit} rows. Contactos imports lists of up to {limit} "
    "rows at a time: split it into files of fewer rows (in Excel or LibreOffice, copy the "
    "header row and a block of rows into a new sheet and save it), then import them one "
    "after the other.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Import",
    "The file {name} is {size} MB; Contactos reads files of up to {limit} MB. Split the "
    "list into smaller files (in Excel or LibreOffice, copy the header row and a block of "
    "rows into a new sheet and save it), then import them one after the other.",
)
TOO_LARGE_UNPACKED = QT_TRANSLATE_NOOP(
    "Import",
    "The workbook {name} unpacks to {size} MB of data, more than the {limit} MB Contactos "
    "reads; it may be damaged, or made to fill the computer's memory. If you trust it, open "
    "it in Excel or LibreOffice and save its rows in smaller files.",
)

TOO_PACKED = QT_TRANSLATE_NOOP(
    "Import",
    "The workbook {name} packs {size} MB of data into {packed} MB, far tighter than a "
    "spreadsheet program packs one; it may be damaged, or made to fill the computer's "
    "memory. If you trust it, open it in Excel or LibreOffice, save it again and import "
    "that copy.",
)


def _grouped(number: int) -> str:
    """100 000: digits grouped by a space, as Spanish and English both read them."""
    return f"{number:,}".replace(",", "\u00a0")


def _megabytes(size: int) -> str:
    if size >= 10 * _MB:
        return _grouped(round(size / _MB))
    return f"{size / _MB:.2f}" if size < _MB / 10 else f"{size / _MB:.1f}"


def check_size(size: int, name: str) -> None:
    """Refuse a file larger than MAX_FILE_MB before reading it (ReadError)."""
    if size > MAX_FILE_MB * _MB:
        raise ReadError(TOO_LARGE, name=name, size=_megabytes(size), limit=MAX_FILE_MB)


def check_workbook(data: bytes, name: str) -> None:
    """Refuse a workbook whose parts would unpack beyond the limits, from the sizes its
    zip directory declares (zipfile enforces them while unpacking), before any of it is
    unpacked: a few kilobytes can claim gigabytes."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable(name, str(exc) or type(exc).__name__) from exc
    total = 0
    for member in members:
        size = member.file_size
        total += size
        if size > MAX_PART_MB * _MB:
            raise ReadError(TOO_LARGE_UNPACKED, name=name, size=_megabytes(size), limit=MAX_PART_MB)
        if size > RATIO_FROM_MB * _MB and size > MAX_RATIO * max(1, member.compress_size):
            packed = _megabytes(member.compress_size)
            raise ReadError(TOO_PACKED, name=name, size=_megabytes(size), packed=packed)
    if total > MAX_UNPACKED_MB * _MB:
        raise ReadError(
            TOO_LARGE_UNPACKED, name=name, size=_megabytes(total), limit=MAX_UNPACKED_MB
        )


def _check_rows(count: int, name: str) -> None:
    """Refuse a list of more than MAX_ROWS rows (counted with its other lines)."""
    if count > MAX_ROWS + _SPARE_LINES:
        raise ReadError(TOO_MANY_ROWS, name=name, limit=_grouped(MAX_ROWS))


class ReadError(TranslatableError):
    """A file we cannot read, said in words the agent can act on."""

    context = "Import"


@dataclass(slots=True)
class Row:
    """One record of the file: `line` is where it starts (1-based; sheet row in xlsx)."""

    line: int
    cells: list[str]


@dataclass
class Table:
    """What a reader found: the header, the rows, and how the file was read."""

    kind: str
    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int = 0
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None
    skipped: list[tuple[int, str]] = field(default_factory=list)
    preset_mapping: dict[int, str] | None = None
    # What a left-out line (not a blank one) held, to say which line it was.
    skipped_text: dict[int, str] = field(default_factory=dict)
    # The currency the cells of a column name by their number format (xlsx: '#,##0.00 €').
    currencies: dict[int, str] = field(default_factory=dict)


# Why a line was left out, said to the person (blank lines are only counted).
SKIPPED_REASONS = {
    "title": QT_TRANSLATE_NOOP("Import", "a title above the header"),
    "footer": QT_TRANSLATE_NOOP("Import", "a note below the data"),
    "total": QT_TRANSLATE_NOOP("Import", "a totals row"),
    "unreadable": QT_TRANSLATE_NOOP("Import", "a line that cannot be read"),
    "empty card": QT_TRANSLATE_NOOP("Import", "an empty card"),
}


def left_out(table: Table) -> list[dict[str, object]]:
    """The lines (other than blank ones) the reader left out, and why, in words:
    [{"line": 12, "reason": "a totals row: TOTAL · 36000"}]."""
    from contactos.i18n import translate

    items = []
    for line, reason in table.skipped:
        if reason not in SKIPPED_REASONS:
            continue
        text = translate("Import", SKIPPED_REASONS[reason])
        shown = table.skipped_text.get(line, "")
        items.append({"line": line, "reason": f"{text}: {shown}" if shown else text})
    return items


# --- Dispatch ---------------------------------------------------------------------------


def read_file(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int | None = None,
    sheet: str | None = None,
) -> Table:
    """Read a CSV, .xlsx or vCard file, recognised by its content rather than its name."""
    path = Path(path)
    try:
        check_size(path.stat().st_size, path.name)
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(
            QT_TRANSLATE_NOOP("Import", "The file {name} cannot be opened ({detail})."),
            name=path.name,
            detail=exc.strerror or str(exc),
        ) from exc
    return read_bytes(
        data,
        name=path.name,
        encoding=encoding,
        delimiter=delimiter,
        header_row=header_row,
        sheet=sheet,
    )


def read_bytes(
    data: bytes,
    *,
    name: str = "",
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int | None = None,
    sheet: str | None = None,
) -> Table:
    """Like :func:`read_file` for content already in memory (drag and drop, tests)."""
    check_size(len(data), name)
    if _blank_bytes(data):
        raise _empty(name)
    if data.startswith(b"PK\x03\x04") or name.lower().endswith((".xlsx", ".xlsm")):
        return read_xlsx_bytes(data, name=name, header_row=header_row, sheet=sheet)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file {name} is an old Excel .xls workbook. Open it in Excel and save "
                "it as .xlsx or CSV, then import that.",
            ),
            name=name,
        )
    # A list of a million rows is refused before it is decoded: even if every record
    # spread over four lines, it would be over the limit.
    breaks = max(data.count(b"\n"), data.count(b"\r"))
    if breaks > 4 * (MAX_ROWS + _SPARE_LINES):
        _check_rows(breaks // 4, name)
    text, used = decode(data, encoding, name=name)
    if text.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCARD"):
        return _read_vcard_text(text, used, name)
    return _read_csv_text(text, used, name, delimiter, header_row)


EMPTY = QT_TRANSLATE_NOOP("Import", "The file {name} is empty.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "Import", "The file {name} is not a CSV, Excel or vCard file we can read ({detail})."
)
BINARY = "binary data"  # the detail of UNREADABLE for a file of control characters


_BLANK_BYTES = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"  # (spaces, NULs, pieces of a BOM)


def _blank_bytes(data: bytes) -> bool:
    """Nothing but spaces, NULs and byte-order marks (the file's start tells at once, with
    no copy of a large file)."""
    return not data[:65536].strip(_BLANK_BYTES) and not data.strip(_BLANK_BYTES)


def _empty(name: str) -> ReadError:
    return ReadError(EMPTY, name=name)


def _unreadable(name: str, detail: str) -> ReadError:
    return ReadError(UNREADABLE, name=name, detail=detail)


# --- Encoding ---------------------------------------------------------------------------


def decode(data: bytes, encoding: str | None = None, *, name: str = "") -> tuple[str, str]:
    """The text of `data` and the encoding used; `encoding` (the agent's choice) wins."""
    if encoding:
        try:
            info = codecs.lookup(encoding)
        except (LookupError, TypeError, ValueError) as exc:
            raise _unknown_encoding(encoding) from exc
        if not getattr(info, "_is_text_encoding", True):
            raise _unknown_encoding(encoding)  # rot13, base64, zlib...: not a text encoding
        codec = info.name
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            data = data[3:]
        elif codec.startswith("utf-16") and data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            codec = "utf-16"  # the BOM says which byte order
        try:
            return data.decode(codec, errors="replace"), codec
        except (UnicodeError, LookupError, ValueError, TypeError) as exc:
            # (idna, punycode, 'undefined'... cannot read a list, whatever it holds)
            raise ReadError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The file {name} cannot be read as {encoding}: choose another encoding.",
                ),
                name=name,
                encoding=encoding,
            ) from exc
    codec = detect_encoding(data)
    body = data
    if codec == "utf-8-sig":
        body = data[3:]
        codec = "utf-8-sig"
        return body.decode("utf-8", errors="replace"), codec
    if codec in ("utf-16-le", "utf-16-be") and data[:2] in (
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
    ):
        body = data[2:]
    return body.decode(codec, errors="replace"), codec


def _unknown_encoding(encoding: str) -> ReadError:
    return ReadError(
        QT_TRANSLATE_NOOP("Import", "'{encoding}' is not an encoding we know."),
        encoding=encoding,
    )


# Encodings as a person knows them (what Excel or Notepad call them), by codec name.
ENCODING_NAMES = {
    "utf-8": QT_TRANSLATE_NOOP("Import", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("Import", "UTF-8 with BOM"),
    "utf-16": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-16)"),
    "utf-16-le": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-16)"),
    "utf-16-be": QT_TRANSLATE_NOOP("Import", "Unicode (UTF-16, big-endian)"),
    "cp1252": QT_TRANSLATE_NOOP("Import", "Windows (Western European)"),
    "iso8859-1": QT_TRANSLATE_NOOP("Import", "ISO-8859-1 (Latin-1)"),
    "iso8859-15": QT_TRANSLATE_NOOP("Import", "ISO-8859-15 (Latin-9, with €)"),
    "mac-roman": QT_TRANSLATE_NOOP("Import", "Mac (Western European)"),
    "cp850": QT_TRANSLATE_NOOP("Import", "MS-DOS (Western European)"),
    "shift_jis": QT_TRANSLATE_NOOP("Import", "Japanese (Shift-JIS)"),
    "cp932": QT_TRANSLATE_NOOP("Import", "Japanese (Windows, Shift-JIS)"),
    "euc_jp": QT_TRANSLATE_NOOP("Import", "Japanese (EUC-JP)"),
    "gb18030": QT_TRANSLATE_NOOP("Import", "Chinese, simplified (GB18030)"),
    "big5": QT_TRANSLATE_NOOP("Import", "Chinese, traditional (Big5)"),
    "euc_kr": QT_TRANSLATE_NOOP("Import", "Korean (EUC-KR)"),
}


def encoding_name(codec: str | None) -> str:
    """An encoding as a person reads it: 'Windows (Europa occidental)' for cp1252,
    'UTF-8 con BOM' for utf-8-sig; a codec we have no words for, by its own name."""
    from contactos.i18n import translate

    if not codec:
        return ""
    try:
        key = codecs.lookup(codec).name
    except LookupError:
        key = codec
    if codec.replace("_", "-").lower() in ENCODING_NAMES:
        key = codec.replace("_", "-").lower()  # (utf-16-le stays itself, not 'utf-16-le')
    text = ENCODING_NAMES.get(key) or ENCODING_NAMES.get(key.replace("-", "_"))
    return translate("Import", text) if text else codec


def detect_encoding(data: bytes) -> str:
    """BOM, then the NUL pattern of UTF-16, then strict UTF-8, then a sensible 8-bit guess."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    utf16 = _utf16_by_nuls(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    return _guess_8bit(data)


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    if odd >= 0.4 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.4 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _latin_ratio(text: str) -> float:
    """Share of non-ASCII characters that are letters Western European text uses."""
    others = [c for c in text if ord(c) > 127]
    if not others:
        return 1.0
    good = sum(
        1 for c in others if c in _LATIN_EXTRA or ("\u00c0" <= c <= "\u00ff" and c not in "×÷")
    )
    return good / len(others)


def _cjk_ratio(text: str) -> float:
    others = [c for c in text if ord(c) > 127]
    if not others:
        return 0.0
    good = sum(
        1
        for c in others
        if "\u3040" <= c <= "\u30ff"  # kana
        or "\u4e00" <= c <= "\u9fff"  # ideographs
        or "\uac00" <= c <= "\ud7af"  # hangul
        or "\u3000" <= c <= "\u303f"  # CJK punctuation
        or "\uff00" <= c <= "\uffef"  # full-width forms
    )
    return good / len(others)


def _guess_8bit(data: bytes) -> str:
    """cp1252 unless the bytes clearly read as an East Asian encoding.

    charset-normalizer alone picks Baltic or Central European code pages for short
    Spanish files, so it only breaks ties we cannot settle by looking at the letters.
    """
    sample = data[:200_000]
    western = sample.decode("cp1252", errors="replace")
    if _latin_ratio(western) >= 0.8:
        return "cp1252"
    best: tuple[float, str] | None = None
    for candidate in _CJK_CANDIDATES:
        try:
            text = sample.decode(candidate)
        except UnicodeDecodeError:
            continue
        ratio = _cjk_ratio(text)
        if ratio >= 0.8 and (best is None or ratio > best[0]):
            best = (ratio, candidate)
    if best:
        return best[1]
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(sample, cp_isolation=["cp1252", *_CJK_CANDIDATES]).best()
    except Exception:  # noqa: BLE001 - a guess that fails is no guess
        match = None
    if match is not None and match.encoding in _CJK_CANDIDATES:
        return match.encoding
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"  # the five bytes cp1252 leaves undefined
    return "cp1252"


# --- CSV --------------------------------------------------------------------------------


def _read_csv_text(
    text: str, encoding: str, name: str, delimiter: str | None, header_row: int | None
) -> Table:
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise _empty(name)
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\t\r\n")
    if controls > max(3, len(text[:20000]) // 100):
        raise _unreadable(name, BINARY)
    text = text.replace("\x00", "")
    if delimiter is not None:
        if delimiter.lower() in ("tab", "\\t"):
            delimiter = "\t"
        if len(delimiter) != 1 or delimiter in '"\r\n' or delimiter.isalnum():
            raise ReadError(
                QT_TRANSLATE_NOOP(
                    "Import", "'{delimiter}' cannot separate columns: use one character."
                ),
                delimiter=delimiter,
            )
    else:
        delimiter = sniff_delimiter(text)
    records = _csv_records(text, delimiter, name)
    table = _build_table("csv", records, name, header_row)
    table.encoding = encoding
    table.delimiter = delimiter
    return table


def _logical_lines(text: str, limit: int = 50) -> list[str]:
    """The first records of `text`, split on line breaks outside quotes."""
    lines: list[str] = []
    current: list[str] = []
    in_quotes = False
    i = 0
    n = min(len(text), 200_000)
    while i < n and len(lines) < limit:
        c = text[i]
        if c == '"':
            in_quotes = not in_quotes
            current.append(c)
        elif c in "\r\n" and not in_quotes:
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            lines.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    if current and len(lines) < limit:
        lines.append("".join(current))
    return [line for line in lines if line.strip()]


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count = 0
    in_quotes = False
    for c in line:
        if c == '"':
            in_quotes = not in_quotes
        elif c == delimiter and not in_quotes:
            count += 1
    return count


def sniff_delimiter(text: str) -> str:
    """The candidate that splits the most lines into the same number of columns."""
    lines = _logical_lines(text)
    best = (0.0, 0, ",")
    for candidate in DELIMITERS:
        counts = [_count_outside_quotes(line, candidate) for line in lines]
        nonzero = [c for c in counts if c]
        if not nonzero:
            continue
        mode = max(set(nonzero), key=lambda c: (nonzero.count(c), c))
        consistency = round(counts.count(mode) / len(counts), 1)
        score = (consistency, mode, candidate)
        if score[:2] > best[:2]:
            best = score
    return best[2]


# A line with its ending: \r\n, \r or \n only (as a file opened with newline='' gives
# them; str.splitlines would also break on \x0b, \x1c, \u2028... inside a cell).
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _lines(text: str):
    """The lines of `text` with their endings, one at a time: a list of every line (or an
    io.StringIO, four bytes a character) would hold the file a second time, and a list
    that is refused for its length would have been read whole first."""
    return (match.group() for match in _LINE.finditer(text))


def _csv_records(text: str, delimiter: str, name: str) -> list[tuple[int, list[str]]]:
    """(start line, cells) for every record, blank ones included."""
    previous = csv.field_size_limit()
    csv.field_size_limit(_MAX_FIELD)
    try:
        reader = csv.reader(_lines(text), delimiter=delimiter)
        records: list[tuple[int, list[str]]] = []
        start = 1
        for cells in reader:
            records.append((start, cells))
            start = reader.line_num + 1
            if len(records) > MAX_ROWS + _SPARE_LINES:
                _check_rows(len(records), name)
        return records
    except csv.Error as exc:
        raise _unreadable(name, str(exc)) from exc
    finally:
        csv.field_size_limit(previous)


# --- Header, title lines and footers (CSV and xlsx) -------------------------------------

_NUMERIC = re.compile(r"^[\s$€+\-()]*[\d.,:/\s-]+%?$")


def _filled(cells: list[str]) -> list[str]:
    return [c for c in cells if c.strip()]


def _looks_like_labels(cells: list[str]) -> bool:
    filled = _filled(cells)
    if not filled:
        return False
    odd = sum(1 for c in filled if "@" in c or _NUMERIC.match(c))
    return odd <= 0.25 * len(filled)


def _find_header(records: list[tuple[int, list[str]]]) -> int:
    """Index of the header record: skips report titles and blank lines above it."""
    window = records[:60]
    widest = max((len(_filled(cells)) for _, cells in window), default=0)
    need = max(2, -(-widest // 2)) if widest >= 2 else 1
    for index, (_, cells) in enumerate(window[:25]):
        if len(_filled(cells)) >= need and _looks_like_labels(cells):
            return index
    for index, (_, cells) in enumerate(records):
        if _filled(cells):
            return index
    return 0


def _build_table(
    kind: str, records: list[tuple[int, list[str]]], name: str, header_row: int | None
) -> Table:
    if not any(_filled(cells) for _, cells in records):
        raise _empty(name)
    if header_row is None:
        header_index = _find_header(records)
    else:
        if not 0 <= header_row < len(records):
            raise ReadError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The file {name} has {count} rows; row {row} cannot be the header.",
                ),
                name=name,
                count=len(records),
                row=header_row + 1,
            )
        header_index = header_row
    skipped: list[tuple[int, str]] = [
        (line, "title" if _filled(cells) else "blank") for line, cells in records[:header_index]
    ]
    texts = {line: _shown(cells) for line, cells in records[:header_index] if _filled(cells)}
    headers = [c.strip() for c in records[header_index][1]]
    body = records[header_index + 1 :]
    width = len(headers)
    for _, cells in body:
        last = max((i for i, c in enumerate(cells) if c.strip()), default=-1)
        width = max(width, last + 1)
    while len(headers) < width:
        headers.append("")  # data wider than the header: keep it, the agent maps it
    footer_start = _footer_start(body, width)
    rows: list[Row] = []
    for position, (line, cells) in enumerate(body):
        if not _filled(cells):
            skipped.append((line, "blank"))
        elif position >= footer_start:
            skipped.append((line, "footer"))
            texts[line] = _shown(cells)
        elif _is_totals(cells):
            skipped.append((line, "total"))
            texts[line] = _shown(cells)
        else:
            if len(cells) != width:  # (the reader's own list: padded or cut in place)
                del cells[width:]
                cells.extend([""] * (width - len(cells)))
            rows.append(Row(line, cells))
    if len(rows) > MAX_ROWS:
        _check_rows(len(rows) + _SPARE_LINES, name)
    return Table(
        kind=kind,
        headers=headers,
        rows=rows,
        header_row=header_index,
        skipped=skipped,
        skipped_text=texts,
    )


def _shown(cells: list[str], limit: int = 80) -> str:
    """A left-out line as the person would recognise it: its filled cells."""
    text = " · ".join(" ".join(c.split()) for c in cells if c.strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# A cell that labels a totals row: 'TOTAL', 'Totales:', 'Suma', 'Subtotal Jalisco',
# 'Gran total', 'Total general' (folded: no case, accents or closing punctuation).
_TOTALS_LABEL = re.compile(
    r"^(?:(?:gran |grand )?totale?s?(?: general| generales)?|sumas?(?: total)?|sum|"
    r"subtotale?s?(?: .*)?)$"
)


def _is_amount(text: str) -> bool:
    """'14.034,50 €', 'MXN 4,500': a sum with its currency."""
    from contactos import amounts

    if not any(c.isdigit() for c in text):
        return False
    try:
        return amounts.read(text) is not None
    except amounts.AmountError:
        return False


def _is_totals(cells: list[str]) -> bool:
    """A row that sums the rows above it: one cell a totals label, every other filled
    cell a number (the sums). A company called 'Total Play' with an e-mail is a row like
    any other."""
    label = None
    for cell in cells:
        text = cell.strip() if cell else ""
        if not text:
            continue
        if text[0].isalpha() and text[0] not in "TtSsGg":
            return False  # (most rows stop at their first cell: a name)
        if _NUMERIC.match(text) or _is_amount(text):
            continue
        if label is not None:
            return False
        folded = unicodedata.normalize("NFKD", text.casefold())
        folded = "".join(c for c in folded if not unicodedata.combining(c)).rstrip(" :.")
        if not _TOTALS_LABEL.match(" ".join(folded.split())):
            return False
        label = text
    return label is not None  # (a sum whose result the workbook does not hold is empty)


def _footer_start(body: list[tuple[int, list[str]]], width: int) -> int:
    """Where a report footer begins: a blank line, then only one-cell rows to the end."""
    if width < 3:
        return len(body)
    start = len(body)
    index = len(body) - 1
    while index >= 0 and len(_filled(body[index][1])) <= 1:
        index -= 1
    # body[index + 1:] is the trailing run of blank or one-cell rows.
    for position in range(index + 1, len(body)):
        if not _filled(body[position][1]):
            start = position
            break
    return start


# --- xlsx -------------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    """A spreadsheet value as the text the agent sees (dates in ISO, no '.0' on integers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e18:
            return str(int(value))
        short = f"{value:.15g}"
        if "e" in short:
            short = format(Decimal(repr(value)), "f")
        return short
    return str(value)


FORMAT_SAMPLE = 200  # data rows whose number formats say a column's currency


def _format_currencies(worksheet, table: Table) -> dict[int, str]:
    """The currency each column's amounts show by their number format ('#,##0.00 €',
    '[$USD] #,##0.00'), from the first data rows: a spreadsheet writes the sign in the
    format, not in the value. A column whose formats name two currencies names none."""
    from contactos.amounts import currency_in

    if not table.rows:
        return {}
    first = table.rows[0].line
    found: dict[int, set[str | None]] = {}
    by_format: dict[str, str | None] = {}
    for row in worksheet.iter_rows(min_row=first, max_row=first + FORMAT_SAMPLE):
        for index, cell in enumerate(row):
            value = getattr(cell, "value", None)
            if not isinstance(value, int | float) or isinstance(value, bool):
                continue
            number_format = getattr(cell, "number_format", None) or "General"
            if number_format not in by_format:
                by_format[number_format] = currency_in(number_format.replace('"', " "))
            found.setdefault(index, set()).add(by_format[number_format])
    return {
        index: next(iter(named))
        for index, named in found.items()
        if len(named) == 1 and None not in named
    }


def read_xlsx_bytes(
    data: bytes, *, name: str = "", header_row: int | None = None, sheet: str | None = None
) -> Table:
    """Read one sheet (the first unless `sheet` names another) of an .xlsx workbook."""
    check_size(len(data), name)
    check_workbook(data, name)
    try:
        from openpyxl import load_workbook

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it ignores
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheets = list(workbook.sheetnames)
                chosen = sheet if sheet is not None else (sheets[0] if sheets else None)
                if chosen not in sheets:
                    raise ReadError(
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "The sheet {sheet} is not in {name}; its sheets are: {sheets}.",
                        ),
                        sheet=sheet,
                        name=name,
                        sheets=", ".join(sheets),
                    )
                worksheet = workbook[chosen]
                records: list[tuple[int, list[str]]] = []
                blank: list[str] = []  # (one list for every empty row: never changed)
                filled = 0
                for number, values in enumerate(
                    worksheet.iter_rows(min_row=1, values_only=True), start=1
                ):
                    cells = [_cell_text(v) for v in values]
                    if any(cells):
                        filled += 1
                        if filled > MAX_ROWS + _SPARE_LINES:
                            _check_rows(filled, name)
                    else:
                        cells = blank
                    records.append((number, cells))
                while records and records[-1][1] is blank:
                    records.pop()  # (formatted empty rows down to the sheet's end)
                if not any(_filled(cells) for _, cells in records):
                    raise ReadError(
                        QT_TRANSLATE_NOOP("Import", "The sheet {sheet} of {name} is empty."),
                        sheet=chosen,
                        name=name,
                    )
                table = _build_table("xlsx", records, name, header_row)
                del records
                table.currencies = _format_currencies(worksheet, table)
            finally:
                workbook.close()
    except ReadError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError) as exc:
        raise _unreadable(name, str(exc) or type(exc).__name__) from exc
    except Exception as exc:
        raise _unreadable(name, str(exc) or type(exc).__name__) from exc
    table.sheets = sheets
    table.sheet = chosen
    return table


# --- vCard ------------------------------------------------------------------------------

_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?[A-Za-z][A-Za-z0-9-]*(?:[;:]|,[A-Za-z-]+=)")


def _unfold(text: str) -> list[tuple[int, str]]:
    """(line number, logical line): folded, quoted-printable soft-broken and stray lines
    joined to the property they belong to."""
    text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    logical: list[tuple[int, str]] = []
    soft = False
    for number, line in enumerate(text.split("\n"), start=1):
        if soft and logical:
            prev_no, prev = logical[-1]
            logical[-1] = (prev_no, prev[:-1] + line)  # quoted-printable soft line break
            soft = line.endswith("=")
            continue
        if line[:1] in (" ", "\t") and logical:
            prev_no, prev = logical[-1]
            logical[-1] = (prev_no, prev + line[1:])
        elif not line.strip():
            continue
        elif _PROPERTY.match(line) or not logical:
            logical.append((number, line))
        else:
            # A value that runs onto the next line without folding (broken exporters).
            prev_no, prev = logical[-1]
            logical[-1] = (prev_no, prev + "\n" + line)
        soft = logical[-1][1].endswith("=") and _is_qp(logical[-1][1])
    return logical


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _split_unescaped(value: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for c in value:
        if escaped:
            current.append("\\" + c)
            escaped = False
        elif c == "\\":
            escaped = True
        elif c == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


def _unescape(value: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out).strip()


@dataclass
class _Prop:
    name: str
    types: list[str]
    value: str
    binary: bool


def _parse_property(line: str) -> _Prop | None:
    head, sep, value = line.partition(":")
    if not sep:
        return None
    pieces = re.split(r"[;,]", head)
    name = pieces[0].split(".")[-1].upper()
    types: list[str] = []
    charset = None
    encoding = ""
    for piece in pieces[1:]:
        key, eq, val = piece.partition("=")
        key = key.strip().upper()
        if not eq:
            if key in ("QUOTED-PRINTABLE", "BASE64", "B"):
                encoding = key
            else:
                types.append(key)
        elif key == "TYPE":
            types.extend(v.strip().upper() for v in val.split(",") if v.strip())
        elif key == "CHARSET":
            charset = val.strip().strip('"')
        elif key == "ENCODING":
            encoding = val.strip().upper()
    if encoding in ("BASE64", "B"):
        return _Prop(name, types, "", True)
    if encoding == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(value.encode("utf-8"))
        value = _decode_8bit(raw, charset).replace("\r\n", "\n").replace("\r", "\n")
    return _Prop(name, types, value, False)


def _decode_8bit(raw: bytes, charset: str | None) -> str:
    if charset:
        try:
            return raw.decode(charset, errors="replace")
        except LookupError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _card_row(props: list[_Prop]) -> list[str]:  # noqa: C901 - one branch per vCard property
    """The canonical columns of one card."""
    values: dict[str, list[str]] = {c: [] for c in VCARD_COLUMNS}
    address_done = False
    for prop in props:
        if prop.binary:
            continue
        name, types = prop.name, prop.types
        if name == "FN":
            values["full_name"].append(_unescape(prop.value))
        elif name == "N":
            parts = [_unescape(p) for p in _split_unescaped(prop.value, ";")] + [""] * 5
            family, given, additional = parts[0], parts[1], parts[2]
            values["last_name"].append(family)
            additional = additional.replace(",", " ")
            values["first_name"].append(" ".join(p for p in (given, additional) if p))
        elif name == "ORG":
            parts = [_unescape(p) for p in _split_unescaped(prop.value, ";")]
            values["company"].append(parts[0])
            if len(parts) > 1 and any(parts[1:]):
                values["notes"].append(", ".join(p for p in parts[1:] if p))
        elif name == "TITLE":
            values["job_title"].append(_unescape(prop.value))
        elif name == "EMAIL":
            values["email"].append(_unescape(prop.value))
        elif name == "TEL":
            number = _unescape(prop.value)
            if not number:
                continue
            if "FAX" in types:
                values["notes"].append(f"Fax: {number}")
            elif "CELL" in types or "IPHONE" in types:
                values["mobile"].append(number)
            else:
                values["phone"].append(number)
        elif name == "ADR":
            parts = [_unescape(p) for p in _split_unescaped(prop.value, ";")] + [""] * 7
            pobox, extended, street, city, region, code, country = parts[:7]
            street_text = ", ".join(p for p in (street.replace("\n", ", "), extended, pobox) if p)
            if not any((street_text, city, region, code, country)):
                continue
            if address_done:
                values["notes"].append(
                    ", ".join(p for p in (street_text, code, city, region, country) if p)
                )
                continue
            address_done = True
            values["address"].append(street_text)
            values["city"].append(city)
            values["region"].append(region)
            values["postal_code"].append(code)
            values["country"].append(country)
        elif name == "NOTE":
            values["notes"].append(_unescape(prop.value))
        elif name == "CATEGORIES":
            values["tags"].extend(_unescape(p) for p in _split_unescaped(prop.value, ","))
    row = []
    for column in VCARD_COLUMNS:
        items = [v for v in values[column] if v]
        if column in ("first_name", "last_name", "full_name", "company", "job_title"):
            row.append(items[0] if items else "")
        else:
            row.append("\n".join(dict.fromkeys(items)))
    return row


def _read_vcard_text(text: str, encoding: str, name: str) -> Table:
    lines = _unfold(text.lstrip("\ufeff"))
    rows: list[Row] = []
    skipped: list[tuple[int, str]] = []
    current: list[_Prop] | None = None
    start = 0
    for number, line in lines:
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if current is not None:  # no END: keep what we have
                rows.append(Row(start, _card_row(current)))
            current, start = [], number
        elif upper == "END:VCARD":
            if current is not None:
                rows.append(Row(start, _card_row(current)))
            current = None
        elif current is not None:
            try:
                prop = _parse_property(line)
            except (ValueError, LookupError):
                prop = None
            if prop is None:
                skipped.append((number, "unreadable"))
            else:
                current.append(prop)
    if current is not None:
        rows.append(Row(start, _card_row(current)))
    if not rows:
        raise _unreadable(name, "no vCard found")
    if len(rows) > MAX_ROWS:
        _check_rows(len(rows) + _SPARE_LINES, name)
    for row in rows[:]:
        if not any(row.cells):
            rows.remove(row)
            skipped.append((row.line, "empty card"))
    return Table(
        kind="vcard",
        headers=list(VCARD_COLUMNS),
        rows=rows,
        encoding=encoding,
        skipped=skipped,
        preset_mapping={i: c for i, c in enumerate(VCARD_COLUMNS)},
    )
