"""The reception-permit registration ("izin resepsi"): the resident's half (`flow`: consent, the
form's fields from `fields`, the one-message form `at_once`, summary, submit; its words in `screens`)
and staff's (`staff`)."""

from __future__ import annotations

from puspa.conversation.dialogue import Dialogue
from puspa.conversation.registration import flow, on_screen, screens, staff
from puspa.conversation.registration.model import CANCEL, CARD_KEY, START, RegistrationState, SubmitRegistration
from puspa.conversation.registration.staff import ChangeStatus
from puspa.conversation.replies import Button

__all__ = ["DIALOGUE", "ChangeStatus", "RegistrationState", "SubmitRegistration"]

DIALOGUE = Dialogue(
    name="registration",
    interrupts=(staff.command, flow.form_completed),
    commands=(flow.start,),
    states=flow.STATE_HANDLERS,
    outcomes={SubmitRegistration: screens.submitted, ChangeStatus: staff.status_changed},
    card_button=(CARD_KEY, Button(START, "Daftar sekarang")),
    cancel_text=screens.CANCELLED,
    back=flow.back,
    patient=True,
    expired_text=screens.EXPIRED,
    action_prefix="reg:",
    takes_text=True,
    cancel_ids=frozenset({CANCEL}),
    staff_help=f"{staff.HELP}\n  {staff.EXAMPLE}",
    staff_verbs=tuple(staff.COMMANDS),
    keeps=("flow", "flow_at"),
    status_section=screens.status_section,
    erase_note=screens.erase_note,
    flows=(on_screen.FORM,),
)
