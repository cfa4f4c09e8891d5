"""In-memory fakes of the ports (no mocks): they behave like the real adapters, including
compare-and-set conflicts and transient failures, and record what happened."""

from __future__ import annotations

import itertools
import secrets
import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from msgspec.structs import replace

from puspa.app.bootstrap import handler_modules
from puspa.app.effect_handlers import EffectRunner
from puspa.domain.codes import RequestKind, format_code
from puspa.domain.complaint import PREFIX as COMPLAINT_PREFIX
from puspa.domain.complaint import Complaint, ComplaintStatus
from puspa.domain.delivery import DeliveryLog, finished
from puspa.domain.papers import BURST, MAX_FILES, FileProblem, FileReceipt, Papers, PapersStatus, Submitted, View
from puspa.domain.papers import PREFIX as PAPERS_PREFIX
from puspa.domain.readiness import FAILURES_PER_DAY, DocumentRecord, Lookup, LookupOutcome, Marked, Readiness, expiry
from puspa.domain.registration import TRANSITIONS, Change, Draft, Registration, Status
from puspa.domain.results import (
    StatusChange,
    StatusProblem,
    StoredSession,
    SubmitResult,
    TicketChange,
    TicketProblem,
    TicketResult,
)
from puspa.domain.sender import Sender
from puspa.domain.session import Session
from puspa.domain.ticket import OPEN, RESIDENT, THREAD_MAX, Entry, Ticket, TicketAction, TicketStatus
from puspa.domain.unanswered import without_resident
from puspa.errors import ConcurrentUpdateError, GraphApiError, MediaTooLargeError, StoreUnavailableError
from puspa.store.ledger import ChannelBusyError
from tests.fake_bookings import FakeBookingStore


class FakeSessionStore:
    def __init__(self) -> None:
        self.docs: dict[str, tuple[Session, tuple[str, ...], int, datetime]] = {}
        self.logs: dict[str, DeliveryLog] = {}
        self.reads = self.writes = self.deletes = 0
        self.unavailable = False
        self.conflicts_before_save = 0  # simulate another instance writing first
        self.lose_save_answers = 0  # the next saves are written, then fail as if the answer was lost
        self._versions = itertools.count(1)
        self._lock = threading.Lock()

    def _check(self) -> None:
        if self.unavailable:
            raise StoreUnavailableError("fake store is down")

    def load_session(self, key: str) -> StoredSession:
        with self._lock:
            self._check()
            self.reads += 1
            if key not in self.docs:
                return StoredSession(None, (), None)
            session, recent, version, _ = self.docs[key]
            return StoredSession(session, recent, version, self.logs.get(key, DeliveryLog()))

    def save_session(
        self,
        key: str,
        session: Session,
        recent_wamids: tuple[str, ...],
        token: object | None,
        expire_at: datetime,
        log: DeliveryLog | None = None,
    ) -> None:
        with self._lock:
            self._check()
            if self.conflicts_before_save:
                self.conflicts_before_save -= 1
                raise ConcurrentUpdateError("another writer won")
            current = self.docs.get(key)
            if (current is None) != (token is None) or (current is not None and current[2] != token):
                raise ConcurrentUpdateError("stale token")
            self.writes += 1
            self.docs[key] = (session, recent_wamids, next(self._versions), expire_at)
            self.logs[key] = log or DeliveryLog()
            if self.lose_save_answers:
                self.lose_save_answers -= 1
                raise StoreUnavailableError("the commit landed, but its answer was lost")

    def finish_turn(self, key: str, wamid: str) -> None:
        with self._lock:
            self._check()
            if key not in self.docs:
                return
            self.writes += 1
            session, recent, _, expire_at = self.docs[key]
            self.docs[key] = (session, recent, next(self._versions), expire_at)
            self.logs[key] = finished(self.logs.get(key, DeliveryLog()), [wamid])

    def delete_session(self, key: str, token: object) -> None:
        with self._lock:
            self._check()
            current = self.docs.get(key)
            if current is None or current[2] != token:
                raise ConcurrentUpdateError("stale token")
            self.deletes += 1
            del self.docs[key]

    def erase_session(self, key: str) -> None:
        with self._lock:
            self._check()
            self.deletes += 1
            self.docs.pop(key, None)


class FakeContentSource:
    def __init__(self, office_id: str, bundle: dict[str, Any], version: str = "v1") -> None:
        self.published = {office_id: (version, bundle)}
        self.reads = 0

    def content_version(self, office_id: str) -> str | None:
        self.reads += 1
        entry = self.published.get(office_id)
        return entry[0] if entry else None

    def load_content(self, office_id: str) -> tuple[str, dict[str, Any]] | None:
        self.reads += 1
        return self.published.get(office_id)

    def published_offices(self) -> tuple[str, ...]:
        self.reads += max(len(self.published), 1)
        return tuple(sorted(self.published))


