"""Questions PUSPA had no card for (Firestore): read from the residents' sessions, kept per day without
anything that identifies a resident.

    unanswered_daily/{office_id}_{day}   total, residents, nearest cards, texts asked by several
                                         residents (`domain.unanswered.day_figures`); TTL on `expire_at`

Sessions carry each resident's questions for a few days (`Session.unanswered`); `unanswered_at`, the
newest of them, is what the queries here select on.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from google.cloud import firestore
from google.cloud.firestore_v1.base_query import FieldFilter

from puspa.domain.session import Session
from puspa.domain.unanswered import without_resident
from puspa.store.base import BOUNDED, FirestoreStore

COLLECTION = "unanswered_daily"


class FirestoreUnansweredStore:
    def __init__(self, store: FirestoreStore) -> None:
        self._store = store
        self._client = store.client

    def _day_ref(self, office_id: str, day: str) -> Any:
        return self._client.collection(COLLECTION).document(f"{office_id}_{day}")

    def unanswered_between(self, office_id: str, start: datetime, end: datetime) -> tuple[tuple[str, ...], ...]:
        """Each resident's normalised questions of `office_id` asked in [start, end), one tuple per
        resident that asked any, no sender (one read per session of the office that asked something since
        `start`; never another office's)."""
        query = (
            self._client.collection("sessions")
            .where(filter=FieldFilter("office_id", "==", office_id))
            .where(filter=FieldFilter("unanswered_at", ">=", start))
        )
        snapshots = self._store.call("reads", lambda: list(query.stream(**BOUNDED)))
        self._store.count.reads += max(len(snapshots) - 1, 0)
        found: list[tuple[str, ...]] = []
        for snapshot in snapshots:
            if not snapshot.id.startswith(f"{office_id}_"):
                continue
            conversation = (snapshot.to_dict() or {}).get("conversation") or {}
            session = Session.from_dict(conversation) if isinstance(conversation, dict) else Session()
            asked = tuple(q for q, at in session.unanswered if start <= at < end)
            if asked:
                found.append(asked)
        return tuple(found)

    def kept_days(self, office_id: str, days: list[str]) -> set[str]:
        return {str(d.get("day")) for d in self._store.daily_documents(COLLECTION, office_id, days)}

    def keep_unanswered_day(
        self, office_id: str, day: str, figures: dict[str, Any], start: datetime, end: datetime, expire_at: datetime
    ) -> None:
        """Keep one local day's figures; [start, end) is the day, so an erasure finds the day a question was asked."""
        data = {**figures, "office_id": office_id, "day": day, "start": start, "end": end, "expire_at": expire_at}
        self._store.call("writes", lambda: self._day_ref(office_id, day).set(data, **BOUNDED))

    def forget_resident_questions(self, office_id: str, session_key: str) -> int:
        """HAPUS DATA SAYA: take the resident's own questions (still in their session) out of the days
        already kept, so a text they shared with others stays only while SHARED_BY others asked it.
        Returns how many days changed. Reads the session and up to three days per question."""
        ref = self._client.collection("sessions").document(session_key.replace("/", "_"))
        snapshot = self._store.call("reads", lambda: ref.get(**BOUNDED))
        conversation = (snapshot.to_dict() or {}).get("conversation") if snapshot.exists else None
        asked = Session.from_dict(conversation).unanswered if isinstance(conversation, dict) else ()
        if not asked:
            return 0
        # The office's local day of a question lies within a day of its UTC date, whatever the zone.
        days = sorted({f"{(at + timedelta(days=shift)).date():%Y-%m-%d}" for _, at in asked for shift in (-1, 0, 1)})
        refs = [self._day_ref(office_id, day) for day in days]
        snapshots = self._store.call("reads", lambda: list(self._client.get_all(refs, **BOUNDED)))
        self._store.count.reads += max(len(snapshots) - 1, 0)
        changed = 0
        for day in (s for s in snapshots if s.exists):
            data = day.to_dict() or {}
            start, end, texts = data.get("start"), data.get("end"), data.get("texts")
            if not isinstance(start, datetime) or not isinstance(end, datetime) or not isinstance(texts, dict):
                continue
            theirs = [q for q, at in asked if start <= at < end]
            left = without_resident(texts, theirs)
            if left != texts:
                self._update(day.reference, {"texts": left})
                changed += 1
        return changed

    def _update(self, ref: Any, fields: dict[str, Any]) -> None:
        self._store.call("writes", lambda: ref.update(fields, **BOUNDED))

    def forget_legacy_texts(self) -> int:
        """Days kept before texts were limited to shared ones held every question's text (`counts`):
        keep their total, drop the texts. One read when there is nothing left to do."""
        query = self._client.collection(COLLECTION).where(filter=FieldFilter("counts", "!=", None))
        snapshots = self._store.call("reads", lambda: list(query.stream(**BOUNDED)))
        self._store.count.reads += max(len(snapshots) - 1, 0)
        for snapshot in snapshots:
            counts = (snapshot.to_dict() or {}).get("counts")
            total = sum(int(n) for n in counts.values()) if isinstance(counts, dict) else 0
            self._update(snapshot.reference, {"counts": firestore.DELETE_FIELD, "total": total, "texts": {}})
        return len(snapshots)
