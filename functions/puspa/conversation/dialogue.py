"""What every dialogue is made of (pure): the context a handler reads, the step it returns, the
`Dialogue` record a module registers in `machine.DIALOGUES`, and the `Registry` through which the
registered dialogues reach each other and the shared screens without importing each other."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace

from puspa.conversation.effects import Effect
from puspa.conversation.forms import AnyForm
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.conversation.replies import Button, Outbound, Reply, Row
from puspa.conversation.search import normalize
from puspa.domain.content import Content, Service
from puspa.domain.privacy import mask_id
from puspa.domain.sender import Sender
from puspa.domain.session import Session
from puspa.domain.staff import COMMANDS
from puspa.whatsapp.limits import INTERACTIVE_BODY_MAX


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
    flows: frozenset[str] = frozenset()  # dialogues whose form on one screen (WhatsApp Flow) is published and sent

    def staff_of(self, office_id: str) -> frozenset[str]:
        """The numbers allowed to act as staff of `office_id`: staff of one office are residents elsewhere."""
        if self.staff_by_office:
            return self.staff_by_office.get(office_id, frozenset())
        return self.admin_ids

    @property
    def draft_hours(self) -> int:
        """`form_idle` in whole hours, as residents are told."""
        return max(1, round(self.form_idle.total_seconds() / 3600))


Screen = tuple[Reply, tuple[str, ...]]  # a reply and the action ids its numbers stand for


class AfterService(Struct, frozen=True):
    """What a dialogue offers at the natural end of a service (a question answered and closed),
    declared by the offering dialogue and asked for by the one that ends the service.

    claim   (session, ctx) -> the session that records the offer, or None (not now: offered recently…)
    screen  (content, body) -> the message ending the service, with the offer appended
    """

    claim: Callable[[Session, Context], Session | None]
    screen: Callable[[Content, str], Screen | None]
    hint: Callable[[Content], str] = lambda _: ""  # a line for a message that ends a service elsewhere


class RequestSection(Struct, frozen=True):
    """A dialogue's part of the STATUS answer: a title and one line per request, newest first."""

    title: str
    lines: tuple[str, ...]


SHOWN_MAX = 8  # requests of each kind listed, newest first


def fit_sections(sections: list[RequestSection], more_hint: str) -> str:
    """The sections within one interactive body: what does not fit is counted, and `more_hint`
    (with `{n}`, the number left out) says how to see the rest."""
    budget = INTERACTIVE_BODY_MAX - len(more_hint.format(n=999))
    lines: list[str] = []
    left_out = 0
    for title, items in ((s.title, s.lines) for s in sections):
        shown = [title] if not lines else ["", title]
        for item in items[:SHOWN_MAX]:
            if len("\n".join([*lines, *shown, item])) > budget:
                break
            shown.append(item)
        count = len(shown) - (1 if not lines else 2)
        left_out += len(items) - count
        if count:
            lines += shown
    body = "\n".join(lines)
    return body + more_hint.format(n=left_out) if left_out else body


