"""Papers records in Firestore (cek berkas); the files themselves are in Cloud Storage (puspa.bucket).

    papers/{office}_{record}        one resident's papers for one card (and booking): the object names
                                    of its files, status, code, staff's answer, who viewed it and when
    paper_codes/{office}_{code}     the code's record (a code is taken once: its creation fails after)
    notices/{office}_{code}_{round} one per "Selesai" with new files: notify_admins tells staff once

Every change is a transaction on the record, so files sent together and handled at once on several
instances are counted exactly (the limit holds), and a redelivered message changes nothing twice.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta
from typing import Any

from google.cloud import firestore

from puspa.domain.codes import format_code
from puspa.domain.papers import (
    BURST,
    MAX_FILES,
    PREFIX,
    FileProblem,
    FileReceipt,
    Papers,
    PapersStatus,
    Submitted,
    keep_until,
)
from puspa.domain.sender import Sender
from puspa.store.base import BOUNDED, FirestoreStore

COLLECTION, CODES, MONTHS = "papers", "paper_codes", "papers_months"
KEEP_MONTH_FIGURES = timedelta(days=400)  # counts only: the monthly report and the year's trend read them
KEEP_NOTICE = timedelta(days=7)  # the staff notice only has to outlive Eventarc's retries
VIEWS_KEPT = 50
HANDLED_KEPT = 20


class FirestorePapersStore:
    def __init__(self, store: FirestoreStore) -> None:
        self._store = store
        self._client = store.client

    def _ref(self, office_id: str, record_id: str) -> Any:
        return self._client.collection(COLLECTION).document(f"{office_id}_{record_id}".replace("/", "_"))

    def _code_ref(self, office_id: str, code: str) -> Any:
        return self._client.collection(CODES).document(f"{office_id}_{code}".replace("/", "_"))

    def add_file(
        self, office_id: str, record_id: str, resident: Sender, service_id: str, service_title: str, booking_code: str,
        visit: date | None, name: str, consented_at: datetime, now: datetime,
    ) -> FileReceipt:  # fmt: skip
        """Record one file under the record (made with the first file): its count, or why it is refused."""
        ref = self._ref(office_id, record_id)
        wrote: list[bool] = []

        @firestore.transactional
        def add(transaction: Any) -> FileReceipt:
            wrote.clear()
            snapshot = ref.get(transaction=transaction, **BOUNDED)
            if snapshot.exists:
                papers = Papers.from_dict(snapshot.to_dict() or {})
            else:
                papers = Papers(
                    record_id, office_id, resident.key, resident.wa_id, resident.user_id, service_id, service_title,
                    booking_code, visit, PapersStatus.TERBUKA, (), now, consented_at,
                )  # fmt: skip
            if name in papers.files:  # Meta delivered the message again
                return FileReceipt(papers.count, acknowledge=False, code=papers.code)
            if papers.status is PapersStatus.LENGKAP:
                return FileReceipt(papers.count, FileProblem.CLOSED, code=papers.code)
            if papers.count >= MAX_FILES:
                return FileReceipt(papers.count, FileProblem.COUNT, code=papers.code)
            first_of_batch = papers.last_file_at is None or now - papers.last_file_at > BURST
            files = (*papers.files, name)
            update = {"files": list(files), "last_file_at": now, "expire_at": keep_until(papers.visit_date, now)}
            if snapshot.exists:
                transaction.update(ref, update)
            else:
                transaction.create(ref, {**papers.to_dict(), **update})
            wrote.append(True)
            if papers.code:  # its code (BRK-…) must find the record as long as the record lives
                transaction.set(self._code_ref(office_id, papers.code), {"expire_at": update["expire_at"]}, merge=True)
                wrote.append(True)
            return FileReceipt(len(files), acknowledge=first_of_batch, code=papers.code)

        receipt: FileReceipt = self._store.transact(add)
        self._store.tally(1, len(wrote))
        return receipt

    def submit_papers(self, office_id: str, record_id: str, message_key: str, now: datetime, year: int) -> Submitted:
        """Send the record to staff: a code the first time, one notice per sending with new files."""
        ref = self._ref(office_id, record_id)

        def send(transaction: Any, number: int | None) -> Submitted | None:
            snapshot = ref.get(transaction=transaction, **BOUNDED)
            if not snapshot.exists:
                return Submitted(None, False)
            data = snapshot.to_dict() or {}
            papers = Papers.from_dict(data)
            handled = list(data.get("handled") or [])
            if message_key in handled:  # a redelivery of the "Selesai" that sent it
                return Submitted(papers, True)
            if not papers.files:
                return Submitted(None, False)
            if papers.rounds and papers.sent_files == papers.count:
                return Submitted(papers, False)
            code = papers.code
            if not code:
                if number is None:
                    return None  # a number is needed: allocated outside, then this runs again
                code = format_code(PREFIX, year, number)
                counter = self._client.collection("counters").document(f"{office_id}_{PREFIX}_{year}")
                transaction.set(counter, {"last": firestore.Maximum(number), "updated_at": now}, merge=True)
                pointer = {"record_id": record_id, "office_id": office_id, "expire_at": data.get("expire_at")}
                transaction.create(self._code_ref(office_id, code), pointer)
            rounds = papers.rounds + 1
            update = {"code": code, "status": PapersStatus.DIKIRIM.value, "rounds": rounds,
                      "sent_files": papers.count, "handled": [*handled[-HANDLED_KEPT:], message_key]}  # fmt: skip
            transaction.update(ref, update)
            notice = {"kind": "papers_submitted", "office_id": office_id, "code": code, "round": rounds,
                      "service_id": papers.service_id, "service_title": papers.service_title,
                      "files": papers.count, "booking_code": papers.booking_code,
                      "visit_date": papers.visit_date.isoformat() if papers.visit_date else "",
                      "created_at": now, "expire_at": now + KEEP_NOTICE}  # fmt: skip
            transaction.set(self._client.collection("notices").document(f"{office_id}_{code}_{rounds}"), notice)
            return Submitted(Papers.from_dict({**data, **update}), True)

        without_number = self._store.transact(firestore.transactional(functools.partial(send, number=None)))
        if without_number is not None:
            self._store.tally(1, 2 if without_number.sent else 0)
            return without_number
        counter_ref = self._client.collection("counters").document(f"{office_id}_{PREFIX}_{year}")

        def numbered(number: int) -> Submitted:
            result = self._store.transact(firestore.transactional(functools.partial(send, number=number)))
            assert result is not None  # the record's code is set only by this store
            return result

        submitted = self._store.first_free_number(counter_ref, numbered)
        self._store.tally(2, 4)
        return submitted

    def papers_by_code(self, office_id: str, code: str) -> Papers | None:
        pointer = self._store.call("reads", lambda: self._code_ref(office_id, code).get(**BOUNDED))
        if not pointer.exists:
            return None
        record_id = str((pointer.to_dict() or {}).get("record_id", ""))
        snapshot = self._store.call("reads", lambda: self._ref(office_id, record_id).get(**BOUNDED))
        return Papers.from_dict(snapshot.to_dict() or {}) if snapshot.exists else None

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
        """Staff's LENGKAP / KURANG (None when there is no such record at this office). A record's first
        answer also counts in the month's figures (`papers_months`: counts only, they outlive the records)."""
        found = self.papers_by_code(office_id, code)
        if found is None:
            return None
        ref = self._ref(office_id, found.record_id)

        @firestore.transactional
        def answer(transaction: Any) -> Papers | None:
            snapshot = ref.get(transaction=transaction, **BOUNDED)
            if not snapshot.exists:
                return None
            data = snapshot.to_dict() or {}
            handled = list(data.get("handled") or [])
            if message_key in handled:
                return Papers.from_dict(data)
            status = PapersStatus.LENGKAP if complete else PapersStatus.KURANG
            update = {"status": status.value, "answer": text, "answered_by": actor, "answered_at": now,
                      "handled": [*handled[-HANDLED_KEPT:], message_key]}  # fmt: skip
            transaction.update(ref, update)
            if data.get("answered_at") is None:  # its first check: the month's figures
                figures = {"office_id": office_id, "month": month or f"{now:%Y-%m}", "checked": firestore.Increment(1),
                           "complete_first": firestore.Increment(1 if complete else 0),
                           "expire_at": now + KEEP_MONTH_FIGURES}  # fmt: skip
                transaction.set(self._month_ref(office_id, month or f"{now:%Y-%m}"), figures, merge=True)
            return Papers.from_dict({**data, **update})

        result: Papers | None = self._store.transact(answer)
        self._store.tally(1, 1 if result else 0)
        return result

    def _month_ref(self, office_id: str, month: str) -> Any:
        return self._client.collection(MONTHS).document(f"{office_id}_{month}")

    def month_figures(self, office_id: str, month: str) -> dict[str, int]:
        snapshot = self._store.call("reads", lambda: self._month_ref(office_id, month).get(**BOUNDED))
        data = snapshot.to_dict() or {}
        return {key: int(data.get(key, 0)) for key in ("checked", "complete_first")}

    def record_view(self, office_id: str, code: str, staff: str, now: datetime) -> Papers | None:
        """A staff member opened the files: kept on the record (who, masked, and when); the record, or None."""
        found = self.papers_by_code(office_id, code)
        if found is None:
            return None
        ref = self._ref(office_id, found.record_id)

        @firestore.transactional
        def record(transaction: Any) -> Papers | None:  # two staff opening at once: both views are kept
            snapshot = ref.get(transaction=transaction, **BOUNDED)
            if not snapshot.exists:  # erased since
                return None
            papers = Papers.from_dict(snapshot.to_dict() or {})
            views = [*({"by": v.by, "at": v.at} for v in papers.views), {"by": staff, "at": now}][-VIEWS_KEPT:]
            transaction.update(ref, {"views": views})
            return Papers.from_dict({**papers.to_dict(), "views": views})

        result: Papers | None = self._store.transact(record)
        self._store.tally(1, 1 if result is not None else 0)
        return result

    def _resident_records(self, office_id: str, resident_key: str) -> list[Any]:
        return self._store.resident_documents(COLLECTION, office_id, resident_key)

    def find_papers(self, office_id: str, resident_key: str, code: str) -> tuple[Papers, ...]:
        found = (Papers.from_dict(s.to_dict() or {}) for s in self._resident_records(office_id, resident_key))
        return tuple(p for p in found if not code or p.code == code)

    def erase_resident_papers(self, office_id: str, resident_key: str) -> tuple[Papers, ...]:
        """The resident's records at this office, their codes and their staff notices (the files are the
        caller's to delete first, from the bucket)."""
        snapshots = self._resident_records(office_id, resident_key)
        records = tuple(Papers.from_dict(s.to_dict() or {}) for s in snapshots)
        if snapshots:
            batch = self._client.batch()
            for snapshot in snapshots:
                batch.delete(snapshot.reference)
            for papers in (p for p in records if p.code):
                batch.delete(self._code_ref(office_id, papers.code))
                for round_ in range(1, papers.rounds + 1):
                    batch.delete(self._client.collection("notices").document(f"{office_id}_{papers.code}_{round_}"))
            self._store.call("deletes", functools.partial(batch.commit, **BOUNDED))
        return records
