"""The shared ports: the small interfaces the shell talks to. Adapters (`store`, `whatsapp.graph`, `mail`)
implement them; tests implement them with in-memory fakes (`tests/fakes.py`), and one contract suite
per store port runs against both (`tests/contract/`). A port that only one dialogue's handlers use
lives in that dialogue's shell module (e.g. `handlers/complaint.py: ComplaintStore`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Protocol

from puspa.domain.delivery import DeliveryLog
from puspa.domain.readiness import DocumentRecord, Lookup, Marked
from puspa.domain.registration import Draft, Registration, Status
from puspa.domain.results import StatusChange, StoredSession, SubmitResult, TicketChange, TicketResult
from puspa.domain.sender import Sender
from puspa.domain.session import Session
from puspa.domain.ticket import Ticket, TicketAction


class SessionStore(Protocol):
    def load_session(self, key: str) -> StoredSession:
        """Read one session document (1 read)."""
        ...

    def save_session(
        self,
        key: str,
        session: Session,
        recent_wamids: tuple[str, ...],
        token: object | None,
        expire_at: datetime,
        log: DeliveryLog | None = None,
    ) -> None:
        """Write it only if unchanged since `token` was read (1 write); else ConcurrentUpdateError.
        `log` (claim times, flood bucket) is stored with it; None keeps an empty log."""
        ...

    def finish_turn(self, key: str, wamid: str) -> None:
        """Delete the unfinished record of `wamid`'s turn, whatever else changed (1 write); nothing
        when the session is gone."""
        ...

    def delete_session(self, key: str, token: object) -> None:
        """Delete it only if unchanged since `token` was read; else ConcurrentUpdateError."""
        ...

    def erase_session(self, key: str) -> None:
        """Delete it whatever its version (HAPUS DATA SAYA)."""
        ...


class ErasureReceipts(Protocol):
    """Receipts of HAPUS DATA SAYA, under a keyed hash of the confirming message (no personal data),
    kept as long as Meta may deliver that message again (7 days)."""

    def keep_erasure_receipt(self, office_id: str, message_key: str, now: datetime) -> None: ...

    def erasure_receipt(self, office_id: str, message_key: str) -> bool: ...


class RegistrationStore(Protocol):
    """Registrations. Every write is keyed so that replaying it (same inbound message id) gives
    the same outcome instead of a second registration or status change."""

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
        """Create a registration with the next code of `year`, unless the resident already has an
        active one for that event date (then return that one, created=False)."""
        ...

    def find_registrations(self, office_id: str, resident_key: str, code: str) -> tuple[Registration, ...]:
        """The resident's registrations (only theirs); `code` narrows to one."""
        ...

    def change_status(
        self, office_id: str, code: str, status: Status, actor: str, reason: str, wamid: str, now: datetime
    ) -> StatusChange:
        """Move a registration to `status` if the transition is allowed, recording who and when."""
        ...

    def erase_resident(self, office_id: str, resident_key: str, now: datetime) -> tuple[str, ...]:
        """Cancel the resident's active registrations (a notice for staff each), remove the personal
        data from all of them; return the cancelled codes."""
        ...


class ContentSource(Protocol):
    def content_version(self, office_id: str) -> str | None:
        """The published content version of an office, or None (a masked read: 1 read)."""
        ...

    def load_content(self, office_id: str) -> tuple[str, dict[str, Any]] | None:
        """The published (version, bundle), or None when nothing is published (1 read)."""
        ...

    def published_offices(self) -> tuple[str, ...]:
        """The ids of every office with published content, sorted (one query: 1 read per office)."""
        ...


class MessageSender(Protocol):
    def send_message(self, office_id: str, payload: dict[str, Any]) -> str:
        """Send one message from the office's number; return Meta's message id."""
        ...

    def mark_read(self, office_id: str, wamid: str) -> None:
        """Mark an inbound message as read."""
        ...


class TicketStore(Protocol):
    """Residents' questions. Writes are keyed by the inbound message id, so a replay gives the same
    outcome; the thread records who wrote what and when."""

    def create_ticket(
        self,
        office_id: str,
        resident: Sender,
        profile_name: str,
        service_id: str,
        question: str,
        wamid: str,
        now: datetime,
        max_open: int,
        year: int,
    ) -> TicketResult:
        """A ticket with the next code of `year`, unless the resident already has `max_open` open."""
        ...

    def find_tickets(self, office_id: str, resident_key: str, code: str) -> tuple[Ticket, ...]:
        """The resident's questions (only theirs); `code` narrows to one."""
        ...

    def resident_action(
        self,
        office_id: str,
        resident_key: str,
        code: str,
        action: TicketAction,
        text: str,
        wamid: str,
        now: datetime,
    ) -> TicketChange:
        """close | followup (adds `text`, reopens, leaves a notice for staff) | read, on their own ticket."""
        ...

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
        """answer | close; the ticket is found by `code`, or by the notification `reply_to` answers."""
        ...

    def erase_resident_tickets(self, office_id: str, resident_key: str) -> tuple[str, ...]:
        """Delete the resident's questions; return their codes."""
        ...


LEASE = timedelta(minutes=5)  # a claimed channel blocks other deliveries of the same event this long


class Ledger(Protocol):
    """Once-per-channel notifications under at-least-once delivery."""

    def claim(self, ledger_id: str, channel: str, now: datetime, lease: timedelta) -> bool:
        """True: send on `channel` now; False: already sent; ChannelBusyError: another caller is sending."""
        ...

    def mark_sent(self, ledger_id: str, channel: str, now: datetime) -> None: ...

    def release(self, ledger_id: str, channel: str) -> None: ...


