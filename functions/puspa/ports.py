"""The small interfaces the service layer talks to. Adapters (`store`, `whatsapp.graph`) implement
them; tests implement them with in-memory fakes (`tests/fakes.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from puspa.conversation.session import Session


@dataclass(frozen=True)
class StoredSession:
    """A session document as read. `token` is the opaque version for compare-and-set; None means
    the document does not exist yet. `recent_wamids` are the last inbound message ids handled."""

    session: Session | None
    recent_wamids: tuple[str, ...]
    token: object | None


class SessionStore(Protocol):
    def load_session(self, key: str) -> StoredSession:
        """Read one session document (1 read)."""
        ...

    def save_session(
        self, key: str, session: Session, recent_wamids: tuple[str, ...], token: object | None, expire_at: datetime
    ) -> None:
        """Write it only if unchanged since `token` was read (1 write); else ConcurrentUpdateError."""
        ...

    def delete_session(self, key: str, token: object) -> None:
        """Delete it only if unchanged since `token` was read; else ConcurrentUpdateError."""
        ...


class ContentSource(Protocol):
    def content_version(self, office_id: str) -> str | None:
        """The published content version of an office, or None (a masked read: 1 read)."""
        ...

    def load_content(self, office_id: str) -> tuple[str, dict[str, Any]] | None:
        """The published (version, bundle), or None when nothing is published (1 read)."""
        ...


class MessageSender(Protocol):
    def send_message(self, office_id: str, payload: dict[str, Any]) -> str:
        """Send one message from the office's number; return Meta's message id."""
        ...

    def mark_read(self, office_id: str, wamid: str) -> None:
        """Mark an inbound message as read."""
        ...
