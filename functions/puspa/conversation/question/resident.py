"""Residents' questions for staff (pure), the resident's half: asking, follow-ups, the answer buttons.

"Tanya petugas" (card, menu, typed, or "Ya, teruskan" after a search found nothing) -> one text
question -> a ticket code, and back to the menu. The answer arrives as one message with "Sudah
jelas" / "Tanya lagi" (inside the 24-hour window) or as a template (outside it). Closing a question
ends a service: whatever another dialogue offers then (the survey) comes with the reply, through
the registry. Staff's half is in `question.staff`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from enum import StrEnum

from msgspec.structs import replace

from puspa.conversation import actions, browse
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, RequestSection, Screen, Step, show
from puspa.conversation.effects import Effect
from puspa.conversation.inbound import InboundKind
from puspa.conversation.replies import Button, ButtonsReply, Outbound, Reply, Row, TextReply
from puspa.domain.calendar import format_day
from puspa.domain.codes import RequestKind, code_regex, code_year, find_code
from puspa.domain.content import Content
from puspa.domain.results import TicketChange, TicketProblem, TicketResult
from puspa.domain.session import Session, State
from puspa.domain.ticket import STATUS_TEXT, Ticket, TicketAction, TicketStatus
from puspa.domain.unanswered import remember_unanswered
from puspa.whatsapp.limits import INTERACTIVE_BODY_MAX


class QuestionState(StrEnum):
    ASK = "ask_question"  # writing a question for staff; KEMBALI returns to the card it came from
    FOLLOWUP = "ask_followup"  # writing a follow-up to the question in scratch["ticket"]


class CreateTicket(Effect, frozen=True):
    """Forward a resident's question to staff (once per inbound message), numbered in `year`."""

    question: str
    service_id: str
    max_open: int
    year: int


class ResidentTicketAction(Effect, frozen=True):
    """The resident closes, adds to or re-reads their question."""

    code: str
    action: TicketAction
    text: str = ""
    offer: str = ""  # CLOSE: the dialogue whose offer (the survey) comes with the reply


FORWARD = actions.FORWARD
CANCEL = "tny:cancel"
OK, AGAIN, READ = "tny:ok:", "tny:again:", "tny:read:"
_TYPED = re.compile(rf"^\s*(SUDAH JELAS|JELAS|TANYA LAGI|TANYA)\s+({code_regex(RequestKind.QUESTION)})\s*$", re.I)
STAFF_WORDS = frozenset({"tanya petugas", "petugas", "operator", "admin", "cs", "hubungi petugas", "customer service"})
MENU_ROW = Row(actions.STAFF, "Tanya petugas", "Pertanyaan yang belum ada di menu")


def when_staff_answer(content: Content, now: datetime) -> str:
    calendar = content.office.calendar
    if calendar.is_open(now):
        return "Petugas akan menjawab pada jam kerja hari ini."
    opening = calendar.next_opening(now)
    return (
        f"Saat ini di luar jam kerja; petugas akan menjawab mulai *{format_day(opening.date())}* "
        f"pukul {opening:%H.%M} {calendar.zone}."
    )


def ask_prompt(content: Content, now: datetime, note: str = "", code: str = "") -> Screen:
    """ "Tanya petugas": ask for the question (or a follow-up to `code`) in one text message."""
    what = f"pertanyaan lanjutan untuk *{code}*" if code else "pertanyaan Anda untuk petugas"
    body = f"{note}\n\n" if note else ""
    body += (
        f"Silakan tulis {what} dalam satu pesan teks.\n"
        f"{content.office.staff_contact}\n{when_staff_answer(content, now)}\n\n"
        "Mohon tidak menulis NIK atau data pribadi lain bila tidak perlu."
    )
    buttons = (Button(CANCEL, "Batal"),)
    return ButtonsReply(body, buttons), tuple(b.id for b in buttons)


def every_screen(content: Content) -> list[tuple[str, Reply]]:
    return [("tanya petugas (kantor.yaml)", ask_prompt(content, datetime(2026, 1, 1, 12, tzinfo=UTC))[0])]


def ok_id(code: str) -> str:
    return f"{OK}{code}"


def again_id(code: str) -> str:
    return f"{AGAIN}{code}"


def read_id(code: str) -> str:
    return f"{READ}{code}"


def _create(session: Session, ctx: Context, text: str) -> Step:
    question = " ".join(text.split())
    year = code_year(ctx.now, ctx.content.office.calendar.tz)
    effect = CreateTicket(question, session.service_id, ctx.rules.max_open_questions, year)
    _, menu_options = render.menu(ctx.content, ctx.registry)  # the confirmation shows the main menu
    unanswered = session.unanswered  # a forwarded search was remembered when it found nothing
    if question != session.pending_question:
        unanswered = remember_unanswered(unanswered, question, ctx.now)
    done = replace(
        session.left_dialogue(), state=State.MAIN_MENU, pending_question="", options=menu_options, unanswered=unanswered
    )
    return Step(done, effects=(effect,))


def answer_taps(session: Session, ctx: Context) -> Step | None:
    """ "Sudah jelas" / "Tanya lagi" / "Baca lengkap" (taps, in any state) or JELAS/TANYA <kode> typed."""
    choice = ctx.choice
    if choice.startswith(OK):
        return _close(session, ctx, choice.removeprefix(OK))
    if choice.startswith(READ):
        return Step(session, effects=(ResidentTicketAction(choice.removeprefix(READ), TicketAction.READ),))
    if choice.startswith(AGAIN):
        return _again(session, ctx, choice.removeprefix(AGAIN))
    match = _TYPED.match(ctx.text)
    if match is None:
        return None
    code = find_code(match.group(2), RequestKind.QUESTION) or ""
    if "JELAS" in match.group(1).upper():
        return _close(session, ctx, code)
    return _again(session, ctx, code)


