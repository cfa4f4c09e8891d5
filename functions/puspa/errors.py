"""Every error PUSPA raises on purpose.

PuspaError
├── ConfigError                 missing or invalid configuration (names every variable)
├── ContentError                content files or a published bundle break the schema
├── MessageLimitError           an outbound message would break a WhatsApp limit
├── StoreError                  Firestore failed
│   ├── StoreUnavailableError   transient: retry later (maps to HTTP 503)
│   ├── ConcurrentUpdateError   a compare-and-set lost a race: re-read and retry
│   └── BucketError             Cloud Storage failed (residents' papers); `.transient` as below
├── MediaTooLargeError          a resident's file is larger than PUSPA keeps (not downloaded further)
├── GraphApiError               the Graph API refused or failed a call
│   (`.transient` says whether a later retry can succeed)
└── FlowEndpointError           a Flows data-exchange request PUSPA cannot answer (`.http_status`)
    ├── FlowDecryptError        not decryptable with our key: 421 (Meta's client refetches the key)
    └── FlowTokenError          the form's token is unknown, used or expired: 427 (Meta's client
                                shows `.message` and closes the form)
"""

from __future__ import annotations


class PuspaError(Exception):
    """Base class of every PUSPA error."""


class ConfigError(PuspaError):
    """Configuration is missing or invalid."""


class ContentError(PuspaError):
    """Content breaks the schema; `problems` holds one line per problem (Indonesian, for staff)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class MessageLimitError(PuspaError):
    """An outbound message would break one of Meta's documented limits."""


class StoreError(PuspaError):
    """Firestore failed."""


class StoreUnavailableError(StoreError):
    """Firestore is unavailable or timed out; the same call may succeed later."""


class ConcurrentUpdateError(StoreError):
    """A document changed between read and write."""


class BucketError(StoreError):
    """Cloud Storage refused or failed a call; `transient` when the same call may succeed later."""

    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


class MediaTooLargeError(PuspaError):
    """A resident's image or document is larger than PUSPA keeps."""


class GraphApiError(PuspaError):
    """A Graph API call failed.

    Attributes:
        code: Meta's error code (0 when the failure was not an error body, e.g. a timeout).
        http_status: the HTTP status, or 0 when no response arrived.
        transient: True when the same call may succeed later.
        fbtrace_id: Meta's trace id, for support requests.
        outage: True when no message can be sent until someone fixes the set-up (e.g. an expired
            or revoked access token, code 190): alert, and let Meta redeliver meanwhile.
        subcode: Meta's `error_subcode` (0 when absent), e.g. 2388024: a template of that name and
            language already exists.
        details: what Meta says about the cause for people (`error_user_msg` or `error_data.details`).
    """

    def __init__(
        self,
        message: str,
        *,
        code: int,
        http_status: int,
        transient: bool,
        fbtrace_id: str = "",
        outage: bool = False,
        subcode: int = 0,
        details: str = "",
    ) -> None:
        super().__init__(message)
        self.outage = outage
        self.subcode = subcode
        self.details = details
        self.code = code
        self.http_status = http_status
        self.transient = transient
        self.fbtrace_id = fbtrace_id


class MailError(PuspaError):
    """Sending e-mail failed; `transient` when a later attempt may succeed (4xx, network)."""

    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


class NotifyError(PuspaError):
    """At least one notification channel failed; the others are recorded as sent."""


class FlowEndpointError(PuspaError):
    """A Flows data-exchange request answered with an HTTP status Meta's client understands."""

    http_status = 400


class FlowDecryptError(FlowEndpointError):
    """The request cannot be decrypted (wrong key, damaged, not Meta's shape)."""

    http_status = 421


class FlowTokenError(FlowEndpointError):
    """The form's token is no longer valid; the message is shown to the resident (Indonesian)."""

    http_status = 427
