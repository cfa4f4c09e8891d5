"""What staff are told about a new request or a cancellation (pure).

E-mail carries what staff need to act (name, masked NIK, desa, event details, the contact
number to call); WhatsApp carries less, because messages stay on phones: the code, the event
and the desa. Resident text is HTML-escaped in e-mail and flattened (no line breaks, no
WhatsApp formatting) in template parameters; headers are built from system values only.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from msgspec import Struct

from puspa.conversation.replies import TemplateReply
from puspa.domain.calendar import format_day
from puspa.domain.privacy import mask_digit_runs, mask_nik
from puspa.domain.registration import ENTERTAINMENT, EVENT_TYPES, Registration
from puspa.whatsapp.limits import flatten_parameter


class NoticeTemplates(Struct, frozen=True):
    """The approved templates staff notices go out as: `actionable` (new requests, with quick
    replies), `info` (cancellations, questions, follow-ups), in `language`."""

    actionable: str
    info: str
    language: str


class StaffNotice(Struct, frozen=True):
    office_id: str
    subject: str
    rows: tuple[tuple[str, str], ...]  # (label, value) for the e-mail
    footer: str
    template: TemplateReply
    ticket_code: str = ""  # a question: staff may answer by replying to the WhatsApp notification
    time_label: str = "Diterima"
    view_code: str = ""  # papers to check: each staff member gets their own link to them (NotifyService.links)


def _day(value: str) -> str:
    try:
        return format_day(date.fromisoformat(value))
    except ValueError:
        return value


def new_registration(fields: dict[str, Any], office_name: str, template: str, language: str) -> StaffNotice:
    registration = Registration.from_dict(fields)
    draft = registration.draft
    event = EVENT_TYPES.get(draft.event_type, draft.event_type)
    code = registration.code
    rows = (
        ("Kode", code),
        ("Pemohon", draft.name),
        ("NIK", mask_nik(draft.nik)),
        ("Tempat tinggal", f"Desa {draft.village}, RT/RW {draft.rt_rw}"),
        ("Acara", event),
        ("Tanggal", f"{format_day(draft.event_date)}, {draft.hours}"),
        ("Tempat acara", draft.venue),
        ("Perkiraan tamu", f"{draft.guests} orang"),
        ("Hiburan", ENTERTAINMENT.get(draft.entertainment, draft.entertainment)),
        ("Nomor HP pemohon", draft.contact),
    )
    footer = (
        f"Tindak lanjut dari WhatsApp petugas: PROSES {code} · SETUJU {code} · TOLAK {code} <alasan> · SELESAI {code}"
    )
    summary = f"{event}, {format_day(draft.event_date)}, Desa {draft.village}"
    parameters = tuple(flatten_parameter(p) for p in ("Permohonan izin resepsi baru", code, summary))
    return StaffNotice(
        office_id=registration.office_id,
        subject=f"[PUSPA {office_name}] Permohonan izin resepsi baru {code}",
        rows=rows,
        footer=footer,
        template=TemplateReply(template, language, parameters, (f"PROSES {code}", f"SETUJU {code}")),
    )


def cancellation(fields: dict[str, Any], office_name: str, template: str, language: str) -> StaffNotice:
    code = str(fields.get("code", ""))
    event = EVENT_TYPES.get(str(fields.get("event_type", "")), "Acara")
    summary = f"{event}, {_day(str(fields.get('event_date', '')))}, Desa {fields.get('village', '')}"
    rows = (("Kode", code), ("Acara", summary), ("Keterangan", "Warga menghapus datanya lewat HAPUS DATA SAYA."))
    parameters = tuple(flatten_parameter(p) for p in ("Permohonan dibatalkan warga", code, summary))
    return StaffNotice(
        office_id=str(fields.get("office_id", "")),
        subject=f"[PUSPA {office_name}] Permohonan {code} dibatalkan oleh warga",
        rows=rows,
        footer="Data pribadi pemohon sudah dihapus; tidak perlu tindak lanjut.",
        template=TemplateReply(template, language, parameters),
        time_label="Dibatalkan",
    )


def email_text(notice: StaffNotice, when: str) -> str:
    """`when`: the event's time in the office's zone, e.g. "25-11-2026 09.12 WIB" (or empty)."""
    lines = [notice.subject.split("] ", 1)[-1], ""]
    lines += [f"{label}: {value}" for label, value in notice.rows]
    if when:
        lines.append(f"{notice.time_label}: {when}")
    lines += ["", notice.footer]
    return "\n".join(lines) + "\n"


VIEW_LINK_LABEL = "Lihat berkas"  # the row notify_admins adds with a staff member's own papers link


def _cell(label: str, value: str) -> str:
    """A row's value for HTML. Only PUSPA's own papers link (its own row) is clickable: other rows may hold
    what a resident typed, and a typed URL must never look like PUSPA's link."""
    if label == VIEW_LINK_LABEL and value.startswith(("https://", "http://")) and " " not in value:
        return f"<a href='{html.escape(value)}'>Buka berkas</a>"
    return html.escape(value)


def email_html(notice: StaffNotice, when: str) -> str:
    cells = "".join(
        f"<tr><th align='left'>{html.escape(label)}</th><td>{_cell(label, value)}</td></tr>"
        for label, value in notice.rows
    )
    when = f"<p>{html.escape(notice.time_label)}: {html.escape(when)}</p>" if when else ""
    title = html.escape(notice.subject.split("] ", 1)[-1])
    return f"<html><body><h3>{title}</h3><table>{cells}</table>{when}<p>{html.escape(notice.footer)}</p></body></html>"


def _question_notice(
    kind: str, fields: dict[str, Any], text: str, office_name: str, service_title: str, template: str, language: str
) -> StaffNotice:
    code = str(fields.get("code", ""))
    name = mask_digit_runs(str(fields.get("profile_name", ""))) or "Warga"
    rows = (("Kode", code), ("Nama WhatsApp", name), ("Layanan", service_title or "-"), ("Pertanyaan", text))
    footer = (
        f"Jawab dari WhatsApp petugas: balas notifikasi PUSPA untuk {code}, atau kirim JAWAB {code} <jawaban>. "
        f"Tutup tanpa jawaban: TUTUP {code}. Nomor warga tidak ditampilkan; jawaban dikirim lewat PUSPA."
    )
    summary = f"{name}{f' ({service_title})' if service_title else ''}: {text}"
    parameters = (flatten_parameter(kind), flatten_parameter(code), flatten_parameter(summary, 600))
    return StaffNotice(
        office_id=str(fields.get("office_id", "")),
        subject=f"[PUSPA {office_name}] {kind} {code}",
        rows=rows,
        footer=footer,
        template=TemplateReply(template, language, parameters),
        ticket_code=code,
        time_label="Dikirim",
    )


def new_question(
    fields: dict[str, Any], office_name: str, service_title: str, template: str, language: str
) -> StaffNotice:
    thread = fields.get("thread") or [{}]
    question = str(thread[0].get("text", ""))
    return _question_notice("Pertanyaan baru", fields, question, office_name, service_title, template, language)


def question_followup(
    fields: dict[str, Any], office_name: str, service_title: str, template: str, language: str
) -> StaffNotice:
    text = str(fields.get("text", ""))
    return _question_notice("Pertanyaan lanjutan", fields, text, office_name, service_title, template, language)
