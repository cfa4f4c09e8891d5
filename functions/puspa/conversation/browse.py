"""Browsing (pure): menus, categories, cards, typed numbers, free-text search, greetings and thanks.
The default handler for every state that belongs to no dialogue (start, menus, cards, choices)."""

from __future__ import annotations

from msgspec.structs import replace

from puspa.conversation import actions
from puspa.conversation import screens as render
from puspa.conversation.actions import ActionKind
from puspa.conversation.dialogue import Context, Step, option_number, show
from puspa.conversation.inbound import InboundKind
from puspa.conversation.replies import Button, ButtonsReply
from puspa.conversation.search import (
    is_acknowledgement,
    is_chitchat,
    is_closing,
    is_greeting,
    normalize,
    reply_in_kind,
    search,
)
from puspa.domain.privacy import PERSONAL_NUMBER
from puspa.domain.session import Session, State
from puspa.domain.unanswered import remember_unanswered

MENU_WORDS = frozenset({"menu", "info", "menu utama", "lihat menu", "mulai", "start"})
BACK_WORDS = frozenset({"kembali", "0", "back", "balik"})
CANCEL_WORDS = frozenset({"batal", "batalkan", "cancel"})
MORE_WORDS = frozenset({"lainnya", "lanjut", "berikutnya", "selanjutnya"})
PERSONAL_DIGITS = 6  # a typed number this long is a NIK or phone number sent by mistake: never echoed
STATES = (State.START, State.MAIN_MENU, State.CATEGORY, State.SERVICE, State.CHOICE)


def main_menu(session: Session, ctx: Context, page: int = 1, intro: str = "") -> Step:
    content, registry = ctx.content, ctx.registry
    screen = render.main_menu(content, registry, intro, page) if intro else render.menu(content, registry, page)
    return show(session, screen, state=State.MAIN_MENU, page=page, category_id="", service_id="")


def open_action(session: Session, ctx: Context, action_id: str) -> Step:
    """Carry out a browsing action id from a tap or a typed number."""
    content = ctx.content
    action = actions.parse_action(action_id)
    if action.kind is ActionKind.MENU:
        return main_menu(session, ctx)
    if action.kind is ActionKind.MAIN:
        return main_menu(session, ctx, action.page)
    if action.kind is ActionKind.BACK:
        return back(session, ctx)
    if action.kind is ActionKind.CATEGORY and (category := content.category(action.target)) is not None:
        services = content.services_in(category.id)
        if len(services) == 1:
            return open_action(session, ctx, actions.service(services[0].id))
        screen = render.category_menu(content, category, action.page)
        return show(session, screen, state=State.CATEGORY, category_id=category.id, service_id="", page=action.page)
    if action.kind in (ActionKind.SERVICE, ActionKind.MORE) and (service := content.service(action.target)):
        registry = ctx.registry
        screen = render.service_card(content, registry, service, ctx.now) if action.kind is ActionKind.SERVICE else (
            render.card_rest(content, service, registry))  # fmt: skip
        return show(session, screen, state=State.SERVICE, service_id=service.id, category_id=service.category_id)
    return show(
        session, render.stale_choice(content, ctx.registry), state=State.MAIN_MENU, category_id="", service_id=""
    )


def back(session: Session, ctx: Context) -> Step:
    """One level up: card -> its category (when it has several services) -> main menu."""
    category_id = session.category_id
    if session.state == State.SERVICE and category_id and len(ctx.content.services_in(category_id)) > 1:
        return open_action(session, ctx, actions.category(category_id))
    return main_menu(session, ctx)


def _no_match(session: Session, ctx: Context, text: str) -> Step:
    """A search found nothing: offer to forward the very text to staff (after the welcome on a first message)."""
    question = " ".join(text.split())
    # A NIK or phone number inside the text is never kept to be forwarded: "Tanya petugas" asks afresh.
    personal = PERSONAL_NUMBER.search(question)
    keep = question if len(question) >= ctx.rules.question_min_length and not personal else ""
    body = f"{ctx.content.office.welcome}\n\n" if ctx.fresh else ""
    body += "Maaf, pertanyaan Anda belum ada di menu. Mau kami teruskan ke petugas?"
    first = Button(actions.FORWARD, "Ya, teruskan") if keep else Button(actions.STAFF, "Tanya petugas")
    buttons = (first, Button(actions.MENU, "Lihat menu"))
    unanswered = remember_unanswered(session.unanswered, question, ctx.now)
    new = replace(
        session, state=State.MAIN_MENU, category_id="", service_id="", pending_question=keep, unanswered=unanswered
    )
    return show(new, (ButtonsReply(body, buttons), tuple(b.id for b in buttons)))


