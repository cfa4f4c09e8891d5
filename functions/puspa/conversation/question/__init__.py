"""Residents' questions for staff ("Tanya petugas"): the resident's half (`resident`) and staff's (`staff`)."""

from __future__ import annotations

from puspa.conversation.dialogue import Dialogue
from puspa.conversation.question import resident, staff
from puspa.conversation.question.resident import CreateTicket, QuestionState, ResidentTicketAction
from puspa.conversation.question.staff import StaffTicketAction

__all__ = ["DIALOGUE", "CreateTicket", "QuestionState", "ResidentTicketAction", "StaffTicketAction"]

DIALOGUE = Dialogue(
    name="question",
    interrupts=(staff.command, resident.answer_taps, resident.forward),
    commands=(resident.ask,),
    states={QuestionState.ASK: resident.write, QuestionState.FOLLOWUP: resident.write},
    outcomes={
        CreateTicket: resident.created,
        ResidentTicketAction: resident.acted,
        StaffTicketAction: staff.ticket_acted,
    },
    menu_row=lambda _: resident.MENU_ROW,
    cancel_text="Baik, pertanyaan tidak jadi dikirim.",
    back=resident.back,
    patient=True,
    action_prefix="tny:",
    cancel_ids=frozenset({resident.CANCEL}),
    screens=resident.every_screen,
    staff_help=staff.HELP,
    staff_verbs=("JAWAB", "TUTUP"),
    status_section=resident.status_section,
)