class FakeSender:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self.reads: list[str] = []
        self.failures: list[GraphApiError] = []  # raised by the next send calls, in order

    def send_message(self, office_id: str, payload: dict[str, Any]) -> str:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((office_id, payload))
        return f"wamid.FAKE{len(self.sent)}"

    def mark_read(self, office_id: str, wamid: str) -> None:
        self.reads.append(wamid)


class FakeRegistrationStore:
    """Registrations in memory, with the same rules as FirestoreRegistrationStore."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], dict[str, Any]] = {}  # (office, code) -> {"reg": Registration, ...}
        self.keys: dict[str, str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        self.notices: list[dict[str, Any]] = []
        self.unavailable = False
        self._lock = threading.Lock()

    def _check(self) -> None:
        if self.unavailable:
            raise StoreUnavailableError("fake registration store is down")

    def submit_registration(
        self,
        office_id: str,
        resident: Sender,
        draft: Draft,
        wamid: str,
        now: datetime,
        expire_at: datetime,
        year: int,
    ) -> SubmitResult:
        with self._lock:
            self._check()
            key = f"{office_id}_{resident.key}_{draft.event_date.isoformat()}"
            if key in self.keys:
                existing = self.items[(office_id, self.keys[key])]
                if existing["reg"].active:
                    return SubmitResult(existing["reg"].code, existing["wamid"] == wamid, existing["reg"].status)
            number = self.counters.get((office_id, year), 0) + 1
            self.counters[(office_id, year)] = number
            code = format_code(RequestKind.REGISTRATION, year, number)
            registration = Registration(
                code, office_id, resident.key, resident.wa_id, resident.user_id, draft, Status.DITERIMA, now,
                (Change(Status.DITERIMA, now, RESIDENT),),
            )  # fmt: skip
            self.items[(office_id, code)] = {
                "reg": registration,
                "wamid": wamid,
                "expire_at": expire_at,
                "wamids": [wamid],
            }
            self.keys[key] = code
            return SubmitResult(code, True, Status.DITERIMA)

    def find_registrations(self, office_id: str, resident_key: str, code: str) -> tuple[Registration, ...]:
        self._check()
        found = [
            i["reg"]
            for (office, c), i in self.items.items()
            if office == office_id and i["reg"].resident_key == resident_key
        ]
        return tuple(r for r in found if not code or r.code == code)

    def change_status(
        self, office_id: str, code: str, status: Status, actor: str, reason: str, wamid: str, now: datetime
    ) -> StatusChange:
        with self._lock:
            self._check()
            item = self.items.get((office_id, code))
            if item is None:
                return StatusChange(None, False, StatusProblem.NOT_FOUND)
            current: Registration = item["reg"]
            if item["wamids"][-1] == wamid:
                return StatusChange(current, True)
            if current.status is status:
                return StatusChange(current, False)
            if status not in TRANSITIONS[current.status]:
                return StatusChange(current, False, StatusProblem.NOT_ALLOWED)
            updated = replace(current, status=status, history=(*current.history, Change(status, now, actor, reason)))
            item["reg"] = updated
            item["wamids"].append(wamid)
            return StatusChange(updated, True)

    def erase_resident(self, office_id: str, resident_key: str, now: datetime) -> tuple[str, ...]:
        with self._lock:
            self._check()
            cancelled = []
            for (office, code), item in self.items.items():
                registration: Registration = item["reg"]
                if office != office_id or registration.resident_key != resident_key:
                    continue
                if registration.active:
                    cancelled.append(code)
                    self.notices.append({"kind": "registration_cancelled", "code": code})
                    registration = replace(registration, status=Status.DIBATALKAN)
                blank = replace(registration.draft, name="", nik="", contact="", venue="", rt_rw="")
                item["reg"] = replace(
                    registration, resident_key="", resident_wa_id="", resident_user_id="", draft=blank
                )
            self.keys = {k: v for k, v in self.keys.items() if not k.startswith(f"{office_id}_{resident_key}_")}
            return tuple(cancelled)


class FakeTicketStore:
    """Questions in memory, with the same rules as FirestoreTicketStore."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], dict[str, Any]] = {}  # (office, code) -> {"ticket", "wamids"}
        self.by_wamid: dict[str, str] = {}
        self.message_refs: dict[str, str] = {}  # notification wamid -> code
        self.message_ref_offices: dict[str, str] = {}  # notification wamid -> the office that sent it
        self.counters: dict[tuple[str, int], int] = {}
        self.notices: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def create_ticket(
        self, office_id: str, resident: Sender, profile_name: str, service_id: str, question: str, wamid: str,
        now: datetime, max_open: int, year: int,
    ) -> TicketResult:  # fmt: skip
        with self._lock:
            if wamid in self.by_wamid:
                return TicketResult(self.by_wamid[wamid], True)
            open_codes = tuple(
                code for (office, code), item in self.items.items()
                if office == office_id and item["ticket"].resident_key == resident.key
                and item["ticket"].status is TicketStatus.TERBUKA
            )  # fmt: skip
            if len(open_codes) >= max_open:
                return TicketResult("", False, TicketProblem.TOO_MANY_OPEN, open_codes)
            number = self.counters.get((office_id, year), 0) + 1
            self.counters[(office_id, year)] = number
            code = format_code(RequestKind.QUESTION, year, number)
            ticket = Ticket(code, office_id, resident.key, resident.wa_id, resident.user_id, profile_name, service_id,
                            TicketStatus.TERBUKA, now, (Entry(RESIDENT, question, now),))  # fmt: skip
            self.items[(office_id, code)] = {"ticket": ticket, "wamids": {wamid}}
            self.by_wamid[wamid] = code
            return TicketResult(code, True)

    def find_tickets(self, office_id: str, resident_key: str, code: str) -> tuple[Ticket, ...]:
        found = [i["ticket"] for (office, c), i in self.items.items() if office == office_id]
        return tuple(t for t in found if t.resident_key == resident_key and (not code or t.code == code))

    def resident_action(
        self, office_id: str, resident_key: str, code: str, action: TicketAction, text: str, wamid: str, now: datetime
    ) -> TicketChange:
        action = TicketAction(action)  # callers may pass the plain value
        with self._lock:
            item = self.items.get((office_id, code))
            if item is None or item["ticket"].resident_key != resident_key:
                return TicketChange(None, False, TicketProblem.NOT_FOUND)
            ticket: Ticket = item["ticket"]
            if action is TicketAction.READ or wamid in item["wamids"]:
                return TicketChange(ticket, action is not TicketAction.READ)
            if action is TicketAction.CLOSE and ticket.status not in OPEN:
                return TicketChange(ticket, False)
            if action is TicketAction.FOLLOWUP and len(ticket.thread) >= THREAD_MAX:
                return TicketChange(ticket, False, TicketProblem.THREAD_FULL)
            item["wamids"].add(wamid)
            if action is TicketAction.CLOSE:
                ticket = replace(ticket, status=TicketStatus.SELESAI)
            else:
                ticket = replace(
                    ticket, status=TicketStatus.TERBUKA, thread=(*ticket.thread, Entry(RESIDENT, text, now))
                )
                self.notices.append({"kind": "ticket_followup", "code": code, "text": text})
            item["ticket"] = ticket
            return TicketChange(ticket, True)

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
        with self._lock:
            if not code:
                code = self.message_refs.get(reply_to, "")
                if not code or self.message_ref_offices.get(reply_to, office_id) != office_id:
                    return TicketChange(None, False, TicketProblem.UNKNOWN_REPLY)
            item = self.items.get((office_id, code))
            if item is None:
                return TicketChange(None, False, TicketProblem.NOT_FOUND)
            ticket: Ticket = item["ticket"]
            earlier = ticket.answers
            if wamid in item["wamids"]:
                return TicketChange(
                    ticket, True, earlier_answers=earlier[:-1] if action is TicketAction.ANSWER else earlier
                )
            if action is TicketAction.CLOSE and ticket.status not in OPEN:
                return TicketChange(ticket, False)
            if action is TicketAction.ANSWER and len(ticket.thread) >= THREAD_MAX:
                return TicketChange(ticket, False, TicketProblem.THREAD_FULL)
            item["wamids"].add(wamid)
            if action is TicketAction.CLOSE:
                ticket = replace(ticket, status=TicketStatus.DITUTUP)
            else:
                ticket = replace(ticket, status=TicketStatus.DIJAWAB, thread=(*ticket.thread, Entry(actor, text, now)))
            item["ticket"] = ticket
            return TicketChange(ticket, True, earlier_answers=earlier)

    def remember_message(self, office_id: str, wamid: str, code: str, now: datetime) -> None:
        self.message_refs[wamid] = code
        self.message_ref_offices[wamid] = office_id

    def erase_resident_tickets(self, office_id: str, resident_key: str) -> tuple[str, ...]:
        with self._lock:
            codes = [
                c for (o, c), i in self.items.items() if o == office_id and i["ticket"].resident_key == resident_key
            ]
            for code in codes:
                del self.items[(office_id, code)]
            return tuple(codes)


