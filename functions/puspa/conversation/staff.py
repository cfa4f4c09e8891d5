"""What allow-listed staff numbers can do from WhatsApp, and what residents are told (pure).

    PROSES <kode> · SETUJU <kode> · TOLAK <kode> <alasan> · SELESAI <kode>     (registrations)
    JAWAB <kode> <jawaban> · TUTUP <kode> · a WhatsApp reply to a question's notification  (questions)

Taps on the notification's buttons carry the same text as their payload.
"""

from __future__ import annotations

import re

from puspa.conversation import actions
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, Dialogue, Step
from puspa.conversation.effects import ChangeStatus, StaffTicketAction
from puspa.conversation.question import again_id, answer_message, ok_id, read_id
from puspa.conversation.replies import Button, ButtonsReply, Outbound, Push, Reply, TemplateReply, TextReply
from puspa.domain.calendar import format_day
from puspa.domain.codes import RequestKind, code_regex, find_code
from puspa.domain.privacy import mask_id
from puspa.domain.registration import EVENT_TYPES, STATUS_TEXT, Registration, Status
from puspa.domain.results import StatusChange, StatusProblem, TicketChange, TicketProblem
from puspa.domain.sender import Sender
from puspa.domain.session import Session
from puspa.domain.ticket import ANSWER_MAX, Ticket, TicketAction
from puspa.domain.ticket import STATUS_TEXT as TICKET_STATUS_TEXT
from puspa.whatsapp.limits import flatten_parameter

COMMANDS = {"PROSES": Status.DIPROSES, "SETUJU": Status.DISETUJUI, "TOLAK": Status.DITOLAK, "SELESAI": Status.SELESAI}
_COMMAND = re.compile(r"^\s*(PROSES|SETUJU|TOLAK|SELESAI)\b\s*(.*)$", re.IGNORECASE | re.DOTALL)
_CODE_FIRST = re.compile(rf"^({code_regex(RequestKind.REGISTRATION)})\b\s*(.*)$", re.IGNORECASE | re.DOTALL)
_TICKET = re.compile(
    rf"^\s*(JAWAB|TUTUP)\b(?:\s*({code_regex(RequestKind.QUESTION)})\b)?\s*(.*)$", re.IGNORECASE | re.DOTALL
)
REASON_MIN = 5  # letters of a TOLAK reason: the resident must learn why
REASON_MAX = 300
TEMPLATE_ANSWER_MAX = 700  # of the answer, inside the template's 1024-character body
HELP = (
    "Perintah petugas:\n"
    "*PROSES <kode>* · *SETUJU <kode>* · *TOLAK <kode> <alasan>* · *SELESAI <kode>*\n"
    "Contoh: _TOLAK RSP-2026-0042 tanggal bentrok dengan acara desa_"
)


def who(sender: Sender) -> str:
    """How a staff member is recorded: the masked number, never the full one."""
    return f"petugas {mask_id(sender.wa_id)}"


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
        return None if replying else TextReply(f"Kode permohonan tidak terbaca.\n\n{HELP}")
    code = find_code(coded.group(1), RequestKind.REGISTRATION) or ""
    reason = " ".join(coded.group(2).split())
    if status is Status.DITOLAK and len(reason) < REASON_MIN:
        return TextReply(f"Tulis alasan penolakan untuk warga: *TOLAK {code} <alasan>*.")
    return ChangeStatus(code, status, actor, reason[:REASON_MAX])


def _too_long(answer: str, code: str) -> TextReply | None:
    if len(answer) <= ANSWER_MAX:
        return None
    return TextReply(
        f"Jawaban terlalu panjang ({len(answer)} huruf, maks. {ANSWER_MAX}). Persingkat, atau kirim dalam dua "
        f"pesan *JAWAB {code or '<kode>'} …*. Jawaban ini belum dikirim ke warga."
    )


def parse_ticket_command(text: str, reply_to: str, actor: str) -> StaffTicketAction | TextReply | None:
    """JAWAB/TUTUP as an effect, a reply saying what is missing, or None (not about a question).

    The code, when given, must follow the verb. A WhatsApp reply to a notification answers that
    question with its whole text, unless it is exactly TUTUP or starts with JAWAB."""

    def act(code: str, action: TicketAction, answer: str) -> StaffTicketAction | TextReply:
        refused = _too_long(answer, code) if action is TicketAction.ANSWER else None
        return refused or StaffTicketAction(code, "" if code else reply_to, action, answer, actor)

    match = _TICKET.match(text)
    verb = match.group(1).upper() if match else ""
    code = (find_code(match.group(2), RequestKind.QUESTION) or "") if match and match.group(2) else ""
    rest = match.group(3).strip() if match else ""
    if verb == "TUTUP" and not rest and (code or reply_to):
        return act(code, TicketAction.CLOSE, "")
    if verb == "JAWAB" and (code or reply_to):
        if rest:
            return act(code, TicketAction.ANSWER, rest)
        return TextReply(f"Tulis jawabannya: *JAWAB {code or '<kode>'} <jawaban>*.")
    if reply_to and text.strip():  # a WhatsApp reply to a notification: the whole text is the answer
        return act("", TicketAction.ANSWER, text.strip())
    if verb:
        return TextReply(
            "Kode pertanyaan tidak terbaca. Tulis *JAWAB TNY-2026-0001 <jawaban>* atau *TUTUP TNY-2026-0001*."
        )
    return None


