"""Saran & pengaduan: a resident's complaint or suggestion to the office, and staff's answer (pure)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from msgspec import Struct

PREFIX = "ADU"  # codes ADU-2026-0001: stored in documents and counters, never rename


class ComplaintStatus(StrEnum):
    """Stored in Firestore and shown to residents: renaming one needs a migration."""

    TERBUKA = "terbuka"  # waiting for staff
    DITANGGAPI = "ditanggapi"  # staff answered


STATUS_TEXT = {ComplaintStatus.TERBUKA: "menunggu tanggapan", ComplaintStatus.DITANGGAPI: "sudah ditanggapi"}


class Complaint(Struct, frozen=True):
    code: str
    office_id: str
    resident_key: str
    resident_wa_id: str
    resident_user_id: str
    category: str
    text: str  # digit runs masked: a NIK or a phone number is never kept
    status: ComplaintStatus
    created_at: datetime
    answer: str = ""
    answered_by: str = ""
    answered_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "office_id": self.office_id, "resident_key": self.resident_key,
            "resident_wa_id": self.resident_wa_id, "resident_user_id": self.resident_user_id,
            "category": self.category, "text": self.text, "status": self.status.value,
            "created_at": self.created_at, "answer": self.answer, "answered_by": self.answered_by,
            "answered_at": self.answered_at,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Complaint:
        answered_at = data.get("answered_at")
        return cls(
            str(data["code"]), str(data["office_id"]), str(data["resident_key"]), str(data.get("resident_wa_id", "")),
            str(data.get("resident_user_id", "")), str(data.get("category", "")), str(data.get("text", "")),
            ComplaintStatus(data.get("status", ComplaintStatus.TERBUKA.value)), data["created_at"],
            str(data.get("answer", "")), str(data.get("answered_by", "")),
            answered_at if isinstance(answered_at, datetime) else None,
        )  # fmt: skip
