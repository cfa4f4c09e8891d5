"""Questions residents ask staff ("Tanya petugas"): statuses, the thread (pure)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from msgspec import Struct


class TicketStatus(StrEnum):
    """Stored in Firestore and shown to residents: renaming one needs a migration."""

    TERBUKA = "terbuka"  # waiting for staff
    DIJAWAB = "dijawab"  # staff answered; the resident may ask again
    SELESAI = "selesai"  # the resident said it is clear
    DITUTUP = "ditutup"  # staff closed it without an answer


class TicketAction(StrEnum):
    """What a resident or staff member does to a question."""

    CLOSE = "close"  # resident: "Sudah jelas"; staff: TUTUP
    FOLLOWUP = "followup"  # resident: a follow-up question (reopens it)
    READ = "read"  # resident: re-read the answer ("Baca lengkap")
    ANSWER = "answer"  # staff: JAWAB, or a WhatsApp reply to the notification


RESIDENT = "warga"  # the author of the resident's entries in a thread
OPEN = frozenset({TicketStatus.TERBUKA, TicketStatus.DIJAWAB})
STATUS_TEXT = {
    TicketStatus.TERBUKA: "menunggu jawaban petugas",
    TicketStatus.DIJAWAB: "sudah dijawab",
    TicketStatus.SELESAI: "selesai",
    TicketStatus.DITUTUP: "ditutup petugas",
}
THREAD_MAX = 30  # entries per question: keeps its document far below Firestore's 1 MiB (30 × 4 KB)
ANSWER_MAX = 3500  # longer staff answers are refused (a text message holds 4096 with the framing)


class Entry(Struct, frozen=True):
    """One message in the thread: from the resident (RESIDENT) or staff ("petugas …1234")."""

    author: str
    text: str
    at: datetime

    @property
    def from_staff(self) -> bool:
        return self.author != RESIDENT


class Ticket(Struct, frozen=True):
    code: str
    office_id: str
    resident_key: str
    resident_wa_id: str
    resident_user_id: str
    profile_name: str
    service_id: str
    status: TicketStatus
    created_at: datetime
    thread: tuple[Entry, ...] = ()

    @property
    def question(self) -> str:
        return self.thread[0].text if self.thread else ""

    @property
    def answers(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.thread if e.from_staff)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "office_id": self.office_id, "resident_key": self.resident_key,
            "resident_wa_id": self.resident_wa_id, "resident_user_id": self.resident_user_id,
            "profile_name": self.profile_name, "service_id": self.service_id, "status": self.status.value,
            "created_at": self.created_at,
            "thread": [{"author": e.author, "text": e.text, "at": e.at} for e in self.thread],
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Ticket:
        thread = tuple(Entry(str(e["author"]), str(e["text"]), e["at"]) for e in data.get("thread", []))
        return cls(
            code=data["code"], office_id=data["office_id"], resident_key=data.get("resident_key", ""),
            resident_wa_id=data.get("resident_wa_id", ""), resident_user_id=data.get("resident_user_id", ""),
            profile_name=data.get("profile_name", ""), service_id=data.get("service_id", ""),
            status=TicketStatus(data["status"]), created_at=data["created_at"], thread=thread,
        )  # fmt: skip
