"""Registrations, their yearly code counters and their per-date uniqueness keys (Firestore)."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from typing import Any

from google.cloud import firestore

from puspa.domain.codes import RequestKind, format_code
from puspa.domain.registration import ACTIVE, TRANSITIONS, Change, Draft, Registration, Status
from puspa.domain.results import StatusChange, StatusProblem, SubmitResult
from puspa.domain.sender import Sender
from puspa.domain.ticket import RESIDENT
from puspa.store.base import BOUNDED, FirestoreStore, Tally


class FirestoreRegistrationStore:
    """Registrations, their yearly code counters and their per-date uniqueness keys.

    Collections:
        registrations/{office_id}_{code}                          the request; TTL on `expire_at`
        registration_keys/{office_id}_{resident_key}_{event_date}  one active request per resident and date
        counters/{office_id}_RSP_{year}                            last number given out
        notices/{office_id}_{code}_{event}                         things staff must be told (e.g. a cancellation)
    """

    def __init__(self, store: FirestoreStore) -> None:
        self._store = store
        self._client = store.client

    def _reg_ref(self, office_id: str, code: str) -> Any:
        return self._client.collection("registrations").document(f"{office_id}_{code}")

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
        key_ref = self._client.collection("registration_keys").document(
            f"{office_id}_{resident.key}_{draft.event_date.isoformat()}".replace("/", "_")
        )
        counter_ref = self._client.collection("counters").document(f"{office_id}_{RequestKind.REGISTRATION}_{year}")

        tally = Tally()

        def attempt(number: int) -> SubmitResult:
            return self._store.transact(functools.partial(submit, number=number))

        @firestore.transactional
        def submit(transaction: Any, number: int) -> SubmitResult:
            tally.reads, tally.writes = 1, 0
            key = key_ref.get(transaction=transaction, **BOUNDED)
            if key.exists:
                existing_code = str((key.to_dict() or {}).get("code", ""))
                existing = self._reg_ref(office_id, existing_code).get(transaction=transaction, **BOUNDED)
                tally.reads += 1
                data = (existing.to_dict() or {}) if existing.exists else {}
                if data and Status(data["status"]) in ACTIVE:
                    return SubmitResult(existing_code, data.get("source_wamid") == wamid, Status(data["status"]))
            tally.writes = 3  # counter, registration and key, in one commit
            code = format_code(RequestKind.REGISTRATION, year, number)
            registration = Registration(
                code=code, office_id=office_id, resident_key=resident.key, resident_wa_id=resident.wa_id,
                resident_user_id=resident.user_id, draft=draft, status=Status.DITERIMA, created_at=now,
                history=(Change(Status.DITERIMA, now, RESIDENT),),
            )  # fmt: skip
            document = {**registration.to_dict(), "source_wamid": wamid, "expire_at": expire_at, "updated_at": now}
            transaction.set(counter_ref, {"last": firestore.Maximum(number), "updated_at": now}, merge=True)
            transaction.create(self._reg_ref(office_id, code), document)
            transaction.set(key_ref, {"code": code, "expire_at": expire_at})
            return SubmitResult(code, True, Status.DITERIMA)

        result = self._store.first_free_number(counter_ref, attempt)
        self._store.tally(tally.reads, tally.writes)
        return result

    def find_registrations(self, office_id: str, resident_key: str, code: str) -> tuple[Registration, ...]:
        if code:
            snapshot = self._store.call("reads", lambda: self._reg_ref(office_id, code).get(**BOUNDED))
            data = snapshot.to_dict() if snapshot.exists else None
            if not data or data.get("resident_key") != resident_key:
                return ()
            return (Registration.from_dict(data),)
        snapshots = self._store.resident_documents("registrations", office_id, resident_key)
        return tuple(Registration.from_dict(s.to_dict() or {}) for s in snapshots)

    def created_between(self, office_id: str, start: datetime, end: datetime) -> tuple[Registration, ...]:
        """The office's registrations made in [start, end) (for the monthly report)."""
        return tuple(
            Registration.from_dict(d) for d in self._store.created_between("registrations", office_id, start, end)
        )

    def change_status(
        self, office_id: str, code: str, status: Status, actor: str, reason: str, wamid: str, now: datetime
    ) -> StatusChange:
        ref = self._reg_ref(office_id, code)

        @firestore.transactional
        def change(transaction: Any) -> StatusChange:
            snapshot = ref.get(transaction=transaction, **BOUNDED)
            if not snapshot.exists:
                return StatusChange(None, False, StatusProblem.NOT_FOUND)
            data = snapshot.to_dict() or {}
            current = Registration.from_dict(data)
            history = list(data.get("history", []))
            if history and history[-1].get("wamid") == wamid:
                return StatusChange(current, True)  # a redelivery of the command that made this change
            if current.status is status:
                return StatusChange(current, False)
            if status not in TRANSITIONS[current.status]:
                return StatusChange(current, False, StatusProblem.NOT_ALLOWED)
            history.append({"status": status.value, "at": now, "by": actor, "reason": reason, "wamid": wamid})
            transaction.update(ref, {"status": status.value, "history": history, "updated_at": now})
            return StatusChange(Registration.from_dict({**data, "status": status.value, "history": history}), True)

        result = self._store.transact(change)
        self._store.tally(1, int(result.changed))
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
                    "status": Status.DIBATALKAN.value, "at": now, "by": RESIDENT, "reason": "data dihapus oleh warga",
                }]  # fmt: skip
                update.update({"status": Status.DIBATALKAN.value, "history": history})
                notice = self._client.collection("notices").document(f"{office_id}_{registration.code}_dibatalkan")
                batch.set(notice, {
                    "kind": "registration_cancelled", "office_id": office_id, "code": registration.code,
                    "event_type": registration.draft.event_type,
                    "event_date": registration.draft.event_date.isoformat(),
                    "village": registration.draft.village, "created_at": now,
                    "expire_at": now + timedelta(days=90),
                })  # fmt: skip
            batch.update(ref, update)
            key = f"{office_id}_{resident_key}_{registration.draft.event_date.isoformat()}".replace("/", "_")
            batch.delete(self._client.collection("registration_keys").document(key))
        if registrations:
            self._store.call("writes", lambda: batch.commit(**BOUNDED))
            self._store.count.writes += len(registrations) + len(cancelled) - 1
            self._store.count.deletes += len(registrations)
        return tuple(cancelled)
