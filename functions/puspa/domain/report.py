"""The office's monthly figures (pure): the satisfaction index and PUSPA's own work.

Everything here is computed from plain records the shell gathers; the result is kept as the month's
aggregate (so next year's trend still works after the personal records expire) and rendered as
e-mail, HTML, charts and CSV by the shell.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from msgspec import Struct, field

from puspa.domain.calendar import OfficeCalendar
from puspa.domain.ikm import Grade, IkmResult, compute_ikm, required_respondents, rounded
from puspa.domain.registration import Registration, Status
from puspa.domain.ticket import Ticket

DECIDED = (Status.DISETUJUI, Status.DITOLAK)


class SurveyFigures(Struct, frozen=True):
    overall: IkmResult
    by_service: Mapping[str, IkmResult]
    lowest: tuple[tuple[str, float], ...]  # (element id, NRR), lowest first
    suggestions: tuple[str, ...]


class Week(Struct, frozen=True):
    """One week of the month, Monday to Sunday, cut to the month's days (the first and last may be short)."""

    number: int  # 1 for the week holding the 1st
    first: date
    last: date
    messages: int
    requests: int  # registrations + questions to staff


class WorkFigures(Struct, frozen=True):
    resident_days: int  # residents served, counted once per day they wrote
    messages: int
    top_cards: tuple[tuple[str, int], ...]
    unanswered: tuple[tuple[str, int], ...]  # questions without a card several residents asked (text, residents)
    unanswered_total: int
    registrations: Mapping[str, int]  # status -> count (requests made this month)
    decision_hours_median: float | None  # working hours from request to approval/refusal
    questions: int
    answer_hours_median: float | None  # working hours from question to the first staff answer
    waited_over_a_day: int  # questions answered (or still open) after more than one working day
    weekly: tuple[Week, ...]  # every week of the month up to the day the figures were made
    unanswered_near: tuple[tuple[str, int], ...] = ()  # (nearest card id or NO_CARD, questions), most first
    bookings: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # card id -> counts (booking_figures)
    papers: Mapping[str, int] = field(default_factory=dict)  # papers checked, complete at the first check


class MonthReport(Struct, frozen=True):
    period: str  # "2026-11"
    office: str
    survey: SurveyFigures
    work: WorkFigures
    trend: tuple[tuple[str, float], ...] = ()  # (period, IKM 25–100), oldest first
    previous: Mapping[str, Any] | None = None  # the month before's kept aggregate, when there is one

    @property
    def required_respondents(self) -> int:
        """The respondents PermenPANRB 14/2017's sampling table asks for, taking the residents served
        (counted per day, so at least as many as the distinct residents) as the population."""
        return required_respondents(self.work.resident_days)

    @property
    def too_few_respondents(self) -> bool:
        return self.survey.overall.respondents < self.required_respondents

    def change(self, key: str) -> float | None:
        """This month's `key` ("ikm", "resident_days", …) minus the month before's, or None when either is missing."""
        if not self.previous or self.previous.get(key) in (None, ""):
            return None
        if key == "ikm" and not (self.survey.overall.respondents and self.previous.get("respondents")):
            return None
        current = self.aggregate().get(key)
        return float(current) - float(self.previous[key]) if isinstance(current, int | float) else None

    def aggregate(self) -> dict[str, Any]:
        """What is kept of the month: figures only, no personal data."""
        overall, work = self.survey.overall, self.work
        return {
            "period": self.period,
            "office": self.office,
            "respondents": overall.respondents,
            "ikm": rounded(overall.converted),
            "grade": overall.grade.grade if overall.grade else "",
            "nrr": dict(overall.nrr),  # unrounded: the kabupaten pools them with `answered`
            "answered": dict(overall.answered),
            "resident_days": work.resident_days,
            "messages": work.messages,
            "registrations": dict(work.registrations),
            "decision_hours_median": work.decision_hours_median,
            "questions": work.questions,
            "answer_hours_median": work.answer_hours_median,
            "waited_over_a_day": work.waited_over_a_day,
            "unanswered_total": work.unanswered_total,
            # texts several residents asked in the same words (SHARED_BY), and the nearest cards: no sender
            "unanswered_texts": dict(work.unanswered),
            "unanswered_near": dict(work.unanswered_near),
            "bookings": {service: dict(counts) for service, counts in work.bookings.items()},
            "papers": dict(work.papers),
        }