class Mailer(Protocol):
    def send(
        self,
        recipients: tuple[str, ...],
        subject: str,
        text: str,
        html: str,
        images: tuple[tuple[str, bytes], ...] = (),
        attachments: tuple[tuple[str, bytes, str], ...] = (),
    ) -> None:
        """One e-mail with a text part and an HTML alternative (images inline by cid, attachments);
        MailError on failure."""
        ...


class MessageRefs(Protocol):
    def remember_message(self, office_id: str, wamid: str, code: str, now: datetime) -> None:
        """Link a staff notification message to its question, so a WhatsApp reply to it answers it."""
        ...


class UnansweredSource(Protocol):
    def unanswered(self, office_id: str) -> tuple[Ticket, ...]:
        """Every question still waiting for staff."""
        ...


class UnansweredQuestions(Protocol):
    """What residents asked that PUSPA had no card for (kept a few days in their sessions), and what
    is kept of each day without identifying anyone (`domain.unanswered.day_figures`)."""

    def unanswered_between(self, office_id: str, start: datetime, end: datetime) -> tuple[tuple[str, ...], ...]:
        """Each resident's normalised questions asked in [start, end): one tuple per resident, no sender."""
        ...

    def kept_days(self, office_id: str, days: list[str]) -> set[str]:
        """Which of `days` are kept already."""
        ...

    def keep_unanswered_day(
        self, office_id: str, day: str, figures: dict[str, Any], start: datetime, end: datetime, expire_at: datetime
    ) -> None:
        """Keep one local day's figures ([start, end) is that day); they outlive the sessions, 90 days."""
        ...

    def forget_resident_questions(self, office_id: str, session_key: str) -> int:
        """HAPUS DATA SAYA: take the resident's own questions out of the days kept; how many days changed."""
        ...

    def forget_legacy_texts(self) -> int:
        """Drop the texts of days kept before only shared texts were kept; how many days changed."""
        ...


class SurveyStore(Protocol):
    """Anonymous survey answers: one per respondent and month while the month is open, unlinkable
    once it is sealed."""

    def period_key(self, office_id: str, period: str) -> bytes:
        """The month's random key (made on its first answer) that the shell hashes respondents with."""
        ...

    def submit_survey(
        self, office_id: str, respondent: str, period: str, service_id: str, scores: dict[str, int], suggestion: str,
    ) -> bool:  # fmt: skip
        """Store one answer without sender or time; `respondent` is the sender hashed with the month's
        key (one answer per respondent and period). False when that respondent already answered."""
        ...

    def survey_answers(self, office_id: str, period: str) -> tuple[dict[str, Any], ...]:
        """Every answer of a period (scores, service_id, suggestion)."""
        ...

    def seal_period(self, office_id: str, period: str) -> int:
        """The month is over and reported: move its answers where no key points and delete the key."""
        ...


class MonthSource(Protocol):
    """What the monthly report reads and keeps (one Firestore adapter implements it); the days the
    digest has not kept yet it reads from the sessions, as the digest would."""

    def activity_of_day(self, office_id: str, day: str) -> tuple[int, int, dict[str, int]]: ...

    def unanswered_between(self, office_id: str, start: datetime, end: datetime) -> tuple[tuple[str, ...], ...]: ...

    def registrations_between(self, office_id: str, start: datetime, end: datetime) -> tuple[Registration, ...]: ...

    def tickets_between(self, office_id: str, start: datetime, end: datetime) -> tuple[Ticket, ...]: ...

    def survey_answers(self, office_id: str, period: str) -> tuple[dict[str, Any], ...]: ...

    def seal_survey_period(self, office_id: str, period: str) -> int: ...

    def daily_documents(self, collection: str, office_id: str, days: list[str]) -> list[dict[str, Any]]: ...

    def monthly_aggregates(self, office_id: str, periods: list[str]) -> list[dict[str, Any]]: ...

    def keep_monthly_aggregate(self, office_id: str, period: str, figures: dict[str, Any]) -> None: ...


class MonthAggregates(Protocol):
    """What the kabupaten roll-up reads: the months the offices' reports kept."""

    def aggregates_of(self, office_ids: list[str], period: str) -> dict[str, dict[str, Any]]:
        """office id -> its kept figures of `period`, for the offices that have them (1 read per office)."""
        ...


class ActivitySource(Protocol):
    """The sessions' daily activity, collected by the digest into daily documents."""

    def activity_of_day(self, office_id: str, day: str) -> tuple[int, int, dict[str, int]]: ...

    def keep_daily_activity(self, office_id: str, day: str, figures: dict[str, Any], expire_at: datetime) -> None: ...

    def daily_documents(self, collection: str, office_id: str, days: list[str]) -> list[dict[str, Any]]: ...


class ReadinessStore(Protocol):
    """Documents ready for collection: lookups (with failure counting), subscriptions, staff changes."""

    def find_document(
        self, office_id: str, number: str, secret_hash: str, sender: Sender, sender_tag: str, day: str, now: datetime
    ) -> Lookup: ...

    def subscribe(
        self, office_id: str, number: str, secret_hash: str, sender: Sender, sender_tag: str, day: str, now: datetime
    ) -> Lookup: ...

    def subscribe_proven(self, office_id: str, number: str, sender: Sender, now: datetime) -> Lookup:
        """ "Kabari saya" right after a lookup that proved ownership (the caller checked its proof)."""
        ...

    def save_document(
        self, office_id: str, record: DocumentRecord, secret_hash: str | None, actor: str, now: datetime
    ) -> str: ...

    def mark_document(
        self, office_id: str, number: str, ready: bool, actor: str, day: str, now: datetime
    ) -> Marked | None: ...

    def erase_subscriptions(self, office_id: str, resident_key: str) -> int: ...
