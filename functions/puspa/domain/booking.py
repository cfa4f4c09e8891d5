"""Counter visits booked from WhatsApp ("antrian"), pure: the office's queue rules (antrian.yaml), the
days and hour-slots that can be booked, queue numbers, and the booking record.

A service's slots each hold `capacity` residents. A booking takes a place: its queue number of the
day, in the slot's own range (slot 1 of a 6-place service numbers 1–6, slot 2 numbers 7–12), shown
with the service's letter ("B-014"). The number is what staff call and mark (HADIR B-014): it is
unique per office, letter and day. The store keeps one document per taken place, created atomically,
so a place cannot be sold twice; a cancelled place is deleted and free again at once.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from msgspec import Struct
from msgspec.structs import replace

from puspa.domain.calendar import DAY_NAMES, MONTH_NAMES, OfficeCalendar

SLOT = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})\s*$")
CODE = re.compile(r"\b([A-Z])-?0*(\d{1,3})\b", re.IGNORECASE)
LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class BookingStatus(StrEnum):
    """Stored in Firestore: renaming one needs a migration."""

    AKTIF = "aktif"  # booked, the visit not yet marked
    BATAL = "batal"  # cancelled by the resident (or erased)
    HADIR = "hadir"  # staff marked the visit kept
    TIDAK_HADIR = "tidak_hadir"  # staff marked the resident absent


STATUS_TEXT = {
    BookingStatus.AKTIF: "terjadwal",
    BookingStatus.BATAL: "dibatalkan",
    BookingStatus.HADIR: "sudah datang",
    BookingStatus.TIDAK_HADIR: "tidak datang",
}


class Slot(Struct, frozen=True):
    start: time
    end: time

    @property
    def key(self) -> str:
        """0800: stored in documents and tap ids."""
        return f"{self.start:%H%M}"

    @property
    def label(self) -> str:
        """08.00–09.00, as residents read it."""
        return f"{self.start:%H.%M}–{self.end:%H.%M}"


class QueueService(Struct, frozen=True):
    """A service served at a counter by booking: its card, the letter of its numbers, where, when."""

    card_id: str
    title: str
    letter: str
    counter: str
    slots: tuple[Slot, ...]
    capacity: int  # residents per slot

    def slot(self, key: str) -> Slot | None:
        return next((s for s in self.slots if s.key == key), None)

    def numbers_of(self, slot: Slot) -> range:
        """The queue numbers of `slot`: its own range, after the earlier slots' places."""
        index = self.slots.index(slot)
        return range(index * self.capacity + 1, (index + 1) * self.capacity + 1)

    def code(self, number: int) -> str:
        return queue_code(self.letter, number)


class QueueRules(Struct, frozen=True):
    services: tuple[QueueService, ...]
    days_ahead: int  # working days ahead one may book (today included while a slot is still open)
    per_resident: int  # active bookings a resident may hold per service
    missed_limit: int  # visits missed in a calendar month after which online booking pauses until the next
    note: str = ""  # the office's own line under the confirmation ("datang 10 menit sebelum jamnya")

    def service(self, card_id: str) -> QueueService | None:
        return next((s for s in self.services if s.card_id == card_id), None)


def queue_code(letter: str, number: int) -> str:
    """B-014."""
    return f"{letter}-{number:03d}"


def find_queue_code(text: str) -> str | None:
    """The first queue code in staff's text, normalised: "b14" -> "B-014"."""
    match = CODE.search(text)
    return queue_code(match.group(1).upper(), int(match.group(2))) if match else None


def short_day(day: date) -> str:
    """Sel, 9 Des: fits a list row."""
    return f"{DAY_NAMES[day.weekday()][:3]}, {day.day} {MONTH_NAMES[day.month - 1][:3]}"


def bookable_days(
    calendar: OfficeCalendar, now: datetime, rules: QueueRules, service: QueueService
) -> tuple[date, ...]:
    """The next `days_ahead` working days, today first while one of its slots has not begun."""
    local = calendar.local(now)
    today = local.date()
    days: list[date] = []
    day = today
    while len(days) < rules.days_ahead and day <= today + timedelta(days=60):
        if calendar.is_working_day(day) and (day != today or open_slots(service, day, now, calendar)):
            days.append(day)
        day += timedelta(days=1)
    return tuple(days)


def open_slots(service: QueueService, day: date, now: datetime, calendar: OfficeCalendar) -> tuple[Slot, ...]:
    """The slots of `day` that can still be booked: all on a later day; today those not yet begun,
    within the office's hours of that day (a short Friday or Ramadan day drops the later slots)."""
    hours = calendar.hours_on(day)
    if hours is None:
        return ()
    local = calendar.local(now)
    within = tuple(s for s in service.slots if hours[0] <= s.start and s.end <= hours[1])
    if day > local.date():
        return within
    if day < local.date():
        return ()
    return tuple(s for s in within if s.start > local.time())


