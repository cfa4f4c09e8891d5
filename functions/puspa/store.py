"""Firestore adapter: the only module that imports google.cloud.firestore.

Collections (natural-key document ids):
    sessions/{office_id}_{user_key}   conversation state + recent inbound message ids; TTL on `expire_at`
    offices/{office_id}               published content: `version`, `bundle` (JSON text), `published_at`

Every call goes through `_call`, which counts operations (for the benchmarks) and turns SDK
exceptions into `StoreError` subclasses.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from google.api_core import exceptions as google_exceptions
from google.auth import exceptions as auth_exceptions
from google.cloud import firestore
from google.cloud.firestore_v1.base_query import FieldFilter

from puspa.conversation.inbound import Sender
from puspa.conversation.replies import StatusChange, SubmitResult, TicketChange, TicketResult
from puspa.conversation.session import Session
from puspa.errors import ConcurrentUpdateError, StoreError, StoreUnavailableError
from puspa.ports import StoredSession
from puspa.registration import (
    ACTIVE,
    CODE_PREFIX,
    TRANSITIONS,
    Change,
    Draft,
    Registration,
    Status,
    format_code,
    registration_year,
)
from puspa.ticket import CODE_PREFIX as TICKET_PREFIX
from puspa.ticket import OPEN as TICKET_OPEN
from puspa.ticket import Entry, Ticket, TicketStatus
from puspa.ticket import format_code as ticket_code

T = TypeVar("T")
TIMEOUT_S = 10.0
TRANSIENT = (
    google_exceptions.ServiceUnavailable,
    google_exceptions.DeadlineExceeded,
    google_exceptions.InternalServerError,
    google_exceptions.Aborted,
    google_exceptions.TooManyRequests,
    google_exceptions.RetryError,
    google_exceptions.Unknown,
    google_exceptions.Cancelled,
    auth_exceptions.TransportError,
)
LOST_RACE = (google_exceptions.FailedPrecondition, google_exceptions.AlreadyExists, google_exceptions.NotFound)


@dataclass
class Tally:
    """Operations of one transaction attempt (a retried attempt starts again from zero)."""

    reads: int = 0
    writes: int = 0


@dataclass
class OperationCount:
    """Firestore operations made through this store (billing units: reads, writes, deletes)."""

    reads: int = 0
    writes: int = 0
    deletes: int = 0


class FirestoreStore:
    """Sessions and published content in Firestore."""

    def __init__(self, client: firestore.Client) -> None:
        self._client = client
        self.count = OperationCount()

    @classmethod
    def for_project(cls, project: str) -> FirestoreStore:
        """A store for `project`; honours FIRESTORE_EMULATOR_HOST like the client library does."""
        return cls(firestore.Client(project=project))

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except LOST_RACE as exc:
            raise ConcurrentUpdateError(str(exc)) from exc
        except TRANSIENT as exc:
            raise StoreUnavailableError(f"Firestore unavailable: {exc}") from exc
        except google_exceptions.GoogleAPICallError as exc:
            raise StoreError(f"Firestore call failed: {exc}") from exc

    def _call(self, kind: str | None, fn: Callable[[], T]) -> T:
        """Run one Firestore call; count it as one `kind` (None: the caller counts, e.g. a transaction)."""
        with self._errors():
            result = fn()
        if kind is not None:
            setattr(self.count, kind, getattr(self.count, kind) + 1)
        return result

    def _add(self, reads: int, writes: int) -> None:
        self.count.reads += reads
        self.count.writes += writes

    # --- sessions -------------------------------------------------------------------------------

    def _session_ref(self, key: str) -> Any:
        return self._client.collection("sessions").document(key.replace("/", "_"))

    def load_session(self, key: str) -> StoredSession:
        snapshot = self._call("reads", lambda: self._session_ref(key).get(timeout=TIMEOUT_S))
        if not snapshot.exists:
            return StoredSession(None, (), None)
        data = snapshot.to_dict() or {}
        conversation = data.get("conversation")
        session = Session.from_dict(conversation) if isinstance(conversation, dict) else None
        recent = tuple(w for w in data.get("recent_wamids", []) if isinstance(w, str))
        return StoredSession(session, recent, snapshot.update_time)

    def save_session(
        self, key: str, session: Session, recent_wamids: tuple[str, ...], token: object | None, expire_at: datetime
    ) -> None:
        ref = self._session_ref(key)
        data = {
            "conversation": session.to_dict(),
            "recent_wamids": list(recent_wamids),
            "expire_at": expire_at,
            "updated_at": firestore.SERVER_TIMESTAMP,
        }
        if token is None:
            self._call("writes", lambda: ref.create(data, timeout=TIMEOUT_S))
        else:
            option = self._client.write_option(last_update_time=token)
            self._call("writes", lambda: ref.update(data, option=option, timeout=TIMEOUT_S))

    def delete_session(self, key: str, token: object) -> None:
        option = self._client.write_option(last_update_time=token)
        self._call("deletes", lambda: self._session_ref(key).delete(option=option, timeout=TIMEOUT_S))

    def erase_session(self, key: str) -> None:
        self._call("deletes", lambda: self._session_ref(key).delete(timeout=TIMEOUT_S))

    # --- content --------------------------------------------------------------------------------

    def _office_ref(self, office_id: str) -> Any:
        return self._client.collection("offices").document(office_id)

    def content_version(self, office_id: str) -> str | None:
        snapshot = self._call(
            "reads", lambda: self._office_ref(office_id).get(field_paths=["version"], timeout=TIMEOUT_S)
        )
        version = (snapshot.to_dict() or {}).get("version") if snapshot.exists else None
        return version if isinstance(version, str) else None

    def load_content(self, office_id: str) -> tuple[str, dict[str, Any]] | None:
        snapshot = self._call("reads", lambda: self._office_ref(office_id).get(timeout=TIMEOUT_S))
        data = snapshot.to_dict() if snapshot.exists else None
        if not data or not isinstance(data.get("bundle"), str):
            return None
        try:
            bundle = json.loads(data["bundle"])
        except ValueError as exc:
            raise StoreError(f"offices/{office_id}: published bundle is not valid JSON") from exc
        return str(data.get("version", "")), bundle

    def publish_content(self, office_id: str, version: str, bundle: dict[str, Any], published_by: str) -> None:
        """Replace the office's content in one document write: readers see all of it or none."""
        data = {
            "version": version,
            "bundle": json.dumps(bundle, ensure_ascii=False, sort_keys=True),
            "published_at": firestore.SERVER_TIMESTAMP,
            "published_by": published_by,
        }
        self._call("writes", lambda: self._office_ref(office_id).set(data, timeout=TIMEOUT_S))


