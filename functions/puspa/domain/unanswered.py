"""Questions PUSPA could not answer, kept so staff learn what content to add (pure).

A question that found no card, or that the resident forwarded to staff, is remembered in the
resident's session (no extra Firestore write) in a normalised form: lower case, digits masked. The
daily digest e-mails staff the last day's questions and keeps, per local day and for 90 days, only
what identifies nobody (`day_figures`): how many questions, from how many residents, the card that
comes closest to each, and a question's text only when at least `SHARED_BY` different residents
asked it in those very words that day.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

KEEP_IN_SESSION = timedelta(days=5)  # the digest runs on working days: a long weekend is still collected
SESSION_MAX = 10
TEXT_MAX = 120
KEEP_COUNTS_DAYS = 90
SHARED_BY = 3  # a text is kept only when this many different residents asked it the same day
NO_CARD = "-"  # the nearest-card key of questions no card comes close to
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


def day_figures(asked: Sequence[Sequence[str]], nearest: Callable[[str], str]) -> dict[str, Any]:
    """What is kept of one day's questions without a card. `asked` holds each resident's normalised
    questions of the day (one inner sequence per resident, no sender); `nearest` names the card that
    comes closest to a question (NO_CARD when none). Texts asked by fewer than SHARED_BY different
    residents are counted, never kept."""
    questions = [q for texts in asked for q in texts]
    residents = Counter(q for texts in asked for q in set(texts))
    return {
        "total": len(questions),
        "residents": sum(1 for texts in asked if texts),
        "cards": dict(Counter(nearest(q) for q in questions)),
        "texts": {q: n for q, n in residents.items() if n >= SHARED_BY},
    }


def without_resident(texts: Mapping[str, int], theirs: Sequence[str]) -> dict[str, int]:
    """A day's shared texts once one resident who asked `theirs` is erased: each of their texts loses
    one asker, and a text no longer asked by SHARED_BY residents goes (HAPUS DATA SAYA)."""
    left = {q: int(n) - (1 if q in set(theirs) else 0) for q, n in texts.items()}
    return {q: n for q, n in left.items() if n >= SHARED_BY}
