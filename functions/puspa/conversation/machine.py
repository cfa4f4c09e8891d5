"""The conversation as a table (pure): `handle(session, inbound, content, now, rules) -> Turn`.

A message is tried against GLOBAL_RULES in order (the first that answers wins), then handed to the
handler of the session's state in STATE_HANDLERS (browsing when the state belongs to no dialogue).
A dialogue is one module with a `DIALOGUE` record; registering it is one line in DIALOGUES.
What the shell's stores hand back for an effect becomes replies through `follow_up`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from msgspec import Struct
from msgspec.structs import replace

from puspa.conversation import browse, erase, question, readiness, staff, status, survey
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, Dialogue, Handler, Rule, Rules, Step, show
from puspa.conversation.effects import Effect
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.conversation.registration import dialogue as registration
from puspa.conversation.replies import Outbound, Reply
from puspa.domain.content import Content
from puspa.domain.session import Session, State

__all__ = ["DIALOGUES", "GLOBAL_RULES", "STATE_HANDLERS", "Rules", "Turn", "follow_up", "handle"]

DIALOGUES: tuple[Dialogue, ...] = (
    staff.DIALOGUE,
    question.DIALOGUE,
    erase.DIALOGUE,
    status.DIALOGUE,
    registration.DIALOGUE,
    survey.DIALOGUE,
    readiness.DIALOGUE,
)
GLOBAL_RULES: tuple[Rule, ...] = (
    *(rule for d in DIALOGUES for rule in d.interrupts),
    browse.menu_rule,
    browse.cancel_rule,
    browse.back_rule,
    *(rule for d in DIALOGUES for rule in d.commands),
)
STATE_HANDLERS: dict[State, Handler] = {
    **dict.fromkeys(browse.STATES, browse.handle),
    **{state: handler for d in DIALOGUES for state, handler in d.states.items()},
}
DIALOGUE_OF: dict[State, Dialogue] = {state: d for d in DIALOGUES for state in d.states}
OUTCOMES: dict[type, tuple[Any, ...]] = {kind: (d, outcome) for d in DIALOGUES for kind, outcome in d.outcomes.items()}
CANCEL_IDS = frozenset(i for d in DIALOGUES for i in d.cancel_ids)


class Turn(Struct, frozen=True):
    """The outcome of one inbound message: replies to the sender (and pushes to others), and effects
    for the shell, whose results come back through `follow_up`."""

    session: Session
    replies: tuple[Outbound, ...]
    effects: tuple[Effect, ...]


def _context(session: Session, inbound: Inbound, content: Content, now: datetime, rules: Rules, fresh: bool) -> Context:
    return Context(inbound, content, now, rules, fresh, DIALOGUE_OF.get(session.state), CANCEL_IDS)


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
    fresh = session is None or session.last_seen is None or now - session.last_seen > idle
    current = Session() if session is None else session.restarted() if fresh else session
    if fresh and session is not None and dialogue is not None and dialogue.expired_text and session.form:
        # Say so rather than misreading the late answer (a NIK would look like a stray number).
        step = show(current, render.main_menu(content, dialogue.expired_text), state=State.MAIN_MENU)
    else:
        step = _route(current, _context(current, inbound, content, now, rules, fresh))
    return Turn(replace(step.session, last_seen=now), step.replies, step.effects)


def check_content(content: Content) -> list[str]:
    """Problems in the dialogues' own content files (Indonesian, for staff)."""
    return [problem for d in DIALOGUES if d.check_content is not None for problem in d.check_content(content)]


def dialogue_screens(content: Content) -> list[tuple[str, Reply]]:
    """Every screen the dialogues build from their own content, named for error messages."""
    return [screen for d in DIALOGUES if d.screens is not None for screen in d.screens(content)]


def follow_up(
    effect: Effect, result: object, inbound: Inbound, content: Content, now: datetime, rules: Rules
) -> tuple[Outbound, ...]:
    """The replies for what the store did with `effect` (a new code, a status change, a list…)."""
    dialogue, outcome = OUTCOMES[type(effect)]
    ctx = Context(inbound, content, now, rules, dialogue=dialogue, cancel_ids=CANCEL_IDS)
    replies: tuple[Outbound, ...] = outcome(effect, result, ctx)
    return replies
