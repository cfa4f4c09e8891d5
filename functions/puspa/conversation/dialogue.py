"""What every dialogue is made of: the context a handler reads, the step it returns, and the
`Dialogue` record a module registers in `machine.DIALOGUES` (pure)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace

from puspa.conversation.effects import Effect
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.conversation.replies import Outbound, Reply
from puspa.conversation.search import normalize
from puspa.domain.content import Content
from puspa.domain.session import Session, State


class Rules(Struct, frozen=True):
    """Tunable behaviour that comes from configuration."""

    idle: timedelta = timedelta(minutes=30)
    admin_ids: frozenset[str] = frozenset()  # staff wa_ids, when `staff_by_office` is empty (one office)
    staff_by_office: Mapping[str, frozenset[str]] = field(default_factory=dict)  # office id -> staff wa_ids
    status_template: str = "puspa_status_permohonan"
    answer_template: str = "puspa_jawaban_petugas"
    template_language: str = "id"
    question_min_length: int = 15
    max_open_questions: int = 3
    form_idle: timedelta = timedelta(hours=2)  # a half-filled registration or question waits this long
    registration_keep_days: int = 90  # told to residents in the privacy notice

    def staff_of(self, office_id: str) -> frozenset[str]:
        """The numbers allowed to act as staff of `office_id`: staff of one office are residents elsewhere."""
        if self.staff_by_office:
            return self.staff_by_office.get(office_id, frozenset())
        return self.admin_ids

    @property
    def draft_hours(self) -> int:
        """`form_idle` in whole hours, as residents are told."""
        return max(1, round(self.form_idle.total_seconds() / 3600))


class Context(Struct, frozen=True):
    """Everything a rule or handler reads besides the session. `dialogue` is the dialogue of the
    session's state (None while browsing menus and cards); `fresh` when the session just started."""

    inbound: Inbound
    content: Content
    now: datetime
    rules: Rules
    fresh: bool = False
    dialogue: Dialogue | None = None
    cancel_ids: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        return self.inbound.text if self.inbound.kind is InboundKind.TEXT else ""

    @property
    def choice(self) -> str:
        return self.inbound.choice_id if self.inbound.kind is InboundKind.CHOICE else ""

    @property
    def command(self) -> str:
        """The typed text folded for comparing with command words ("Menu!!" -> "menu")."""
        return " ".join(normalize(self.text))

    @property
    def from_staff(self) -> bool:
        wa_id = self.inbound.sender.wa_id
        return bool(wa_id) and wa_id in self.rules.staff_of(self.inbound.office_id)


class Step(Struct, frozen=True):
    """One turn's outcome inside the core: the next session, replies, effects for the shell."""

    session: Session
    replies: tuple[Outbound, ...] = ()
    effects: tuple[Effect, ...] = ()


Screen = tuple[Reply, tuple[str, ...]]  # a reply and the action ids its numbers stand for
Rule = Callable[[Session, Context], Step | None]  # a command that works in every state, or None
Handler = Callable[[Session, Context], Step]  # what a state does with a message
Outcome = Callable[[Any, Any, Context], tuple[Outbound, ...]]  # (effect, store result) -> replies


_OPTION_NUMBER = re.compile(r"^[0-9]{1,2}$")


def option_number(text: str) -> int | None:
    """A typed option number (1–2 ASCII digits, as a menu shows), or None: "²" or 5,000 digits are text."""
    typed = text.strip()
    return int(typed) if _OPTION_NUMBER.match(typed) else None


def show(session: Session, screen: Screen, **changes: Any) -> Step:
    """Send `screen`; its numbered options become the session's options."""
    reply, options = screen
    return Step(replace(session, options=options, **changes), (reply,))


class Dialogue(Struct, frozen=True):
    """A dialogue, as registered in `machine.DIALOGUES`.

    interrupts  rules tried before MENU/BATAL/KEMBALI (staff commands, answer buttons)
    commands    rules tried after them (HAPUS DATA SAYA, STATUS, "daftar …")
    states      each of its states and the handler for messages in it
    outcomes    effect type -> how the store's result becomes replies
    cancel_text what BATAL says in its states; back: KEMBALI in its states (default: browse's back)
    patient     its states wait `rules.form_idle` instead of `rules.idle`
    expired_text said when a session of it that holds answers expired
    action_prefix taps in its states whose id lacks it leave the dialogue (None: it takes every tap)
    takes_text  typed text is an answer: staff words like "Setuju" are not commands there
    cancel_ids  tap ids that mean BATAL
    check_content, screens  what the publisher checks of the dialogue's own content file
    """

    name: str
    interrupts: tuple[Rule, ...] = ()
    commands: tuple[Rule, ...] = ()
    states: Mapping[State, Handler] = field(default_factory=dict)
    outcomes: Mapping[type, Outcome] = field(default_factory=dict)
    cancel_text: str = ""
    back: Handler | None = None
    patient: bool = False
    expired_text: str = ""
    action_prefix: str | None = ""
    takes_text: bool = False
    cancel_ids: frozenset[str] = frozenset()
    check_content: Callable[[Content], list[str]] | None = None  # problems in its content section (publish)
    screens: Callable[[Content], list[tuple[str, Reply]]] | None = None  # its screens, for the limit check