class Registry(Struct, frozen=True):
    """The registered dialogues' entry points and hooks, as the shared screens and other dialogues see them."""

    menu_rows: tuple[Callable[[Content], Row | None], ...] = ()  # rows after the categories
    spare_rows: tuple[Callable[[Content], Row | None], ...] = ()  # rows shown only when the menu has room
    hints: tuple[Callable[[Content], str], ...] = ()  # lines under the main menu's text ("ketik *SURVEI*")
    card_buttons: Mapping[str, Button] = field(default_factory=dict)  # card key (`tombol`) -> its button
    card_enabled: Mapping[str, Callable[[Content], bool]] = field(default_factory=dict)  # key -> on at this office?
    dialogues_enabled: Mapping[str, Callable[[Content], bool]] = field(default_factory=dict)  # name -> on here?
    cancel_ids: frozenset[str] = frozenset()  # tap ids that mean BATAL
    after_service: Mapping[str, AfterService] = field(default_factory=dict)  # offering dialogue -> its offer
    staff_help: tuple[tuple[str, str], ...] = ()  # (dialogue, its staff commands), one block each
    staff_verbs: tuple[str, ...] = ()  # every staff command word ("PROSES", "SIAP"): BANTUAN suggests the closest
    status_sections: Mapping[str, Callable[[tuple[Any, ...]], RequestSection]] = field(default_factory=dict)
    erase_notes: Mapping[str, Callable[[tuple[Any, ...]], str]] = field(default_factory=dict)

    def rows(self, content: Content) -> list[Row]:
        return [row for make in self.menu_rows if (row := make(content)) is not None]

    def spare_rows_of(self, content: Content) -> list[Row]:
        return [row for make in self.spare_rows if (row := make(content)) is not None]

    def hints_of(self, content: Content) -> list[str]:
        return [hint for make in self.hints if (hint := make(content))]

    def buttons_of(self, service: Service, content: Content) -> tuple[Button, ...]:
        """The dialogue buttons a card offers (its `tombol`), in the card's order, of the dialogues on
        at this office (a complaint button without the office's pengaduan.yaml is not shown)."""
        return tuple(
            self.card_buttons[key]
            for key in service.buttons
            if key in self.card_buttons and self.card_enabled.get(key, lambda _: True)(content)
        )

    def staff_help_of(self, content: Content) -> tuple[str, ...]:
        """The staff command blocks of the dialogues on at this office (SIAP only where documents are)."""
        return tuple(text for owner, text in self.staff_help if self.is_on(owner, content))

    def is_on(self, owner: str, content: Content) -> bool:
        enabled = self.dialogues_enabled.get(owner)
        return enabled is None or enabled(content)

    def after_service_hint(self, content: Content) -> str:
        """What the dialogues that offer something after a service say at the end of one (e.g. "ketik SURVEI")."""
        return "\n".join(hint for offer in self.after_service.values() if (hint := offer.hint(content)))

    def offer_after_service(self, session: Session, ctx: Context) -> tuple[Session, str]:
        """Ask the dialogues that offer something after a service: the first that claims it records
        it in the session. Returns the session and the offering dialogue's name ("" when none)."""
        for owner, offer in self.after_service.items():
            claimed = offer.claim(session, ctx)
            if claimed is not None:
                return claimed, owner
        return session, ""

    def after_service_screen(self, owner: str, content: Content, body: str) -> Screen | None:
        offer = self.after_service.get(owner)
        return offer.screen(content, body) if offer is not None else None


class Context(Struct, frozen=True):
    """Everything a rule or handler reads besides the session. `dialogue` is the dialogue of the
    session's state (None while browsing menus and cards); `fresh` when the session just started."""

    inbound: Inbound
    content: Content
    now: datetime
    rules: Rules
    fresh: bool = False
    dialogue: Dialogue | None = None
    registry: Registry = field(default_factory=Registry)

    @property
    def cancel_ids(self) -> frozenset[str]:
        return self.registry.cancel_ids

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
        """The sender may run staff commands at this office: listed in its petugas.yaml with a role
        that may, or (an office that has not published its staff) in the deployment's settings."""
        wa_id = self.inbound.sender.wa_id
        return bool(wa_id) and wa_id in self.content.staff.numbers_or(
            self.rules.staff_of(self.inbound.office_id), COMMANDS
        )

    @property
    def status_template(self) -> str:
        """The office's approved status template (petugas.yaml `templat.status`), else the deployment's."""
        return self.content.staff.templates.get("status") or self.rules.status_template

    @property
    def answer_template(self) -> str:
        return self.content.staff.templates.get("jawaban") or self.rules.answer_template

    @property
    def template_language(self) -> str:
        return self.content.staff.templates.get("bahasa") or self.rules.template_language


class Step(Struct, frozen=True):
    """One turn's outcome inside the core: the next session, replies, effects for the shell."""

    session: Session
    replies: tuple[Outbound, ...] = ()
    effects: tuple[Effect, ...] = ()


Rule = Callable[[Session, Context], Step | None]  # a command that works in every state, or None
Handler = Callable[[Session, Context], Step]  # what a state does with a message
Outcome = Callable[[Any, Any, Context], tuple[Outbound, ...]]  # (effect, store result) -> replies


