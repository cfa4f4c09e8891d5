"""Residents' questions' shell side: tickets asked, acted on by residents and staff, erased, listed
for STATUS; what staff are told about new questions and follow-ups."""

from __future__ import annotations

import logging
from typing import Any

from puspa.app.effect_handlers import Scope
from puspa.app.ports import TicketStore
from puspa.app.staff_notices import NoticeTemplates, StaffNotice, new_question, question_followup
from puspa.conversation.question import CreateTicket, ResidentTicketAction, StaffTicketAction
from puspa.domain.codes import RequestKind
from puspa.domain.privacy import mask_digit_runs
from puspa.domain.results import Erasure, TicketChange, TicketResult
from puspa.domain.ticket import Ticket

log = logging.getLogger(__name__)


def create(effect: CreateTicket, scope: Scope, tickets: TicketStore) -> TicketResult:
    name = mask_digit_runs(scope.inbound.profile_name)  # a name like "Siti 0812…" keeps no number
    result = tickets.create_ticket(
        scope.office_id, scope.inbound.sender, name, effect.service_id, effect.question, scope.message_key,
        scope.now, effect.max_open, effect.year,
    )  # fmt: skip
    log.info("question %s %s", result.code or "-", "created" if result.created else result.problem or "replayed")
    return result


def resident_action(effect: ResidentTicketAction, scope: Scope, tickets: TicketStore) -> TicketChange:
    return tickets.resident_action(
        scope.office_id, scope.inbound.sender.key, effect.code, effect.action, effect.text, scope.message_key,
        scope.now,
    )  # fmt: skip


def staff_action(effect: StaffTicketAction, scope: Scope, tickets: TicketStore) -> TicketChange:
    change = tickets.staff_action(
        scope.office_id, effect.code, effect.reply_to, effect.action, effect.text, effect.actor,
        scope.message_key, scope.now,
    )  # fmt: skip
    log.info("staff %s on question %s: %s", effect.action, effect.code or "(reply)", change.problem or "ok")
    return change


def delete_resident_tickets(scope: Scope, tickets: TicketStore) -> Erasure:
    return Erasure(deleted=tickets.erase_resident_tickets(scope.office_id, scope.inbound.sender.key))


def find(scope: Scope, code: str, prefix: str | None, tickets: TicketStore) -> tuple[Ticket, ...]:
    if prefix not in (None, RequestKind.QUESTION):
        return ()
    return tickets.find_tickets(scope.office_id, scope.inbound.sender.key, code)


def asked(fields: dict[str, Any], office_name: str, service_title: str, templates: NoticeTemplates) -> StaffNotice:
    return new_question(fields, office_name, service_title, templates.info, templates.language)


def followed_up(
    fields: dict[str, Any], office_name: str, service_title: str, templates: NoticeTemplates
) -> StaffNotice:
    return question_followup(fields, office_name, service_title, templates.info, templates.language)


HANDLERS = {CreateTicket: create, ResidentTicketAction: resident_action, StaffTicketAction: staff_action}
ERASE = (delete_resident_tickets,)
FIND = {"question": find}
STAFF_NOTICES = {"tickets": asked, "ticket_followup": followed_up}
