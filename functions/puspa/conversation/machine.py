"""The conversation as a table (pure): `handle(session, inbound, content, now, rules) -> Turn`.

A message is tried against GLOBAL_RULES in order (the first that answers wins), then handed to the
handler of the session's state in STATE_HANDLERS (browsing when the state belongs to no dialogue).
A dialogue is one module with a `DIALOGUE` record; registering it is one line in DIALOGUES. What
the dialogues offer each other and the shared screens (menu rows, card buttons, the offer after a
service, cancel taps) is collected once into REGISTRY and reaches them through `Context.registry`.
What the shell's stores hand back for an effect becomes replies through `follow_up`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from msgspec import Struct
from msgspec.structs import replace

from puspa.conversation import (
    booking,
    browse,
    complaint,
    erase,
    papers,
    question,
    readiness,
    registration,
    staff_help,
    status,
    survey,
)
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, Dialogue, Handler, Registry, Rule, Rules, Step, option_number, show
from puspa.conversation.effects import Effect
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.conversation.replies import Outbound, Reply
from puspa.domain.content import Content
from puspa.domain.session import Session, State
from puspa.whatsapp import limits

__all__ = ["DIALOGUES", "GLOBAL_RULES", "REGISTRY", "STATE_HANDLERS", "Rules", "Turn", "follow_up", "handle"]

DIALOGUES: tuple[Dialogue, ...] = (
    registration.DIALOGUE,
    question.DIALOGUE,
    erase.DIALOGUE,
    status.DIALOGUE,
    survey.DIALOGUE,
    readiness.DIALOGUE,
    complaint.DIALOGUE,
    booking.DIALOGUE,
    papers.DIALOGUE,
    staff_help.DIALOGUE,  # last: the other dialogues' staff commands first
)


def check_dialogues(dialogues: tuple[Dialogue, ...]) -> None:
    """Refuse (at import) what would make two dialogues collide: a name, a stored state value, an
    effect type, a card key, or a tap id of its own that lacks its prefix (a tap would leave it)."""

    def unique(what: str, names: list[str]) -> None:
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise ValueError(f"{what} declared twice: {', '.join(repeated)}")

    unique("dialogue name", [d.name for d in dialogues])
    unique("state", [*browse.STATES, *(str(s) for d in dialogues for s in d.states)])
    unique("effect type", [t.__name__ for d in dialogues for t in d.outcomes])
    unique("card button key", [d.card_button[0] for d in dialogues if d.card_button is not None])
    for d in dialogues:
        own = [*d.cancel_ids, *((d.card_button[1].id,) if d.card_button is not None else ())]
        stray = [i for i in own if d.action_prefix and not i.startswith(d.action_prefix)]
        if stray:
            raise ValueError(f"{d.name}: tap ids without its prefix {d.action_prefix!r}: {', '.join(stray)}")


check_dialogues(DIALOGUES)
GLOBAL_RULES: tuple[Rule, ...] = (
    *(rule for d in DIALOGUES for rule in d.interrupts),
    browse.menu_rule,
    browse.cancel_rule,
    browse.back_rule,
    *(rule for d in DIALOGUES for rule in d.commands),
)
STATE_HANDLERS: dict[str, Handler] = {
    **dict.fromkeys(browse.STATES, browse.handle),
    **{str(state): handler for d in DIALOGUES for state, handler in d.states.items()},
}
DIALOGUE_OF: dict[str, Dialogue] = {str(state): d for d in DIALOGUES for state in d.states}
OUTCOMES: dict[type, tuple[Any, ...]] = {kind: (d, outcome) for d in DIALOGUES for kind, outcome in d.outcomes.items()}
REGISTRY = Registry(
    menu_rows=tuple(d.menu_row for d in DIALOGUES if d.menu_row is not None and not d.menu_row_if_room),
    spare_rows=tuple(d.menu_row for d in DIALOGUES if d.menu_row is not None and d.menu_row_if_room),
    hints=tuple(d.menu_hint for d in DIALOGUES if d.menu_hint is not None),
    card_buttons=dict(d.card_button for d in DIALOGUES if d.card_button is not None),
    card_enabled={d.card_button[0]: d.enabled for d in DIALOGUES if d.card_button is not None and d.enabled},
    cancel_ids=frozenset(i for d in DIALOGUES for i in d.cancel_ids),
    after_service={d.name: d.after_service for d in DIALOGUES if d.after_service is not None},
    staff_help=tuple((d.name, d.staff_help) for d in DIALOGUES if d.staff_help),
    dialogues_enabled={d.name: d.enabled for d in DIALOGUES if d.enabled is not None},
    staff_verbs=tuple(dict.fromkeys(verb for d in DIALOGUES for verb in d.staff_verbs)),
    status_sections={d.name: d.status_section for d in DIALOGUES if d.status_section is not None},
    erase_notes={d.name: d.erase_note for d in DIALOGUES if d.erase_note is not None},
)


class Turn(Struct, frozen=True):
    """The outcome of one inbound message: replies to the sender (and pushes to others), and effects
    for the shell, whose results come back through `follow_up`."""

    session: Session
    replies: tuple[Outbound, ...]
    effects: tuple[Effect, ...]


def _as_tap(session: Session, inbound: Inbound) -> Inbound:
    """While browsing, a typed option number is the tap it stands for, so that every rule and
    dialogue sees a row or button the same way whether it was tapped or typed."""
    if inbound.kind is not InboundKind.TEXT or session.state not in browse.STATES:
        return inbound
    number = option_number(inbound.text)
    if number is None or not 1 <= number <= len(session.options):
        return inbound
    return replace(inbound, kind=InboundKind.CHOICE, choice_id=session.options[number - 1], text="")


def _route(session: Session, ctx: Context) -> Step:
    for rule in GLOBAL_RULES:
        step = rule(session, ctx)
        if step is not None:
            return step
    dialogue = ctx.dialogue
    tapped_elsewhere = (
        dialogue is not None
        and dialogue.action_prefix is not None
        and ctx.inbound.kind is InboundKind.CHOICE
        and not ctx.choice.startswith(dialogue.action_prefix)
    )
    if tapped_elsewhere:  # an old menu tapped mid-dialogue: the dialogue is left, the tap acts
        return browse.handle(browse.leave_dialogue(session), replace(ctx, dialogue=None))
    return STATE_HANDLERS.get(session.state, browse.handle)(session, ctx)


def handle(session: Session | None, inbound: Inbound, content: Content, now: datetime, rules: Rules) -> Turn:
    """Decide the replies to one inbound message and the resident's next session."""
    if inbound.kind is InboundKind.IGNORED:
        return Turn(session or Session(), (), ())
    dialogue = DIALOGUE_OF.get(session.state) if session is not None else None
    idle = rules.form_idle if dialogue is not None and dialogue.patient else rules.idle
    known = session is not None and session.state in STATE_HANDLERS  # a state no dialogue declares any more
    fresh = session is None or not known or session.last_seen is None or now - session.last_seen > idle
    current = Session() if session is None else session.restarted() if fresh else session
    if fresh and session is not None and dialogue is not None and dialogue.expired_text and session.form:
        # Say so rather than misreading the late answer (a NIK would look like a stray number).
        step = show(current, render.main_menu(content, REGISTRY, dialogue.expired_text), state=State.MAIN_MENU)
    else:
        inbound = _as_tap(current, inbound)
        ctx = Context(inbound, content, now, rules, fresh, DIALOGUE_OF.get(current.state), REGISTRY)
        step = _route(current, ctx)
    return Turn(replace(step.session, last_seen=now), step.replies, step.effects)


