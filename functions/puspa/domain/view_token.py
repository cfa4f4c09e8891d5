"""The token in a staff member's link to a papers record (pure): the office, the record's code, who it
was sent to (masked) and until when it opens the files, signed with PUSPA_HASH_SECRET (HMAC-SHA256).

The token is the view function's whole authentication: staff open it from e-mail or WhatsApp without
a Google account. It rides in the link's fragment (after `#`), which browsers never send to a server,
so it stays out of request logs; the page posts it back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta

from msgspec import Struct

LIFETIME = timedelta(days=3)  # staff check papers within a working day or two; a link outlives a weekend


class ViewGrant(Struct, frozen=True):
    office_id: str
    code: str
    staff: str  # masked: "petugas …0001", "e-mail s…@kecamatan.go.id"
    expires_at: datetime

    def expired(self, now: datetime) -> bool:
        return now >= self.expires_at


def _key(secret: str) -> bytes:
    return hashlib.sha256(b"puspa-papers-view:" + secret.encode()).digest()


# Base32 (letters and digits only): a link in a WhatsApp template parameter loses `_`, `*`, `~` and `` ` ``
# (they are formatting there, and `flatten_parameter` drops them), which base64url would use.
def _b64(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=").lower()


def _unb64(text: str) -> bytes:
    return base64.b32decode(text.upper() + "=" * (-len(text) % 8))


def sign_grant(grant: ViewGrant, secret: str) -> str:
    payload = json.dumps(
        [grant.office_id, grant.code, grant.staff, int(grant.expires_at.timestamp())], separators=(",", ":")
    ).encode()
    mac = hmac.new(_key(secret), payload, hashlib.sha256).digest()
    return f"{_b64(payload)}.{_b64(mac)}"


def read_grant(token: str, secret: str) -> ViewGrant | None:
    """The grant a token carries (expired or not: `expired` says), or None when it is damaged or forged."""
    payload_text, _, mac_text = token.strip().partition(".")
    try:
        payload, mac = _unb64(payload_text), _unb64(mac_text)
    except (ValueError, TypeError):
        return None
    if not hmac.compare_digest(mac, hmac.new(_key(secret), payload, hashlib.sha256).digest()):
        return None
    try:
        office_id, code, staff, expires = json.loads(payload)
        expires_at = datetime.fromtimestamp(int(expires), UTC)
    except (ValueError, TypeError, OverflowError, OSError):
        return None
    return ViewGrant(str(office_id), str(code), str(staff), expires_at)
