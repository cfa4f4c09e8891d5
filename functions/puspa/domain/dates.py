"""Dates as people write them (pure), read the same way everywhere: the registration form's event
date, the document lookup's date of birth, the dates in staff's spreadsheet.

Digits ("17-08-1990", "17/8/90", "17.08.1990", "17 8 1990") or a month name, in full, short or one
letter off ("5 mei 1988", "7 Agustus 1991", "17 agt 1990", "12 desmber 2026"); "tanggal", "tgl",
"lahir" or a weekday before the date add nothing ("Sabtu, 12 Desember 2026", "tgl lahir 5-5-1988").
The year comes back as written: what a two-digit year means, and whether one is allowed, is the
caller's rule (an event in "26" is 2026; a date of birth in "90" is refused).
"""

from __future__ import annotations

import re
import unicodedata

from msgspec import Struct

from puspa.domain.spelling import edit_distance_at_most

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8,
    "agt": 8, "agus": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12,
}  # fmt: skip
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
_BEFORE = frozenset({"tanggal", "tgl", "tg", "lahir", "hari", *WEEKDAYS})  # words a date may follow
_WORD = re.compile(r"[a-z]+|\d+")


class WrittenDate(Struct, frozen=True):
    """A day and month as read, not yet checked against the calendar (31-02 is the caller's to refuse)."""

    day: int
    month: int
    year: str = ""  # as written: "" when none, "90", "2026"


def month_named(word: str) -> int | None:
    """ "agustus", "agt", "Agustus" -> 8; a longer name one letter off ("desmber") too; else None."""
    word = word.lower()
    return MONTHS.get(word) or next(
        (month for name, month in MONTHS.items() if len(name) > 4 and edit_distance_at_most(word, name, 1)), None
    )


def read_date(text: str) -> WrittenDate | None:
    """Day, month and the year as written, or None when the text is not one date (a year, when
    given, has 2 to 4 digits)."""
    plain = text.lower()
    if not plain.isascii():  # "Désember" -> "desember"
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(ch))
    words = _WORD.findall(plain)
    while words and words[0] in _BEFORE:
        words = words[1:]
    if len(words) not in (2, 3) or not words[0].isdigit() or len(words[0]) > 2:
        return None
    month_word, year = words[1], words[2] if len(words) == 3 else ""
    month = int(month_word) if month_word.isdigit() and len(month_word) <= 2 else month_named(month_word)
    if month is None or (year and not (year.isdigit() and 2 <= len(year) <= 4)):
        return None
    return WrittenDate(int(words[0]), month, year)
