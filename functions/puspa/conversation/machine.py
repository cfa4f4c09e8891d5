"""The conversation state machine: `handle(session, inbound, content, now, rules) -> Turn` (pure).

Order of precedence for a message:
1. ignored kinds (reactions, edits, deletions, system) -> no reply, session untouched;
2. a session idle longer than `rules.idle` starts fresh (a half-filled form is dropped);
3. staff commands from allow-listed numbers (PROSES/SETUJU/TOLAK/SELESAI <kode>);
4. global commands in any state: MENU/INFO, BATAL, KEMBALI (or 0), HAPUS DATA SAYA, STATUS [kode];
5. inside the registration dialogue: its own answers (see `form`);
6. taps (list rows, buttons) act on their id, whatever the state;
7. a number picks from the last menu's options;
8. greetings -> the welcome; anything else -> search (card, "Maksud Anda…?", or no match);
   a fresh session whose first message finds nothing gets the welcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from puspa.content import Content
from puspa.conversation import actions, form, questions, render, staff
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.conversation.replies import (
    Button,
    ButtonsReply,
    ChangeStatus,
    DeleteResidentData,
    Effect,
    FindRequests,
    MarkRead,
    Outbound,
    Reply,
    ResidentTicketAction,
    StaffTicketAction,
    TextReply,
)
from puspa.conversation.search import is_closing, is_greeting, normalize, search
from puspa.conversation.session import Session, State
from puspa.registration import find_code

MENU_WORDS = frozenset({"menu", "info", "menu utama", "lihat menu", "mulai", "start"})
STAFF_WORDS = frozenset({"tanya petugas", "petugas", "operator", "admin", "cs", "hubungi petugas", "customer service"})
MORE_WORDS = frozenset({"lainnya", "lanjut", "berikutnya", "selanjutnya"})
DELETE_WORDS = frozenset({"hapus data saya", "hapus data", "hapus semua data saya"})
YES_WORDS = frozenset({"ya", "iya", "ya hapus", "hapus", "yes", "setuju"})
REGISTER_WORDS = frozenset({"daftar", "mendaftar", "daftarkan", "ajukan", "mengajukan", "pengajuan", "pendaftaran"})
REGISTRATION_STATES = frozenset({State.CONSENT, State.FORM, State.SUMMARY, State.EDIT_CHOICE})
QUESTION_STATES = frozenset({State.ASK_QUESTION, State.ASK_FOLLOWUP})
STATUS_COMMAND = re.compile(r"^(cek\s+)?status(\s+(RSP|TNY)-?\d{4}-?\d{1,6})?[.!?]*$", re.IGNORECASE)
WAITING_STATES = REGISTRATION_STATES | QUESTION_STATES  # the resident may need time to answer
BACK_WORDS = frozenset({"kembali", "0", "back", "balik"})
CANCEL_WORDS = frozenset({"batal", "batalkan", "cancel"})


@dataclass(frozen=True)
class Rules:
    """Tunable behaviour that comes from configuration."""

    idle: timedelta = timedelta(minutes=30)
    admin_ids: frozenset[str] = frozenset()  # wa_ids allowed to run staff commands
    status_template: str = "puspa_status_permohonan"
    answer_template: str = "puspa_jawaban_petugas"
    template_language: str = "id"
    question_min_length: int = 15
    max_open_questions: int = 3
    form_idle: timedelta = timedelta(hours=2)  # a half-filled registration or question waits this long
    registration_keep_days: int = 90  # told to residents in the privacy notice


@dataclass(frozen=True)
class Turn:
    """The outcome of one inbound message: replies to the sender (and pushes to others), and
    effects for the shell, whose own replies come from their `respond` functions."""

    session: Session
    replies: tuple[Outbound, ...]
    effects: tuple[Effect, ...]


Step = tuple[Session, tuple[Outbound, ...], tuple[Effect, ...]]


def _show(session: Session, screen: render.Screen, **changes: object) -> tuple[Session, tuple[Reply, ...]]:
    reply, options = screen
    return replace(session, options=options, **changes), (reply,)  # type: ignore[arg-type]


def _step(pair: tuple[Session, tuple[Reply, ...]]) -> Step:
    return pair[0], pair[1], ()


def _main_menu(session: Session, content: Content, page: int = 1) -> tuple[Session, tuple[Reply, ...]]:
    return _show(session, render.menu(content, page), state=State.MAIN_MENU, page=page, category_id="", service_id="")


def _open(session: Session, content: Content, action_id: str, now: datetime) -> tuple[Session, tuple[Reply, ...]]:
    """Carry out an action id from a tap or a typed number."""
    action = actions.parse_action(action_id)
    if action.kind == "menu":
        return _main_menu(session, content)
    if action.kind == "main":
        return _main_menu(session, content, action.page)
    if action.kind == "back":
        return _back(session, content, now)
    if action.kind == "staff":
        return _show(session, render.ask_prompt(content, now), state=State.ASK_QUESTION)
    if action.kind == "cat":
        category = content.category(action.target)
        if category is not None:
            services = content.services_in(category.id)
            if len(services) == 1:
                return _open(session, content, actions.service(services[0].id), now)
            screen = render.category_menu(content, category, action.page)
            changes = {"state": State.CATEGORY, "category_id": category.id, "service_id": "", "page": action.page}
            return _show(session, screen, **changes)
    if action.kind == "svc":
        service = content.service(action.target)
        if service is not None:
            screen = render.service_card(content, service)
            return _show(session, screen, state=State.SERVICE, service_id=service.id, category_id=service.category_id)
    if action.kind == "more":
        service = content.service(action.target)
        if service is not None:
            screen = render.card_rest(service)
            return _show(session, screen, state=State.SERVICE, service_id=service.id, category_id=service.category_id)
    return _show(session, render.stale_choice(content), state=State.MAIN_MENU, category_id="", service_id="")


def _back(session: Session, content: Content, now: datetime) -> tuple[Session, tuple[Reply, ...]]:
    """One level up: staff contact -> the card it came from; card -> its category -> main menu."""
    if session.state in QUESTION_STATES and session.service_id:
        return _open(session, content, actions.service(session.service_id), now)
    several = bool(session.category_id) and len(content.services_in(session.category_id)) > 1
    if session.state in (State.SERVICE, *QUESTION_STATES) and several:
        return _open(session, content, actions.category(session.category_id), now)
    return _main_menu(session, content)


def _text(
    session: Session, fresh: bool, text: str, content: Content, rules: Rules, now: datetime
) -> tuple[Session, tuple[Reply, ...]]:
    min_length, keep_days = rules.question_min_length, rules.registration_keep_days
    command = " ".join(normalize(text))
    if command in MENU_WORDS:
        return _main_menu(session, content)
    if command in BACK_WORDS:
        return _back(session, content, now)
    if command.isdigit() and len(command) <= 2 and session.options:
        number = int(command)
        if 1 <= number <= len(session.options):
            return _open(session, content, session.options[number - 1], now)
        return _show(session, render.number_out_of_range(number, session.options))
    if command.isdigit() and len(command) >= 6:  # a NIK or phone number sent by mistake: never echo it
        return _show(session, render.personal_number(content), state=State.MAIN_MENU, category_id="", service_id="")
    if command in STAFF_WORDS:
        return _open(session, content, actions.STAFF, now)
    if command in MORE_WORDS:
        more = next((o for o in session.options if o.startswith(("main:", "cat:")) and not o.endswith(":1")), None)
        if more is not None:
            return _open(session, content, more, now)
    category = next((c for c in content.categories if " ".join(normalize(c.title)) == command), None)
    if category is not None:
        return _open(session, content, actions.category(category.id), now)
    if is_closing(text, content):
        reply, _ = render.closing()
        return session, (reply,)
    if is_greeting(text, content):
        return _show(session, render.welcome(content), state=State.MAIN_MENU, category_id="", service_id="")
    words = command.split()
    if any(w in REGISTER_WORDS for w in words):  # "daftar resepsi": register for what the rest names
        subject = search(" ".join(w for w in words if w not in REGISTER_WORDS), content)
        if subject.clear and subject.services[0].registration:
            reply, options = form.consent(content, keep_days, _draft_hours(rules))
            return replace(session, state=State.CONSENT, options=options, form=(), field_key=""), (reply,)
    result = search(text, content)
    if result.found and result.clear:
        return _open(session, content, actions.service(result.services[0].id), now)
    if result.found:
        return _show(session, render.choice(result.services), state=State.CHOICE)
    if fresh and len(" ".join(text.split())) < min_length:  # "test", "p", a stray word: the welcome
        return _show(session, render.welcome(content), state=State.MAIN_MENU, category_id="", service_id="")
    intro = content.office.welcome if fresh else ""
    new, reply = questions.offer(replace(session, category_id="", service_id=""), text, content, min_length, intro)
    return new, (reply,)


def _deleted(cancelled: tuple[str, ...]) -> tuple[Outbound, ...]:
    body = "Data Anda di PUSPA sudah kami hapus: riwayat percakapan, data pendaftaran dan pertanyaan Anda."
    if cancelled:
        body += f"\n\nPermohonan yang dibatalkan: {', '.join(cancelled)}. Petugas sudah diberi tahu."
    return (ButtonsReply(body, (Button(actions.MENU, "Menu utama"),)),)


def _global(session: Session, inbound: Inbound, content: Content, now: datetime, rules: Rules) -> Step | None:
    """Commands that work in every state, or None."""
    text = inbound.text if inbound.kind is InboundKind.TEXT else ""
    choice = inbound.choice_id if inbound.kind is InboundKind.CHOICE else ""
    command = " ".join(normalize(text))
    if inbound.sender.wa_id and inbound.sender.wa_id in rules.admin_ids:
        actor = staff.who(inbound.sender)
        in_dialogue = session.state in REGISTRATION_STATES or session.state is State.CONFIRM_DELETE
        replying = bool(inbound.reply_to) and not choice
        parsed = staff.parse_command(
            text or choice, actor, rules.status_template, rules.template_language, replying=replying
        )
        if in_dialogue and isinstance(parsed, TextReply):  # "Setuju" in the privacy notice, not a command
            parsed = None
        if parsed is None:
            parsed = questions.staff_command(
                text, inbound.reply_to, actor, rules.answer_template, rules.template_language
            )
        if isinstance(parsed, ChangeStatus | StaffTicketAction):
            return session, (), (parsed,)
        if parsed is not None:
            return session, (parsed,), ()
    ticket_action = questions.resident_command(text, choice)
    if ticket_action is not None:
        action, code = ticket_action
        if action == "again":
            screen = render.ask_prompt(content, now, code=code)
            return _step(_show(session, screen, state=State.ASK_FOLLOWUP, ticket_code=code))
        effect = ResidentTicketAction(code, action, "", lambda change: questions.resident_outcome(change, action))
        return session, (), (effect,)
    if choice == questions.FORWARD:
        if session.pending_question:
            new, created = questions.create(session, session.pending_question, content, now, rules.max_open_questions)
            return new, (), (created,)
        return _step(_show(session, render.ask_prompt(content, now), state=State.ASK_QUESTION))
    in_form = session.state in REGISTRATION_STATES
    cleared = replace(session, form=(), field_key="", editing=False)
    if command in MENU_WORDS or choice == actions.MENU:
        return _step(_main_menu(cleared, content))
    if command in CANCEL_WORDS or choice in (form.CANCEL, actions.DELETE_CANCEL, questions.CANCEL):
        if in_form:
            screen = render.main_menu(content, form.cancelled_text())
        elif session.state in QUESTION_STATES:
            screen = render.main_menu(content, "Baik, pertanyaan tidak jadi dikirim.")
        elif session.state is State.CONFIRM_DELETE:
            screen = render.main_menu(content, "Baik, data Anda tidak dihapus.")
        else:
            screen = render.cancelled(content)
        return _step(_show(cleared, screen, state=State.MAIN_MENU, category_id="", service_id=""))
    if command in BACK_WORDS or choice == actions.BACK:
        ctx = _form_context(content, now, inbound, rules)
        return form.back(session, ctx) if in_form else _step(_back(cleared, content, now))
    if command in DELETE_WORDS:
        body = (
            "Semua data Anda di PUSPA akan dihapus: riwayat percakapan, data pendaftaran dan pertanyaan Anda. "
            "Permohonan yang masih berjalan akan dibatalkan dan petugas diberi tahu.\n\nLanjutkan?"
        )
        buttons = (Button(actions.DELETE_CONFIRM, "Ya, hapus"), Button(actions.DELETE_CANCEL, "Batal"))
        screen = (ButtonsReply(body, buttons), tuple(b.id for b in buttons))
        return _step(_show(cleared, screen, state=State.CONFIRM_DELETE))
    if session.state is State.CONFIRM_DELETE and command.isdigit() and 1 <= int(command) <= len(session.options):
        choice = session.options[int(command) - 1]  # "1" is "Ya, hapus", as shown
    if session.state is State.CONFIRM_DELETE and (choice == actions.DELETE_CONFIRM or command in YES_WORDS):
        return Session(state=State.START), (), (DeleteResidentData(_deleted),)
    if choice == actions.STATUS or command == "cek status" or STATUS_COMMAND.match(text.strip()):
        code = find_code(text) or questions.find_ticket_code(text)
        effect = FindRequests(code, lambda registrations, tickets: staff.status_list(registrations, tickets, code))
        return session, (), (effect,)  # a form in progress stays as it is: the resident can go on
    if choice == form.START:
        return form.begin(cleared, content, rules.registration_keep_days, _draft_hours(rules))
    return None


def _question(session: Session, inbound: Inbound, content: Content, now: datetime, rules: Rules) -> Step:
    """The text the resident writes after "Tanya petugas" or "Tanya lagi"."""
    code = session.ticket_code if session.state is State.ASK_FOLLOWUP else ""
    if inbound.kind is not InboundKind.TEXT:
        note = "Untuk saat ini hanya pesan teks yang bisa kami teruskan ke petugas."
        return _step(_show(session, render.ask_prompt(content, now, note, code)))
    question = " ".join(inbound.text.split())
    if len(question) < rules.question_min_length:
        shortest = rules.question_min_length
        note = f"Pertanyaannya terlalu singkat. Mohon tulis lebih jelas (paling sedikit {shortest} huruf)."
        return _step(_show(session, render.ask_prompt(content, now, note, code)))
    if code:
        respond = lambda change: questions.resident_outcome(change, "followup")  # noqa: E731
        effect = ResidentTicketAction(code, "followup", question, respond)
        return replace(session, state=State.MAIN_MENU, ticket_code="", options=()), (), (effect,)
    new, created = questions.create(session, question, content, now, rules.max_open_questions)
    return new, (), (created,)


def _draft_hours(rules: Rules) -> int:
    return max(1, round(rules.form_idle.total_seconds() / 3600))


def _form_context(content: Content, now: datetime, inbound: Inbound, rules: Rules) -> form.Context:
    today = content.office.calendar.local(now).date()
    return form.Context(content, today, inbound.sender.wa_id, rules.registration_keep_days, _draft_hours(rules))


def _route(session: Session, fresh: bool, inbound: Inbound, content: Content, now: datetime, rules: Rules) -> Step:
    handled = _global(session, inbound, content, now, rules)
    if handled is not None:
        return handled
    if session.state in REGISTRATION_STATES:
        tapped_elsewhere = inbound.kind is InboundKind.CHOICE and not inbound.choice_id.startswith("reg:")
        if not tapped_elsewhere:
            ctx = _form_context(content, now, inbound, rules)
            return form.handle_form(session, inbound, ctx, now)
        session = replace(session, form=(), field_key="", editing=False)
    if session.state is State.CONFIRM_DELETE:
        return _step(_show(session, render.main_menu(content, "Baik, data Anda tidak dihapus."), state=State.MAIN_MENU))
    if session.state in QUESTION_STATES and inbound.kind is not InboundKind.CHOICE:
        return _question(session, inbound, content, now, rules)
    if inbound.kind is InboundKind.CHOICE:
        return _step(_open(session, content, inbound.choice_id, now))
    if inbound.kind is InboundKind.TEXT:
        return _step(_text(session, fresh, inbound.text, content, rules, now))
    if inbound.kind is InboundKind.UNREADABLE and not fresh:
        reply, _ = render.unreadable(inbound.original_type)
        return session, (reply,), ()  # the numbers of the menu on screen keep working
    # a first message we cannot read, or WhatsApp's "request_welcome"
    return _step(_show(session, render.welcome(content), state=State.MAIN_MENU))


def handle(session: Session | None, inbound: Inbound, content: Content, now: datetime, rules: Rules) -> Turn:
    """Decide the replies to one inbound message and the resident's next session."""
    if inbound.kind is InboundKind.IGNORED:
        return Turn(session or Session(), (), ())
    idle = rules.form_idle if session is not None and session.state in WAITING_STATES else rules.idle
    fresh = session is None or session.last_seen is None or now - session.last_seen > idle
    current = Session() if fresh or session is None else session
    if fresh and session is not None and session.state in REGISTRATION_STATES and session.form:
        # Say so rather than misreading the late answer (a NIK would look like a stray number).
        screen = render.main_menu(content, form.expired_text())
        new, replies = _show(current, screen, state=State.MAIN_MENU)
        return Turn(replace(new, last_seen=now), replies, (MarkRead(inbound.wamid),))
    new, replies, effects = _route(current, fresh, inbound, content, now, rules)
    return Turn(replace(new, last_seen=now), replies, (*effects, MarkRead(inbound.wamid)))
