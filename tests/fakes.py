"""In-memory fakes of the ports (no mocks): they behave like the real adapters, including
compare-and-set conflicts and transient failures, and record what happened."""

from __future__ import annotations

import itertools
import threading
from datetime import datetime
from typing import Any

from puspa.conversation.session import Session
from puspa.errors import ConcurrentUpdateError, GraphApiError, StoreUnavailableError
from puspa.ports import StoredSession


class FakeSessionStore:
    def __init__(self) -> None:
        self.docs: dict[str, tuple[Session, tuple[str, ...], int, datetime]] = {}
        self.reads = self.writes = self.deletes = 0
        self.unavailable = False
        self.conflicts_before_save = 0  # simulate another instance writing first
        self._versions = itertools.count(1)
        self._lock = threading.Lock()

    def _check(self) -> None:
        if self.unavailable:
            raise StoreUnavailableError("fake store is down")

    def load_session(self, key: str) -> StoredSession:
        with self._lock:
            self._check()
            self.reads += 1
            if key not in self.docs:
                return StoredSession(None, (), None)
            session, recent, version, _ = self.docs[key]
            return StoredSession(session, recent, version)

    def save_session(
        self, key: str, session: Session, recent_wamids: tuple[str, ...], token: object | None, expire_at: datetime
    ) -> None:
        with self._lock:
            self._check()
            if self.conflicts_before_save:
                self.conflicts_before_save -= 1
                raise ConcurrentUpdateError("another writer won")
            current = self.docs.get(key)
            if (current is None) != (token is None) or (current is not None and current[2] != token):
                raise ConcurrentUpdateError("stale token")
            self.writes += 1
            self.docs[key] = (session, recent_wamids, next(self._versions), expire_at)

    def delete_session(self, key: str, token: object) -> None:
        with self._lock:
            self._check()
            current = self.docs.get(key)
            if current is None or current[2] != token:
                raise ConcurrentUpdateError("stale token")
            self.deletes += 1
            del self.docs[key]


class FakeContentSource:
    def __init__(self, office_id: str, bundle: dict[str, Any], version: str = "v1") -> None:
        self.published = {office_id: (version, bundle)}
        self.reads = 0

    def content_version(self, office_id: str) -> str | None:
        self.reads += 1
        entry = self.published.get(office_id)
        return entry[0] if entry else None

    def load_content(self, office_id: str) -> tuple[str, dict[str, Any]] | None:
        self.reads += 1
        return self.published.get(office_id)


class FakeSender:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self.reads: list[str] = []
        self.failures: list[GraphApiError] = []  # raised by the next send calls, in order

    def send_message(self, office_id: str, payload: dict[str, Any]) -> str:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((office_id, payload))
        return f"wamid.FAKE{len(self.sent)}"

    def mark_read(self, office_id: str, wamid: str) -> None:
        self.reads.append(wamid)