class FirestoreRegistrationStore:
    """Registrations, their yearly code counters and their per-date uniqueness keys.

    Collections:
        registrations/{office_id}_{code}                          the request; TTL on `expire_at`
        registration_keys/{office_id}_{resident_key}_{event_date}  one active request per resident and date
        counters/{office_id}_RSP_{year}                            last number given out
        notices/{office_id}_{code}_{event}                         things staff must be told (e.g. a cancellation)
    """

    TRANSACTION_ATTEMPTS = 20  # the code counter is one document; the emulator's locks make contention harsher

    def __init__(self, store: FirestoreStore) -> None:
        self._store = store
        self._client = store._client

    def _reg_ref(self, office_id: str, code: str) -> Any:
        return self._client.collection("registrations").document(f"{office_id}_{code}")

    def submit_registration(
        self, office_id: str, resident: Sender, draft: Draft, wamid: str, now: datetime, expire_at: datetime
    ) -> SubmitResult:
        key_ref = self._client.collection("registration_keys").document(
            f"{office_id}_{resident.key}_{draft.event_date.isoformat()}".replace("/", "_")
        )
        year = registration_year(now)
        counter_ref = self._client.collection("counters").document(f"{office_id}_{CODE_PREFIX}_{year}")

        tally = Tally()

        @firestore.transactional
        def submit(transaction: Any) -> SubmitResult:
            tally.reads, tally.writes = 1, 0
            key = key_ref.get(transaction=transaction)
            if key.exists:
                existing_code = str((key.to_dict() or {}).get("code", ""))
                existing = self._reg_ref(office_id, existing_code).get(transaction=transaction)
                tally.reads += 1
                data = (existing.to_dict() or {}) if existing.exists else {}
                if data and Status(data["status"]) in ACTIVE:
                    return SubmitResult(existing_code, data.get("source_wamid") == wamid, Status(data["status"]))
            counter = counter_ref.get(transaction=transaction)
            tally.reads += 1
            tally.writes = 3  # counter, registration and key, in one commit
            number = int((counter.to_dict() or {}).get("last", 0)) + 1 if counter.exists else 1
            code = format_code(year, number)
            registration = Registration(
                code=code, office_id=office_id, resident_key=resident.key, resident_wa_id=resident.wa_id,
                resident_user_id=resident.user_id, draft=draft, status=Status.DITERIMA, created_at=now,
                history=(Change(Status.DITERIMA, now, "warga"),),
            )  # fmt: skip
            document = {**registration.to_dict(), "source_wamid": wamid, "expire_at": expire_at, "updated_at": now}
            transaction.set(counter_ref, {"last": number, "updated_at": now})
            transaction.create(self._reg_ref(office_id, code), document)
            transaction.set(key_ref, {"code": code, "expire_at": expire_at})
            return SubmitResult(code, True, Status.DITERIMA)

        transaction = self._client.transaction(max_attempts=self.TRANSACTION_ATTEMPTS)
        result = self._store._call(None, lambda: submit(transaction))
        self._store._add(tally.reads, tally.writes)
        return result

    def find_registrations(self, office_id: str, resident_key: str, code: str) -> tuple[Registration, ...]:
        if code:
            snapshot = self._store._call("reads", lambda: self._reg_ref(office_id, code).get(timeout=TIMEOUT_S))
            data = snapshot.to_dict() if snapshot.exists else None
            if not data or data.get("resident_key") != resident_key:
                return ()
            return (Registration.from_dict(data),)
        query = (
            self._client.collection("registrations")
            .where(filter=FieldFilter("office_id", "==", office_id))
            .where(filter=FieldFilter("resident_key", "==", resident_key))
            .limit(50)
        )
        snapshots = self._store._call("reads", lambda: list(query.stream(timeout=TIMEOUT_S)))
        self._store.count.reads += max(len(snapshots) - 1, 0)
        return tuple(Registration.from_dict(s.to_dict()) for s in snapshots)

    def change_status(
        self, office_id: str, code: str, status: Status, actor: str, reason: str, wamid: str, now: datetime
    ) -> StatusChange:
        ref = self._reg_ref(office_id, code)

        @firestore.transactional
        def change(transaction: Any) -> StatusChange:
            snapshot = ref.get(transaction=transaction)
            if not snapshot.exists:
                return StatusChange(None, False, "not_found")
            data = snapshot.to_dict() or {}
            current = Registration.from_dict(data)
            history = list(data.get("history", []))
            if history and history[-1].get("wamid") == wamid:
                return StatusChange(current, True)  # a redelivery of the command that made this change
            if current.status is status:
                return StatusChange(current, False)
            if status not in TRANSITIONS[current.status]:
                return StatusChange(current, False, "not_allowed")
            history.append({"status": status.value, "at": now, "by": actor, "reason": reason, "wamid": wamid})
            transaction.update(ref, {"status": status.value, "history": history, "updated_at": now})
            return StatusChange(Registration.from_dict({**data, "status": status.value, "history": history}), True)

        transaction = self._client.transaction(max_attempts=self.TRANSACTION_ATTEMPTS)
        result = self._store._call(None, lambda: change(transaction))
        self._store._add(1, int(result.changed))
        return result

    def erase_resident(self, office_id: str, resident_key: str, now: datetime) -> tuple[str, ...]:
        registrations = self.find_registrations(office_id, resident_key, "")
        cancelled: list[str] = []
        batch = self._client.batch()
        for registration in registrations:
            ref = self._reg_ref(office_id, registration.code)
            update: dict[str, Any] = {
                "resident_key": "", "resident_wa_id": "", "resident_user_id": "", "draft.name": "",
                "draft.nik": "", "draft.contact": "", "draft.venue": "", "draft.rt_rw": "", "erased_at": now,
            }  # fmt: skip
            if registration.active:
                cancelled.append(registration.code)
                history = [*registration.to_dict()["history"], {
                    "status": Status.DIBATALKAN.value, "at": now, "by": "warga", "reason": "data dihapus oleh warga",
                }]  # fmt: skip
                update.update({"status": Status.DIBATALKAN.value, "history": history})
                notice = self._client.collection("notices").document(f"{office_id}_{registration.code}_dibatalkan")
                batch.set(notice, {
                    "kind": "registration_cancelled", "office_id": office_id, "code": registration.code,
                    "event_type": registration.draft.event_type,
                    "event_date": registration.draft.event_date.isoformat(),
                    "village": registration.draft.village, "created_at": now,
                })  # fmt: skip
            batch.update(ref, update)
            key = f"{office_id}_{resident_key}_{registration.draft.event_date.isoformat()}".replace("/", "_")
            batch.delete(self._client.collection("registration_keys").document(key))
        if registrations:
            self._store._call("writes", batch.commit)
            self._store.count.writes += len(registrations) + len(cancelled) - 1
            self._store.count.deletes += len(registrations)
        return tuple(cancelled)


