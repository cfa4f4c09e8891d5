"""HAPUS DATA SAYA (pure): confirm, then erase everything PUSPA holds about the resident (UU 27/2022)."""

from __future__ import annotations

from enum import StrEnum

from puspa.conversation import screens as render
from puspa.conversation.browse import leave_dialogue
from puspa.conversation.dialogue import Context, Dialogue, Step, option_number, show
from puspa.conversation.effects import Effect
from puspa.conversation.replies import Button, ButtonsReply, Outbound
from puspa.domain.results import Erasure
from puspa.domain.session import Session, State


class EraseState(StrEnum):
    CONFIRM = "confirm_delete"  # HAPUS DATA SAYA, awaiting confirmation


class DeleteResidentData(Effect, frozen=True):
    """Cancel the resident's active requests (staff are told) and erase everything each dialogue
    keeps about them at this office (every store's erase hook), and their session."""


CONFIRM = "delete:yes"
CANCEL = "delete:no"
DELETE_WORDS = frozenset({"hapus data saya", "hapus data", "hapus semua data saya"})
YES_WORDS = frozenset({"ya", "iya", "ya hapus", "hapus", "yes", "setuju"})
KEPT = "Baik, data Anda tidak dihapus."


def ask(session: Session, ctx: Context) -> Step | None:
    """HAPUS DATA SAYA, in any state: ask for confirmation (a form in progress is dropped)."""
    if ctx.command not in DELETE_WORDS:
        return None
    body = (
        "Semua data Anda di PUSPA akan dihapus: riwayat percakapan, data pendaftaran dan pertanyaan Anda. "
        "Permohonan yang masih berjalan akan dibatalkan dan petugas diberi tahu.\n\nLanjutkan?"
    )
    buttons = (Button(CONFIRM, "Ya, hapus"), Button(CANCEL, "Batal"))
    cleared = leave_dialogue(session)
    return show(cleared, (ButtonsReply(body, buttons), tuple(b.id for b in buttons)), state=EraseState.CONFIRM)


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


def deleted(_: DeleteResidentData, erasure: Erasure, ctx: Context) -> tuple[Outbound, ...]:
    body = "Data Anda di PUSPA sudah kami hapus: riwayat percakapan, data pendaftaran dan pertanyaan Anda."
    if erasure.cancelled:
        body += f"\n\nPermohonan yang dibatalkan: {', '.join(erasure.cancelled)}. Petugas sudah diberi tahu."
    return (ButtonsReply(body, (render.MENU_BUTTON_MAIN,)),)


DIALOGUE = Dialogue(
    name="erase",
    commands=(ask,),
    states={EraseState.CONFIRM: confirm},
    outcomes={DeleteResidentData: deleted},
    cancel_text=KEPT,
    action_prefix=None,
    takes_text=True,
    cancel_ids=frozenset({CANCEL}),
)