class FakeErasureReceipts:
    """ErasureReceipts in memory."""

    def __init__(self) -> None:
        self.receipts: set[tuple[str, str]] = set()

    def keep_erasure_receipt(self, office_id: str, message_key: str, now: datetime) -> None:
        self.receipts.add((office_id, message_key))

    def erasure_receipt(self, office_id: str, message_key: str) -> bool:
        return (office_id, message_key) in self.receipts


class FakeComplaintStore:
    """ComplaintStore in memory: the same numbering, replay and scoping rules as the adapter."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], Complaint] = {}
        self.keys: dict[tuple[str, str], str] = {}
        self.handled: dict[tuple[str, str], list[str]] = {}
        self.notices: dict[tuple[str, str], dict[str, Any]] = {}
        self.counters: dict[tuple[str, int], int] = {}

    def submit_complaint(
        self, office_id: str, resident: Sender, category: str, text: str, message_key: str, now: datetime, year: int
    ) -> Complaint:
        replayed = self.keys.get((office_id, message_key))
        if replayed is not None:  # a replay; erased since: its code, nothing kept again
            return self.items.get((office_id, replayed)) or Complaint(
                replayed, office_id, resident.key, resident.wa_id, resident.user_id, category, "",
                ComplaintStatus.TERBUKA, now,
            )  # fmt: skip
        number = self.counters.get((office_id, year), 0) + 1
        self.counters[(office_id, year)] = number
        code = format_code(COMPLAINT_PREFIX, year, number)
        complaint = Complaint(code, office_id, resident.key, resident.wa_id, resident.user_id, category, text,
                              ComplaintStatus.TERBUKA, now)  # fmt: skip
        self.items[(office_id, code)] = complaint
        self.keys[(office_id, message_key)] = code
        notice = {"kind": "complaint_new", "office_id": office_id, "code": code, "category": category, "text": text}
        self.notices[(office_id, code)] = {**notice, "expire_at": now + timedelta(days=7)}
        return complaint

    def answer_complaint(
        self, office_id: str, code: str, text: str, actor: str, message_key: str, now: datetime
    ) -> Complaint | None:
        complaint = self.items.get((office_id, code))
        if complaint is None:
            return None
        handled = self.handled.setdefault((office_id, code), [])
        if message_key in handled:
            return complaint
        handled.append(message_key)
        answered = replace(complaint, status=ComplaintStatus.DITANGGAPI, answer=text, answered_by=actor,
                           answered_at=now)  # fmt: skip
        self.items[(office_id, code)] = answered
        return answered

    def find_complaints(self, office_id: str, resident_key: str, code: str) -> tuple[Complaint, ...]:
        return tuple(
            c for (office, c_code), c in self.items.items()
            if office == office_id and c.resident_key == resident_key and (not code or c_code == code)
        )  # fmt: skip

    def erase_resident_complaints(self, office_id: str, resident_key: str) -> tuple[str, ...]:
        codes = tuple(sorted(c.code for c in self.find_complaints(office_id, resident_key, "")))
        for code in codes:
            del self.items[(office_id, code)]
            self.notices.pop((office_id, code), None)
        return codes


class FakeSurveyStore:
    """Anonymous survey answers in memory, one per respondent and period while the period is open,
    moved to random ids with its key deleted once sealed (as FirestoreSurveyStore)."""

    def __init__(self) -> None:
        self.answers: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.keys: dict[tuple[str, str], bytes] = {}

    def period_key(self, office_id: str, period: str) -> bytes:
        return self.keys.setdefault((office_id, period), secrets.token_bytes(32))

    def submit_survey(
        self, office_id: str, respondent: str, period: str, service_id: str, scores: dict[str, int], suggestion: str,
    ) -> bool:  # fmt: skip
        key = (office_id, period, respondent)
        if key in self.answers:
            return False
        self.answers[key] = {"office_id": office_id, "period": period, "service_id": service_id, "scores": scores,
                             "suggestion": suggestion}  # fmt: skip
        return True

    def survey_answers(self, office_id: str, period: str) -> tuple[dict[str, Any], ...]:
        fields = ("service_id", "scores", "suggestion")
        return tuple({k: v for k, v in a.items() if k in fields}
                     for (o, p, _), a in self.answers.items() if o == office_id and p == period)  # fmt: skip

    def seal_period(self, office_id: str, period: str) -> int:
        pending = [k for k, a in self.answers.items() if k[:2] == (office_id, period) and not a.get("sealed")]
        for key in pending:
            self.answers[(office_id, period, f"s{secrets.token_hex(16)}")] = {**self.answers.pop(key), "sealed": True}
        self.keys.pop((office_id, period), None)
        return len(pending)


class FakeUnansweredStore:
    """Questions without a card in memory (as FirestoreUnansweredStore): `asked` holds what each
    session keeps (session key -> (question, when)), `days` what is kept per office and local day."""

    def __init__(self) -> None:
        self.asked: dict[str, list[tuple[str, datetime]]] = {}
        self.days: dict[tuple[str, str], dict[str, Any]] = {}

    def unanswered_between(self, office_id: str, start: datetime, end: datetime) -> tuple[tuple[str, ...], ...]:
        per_resident = (
            tuple(q for q, at in entries if start <= at < end)
            for key, entries in sorted(self.asked.items()) if key.startswith(f"{office_id}_")
        )  # fmt: skip
        return tuple(texts for texts in per_resident if texts)

    def kept_days(self, office_id: str, days: list[str]) -> set[str]:
        return {day for day in days if (office_id, day) in self.days}

    def keep_unanswered_day(
        self, office_id: str, day: str, figures: dict[str, Any], start: datetime, end: datetime, expire_at: datetime
    ) -> None:
        self.days[(office_id, day)] = {**figures, "office_id": office_id, "day": day, "start": start, "end": end,
                                       "expire_at": expire_at}  # fmt: skip

    def forget_resident_questions(self, office_id: str, session_key: str) -> int:
        asked = self.asked.get(session_key, [])
        changed = 0
        for (office, _), data in self.days.items():
            if office != office_id or "texts" not in data:
                continue
            theirs = [q for q, at in asked if data["start"] <= at < data["end"]]
            left = without_resident(data["texts"], theirs)
            if left != data["texts"]:
                data["texts"], changed = left, changed + 1
        return changed

    def forget_legacy_texts(self) -> int:
        legacy = [data for data in self.days.values() if "counts" in data]
        for data in legacy:
            data.update(total=sum(data.pop("counts").values()), texts={})
        return len(legacy)


class FakeMonthSource:
    """What the monthly report reads, in memory (as FirestoreMonthSource): the records of the month,
    the daily documents the digest kept, and what the sessions still hold (`activity`, `unanswered`)."""

    def __init__(self, surveys: FakeSurveyStore | None = None, unanswered: FakeUnansweredStore | None = None) -> None:
        self.surveys = surveys or FakeSurveyStore()
        self.unanswered = unanswered or FakeUnansweredStore()
        self.registrations: list[Registration] = []
        self.tickets: list[Ticket] = []
        self.activity: dict[tuple[str, str], tuple[int, int, dict[str, int]]] = {}  # (office, day) in the sessions
        self.kept_activity: dict[tuple[str, str], dict[str, Any]] = {}  # (office, day) kept by the digest
        self.aggregates: dict[tuple[str, str], dict[str, Any]] = {}

    def registrations_between(self, office_id: str, start: datetime, end: datetime) -> tuple[Registration, ...]:
        return tuple(r for r in self.registrations if r.office_id == office_id and start <= r.created_at < end)

    def tickets_between(self, office_id: str, start: datetime, end: datetime) -> tuple[Ticket, ...]:
        return tuple(t for t in self.tickets if t.office_id == office_id and start <= t.created_at < end)

    def survey_answers(self, office_id: str, period: str) -> tuple[dict[str, Any], ...]:
        return self.surveys.survey_answers(office_id, period)

    def seal_survey_period(self, office_id: str, period: str) -> int:
        return self.surveys.seal_period(office_id, period)

    def daily_documents(self, collection: str, office_id: str, days: list[str]) -> list[dict[str, Any]]:
        kept = self.unanswered.days if collection == "unanswered_daily" else self.kept_activity
        return [kept[(office_id, day)] for day in days if (office_id, day) in kept]

    def monthly_aggregates(self, office_id: str, periods: list[str]) -> list[dict[str, Any]]:
        return [self.aggregates[(office_id, p)] for p in periods if (office_id, p) in self.aggregates]

    def keep_monthly_aggregate(self, office_id: str, period: str, figures: dict[str, Any]) -> None:
        self.aggregates[(office_id, period)] = {**figures, "office_id": office_id}

    def aggregates_of(self, office_ids: list[str], period: str) -> dict[str, dict[str, Any]]:
        return {o: self.aggregates[(o, period)] for o in office_ids if (o, period) in self.aggregates}

    def activity_of_day(self, office_id: str, day: str) -> tuple[int, int, dict[str, int]]:
        return self.activity.get((office_id, day), (0, 0, {}))

    def unanswered_between(self, office_id: str, start: datetime, end: datetime) -> tuple[tuple[str, ...], ...]:
        return self.unanswered.unanswered_between(office_id, start, end)


class FakeReadinessStore:
    """Documents in memory. The rules (the pause after FAILURES_PER_DAY failures, staff's marks that an
    older spreadsheet never undoes, one notice per document) are FirestoreReadinessStore's, pinned to it
    by tests/contract/test_store_ports.py."""

    def __init__(self) -> None:
        self.docs: dict[tuple[str, str], dict[str, Any]] = {}
        self.failures: dict[tuple[str, str, str], int] = {}
        self.notices: list[dict[str, Any]] = []
        self.notices_by_document: dict[tuple[str, str], dict[str, Any]] = {}  # (office, number) -> its notice

    def _check(self, office_id: str, number: str, secret_hash: str, sender_tag: str, day: str) -> Lookup:
        if self.failures.get((office_id, sender_tag, day), 0) >= FAILURES_PER_DAY:
            return Lookup(LookupOutcome.PAUSED)
        doc = self.docs.get((office_id, number))
        if doc is None or doc["secret_hash"] != secret_hash:
            self.failures[(office_id, sender_tag, day)] = self.failures.get((office_id, sender_tag, day), 0) + 1
            return Lookup(LookupOutcome.NOT_FOUND)
        return Lookup(LookupOutcome.FOUND, doc["record"])

    def find_document(
        self, office_id: str, number: str, secret_hash: str, sender: Sender, sender_tag: str, day: str, now: datetime
    ) -> Lookup:
        lookup = self._check(office_id, number, secret_hash, sender_tag, day)
        doc = self.docs.get((office_id, number)) or {}
        return replace(lookup, subscribed=lookup.record is not None and sender.key in doc.get("subscribers", {}))

    def subscribe(
        self, office_id: str, number: str, secret_hash: str, sender: Sender, sender_tag: str, day: str, now: datetime
    ) -> Lookup:
        return self._subscribe(office_id, number, self._check(office_id, number, secret_hash, sender_tag, day), sender)

    def subscribe_proven(self, office_id: str, number: str, sender: Sender, now: datetime) -> Lookup:
        doc = self.docs.get((office_id, number))
        lookup = Lookup(LookupOutcome.FOUND, doc["record"]) if doc else Lookup(LookupOutcome.NOT_FOUND)
        return self._subscribe(office_id, number, lookup, sender)

    def _subscribe(self, office_id: str, number: str, lookup: Lookup, sender: Sender) -> Lookup:
        if lookup.record is None or lookup.record.state is not Readiness.PROCESSING:
            return lookup
        self.docs[(office_id, number)]["subscribers"][sender.key] = sender
        return replace(lookup, subscribed=True)

    def save_document(
        self, office_id: str, record: DocumentRecord, secret_hash: str | None, actor: str, now: datetime
    ) -> str:
        return self._save(office_id, record, secret_hash, actor, now)[0]

    def _save(
        self, office_id: str, record: DocumentRecord, secret_hash: str | None, actor: str, now: datetime
    ) -> tuple[str, int, DocumentRecord]:
        old: dict[str, Any] = self.docs.get((office_id, number := record.number)) or {}
        kept: DocumentRecord | None = old.get("record")
        if kept is not None:  # a step back keeps staff's SIAP/DIAMBIL; a date left empty keeps the known one
            stages = list(Readiness)
            record = replace(record, state=max(kept.state, record.state, key=stages.index),
                             ready_on=record.ready_on or kept.ready_on,
                             collected_on=record.collected_on or kept.collected_on)  # fmt: skip
            secret_hash = secret_hash or old["secret_hash"]
            if (record, secret_hash) == (kept, old["secret_hash"]):
                return "sama", 0, kept
        subscribers = old.get("subscribers", {})
        told = 0
        becomes_ready = record.state is Readiness.READY and (kept is None or kept.state is not Readiness.READY)
        if becomes_ready and subscribers and (office_id, number) not in self.notices_by_document:
            notice = {"kind": "document_ready", "number": number, "subscribers": list(subscribers)}
            self.notices.append(notice)
            self.notices_by_document[(office_id, number)] = notice
            told, subscribers = len(subscribers), {}  # moved to the notice
        self.docs[(office_id, number)] = {
            "record": record, "secret_hash": secret_hash or "", "subscribers": subscribers,
            "history": [*old.get("history", []), (record.state, actor, now)],
            "expire_at": expiry(record.ready_on, record.collected_on, now),
        }  # fmt: skip
        return ("diubah" if old else "baru"), told, record

    def mark_document(
        self, office_id: str, number: str, ready: bool, actor: str, day: str, now: datetime
    ) -> Marked | None:
        doc = self.docs.get((office_id, number))
        if doc is None:
            return None
        current: DocumentRecord = doc["record"]
        today = date.fromisoformat(day)
        state = Readiness.READY if ready else Readiness.COLLECTED
        changed = replace(current, state=state, ready_on=current.ready_on or today,
                          collected_on=None if ready else today)  # fmt: skip
        outcome, told, stored = self._save(office_id, changed, None, actor, now)
        return Marked(stored, told, already=outcome == "sama")

    def erase_subscriptions(self, office_id: str, resident_key: str) -> int:
        """Counts the documents and the notices not yet sent that the resident is taken off."""
        touched = [d for (o, _), d in self.docs.items() if o == office_id and resident_key in d["subscribers"]]
        for doc in touched:
            del doc["subscribers"][resident_key]
        notices = [
            n for (o, _), n in self.notices_by_document.items() if o == office_id and resident_key in n["subscribers"]
        ]
        for notice in notices:
            notice["subscribers"] = [s for s in notice["subscribers"] if s != resident_key]
        return len(touched) + len(notices)


class FakeNotificationLedger:
    """Once-per-channel notifications in memory, with FirestoreNotificationLedger's lease (pinned to it by
    tests/contract/test_store_ports.py)."""

    def __init__(self) -> None:
        self.channels: dict[tuple[str, str], dict[str, datetime | None]] = {}  # (ledger id, channel) -> times

    def claim(self, ledger_id: str, channel: str, now: datetime, lease: timedelta) -> bool:
        state = self.channels.setdefault((ledger_id, channel), {"claimed_at": None, "sent_at": None})
        if state["sent_at"] is not None:
            return False
        claimed_at = state["claimed_at"]
        if claimed_at is not None and now - claimed_at < lease:
            raise ChannelBusyError(f"{channel} of {ledger_id} is being sent by another delivery")
        state["claimed_at"] = now
        return True

    def mark_sent(self, ledger_id: str, channel: str, now: datetime) -> None:
        self.channels.setdefault((ledger_id, channel), {"claimed_at": None, "sent_at": None})["sent_at"] = now

    def release(self, ledger_id: str, channel: str) -> None:
        self.channels.setdefault((ledger_id, channel), {"claimed_at": None, "sent_at": None})["claimed_at"] = None


class FakePapersStore:
    """PapersStore in memory: the same counting, numbering, replay and scoping rules as the adapter."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], Papers] = {}  # (office, record id) -> record
        self.handled: dict[tuple[str, str], list[str]] = {}
        self.notices: dict[str, dict[str, Any]] = {}  # notice id -> fields
        self.counters: dict[tuple[str, int], int] = {}
        self.months: dict[tuple[str, str], dict[str, int]] = {}  # (office, month) -> checked, complete_first
        self._lock = threading.Lock()

    def add_file(
        self, office_id: str, record_id: str, resident: Sender, service_id: str, service_title: str, booking_code: str,
        visit: date | None, name: str, consented_at: datetime, now: datetime,
    ) -> FileReceipt:  # fmt: skip
        with self._lock:
            papers = self.items.get((office_id, record_id)) or Papers(
                record_id, office_id, resident.key, resident.wa_id, resident.user_id, service_id, service_title,
                booking_code, visit, PapersStatus.TERBUKA, (), now, consented_at,
            )  # fmt: skip
            if name in papers.files:
                return FileReceipt(papers.count, acknowledge=False, code=papers.code)
            if papers.status is PapersStatus.LENGKAP:
                return FileReceipt(papers.count, FileProblem.CLOSED, code=papers.code)
            if papers.count >= MAX_FILES:
                return FileReceipt(papers.count, FileProblem.COUNT, code=papers.code)
            first = papers.last_file_at is None or now - papers.last_file_at > BURST
            papers = replace(papers, files=(*papers.files, name), last_file_at=now)
            self.items[(office_id, record_id)] = papers
            return FileReceipt(papers.count, acknowledge=first, code=papers.code)

    def submit_papers(self, office_id: str, record_id: str, message_key: str, now: datetime, year: int) -> Submitted:
        with self._lock:
            papers = self.items.get((office_id, record_id))
            if papers is None or not papers.files:
                return Submitted(None, False)
            handled = self.handled.setdefault((office_id, record_id), [])
            if message_key in handled:
                return Submitted(papers, True)
            if papers.rounds and papers.sent_files == papers.count:
                return Submitted(papers, False)
            code = papers.code
            if not code:
                number = self.counters.get((office_id, year), 0) + 1
                self.counters[(office_id, year)] = number
                code = format_code(PAPERS_PREFIX, year, number)
            papers = replace(papers, code=code, status=PapersStatus.DIKIRIM, rounds=papers.rounds + 1,
                             sent_files=papers.count)  # fmt: skip
            handled.append(message_key)
            self.items[(office_id, record_id)] = papers
            self.notices[f"{office_id}_{code}_{papers.rounds}"] = {
                "kind": "papers_submitted", "office_id": office_id, "code": code, "round": papers.rounds,
                "service_id": papers.service_id, "service_title": papers.service_title, "files": papers.count,
                "booking_code": papers.booking_code,
                "visit_date": papers.visit_date.isoformat() if papers.visit_date else "",
            }  # fmt: skip
            return Submitted(papers, True)

    def papers_by_code(self, office_id: str, code: str) -> Papers | None:
        return next((p for (o, _), p in self.items.items() if o == office_id and p.code == code), None)

    def answer_papers(
        self,
        office_id: str,
        code: str,
        complete: bool,
        text: str,
        actor: str,
        message_key: str,
        now: datetime,
        month: str = "",
    ) -> Papers | None:
        with self._lock:
            papers = self.papers_by_code(office_id, code)
            if papers is None:
                return None
            handled = self.handled.setdefault((office_id, papers.record_id), [])
            if message_key in handled:
                return papers
            handled.append(message_key)
            if papers.answered_at is None:
                figures = self.months.setdefault(
                    (office_id, month or f"{now:%Y-%m}"), {"checked": 0, "complete_first": 0}
                )
                figures["checked"] += 1
                figures["complete_first"] += 1 if complete else 0
            status = PapersStatus.LENGKAP if complete else PapersStatus.KURANG
            papers = replace(papers, status=status, answer=text, answered_by=actor, answered_at=now)
            self.items[(office_id, papers.record_id)] = papers
            return papers

    def month_figures(self, office_id: str, month: str) -> dict[str, int]:
        return dict(self.months.get((office_id, month), {"checked": 0, "complete_first": 0}))

    def record_view(self, office_id: str, code: str, staff: str, now: datetime) -> Papers | None:
        with self._lock:
            papers = self.papers_by_code(office_id, code)
            if papers is None:
                return None
            papers = replace(papers, views=(*papers.views, View(staff, now))[-50:])
            self.items[(office_id, papers.record_id)] = papers
            return papers

    def find_papers(self, office_id: str, resident_key: str, code: str) -> tuple[Papers, ...]:
        return tuple(
            p for (o, _), p in self.items.items()
            if o == office_id and p.resident_key == resident_key and (not code or p.code == code)
        )  # fmt: skip

    def erase_resident_papers(self, office_id: str, resident_key: str) -> tuple[Papers, ...]:
        with self._lock:
            records = self.find_papers(office_id, resident_key, "")
            for papers in records:
                del self.items[(office_id, papers.record_id)]
                for round_ in range(1, papers.rounds + 1):
                    self.notices.pop(f"{office_id}_{papers.code}_{round_}", None)
            return records


