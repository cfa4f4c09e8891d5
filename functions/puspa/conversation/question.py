"""Residents' questions for staff (pure), the resident's half: asking, follow-ups, the answer buttons.

"Tanya petugas" (card, menu, or "Ya, teruskan" after a search found nothing) -> one text question ->
a ticket code, and back to the menu. The answer arrives as one message with "Sudah jelas" /
"Tanya lagi" (inside the 24-hour window) or as a template (outside it). Staff's half is in `staff`.
"""

from __future__ import annotations

import re

from msgspec.structs import replace

from puspa.conversation import actions, browse
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, Dialogue, Step, show
from puspa.conversation.effects import CreateTicket, ResidentTicketAction
from puspa.conversation.inbound import InboundKind
from puspa.conversation.replies import Button, ButtonsReply, Outbound, Reply, TextReply
from puspa.conversation.survey import invitation, invited_recently, survey_of
from puspa.domain.codes import RequestKind, code_regex, code_year, find_code
from puspa.domain.results import TicketChange, TicketProblem, TicketResult
from puspa.domain.session import Session, State
from puspa.domain.ticket import Ticket, TicketAction, TicketStatus
from puspa.domain.unanswered import remember_unanswered
from puspa.whatsapp.limits import INTERACTIVE_BODY_MAX

FORWARD = render.FORWARD
CANCEL = render.QUESTION_CANCEL
OK, AGAIN, READ = "tny:ok:", "tny:again:", "tny:read:"
_TYPED = re.compile(rf"^\s*(SUDAH JELAS|JELAS|TANYA LAGI|TANYA)\s+({code_regex(RequestKind.QUESTION)})\s*$", re.I)


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
    _, menu_options = render.menu(ctx.content)  # the confirmation shows the main menu: its numbers work
    unanswered = session.unanswered  # a forwarded search was remembered when it found nothing
    if question != session.pending_question:
        unanswered = remember_unanswered(unanswered, question, ctx.now)
    done = replace(
        session, state=State.MAIN_MENU, pending_question="", ticket_code="", options=menu_options, unanswered=unanswered
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
    """ "Sudah jelas": the natural end of a question, where the satisfaction survey is offered (outside
    other dialogues, at most once a month)."""
    invite = ctx.dialogue is None and survey_of(ctx.content) is not None and not invited_recently(session, ctx)
    after = replace(session, survey_invited_at=ctx.now) if invite else session
    return Step(after, effects=(ResidentTicketAction(code, TicketAction.CLOSE, invite=invite),))


def _again(session: Session, ctx: Context, code: str) -> Step:
    screen = render.ask_prompt(ctx.content, ctx.now, code=code)
    return show(session, screen, state=State.ASK_FOLLOWUP, ticket_code=code)


def forward(session: Session, ctx: Context) -> Step | None:
    """ "Ya, teruskan": the text that found nothing becomes the question (or, when it was too short, ask for one)."""
    if ctx.choice != FORWARD:
        return None
    if session.pending_question:
        return _create(session, ctx, session.pending_question)
    return show(session, render.ask_prompt(ctx.content, ctx.now), state=State.ASK_QUESTION)


def write(session: Session, ctx: Context) -> Step:
    """The text the resident writes after "Tanya petugas" or "Tanya lagi"."""
    code = session.ticket_code if session.state is State.ASK_FOLLOWUP else ""
    if ctx.inbound.kind is not InboundKind.TEXT:
        note = "Untuk saat ini hanya pesan teks yang bisa kami teruskan ke petugas."
        return show(session, render.ask_prompt(ctx.content, ctx.now, note, code))
    question = " ".join(ctx.inbound.text.split())
    shortest = ctx.rules.question_min_length
    if len(question) < shortest:
        note = f"Pertanyaannya terlalu singkat. Mohon tulis lebih jelas (paling sedikit {shortest} huruf)."
        return show(session, render.ask_prompt(ctx.content, ctx.now, note, code))
    if code:
        done = replace(session, state=State.MAIN_MENU, ticket_code="", options=())
        return Step(done, effects=(ResidentTicketAction(code, TicketAction.FOLLOWUP, question),))
    return _create(session, ctx, question)


def back(session: Session, ctx: Context) -> Step:
    """KEMBALI while writing: the card the question came from, else one level up."""
    if session.service_id:
        return browse.open_action(session, ctx, actions.service(session.service_id))
    return browse.back(replace(session, state=State.SERVICE), ctx)


def created(effect: CreateTicket, result: TicketResult, ctx: Context) -> tuple[Outbound, ...]:
    if result.problem is TicketProblem.TOO_MANY_OPEN:
        body = (
            f"Anda masih punya {len(result.open_codes)} pertanyaan yang belum selesai "
            f"({', '.join(result.open_codes)}). Mohon tunggu jawabannya dulu, atau ketik *STATUS*."
        )
        return (ButtonsReply(body, (Button(actions.STATUS, "Cek status"), render.MENU_BUTTON_MAIN)),)
    intro = (
        f"✅ Pertanyaan Anda sudah kami teruskan ke petugas.\nKode: *{result.code}*\n"
        f"{render.when_staff_answer(ctx.content, ctx.now)} Jawabannya kami kirim di chat ini.\n\n"
        "Sementara itu, Anda tetap bisa memakai menu."
    )
    reply, _ = render.main_menu(ctx.content, intro)
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
        survey = survey_of(ctx.content)
        if effect.invite and change.changed and survey is not None:
            reply, _ = invitation(survey, closed)
            return (reply,)
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


DIALOGUE = Dialogue(
    name="question",
    interrupts=(answer_taps, forward),
    states={State.ASK_QUESTION: write, State.ASK_FOLLOWUP: write},
    outcomes={CreateTicket: created, ResidentTicketAction: acted},
    cancel_text="Baik, pertanyaan tidak jadi dikirim.",
    back=back,
    patient=True,
    action_prefix="tny:",
    cancel_ids=frozenset({CANCEL}),
)