def check_content(content: Content) -> list[str]:
    """Problems in the dialogues' own content files and in the cards' `tombol` (Indonesian, for staff)."""
    problems = [problem for d in DIALOGUES if d.check_content is not None for problem in d.check_content(content)]
    known = ", ".join(REGISTRY.card_buttons)
    for service in content.services:
        where = f"layanan/{service.id}.yaml"
        if len(service.buttons) > limits.BUTTONS_MAX - 1:  # a split card shows them beside "Selengkapnya"
            problems.append(f"{where}: paling banyak {limits.BUTTONS_MAX - 1} nama di 'tombol'")
        for key in service.buttons:
            if key not in REGISTRY.card_buttons:
                problems.append(f"{where}: tombol '{key}' tidak dikenal (yang ada: {known})")
            elif not REGISTRY.card_enabled.get(key, lambda _: True)(content):
                problems.append(f"{where}: tombol '{key}' belum bisa dipakai: file isian percakapannya belum ada")
    return problems


def dialogue_screens(content: Content) -> list[tuple[str, Reply]]:
    """Every screen browsing and the dialogues build from this content, named for error messages."""
    screens = render.every_screen(content, REGISTRY)
    return screens + [screen for d in DIALOGUES if d.screens is not None for screen in d.screens(content)]


def follow_up(
    effect: Effect, result: object, inbound: Inbound, content: Content, now: datetime, rules: Rules
) -> tuple[Outbound, ...]:
    """The replies for what the store did with `effect` (a new code, a status change, a list…)."""
    dialogue, outcome = OUTCOMES[type(effect)]
    ctx = Context(inbound, content, now, rules, dialogue=dialogue, registry=REGISTRY)
    replies: tuple[Outbound, ...] = outcome(effect, result, ctx)
    return replies
