"""What the monthly report reads and keeps (Firestore).

monthly_reports/{office_id}_{period}   the month's figures (no personal data); kept for the trend
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from puspa.domain.registration import Registration
from puspa.domain.ticket import Ticket
from puspa.store.base import BOUNDED, FirestoreStore
from puspa.store.registrations import FirestoreRegistrationStore
from puspa.store.surveys import FirestoreSurveyStore
from puspa.store.tickets import FirestoreTicketStore
from puspa.store.unanswered import FirestoreUnansweredStore


class FirestoreMonthSource:
    def __init__(self, store: FirestoreStore, tickets: FirestoreTicketStore) -> None:
        self._store = store
        self._client = store.client
        self._registrations = FirestoreRegistrationStore(store)
        self._tickets = tickets
        self._surveys = FirestoreSurveyStore(store)
        self._unanswered = FirestoreUnansweredStore(store)

    def activity_of_day(self, office_id: str, day: str) -> tuple[int, int, dict[str, int]]:
        return self._store.activity_of_day(office_id, day)

    def unanswered_between(self, office_id: str, start: datetime, end: datetime) -> tuple[tuple[str, ...], ...]:
        return self._unanswered.unanswered_between(office_id, start, end)

    def registrations_between(self, office_id: str, start: datetime, end: datetime) -> tuple[Registration, ...]:
        return self._registrations.created_between(office_id, start, end)

    def tickets_between(self, office_id: str, start: datetime, end: datetime) -> tuple[Ticket, ...]:
        return self._tickets.created_between(office_id, start, end)

    def survey_answers(self, office_id: str, period: str) -> tuple[dict[str, Any], ...]:
        return self._surveys.survey_answers(office_id, period)

    def seal_survey_period(self, office_id: str, period: str) -> int:
        return self._surveys.seal_period(office_id, period)

    def daily_documents(self, collection: str, office_id: str, days: list[str]) -> list[dict[str, Any]]:
        return self._store.daily_documents(collection, office_id, days)

    def monthly_aggregates(self, office_id: str, periods: list[str]) -> list[dict[str, Any]]:
        return self._store.daily_documents("monthly_reports", office_id, periods)

    def aggregates_of(self, office_ids: list[str], period: str) -> dict[str, dict[str, Any]]:
        """The kept months of several offices in one call (one read each)."""
        if not office_ids:
            return {}
        refs = [self._client.collection("monthly_reports").document(f"{o}_{period}") for o in office_ids]
        snapshots = self._store.call("reads", lambda: list(self._client.get_all(refs, **BOUNDED)))
        self._store.count.reads += max(len(snapshots) - 1, 0)
        kept = [s.to_dict() or {} for s in snapshots if s.exists]
        return {str(k["office_id"]): k for k in kept if k.get("office_id") in office_ids}

    def keep_monthly_aggregate(self, office_id: str, period: str, figures: dict[str, Any]) -> None:
        ref = self._client.collection("monthly_reports").document(f"{office_id}_{period}")
        self._store.call("writes", lambda: ref.set({**figures, "office_id": office_id}, **BOUNDED))
