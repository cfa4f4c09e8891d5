"""What allow-listed staff numbers can do from WhatsApp, and what residents are told (pure).

    PROSES <kode> · SETUJU <kode> · TOLAK <kode> <alasan> · SELESAI <kode>

Taps on the notification's buttons carry the same text as their payload.
"""

from __future__ import annotations

import re

from puspa.conversation import actions
from puspa.conversation.inbound import Sender
from puspa.conversation.replies import (
    Button,
    ButtonsReply,
    ChangeStatus,
    Outbound,
    Push,
    StatusChange,
    TemplateReply,
    TextReply,
)
from puspa.office_calendar import format_day
from puspa.privacy import mask_id
from puspa.registration import EVENT_TYPES, STATUS_TEXT, Registration, Status, find_code
from puspa.ticket import STATUS_TEXT as TICKET_STATUS_TEXT
from puspa.ticket import Ticket
from puspa.whatsapp.messages import flatten_parameter

COMMANDS = {"PROSES": Status.DIPROSES, "SETUJU": Status.DISETUJUI, "TOLAK": Status.DITOLAK, "SELESAI": Status.SELESAI}
_COMMAND = re.compile(r"^\s*(PROSES|SETUJU|TOLAK|SELESAI)\b\s*(.*)$", re.IGNORECASE | re.DOTALL)
_CODE_FIRST = re.compile(r"^(RSP-?\d{4}-?\d{1,6})\b\s*(.*)$", re.IGNORECASE | re.DOTALL)
HELP = (
    "Perintah petugas:\n"
    "*PROSES <kode>* · *SETUJU <kode>* · *TOLAK <kode> <alasan>* · *SELESAI <kode>*\n"
    "Contoh: _TOLAK RSP-2026-0042 tanggal bentrok dengan acara desa_"
)


def parse_command(
    text: str, actor: str, status_template: str, language: str, *, replying: bool = False
) -> ChangeStatus | TextReply | None:
    """A staff command as an effect, a reply explaining what is missing, or None (not a command).
    The code must follow the verb. When `replying` (a WhatsApp reply to a notification), text that
    starts with a command word but has no code is an answer ("Proses KK 14 hari, Bu."), not a command."""
    match = _COMMAND.match(text)
    if not match:
        return None
    status = COMMANDS[match.group(1).upper()]
    coded = _CODE_FIRST.match(match.group(2))
    if coded is None:
        return None if replying else TextReply(f"Kode permohonan tidak terbaca.\n\n{HELP}")
    code = find_code(coded.group(1)) or ""
    reason = " ".join(coded.group(2).split())
    if status is Status.DITOLAK and len(reason) < 5:
        return TextReply(f"Tulis alasan penolakan untuk warga: *TOLAK {code} <alasan>*.")
    return ChangeStatus(
        code, status, actor, reason[:300],
        respond=lambda change: staff_outcome(change, status, code, status_template, language),
    )  # fmt: skip


def resident_update(registration: Registration, status_template: str, language: str) -> Push:
    """The resident's news of a status change: a normal message in the window, a template outside."""
    reason = next((c.reason for c in reversed(registration.history) if c.status is registration.status), "")
    text = f"Kabar permohonan *{registration.code}* ({EVENT_TYPES.get(registration.draft.event_type, 'acara')}, "
    text += f"{format_day(registration.draft.event_date)}):\nstatusnya sekarang *{STATUS_TEXT[registration.status]}*."
    if reason:
        text += f"\nKeterangan petugas: {reason}"
    if registration.status is Status.DISETUJUI:
        text += "\n\nSilakan ambil surat rekomendasi di kantor kecamatan pada jam kerja dengan membawa KTP."
    buttons = (Button(actions.STATUS, "Cek status"), Button(actions.MENU, "Menu utama"))
    template = TemplateReply(
        status_template,
        language,
        (
            flatten_parameter(registration.code),
            flatten_parameter(STATUS_TEXT[registration.status]),
            flatten_parameter(reason or "-"),
        ),
    )
    recipient = Sender(registration.resident_wa_id, registration.resident_user_id)
    return Push(recipient, ButtonsReply(text, buttons), template)


def staff_outcome(
    change: StatusChange, wanted: Status, code: str, status_template: str, language: str
) -> tuple[Outbound, ...]:
    """What the staff member is told, and (when the status changed) the resident's update."""
    registration = change.registration
    if change.problem == "not_found" or registration is None:
        return (TextReply(f"Permohonan *{code}* tidak ditemukan. Periksa kodenya."),)
    if change.problem == "not_allowed":
        return (
            TextReply(f"*{code}* berstatus *{registration.status.value}*: tidak bisa diubah menjadi *{wanted.value}*."),
        )
    if not change.changed:
        return (TextReply(f"*{code}* sudah berstatus *{registration.status.value}*."),)
    confirmation = TextReply(f"*{code}* kini *{registration.status.value}*. Warga sudah kami kabari.")
    return confirmation, resident_update(registration, status_template, language)


def who(sender: Sender) -> str:
    """How a staff member is recorded: the masked number, never the full one."""
    return f"petugas {mask_id(sender.wa_id)}"


def status_list(
    registrations: tuple[Registration, ...], tickets: tuple[Ticket, ...], code: str
) -> tuple[Outbound, ...]:
    """The resident's own registrations and questions (or the one asked for), newest first."""
    buttons = (Button(actions.MENU, "Menu utama"),)
    if code and not registrations and not tickets:
        return (ButtonsReply(f"Kode *{code}* tidak ditemukan untuk nomor ini. Periksa lagi kodenya.", buttons),)
    if not registrations and not tickets:
        body = (
            "Belum ada permohonan atau pertanyaan dari nomor ini.\n"
            "Untuk mendaftar izin resepsi, ketik *daftar resepsi*."
        )
        return (ButtonsReply(body, buttons),)
    lines = []
    if registrations:
        lines.append("*Permohonan Anda*")
        for item in sorted(registrations, key=lambda r: r.created_at, reverse=True)[:8]:
            event = EVENT_TYPES.get(item.draft.event_type, "Acara")
            lines.append(f"• *{item.code}* — {event}, {format_day(item.draft.event_date)}: {STATUS_TEXT[item.status]}")
    if tickets:
        lines += ["", "*Pertanyaan Anda*"] if lines else ["*Pertanyaan Anda*"]
        for ticket in sorted(tickets, key=lambda t: t.created_at, reverse=True)[:8]:
            question = ticket.question if len(ticket.question) <= 40 else ticket.question[:39] + "…"
            lines.append(f'• *{ticket.code}* — "{question}": {TICKET_STATUS_TEXT[ticket.status]}')
    return (ButtonsReply("\n".join(lines), buttons),)
