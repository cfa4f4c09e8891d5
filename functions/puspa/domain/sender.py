"""Who a message comes from or goes to (pure data)."""

from __future__ import annotations

from msgspec import Struct


class Sender(Struct, frozen=True):
    """A WhatsApp user: `wa_id` (phone digits) when Meta shares it, else only `user_id` (BSUID)."""

    wa_id: str
    user_id: str

    @property
    def key(self) -> str:
        """Stable key for sessions: the phone id when known, else the business-scoped user id."""
        return self.wa_id or self.user_id