class ChannelBusyError(StoreUnavailableError):
    """Another delivery of the same event is sending on this channel right now."""


class FirestoreNotificationLedger:
    """notifications/{ledger_id}: per channel, when it was claimed and when it was sent, so that
    each channel sends once under Eventarc's at-least-once delivery. TTL on `expire_at`."""

    def __init__(self, store: FirestoreStore) -> None:
        self._store = store
        self._client = store._client

    def _ref(self, ledger_id: str) -> Any:
        return self._client.collection("notifications").document(ledger_id.replace("/", "_"))

    def claim(self, ledger_id: str, channel: str, now: datetime, lease: timedelta) -> bool:
        """True: this caller should send on `channel` now. False: it was already sent.
        ChannelBusyError: another caller claimed it less than `lease` ago (retry later)."""
        ref = self._ref(ledger_id)

        @firestore.transactional
        def claim(transaction: Any) -> bool:
            snapshot = ref.get(transaction=transaction)
            state = ((snapshot.to_dict() or {}).get("channels") or {}).get(channel) or {}
            if state.get("sent_at"):
                return False
            claimed_at = state.get("claimed_at")
            if isinstance(claimed_at, datetime) and now - claimed_at < lease:
                raise ChannelBusyError(f"{channel} of {ledger_id} is being sent by another delivery")
            transaction.set(
                ref, {"channels": {channel: {"claimed_at": now}}, "expire_at": now + timedelta(days=30)}, merge=True
            )
            return True

        transaction = self._client.transaction(max_attempts=10)
        claimed = self._store._call("reads", lambda: claim(transaction))
        if claimed:
            self._store.count.writes += 1
        return claimed

    def mark_sent(self, ledger_id: str, channel: str, now: datetime) -> None:
        data = {"channels": {channel: {"sent_at": now}}}
        self._store._call("writes", lambda: self._ref(ledger_id).set(data, merge=True, timeout=TIMEOUT_S))

    def release(self, ledger_id: str, channel: str) -> None:
        data = {"channels": {channel: {"claimed_at": None}}}
        self._store._call("writes", lambda: self._ref(ledger_id).set(data, merge=True, timeout=TIMEOUT_S))


