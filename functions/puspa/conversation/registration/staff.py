"""The reception-permit registration, staff's half (pure): what allow-listed staff numbers can do
from WhatsApp, and what residents are told.

    PROSES <kode> · SETUJU <kode> · TOLAK <kode> <alasan> · SELESAI <kode>

Taps on the notification's buttons carry the same text as their payload.
"""

from __future__ import annotations

import re

from puspa.conversation import actions
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, Step, staff_actor
from puspa.conversation.effects import Effect
from puspa.conversation.replies import Button, ButtonsReply, Outbound, Push, TemplateReply, TextReply
from puspa.domain.calendar import format_day
from puspa.domain.codes import RequestKind, code_regex, find_code
from puspa.domain.registration import EVENT_TYPES, STATUS_TEXT, Registration, Status
from puspa.domain.results import StatusChange, StatusProblem
from puspa.domain.sender import Sender
from puspa.domain.session import Session
from puspa.whatsapp.limits import flatten_parameter

COMMANDS = {"PROSES": Status.DIPROSES, "SETUJU": Status.DISETUJUI, "TOLAK": Status.DITOLAK, "SELESAI": Status.SELESAI}
_COMMAND = re.compile(r"^\s*(PROSES|SETUJU|TOLAK|SELESAI)\b\s*(.*)$", re.IGNORECASE | re.DOTALL)
_CODE_FIRST = re.compile(rf"^({code_regex(RequestKind.REGISTRATION)})\b\s*(.*)$", re.IGNORECASE | re.DOTALL)
REASON_MIN = 5  # letters of a TOLAK reason: the resident must learn why
REASON_MAX = 300
HELP = "*PROSES <kode>* · *SETUJU <kode>* · *TOLAK <kode> <alasan>* · *SELESAI <kode>*"
EXAMPLE = "Contoh: _TOLAK RSP-2026-0042 tanggal bentrok dengan acara desa_"


class ChangeStatus(Effect, frozen=True):
    """Staff: move a registration to `status`, recorded with who and when."""

    code: str
    status: Status
    actor: str
    reason: str


def parse_command(text: str, actor: str, *, replying: bool = False) -> ChangeStatus | TextReply | None:
    """A registration command as an effect, a reply explaining what is missing, or None (not a command).
    The code must follow the verb. When `replying` (a WhatsApp reply to a notification), text that
    starts with a command word but has no code is an answer ("Proses KK 14 hari, Bu."), not a command."""
    match = _COMMAND.match(text)
    if not match:
        return None
    status = COMMANDS[match.group(1).upper()]
    coded = _CODE_FIRST.match(match.group(2))
    if coded is None:
        return (
            None if replying else TextReply(f"Kode permohonan tidak terbaca.\n\nPerintah petugas:\n{HELP}\n{EXAMPLE}")
        )
    code = find_code(coded.group(1), RequestKind.REGISTRATION) or ""
    reason = " ".join(coded.group(2).split())
    if status is Status.DITOLAK and len(reason) < REASON_MIN:
        return TextReply(f"Tulis alasan penolakan untuk warga: *TOLAK {code} <alasan>*.")
    return ChangeStatus(code, status, actor, reason[:REASON_MAX])


def command(session: Session, ctx: Context) -> Step | None:
    """PROSES / SETUJU / TOLAK / SELESAI <kode> from an allow-listed number, in any state. Inside a
    dialogue that takes typed answers, a word like "Setuju" is the answer, not a half-written command."""
    if not ctx.from_staff:
        return None
    replying = bool(ctx.inbound.reply_to) and not ctx.choice
    parsed = parse_command(ctx.text or ctx.choice, staff_actor(ctx.inbound.sender), replying=replying)
    if isinstance(parsed, ChangeStatus):
        return Step(session, effects=(parsed,))
    if parsed is None or (ctx.dialogue is not None and ctx.dialogue.takes_text):
        return None
    return Step(session, (parsed,))


# --- what staff and residents are told --------------------------------------------------------------


def resident_update(registration: Registration, status_template: str, language: str, closing_hint: str = "") -> Push:
    """The resident's news of a status change: a normal message in the window, a template outside."""
    reason = next((c.reason for c in reversed(registration.history) if c.status is registration.status), "")
    text = f"Kabar permohonan *{registration.code}* ({EVENT_TYPES.get(registration.draft.event_type, 'acara')}, "
    text += f"{format_day(registration.draft.event_date)}):\nstatusnya sekarang *{STATUS_TEXT[registration.status]}*."
    if reason:
        text += f"\nKeterangan petugas: {reason}"
    if registration.status is Status.DISETUJUI:
        text += "\n\nSilakan ambil surat rekomendasi di kantor kecamatan pada jam kerja dengan membawa KTP."
    if registration.status in (Status.SELESAI, Status.DITOLAK) and closing_hint:  # the end of the service
        text += f"\n\n{closing_hint}"
    buttons = (Button(actions.STATUS, "Cek status"), render.MENU_BUTTON_MAIN)
    parameters = (registration.code, STATUS_TEXT[registration.status], reason or "-")
    template = TemplateReply(status_template, language, tuple(flatten_parameter(p) for p in parameters))
    recipient = Sender(registration.resident_wa_id, registration.resident_user_id)
    return Push(recipient, ButtonsReply(text, buttons), template)


def status_changed(effect: ChangeStatus, change: StatusChange, ctx: Context) -> tuple[Outbound, ...]:
    """What the staff member is told, and (when the status changed) the resident's update."""
    registration, code, wanted = change.registration, effect.code, effect.status
    if change.problem is StatusProblem.NOT_FOUND or registration is None:
        return (TextReply(f"Permohonan *{code}* tidak ditemukan. Periksa kodenya."),)
    if change.problem is StatusProblem.NOT_ALLOWED:
        return (
            TextReply(f"*{code}* berstatus *{registration.status.value}*: tidak bisa diubah menjadi *{wanted.value}*."),
        )
    if not change.changed:
        return (TextReply(f"*{code}* sudah berstatus *{registration.status.value}*."),)
    confirmation = TextReply(f"*{code}* kini *{registration.status.value}*. Warga sudah kami kabari.")
    return confirmation, resident_update(
        registration, ctx.status_template, ctx.template_language, ctx.registry.after_service_hint(ctx.content)
    )
