"""Questions PUSPA could not answer, kept so staff learn what content to add (pure).

A question that found no card, or that the resident forwarded to staff, is remembered in the
resident's session (no extra Firestore write) in a normalised form: lower case, digits masked,
no sender. The daily digest collects them, counts equal forms, and keeps the day's counts 90 days.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta

KEEP_IN_SESSION = timedelta(days=5)  # the digest runs on working days: a long weekend is still collected
SESSION_MAX = 10
TEXT_MAX = 120
KEEP_COUNTS_DAYS = 90
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def normalise_question(text: str) -> str:
    """ "KTP sy 3201064512900001 hilang!!" -> "ktp sy # hilang!!": digits masked, spaces folded."""
    folded = _SPACE.sub(" ", _DIGITS.sub("#", text.lower())).strip()
    return folded[:TEXT_MAX]


def remember_unanswered(
    kept: tuple[tuple[str, datetime], ...], text: str, now: datetime
) -> tuple[tuple[str, datetime], ...]:
    """The session's list with `text` added; entries older than KEEP_IN_SESSION or beyond SESSION_MAX go."""
    fresh = [(q, at) for q, at in kept if now - at < KEEP_IN_SESSION]
    return tuple([*fresh, (normalise_question(text), now)][-SESSION_MAX:])


def most_asked(questions: list[str], limit: int = 10) -> list[tuple[str, int]]:
    """The most frequent normalised questions, most frequent first (ties: alphabetical)."""
    return sorted(Counter(questions).items(), key=lambda item: (-item[1], item[0]))[:limit]
