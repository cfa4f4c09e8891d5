"""Anonymous satisfaction-survey answers (Firestore).

    survey_keys/{office_id}_{period}                  the month's random key; deleted when it is sealed
    survey_answers/{office_id}_{period}_{respondent}  scores, service, suggestion; no sender, no time
    survey_answers/{office_id}_{period}_s{random}     the same answer once its month is sealed

While a month is open, `respondent` is a hash of the sender keyed with that month's key (made by the
shell): it stops a second answer in the month. Sealing the month (after its report is sent) moves
every answer to a random id, written at the same moment as the others, and deletes the key: nothing
is left that could tell whose an answer is, not even with PUSPA_HASH_SECRET. TTL on `expire_at`.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from google.cloud.firestore_v1.base_query import FieldFilter

from puspa.errors import ConcurrentUpdateError
from puspa.store.base import BOUNDED, FirestoreStore

KEEP = timedelta(days=400)  # a year of monthly reports; the monthly aggregates outlive them
KEY_KEEP = timedelta(days=62)  # a key the report never sealed (no e-mail configured) expires after next month
BATCH = 200  # answers moved per batched write (two operations each; Firestore allows 500)


def _month_start(period: str) -> datetime:
    year, month = (int(part) for part in period.split("-"))
    return datetime(year, month, 1, tzinfo=UTC)


class FirestoreSurveyStore:
    def __init__(self, store: FirestoreStore) -> None:
        self._store = store
        self._client = store.client

    def _key_ref(self, office_id: str, period: str) -> Any:
        return self._client.collection("survey_keys").document(f"{office_id}_{period}")

    def period_key(self, office_id: str, period: str) -> bytes:
        """The month's key, made on the month's first answer (1 read; 1 write the first time)."""
        ref = self._key_ref(office_id, period)
        snapshot = self._store.call("reads", lambda: ref.get(**BOUNDED))
        if snapshot.exists:
            return bytes.fromhex(str((snapshot.to_dict() or {})["key"]))
        key = secrets.token_bytes(32)
        data = {
            "office_id": office_id,
            "period": period,
            "key": key.hex(),
            "expire_at": _month_start(period) + KEY_KEEP,
        }
        try:
            self._store.call("writes", lambda: ref.create(data, **BOUNDED))
        except ConcurrentUpdateError:  # another instance made it first: use theirs
            return self.period_key(office_id, period)
        return key

    def submit_survey(
        self, office_id: str, respondent: str, period: str, service_id: str, scores: dict[str, int], suggestion: str,
    ) -> bool:  # fmt: skip
        ref = self._client.collection("survey_answers").document(f"{office_id}_{period}_{respondent}".replace("/", "_"))
        data = {
            "office_id": office_id, "period": period, "service_id": service_id, "scores": scores,
            "suggestion": suggestion, "expire_at": _month_start(period) + KEEP,  # the month only: no time of day
        }  # fmt: skip
        try:
            self._store.call("writes", lambda: ref.create(data, **BOUNDED))
        except ConcurrentUpdateError:  # AlreadyExists: this respondent answered this month already
            return False
        return True

    def _answers(self, office_id: str, period: str) -> list[Any]:
        query = (
            self._client.collection("survey_answers")
            .where(filter=FieldFilter("office_id", "==", office_id))
            .where(filter=FieldFilter("period", "==", period))
        )
        snapshots = self._store.call("reads", lambda: list(query.stream(**BOUNDED)))
        self._store.count.reads += max(len(snapshots) - 1, 0)
        return snapshots

    def survey_answers(self, office_id: str, period: str) -> tuple[dict[str, Any], ...]:
        fields = ("service_id", "scores", "suggestion")
        return tuple(
            {k: v for k, v in (s.to_dict() or {}).items() if k in fields} for s in self._answers(office_id, period)
        )

    def _legacy(self, period: str) -> list[Any]:
        """Answers stored before months had their own key (hashed with PUSPA_HASH_SECRET, with the time
        they were sent) of `period` or earlier, at any office. One read once none are left."""
        query = self._client.collection("survey_answers").where(filter=FieldFilter("submitted_at", "!=", None))
        snapshots = self._store.call("reads", lambda: list(query.stream(**BOUNDED)))
        self._store.count.reads += max(len(snapshots) - 1, 0)
        return [s for s in snapshots if str((s.to_dict() or {}).get("period", "")) <= period]

    def seal_period(self, office_id: str, period: str) -> int:
        """After the month's report: move its answers to random ids and delete its key, so no answer can
        be tied to a number any more. Safe to repeat; returns how many answers moved."""
        pending = [s for s in self._answers(office_id, period) if not (s.to_dict() or {}).get("sealed")]
        pending += [s for s in self._legacy(period) if s.id not in {p.id for p in pending}]
        collection = self._client.collection("survey_answers")
        for start in range(0, len(pending), BATCH):
            batch = self._client.batch()
            for snapshot in pending[start : start + BATCH]:
                answer = snapshot.to_dict() or {}
                office, month = str(answer.get("office_id", office_id)), str(answer.get("period", period))
                kept = {k: answer.get(k) for k in ("service_id", "scores", "suggestion")}
                sealed = {**kept, "office_id": office, "period": month, "sealed": True,
                          "expire_at": _month_start(month) + KEEP}  # fmt: skip
                batch.create(collection.document(f"{office}_{month}_s{secrets.token_hex(16)}"), sealed)
                batch.delete(snapshot.reference)
            self._commit(batch, len(pending[start : start + BATCH]))
        self._store.call("deletes", lambda: self._key_ref(office_id, period).delete(**BOUNDED))
        return len(pending)

    def _commit(self, batch: Any, answers: int) -> None:
        self._store.call(None, lambda: batch.commit(**BOUNDED))
        self._store.count.writes += answers
        self._store.count.deletes += answers
