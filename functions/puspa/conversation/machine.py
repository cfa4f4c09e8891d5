"""The conversation state machine: `handle(session, inbound, content, now, rules) -> Turn` (pure).

Order of precedence for a message:
1. ignored kinds (reactions, edits, deletions, system) -> no reply, session untouched;
2. a session idle longer than `rules.idle` starts fresh;
3. taps (list rows, buttons) act on their id, whatever the state;
4. global commands in any state: MENU/INFO, KEMBALI (or 0), BATAL;
5. a number picks from the last menu's options;
6. greetings -> the welcome; anything else -> search (card, "Maksud Anda…?", or no match);
   a fresh session whose first message finds nothing gets the welcome.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from puspa.content import Content
from puspa.conversation import actions, render
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.conversation.replies import Effect, MarkRead, Reply
from puspa.conversation.search import is_greeting, normalize, search
from puspa.conversation.session import Session, State

MENU_WORDS = frozenset({"menu", "info", "menu utama", "mulai", "start"})
BACK_WORDS = frozenset({"kembali", "0", "back", "balik"})
CANCEL_WORDS = frozenset({"batal", "batalkan", "cancel"})


@dataclass(frozen=True)
class Rules:
    """Tunable behaviour that comes from configuration."""

    idle: timedelta = timedelta(minutes=30)


@dataclass(frozen=True)
class Turn:
    """The outcome of one inbound message."""

    session: Session
    replies: tuple[Reply, ...]
    effects: tuple[Effect, ...]


def _show(session: Session, screen: render.Screen, **changes: object) -> tuple[Session, tuple[Reply, ...]]:
    reply, options = screen
    return replace(session, options=options, **changes), (reply,)  # type: ignore[arg-type]


def _main_menu(session: Session, content: Content, page: int = 1) -> tuple[Session, tuple[Reply, ...]]:
    return _show(session, render.menu(content, page), state=State.MAIN_MENU, page=page, category_id="", service_id="")


def _open(session: Session, content: Content, action_id: str) -> tuple[Session, tuple[Reply, ...]]:
    """Carry out an action id from a tap or a typed number."""
    action = actions.parse_action(action_id)
    if action.kind == "menu":
        return _main_menu(session, content)
    if action.kind == "main":
        return _main_menu(session, content, action.page)
    if action.kind == "back":
        return _back(session, content)
    if action.kind == "staff":
        return _show(session, render.staff_contact(content))
    if action.kind == "cat":
        category = content.category(action.target)
        if category is not None:
            services = content.services_in(category.id)
            if len(services) == 1:
                return _open(session, content, actions.service(services[0].id))
            screen = render.category_menu(content, category, action.page)
            return _show(session, screen, state=State.CATEGORY, category_id=category.id, page=action.page)
    if action.kind == "svc":
        service = content.service(action.target)
        if service is not None:
            screen = render.service_card(content, service)
            return _show(session, screen, state=State.SERVICE, service_id=service.id, category_id=service.category_id)
    return _show(session, render.stale_choice(content), state=State.MAIN_MENU, category_id="", service_id="")


def _back(session: Session, content: Content) -> tuple[Session, tuple[Reply, ...]]:
    """One level up: card -> its category -> main menu."""
    if session.state is State.SERVICE and session.category_id and len(content.services_in(session.category_id)) > 1:
        return _open(session, content, actions.category(session.category_id))
    return _main_menu(session, content)


def _text(session: Session, fresh: bool, text: str, content: Content) -> tuple[Session, tuple[Reply, ...]]:
    command = " ".join(normalize(text))
    if command in MENU_WORDS:
        return _main_menu(session, content)
    if command in BACK_WORDS:
        return _back(session, content)
    if command in CANCEL_WORDS:
        return _show(session, render.cancelled(content), state=State.MAIN_MENU, category_id="", service_id="")
    if command.isdigit() and session.options:
        number = int(command)
        if 1 <= number <= len(session.options):
            return _open(session, content, session.options[number - 1])
        return _show(session, render.number_out_of_range(number, session.options))
    if is_greeting(text, content):
        return _show(session, render.welcome(content), state=State.MAIN_MENU, category_id="", service_id="")
    result = search(text, content)
    if result.found and result.clear:
        return _open(session, content, actions.service(result.services[0].id))
    if result.found:
        return _show(session, render.choice(result.services), state=State.CHOICE)
    screen = render.welcome(content) if fresh else render.no_match(content)
    return _show(session, screen, state=State.MAIN_MENU, category_id="", service_id="")


def handle(session: Session | None, inbound: Inbound, content: Content, now: datetime, rules: Rules) -> Turn:
    """Decide the replies to one inbound message and the resident's next session."""
    if inbound.kind is InboundKind.IGNORED:
        return Turn(session or Session(), (), ())
    fresh = session is None or session.last_seen is None or now - session.last_seen > rules.idle
    current = Session() if fresh or session is None else session
    if inbound.kind is InboundKind.CHOICE:
        new, replies = _open(current, content, inbound.choice_id)
    elif inbound.kind is InboundKind.TEXT:
        new, replies = _text(current, fresh, inbound.text, content)
    elif inbound.kind is InboundKind.UNREADABLE and not fresh:
        new, replies = _show(current, render.unreadable(inbound.original_type))
    else:  # a first message we cannot read, or WhatsApp's "request_welcome"
        new, replies = _show(current, render.welcome(content), state=State.MAIN_MENU)
    return Turn(replace(new, last_seen=now), replies, (MarkRead(inbound.wamid),))