class FakePaperFiles:
    """The papers bucket in memory: name -> (bytes, content type, customTime)."""

    def __init__(self) -> None:
        self.objects: dict[str, tuple[bytes, str, datetime]] = {}
        self.puts = 0

    def put(self, name: str, data: bytes, content_type: str, custom_time: datetime) -> None:
        self.puts += 1
        self.objects[name] = (data, content_type, custom_time)

    def delete(self, names: list[str] | tuple[str, ...]) -> int:
        return sum(self.objects.pop(n, None) is not None for n in names)

    def delete_under(self, prefix: str) -> int:
        return self.delete([n for n in self.objects if n.startswith(prefix)])

    def signed_url(self, name: str, ttl: timedelta) -> str:
        return f"https://storage.example/{name}?X-Goog-Expires={int(ttl.total_seconds())}&X-Goog-Signature=fake"


JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 200  # enough of a JPEG for PUSPA's check of its first bytes
PDF = b"%PDF-1.4\n" + b"0" * 200


class FakeMedia:
    """WhatsApp's media endpoint in memory: media id -> (bytes, mime type); `failures` are raised first."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[bytes, str]] = {}
        self.failures: list[Exception] = []
        self.downloads = 0

    def download_media(self, media_id: str, max_bytes: int, office_id: str = "") -> Any:
        if self.failures:
            raise self.failures.pop(0)
        if media_id not in self.files:
            raise GraphApiError("(#100) Unsupported get request", code=100, http_status=400, transient=False)
        data, mime_type = self.files[media_id]
        self.downloads += 1
        if len(data) > max_bytes:
            raise MediaTooLargeError(f"{len(data)} bytes")
        return SimpleNamespace(data=data, mime_type=mime_type)


def fake_dependencies(
    registrations: FakeRegistrationStore | None = None,
    tickets: FakeTicketStore | None = None,
    sessions: FakeSessionStore | None = None,
    surveys: FakeSurveyStore | None = None,
    readiness: FakeReadinessStore | None = None,
    unanswered: FakeUnansweredStore | None = None,
    keep_after_event: timedelta = timedelta(days=90),
    complaints: FakeComplaintStore | None = None,
    receipts: FakeErasureReceipts | None = None,
    bookings: FakeBookingStore | None = None,
    papers: FakePapersStore | None = None,
    paper_files: FakePaperFiles | None = None,
    media: FakeMedia | None = None,
) -> dict[str, object]:
    """What the effect handlers name, on fakes (the ones not given are new and empty)."""
    return {
        "registrations": registrations or FakeRegistrationStore(),
        "tickets": tickets or FakeTicketStore(),
        "sessions": sessions or FakeSessionStore(),
        "surveys": surveys or FakeSurveyStore(),
        "readiness": readiness or FakeReadinessStore(),
        "unanswered": unanswered or FakeUnansweredStore(),
        "keep_after_event": keep_after_event,
        "complaints": complaints or FakeComplaintStore(),
        "receipts": receipts or FakeErasureReceipts(),
        "bookings": bookings or FakeBookingStore(),
        "papers": papers or FakePapersStore(),
        "paper_files": paper_files or FakePaperFiles(),
        "media": media or FakeMedia(),
    }


def fake_effects(clock: Callable[[], datetime], message_key: Callable[[str], str] = str, **stores: Any) -> EffectRunner:
    """The composition root's effect handlers bound to fakes."""
    return EffectRunner.bound(handler_modules(), fake_dependencies(**stores), clock, message_key)
