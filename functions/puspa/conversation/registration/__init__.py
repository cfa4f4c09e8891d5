"""The reception-permit registration ("izin resepsi"): the resident's half (`flow`: consent, the
form's fields from `fields`, the one-message form `sheet`, summary, submit) and staff's (`staff`)."""

from __future__ import annotations

from puspa.conversation.dialogue import Dialogue
from puspa.conversation.registration import flow, staff
from puspa.conversation.registration.flow import RegistrationState, SubmitRegistration
from puspa.conversation.registration.staff import ChangeStatus
from puspa.conversation.replies import Button

__all__ = ["DIALOGUE", "ChangeStatus", "RegistrationState", "SubmitRegistration"]

DIALOGUE = Dialogue(
    name="registration",
    interrupts=(staff.command,),
    commands=(flow.start,),
    states=flow.STATE_HANDLERS,
    outcomes={SubmitRegistration: flow.submitted, ChangeStatus: staff.status_changed},
    card_button=(flow.CARD_KEY, Button(flow.START, "Daftar sekarang")),
    cancel_text=flow.CANCELLED,
    back=flow.back,
    patient=True,
    expired_text=flow.EXPIRED,
    action_prefix="reg:",
    takes_text=True,
    cancel_ids=frozenset({flow.CANCEL}),
    staff_help=f"{staff.HELP}\n{staff.EXAMPLE}",
    status_section=flow.status_section,
)
