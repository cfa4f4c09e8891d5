"""Complaints in Firestore: `complaints/{office}_{code}`, their replay keys beside them
(`complaints/{office}_key_{message key}`, no resident field so no resident query finds them), and a
`notices/{office}_{code}` for staff, written in the complaint's transaction."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from typing import Any

from google.cloud import firestore

from puspa.domain.codes import format_code
from puspa.domain.complaint import PREFIX, Complaint, ComplaintStatus
from puspa.domain.sender import Sender
from puspa.store.base import BOUNDED, FirestoreStore

KEEP_OPEN = timedelta(days=180)
KEEP_ANSWERED = timedelta(days=30)
KEEP_NOTICE = timedelta(days=7)  # the staff notice only has to outlive Eventarc's retries (at most a day)
COLLECTION = "complaints"


class FirestoreComplaintStore:
    def __init__(self, store: FirestoreStore) -> None:
        self._store = store
        self._client = store.client

    def _ref(self, office_id: str, name: str) -> Any:
        return self._client.collection(COLLECTION).document(f"{office_id}_{name}".replace("/", "_"))

    def submit_complaint(
        self, office_id: str, resident: Sender, category: str, text: str, message_key: str, now: datetime, year: int
    ) -> Complaint:
        key_ref = self._ref(office_id, f"key_{message_key}")
        counter_ref = self._client.collection("counters").document(f"{office_id}_{PREFIX}_{year}")

        @firestore.transactional
        def create(transaction: Any, number: int) -> Complaint:
            key = key_ref.get(transaction=transaction, **BOUNDED)
            if key.exists:  # a replay of the message that kept it: never a second complaint
                code = str((key.to_dict() or {}).get("code", ""))
                kept = self._ref(office_id, code).get(transaction=transaction, **BOUNDED)
                if kept.exists:
                    return Complaint.from_dict(kept.to_dict() or {})
                # erased since (HAPUS DATA SAYA): answer with its code, keep nothing again
                return Complaint(code, office_id, resident.key, resident.wa_id, resident.user_id, category, "",
                                 ComplaintStatus.TERBUKA, now)  # fmt: skip
            code = format_code(PREFIX, year, number)
            complaint = Complaint(code, office_id, resident.key, resident.wa_id, resident.user_id, category, text,
                                  ComplaintStatus.TERBUKA, now)  # fmt: skip
            expire_at = now + KEEP_OPEN
            transaction.set(counter_ref, {"last": firestore.Maximum(number), "updated_at": now}, merge=True)
            transaction.create(self._ref(office_id, code), {**complaint.to_dict(), "expire_at": expire_at})
            transaction.set(key_ref, {"code": code, "office_id": office_id, "expire_at": now + timedelta(days=30)})
            notice = {"kind": "complaint_new", "office_id": office_id, "code": code, "category": category,
                      "text": text, "created_at": now, "expire_at": now + KEEP_NOTICE}  # fmt: skip
            transaction.set(self._client.collection("notices").document(f"{office_id}_{code}"), notice)
            return complaint

        result = self._store.first_free_number(
            counter_ref, lambda number: self._store.transact(functools.partial(create, number=number))
        )
        self._store.tally(2, 4)
        return result

    def answer_complaint(
        self, office_id: str, code: str, text: str, actor: str, message_key: str, now: datetime
    ) -> Complaint | None:
        ref = self._ref(office_id, code)

        @firestore.transactional
        def answer(transaction: Any) -> Complaint | None:
            snapshot = ref.get(transaction=transaction, **BOUNDED)
            if not snapshot.exists:
                return None
            data = snapshot.to_dict() or {}
            if message_key in (data.get("handled") or []):  # a replay: already answered with this message
                return Complaint.from_dict(data)
            update = {"status": ComplaintStatus.DITANGGAPI.value, "answer": text, "answered_by": actor,
                      "answered_at": now, "expire_at": now + KEEP_ANSWERED,
                      "handled": [*(data.get("handled") or [])[-20:], message_key]}  # fmt: skip
            transaction.update(ref, update)
            return Complaint.from_dict({**data, **update})

        result: Complaint | None = self._store.transact(answer)
        self._store.tally(1, 1 if result else 0)
        return result

    def _resident_complaints(self, office_id: str, resident_key: str) -> list[Any]:
        return self._store.resident_documents(COLLECTION, office_id, resident_key)

    def find_complaints(self, office_id: str, resident_key: str, code: str) -> tuple[Complaint, ...]:
        found = (Complaint.from_dict(s.to_dict() or {}) for s in self._resident_complaints(office_id, resident_key))
        return tuple(c for c in found if not code or c.code == code)

    def erase_resident_complaints(self, office_id: str, resident_key: str) -> tuple[str, ...]:
        """The resident's complaints at this office and their staff notices (which carry the text)."""
        snapshots = self._resident_complaints(office_id, resident_key)
        codes = tuple(sorted(str((s.to_dict() or {}).get("code", "")) for s in snapshots))
        if snapshots:
            batch = self._client.batch()
            for snapshot in snapshots:
                batch.delete(snapshot.reference)
            for code in codes:
                batch.delete(self._client.collection("notices").document(f"{office_id}_{code}"))
            self._store.call("deletes", functools.partial(batch.commit, **BOUNDED))
        return codes