def _close(session: Session, ctx: Context, code: str) -> Step:
    """ "Sudah jelas": the natural end of a question, where another dialogue may offer something (the
    survey) — never inside another dialogue, whose answers would be dropped."""
    after, offer = (session, "") if ctx.dialogue is not None else ctx.registry.offer_after_service(session, ctx)
    return Step(after, effects=(ResidentTicketAction(code, TicketAction.CLOSE, offer=offer),))


def _again(session: Session, ctx: Context, code: str) -> Step:
    screen = ask_prompt(ctx.content, ctx.now, code=code)
    return show(session.left_dialogue(), screen, state=QuestionState.FOLLOWUP, scratch={"ticket": code})


def ask(session: Session, ctx: Context) -> Step | None:
    """ "Tanya petugas": the menu row or a card's button (anywhere), or the words typed outside other dialogues."""
    if ctx.choice != actions.STAFF and not (ctx.dialogue is None and ctx.command in STAFF_WORDS):
        return None
    return show(browse.leave_dialogue(session), ask_prompt(ctx.content, ctx.now), state=QuestionState.ASK)


def forward(session: Session, ctx: Context) -> Step | None:
    """ "Ya, teruskan": the text that found nothing becomes the question (or, when it was too short, ask for one)."""
    if ctx.choice != FORWARD:
        return None
    if session.pending_question:
        return _create(session, ctx, session.pending_question)
    return show(session.left_dialogue(), ask_prompt(ctx.content, ctx.now), state=QuestionState.ASK)


def write(session: Session, ctx: Context) -> Step:
    """The text the resident writes after "Tanya petugas" or "Tanya lagi"."""
    code = session.scratch.get("ticket", "") if session.state == QuestionState.FOLLOWUP else ""
    if ctx.inbound.kind is not InboundKind.TEXT:
        note = "Untuk saat ini hanya pesan teks yang bisa kami teruskan ke petugas."
        return show(session, ask_prompt(ctx.content, ctx.now, note, code))
    question = " ".join(ctx.inbound.text.split())
    shortest = ctx.rules.question_min_length
    if len(question) < shortest:
        note = f"Pertanyaannya terlalu singkat. Mohon tulis lebih jelas (paling sedikit {shortest} huruf)."
        return show(session, ask_prompt(ctx.content, ctx.now, note, code))
    if code:
        done = replace(session.left_dialogue(), state=State.MAIN_MENU, options=())
        return Step(done, effects=(ResidentTicketAction(code, TicketAction.FOLLOWUP, question),))
    return _create(session, ctx, question)


def back(session: Session, ctx: Context) -> Step:
    """KEMBALI while writing: the card the question came from, else one level up."""
    left = session.left_dialogue()  # the follow-up's code goes with the dialogue
    if left.service_id:
        return browse.open_action(left, ctx, actions.service(left.service_id))
    return browse.back(replace(left, state=State.SERVICE), ctx)


def created(effect: CreateTicket, result: TicketResult, ctx: Context) -> tuple[Outbound, ...]:
    if result.problem is TicketProblem.TOO_MANY_OPEN:
        body = (
            f"Anda masih punya {len(result.open_codes)} pertanyaan yang belum selesai "
            f"({', '.join(result.open_codes)}). Mohon tunggu jawabannya dulu, atau ketik *STATUS*."
        )
        return (ButtonsReply(body, (Button(actions.STATUS, "Cek status"), render.MENU_BUTTON_MAIN)),)
    intro = (
        f"✅ Pertanyaan Anda sudah kami teruskan ke petugas.\nKode: *{result.code}*\n"
        f"{when_staff_answer(ctx.content, ctx.now)} Jawabannya kami kirim di chat ini.\n\n"
        "Sementara itu, Anda tetap bisa memakai menu."
    )
    reply, _ = render.main_menu(ctx.content, ctx.registry, intro)
    return (reply,)


def acted(effect: ResidentTicketAction, change: TicketChange, ctx: Context) -> tuple[Outbound, ...]:
    menu = (render.MENU_BUTTON_MAIN,)
    ticket = change.ticket
    if ticket is None:
        return (ButtonsReply("Pertanyaan itu tidak ditemukan untuk nomor ini.", menu),)
    if change.problem is TicketProblem.THREAD_FULL:
        body = (
            f"Percakapan untuk pertanyaan *{ticket.code}* sudah terlalu panjang. "
            "Silakan kirim pertanyaan baru lewat *Tanya petugas*."
        )
        return (ButtonsReply(body, (Button(actions.STAFF, "Tanya petugas"), *menu)),)
    if effect.action is TicketAction.CLOSE:
        closed = f"Terima kasih. Pertanyaan *{ticket.code}* kami tutup. Semoga membantu. 🙏"
        offered = ctx.registry.after_service_screen(effect.offer, ctx.content, closed) if change.changed else None
        if offered is not None:
            return (offered[0],)
        return (ButtonsReply(closed, menu),)
    if effect.action is TicketAction.FOLLOWUP:
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


def _short(question: str) -> str:
    return question if len(question) <= 40 else question[:39] + "…"


def status_section(tickets: tuple[Ticket, ...]) -> RequestSection:
    newest = sorted(tickets, key=lambda t: t.created_at, reverse=True)
    lines = tuple(f'• *{t.code}* — "{_short(t.question)}": {STATUS_TEXT[t.status]}' for t in newest)
    return RequestSection("*Pertanyaan Anda*", lines)