REMINDER_HOUR = time(8)  # the morning run (send_digest's schedule, working-day mornings) reminds the next working day


def reminder_runs_before(calendar: OfficeCalendar, now: datetime, day: date) -> bool:
    """Whether the morning run that reminds a visit on `day` is still to come: it runs on the last working
    day before `day` (Monday to Friday, as the scheduler calls it), at REMINDER_HOUR local time."""
    local = calendar.local(now)
    before = day - timedelta(days=1)
    while before > local.date() and not calendar.is_working_day(before):
        before -= timedelta(days=1)
    if not calendar.is_working_day(before) or before.weekday() > 4:
        return False
    return before > local.date() or (before == local.date() and local.time() < REMINDER_HOUR)


def free_places(capacity: int, slots: Iterable[str], taken: Mapping[str, int]) -> dict[str, int]:
    """Places still free in each of `slots` of one day, given the places taken per slot (the store's tally)."""
    return {slot: max(0, capacity - taken.get(slot, 0)) for slot in slots}


class Booking(Struct, frozen=True):
    """One booked visit. `id` is the booking's document id (stable when it is moved); `code` its
    queue number on `day`. The resident's WhatsApp id is kept only to remind and answer them."""

    id: str
    office_id: str
    service: str  # card id
    service_title: str
    day: date
    slot: str  # Slot.key
    slot_label: str
    code: str
    resident_key: str
    resident_wa_id: str
    resident_user_id: str
    status: BookingStatus
    remind: bool
    created_at: datetime
    counter: str = ""
    marked_by: str = ""
    marked_at: datetime | None = None
    moved: int = 0  # times moved to another slot

    @property
    def when(self) -> str:
        """Selasa, 9 Desember 2026 · 08.00–09.00."""
        return (
            f"{DAY_NAMES[self.day.weekday()]}, {self.day.day} {MONTH_NAMES[self.day.month - 1]} {self.day.year}"
            f" · {self.slot_label}"
        )

    def with_status(self, status: BookingStatus, by: str = "", at: datetime | None = None) -> Booking:
        return replace(self, status=status, marked_by=by or self.marked_by, marked_at=at or self.marked_at)

    def active_on(self, today: date) -> bool:
        return self.status is BookingStatus.AKTIF and self.day >= today

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "office_id": self.office_id, "service": self.service, "service_title": self.service_title,
            "day": self.day.isoformat(), "slot": self.slot, "slot_label": self.slot_label, "code": self.code,
            "resident_key": self.resident_key, "resident_wa_id": self.resident_wa_id,
            "resident_user_id": self.resident_user_id, "status": self.status.value, "remind": self.remind,
            "created_at": self.created_at, "counter": self.counter, "marked_by": self.marked_by,
            "marked_at": self.marked_at, "moved": self.moved,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Booking:
        marked_at = data.get("marked_at")
        return cls(
            str(data["id"]), str(data["office_id"]), str(data["service"]), str(data.get("service_title", "")),
            date.fromisoformat(str(data["day"])), str(data["slot"]), str(data.get("slot_label", "")),
            str(data["code"]), str(data["resident_key"]), str(data.get("resident_wa_id", "")),
            str(data.get("resident_user_id", "")), BookingStatus(data.get("status", BookingStatus.AKTIF.value)),
            bool(data.get("remind", False)), data["created_at"], str(data.get("counter", "")),
            str(data.get("marked_by", "")), marked_at if isinstance(marked_at, datetime) else None,
            int(data.get("moved", 0)),
        )  # fmt: skip


class Place(Struct, frozen=True):
    """What the store needs to take a place, decided here from antrian.yaml and the calendar."""

    title: str
    counter: str
    letter: str
    slot_label: str
    first: int  # the slot's queue numbers, first..last
    last: int
    per_resident: int
    missed_limit: int
    today: str  # ISO: bookings before it are no longer active
    month: str  # 2026-12: the month whose missed visits count
    later: tuple[tuple[str, str, int], ...]  # (day, slot, capacity) after this one, offered when it is full


class BookResult(StrEnum):
    BOOKED = "booked"  # the place is the resident's (also on a replay of the same message)
    FULL = "full"  # taken meanwhile: `alternative` is the next free slot, if any
    LIMIT = "limit"  # the resident already holds per_resident active bookings of this service
    PAUSED = "paused"  # missed_limit visits missed this month: booking online waits for next month
    GONE = "gone"  # the booking to move is not the resident's or no longer active


class Booked(Struct, frozen=True):
    result: BookResult
    booking: Booking | None = None  # the booking made (or, for LIMIT, the one already held)
    alternative: tuple[str, str] | None = None  # (ISO day, slot key) still free, for FULL
    missed: int = 0  # for PAUSED


