"""Residents' questions for staff (pure), staff's half: JAWAB <kode> <jawaban>, TUTUP <kode>, or a
WhatsApp reply to a question's notification, from an allow-listed staff number; and the messages
residents are told (a normal message inside their 24-hour window, the template outside it)."""

from __future__ import annotations

import re

from puspa.conversation import actions
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, Step, staff_actor
from puspa.conversation.effects import Effect
from puspa.conversation.question.resident import again_id, answer_message, ok_id, read_id
from puspa.conversation.replies import Button, ButtonsReply, Outbound, Push, Reply, TemplateReply, TextReply
from puspa.domain.codes import RequestKind, code_regex, find_code
from puspa.domain.results import TicketChange, TicketProblem
from puspa.domain.sender import Sender
from puspa.domain.session import Session
from puspa.domain.ticket import ANSWER_MAX, STATUS_TEXT, Ticket, TicketAction
from puspa.whatsapp.limits import flatten_parameter

_TICKET = re.compile(
    rf"^\s*(JAWAB|TUTUP)\b(?:\s*({code_regex(RequestKind.QUESTION)})\b)?\s*(.*)$", re.IGNORECASE | re.DOTALL
)
_OTHER_CODE = re.compile(rf"^{code_regex()}\b", re.IGNORECASE)  # a code of any kind right after the verb
TEMPLATE_ANSWER_MAX = 700  # of the answer, inside the template's 1024-character body
HELP = "*JAWAB <kode> <jawaban>* · *TUTUP <kode>* · atau balas (reply) notifikasi pertanyaan"


class StaffTicketAction(Effect, frozen=True):
    """Staff answer or close a question, found by code or by the notification they replied to."""

    code: str
    reply_to: str
    action: TicketAction
    text: str
    actor: str


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
    if verb and not code and _OTHER_CODE.match(rest):  # JAWAB ADU-2026-0001 …: another kind's request
        return None
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
    """JAWAB / TUTUP or a reply to a question's notification, from an allow-listed staff number, in any state."""
    if not ctx.from_staff:
        return None
    parsed = parse_ticket_command(ctx.text, ctx.inbound.reply_to, staff_actor(ctx.inbound.sender))
    if isinstance(parsed, StaffTicketAction):
        return Step(session, effects=(parsed,))
    if parsed is not None:
        return Step(session, (parsed,))
    return None


def _resident_push(ticket: Ticket, reply: Reply, summary: str, ctx: Context) -> Push:
    payloads = (ok_id(ticket.code), again_id(ticket.code), read_id(ticket.code))
    parameters = (flatten_parameter(ticket.code), flatten_parameter(summary, TEMPLATE_ANSWER_MAX))
    template = TemplateReply(ctx.answer_template, ctx.template_language, parameters, payloads)
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
            return (TextReply(f"*{ticket.code}* sudah {STATUS_TEXT[ticket.status]}."),)
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
