"""Saran & pengaduan's shell side: keep a complaint (staff are told through a notice), staff's answer,
erasure, STATUS. Its store port is declared here, beside the only handlers that use it."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Protocol

from puspa.app.effect_handlers import Scope
from puspa.app.staff_notices import NoticeTemplates, StaffNotice
from puspa.conversation.complaint import AnswerComplaint, SubmitComplaint
from puspa.conversation.replies import TemplateReply
from puspa.domain.complaint import PREFIX, Complaint
from puspa.domain.results import Erasure
from puspa.domain.sender import Sender
from puspa.whatsapp.limits import flatten_parameter

log = logging.getLogger(__name__)


class ComplaintStore(Protocol):
    """Complaints per office, numbered ADU-<year>-<n>. Keeping one also leaves a `complaint_new`
    notice for staff; both are replays of the same message at most once."""

    def submit_complaint(
        self, office_id: str, resident: Sender, category: str, text: str, message_key: str, now: datetime, year: int
    ) -> Complaint: ...

    def answer_complaint(
        self, office_id: str, code: str, text: str, actor: str, message_key: str, now: datetime
    ) -> Complaint | None:
        """The complaint answered (None when it does not exist at this office)."""
        ...

    def find_complaints(self, office_id: str, resident_key: str, code: str) -> tuple[Complaint, ...]: ...

    def erase_resident_complaints(self, office_id: str, resident_key: str) -> tuple[str, ...]: ...


def submit(effect: SubmitComplaint, scope: Scope, complaints: ComplaintStore) -> Complaint:
    complaint = complaints.submit_complaint(
        scope.office_id, scope.inbound.sender, effect.category, effect.text, scope.message_key, scope.now, effect.year
    )
    log.info("complaint %s kept", complaint.code)
    return complaint


def answer(effect: AnswerComplaint, scope: Scope, complaints: ComplaintStore) -> Complaint | None:
    complaint = complaints.answer_complaint(
        scope.office_id, effect.code, effect.text, effect.actor, scope.message_key, scope.now
    )
    log.info("staff answered complaint %s: %s", effect.code, "ok" if complaint else "not found")
    return complaint


def erase(scope: Scope, complaints: ComplaintStore) -> Erasure:
    return Erasure(deleted=complaints.erase_resident_complaints(scope.office_id, scope.inbound.sender.key))


def find(scope: Scope, code: str, prefix: str | None, complaints: ComplaintStore) -> tuple[Complaint, ...]:
    if prefix not in (None, PREFIX):
        return ()
    return complaints.find_complaints(scope.office_id, scope.inbound.sender.key, code)


def new_complaint(fields: dict[str, Any], office_name: str, _: str, templates: NoticeTemplates) -> StaffNotice:
    code, category, text = (str(fields.get(k, "")) for k in ("code", "category", "text"))
    parameters = tuple(flatten_parameter(p, 600) for p in ("Saran/pengaduan baru", code, f"{category}: {text}"))
    return StaffNotice(
        office_id=str(fields.get("office_id", "")),
        subject=f"[PUSPA {office_name}] Saran/pengaduan {code}",
        rows=(("Kode", code), ("Tentang", category), ("Isi", text)),
        footer=f"Tanggapi dari WhatsApp petugas: JAWAB {code} <tanggapan>. Nomor warga tidak ditampilkan.",
        template=TemplateReply(templates.info, templates.language, parameters),
        time_label="Dikirim",
    )


HANDLERS = {SubmitComplaint: submit, AnswerComplaint: answer}
ERASE = (erase,)
FIND = {"complaint": find}
STAFF_NOTICES = {"complaint_new": new_complaint}
