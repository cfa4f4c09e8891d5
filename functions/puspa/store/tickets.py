"""Residents' questions for staff (Firestore)."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from typing import Any

from google.cloud import firestore
from google.cloud.firestore_v1.base_query import FieldFilter
from msgspec.structs import replace

from puspa.domain.codes import RequestKind, format_code
from puspa.domain.results import TicketChange, TicketProblem, TicketResult
from puspa.domain.sender import Sender
from puspa.domain.ticket import OPEN as TICKET_OPEN
from puspa.domain.ticket import RESIDENT, THREAD_MAX, Entry, Ticket, TicketAction, TicketStatus
from puspa.store.base import BOUNDED, FirestoreStore, Tally


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
        self._client = store.client
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
        now: datetime, max_open: int, year: int,
    ) -> TicketResult:  # fmt: skip
        key_ref = self._client.collection("ticket_keys").document(f"{office_id}_{wamid}".replace("/", "_"))
        counter_ref = self._client.collection("counters").document(f"{office_id}_{RequestKind.QUESTION}_{year}")
        query = self._resident_tickets(office_id, resident.key)

        # The open-question limit is counted outside the transaction: a query inside one locks the
        # range (harsh on the emulator, contention in production), and the limit is only an
        # anti-abuse bound, so a simultaneous burst from one resident may pass it by one.
        mine = self._store.call(None, lambda: list(query.stream(**BOUNDED)))
        # Only questions still waiting for staff count: most residents never tap "Sudah jelas".
        open_codes = tuple(sorted(str(d.get("code")) for d in mine if d.get("status") == TicketStatus.TERBUKA.value))
        tally = Tally()

        def attempt(number: int) -> TicketResult:
            return self._store.transact(functools.partial(create, number=number))

        @firestore.transactional
        def create(transaction: Any, number: int) -> TicketResult:
            tally.reads, tally.writes = 1 + max(len(mine), 1), 0  # the key, and the query (at least one read)
            key = key_ref.get(transaction=transaction, **BOUNDED)
            if key.exists:  # a replay of the message that created it
                return TicketResult(str((key.to_dict() or {}).get("code", "")), True)
            if len(open_codes) >= max_open:
                return TicketResult("", False, TicketProblem.TOO_MANY_OPEN, open_codes)
            tally.writes = 3  # counter, ticket and key, in one commit
            code = format_code(RequestKind.QUESTION, year, number)
            ticket = Ticket(code, office_id, resident.key, resident.wa_id, resident.user_id, profile_name, service_id,
                            TicketStatus.TERBUKA, now, (Entry(RESIDENT, question, now),))  # fmt: skip
            document = {**ticket.to_dict(), "handled": [wamid], "expire_at": now + self._keep_open, "updated_at": now}
            transaction.set(counter_ref, {"last": firestore.Maximum(number), "updated_at": now}, merge=True)
            transaction.create(self._ref(office_id, code), document)
            transaction.set(key_ref, {"code": code, "expire_at": now + timedelta(days=30)})
            return TicketResult(code, True)

        result = self._store.first_free_number(counter_ref, attempt)
        self._store.tally(tally.reads, tally.writes)
        return result

    def find_tickets(self, office_id: str, resident_key: str, code: str) -> tuple[Ticket, ...]:
        if code:
            snapshot = self._store.call("reads", lambda: self._ref(office_id, code).get(**BOUNDED))
            data = snapshot.to_dict() if snapshot.exists else None
            return (Ticket.from_dict(data),) if data and data.get("resident_key") == resident_key else ()
        snapshots = self._store.call(
            "reads", lambda: list(self._resident_tickets(office_id, resident_key).stream(**BOUNDED))
        )
        self._store.count.reads += max(len(snapshots) - 1, 0)
        return tuple(Ticket.from_dict(s.to_dict() or {}) for s in snapshots)

    def _change(self, office_id: str, code: str, wamid: str, now: datetime, apply: Any) -> TicketChange:
        """In a transaction: `apply(ticket, replayed, transaction, tally)` returns a TicketChange (no
        update) or (updated ticket, fields to update)."""
        ref = self._ref(office_id, code)
        tally = Tally()

        @firestore.transactional
        def change(transaction: Any) -> TicketChange:
            tally.reads, tally.writes = 1, 0
            snapshot = ref.get(transaction=transaction, **BOUNDED)
            if not snapshot.exists:
                return TicketChange(None, False, TicketProblem.NOT_FOUND)
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

        result = self._store.transact(change)
        self._store.tally(tally.reads, tally.writes)
        return result

    def _closed(self, ticket: Ticket, status: TicketStatus, by: str, now: datetime) -> Any:
        """Close an open ticket (the resident: SELESAI, staff: DITUTUP); a closed one stays as it is."""
        if ticket.status not in TICKET_OPEN:
            return TicketChange(ticket, False)
        closed = replace(ticket, status=status)
        fields = {"status": closed.status.value, "expire_at": now + self._keep_closed}
        return closed, {**fields, "status_log": _logged(closed, by, now)}

    def resident_action(
        self, office_id: str, resident_key: str, code: str, action: TicketAction, text: str, wamid: str, now: datetime
    ) -> TicketChange:
        action = TicketAction(action)  # callers may pass the plain value

        def apply(ticket: Ticket, replayed: bool, transaction: Any, tally: Tally) -> Any:
            if ticket.resident_key != resident_key:
                return TicketChange(None, False, TicketProblem.NOT_FOUND)
            if action is TicketAction.READ or replayed:
                return TicketChange(ticket, action is not TicketAction.READ)
            if action is TicketAction.CLOSE:
                return self._closed(ticket, TicketStatus.SELESAI, RESIDENT, now)
            if len(ticket.thread) >= THREAD_MAX:
                return TicketChange(ticket, False, TicketProblem.THREAD_FULL)
            thread = (*ticket.thread, Entry(RESIDENT, text, now))
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
                "status_log": _logged(reopened, RESIDENT, now),
            }

        return self._change(office_id, code, wamid, now, apply)

    def staff_action(
        self,
        office_id: str,
        code: str,
        reply_to: str,
        action: TicketAction,
        text: str,
        actor: str,
        wamid: str,
        now: datetime,
    ) -> TicketChange:
        action = TicketAction(action)  # callers may pass the plain value
        if not code:
            ref = self._client.collection("message_refs").document(f"{office_id}_{reply_to}".replace("/", "_"))
            snapshot = self._store.call("reads", lambda: ref.get(**BOUNDED))
            code = str((snapshot.to_dict() or {}).get("code", "")) if snapshot.exists else ""
            if not code:
                return TicketChange(None, False, TicketProblem.UNKNOWN_REPLY)

        def apply(ticket: Ticket, replayed: bool, transaction: Any, tally: Tally) -> Any:
            if replayed:
                earlier = ticket.answers[:-1] if action is TicketAction.ANSWER else ticket.answers
                return TicketChange(ticket, True, earlier_answers=earlier)
            if action is TicketAction.CLOSE:
                return self._closed(ticket, TicketStatus.DITUTUP, actor, now)
            if len(ticket.thread) >= THREAD_MAX:
                return TicketChange(ticket, False, TicketProblem.THREAD_FULL)
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
            snapshots = self._store.call(
                "reads", lambda: list(self._resident_tickets(office_id, resident_key).stream(**BOUNDED))
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
            self._store.call("deletes", functools.partial(batch.commit, **BOUNDED))
            self._store.count.deletes += len(snapshots) - 1

    def remember_message(self, office_id: str, wamid: str, code: str, now: datetime) -> None:
        """Link a staff notification message to its ticket, so a WhatsApp reply to it is an answer."""
        ref = self._client.collection("message_refs").document(f"{office_id}_{wamid}".replace("/", "_"))
        data = {"code": code, "expire_at": now + timedelta(days=90)}
        self._store.call("writes", lambda: ref.set(data, **BOUNDED))

    def created_between(self, office_id: str, start: datetime, end: datetime) -> tuple[Ticket, ...]:
        """The office's tickets made in [start, end) (for the monthly report)."""
        return tuple(Ticket.from_dict(d) for d in self._store.created_between("tickets", office_id, start, end))

    def unanswered(self, office_id: str) -> tuple[Ticket, ...]:
        """Every question still waiting for staff (for the daily digest)."""
        query = (
            self._client.collection("tickets")
            .where(filter=FieldFilter("office_id", "==", office_id))
            .where(filter=FieldFilter("status", "==", TicketStatus.TERBUKA.value))
            .limit(500)
        )
        snapshots = self._store.call("reads", lambda: list(query.stream(**BOUNDED)))
        self._store.count.reads += max(len(snapshots) - 1, 0)
        return tuple(Ticket.from_dict(s.to_dict() or {}) for s in snapshots)
