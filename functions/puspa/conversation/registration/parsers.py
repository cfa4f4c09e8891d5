"""Parsers for what residents type into the registration form (pure).

Each parser returns the clean value or raises FieldError with the Indonesian re-ask text.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from msgspec import Struct

from puspa.conversation.search import normalize
from puspa.domain.dates import WEEKDAYS, read_date


class FieldError(ValueError):
    """Input that cannot be accepted; the message is shown to the resident (Indonesian)."""


_NAME = re.compile(r"^[A-Za-z][A-Za-z .,'\-]{1,58}[A-Za-z.]$")


def parse_name(text: str) -> str:
    """A name as on the KTP: letters, spaces and . , ' - ; 3 to 60 characters."""
    name = " ".join(text.split())
    if len(name.replace(" ", "")) < 3 and name.replace(" ", "").isalpha():
        raise FieldError("Nama terlalu pendek. Tulis nama lengkap sesuai KTP, mis. _Siti Rahmawati_.")
    if not _NAME.match(name) or len(name.replace(" ", "")) < 3:
        raise FieldError("Nama hanya boleh berisi huruf (boleh titik, koma, tanda petik dan strip), 3–60 huruf. "
                         "Tulis nama lengkap sesuai KTP, mis. _Siti Rahmawati_.")  # fmt: skip
    return name.upper()


class Nik(Struct, frozen=True):
    value: str
    in_region: bool  # issued in the office's kabupaten (e.g. 32.01 = Kabupaten Bogor)


def parse_nik(text: str, region_prefix: str = "3201") -> Nik:
    """A 16-digit NIK with a valid structure: province 11–94, a real birth date (day + 40 for women)
    in digits 7–12, and a serial that is not 0000."""
    digits = re.sub(r"[\s.\-]", "", text)
    if not digits.isdigit() or len(digits) != 16:
        count = sum(ch.isdigit() for ch in text)
        raise FieldError(f"NIK harus 16 angka (Anda menulis {count} angka). "
                         "Lihat di KTP atau KK, lalu tulis tanpa spasi.")  # fmt: skip
    province = int(digits[:2])
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    day = day - 40 if day > 40 else day  # women's NIK carry day + 40
    birth = None
    for century in (2000, 1900):
        try:
            birth = date(century + year, month, day)
        except ValueError:
            continue
        break
    if not 11 <= province <= 94 or birth is None or digits[12:] == "0000" or digits[2:6] == "0000":
        raise FieldError("Format NIK tidak sah (kode wilayah atau tanggal lahir di dalamnya tidak sesuai). "
                         "Periksa lagi angka di KTP atau KK.")  # fmt: skip
    return Nik(digits, digits.startswith(region_prefix))


def parse_rt_rw(text: str) -> str:
    """ "3/5", "003/005", "RT 3 RW 5", "rt03 rw05" -> "003/005"."""
    numbers = re.findall(r"\d+", text)
    if len(numbers) != 2 or not all(len(n) <= 3 and 0 < int(n) < 1000 for n in numbers):
        raise FieldError("Tulis RT dan RW dengan angka, mis. _003/005_ atau _RT 3 RW 5_.")
    return f"{int(numbers[0]):03d}/{int(numbers[1]):03d}"


def _year(raw: str | None, today: date) -> int:
    if raw is None:
        return today.year
    value = int(raw)
    return value + 2000 if value < 100 else value


def parse_event_date(text: str, today: date) -> date:
    """Dates as residents write them: 12-12-2026, 12/12/26, 12 Desember 2026, 12 des, besok, lusa,
    sabtu depan, minggu ini. A date without a year that has passed this year means next year."""
    words = normalize(text)
    joined = " ".join(words)
    if joined in ("minggu depan", "pekan depan"):  # "minggu" is also Sunday: ask for the date itself
        raise FieldError("Mohon tulis tanggalnya, mis. _12-12-2026_ atau _sabtu depan_.")
    if joined in ("besok", "besuk"):
        return today + timedelta(days=1)
    if joined == "lusa":
        return today + timedelta(days=2)
    relative = _weekday(words, today)
    if relative is not None:
        return relative
    written = read_date(text)  # the one reading of dates, shared with the document lookup
    if written is not None:
        year = _year(written.year or None, today)
        return _make_date(written.day, written.month, year, today, explicit_year=bool(written.year))
    raise FieldError("Tanggal belum bisa kami baca. Tulis seperti _12-12-2026_ atau _12 Desember 2026_, "
                     "atau _sabtu depan_.")  # fmt: skip


def _weekday(words: list[str], today: date) -> date | None:
    """ "sabtu" / "sabtu ini" -> the coming Saturday; "sabtu depan" -> Saturday of next week."""
    filler = {"hari", "ini", "depan", "pekan", "minggu", "tanggal"}
    days = [w for w in words if w in WEEKDAYS]
    if not days or len(words) > 4 or not all(w in WEEKDAYS or w in filler for w in words):
        return None
    target = WEEKDAYS[days[0]]
    if "depan" in words:
        next_monday = today + timedelta(days=7 - today.weekday())
        return next_monday + timedelta(days=target)
    return today + timedelta(days=(target - today.weekday()) % 7 or 7)


