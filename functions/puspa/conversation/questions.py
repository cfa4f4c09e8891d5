"""Residents' questions for staff, and staff answers (pure).

Resident: "Tanya petugas" (card, menu, or "Ya, teruskan" after a search found nothing) -> one text
question -> a ticket code, and back to the menu. The answer arrives as one message with
"Sudah jelas" / "Tanya lagi" (inside the 24-hour window) or as a template (outside it).
Staff: JAWAB <kode> <teks>, TUTUP <kode>, or a WhatsApp reply to the ticket's notification.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from puspa.content import Content
from puspa.conversation import actions, render
from puspa.conversation.inbound import Sender
from puspa.conversation.replies import (
    Button,
    ButtonsReply,
    CreateTicket,
    Outbound,
    Push,
    Reply,
    StaffTicketAction,
    TemplateReply,
    TextReply,
    TicketChange,
    TicketResult,
)
from puspa.conversation.session import Session, State
from puspa.ticket import ANSWER_MAX, STATUS_TEXT, Ticket, TicketStatus, find_code
from puspa.whatsapp.limits import INTERACTIVE_BODY_MAX
from puspa.whatsapp.messages import flatten_parameter

FORWARD = "tny:forward"
CANCEL = render.QUESTION_CANCEL
TEMPLATE_ANSWER_MAX = 700  # of the answer, inside the template's 1024-character body
_STAFF = re.compile(r"^\s*(JAWAB|TUTUP)\b(?:\s*(TNY-?\d{4}-?\d{1,6})\b)?\s*(.*)$", re.IGNORECASE | re.DOTALL)
_RESIDENT = re.compile(r"^\s*(SUDAH JELAS|JELAS|TANYA LAGI|TANYA)\s+(TNY-?\d{4}-?\d{1,6})\s*$", re.IGNORECASE)


def ok_id(code: str) -> str:
    return f"tny:ok:{code}"


def again_id(code: str) -> str:
    return f"tny:again:{code}"


def read_id(code: str) -> str:
    return f"tny:read:{code}"


def offer(session: Session, text: str, content: Content, min_length: int, intro: str = "") -> tuple[Session, Reply]:
    """A search found nothing: offer to forward the very text to staff (after `intro`, e.g. the welcome)."""
    question = " ".join(text.split())
    keep = question if len(question) >= min_length else ""
    body = f"{intro}\n\n" if intro else ""
    body += "Maaf, pertanyaan Anda belum ada di menu. Mau kami teruskan ke petugas?"
    first = Button(FORWARD, "Ya, teruskan") if keep else Button(actions.STAFF, "Tanya petugas")
    buttons = (first, Button(actions.MENU, "Lihat menu"))
    new = replace(session, state=State.MAIN_MENU, pending_question=keep, options=tuple(b.id for b in buttons))
    return new, ButtonsReply(body, buttons)


def created(result: TicketResult, content: Content, now: datetime) -> tuple[Outbound, ...]:
    if result.problem == "too_many_open":
        body = (
            f"Anda masih punya {len(result.open_codes)} pertanyaan yang belum selesai "
            f"({', '.join(result.open_codes)}). Mohon tunggu jawabannya dulu, atau ketik *STATUS*."
        )
        return (ButtonsReply(body, (Button(actions.STATUS, "Cek status"), Button(actions.MENU, "Menu utama"))),)
    intro = (
        f"✅ Pertanyaan Anda sudah kami teruskan ke petugas.\nKode: *{result.code}*\n"
        f"{render.when_staff_answer(content, now)} Jawabannya kami kirim di chat ini.\n\n"
        "Sementara itu, Anda tetap bisa memakai menu."
    )
    reply, _ = render.main_menu(content, intro)
    return (reply,)


def create(session: Session, text: str, content: Content, now: datetime, max_open: int) -> tuple[Session, CreateTicket]:
    question = " ".join(text.split())
    effect = CreateTicket(question, session.service_id, max_open, lambda result: created(result, content, now))
    _, menu_options = render.menu(content)  # the confirmation shows the main menu: its numbers work
    done = replace(session, state=State.MAIN_MENU, pending_question="", ticket_code="", options=menu_options)
    return done, effect


def resident_command(text: str, choice: str) -> tuple[str, str] | None:
    """(action, code) for "Sudah jelas"/"Tanya lagi"/"Baca lengkap" taps or their typed forms."""
    for prefix, action in (("tny:ok:", "close"), ("tny:again:", "again"), ("tny:read:", "read")):
        if choice.startswith(prefix):
            return action, choice.removeprefix(prefix)
    match = _RESIDENT.match(text)
    if match:
        code = find_code(match.group(2))
        return ("close" if "JELAS" in match.group(1).upper() else "again"), code or ""
    return None


def resident_outcome(change: TicketChange, action: str) -> tuple[Outbound, ...]:
    menu = (Button(actions.MENU, "Menu utama"),)
    ticket = change.ticket
    if ticket is None:
        return (ButtonsReply("Pertanyaan itu tidak ditemukan untuk nomor ini.", menu),)
    if action == "close":
        return (ButtonsReply(f"Terima kasih. Pertanyaan *{ticket.code}* kami tutup. Semoga membantu. 🙏", menu),)
    if action == "followup":
        return (ButtonsReply(f"Pertanyaan lanjutan Anda sudah kami teruskan ke petugas (kode *{ticket.code}*).", menu),)
    answer = ticket.answers[-1] if ticket.answers else None
    if answer is None and ticket.status is TicketStatus.DITUTUP:
        body = f"Pertanyaan *{ticket.code}* ditutup petugas tanpa jawaban tertulis. Silakan bertanya lagi bila perlu."
        return (ButtonsReply(body, (Button(actions.STAFF, "Tanya petugas"), *menu)),)
    if answer is None:
        return (ButtonsReply(f"Pertanyaan *{ticket.code}* belum dijawab petugas.", menu),)
    return (answer_message(ticket, answer.text),)


def answer_message(ticket: Ticket, answer: str) -> Reply:
    body = f"💬 *Jawaban petugas PUSPA* untuk pertanyaan *{ticket.code}*:\n\n{answer}"
    if len(body) <= INTERACTIVE_BODY_MAX:
        buttons = (Button(ok_id(ticket.code), "Sudah jelas"), Button(again_id(ticket.code), "Tanya lagi"))
        return ButtonsReply(body, buttons)
    return TextReply(
        f"{body}\n\nBalas *JELAS {ticket.code}* bila sudah jelas, atau *TANYA {ticket.code}* untuk bertanya lagi."
    )


def _resident_push(ticket: Ticket, reply: Reply, summary: str, template: str, language: str) -> Push:
    payloads = (ok_id(ticket.code), again_id(ticket.code), read_id(ticket.code))
    parameters = (flatten_parameter(ticket.code), flatten_parameter(summary, TEMPLATE_ANSWER_MAX))
    return Push(
        Sender(ticket.resident_wa_id, ticket.resident_user_id),
        reply,
        TemplateReply(template, language, parameters, payloads),
    )


def _too_long(answer: str, code: str) -> TextReply | None:
    if len(answer) <= ANSWER_MAX:
        return None
    return TextReply(
        f"Jawaban terlalu panjang ({len(answer)} huruf, maks. {ANSWER_MAX}). Persingkat, atau kirim dalam dua "
        f"pesan *JAWAB {code or '<kode>'} …*. Jawaban ini belum dikirim ke warga."
    )


def staff_command(
    text: str, reply_to: str, actor: str, template: str, language: str
) -> StaffTicketAction | TextReply | None:
    """JAWAB/TUTUP as an effect, a reply saying what is missing, or None (not about a question).

    The code, when given, must follow the verb. A WhatsApp reply to a notification answers that
    question with its whole text, unless it is exactly TUTUP or starts with JAWAB."""

    def act(code: str, action: str, answer: str) -> StaffTicketAction | TextReply:
        refused = _too_long(answer, code) if action == "answer" else None
        if refused is not None:
            return refused
        respond = lambda change: staff_outcome(change, action, answer, actor, template, language)  # noqa: E731
        return StaffTicketAction(code, "" if code else reply_to, action, answer, actor, respond)

    match = _STAFF.match(text)
    verb = match.group(1).upper() if match else ""
    code = (find_code(match.group(2)) or "") if match and match.group(2) else ""
    rest = match.group(3).strip() if match else ""
    if verb == "TUTUP" and not rest and (code or reply_to):
        return act(code, "close", "")
    if verb == "JAWAB" and (code or reply_to):
        return (
            act(code, "answer", rest) if rest else TextReply(f"Tulis jawabannya: *JAWAB {code or '<kode>'} <jawaban>*.")
        )
    if reply_to and text.strip():  # a WhatsApp reply to a notification: the whole text is the answer
        return act("", "answer", text.strip())
    if verb:
        return TextReply(
            "Kode pertanyaan tidak terbaca. Tulis *JAWAB TNY-2026-0001 <jawaban>* atau *TUTUP TNY-2026-0001*."
        )
    return None


WIB = timezone(timedelta(hours=7), "WIB")


def zone_time(moment: datetime) -> str:
    """Staff-facing times are shown in WIB, the zone of every office today (see kantor.yaml)."""
    return f"{moment.astimezone(WIB):%d-%m %H.%M} WIB"


def staff_outcome(
    change: TicketChange, action: str, answer: str, actor: str, template: str, language: str
) -> tuple[Outbound, ...]:
    ticket = change.ticket
    if ticket is None:
        if change.problem == "unknown_reply":
            return (TextReply("Balasan ini tidak terhubung ke pertanyaan warga. Gunakan *JAWAB <kode> <jawaban>*."),)
        return (TextReply("Pertanyaan itu tidak ditemukan: periksa kodenya (warga mungkin sudah menghapus datanya)."),)
    if action == "close":
        if not change.changed:
            return (TextReply(f"*{ticket.code}* sudah {STATUS_TEXT[ticket.status]}."),)
        reply = ButtonsReply(
            f"Pertanyaan *{ticket.code}* ditutup oleh petugas. Bila masih perlu bantuan, silakan bertanya lagi "
            "atau datang ke kantor kecamatan pada jam kerja.",
            (Button(actions.STAFF, "Tanya petugas"), Button(actions.MENU, "Menu utama")),
        )
        push = _resident_push(ticket, reply, "Pertanyaan ditutup oleh petugas.", template, language)
        return TextReply(f"*{ticket.code}* ditutup. Warga sudah kami kabari."), push
    confirmation = f"Jawaban untuk *{ticket.code}* sudah dikirim ke warga."
    by_others = [e for e in change.earlier_answers if e.author != actor]
    if by_others:
        earlier = by_others[-1]
        confirmation += (
            f"\nCatatan: pertanyaan ini sudah dijawab sebelumnya oleh {earlier.author} "
            f"({zone_time(earlier.at)}). Jawaban Anda ditambahkan."
        )
    push = _resident_push(ticket, answer_message(ticket, answer), answer, template, language)
    return TextReply(confirmation), push


def find_ticket_code(text: str) -> str:
    return find_code(text) or ""