class Marked(Struct, frozen=True):
    booking: Booking | None  # None: no such booking today
    changed: bool = True  # False when it was already marked the same way


# --- antrian.yaml ------------------------------------------------------------------------------

FILE = "antrian.yaml"


def _slot(raw: object) -> Slot:
    match = SLOT.match(str(raw))
    if match is None:
        raise ValueError(f"jam '{raw}' harus ditulis seperti 08.00-09.00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if not (0 <= h1 < 24 and 0 <= h2 < 24 and m1 < 60 and m2 < 60):
        raise ValueError(f"jam '{raw}' tidak ada")
    start, end = time(h1, m1), time(h2, m2)
    if end <= start:
        raise ValueError(f"jam '{raw}': jam selesai harus sesudah jam mulai")
    return Slot(start, end)


def _whole(raw: Mapping[str, Any], key: str, low: int, high: int, default: int | None = None) -> int:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"'{key}' harus angka {low} sampai {high}")
    return value


def parse_queue(raw: object, card_titles: Mapping[str, str]) -> QueueRules:
    """The queue rules of antrian.yaml; ValueError (Indonesian, for staff) naming the first problem.
    `card_titles`: the office's cards (id -> title), which the services must name."""
    if not isinstance(raw, Mapping):
        raise ValueError("isinya harus berupa daftar kolom (kunci: nilai)")
    default_slots = raw.get("jam") or []
    default_capacity = raw.get("kuota_per_jam")
    items = raw.get("layanan")
    if not isinstance(items, list) or not 1 <= len(items) <= 10:
        raise ValueError("'layanan' harus berisi 1 sampai 10 layanan")
    services: list[QueueService] = []
    for n, item in enumerate(items, start=1):
        where = f"layanan ke-{n}"
        if not isinstance(item, Mapping):
            raise ValueError(f"{where}: tulis 'kartu', 'huruf', 'loket'")
        card = str(item.get("kartu", ""))
        if card not in card_titles:
            raise ValueError(f"{where}: kartu '{card}' tidak ada di layanan/")
        letter = str(item.get("huruf", "")).upper()
        if letter not in LETTERS:
            raise ValueError(f"{where}: 'huruf' harus satu huruf A–Z")
        slots_raw = item.get("jam", default_slots)
        if not isinstance(slots_raw, list) or not 1 <= len(slots_raw) <= 10:
            raise ValueError(f"{where}: 'jam' harus berisi 1 sampai 10 jam layanan (mis. 08.00-09.00)")
        try:
            slots = tuple(_slot(s) for s in slots_raw)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        if list(slots) != sorted(slots, key=lambda s: s.start) or any(
            a.end > b.start for a, b in itertools.pairwise(slots)
        ):
            raise ValueError(f"{where}: jam layanan harus urut dan tidak bertumpuk")
        try:
            capacity = _whole({**item, "kuota_per_jam": item.get("kuota_per_jam", default_capacity)},
                              "kuota_per_jam", 1, 99)  # fmt: skip
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        if capacity * len(slots) > 999:
            raise ValueError(f"{where}: paling banyak 999 nomor antrean sehari")
        counter = str(item.get("loket", "")).strip()
        if not counter or len(counter) > 60:
            raise ValueError(f"{where}: 'loket' wajib (maks. 60 huruf), mis. 'Loket 1 (kependudukan)'")
        title = str(item.get("judul") or card_titles[card])[:24]
        services.append(QueueService(card, title, letter, counter, slots, capacity))
    letters = [s.letter for s in services]
    if len(set(letters)) != len(letters):
        raise ValueError("setiap layanan perlu huruf antrean sendiri")
    if len({s.card_id for s in services}) != len(services):
        raise ValueError("satu kartu ditulis dua kali")
    return QueueRules(
        tuple(services),
        days_ahead=_whole(raw, "hari_ke_depan", 1, 20),
        per_resident=_whole(raw, "batas_per_warga", 1, 5, 1),
        missed_limit=_whole(raw, "batas_tidak_hadir", 1, 10, 3),
        note=str(raw.get("catatan") or "").strip()[:300],
    )


def booking_figures(bookings: Iterable[Booking]) -> dict[str, dict[str, int]]:
    """Per service (card id): visits booked for the month ("dipesan"), then how each ended (a status
    each: kept, missed, cancelled, not yet marked). Figures only: the monthly report keeps them."""
    figures: dict[str, dict[str, int]] = {}
    for booking in bookings:
        counts = figures.setdefault(booking.service, {"dipesan": 0, **{s.value: 0 for s in BookingStatus}})
        counts["dipesan"] += 1
        counts[booking.status.value] += 1
    return figures