def _make_date(day: int, month: int, year: int, today: date, explicit_year: bool) -> date:
    try:
        result = date(year, month, day)
    except ValueError as exc:
        raise FieldError(f"Tanggal {day}-{month}-{year} tidak ada di kalender. Periksa lagi tanggalnya.") from exc
    if not explicit_year and result < today:
        result = result.replace(year=year + 1)
    return result


_TIME = r"(\d{1,2})(?:[.:](\d{2}))?"


class TimeRange(Struct, frozen=True):
    start: time
    end: time
    zone: str = "WIB"  # the office's zone (times are local to the event)

    def __str__(self) -> str:
        return f"{self.start:%H.%M}–{self.end:%H.%M} {self.zone}"


def parse_time_range(text: str, zone: str = "WIB") -> TimeRange:
    """ "08.00-14.00", "8-14", "jam 8 sampai 14.30 WIB" -> 08.00–14.00 (same day, the office's zone)."""
    cleaned = text.lower()
    for word in ("wita", "wib", "wit", "pukul", "jam"):
        cleaned = cleaned.replace(word, " ")
    match = re.fullmatch(rf"\s*{_TIME}\s*(?:-|–|s/d|s\.?d\.?|sd|sampai|hingga|to)\s*{_TIME}\s*", cleaned)
    if not match:
        raise FieldError("Tulis jam mulai dan selesai, mis. _08.00-14.00_.")
    hour1, minute1, hour2, minute2 = (int(g) if g else 0 for g in match.groups())
    if hour1 > 23 or hour2 > 24 or minute1 > 59 or minute2 > 59:
        raise FieldError("Jam itu tidak sah. Tulis seperti _08.00-14.00_.")
    start = time(hour1, minute1)
    end = time(23, 59) if hour2 == 24 else time(hour2, minute2)
    if end <= start:
        raise FieldError("Jam selesai harus setelah jam mulai (acara pada hari yang sama), mis. _08.00-14.00_.")
    return TimeRange(start, end, zone)


_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
          "sembilan": 9, "sepuluh": 10, "sebelas": 11}  # fmt: skip
_SE = {"seratus": ("ratus", 1), "seribu": ("ribu", 1), "sepuluh": ("", 10), "sebelas": ("", 11)}
_ROUGHLY = re.compile(r"\b(kira[-\s]?2|kira[-\s]kira|kurang lebih|sekitar|kurleb|kurlep)\b", re.IGNORECASE)


def _number_words(text: str) -> int | None:
    """ "tiga ratus" -> 300, "seribu lima ratus" -> 1500, "dua puluh lima" -> 25; None if none."""
    total = current = 0
    seen = False
    for word in re.findall(r"[a-z]+", text.lower()):
        scale, units = _SE.get(word, (word, 0))
        if word in _SE:
            current += units
        elif word in _UNITS:
            current += _UNITS[word]
        if scale == "belas":
            current = (current or 1) + 10
        elif scale == "puluh":
            current = (current or 1) * 10
        elif scale == "ratus":
            current = (current or 1) * 100
        elif scale == "ribu":
            total, current = total + (current or 1) * 1000, 0
        elif word not in _UNITS and word not in _SE:
            continue
        seen = True
    return total + current if seen else None


def parse_guests(text: str) -> int:
    """ "300", "300 orang", "± 300an", "kira2 300an", "1.000", "200-300" (the upper end), "tiga ratus"
    -> a whole number from 1 to 100,000."""
    cleaned = _ROUGHLY.sub(" ", text)
    numbers = re.findall(r"\d[\d.]*", cleaned)
    if any(len(n.replace(".", "")) > 6 for n in numbers):  # also keeps a 5,000-digit "number" away from int()
        raise FieldError("Jumlah tamu harus antara 1 dan 100.000.")
    values = [int(n.replace(".", "")) for n in numbers if n.replace(".", "")]
    ranged = re.search(r"\d\s*(-|–|s/?d|sampai|hingga|sampe)\s*\d", cleaned, re.IGNORECASE)
    if len(values) == 2 and ranged:
        value = max(values)
    elif len(values) == 1:
        value = values[0]
    elif not values and (worded := _number_words(cleaned)) is not None:
        value = worded
    elif values:
        raise FieldError("Tulis perkiraan jumlah tamu dengan satu angka, mis. _300_.")
    else:
        raise FieldError("Tulis perkiraan jumlah tamu dengan angka, mis. _300_.")
    if not 1 <= value <= 100_000:
        raise FieldError("Jumlah tamu harus antara 1 dan 100.000.")
    return value


def parse_phone(text: str) -> str:
    """An Indonesian mobile number as 62… digits: 0812-3456-7890, +62 812 3456 7890, 62812…"""
    digits = re.sub(r"[\s\-().+]", "", text)
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    if not digits.isdigit() or not digits.startswith("628") or not 10 <= len(digits) <= 15:
        raise FieldError("Nomor HP belum benar. Tulis seperti _0812-3456-7890_.")
    return digits


def parse_address(text: str) -> str:
    address = " ".join(text.split())
    if not 10 <= len(address) <= 200:
        raise FieldError("Tulis alamat tempat acara dengan jelas (10–200 huruf), mis. _Kp. Cibodas RT 02/03, "
                         "Desa Cibodas_.")  # fmt: skip
    return address