_OPTION_NUMBER = re.compile(r"^[0-9]{1,2}$")


def staff_actor(sender: Sender) -> str:
    """How a staff member is recorded: the masked number, never the full one."""
    return f"petugas {mask_id(sender.wa_id)}"


def option_number(text: str) -> int | None:
    """A typed option number (1–2 ASCII digits, as a menu shows), or None: "²" or 5,000 digits are text."""
    typed = text.strip()
    return int(typed) if _OPTION_NUMBER.match(typed) else None


def show(session: Session, screen: Screen, **changes: Any) -> Step:
    """Send `screen`; its numbered options become the session's options."""
    reply, options = screen
    return Step(replace(session, options=options, **changes), (reply,))


class Dialogue(Struct, frozen=True):
    """A dialogue, as registered in `machine.DIALOGUES`: everything it owns, declared in one place.

    name        unique; also the key of what it keeps in `Session.kept`
    interrupts  rules tried before MENU/BATAL/KEMBALI (staff commands, answer buttons)
    commands    rules tried after them (HAPUS DATA SAYA, STATUS, "daftar …")
    states      each of its states (stored values, unique across dialogues) and the handler for messages in it
    keeps       what it keeps in `Session.kept[name]` across conversations (documentation; its code writes them)
    outcomes    its effect types -> how the store's result becomes replies (each needs a shell handler)
    menu_row    its row in the main menu, if any, given the office's content (`menu_row_if_room`: only
                when the first page has room); menu_hint: a line under the main menu's text
    card_button (card key, button): a card listing the key in `tombol` shows the button
    after_service what it offers at the end of a service (the survey after a question is closed)
    staff_help  the staff commands it understands, for the staff help (BANTUAN); staff_verbs: their words
    status_section its records (found by its shell's find hook) as a section of the STATUS answer;
                erase_note: what HAPUS DATA SAYA must warn about them ("RSP-… sudah disetujui")
    cancel_text what BATAL says in its states; back: KEMBALI in its states (default: browse's back)
    patient     its states wait `rules.form_idle` instead of `rules.idle`
    expired_text said when a session of it that holds answers expired
    action_prefix taps in its states whose id lacks it leave the dialogue (None: it takes every tap)
    takes_text  typed text is an answer: staff words like "Setuju" are not commands there
    cancel_ids  tap ids that mean BATAL
    check_content, screens  what the publisher checks of the dialogue's own content file
    flows       its forms on one screen (WhatsApp Flows): `python -m ops.flows publish` uploads them; the
                dialogue sends them (`replies.FlowReply`) when `Rules.flows` names it, and takes their
                completions (`InboundKind.FORM`, token prefixed by its `action_prefix`) in a rule of its own
    """

    name: str
    interrupts: tuple[Rule, ...] = ()
    commands: tuple[Rule, ...] = ()
    states: Mapping[str, Handler] = field(default_factory=dict)
    keeps: tuple[str, ...] = ()
    outcomes: Mapping[type, Outcome] = field(default_factory=dict)
    menu_row: Callable[[Content], Row | None] | None = None
    menu_row_if_room: bool = False
    menu_hint: Callable[[Content], str] | None = None
    card_button: tuple[str, Button] | None = None
    enabled: Callable[[Content], bool] | None = None  # off at an office without its content file (None: always on)
    after_service: AfterService | None = None
    staff_help: str = ""
    staff_verbs: tuple[str, ...] = ()
    status_section: Callable[[tuple[Any, ...]], RequestSection] | None = None
    erase_note: Callable[[tuple[Any, ...]], str] | None = None
    cancel_text: str = ""
    back: Handler | None = None
    patient: bool = False
    expired_text: str = ""
    action_prefix: str | None = ""
    takes_text: bool = False
    cancel_ids: frozenset[str] = frozenset()
    check_content: Callable[[Content], list[str]] | None = None  # problems in its content section (publish)
    screens: Callable[[Content], list[tuple[str, Reply]]] | None = None  # its screens, for the limit check
    flows: tuple[AnyForm, ...] = ()