def _typed(session: Session, ctx: Context) -> Step:
    """Typed text outside any dialogue: a number, a word for a menu entry, thanks, a greeting, or a search."""
    content, text, command = ctx.content, ctx.text, ctx.command
    welcome = {"state": State.MAIN_MENU, "category_id": "", "service_id": ""}
    number = option_number(command)
    if number is not None and session.options:
        if 1 <= number <= len(session.options):
            return open_action(session, ctx, session.options[number - 1])
        return show(session, render.number_out_of_range(number, session.options))
    if command.isdigit() and len(command) >= PERSONAL_DIGITS:
        return show(session, render.personal_number(content, ctx.registry), **welcome)
    if command in MORE_WORDS:
        more = next((o for o in session.options if o.startswith(("main:", "cat:")) and not o.endswith(":1")), None)
        if more is not None:
            return open_action(session, ctx, more)
    category = next((c for c in content.categories if " ".join(normalize(c.title)) == command), None)
    if category is not None:
        return open_action(session, ctx, actions.category(category.id))
    if is_closing(text, content):
        reply, _ = render.closing(reply_in_kind(text, content.words.closing_replies))
        return Step(session, (reply,))
    if is_acknowledgement(text, content):
        reply, _ = render.acknowledged()
        return Step(session, (reply,))
    if is_greeting(text, content):
        in_kind = reply_in_kind(text, content.words.greeting_replies)
        screen = (
            render.main_menu(content, ctx.registry, f"{in_kind}\n{content.office.welcome}")
            if in_kind
            else render.welcome(content, ctx.registry)
        )
        return show(session, screen, **welcome)
    result = search(text, content)
    if result.found and result.clear:
        return open_action(session, ctx, actions.service(result.services[0].id))
    if result.found:
        return show(session, render.choice(result.services), state=State.CHOICE)
    if is_chitchat(text, content):  # not a question for staff: a friendly word (the welcome on a first message)
        if ctx.fresh:
            return show(
                session,
                render.main_menu(content, ctx.registry, f"{render.SMALL_TALK}\n{content.office.welcome}"),
                **welcome,
            )
        reply, _ = render.small_talk(content)
        return Step(session, (reply,))
    if ctx.fresh and len(" ".join(text.split())) < ctx.rules.question_min_length:  # "test", "p": the welcome
        return show(session, render.welcome(content, ctx.registry), **welcome)
    return _no_match(session, ctx, text)


def handle(session: Session, ctx: Context) -> Step:
    """A message in a browsing state (or one that left a dialogue by tapping elsewhere)."""
    kind = ctx.inbound.kind
    if kind is InboundKind.CHOICE:
        return open_action(session, ctx, ctx.choice)
    if kind is InboundKind.TEXT:
        return _typed(session, ctx)
    if kind is InboundKind.UNREADABLE and not ctx.fresh:
        reply, _ = render.unreadable(ctx.inbound.original_type)
        return Step(session, (reply,))  # the numbers of the menu on screen keep working
    # a first message we cannot read, or WhatsApp's "request_welcome"
    return show(session, render.welcome(ctx.content, ctx.registry), state=State.MAIN_MENU)


# --- the navigation rules: MENU, BATAL, KEMBALI work in every state ---------------------------------


def menu_rule(session: Session, ctx: Context) -> Step | None:
    """MENU, INFO, "lihat menu" or the "Menu utama" button: the main menu (a form in progress is dropped)."""
    if ctx.command in MENU_WORDS or ctx.choice == actions.MENU:
        return main_menu(leave_dialogue(session), ctx)
    return None


def cancel_rule(session: Session, ctx: Context) -> Step | None:
    """BATAL or a dialogue's "Batal" button: leave the dialogue, saying what was dropped, and show the menu."""
    if ctx.command not in CANCEL_WORDS and ctx.choice not in ctx.cancel_ids:
        return None
    said = ctx.dialogue.cancel_text if ctx.dialogue is not None and ctx.dialogue.cancel_text else ""
    screen = render.main_menu(ctx.content, ctx.registry, said) if said else render.cancelled(ctx.content, ctx.registry)
    return show(leave_dialogue(session), screen, state=State.MAIN_MENU, category_id="", service_id="")


def back_rule(session: Session, ctx: Context) -> Step | None:
    """KEMBALI, 0 or the "Kembali" button: the dialogue's own step back, else one level up."""
    if ctx.command not in BACK_WORDS and ctx.choice != actions.BACK:
        return None
    if ctx.dialogue is not None and ctx.dialogue.back is not None:
        return ctx.dialogue.back(session, ctx)
    return back(leave_dialogue(session), ctx)


def leave_dialogue(session: Session) -> Session:
    """The session without the answers of the dialogue it was in (personal data goes with them)."""
    return session.left_dialogue()