def _logged(ticket: Ticket, by: str, at: datetime) -> Any:
    """Append {status, by, at} to the ticket's status log (who moved it, and when)."""
    return firestore.ArrayUnion([{"status": ticket.status.value, "by": by, "at": at}])


class FirestoreTicketStore:
    """Residents' questions.

    Collections:
        tickets/{office_id}_{code}                  the question and its thread; TTL on `expire_at`
        ticket_keys/{office_id}_{wamid}             the inbound message that created a ticket (replays)
        counters/{office_id}_TNY_{year}             last number given out
        message_refs/{office_id}_{wamid}            staff notification message -> ticket (reply-to answers)
        notices/{office_id}_{code}_lanjut_{n}       a resident's follow-up, for notify_admins
    """

    HANDLED_MAX = 50  # inbound message ids remembered per ticket, for replays

    def __init__(
        self, store: FirestoreStore, keep_closed: timedelta, keep_open: timedelta = timedelta(days=180)
    ) -> None:
        self._store = store
        self._client = store._client
        self._keep_closed = keep_closed
        self._keep_open = keep_open

    def _ref(self, office_id: str, code: str) -> Any:
        return self._client.collection("tickets").document(f"{office_id}_{code}")

    def _resident_tickets(self, office_id: str, resident_key: str) -> Any:
        return (
            self._client.collection("tickets")
            .where(filter=FieldFilter("office_id", "==", office_id))
            .where(filter=FieldFilter("resident_key", "==", resident_key))
            .limit(50)
        )

    def create_ticket(
        self, office_id: str, resident: Sender, profile_name: str, service_id: str, question: str, wamid: str,
        now: datetime, max_open: int,
    ) -> TicketResult:  # fmt: skip
        key_ref = self._client.collection("ticket_keys").document(f"{office_id}_{wamid}".replace("/", "_"))
        year = registration_year(now)
        counter_ref = self._client.collection("counters").document(f"{office_id}_{TICKET_PREFIX}_{year}")
        query = self._resident_tickets(office_id, resident.key)

        # The open-question limit is counted outside the transaction: a query inside one locks the
        # range (harsh on the emulator, contention in production), and the limit is only an
        # anti-abuse bound, so a simultaneous burst from one resident may pass it by one.
        mine = self._store._call(None, lambda: list(query.stream(timeout=TIMEOUT_S)))
        # Only questions still waiting for staff count: most residents never tap "Sudah jelas".
        open_codes = tuple(sorted(str(d.get("code")) for d in mine if d.get("status") == TicketStatus.TERBUKA.value))
        tally = Tally()

        @firestore.transactional
        def create(transaction: Any) -> TicketResult:
            tally.reads, tally.writes = 1 + max(len(mine), 1), 0  # the key, and the query (at least one read)
            key = key_ref.get(transaction=transaction)
            if key.exists:  # a replay of the message that created it
                return TicketResult(str((key.to_dict() or {}).get("code", "")), True)
            if len(open_codes) >= max_open:
                return TicketResult("", False, "too_many_open", open_codes)
            counter = counter_ref.get(transaction=transaction)
            tally.reads += 1
            tally.writes = 3  # counter, ticket and key, in one commit
            number = int((counter.to_dict() or {}).get("last", 0)) + 1 if counter.exists else 1
            code = ticket_code(year, number)
            ticket = Ticket(code, office_id, resident.key, resident.wa_id, resident.user_id, profile_name, service_id,
                            TicketStatus.TERBUKA, now, (Entry("warga", question, now),))  # fmt: skip
            document = {**ticket.to_dict(), "handled": [wamid], "expire_at": now + self._keep_open, "updated_at": now}
            transaction.set(counter_ref, {"last": number, "updated_at": now})
            transaction.create(self._ref(office_id, code), document)
            transaction.set(key_ref, {"code": code, "expire_at": now + timedelta(days=30)})
            return TicketResult(code, True)

        transaction = self._client.transaction(max_attempts=FirestoreRegistrationStore.TRANSACTION_ATTEMPTS)
        result = self._store._call(None, lambda: create(transaction))
        self._store._add(tally.reads, tally.writes)
        return result

    def find_tickets(self, office_id: str, resident_key: str, code: str) -> tuple[Ticket, ...]:
        if code:
            snapshot = self._store._call("reads", lambda: self._ref(office_id, code).get(timeout=TIMEOUT_S))
            data = snapshot.to_dict() if snapshot.exists else None
            return (Ticket.from_dict(data),) if data and data.get("resident_key") == resident_key else ()
        snapshots = self._store._call(
            "reads", lambda: list(self._resident_tickets(office_id, resident_key).stream(timeout=TIMEOUT_S))
        )
        self._store.count.reads += max(len(snapshots) - 1, 0)
        return tuple(Ticket.from_dict(s.to_dict()) for s in snapshots)

    def _change(self, office_id: str, code: str, wamid: str, now: datetime, apply: Any) -> TicketChange:
        """In a transaction: `apply(ticket, replayed, transaction, tally)` returns a TicketChange (no
        update) or (updated ticket, fields to update)."""
        ref = self._ref(office_id, code)
        tally = Tally()

        @firestore.transactional
        def change(transaction: Any) -> TicketChange:
            tally.reads, tally.writes = 1, 0
            snapshot = ref.get(transaction=transaction)
            if not snapshot.exists:
                return TicketChange(None, False, "not_found")
            data = snapshot.to_dict() or {}
            ticket = Ticket.from_dict(data)
            handled = [str(w) for w in data.get("handled", [])]
            outcome = apply(ticket, wamid in handled, transaction, tally)
            if isinstance(outcome, TicketChange):
                return outcome
            updated, fields = outcome
            fields.update({"handled": [*handled, wamid][-self.HANDLED_MAX :], "updated_at": now})
            transaction.update(ref, fields)
            tally.writes += 1
            return TicketChange(updated, True, earlier_answers=ticket.answers)

        transaction = self._client.transaction(max_attempts=FirestoreRegistrationStore.TRANSACTION_ATTEMPTS)
        result = self._store._call(None, lambda: change(transaction))
        self._store._add(tally.reads, tally.writes)
        return result

    def resident_action(
        self, office_id: str, resident_key: str, code: str, action: str, text: str, wamid: str, now: datetime
    ) -> TicketChange:
        def apply(ticket: Ticket, replayed: bool, transaction: Any, tally: Tally) -> Any:
            if ticket.resident_key != resident_key:
                return TicketChange(None, False, "not_found")
            if action == "read" or replayed:
                return TicketChange(ticket, action != "read")
            if action == "close":
                if ticket.status not in TICKET_OPEN:
                    return TicketChange(ticket, False)
                closed = replace(ticket, status=TicketStatus.SELESAI)
                fields = {"status": closed.status.value, "expire_at": now + self._keep_closed}
                return closed, {**fields, "status_log": _logged(closed, "warga", now)}
            thread = (*ticket.thread, Entry("warga", text, now))
            reopened = replace(ticket, status=TicketStatus.TERBUKA, thread=thread)
            notice = self._client.collection("notices").document(f"{office_id}_{code}_lanjut_{len(thread)}")
            transaction.create(notice, {
                "kind": "ticket_followup", "office_id": office_id, "code": code, "text": text,
                "profile_name": ticket.profile_name, "service_id": ticket.service_id, "created_at": now,
                "expire_at": now + self._keep_open,
            })  # fmt: skip
            tally.writes += 1
            fields = {"status": reopened.status.value, "thread": reopened.to_dict()["thread"]}
            return reopened, {
                **fields,
                "expire_at": now + self._keep_open,
                "status_log": _logged(reopened, "warga", now),
            }

        return self._change(office_id, code, wamid, now, apply)

    def staff_action(
        self, office_id: str, code: str, reply_to: str, action: str, text: str, actor: str, wamid: str, now: datetime
    ) -> TicketChange:
        if not code:
            ref = self._client.collection("message_refs").document(f"{office_id}_{reply_to}".replace("/", "_"))
            snapshot = self._store._call("reads", lambda: ref.get(timeout=TIMEOUT_S))
            code = str((snapshot.to_dict() or {}).get("code", "")) if snapshot.exists else ""
            if not code:
                return TicketChange(None, False, "unknown_reply")

        def apply(ticket: Ticket, replayed: bool, transaction: Any, tally: Tally) -> Any:
            if replayed:
                earlier = ticket.answers[:-1] if action == "answer" else ticket.answers
                return TicketChange(ticket, True, earlier_answers=earlier)
            if action == "close":
                if ticket.status not in TICKET_OPEN:
                    return TicketChange(ticket, False)
                closed = replace(ticket, status=TicketStatus.DITUTUP)
                fields = {"status": closed.status.value, "expire_at": now + self._keep_closed}
                return closed, {**fields, "status_log": _logged(closed, actor, now)}
            answered = replace(ticket, status=TicketStatus.DIJAWAB, thread=(*ticket.thread, Entry(actor, text, now)))
            fields = {"status": answered.status.value, "thread": answered.to_dict()["thread"]}
            return answered, {
                **fields,
                "expire_at": now + self._keep_open,
                "status_log": _logged(answered, actor, now),
            }

        return self._change(office_id, code, wamid, now, apply)

    def erase_resident_tickets(self, office_id: str, resident_key: str) -> tuple[str, ...]:
        """Delete the resident's questions and the follow-up notices that carry their text."""
        codes: list[str] = []
        while True:  # pages of 50
            snapshots = self._store._call(
                "reads", lambda: list(self._resident_tickets(office_id, resident_key).stream(timeout=TIMEOUT_S))
            )
            if not snapshots:
                return tuple(codes)
            batch = self._client.batch()
            for snapshot in snapshots:
                data = snapshot.to_dict() or {}
                code = str(data.get("code", ""))
                codes.append(code)
                batch.delete(snapshot.reference)
                for number in range(2, len(data.get("thread", [])) + 1):
                    batch.delete(self._client.collection("notices").document(f"{office_id}_{code}_lanjut_{number}"))
            self._store._call("deletes", batch.commit)
            self._store.count.deletes += len(snapshots) - 1

    def remember_message(self, office_id: str, wamid: str, code: str, now: datetime) -> None:
        """Link a staff notification message to its ticket, so a WhatsApp reply to it is an answer."""
        ref = self._client.collection("message_refs").document(f"{office_id}_{wamid}".replace("/", "_"))
        data = {"code": code, "expire_at": now + timedelta(days=90)}
        self._store._call("writes", lambda: ref.set(data, timeout=TIMEOUT_S))

    def unanswered(self, office_id: str) -> tuple[Ticket, ...]:
        """Every question still waiting for staff (for the daily digest)."""
        query = (
            self._client.collection("tickets")
            .where(filter=FieldFilter("office_id", "==", office_id))
            .where(filter=FieldFilter("status", "==", TicketStatus.TERBUKA.value))
            .limit(500)
        )
        snapshots = self._store._call("reads", lambda: list(query.stream(timeout=TIMEOUT_S)))
        self._store.count.reads += max(len(snapshots) - 1, 0)
        return tuple(Ticket.from_dict(s.to_dict()) for s in snapshots)
