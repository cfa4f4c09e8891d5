"""Documents ready for collection, lookups and "Kabari saya" subscriptions (Firestore).

documents/{office_id}_{number}          kind, desa, state, dates, the secret's keyed hash, who changed
                                         what and when, subscribers; TTL on `expire_at`
lookup_failures/{office_id}_{tag}_{day}  wrong number/secret pairs of one sender (keyed tag) in a day
notices/{office_id}_dok_{number}_siap    created once when a document with subscribers becomes ready:
                                         notify_admins tells them (Eventarc fires on creation only)
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta
from typing import Any

from google.cloud import firestore
from google.cloud.firestore_v1.base_query import FieldFilter

from puspa.domain.readiness import (
    FAILURES_PER_DAY,
    DocumentRecord,
    Lookup,
    LookupOutcome,
    Marked,
    Readiness,
    expiry,
)
from puspa.domain.sender import Sender
from puspa.store.base import BOUNDED, FirestoreStore


def _all(query: Any) -> list[Any]:
    return list(query.stream(**BOUNDED))


def _record(data: dict[str, Any]) -> DocumentRecord:
    def day(key: str) -> date | None:
        value = data.get(key)
        return date.fromisoformat(value) if isinstance(value, str) and value else None

    return DocumentRecord(
        str(data.get("number", "")), str(data.get("kind", "lainnya")), str(data.get("village", "")),
        Readiness(data.get("state", Readiness.PROCESSING.value)), day("ready_on"), day("collected_on"),
    )  # fmt: skip


class FirestoreReadinessStore:
    def __init__(self, store: FirestoreStore) -> None:
        self._store = store
        self._client = store.client

    def _ref(self, office_id: str, number: str) -> Any:
        return self._client.collection("documents").document(f"{office_id}_{number}".replace("/", "_"))

    def _notice_ref(self, office_id: str, number: str) -> Any:
        return self._client.collection("notices").document(f"{office_id}_dok_{number}_siap".replace("/", "_"))

    def _failures_ref(self, office_id: str, sender_tag: str, day: str) -> Any:
        return self._client.collection("lookup_failures").document(f"{office_id}_{sender_tag}_{day}")

    def _check(
        self, office_id: str, number: str, secret_hash: str, sender_tag: str, day: str, now: datetime
    ) -> tuple[Lookup, dict[str, Any]]:
        failures = self._store.call("reads", lambda: self._failures_ref(office_id, sender_tag, day).get(**BOUNDED))
        if int((failures.to_dict() or {}).get("count", 0)) >= FAILURES_PER_DAY:
            return Lookup(LookupOutcome.PAUSED), {}
        snapshot = self._store.call("reads", lambda: self._ref(office_id, number).get(**BOUNDED))
        data = snapshot.to_dict() if snapshot.exists else None
        if not data or data.get("secret_hash") != secret_hash:
            update = {"count": firestore.Increment(1), "expire_at": now + timedelta(days=2)}
            ref = self._failures_ref(office_id, sender_tag, day)
            self._store.call("writes", lambda: ref.set(update, merge=True, **BOUNDED))
            return Lookup(LookupOutcome.NOT_FOUND), {}
        return Lookup(LookupOutcome.FOUND, _record(data)), data

    def find_document(
        self, office_id: str, number: str, secret_hash: str, sender: Sender, sender_tag: str, day: str, now: datetime
    ) -> Lookup:
        lookup, data = self._check(office_id, number, secret_hash, sender_tag, day, now)
        subscribed = sender.key in (data.get("subscriber_keys") or [])
        return Lookup(lookup.outcome, lookup.record, subscribed)

    def subscribe(
        self, office_id: str, number: str, secret_hash: str, sender: Sender, sender_tag: str, day: str, now: datetime
    ) -> Lookup:
        lookup, _ = self._check(office_id, number, secret_hash, sender_tag, day, now)
        return self._subscribe(office_id, lookup, sender)

    def subscribe_proven(self, office_id: str, number: str, sender: Sender, now: datetime) -> Lookup:
        """ "Kabari saya" right after a lookup that proved ownership (the caller checked its proof): no
        secret, no failure counted. One read and, while the document is in process, one write."""
        snapshot = self._store.call("reads", lambda: self._ref(office_id, number).get(**BOUNDED))
        data = snapshot.to_dict() if snapshot.exists else None
        lookup = Lookup(LookupOutcome.FOUND, _record(data)) if data else Lookup(LookupOutcome.NOT_FOUND)
        return self._subscribe(office_id, lookup, sender)

    def _subscribe(self, office_id: str, lookup: Lookup, sender: Sender) -> Lookup:
        if lookup.record is None or lookup.record.state is not Readiness.PROCESSING:
            return lookup
        entry = {"wa_id": sender.wa_id, "user_id": sender.user_id, "key": sender.key}
        update = {"subscribers": firestore.ArrayUnion([entry]), "subscriber_keys": firestore.ArrayUnion([sender.key])}
        ref = self._ref(office_id, lookup.record.number)
        self._store.call("writes", lambda: ref.update(update, **BOUNDED))
        return Lookup(LookupOutcome.FOUND, lookup.record, True)

    def save_document(
        self, office_id: str, record: DocumentRecord, secret_hash: str | None, actor: str, now: datetime
    ) -> str:
        """Create or update a record (import or staff). Returns "baru", "diubah" or "sama". When it
        becomes ready and has subscribers, the notice for them is created in the same transaction
        (once: a later run finds it and changes nothing)."""
        return self._save(office_id, record, secret_hash, actor, now)[0]

    def _save(
        self, office_id: str, record: DocumentRecord, secret_hash: str | None, actor: str, now: datetime
    ) -> tuple[str, int, DocumentRecord]:
        """save_document's work: also how many subscribers were moved to the notice, and the record as stored."""
        ref, notice_ref = self._ref(office_id, record.number), self._notice_ref(office_id, record.number)

        @firestore.transactional
        def save(transaction: Any) -> tuple[str, int, DocumentRecord]:
            snapshot = ref.get(transaction=transaction, **BOUNDED)
            notice = notice_ref.get(transaction=transaction, **BOUNDED)  # reads come before writes
            old = (snapshot.to_dict() or {}) if snapshot.exists else {}
            order = list(Readiness)
            state = record.state
            if old and order.index(Readiness(old.get("state", state.value))) > order.index(state):
                state = Readiness(old["state"])  # staff's SIAP/DIAMBIL stands: an older spreadsheet never undoes it
            fields = {
                "office_id": office_id, "number": record.number, "kind": record.kind, "village": record.village,
                "state": state.value,
                "ready_on": record.ready_on.isoformat() if record.ready_on else old.get("ready_on", ""),
                "collected_on": record.collected_on.isoformat() if record.collected_on else old.get("collected_on", ""),
                "secret_hash": secret_hash or old.get("secret_hash", ""),
            }  # fmt: skip
            if old and all(old.get(k) == v for k, v in fields.items()):
                return "sama", 0, _record(fields)  # the same row again: nothing is written, not even expire_at
            ready_on = date.fromisoformat(fields["ready_on"]) if fields["ready_on"] else None
            collected_on = date.fromisoformat(fields["collected_on"]) if fields["collected_on"] else None
            history = [*old.get("history", []), {"state": state.value, "by": actor, "at": now}]
            subscribers = old.get("subscribers") or []
            becomes_ready = state is Readiness.READY and old.get("state") != Readiness.READY.value
            tell = becomes_ready and subscribers and not notice.exists
            # Told residents move to the notice (kept a week, for Eventarc's retries): the record keeps no number.
            moved: dict[str, list[Any]] = {"subscribers": [], "subscriber_keys": []} if tell else {}
            transaction.set(ref, {**old, **fields, **moved, "history": history[-20:], "updated_at": now,
                                  "expire_at": expiry(ready_on, collected_on, now)})  # fmt: skip
            if tell:
                transaction.create(notice_ref, {
                    "kind": "document_ready", "office_id": office_id, "number": record.number,
                    "document_kind": record.kind, "subscribers": subscribers, "created_at": now,
                    "subscriber_keys": [s.get("key") for s in subscribers], "expire_at": now + timedelta(days=7),
                })  # fmt: skip
            return ("diubah" if old else "baru"), len(subscribers) if tell else 0, _record(fields)

        outcome = self._store.transact(save)
        self._store.tally(2, 0 if outcome[0] == "sama" else 1)  # two reads; at most one write
        return outcome

    def mark_document(
        self, office_id: str, number: str, ready: bool, actor: str, day: str, now: datetime
    ) -> Marked | None:
        """Staff's SIAP / DIAMBIL on a record that exists (imported); None when it does not."""
        snapshot = self._store.call("reads", lambda: self._ref(office_id, number).get(**BOUNDED))
        if not snapshot.exists:
            return None
        current = _record(snapshot.to_dict() or {})
        today = date.fromisoformat(day)
        if ready:
            changed = DocumentRecord(current.number, current.kind, current.village, Readiness.READY,
                                     current.ready_on or today, None)  # fmt: skip
        else:
            changed = DocumentRecord(current.number, current.kind, current.village, Readiness.COLLECTED,
                                     current.ready_on or today, today)  # fmt: skip
        outcome, told, stored = self._save(office_id, changed, None, actor, now)
        return Marked(stored, told, already=outcome == "sama")

    def erase_subscriptions(self, office_id: str, resident_key: str) -> int:
        """HAPUS DATA SAYA: the resident is taken off every document they asked to be told about, and
        off the notices not yet sent."""
        snapshots = []
        for collection in ("documents", "notices"):
            query = (
                self._client.collection(collection)
                .where(filter=FieldFilter("office_id", "==", office_id))
                .where(filter=FieldFilter("subscriber_keys", "array_contains", resident_key))
            )
            snapshots += self._store.call("reads", functools.partial(_all, query))
        for snapshot in snapshots:
            data = snapshot.to_dict() or {}
            kept = [s for s in data.get("subscribers", []) if s.get("key") != resident_key]
            update = {"subscribers": kept, "subscriber_keys": [s.get("key") for s in kept]}
            self._store.call("writes", functools.partial(snapshot.reference.update, update, **BOUNDED))
        return len(snapshots)