def command(session: Session, ctx: Context) -> Step | None:
    """A staff command from an allow-listed number, in any state. Inside a dialogue that takes typed
    answers, a word like "Setuju" is the answer, not a half-written command."""
    if not ctx.from_staff:
        return None
    actor = who(ctx.inbound.sender)
    replying = bool(ctx.inbound.reply_to) and not ctx.choice
    parsed: ChangeStatus | StaffTicketAction | TextReply | None = parse_command(
        ctx.text or ctx.choice, actor, replying=replying
    )
    if ctx.dialogue is not None and ctx.dialogue.takes_text and isinstance(parsed, TextReply):
        parsed = None
    if parsed is None:
        parsed = parse_ticket_command(ctx.text, ctx.inbound.reply_to, actor)
    if isinstance(parsed, ChangeStatus | StaffTicketAction):
        return Step(session, effects=(parsed,))
    if parsed is not None:
        return Step(session, (parsed,))
    return None


# --- what staff and residents are told --------------------------------------------------------------


def resident_update(registration: Registration, status_template: str, language: str) -> Push:
    """The resident's news of a status change: a normal message in the window, a template outside."""
    reason = next((c.reason for c in reversed(registration.history) if c.status is registration.status), "")
    text = f"Kabar permohonan *{registration.code}* ({EVENT_TYPES.get(registration.draft.event_type, 'acara')}, "
    text += f"{format_day(registration.draft.event_date)}):\nstatusnya sekarang *{STATUS_TEXT[registration.status]}*."
    if reason:
        text += f"\nKeterangan petugas: {reason}"
    if registration.status is Status.DISETUJUI:
        text += "\n\nSilakan ambil surat rekomendasi di kantor kecamatan pada jam kerja dengan membawa KTP."
    if registration.status in (Status.SELESAI, Status.DITOLAK):  # the end of the service
        text += "\n\nBantu kami memperbaiki layanan: ketik *SURVEI* (1 menit, anonim)."
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
    return confirmation, resident_update(registration, ctx.rules.status_template, ctx.rules.template_language)


def _resident_push(ticket: Ticket, reply: Reply, summary: str, ctx: Context) -> Push:
    payloads = (ok_id(ticket.code), again_id(ticket.code), read_id(ticket.code))
    parameters = (flatten_parameter(ticket.code), flatten_parameter(summary, TEMPLATE_ANSWER_MAX))
    template = TemplateReply(ctx.rules.answer_template, ctx.rules.template_language, parameters, payloads)
    return Push(Sender(ticket.resident_wa_id, ticket.resident_user_id), reply, template)


def ticket_acted(effect: StaffTicketAction, change: TicketChange, ctx: Context) -> tuple[Outbound, ...]:
    ticket = change.ticket
    if ticket is None:
        if change.problem is TicketProblem.UNKNOWN_REPLY:
            return (TextReply("Balasan ini tidak terhubung ke pertanyaan warga. Gunakan *JAWAB <kode> <jawaban>*."),)
        return (TextReply("Pertanyaan itu tidak ditemukan: periksa kodenya (warga mungkin sudah menghapus datanya)."),)
    if change.problem is TicketProblem.THREAD_FULL:
        return (TextReply(f"Percakapan *{ticket.code}* sudah terlalu panjang. Tutup dengan *TUTUP {ticket.code}*; "
                          "warga bisa bertanya lagi dengan pertanyaan baru."),)  # fmt: skip
    if effect.action is TicketAction.CLOSE:
        if not change.changed:
            return (TextReply(f"*{ticket.code}* sudah {TICKET_STATUS_TEXT[ticket.status]}."),)
        reply = ButtonsReply(
            f"Pertanyaan *{ticket.code}* ditutup oleh petugas. Bila masih perlu bantuan, silakan bertanya lagi "
            "atau datang ke kantor kecamatan pada jam kerja.",
            (Button(actions.STAFF, "Tanya petugas"), render.MENU_BUTTON_MAIN),
        )
        push = _resident_push(ticket, reply, "Pertanyaan ditutup oleh petugas.", ctx)
        return TextReply(f"*{ticket.code}* ditutup. Warga sudah kami kabari."), push
    confirmation = f"Jawaban untuk *{ticket.code}* sudah dikirim ke warga."
    by_others = [e for e in change.earlier_answers if e.author != effect.actor]
    if by_others:
        earlier = by_others[-1]
        calendar = ctx.content.office.calendar
        confirmation += (
            f"\nCatatan: pertanyaan ini sudah dijawab sebelumnya oleh {earlier.author} "
            f"({calendar.local(earlier.at):%d-%m %H.%M} {calendar.zone}). Jawaban Anda ditambahkan."
        )
    push = _resident_push(ticket, answer_message(ticket, effect.text), effect.text, ctx)
    return TextReply(confirmation), push


DIALOGUE = Dialogue(
    name="staff",
    interrupts=(command,),
    outcomes={ChangeStatus: status_changed, StaffTicketAction: ticket_acted},
)
