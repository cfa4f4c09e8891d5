"""The notification ledger: per channel, when it was claimed and when it was sent (Firestore)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from google.cloud import firestore

from puspa.errors import StoreUnavailableError
from puspa.store.base import BOUNDED, FirestoreStore


class ChannelBusyError(StoreUnavailableError):
    """Another delivery of the same event is sending on this channel right now."""


class FirestoreNotificationLedger:
    """notifications/{ledger_id}: per channel, when it was claimed and when it was sent, so that
    each channel sends once under Eventarc's at-least-once delivery. TTL on `expire_at`."""

    def __init__(self, store: FirestoreStore) -> None:
        self._store = store
        self._client = store.client

    def _ref(self, ledger_id: str) -> Any:
        return self._client.collection("notifications").document(ledger_id.replace("/", "_"))

    def claim(self, ledger_id: str, channel: str, now: datetime, lease: timedelta) -> bool:
        """True: this caller should send on `channel` now. False: it was already sent.
        ChannelBusyError: another caller claimed it less than `lease` ago (retry later)."""
        ref = self._ref(ledger_id)

        @firestore.transactional
        def claim(transaction: Any) -> bool:
            snapshot = ref.get(transaction=transaction, **BOUNDED)
            state = ((snapshot.to_dict() or {}).get("channels") or {}).get(channel) or {}
            if state.get("sent_at"):
                return False
            claimed_at = state.get("claimed_at")
            if isinstance(claimed_at, datetime) and now - claimed_at < lease:
                raise ChannelBusyError(f"{channel} of {ledger_id} is being sent by another delivery")
            transaction.set(
                ref, {"channels": {channel: {"claimed_at": now}}, "expire_at": now + timedelta(days=30)}, merge=True
            )
            return True

        claimed = self._store.transact(claim)
        self._store.tally(1, int(claimed))
        return claimed

    def mark_sent(self, ledger_id: str, channel: str, now: datetime) -> None:
        data = {"channels": {channel: {"sent_at": now}}}
        self._store.call("writes", lambda: self._ref(ledger_id).set(data, merge=True, **BOUNDED))

    def release(self, ledger_id: str, channel: str) -> None:
        data = {"channels": {channel: {"claimed_at": None}}}
        self._store.call("writes", lambda: self._ref(ledger_id).set(data, merge=True, **BOUNDED))
