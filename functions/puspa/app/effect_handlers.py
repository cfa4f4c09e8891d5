"""The shell's side of effects: one handler per effect type, in a table built by the composition
root. A handler does the I/O and returns what the store said; `machine.follow_up` turns that into
replies. StoreError subclasses propagate (the caller decides on retries)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, time, timedelta
from typing import Any

from msgspec import Struct

from puspa.app.ports import DocumentStore, RegistrationStore, SessionStore, SurveyStore, TicketStore
from puspa.conversation.effects import (
    ChangeStatus,
    CreateTicket,
    DeleteResidentData,
    Effect,
    FindDocument,
    FindRequests,
    MarkDocument,
    ResidentTicketAction,
    StaffTicketAction,
    SubmitRegistration,
    SubmitSurvey,
    SubscribeDocument,
)
from puspa.conversation.inbound import Inbound
from puspa.domain.codes import RequestKind
from puspa.domain.privacy import mask_digit_runs
from puspa.domain.readiness import Lookup, secret_material
from puspa.domain.results import Erasure, ResidentRequests
from puspa.domain.sender import Sender

log = logging.getLogger(__name__)


class Scope(Struct, frozen=True):
    """Where an effect runs: the inbound message that caused it, its session key, and the time."""

    inbound: Inbound
    session_key: str
    now: datetime
    message_key: str  # the replay key stores keep: a keyed hash of the message id, never the id itself

    @property
    def office_id(self) -> str:
        return self.inbound.office_id


EffectHandler = Callable[[Any, Scope], object]
# DocumentStore.find_document and .subscribe: (office, number, secret hash, sender, sender tag, day, now)
OwnerLookup = Callable[[str, str, str, Sender, str, str, datetime], Lookup]


class Stores(Struct, frozen=True):
    """The stores effect handlers write to (Firestore in production, fakes in tests)."""

    registrations: RegistrationStore
    tickets: TicketStore
    sessions: SessionStore
    surveys: SurveyStore | None = None
    documents: DocumentStore | None = None


def build_handlers(
    stores: Stores, keep_after_event: timedelta, message_key: Callable[[str], str] = str
) -> dict[type, EffectHandler]:
    """The effect-handler table: effect type -> handler."""

    def submit(effect: SubmitRegistration, scope: Scope) -> object:
        end_of_event = datetime.combine(effect.draft.event_date, time(23, 59), scope.now.tzinfo)
        result = stores.registrations.submit_registration(
            scope.office_id, scope.inbound.sender, effect.draft, scope.message_key, scope.now,
            end_of_event + keep_after_event, effect.year,
        )  # fmt: skip
        log.info("registration %s %s", result.code, "created" if result.created else "already existed")
        return result

    def find(effect: FindRequests, scope: Scope) -> object:
        key = scope.inbound.sender.key
        wants_registrations = effect.kind in (None, RequestKind.REGISTRATION)
        wants_tickets = effect.kind in (None, RequestKind.QUESTION)
        registrations = stores.registrations.find_registrations(scope.office_id, key, effect.code) if (
            wants_registrations) else ()  # fmt: skip
        tickets = stores.tickets.find_tickets(scope.office_id, key, effect.code) if wants_tickets else ()
        return ResidentRequests(registrations, tickets)

    def create_ticket(effect: CreateTicket, scope: Scope) -> object:
        name = mask_digit_runs(scope.inbound.profile_name)  # a name like "Siti 0812…" keeps no number
        result = stores.tickets.create_ticket(
            scope.office_id, scope.inbound.sender, name, effect.service_id, effect.question, scope.message_key,
            scope.now, effect.max_open, effect.year,
        )  # fmt: skip
        log.info("question %s %s", result.code or "-", "created" if result.created else result.problem or "replayed")
        return result

    def resident_ticket(effect: ResidentTicketAction, scope: Scope) -> object:
        return stores.tickets.resident_action(
            scope.office_id, scope.inbound.sender.key, effect.code, effect.action, effect.text, scope.message_key,
            scope.now,
        )  # fmt: skip

    def staff_ticket(effect: StaffTicketAction, scope: Scope) -> object:
        change = stores.tickets.staff_action(
            scope.office_id, effect.code, effect.reply_to, effect.action, effect.text, effect.actor,
            scope.message_key, scope.now,
        )  # fmt: skip
        log.info("staff %s on question %s: %s", effect.action, effect.code or "(reply)", change.problem or "ok")
        return change

    def change_status(effect: ChangeStatus, scope: Scope) -> object:
        change = stores.registrations.change_status(
            scope.office_id, effect.code, effect.status, effect.actor, effect.reason, scope.message_key, scope.now
        )
        log.info("staff set %s to %s: %s", effect.code, effect.status.value, change.problem or "ok")
        return change

    def erase(_: DeleteResidentData, scope: Scope) -> object:
        key = scope.inbound.sender.key
        cancelled = stores.registrations.erase_resident(scope.office_id, key, scope.now)
        deleted = stores.tickets.erase_resident_tickets(scope.office_id, key)
        if stores.documents is not None:
            stores.documents.erase_subscriptions(scope.office_id, key)
        stores.sessions.erase_session(scope.session_key)
        log.info("resident data erased; %d request(s) cancelled, %d question(s) deleted", len(cancelled), len(deleted))
        return Erasure(cancelled, deleted)

    def submit_survey(effect: SubmitSurvey, scope: Scope) -> object:
        if stores.surveys is None:
            raise TypeError("no survey store configured")
        # Anonymous: the answer carries no sender; this keyed hash only stops a second answer in the period.
        respondent = keyed("survey", scope, f"{effect.period}:{scope.inbound.sender.key}")
        created = stores.surveys.submit_survey(
            scope.office_id, respondent, effect.period, effect.service_id, dict(effect.scores), effect.suggestion,
            scope.now,
        )  # fmt: skip
        log.info("survey for %s %s", effect.period, "stored" if created else "already answered")
        return created

    def documents() -> DocumentStore:
        if stores.documents is None:
            raise TypeError("no document store configured")
        return stores.documents

    def keyed(kind: str, scope: Scope, value: str) -> str:
        return message_key(f"{kind}:{scope.office_id}:{value}")

    def secret_hash(scope: Scope, number: str, secret: str) -> str:
        return message_key(secret_material(scope.office_id, number, secret))

    def by_owner(lookup: OwnerLookup, effect: FindDocument | SubscribeDocument, scope: Scope) -> Lookup:
        """A lookup or a subscription: both name the document, prove ownership and count the sender's tries."""
        sender = scope.inbound.sender
        return lookup(
            scope.office_id, effect.number, secret_hash(scope, effect.number, effect.secret), sender,
            keyed("sender", scope, sender.key), effect.day, scope.now,
        )  # fmt: skip

    def find_document(effect: FindDocument, scope: Scope) -> object:
        return by_owner(documents().find_document, effect, scope)

    def subscribe_document(effect: SubscribeDocument, scope: Scope) -> object:
        return by_owner(documents().subscribe, effect, scope)

    def mark_document(effect: MarkDocument, scope: Scope) -> object:
        record = documents().mark_document(
            scope.office_id, effect.number, effect.ready, effect.actor, effect.day, scope.now
        )
        log.info(
            "staff marked a document %s: %s", "ready" if effect.ready else "collected", "ok" if record else "unknown"
        )
        return record

    return {
        FindDocument: find_document,
        SubscribeDocument: subscribe_document,
        MarkDocument: mark_document,
        SubmitSurvey: submit_survey,
        SubmitRegistration: submit,
        FindRequests: find,
        CreateTicket: create_ticket,
        ResidentTicketAction: resident_ticket,
        StaffTicketAction: staff_ticket,
        ChangeStatus: change_status,
        DeleteResidentData: erase,
    }


class EffectRunner:
    """Runs an effect through its handler in the table."""

    def __init__(
        self,
        handlers: Mapping[type, EffectHandler],
        clock: Callable[[], datetime],
        message_key: Callable[[str], str] = str,
    ) -> None:
        self._handlers = handlers
        self._clock = clock
        self._message_key = message_key

    @classmethod
    def for_stores(
        cls,
        stores: Stores,
        clock: Callable[[], datetime],
        keep_after_event: timedelta = timedelta(days=90),
        message_key: Callable[[str], str] = str,
    ) -> EffectRunner:
        return cls(build_handlers(stores, keep_after_event, message_key), clock, message_key)

    def run(self, effect: Effect, inbound: Inbound, session_key: str) -> object:
        handler = self._handlers.get(type(effect))
        if handler is None:
            raise TypeError(f"no handler for effect {type(effect).__name__}")
        return handler(effect, Scope(inbound, session_key, self._clock(), self._message_key(inbound.wamid)))
