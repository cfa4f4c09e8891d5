"""Anonymous satisfaction-survey answers (Firestore).

    survey_answers/{office_id}_{period}_{respondent}   scores, service, suggestion; no sender; TTL on `expire_at`

`respondent` is a keyed hash made by the shell: it stops a second answer in the same month and
cannot be turned back into a number.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from google.cloud.firestore_v1.base_query import FieldFilter

from puspa.errors import ConcurrentUpdateError
from puspa.store.base import BOUNDED, FirestoreStore

KEEP = timedelta(days=400)  # a year of monthly reports; the monthly aggregates outlive them


class FirestoreSurveyStore:
    def __init__(self, store: FirestoreStore) -> None:
        self._store = store
        self._client = store.client

    def submit_survey(
        self, office_id: str, respondent: str, period: str, service_id: str, scores: dict[str, int], suggestion: str,
        now: datetime,
    ) -> bool:  # fmt: skip
        ref = self._client.collection("survey_answers").document(f"{office_id}_{period}_{respondent}".replace("/", "_"))
        data = {
            "office_id": office_id, "period": period, "service_id": service_id, "scores": scores,
            "suggestion": suggestion, "submitted_at": now, "expire_at": now + KEEP,
        }  # fmt: skip
        try:
            self._store.call("writes", lambda: ref.create(data, **BOUNDED))
        except ConcurrentUpdateError:  # AlreadyExists: this respondent answered this month already
            return False
        return True

    def survey_answers(self, office_id: str, period: str) -> tuple[dict[str, Any], ...]:
        query = (
            self._client.collection("survey_answers")
            .where(filter=FieldFilter("office_id", "==", office_id))
            .where(filter=FieldFilter("period", "==", period))
        )
        snapshots = self._store.call("reads", lambda: list(query.stream(**BOUNDED)))
        self._store.count.reads += max(len(snapshots) - 1, 0)
        return tuple(s.to_dict() or {} for s in snapshots)