def survey_figures(
    answers: Sequence[Mapping[str, Any]], elements: Sequence[str], grades: Sequence[Grade], factor: float,
    weight: float | None,
) -> SurveyFigures:  # fmt: skip
    scores = [dict(a.get("scores") or {}) for a in answers]
    overall = compute_ikm(scores, elements, grades, factor, weight)
    services = sorted({str(a.get("service_id") or "umum") for a in answers})
    by_service = {
        s: compute_ikm([dict(a.get("scores") or {}) for a in answers if (a.get("service_id") or "umum") == s],
                       elements, grades, factor, weight)
        for s in services
    }  # fmt: skip
    lowest = tuple(sorted(overall.nrr.items(), key=lambda item: item[1])[:3])
    suggestions = tuple(str(a["suggestion"]) for a in answers if a.get("suggestion"))
    return SurveyFigures(overall, by_service, lowest, suggestions)


def _decision_hours(registration: Registration, calendar: OfficeCalendar) -> float | None:
    decided = next((c.at for c in registration.history if c.status in DECIDED), None)
    return calendar.working_hours_between(registration.created_at, decided) if decided else None


def _first_answer(ticket: Ticket) -> datetime | None:
    return next((e.at for e in ticket.thread if e.from_staff), None)


def _weeks(days: Sequence[date]) -> list[tuple[date, date]]:
    """(first, last) of each Monday-to-Sunday week that `days` (consecutive, in order) touch."""
    weeks: list[tuple[date, date]] = []
    for day in days:
        if not weeks or day.weekday() == 0:
            weeks.append((day, day))
        else:
            weeks[-1] = (weeks[-1][0], day)
    return weeks


def work_figures(
    calendar: OfficeCalendar,
    registrations: Sequence[Registration],
    tickets: Sequence[Ticket],
    activity: Sequence[Mapping[str, Any]],
    unanswered: Sequence[Mapping[str, Any]],
    now: datetime,
    period: str,
) -> WorkFigures:
    """PUSPA's work in the month `period`: `activity` and `unanswered` are its daily documents; the
    weeks run up to `now`'s day."""
    cards: Counter[str] = Counter()
    for day in activity:
        cards.update({str(k): int(v) for k, v in (day.get("cards") or {}).items()})
    asked: Counter[str] = Counter()  # shared texts: residents who asked each, summed over the days
    near: Counter[str] = Counter()
    for day in unanswered:
        asked.update({str(k): int(v) for k, v in (day.get("texts") or {}).items()})
        near.update({str(k): int(v) for k, v in (day.get("cards") or {}).items()})
    decisions = [h for r in registrations if (h := _decision_hours(r, calendar)) is not None]
    answers = [(t, _first_answer(t)) for t in tickets]
    answer_hours = [calendar.working_hours_between(t.created_at, at) for t, at in answers if at is not None]
    day_hours = max((calendar.working_day_hours(d) for d in (now.date() - timedelta(days=n) for n in range(7))),
                    default=8.0) or 8.0  # fmt: skip
    waited = sum(1 for t, at in answers if calendar.working_hours_between(t.created_at, at or now) > day_hours)
    today = calendar.local(now).date()
    days = [d for d in (date.fromisoformat(iso) for iso in month_days(period)) if d <= today]
    messages_on = Counter({str(d["day"]): int(d.get("messages") or 0) for d in activity})
    requests_on = Counter(calendar.local(m).date().isoformat()
                          for m in [r.created_at for r in registrations] + [t.created_at for t in tickets])  # fmt: skip

    def week(number: int, first: date, last: date) -> Week:
        span = [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
        return Week(number, first, last, sum(messages_on[d] for d in span), sum(requests_on[d] for d in span))

    return WorkFigures(
        resident_days=sum(int(d.get("residents") or 0) for d in activity),
        messages=sum(int(d.get("messages") or 0) for d in activity),
        top_cards=tuple(cards.most_common(5)),
        unanswered=tuple(sorted(asked.items(), key=lambda item: (-item[1], item[0]))[:10]),
        unanswered_total=sum(int(d.get("total") or 0) for d in unanswered),
        registrations=dict(Counter(r.status.value for r in registrations)),
        decision_hours_median=statistics.median(decisions) if decisions else None,
        questions=len(tickets),
        answer_hours_median=statistics.median(answer_hours) if answer_hours else None,
        waited_over_a_day=waited,
        unanswered_near=tuple(sorted(near.items(), key=lambda item: (-item[1], item[0]))),
        weekly=tuple(week(n, first, last) for n, (first, last) in enumerate(_weeks(days), start=1)),
    )  # fmt: skip


def month_days(period: str) -> list[str]:
    """Every date of the month "2026-11" as ISO text."""
    year, month = (int(part) for part in period.split("-"))
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return [(first + timedelta(days=n)).isoformat() for n in range((following - first).days)]


def previous_period(today: date) -> str:
    first = today.replace(day=1) - timedelta(days=1)
    return f"{first:%Y-%m}"


def period_before(period: str) -> str:
    """ "2027-01" -> "2026-12"."""
    year, month = (int(part) for part in period.split("-"))
    return previous_period(date(year, month, 1))
