"""One local day's figures, read from the residents' sessions: the digest keeps them each working
morning, and the monthly report reads the days not kept yet (today, or before the digest ran)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from puspa.conversation.search import closest_service
from puspa.domain.content import Content
from puspa.domain.unanswered import NO_CARD, day_figures


def day_bounds(content: Content, day: date) -> tuple[datetime, datetime]:
    """[start, end) of `day` in the office's time zone."""
    start = datetime.combine(day, time.min, content.office.calendar.tz)
    return start, start + timedelta(days=1)


def nearest_card(question: str, content: Content) -> str:
    """The id of the card that comes closest to `question` (a hint for staff), or NO_CARD."""
    service = closest_service(question, content)
    return service.id if service is not None else NO_CARD


ActivityOfDay = Callable[[str, str], tuple[int, int, dict[str, int]]]  # (office, day) -> residents, messages, cards
AskedBetween = Callable[[str, datetime, datetime], tuple[tuple[str, ...], ...]]  # each resident's questions


def activity_day(activity_of_day: ActivityOfDay, office_id: str, day: date) -> dict[str, Any]:
    """Residents, messages answered and cards opened on `day`, as the daily_activity document holds them."""
    residents, messages, cards = activity_of_day(office_id, day.isoformat())
    return {"day": day.isoformat(), "residents": residents, "messages": messages, "cards": cards}


def unanswered_day(unanswered_between: AskedBetween, content: Content, office_id: str, day: date) -> dict[str, Any]:
    """The questions without a card of `day`, reduced to what identifies nobody (`day_figures`)."""
    start, end = day_bounds(content, day)
    asked = unanswered_between(office_id, start, end)
    return {"day": day.isoformat(), **day_figures(asked, lambda q: nearest_card(q, content))}
