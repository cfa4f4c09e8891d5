"""Carry out the effects the conversation asks for, and turn their results into outbound messages."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta

from puspa.conversation.inbound import Inbound
from puspa.conversation.replies import (
    ChangeStatus,
    CreateTicket,
    DeleteResidentData,
    Effect,
    FindRequests,
    MarkRead,
    Outbound,
    ResidentTicketAction,
    StaffTicketAction,
    SubmitRegistration,
)
from puspa.ports import RegistrationStore, SessionStore, TicketStore

log = logging.getLogger(__name__)


class EffectRunner:
    def __init__(
        self,
        registrations: RegistrationStore,
        tickets: TicketStore,
        sessions: SessionStore,
        clock: Callable[[], datetime],
        keep_after_event: timedelta,
    ) -> None:
        self._registrations = registrations
        self._tickets = tickets
        self._sessions = sessions
        self._clock = clock
        self._keep_after_event = keep_after_event

    def run(self, effect: Effect, inbound: Inbound, session_key: str) -> tuple[Outbound, ...]:
        """Execute one effect; StoreError subclasses propagate (the caller decides on retries)."""
        now = self._clock()
        office = inbound.office_id
        if isinstance(effect, SubmitRegistration):
            end_of_event = datetime.combine(effect.draft.event_date, time(23, 59), now.tzinfo)
            expire_at = end_of_event + self._keep_after_event
            result = self._registrations.submit_registration(
                office, inbound.sender, effect.draft, inbound.wamid, now, expire_at
            )
            log.info("registration %s %s", result.code, "created" if result.created else "already existed")
            return effect.respond(result)
        if isinstance(effect, FindRequests):
            key, code = inbound.sender.key, effect.code
            registrations = () if code.startswith("TNY") else self._registrations.find_registrations(office, key, code)
            tickets = () if code.startswith("RSP") else self._tickets.find_tickets(office, key, code)
            return effect.respond(registrations, tickets)
        if isinstance(effect, CreateTicket):
            result = self._tickets.create_ticket(
                office, inbound.sender, inbound.profile_name, effect.service_id, effect.question, inbound.wamid,
                now, effect.max_open,
            )  # fmt: skip
            log.info(
                "question %s %s", result.code or "-", "created" if result.created else result.problem or "replayed"
            )
            return effect.respond(result)
        if isinstance(effect, ResidentTicketAction):
            change = self._tickets.resident_action(
                office, inbound.sender.key, effect.code, effect.action, effect.text, inbound.wamid, now
            )
            return effect.respond(change)
        if isinstance(effect, StaffTicketAction):
            change = self._tickets.staff_action(
                office, effect.code, effect.reply_to, effect.action, effect.text, effect.actor, inbound.wamid, now
            )
            log.info("staff %s on question %s: %s", effect.action, effect.code or "(reply)", change.problem or "ok")
            return effect.respond(change)
        if isinstance(effect, ChangeStatus):
            change = self._registrations.change_status(
                office, effect.code, effect.status, effect.actor, effect.reason, inbound.wamid, now
            )
            log.info("staff set %s to %s: %s", effect.code, effect.status.value, change.problem or "ok")
            return effect.respond(change)
        if isinstance(effect, DeleteResidentData):
            cancelled = self._registrations.erase_resident(office, inbound.sender.key, now)
            deleted = self._tickets.erase_resident_tickets(office, inbound.sender.key)
            self._sessions.erase_session(session_key)
            log.info(
                "resident data erased; %d request(s) cancelled, %d question(s) deleted", len(cancelled), len(deleted)
            )
            return effect.respond(cancelled)
        if isinstance(effect, MarkRead):
            return ()
        raise TypeError(f"unknown effect {type(effect).__name__}")  # pragma: no cover
