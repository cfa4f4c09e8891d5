"""Office hours, holidays and working days of an office (pure; times in the office's zone).

The calendar knows which years' holidays it holds: a year with at least one `hari_libur` date is
loaded (staff load a whole year from the SKB 3 Menteri at once). For a year that is not loaded it
counts conservatively instead of pretending to know: the fixed-date national holidays are closed,
and a count of working days that reaches into that year adds a margin for the movable holidays and
cuti bersama it cannot know (`earliest_event_date`).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from msgspec import Struct, field

ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTH_NAMES = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
# National holidays on the same date every year: closed even in a year whose SKB is not loaded yet
# (content audit 2026-12 §7, "certain without the SKB"; the 2026 SKB lists each on that date).
FIXED_HOLIDAYS = {
    (1, 1): "Tahun Baru", (5, 1): "Hari Buruh", (6, 1): "Hari Lahir Pancasila", (8, 17): "Hari Kemerdekaan",
    (12, 25): "Natal",
}  # fmt: skip
# In a year whose holidays are not loaded, one working day in five counted may be a movable holiday or
# cuti bersama (the first week of January 2027 holds 1 January and, expected, Isra Mikraj): a count
# of working days adds one day for every five (or part of five) it counts in such a year.
UNKNOWN_YEAR_DAYS_PER_MARGIN = 5

Hours = dict[int, tuple[time, time]]  # weekday (0 = Monday) -> (open, close); absent days are closed


def format_date(day: date) -> str:
    """25 November 2026."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def format_day(day: date) -> str:
    """Sabtu, 12 Desember 2026."""
    return f"{DAY_NAMES[day.weekday()]}, {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


class SpecialHours(Struct, frozen=True):
    """Hours that replace the usual ones from `first` to `last` (both included), e.g. Ramadan.
    A weekday absent from `hours` is closed in that range."""

    first: date
    last: date
    hours: Hours
    note: str  # why, shown beside the hours: "Ramadan"


class OfficeCalendar(Struct, frozen=True):
    """`hours` are the usual hours; `special` the dated exceptions; `holidays` closed whole days."""

    zone: str
    hours: Hours
    holidays: dict[date, str] = field(default_factory=dict)
    special: tuple[SpecialHours, ...] = ()

    @property
    def tz(self) -> timezone:
        return timezone(timedelta(hours=ZONES[self.zone]), self.zone)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def knows_holidays_of(self, year: int) -> bool:
        """Whether the holidays of `year` are loaded (at least one of its dates is in `holidays`)."""
        return any(day.year == year for day in self.holidays)

    def years_without_holidays(self, first: date, last: date) -> tuple[int, ...]:
        """The years from `first` to `last` whose holidays are not loaded."""
        return tuple(y for y in range(first.year, last.year + 1) if not self.knows_holidays_of(y))

    def years_counted_without_holidays(self, today: date, event: date) -> tuple[int, ...]:
        """The years not loaded among the days counted for an event on `event` (after today, before it)."""
        return self.years_without_holidays(today + timedelta(days=1), event - timedelta(days=1))

    def holiday(self, day: date) -> str | None:
        """The holiday's name when `day` is one (a fixed-date holiday of a year not loaded included)."""
        if day in self.holidays:
            return self.holidays[day]
        fixed = FIXED_HOLIDAYS.get((day.month, day.day))
        return fixed if fixed is not None and not self.knows_holidays_of(day.year) else None

    def special_on(self, day: date) -> SpecialHours | None:
        return next((s for s in self.special if s.first <= day <= s.last), None)

    def hours_on(self, day: date) -> tuple[time, time] | None:
        """(open, close) on `day`, from a dated range when one covers it; None when closed."""
        if self.holiday(day) is not None:
            return None
        special = self.special_on(day)
        return (special.hours if special is not None else self.hours).get(day.weekday())

    def is_working_day(self, day: date) -> bool:
        return self.hours_on(day) is not None

    def is_open(self, moment: datetime) -> bool:
        now = self.local(moment)
        hours = self.hours_on(now.date())
        return hours is not None and hours[0] <= now.time() < hours[1]

    def next_opening(self, moment: datetime) -> datetime:
        """When staff are next at work: `moment` itself if open, else the next opening time."""
        now = self.local(moment)
        if self.is_open(now):
            return now
        day = now.date()
        for _ in range(60):
            hours = self.hours_on(day)
            if hours is not None:
                opening = datetime.combine(day, hours[0], self.tz)
                if opening > now:
                    return opening
            day += timedelta(days=1)
        raise ValueError("no working day within 60 days: check the office hours and holidays")

    def working_hours_between(self, start: datetime, end: datetime) -> float:
        """Office hours between two moments: the time staff had to act (nights, weekends, holidays excluded)."""
        if end <= start:
            return 0.0
        begin, finish = self.local(start), self.local(end)
        total, day = 0.0, begin.date()
        while day <= finish.date():
            hours = self.hours_on(day)
            if hours is not None:
                opens, closes = (datetime.combine(day, t, self.tz) for t in hours)
                overlap = (min(closes, finish) - max(opens, begin)).total_seconds()
                total += max(overlap, 0.0) / 3600
            day += timedelta(days=1)
        return total

    def working_day_hours(self, day: date) -> float:
        """How long the office is open on `day` (0 when closed)."""
        hours = self.hours_on(day)
        if hours is None:
            return 0.0
        opens, closes = hours
        return (datetime.combine(day, closes) - datetime.combine(day, opens)).total_seconds() / 3600

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including the day before `end`."""
        count, day = 0, start + timedelta(days=1)
        while day < end:
            count += self.is_working_day(day)
            day += timedelta(days=1)
        return count

    def earliest_event_date(self, today: date, working_days: int) -> date:
        """The first date that leaves `working_days` full working days between today and it. Working
        days of a year whose holidays are not loaded need a margin: one more for every
        UNKNOWN_YEAR_DAYS_PER_MARGIN (or part of it) counted there, as any of them may be a holiday."""
        counted = unknown = 0
        day = today + timedelta(days=1)
        while counted < working_days + -(-unknown // UNKNOWN_YEAR_DAYS_PER_MARGIN):
            if self.is_working_day(day):
                counted += 1
                unknown += not self.knows_holidays_of(day.year)
            day += timedelta(days=1)
        return day
