"""Papers checked before a visit ("cek berkas"): a resident's photos and PDFs of the documents a card
lists, kept a few days for staff to check (pure).

A papers record belongs to one resident, one card and (when there is one) one counter booking. Its
files live in a private Cloud Storage bucket under the record; the record keeps how many there are and
their object names, never a file name or a WhatsApp media id. It gets a code (BRK-2026-0001) when it is
first sent to staff; staff answer LENGKAP or KURANG <what is missing>.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from msgspec import Struct

PREFIX = "BRK"  # codes BRK-2026-0001: stored in documents and counters, never rename

# The limits, each with its answer to the resident (conversation/papers.py):
MAX_FILES = 10  # per record: the longest list on a card (KK baru, pindah) is five or six papers, some two-sided
# A photo WhatsApp sends is compressed to a few hundred kilobytes; a scanned multi-page PDF of a KK or an
# akta stays within 1–3 MB. 5 MB leaves room for both while keeping a record under 50 MB, one download
# within the function's 512 MiB and the webhook's time budget, and each signed file quick to open on a
# staff phone's data plan.
MAX_BYTES = 5 * 1024 * 1024
KINDS = {"image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf"}  # what staff can open anywhere
# One lifecycle rule for every file: delete KEEP_FILES after the object's customTime, which is the visit
# day when there is a booking (so files go a few days after the visit) and the upload time otherwise.
KEEP_FILES = timedelta(days=4)
LATEST_VISIT = timedelta(days=60)  # a visit date further ahead (or past) is not believed: client input
BACKSTOP = timedelta(days=75)  # the bucket's `age` rule: nothing stays longer, whatever its customTime
BURST = timedelta(seconds=60)  # files closer together than this are one batch: one "Diterima" for the batch


class PapersStatus(StrEnum):
    """Stored in Firestore and shown to residents: renaming one needs a migration."""

    TERBUKA = "terbuka"  # files are being sent; not yet with staff
    DIKIRIM = "dikirim"  # sent to staff, waiting for their check
    LENGKAP = "lengkap"  # staff: complete
    KURANG = "kurang"  # staff: something is missing (`answer` says what)


STATUS_TEXT = {
    PapersStatus.TERBUKA: "belum dikirim ke petugas",
    PapersStatus.DIKIRIM: "menunggu pemeriksaan petugas",
    PapersStatus.LENGKAP: "lengkap",
    PapersStatus.KURANG: "ada yang kurang",
}


class FileProblem(StrEnum):
    """Why a file was not kept (each has its own answer to the resident)."""

    TYPE = "type"  # not JPEG, PNG or PDF
    SIZE = "size"  # over MAX_BYTES
    COUNT = "count"  # the record already holds MAX_FILES
    GONE = "gone"  # WhatsApp no longer has it (or never gave it): send it again
    CLOSED = "closed"  # staff already found the papers complete
    UNAVAILABLE = "unavailable"  # files cannot be kept here now (no bucket configured, or it refused)


def file_kind(head: bytes) -> str | None:
    """The extension of a file PUSPA keeps, judged by its first bytes, not by what the phone called it
    (a HEIC photo may arrive as image/jpeg, a Word file as a PDF): None when it is none of JPEG, PNG, PDF."""
    if head.startswith(b"\xff\xd8\xff"):
        return KINDS["image/jpeg"]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return KINDS["image/png"]
    if head.startswith(b"%PDF-"):
        return KINDS["application/pdf"]
    return None


def visit_day(raw: str, today: date) -> date | None:
    """The visit date a booking's tap carries (YYYY-MM-DD), believed only between today and
    LATEST_VISIT ahead: the tap is client input, and files are kept until a few days after it."""
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return None
    return day if today <= day <= today + LATEST_VISIT else None


def custom_time(visit: date | None, uploaded: datetime) -> datetime:
    """The customTime a file is stored with: the visit day, or the upload time without a visit."""
    return datetime.combine(visit, time(), UTC) if visit is not None else uploaded


def keep_until(visit: date | None, uploaded: datetime) -> datetime:
    """When the bucket's lifecycle rule deletes a file (and the record's Firestore TTL with it)."""
    return custom_time(visit, uploaded) + KEEP_FILES


class View(Struct, frozen=True):
    """A staff member opened the files: who (masked) and when."""

    by: str
    at: datetime


class Papers(Struct, frozen=True):
    record_id: str  # natural key: a keyed hash of (resident, card, booking)
    office_id: str
    resident_key: str
    resident_wa_id: str
    resident_user_id: str
    service_id: str
    service_title: str
    booking_code: str
    visit_date: date | None
    status: PapersStatus
    files: tuple[str, ...]  # object names in the bucket, in the order received
    created_at: datetime
    consented_at: datetime
    code: str = ""  # given when first sent to staff
    rounds: int = 0  # how many times it was sent to staff (after KURANG the resident may send more)
    sent_files: int = 0  # files it held when last sent: a second "Selesai" without new files sends nothing
    last_file_at: datetime | None = None
    answer: str = ""
    answered_by: str = ""
    answered_at: datetime | None = None
    views: tuple[View, ...] = ()

    @property
    def count(self) -> int:
        return len(self.files)

    def to_dict(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id, "office_id": self.office_id, "resident_key": self.resident_key,
            "resident_wa_id": self.resident_wa_id, "resident_user_id": self.resident_user_id,
            "service_id": self.service_id, "service_title": self.service_title, "booking_code": self.booking_code,
            "visit_date": self.visit_date.isoformat() if self.visit_date else "", "status": self.status.value,
            "files": list(self.files), "created_at": self.created_at, "consented_at": self.consented_at,
            "code": self.code, "rounds": self.rounds, "sent_files": self.sent_files,
            "last_file_at": self.last_file_at, "answer": self.answer, "answered_by": self.answered_by,
            "answered_at": self.answered_at, "views": [{"by": v.by, "at": v.at} for v in self.views],
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Papers:
        def moment(key: str) -> datetime | None:
            value = data.get(key)
            return value if isinstance(value, datetime) else None

        visit = str(data.get("visit_date") or "")
        raw_views = data.get("views")
        raw_views = raw_views if isinstance(raw_views, list) else []
        views = [v for v in raw_views if isinstance(v, dict) and isinstance(v.get("at"), datetime)]
        return cls(
            str(data["record_id"]), str(data["office_id"]), str(data.get("resident_key", "")),
            str(data.get("resident_wa_id", "")), str(data.get("resident_user_id", "")),
            str(data.get("service_id", "")), str(data.get("service_title", "")), str(data.get("booking_code", "")),
            date.fromisoformat(visit) if visit else None,
            PapersStatus(data.get("status", PapersStatus.TERBUKA.value)),
            tuple(str(f) for f in data.get("files") or []), data["created_at"], data["consented_at"],
            str(data.get("code", "")), int(data.get("rounds", 0)), int(data.get("sent_files", 0)),
            moment("last_file_at"), str(data.get("answer", "")), str(data.get("answered_by", "")),
            moment("answered_at"),
            tuple(View(str(v.get("by", "")), v["at"]) for v in views),
        )  # fmt: skip


class FileReceipt(Struct, frozen=True):
    """What became of one file the resident sent: kept (the record's count now), or why not.
    `acknowledge`: the first file of a batch (a reply says so; the others of the batch are only
    marked read, every outbound message being billed)."""

    count: int
    problem: FileProblem | None = None
    acknowledge: bool = True
    code: str = ""


class Submitted(Struct, frozen=True):
    """The outcome of "Selesai": the record as sent (None when it holds no file), and whether staff
    were told now (False: nothing new since it was last sent)."""

    papers: Papers | None
    sent: bool
