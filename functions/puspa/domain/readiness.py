"""Documents ready for collection (pure): the record staff keep, and what a resident may learn of it.

A record is found only with its receipt number and its secret (the owner's date of birth); the secret
is kept only as a keyed hash. No NIK and no name are stored. Records expire 90 days after the
document was ready or 30 days after it was collected, whichever comes first, and a record still in
process 180 days after it was imported or last changed.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from msgspec import Struct

from puspa.domain.dates import read_date

KINDS = {"ktp_el": "KTP-el", "kk": "Kartu Keluarga", "kia": "KIA", "akta": "Akta", "lainnya": "Dokumen"}
KIND_WORDS = {
    "ktp": "ktp_el", "ktp-el": "ktp_el", "ktp el": "ktp_el", "e-ktp": "ktp_el", "ektp": "ktp_el", "ktp_el": "ktp_el",
    "kk": "kk", "kartu keluarga": "kk", "kia": "kia", "akta": "akta", "akte": "akta", "lainnya": "lainnya",
}  # fmt: skip
KEEP_AFTER_READY = timedelta(days=90)
KEEP_AFTER_COLLECTED = timedelta(days=30)
KEEP_WHILE_PROCESSING = timedelta(days=180)  # a slow print (no blanks) must not outlive its record
FAILURES_PER_DAY = 5  # wrong number/secret pairs a sender may try in a day before the lookup pauses
NOTIFY_PROOF_LIFETIME = timedelta(hours=1)  # "Kabari saya" this soon after the lookup needs no second date of birth
_NUMBER = re.compile(r"^[A-Z0-9][A-Z0-9/.\-]{2,39}$")
_PREFIX_DIGITS = re.compile(r"^([A-Z]{2,5})(\d)")


class Readiness(StrEnum):
    """Stored in Firestore: renaming one needs a migration."""

    PROCESSING = "diproses"
    READY = "siap"
    COLLECTED = "diambil"


def normalise_number(text: str) -> str | None:
    """ "  12/kk-2026 " -> "12/KK-2026", "ktp0003" -> "KTP-0003" (a letter prefix is followed by a dash,
    however it was typed: imports and lookups agree); None when it cannot be a receipt number."""
    number = _PREFIX_DIGITS.sub(r"\1-\2", "".join(text.split()).upper())
    return number if _NUMBER.match(number) and any(ch.isdigit() for ch in number) else None


def normalise_secret(text: str) -> str | None:
    """A date of birth as written ("17-08-1990", "17/8/1990", "17 Agustus 1990", "17 agt 1990") ->
    "1990-08-17", or None. Read as the registration form reads dates (`dates.read_date`), but the year
    must have four digits: "17-08-90" is never year 0090 (the lookup would only ever fail)."""
    written = read_date(text)
    if written is None or len(written.year) != 4:
        return None
    try:
        return date(int(written.year), written.month, written.day).isoformat()
    except ValueError:
        return None


def kind_of(text: str) -> str | None:
    return KIND_WORDS.get(" ".join(text.lower().split()))


def expiry(ready_on: date | None, collected_on: date | None, changed_at: datetime) -> datetime:
    """When the record goes: 90 days after ready or 30 after collection, whichever is first (never
    later than 90 days after the change); still in process, 180 days after it was imported or last
    changed. Only a change moves it: importing the same row again writes nothing."""
    if ready_on is None and collected_on is None:
        return changed_at + KEEP_WHILE_PROCESSING
    candidates = [changed_at + KEEP_AFTER_READY]
    if ready_on is not None:
        candidates.append(datetime.combine(ready_on, time(), changed_at.tzinfo) + KEEP_AFTER_READY)
    if collected_on is not None:
        candidates.append(datetime.combine(collected_on, time(), changed_at.tzinfo) + KEEP_AFTER_COLLECTED)
    return min(candidates)


class DocumentRecord(Struct, frozen=True):
    number: str
    kind: str
    village: str
    state: Readiness
    ready_on: date | None = None
    collected_on: date | None = None


class LookupOutcome(StrEnum):
    FOUND = "found"
    NOT_FOUND = "not_found"  # an unknown number and a wrong secret answer the same
    PAUSED = "paused"  # too many failed attempts today


class Lookup(Struct, frozen=True):
    outcome: LookupOutcome
    record: DocumentRecord | None = None
    subscribed: bool = False
    proof: str = ""  # set by the shell on a found record still in process: what "Kabari saya" carries


class Marked(Struct, frozen=True):
    """What staff's SIAP / DIAMBIL did: the record as it now stands, how many residents who asked to be
    told are told now (moved to the document's one notice), and whether it already stood so."""

    record: DocumentRecord
    told: int = 0
    already: bool = False


def notify_material(number: str, sender_key: str, minute: int) -> str:
    """What is hashed (keyed) into the proof a successful lookup hands to "Kabari saya": the document,
    the sender who proved they own it, and the minute they did. Never the date of birth."""
    return f"{number}:{sender_key}:{minute}"


def notify_proof(minute: int, keyed: str) -> str:
    """The proof as the button carries it: the minute (since the epoch, UTC) and 16 hex digits of the
    keyed hash of `notify_material` — opaque, bound to one sender and one document, checkable only by
    the shell, which holds the key."""
    return f"{minute}.{hashlib.sha256(keyed.encode()).hexdigest()[:16]}"


def minute_of(moment: datetime) -> int:
    return int(moment.timestamp()) // 60


def proof_issued(proof: str) -> datetime | None:
    """When the lookup behind `proof` succeeded; None when it is no proof at all."""
    minute, _, digest = proof.partition(".")
    if not minute.isdigit() or len(minute) > 12 or not digest:
        return None
    return datetime.fromtimestamp(int(minute) * 60, UTC)


def secret_material(office_id: str, number: str, secret: str) -> str:
    """What is hashed (keyed) to store and check a document's secret: never the secret alone."""
    return f"secret:{office_id}:{number}:{secret}"


COLUMNS = ("nomor", "jenis", "desa", "tanggal_lahir", "tanggal_siap", "tanggal_diambil")


class ImportRow(Struct, frozen=True):
    line: int
    record: DocumentRecord
    secret: str  # the normalised date of birth; hashed before it is stored


def _day(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    iso = normalise_secret(text)  # the same day-month-year reading
    return date.fromisoformat(iso) if iso else None


def parse_rows(rows: list[dict[str, str]]) -> tuple[list[ImportRow], list[str]]:
    """Rows of the staff's spreadsheet (CSV with the COLUMNS header) -> records, or problems in
    Indonesian naming the line (the header is line 1)."""
    records: list[ImportRow] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        raw = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        number = normalise_number(raw.get("nomor", ""))
        kind = kind_of(raw.get("jenis", ""))
        secret = normalise_secret(raw.get("tanggal_lahir", ""))
        ready_text, collected_text = raw.get("tanggal_siap", ""), raw.get("tanggal_diambil", "")
        ready_on, collected_on = _day(ready_text), _day(collected_text)
        errors = [
            "nomor kosong atau tidak sah" if number is None else "",
            f"jenis '{raw.get('jenis', '')}' tidak dikenal (ktp_el, kk, kia, akta, lainnya)" if kind is None else "",
            "tanggal_lahir harus seperti 17-08-1990" if secret is None else "",
            "tanggal_siap harus seperti 25-11-2026 (atau kosong)" if ready_text and ready_on is None else "",
            "tanggal_diambil harus seperti 27-11-2026 (atau kosong)" if collected_text and collected_on is None else "",
            "tanggal_diambil tanpa tanggal_siap" if collected_on and not ready_on else "",
            f"nomor sama dengan baris {seen[number]}" if number and number in seen else "",
        ]
        found = [e for e in errors if e]
        if found:
            problems.append(f"baris {line}: " + "; ".join(found))
            continue
        assert number is not None and kind is not None and secret is not None  # checked just above
        seen[number] = line
        state = Readiness.COLLECTED if collected_on else Readiness.READY if ready_on else Readiness.PROCESSING
        record = DocumentRecord(number, kind, raw.get("desa", ""), state, ready_on, collected_on)
        records.append(ImportRow(line, record, secret))
    return records, problems
