"""Office hours, holidays and working days of an office (pure; times in the office's zone)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from msgspec import Struct, field

ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTH_NAMES = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip


def format_date(day: date) -> str:
    """25 November 2026."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def format_day(day: date) -> str:
    """Sabtu, 12 Desember 2026."""
    return f"{DAY_NAMES[day.weekday()]}, {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


class OfficeCalendar(Struct, frozen=True):
    """`hours` maps weekday (0 = Monday) to (open, close); absent days are closed."""

    zone: str
    hours: dict[int, tuple[time, time]]
    holidays: dict[date, str] = field(default_factory=dict)

    @property
    def tz(self) -> timezone:
        return timezone(timedelta(hours=ZONES[self.zone]), self.zone)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.hours and day not in self.holidays

    def is_open(self, moment: datetime) -> bool:
        now = self.local(moment)
        if not self.is_working_day(now.date()):
            return False
        opens, closes = self.hours[now.weekday()]
        return opens <= now.time() < closes

    def next_opening(self, moment: datetime) -> datetime:
        """When staff are next at work: `moment` itself if open, else the next opening time."""
        now = self.local(moment)
        if self.is_open(now):
            return now
        day = now.date()
        for _ in range(60):
            if self.is_working_day(day):
                opening = datetime.combine(day, self.hours[day.weekday()][0], self.tz)
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
            if self.is_working_day(day):
                opens, closes = (datetime.combine(day, t, self.tz) for t in self.hours[day.weekday()])
                overlap = (min(closes, finish) - max(opens, begin)).total_seconds()
                total += max(overlap, 0.0) / 3600
            day += timedelta(days=1)
        return total

    def working_day_hours(self, day: date) -> float:
        """How long the office is open on `day` (0 when closed)."""
        if not self.is_working_day(day):
            return 0.0
        opens, closes = self.hours[day.weekday()]
        return (datetime.combine(day, closes) - datetime.combine(day, opens)).total_seconds() / 3600

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including the day before `end`."""
        count, day = 0, start + timedelta(days=1)
        while day < end:
            count += self.is_working_day(day)
            day += timedelta(days=1)
        return count

    def earliest_event_date(self, today: date, working_days: int) -> date:
        """The first date that leaves `working_days` full working days between today and it."""
        day = today + timedelta(days=1)
        while self.working_days_between(today, day) < working_days:
            day += timedelta(days=1)
        return day
