"""Reception-permit registrations ("rekomendasi izin resepsi"): statuses, transitions, the record (pure)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from msgspec import Struct


class Status(StrEnum):
    """Stored in Firestore and shown to residents: renaming one needs a migration."""

    DITERIMA = "diterima"
    DIPROSES = "diproses"
    DISETUJUI = "disetujui"
    DITOLAK = "ditolak"
    SELESAI = "selesai"
    DIBATALKAN = "dibatalkan"


ACTIVE = frozenset({Status.DITERIMA, Status.DIPROSES, Status.DISETUJUI})
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DITERIMA: frozenset({Status.DIPROSES, Status.DISETUJUI, Status.DITOLAK, Status.DIBATALKAN}),
    Status.DIPROSES: frozenset({Status.DISETUJUI, Status.DITOLAK, Status.DIBATALKAN}),
    Status.DISETUJUI: frozenset({Status.SELESAI, Status.DIBATALKAN}),
    Status.DITOLAK: frozenset(),
    Status.SELESAI: frozenset(),
    Status.DIBATALKAN: frozenset(),
}
STATUS_TEXT = {
    Status.DITERIMA: "diterima, menunggu diproses petugas",
    Status.DIPROSES: "sedang diproses petugas",
    Status.DISETUJUI: "disetujui",
    Status.DITOLAK: "ditolak",
    Status.SELESAI: "selesai",
    Status.DIBATALKAN: "dibatalkan",
}
EVENT_TYPES = {
    "pernikahan": "Resepsi pernikahan",
    "khitanan": "Khitanan",
    "syukuran": "Syukuran",
    "lainnya": "Acara lainnya",
}
ENTERTAINMENT = {
    "tidak_ada": "Tidak ada",
    "organ_tunggal": "Organ tunggal",
    "musik": "Band/musik",
    "tradisional": "Kesenian tradisional",
    "lainnya": "Hiburan lainnya",
}


class Draft(Struct, frozen=True):
    """What the resident entered. Values are plain text as stored in the session form."""

    name: str
    nik: str
    village: str
    rt_rw: str
    event_type: str
    event_date: date
    hours: str
    venue: str
    guests: int
    entertainment: str
    contact: str

    @classmethod
    def from_form(cls, form: dict[str, str]) -> Draft:
        return cls(
            name=form["nama"],
            nik=form["nik"],
            village=form["desa"],
            rt_rw=form["rt_rw"],
            event_type=form["jenis_acara"],
            event_date=date.fromisoformat(form["tanggal"]),
            hours=form["jam"],
            venue=form["alamat"],
            guests=int(form["tamu"]),
            entertainment=form["hiburan"],
            contact=form["kontak"],
        )


class Change(Struct, frozen=True):
    status: Status
    at: datetime
    by: str  # "warga" or the masked admin number
    reason: str = ""


class Registration(Struct, frozen=True):
    code: str
    office_id: str
    resident_key: str  # wa_id, or BSUID when Meta withholds the number
    resident_wa_id: str
    resident_user_id: str
    draft: Draft
    status: Status
    created_at: datetime
    history: tuple[Change, ...] = ()

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "office_id": self.office_id,
            "resident_key": self.resident_key,
            "resident_wa_id": self.resident_wa_id,
            "resident_user_id": self.resident_user_id,
            "status": self.status.value,
            "created_at": self.created_at,
            "history": [{"status": c.status.value, "at": c.at, "by": c.by, "reason": c.reason} for c in self.history],
            "draft": {
                "name": self.draft.name,
                "nik": self.draft.nik,
                "village": self.draft.village,
                "rt_rw": self.draft.rt_rw,
                "event_type": self.draft.event_type,
                "event_date": self.draft.event_date.isoformat(),
                "hours": self.draft.hours,
                "venue": self.draft.venue,
                "guests": self.draft.guests,
                "entertainment": self.draft.entertainment,
                "contact": self.draft.contact,
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Registration:
        raw = data["draft"]
        draft = Draft(
            name=raw["name"], nik=raw["nik"], village=raw["village"], rt_rw=raw["rt_rw"],
            event_type=raw["event_type"], event_date=date.fromisoformat(raw["event_date"]), hours=raw["hours"],
            venue=raw["venue"], guests=int(raw["guests"]), entertainment=raw["entertainment"], contact=raw["contact"],
        )  # fmt: skip
        history = tuple(
            Change(Status(c["status"]), c["at"], str(c.get("by", "")), str(c.get("reason", "")))
            for c in data.get("history", [])
        )
        return cls(
            code=data["code"], office_id=data["office_id"], resident_key=data["resident_key"],
            resident_wa_id=data.get("resident_wa_id", ""), resident_user_id=data.get("resident_user_id", ""),
            draft=draft, status=Status(data["status"]), created_at=data["created_at"], history=history,
        )  # fmt: skip
