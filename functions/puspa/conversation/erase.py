"""HAPUS DATA SAYA (pure): name what will be erased, confirm, then erase everything PUSPA holds about
the resident at this office (UU 27/2022). Every dialogue's data goes through the erase hooks of its
shell module; what the resident is shown first comes from each dialogue's STATUS lines and notes.

A "Ya, hapus" that Meta delivers again after the data was erased (the session, and with it the
record of the message, is gone) is recognised by the erasure's receipt, kept under a keyed hash of
the message: the resident is told again that the data was erased.
"""

from __future__ import annotations

from enum import StrEnum

from msgspec.structs import replace

from puspa.conversation import screens as render
from puspa.conversation.browse import leave_dialogue
from puspa.conversation.dialogue import Context, Dialogue, RequestSection, Step, fit_sections, option_number, show
from puspa.conversation.effects import Effect
from puspa.conversation.replies import Button, ButtonsReply, Outbound
from puspa.domain.results import Erasure, ResidentRequests
from puspa.domain.session import Session, State


class EraseState(StrEnum):
    CONFIRM = "confirm_delete"  # HAPUS DATA SAYA, awaiting confirmation


class PreviewErasure(Effect, frozen=True):
    """The resident's requests at this office, to name them before the resident confirms."""


class DeleteResidentData(Effect, frozen=True):
    """Cancel the resident's active requests (staff are told) and erase everything each dialogue
    keeps about them at this office (every store's erase hook), and their session; keep a receipt
    under a keyed hash of this message (no personal data) for its redeliveries."""


class RecallErasure(Effect, frozen=True):
    """A "Ya, hapus" outside the confirmation: was it this very message that erased the data?"""


CONFIRM = "delete:yes"
CANCEL = "delete:no"
DELETE_WORDS = frozenset({"hapus data saya", "hapus data", "hapus semua data saya"})
YES_WORDS = frozenset({"ya", "iya", "ya hapus", "hapus", "yes", "setuju"})
KEPT = "Baik, data Anda tidak dihapus."
ERASED = "Data Anda di PUSPA sudah kami hapus: riwayat percakapan, data pendaftaran dan pertanyaan Anda."
ELSEWHERE = "Nomor PUSPA kecamatan lain menyimpan data sendiri dan tidak ikut terhapus."
MORE = "\n…dan {n} lainnya."
BUTTONS = (Button(CONFIRM, "Ya, hapus"), Button(CANCEL, "Batal"))


def ask(session: Session, ctx: Context) -> Step | None:
    """HAPUS DATA SAYA, in any state: name what will go, then ask (a form in progress is dropped)."""
    if ctx.command not in DELETE_WORDS:
        return None
    asking = replace(leave_dialogue(session), state=EraseState.CONFIRM, options=tuple(b.id for b in BUTTONS))
    return Step(asking, effects=(PreviewErasure(),))


def previewed(_: PreviewErasure, found: ResidentRequests, ctx: Context) -> tuple[Outbound, ...]:
    """The confirmation, naming the resident's requests and warning about what cannot be undone."""
    sections: list[RequestSection] = [
        section(records)
        for owner, section in ctx.registry.status_sections.items()
        if (records := found.found.get(owner))
    ]
    notes = [note for owner, make in ctx.registry.erase_notes.items() if (note := make(found.found.get(owner, ())))]
    body = "Semua data Anda di PUSPA akan dihapus: riwayat percakapan, data pendaftaran dan pertanyaan Anda."
    if sections:
        listed = fit_sections(sections, MORE)
        body += (
            f"\n\nIni yang akan dihapus (permohonan yang masih berjalan dibatalkan, petugas diberi tahu):\n\n{listed}"
        )
    body += "".join(f"\n\n⚠️ {note}" for note in notes)
    return (ButtonsReply(f"{body}\n\n{ELSEWHERE}\n\nLanjutkan?", BUTTONS),)


def confirm(session: Session, ctx: Context) -> Step:
    """The answer to the confirmation: "Ya, hapus" (tapped, typed, or its number) erases; anything else keeps."""
    command = ctx.command
    number = option_number(command) or 0
    choice = session.options[number - 1] if 1 <= number <= len(session.options) else ctx.choice
    if choice == CONFIRM or command in YES_WORDS:
        # The questions without a card stay until the erase hooks have taken them out of the days
        # kept for the report; the whole session is deleted right after.
        return Step(Session(state=State.START, unanswered=session.unanswered), effects=(DeleteResidentData(),))
    return show(session, render.main_menu(ctx.content, ctx.registry, KEPT), state=State.MAIN_MENU)


def late_confirmation(session: Session, ctx: Context) -> Step | None:
    """ "Ya, hapus" tapped outside the confirmation: the same message delivered again after it erased
    everything, or an old button (then nothing happens)."""
    if ctx.choice != CONFIRM or ctx.dialogue is not None:
        return None
    _, menu_options = render.menu(ctx.content, ctx.registry)  # either answer shows the main menu's buttons
    return Step(replace(session, state=State.MAIN_MENU, options=menu_options), effects=(RecallErasure(),))


def deleted(_: DeleteResidentData, erasure: Erasure, ctx: Context) -> tuple[Outbound, ...]:
    body = f"{ERASED}\n{ELSEWHERE}"
    if erasure.cancelled:
        body += f"\n\nPermohonan yang dibatalkan: {', '.join(erasure.cancelled)}. Petugas sudah diberi tahu."
    return (ButtonsReply(body, (render.MENU_BUTTON_MAIN,)),)


def recalled(effect: RecallErasure, erased_by_it: bool, ctx: Context) -> tuple[Outbound, ...]:
    if erased_by_it:
        return (ButtonsReply(ERASED, (render.MENU_BUTTON_MAIN,)),)
    return (render.stale_choice(ctx.content, ctx.registry)[0],)


DIALOGUE = Dialogue(
    name="erase",
    commands=(ask, late_confirmation),
    states={EraseState.CONFIRM: confirm},
    outcomes={PreviewErasure: previewed, DeleteResidentData: deleted, RecallErasure: recalled},
    cancel_text=KEPT,
    action_prefix=None,
    takes_text=True,
    cancel_ids=frozenset({CANCEL}),
)
